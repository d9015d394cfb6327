import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CommunityHomeWebPartStrings';
import * as shared from 'CopHubSharedStrings';
import type { Community, Person } from '../../../../domain/models';
import { filterQuestions, gardenerQueue, questionCounts, type QuestionFilter } from '../../../../domain/questions';
import type { IContentService, IHubSearchService, IQuestionFollowService, IQuestionService } from '../../../../domain/services';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { fill } from '../../../../ui/format';
import { useId } from '../../../../ui/hooks/useId';
import { AskForm } from './AskForm';
import { GardenerQueue } from './GardenerQueue';
import { actionError } from './questionText';
import { QuestionCard } from './QuestionCard';
import { useQuestionActions, type QuestionsData } from './useQuestionActions';

const Q = strings.Questions;

type FilterKind = 'all' | 'unanswered' | 'answered' | 'mine';

export interface IQuestionsSectionProps {
  community: Community;
  questions: IQuestionService;
  content: IContentService;
  search?: IHubSearchService;
  me: { id: number; isPodAdmin: boolean };
  /** The community's knowledge map topics, for suggestions while asking (read when Ask opens). */
  loadTopics?: () => Promise<string[]>;
  /** Following questions; absent where the host offers none. */
  follows?: IQuestionFollowService;
  /** A link named this question (`section=questions&item=12`): it is shown and focused. */
  focusItemId?: number;
  /** This page's address, for links back to a question. */
  homeLink: string;
  now?: Date;
}

function filterOf(kind: FilterKind, me: number): QuestionFilter {
  return kind === 'mine' ? { kind: 'mine', userId: me } : { kind };
}

/** A community's questions: filters, paging, asking, answering and, for its gardeners, gardening. */
const QuestionsSection: React.FC<IQuestionsSectionProps> = (props) => {
  const { community, questions, content, search, me, loadTopics, homeLink, follows, focusItemId } = props;
  const now = props.now ?? new Date();
  const headingId = useId('questions-heading');
  const gardeningId = useId('questions-gardening');
  const gardener = me.isPodAdmin || community.gardeners.some((g) => g.id === me.id);
  const readOnly = community.status === 'closed';
  const [kind, setKind] = React.useState<FilterKind>('all');
  const [topic, setTopic] = React.useState('');
  const [data, setData] = React.useState<QuestionsData | undefined>(undefined);
  const [loadError, setLoadError] = React.useState<unknown>(undefined);
  const [loadingMore, setLoadingMore] = React.useState(false);
  const [asking, setAsking] = React.useState(false);
  const [message, setMessage] = React.useState<{ error: boolean; text: string } | undefined>(undefined);
  const [version, setVersion] = React.useState(0);
  /** The questions I follow; undefined until read (or where it couldn't be: Follow is offered, as before). */
  const [followed, setFollowed] = React.useState<ReadonlySet<number> | undefined>(undefined);
  // "Mine" narrows the read itself (by the indexed Author); the others filter what a page holds.
  const serverFilter: QuestionFilter = kind === 'mine' ? { kind: 'mine', userId: me.id } : { kind: 'all' };
  const serverKey = kind === 'mine' ? 'mine' : 'all';

  React.useEffect(() => {
    let live = true;
    setData(undefined);
    setLoadError(undefined);
    // What I follow is read in the same turn as the page's questions: the read batcher sends both as
    // one request, so opening the section stays at two (the questions with my follows, then their answers).
    const followedRead = follows?.followedIds?.();
    questions
      .page(community.id, serverKey === 'mine' ? { kind: 'mine', userId: me.id } : { kind: 'all' }, undefined, gardener)
      .then(async (page) => {
        const loaded: QuestionsData = { questions: page.questions, answers: page.answers, nextBefore: page.nextBefore };
        // A link names a question beyond the first page: read it (and its answers) too, if it is this community's.
        if (focusItemId !== undefined && questions.byIds && !page.questions.some((q) => q.id === focusItemId)) {
          const [linked] = (await questions.byIds([focusItemId]).catch(() => [])).filter(
            (q) => q.communityId === community.id && questionCounts(q),
          );
          if (linked) {
            loaded.questions = [...loaded.questions, linked];
            loaded.answers = [...loaded.answers, ...(await questions.answersFor([linked.id]).catch(() => []))];
          }
        }
        if (live) setData(loaded);
      })
      .catch((e: unknown) => live && setLoadError(e));
    followedRead?.then(
      (ids) => live && setFollowed(new Set(ids)),
      // Unknown: each card offers Follow, as before, and following again changes nothing.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [questions, follows, community.id, serverKey, me.id, gardener, focusItemId, version]);

  const onFollowChange = React.useCallback((id: number, following: boolean) => {
    setFollowed((f) => {
      const next = new Set(f);
      if (following) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const actions = useQuestionActions(questions, content, community, me.id, homeLink, setData, setMessage);

  const more = async (): Promise<void> => {
    if (!data?.nextBefore) return;
    setLoadingMore(true);
    try {
      const page = await questions.page(community.id, serverFilter, data.nextBefore, gardener);
      setData(
        (d) =>
          d && { questions: [...d.questions, ...page.questions], answers: [...d.answers, ...page.answers], nextBefore: page.nextBefore },
      );
    } catch (e) {
      setMessage({ error: true, text: actionError(e) });
    } finally {
      setLoadingMore(false);
    }
  };

  // The choice and the topic together: unanswered questions about a topic, say.
  const byKind = data ? filterQuestions(community.id, data.questions, data.answers, filterOf(kind, me.id), me.id, gardener) : [];
  const shown =
    data && topic.trim() ? filterQuestions(community.id, byKind, data.answers, { kind: 'topic', topic }, me.id, gardener) : byKind;
  // Where the service has no queue of its own, the queue of the questions loaded so far.
  const unanswered = React.useMemo(
    () =>
      questions.unanswered?.bind(questions) ??
      (async (communityId: number) => ({
        questions: data ? gardenerQueue(communityId, data.questions, data.answers) : [],
        answers: data?.answers ?? [],
      })),
    [questions, data],
  );

  return (
    <section aria-labelledby={headingId} style={{ maxWidth: '100%', minWidth: 0 }}>
      <Text as="h3" variant="large" id={headingId} block>
        {Q.Heading}
      </Text>
      <Text block>{Q.Intro}</Text>
      {readOnly && <MessageBar messageBarType={MessageBarType.info}>{Q.Closed}</MessageBar>}
      {message && (
        <MessageBar
          messageBarType={message.error ? MessageBarType.error : MessageBarType.success}
          role={message.error ? 'alert' : 'status'}
          onDismiss={() => setMessage(undefined)}
          dismissButtonAriaLabel={shared.NoticeClose}
        >
          {message.text}
        </MessageBar>
      )}
      {!readOnly &&
        (asking ? (
          <AskForm
            communityId={community.id}
            viewerId={me.id}
            questions={questions}
            search={search}
            loadTopics={loadTopics}
            onCancel={() => setAsking(false)}
            onPosted={(q, invited: Person[]) => {
              setAsking(false);
              setMessage({
                error: false,
                text: invited.length ? `${Q.Posted} ${fill(Q.Invited, invited.map((p) => p.displayName).join(', '))}` : Q.Posted,
              });
              setData((d) => d && { ...d, questions: [q, ...d.questions.filter((x) => x.id !== q.id)] });
            }}
          />
        ) : (
          <PrimaryButton text={Q.Ask} onClick={() => setAsking(true)} style={{ margin: '8px 0' }} />
        ))}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end', margin: '8px 0' }}>
        <ChoiceGroup
          label={Q.FilterLabel}
          selectedKey={kind}
          onChange={(_, o) => o && setKind(o.key as FilterKind)}
          styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: 12 } }}
          options={[
            { key: 'all', text: Q.FilterAll },
            { key: 'unanswered', text: Q.FilterUnanswered },
            { key: 'answered', text: Q.FilterAnswered },
            { key: 'mine', text: Q.FilterMine },
          ]}
        />
        <TextField
          label={Q.TopicFilter}
          placeholder={Q.TopicFilterPlaceholder}
          value={topic}
          onChange={(_, v) => setTopic(v ?? '')}
          styles={{ root: { minWidth: 0, flex: '0 1 14em' } }}
        />
        {topic && <DefaultButton text={Q.ClearTopic} onClick={() => setTopic('')} />}
      </div>
      {loadError !== undefined && <ErrorView error={loadError} onRetry={() => setVersion((v) => v + 1)} />}
      {!data && loadError === undefined && <LoadingView rows={4} />}
      {data && gardener && (
        <section aria-labelledby={gardeningId} style={{ margin: '8px 0' }}>
          <Text as="h4" variant="mediumPlus" id={gardeningId} block>
            {Q.Gardening}
          </Text>
          <Text block variant="small">
            {Q.GardeningHint}
          </Text>
          <GardenerQueue communityId={community.id} unanswered={unanswered} now={now} />
        </section>
      )}
      {data && focusItemId !== undefined && !shown.some((q) => q.id === focusItemId) && <MessageBar>{Q.LinkedGone}</MessageBar>}
      {data && shown.length === 0 && (
        <Text block>{data.questions.length === 0 && kind === 'all' && !topic ? Q.Empty : Q.EmptyFiltered}</Text>
      )}
      {data &&
        shown.map((q) => (
          <QuestionCard
            key={q.id}
            question={q}
            answers={data.answers}
            viewerId={me.id}
            gardener={gardener}
            readOnly={readOnly}
            actions={actions}
            follows={follows}
            following={followed?.has(q.id) ?? false}
            onFollowChange={onFollowChange}
            focused={q.id === focusItemId}
          />
        ))}
      {data?.nextBefore !== undefined && (
        <DefaultButton text={loadingMore ? Q.Saving : Q.More} disabled={loadingMore} onClick={() => more().catch(() => undefined)} />
      )}
    </section>
  );
};

export default QuestionsSection;
