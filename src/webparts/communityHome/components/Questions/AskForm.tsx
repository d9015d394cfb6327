import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CommunityHomeWebPartStrings';
import { hitKey, searchWords, withQuestionDetails, type HubSearchHit } from '../../../../domain/hubSearch';
import type { Person } from '../../../../domain/models';
import type { Question, QuestionDraft } from '../../../../domain/questions';
import { canInviteMore, MAX_INVITES, rankHelpers, type RankedHelper } from '../../../../domain/questionRouting';
import type { IHubSearchService, IQuestionService } from '../../../../domain/services';
import { fill } from '../../../../ui/format';
import { actionError } from './questionText';
import { QuestionEditor } from './QuestionEditor';

const Q = strings.Questions;
/** Typing settles for this long before similar questions and colleagues are looked for. */
export const LOOKUP_DELAY_MS = 400;
const SIMILAR_SHOWN = 5;

export interface IAskFormProps {
  communityId: number;
  viewerId: number;
  questions: IQuestionService;
  search?: IHubSearchService;
  /** The community's knowledge map topics (what its members offer and want to learn). */
  loadTopics?: () => Promise<string[]>;
  onPosted: (question: Question, invited: Person[]) => void;
  onCancel: () => void;
}

type Lookup<T> = { status: 'idle' } | { status: 'loading' } | { status: 'error' } | { status: 'ready'; data: T };

/** Runs `look` for `key` once typing settles; a newer key cancels the older lookup. */
function useSettled<T>(key: string, look: (signal: AbortSignal) => Promise<T> | undefined): Lookup<T> {
  const [state, setState] = React.useState<Lookup<T>>({ status: 'idle' });
  const lookRef = React.useRef(look);
  lookRef.current = look;
  React.useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const running = lookRef.current(controller.signal);
      if (!running) {
        setState({ status: 'idle' });
        return;
      }
      setState({ status: 'loading' });
      running.then(
        (data) => !controller.signal.aborted && setState({ status: 'ready', data }),
        () => !controller.signal.aborted && setState({ status: 'error' }),
      );
    }, LOOKUP_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);
  return state;
}

/** Words of a title searched on their own: its longest (the likeliest to carry its meaning), at most this many. */
const SIMILAR_WORDS = 3;

/**
 * Answered questions from across the hub that look like the one being asked. Hub search ANDs every
 * word, so a whole title finds only near-copies: each of the title's longest words is searched on its
 * own (together, one request each) and a question found by more of them ranks first; then only the
 * answered ones that aren't hidden are kept (questionDetails reads what no reader can forge).
 */
async function answeredLike(search: IHubSearchService, title: string, signal: AbortSignal): Promise<HubSearchHit[]> {
  const words = [...new Set(searchWords(title))]
    .filter((w) => w.length >= 4)
    .sort((a, b) => b.length - a.length)
    .slice(0, SIMILAR_WORDS);
  const pages = await Promise.all(
    words.map((w) => search.search({ text: `${w} `, scope: { kind: 'question' }, startRow: 0, rowLimit: 10 }, signal)),
  );
  const found = new Map<string, { hit: HubSearchHit; score: number; rank: number }>();
  pages.forEach((page) =>
    page.hits.forEach((hit, rank) => {
      const seen = found.get(hitKey(hit));
      if (seen) {
        seen.score++;
        seen.rank = Math.min(seen.rank, rank);
      } else found.set(hitKey(hit), { hit, score: 1, rank });
    }),
  );
  const ranked = [...found.values()].sort((a, b) => b.score - a.score || a.rank - b.rank).map((x) => x.hit);
  const details = search.questionDetails ? await search.questionDetails(ranked) : new Map();
  // Hidden ones go and a question found both by itself and through answers shows once (withQuestionDetails).
  return withQuestionDetails(ranked, details)
    .filter((h) => h.kind === 'question' && h.question?.answered)
    .slice(0, SIMILAR_SHOWN);
}

/** Asking: the question, answered ones like it first, and colleagues across the hub to invite (up to five). */
export const AskForm: React.FC<IAskFormProps> = ({ communityId, viewerId, questions, search, loadTopics, onPosted, onCancel }) => {
  const [draft, setDraft] = React.useState<QuestionDraft>({ title: '', details: '', topics: [] });
  const [known, setKnown] = React.useState<string[]>([]);
  const [invited, setInvited] = React.useState<Person[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const posting = React.useRef(false);
  const release = React.useCallback((): void => {
    posting.current = false;
  }, []);

  React.useEffect(() => {
    let live = true;
    loadTopics?.().then(
      (t) => live && setKnown(t),
      () => undefined, // no suggestions: topics can still be typed
    );
    return () => {
      live = false;
    };
  }, [loadTopics]);

  const title = draft.title.trim();
  const similar = useSettled(title, (signal) => (search && title.length >= 3 ? answeredLike(search, title, signal) : undefined));
  const topicsKey = draft.topics.join('\n');
  const helpers = useSettled(topicsKey, () =>
    draft.topics.length
      ? questions.helpers(draft.topics).then((found) => rankHelpers(draft.topics, found, { communityId, excludeIds: [viewerId] }))
      : undefined,
  );

  const post = async (d: QuestionDraft): Promise<void> => {
    // One question however often Post is pressed: a second press while posting does nothing, and the
    // service's client request id makes a resend after a lost answer leave one.
    if (posting.current) return;
    posting.current = true;
    setBusy(true);
    try {
      const asked = await questions.ask(communityId, d);
      let told: Person[] = [];
      if (invited.length) {
        try {
          told = await questions.invite(asked, invited);
        } catch (e) {
          setError(actionError(e));
        }
      }
      onPosted(asked, told);
    } catch (e) {
      setError(actionError(e));
    } finally {
      release();
      setBusy(false);
    }
  };

  const toggle = (h: RankedHelper, on: boolean): void =>
    setInvited((list) =>
      on ? (canInviteMore(list.map((p) => p.id)) ? [...list, h.person] : list) : list.filter((p) => p.id !== h.person.id),
    );

  return (
    <section aria-label={Q.AskHeading}>
      <Text as="h4" variant="mediumPlus" block>
        {Q.AskHeading}
      </Text>
      <QuestionEditor
        label={Q.AskHeading}
        knownTopics={known}
        submitText={Q.Post}
        busy={busy}
        onChange={setDraft}
        onSave={post}
        onCancel={onCancel}
      >
        {search && title.length >= 3 && (
          <section aria-label={Q.Similar} aria-live="polite" style={{ marginTop: 12 }}>
            <Text as="h5" variant="mediumPlus" block>
              {Q.Similar}
            </Text>
            {similar.status === 'loading' && <Text block>{Q.Searching}</Text>}
            {similar.status === 'error' && <Text block>{Q.SearchFailed}</Text>}
            {similar.status === 'ready' &&
              (similar.data.length === 0 ? (
                <Text block>{Q.SimilarNone}</Text>
              ) : (
                <ul>
                  {similar.data.map((h) => (
                    <li key={`${h.id}-${h.viaAnswer ? 'a' : 'q'}`}>
                      <Link href={h.url} target="_blank" rel="noopener noreferrer">
                        {h.title}
                      </Link>{' '}
                      <Text variant="small">
                        {Q.Answered}
                        {h.communityTitle ? ` · ${fill(Q.SimilarIn, h.communityTitle)}` : ''}
                      </Text>
                    </li>
                  ))}
                </ul>
              ))}
          </section>
        )}
        <section aria-label={Q.Helpers} aria-live="polite" style={{ marginTop: 12 }}>
          <Text as="h5" variant="mediumPlus" block>
            {Q.Helpers}
          </Text>
          <Text block variant="small">
            {Q.HelpersHint}
          </Text>
          {draft.topics.length === 0 && <Text block>{Q.HelpersNeedTopics}</Text>}
          {draft.topics.length > 0 && helpers.status === 'loading' && <Text block>{Q.Searching}</Text>}
          {helpers.status === 'error' && <Text block>{Q.HelpersFailed}</Text>}
          {draft.topics.length > 0 &&
            helpers.status === 'ready' &&
            (helpers.data.length === 0 ? (
              <Text block>{Q.HelpersNone}</Text>
            ) : (
              <>
                <Text block variant="small">
                  {invited.length >= MAX_INVITES ? Q.InvitesFull : fill(Q.InvitesLeft, invited.length)}
                </Text>
                <ul style={{ listStyle: 'none', padding: 0 }}>
                  {helpers.data.map((h) => {
                    const on = invited.some((p) => p.id === h.person.id);
                    return (
                      <li key={h.person.id} style={{ marginBottom: 8 }}>
                        <Checkbox
                          label={fill(Q.Invite, h.person.displayName)}
                          checked={on}
                          disabled={!on && invited.length >= MAX_INVITES}
                          onChange={(_, v) => toggle(h, !!v)}
                        />
                        <Text block variant="small" style={{ marginLeft: 28, overflowWrap: 'anywhere' }}>
                          {fill(Q.CanHelpWith, h.matched.join(', '))}
                          {h.communities.length > 0 ? ` · ${fill(Q.InCommunities, h.communities.map((c) => c.title).join(', '))}` : ''}
                        </Text>
                      </li>
                    );
                  })}
                </ul>
              </>
            ))}
        </section>
        {error && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">
            {error}
          </MessageBar>
        )}
      </QuestionEditor>
    </section>
  );
};
