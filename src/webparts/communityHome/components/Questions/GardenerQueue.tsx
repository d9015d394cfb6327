import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CommunityHomeWebPartStrings';
import { FLAG_AFTER_DAYS, isFlagged, type Answer, type Question } from '../../../../domain/questions';
import type { IQuestionService } from '../../../../domain/services';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { fill } from '../../../../ui/format';

const Q = strings.Questions;
const DAY_MS = 86_400_000;

interface Queue {
  questions: Question[];
  answers: Answer[];
  nextAfter?: number;
}

/**
 * The gardeners' queue of a community's unanswered questions, oldest first, flagged after 7 days. It
 * reads the whole community (its own paged query) when a gardener opens it, not with the section.
 */
export const GardenerQueue: React.FC<{
  communityId: number;
  unanswered: NonNullable<IQuestionService['unanswered']>;
  now: Date;
}> = ({ communityId, unanswered, now }) => {
  const [open, setOpen] = React.useState(false);
  const [queue, setQueue] = React.useState<Queue | undefined>(undefined);
  const [loading, setLoading] = React.useState(false);
  const [error, setError] = React.useState<unknown>(undefined);

  const read = async (after?: number): Promise<void> => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await unanswered(communityId, after);
      setQueue((q) =>
        after !== undefined && q
          ? { questions: [...q.questions, ...page.questions], answers: [...q.answers, ...page.answers], nextAfter: page.nextAfter }
          : page,
      );
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  if (!open) {
    return (
      <DefaultButton
        text={Q.GardeningOpen}
        onClick={() => {
          setOpen(true);
          read().catch(() => undefined);
        }}
      />
    );
  }
  return (
    <>
      {queue && queue.questions.length > 0 && (
        <ol>
          {queue.questions.map((q) => (
            <li key={q.id}>
              <a href={`#question-${q.id}`}>{q.title}</a>
              {isFlagged(q, queue.answers, now) && (
                <Text variant="small" style={{ fontWeight: 600 }}>
                  {' · '}
                  {fill(Q.Flagged, Math.max(FLAG_AFTER_DAYS, Math.floor((now.getTime() - Date.parse(q.created)) / DAY_MS)))}
                </Text>
              )}
            </li>
          ))}
        </ol>
      )}
      {queue && queue.questions.length === 0 && queue.nextAfter === undefined && <Text block>{Q.GardeningNone}</Text>}
      {error !== undefined && <ErrorView error={error} onRetry={() => read(queue?.nextAfter).catch(() => undefined)} />}
      {loading && <LoadingView rows={2} />}
      {!loading && error === undefined && queue?.nextAfter !== undefined && (
        <DefaultButton text={Q.GardeningMore} onClick={() => read(queue.nextAfter).catch(() => undefined)} />
      )}
    </>
  );
};
