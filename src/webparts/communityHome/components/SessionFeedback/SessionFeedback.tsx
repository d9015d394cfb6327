import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as shared from 'CopHubSharedStrings';
import { countedFeedback, feedbackProblem, feedbackSummary, type FeedbackProblem } from '../../../../domain/feedback';
import type { CommunityEvent, SessionFeedback, SessionRecord } from '../../../../domain/models';
import { recordOf } from '../../../../domain/registrations';
import { sessionsBetween, type Session } from '../../../../domain/rhythm';
import type { IFeedbackService, ISessionRecordService } from '../../../../domain/services';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { useDates } from '../../../../ui/dates';
import { describeError } from '../../../../ui/errors';
import { fill } from '../../../../ui/format';
import { useAsync } from '../../../../ui/hooks/useAsync';

const RATINGS = [1, 2, 3, 4, 5];

function problemText(p: FeedbackProblem): string {
  switch (p.rule) {
    case 'rating':
      return shared.FeedbackChooseRating;
    case 'tooLong':
      return fill(shared.FeedbackTooLong, p.max.toLocaleString('en-GB'));
    case 'notAttended':
      return shared.FeedbackNotAttended;
    case 'notHeld':
      return shared.FeedbackNotHeld;
  }
}

/** The gardener's summary of what attendees thought of one session. */
export const FeedbackSummaryView: React.FC<{
  feedback: readonly SessionFeedback[];
  record?: SessionRecord;
  event: CommunityEvent;
  start: Date;
}> = ({ feedback, record, event, start }) => {
  const s = feedbackSummary(countedFeedback(feedback, record, event, start));
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text as="h5" variant="medium">
        {shared.FeedbackHeading}
      </Text>
      <Text>{s.average === undefined ? shared.FeedbackNone : fill(shared.FeedbackAverage, s.average, s.count)}</Text>
      {s.comments.length > 0 && (
        <ul>
          {s.comments.map((c, i) => (
            <li key={i}>
              <Text>{fill(shared.FeedbackComment, c.name, c.rating, c.comment)}</Text>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
};

/** One session I attended: my rating and comment, given or changed. */
const MyFeedbackForm: React.FC<{
  session: Session;
  mine?: SessionFeedback;
  service: Pick<IFeedbackService, 'give'>;
  now: Date;
}> = ({ session, mine, service, now }) => {
  const dates = useDates();
  const [rating, setRating] = React.useState<number | undefined>(mine?.rating);
  const [comment, setComment] = React.useState(mine?.comment ?? '');
  const [saved, setSaved] = React.useState<SessionFeedback | undefined>(mine);
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [tried, setTried] = React.useState(false);
  const problem = feedbackProblem(rating, comment, true, session.start, now);
  const label = [session.event.title, dates.format('sessionFull', session.start)].join(' · ');
  return (
    <form
      aria-label={fill(shared.FeedbackFormLabel, label)}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (problem) return;
        setBusy(true);
        setMessage(undefined);
        service.give(session.event, session.start, rating as number, comment.trim(), saved).then(
          (f) => {
            setSaved(f);
            setMessage({ ok: true, text: shared.FeedbackSaved });
            setBusy(false);
          },
          (err: unknown) => {
            setMessage({ ok: false, text: describeError(err) });
            setBusy(false);
          },
        );
      }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <Text variant="mediumPlus">{label}</Text>
        <ChoiceGroup
          label={shared.FeedbackRating}
          selectedKey={rating === undefined ? null : String(rating)}
          options={RATINGS.map((r) => ({ key: String(r), text: String(r) }))}
          onChange={(_, o) => setRating(o ? Number(o.key) : undefined)}
          styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: 8 } }}
        />
        {tried && problem?.rule === 'rating' && (
          <Text role="alert" styles={{ root: { color: 'inherit' } }}>
            {problemText(problem)}
          </Text>
        )}
        <TextField
          label={shared.FeedbackCommentLabel}
          multiline
          rows={3}
          value={comment}
          onChange={(_, v) => setComment(v ?? '')}
          errorMessage={problem?.rule === 'tooLong' ? problemText(problem) : undefined}
        />
        <div>
          <PrimaryButton
            type="submit"
            text={busy ? shared.FeedbackSaving : saved ? shared.FeedbackChange : shared.FeedbackGive}
            disabled={busy}
          />
        </div>
        {message && (
          <MessageBar messageBarType={message.ok ? MessageBarType.success : MessageBarType.error} isMultiline>
            {message.text}
          </MessageBar>
        )}
      </Stack>
    </form>
  );
};

/** The recent sessions I attended (as the gardeners recorded), each with my feedback. Read when I ask. */
export const MyFeedback: React.FC<{
  events: readonly CommunityEvent[];
  communityId: number;
  /** My site user id (what an attendee's and a feedback Author's id hold). */
  me: number;
  records: Pick<ISessionRecordService, 'ofCommunity'>;
  feedback: Pick<IFeedbackService, 'ofCommunity' | 'give'>;
  now: Date;
}> = ({ events, communityId, me, records, feedback, now }) => {
  const load = React.useCallback(
    () => Promise.all([records.ofCommunity(communityId), feedback.ofCommunity(communityId)]),
    [records, feedback, communityId],
  );
  const { state, reload } = useAsync(load, [load]);
  if (state.status === 'loading') return <LoadingView rows={2} />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  const [recs, given] = state.data;
  const attended = events
    .flatMap((e) => sessionsBetween(e, new Date(now.getTime() - 92 * 86400000), now))
    .filter((s) => s.start.getTime() <= now.getTime())
    .filter((s) => recordOf(recs, s.event, s.start)?.attendees.some((p) => p.id === me))
    .sort((a, b) => b.start.getTime() - a.start.getTime());
  if (attended.length === 0) return <Text block>{shared.FeedbackNothingAttended}</Text>;
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {attended.map((s) => (
        <MyFeedbackForm
          key={`${s.event.id}-${s.start.getTime()}`}
          session={s}
          service={feedback}
          now={now}
          mine={
            given
              .filter((f) => f.eventId === s.event.id && Date.parse(f.occurrenceStart) === s.start.getTime() && f.authorId === me)
              .sort((a, b) => Date.parse(b.modified) - Date.parse(a.modified))[0]
          }
        />
      ))}
    </Stack>
  );
};
