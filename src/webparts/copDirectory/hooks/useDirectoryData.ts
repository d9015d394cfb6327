import * as React from 'react';
import type { Community, MemberCounts, Membership } from '../../../domain/models';
import type { ProgrammeSettings } from '../../../domain/programme';
import type { Session } from '../../../domain/rhythm';
import type { CopServices } from '../../../domain/services';
import { useDates } from '../../../ui/dates';
import { useAsync, type AsyncState } from '../../../ui/hooks/useAsync';
// The session arithmetic and the rhythm in words: fetched beside the events, which are read after the
// first cards are on screen, so the next-session line waits for neither and first render carries neither.
import { loadRhythm } from '../../../ui/rhythmChunk';

export interface DirectoryData {
  communities: Community[];
  /** The signed-in person's memberships, pledges and requests. */
  mine: Membership[];
  /** The programme's known practice areas and stage names (read in the same $batch). */
  programme: ProgrammeSettings;
}

/** A community's next session, with its rhythm in words when it has a series (issue 17). */
export type DirectorySession = Session & { rhythm?: string };

export interface DirectoryDataResult {
  state: AsyncState<DirectoryData>;
  /** Member counts per community id, for the communities shown so far; missing while loading or unreadable. */
  counts: Record<number, MemberCounts>;
  /** The next session per community id once read (undefined there: none planned), for the communities shown so far. */
  sessions: Record<number, DirectorySession | undefined>;
  reload: () => void;
  /** Asks for the counts and next sessions of the communities on screen; those already known are not read again. */
  showCountsFor: (shown: readonly Community[]) => void;
  /** Reads my memberships again after a join or pledge, and the counts of what is on screen. */
  refreshMembership: () => Promise<void>;
}

/** After the first counts, wait this long for the screen to settle (typing) before reading more. */
export const COUNTS_SETTLE_MS = 250;

/**
 * The directory's data: communities and my memberships first (the directory can't show without
 * them), then member counts of only the communities on screen, so the requests stay the same
 * however many communities and memberships there are. Counts already read are kept while the
 * directory is open (a count a few minutes old is fine); a join or pledge reads them again.
 * Counts are extra: the directory works without them, so their failure is not an error.
 */
export function useDirectoryData(services: CopServices): DirectoryDataResult {
  const { state, reload } = useAsync(async () => {
    // The listing, not every field: the directory shows and searches a few (half the bytes at 2,000).
    // The programme's words travel in the same $batch: the stage names are on the first cards.
    const [communities, mine, programme] = await Promise.all([
      services.communities.listing(),
      services.memberships.mine(),
      services.programme.settings(),
    ]);
    return { communities, mine, programme };
  }, [services]);
  const [mine, setMine] = React.useState<Membership[]>();
  const [counts, setCounts] = React.useState<Record<number, MemberCounts>>({});
  const [sessions, setSessions] = React.useState<Record<number, DirectorySession | undefined>>({});
  const { locale, timeZone } = useDates();
  const requested = React.useRef(new Set<number>());
  /** Sessions don't change when I join, so unlike counts they are read once per load. */
  const sessionsRequested = React.useRef(new Set<number>());
  /** Questions asked per community (issue 16); like sessions, they don't change when I join. */
  const [questions, setQuestions] = React.useState<Record<number, number>>({});
  const questionsRequested = React.useRef(new Set<number>());
  const shown = React.useRef<readonly Community[]>([]);
  const timer = React.useRef<ReturnType<typeof setTimeout>>();
  const alive = React.useRef(true);

  // A (re)load starts from nothing: my memberships and counts are read again with the communities.
  const loading = state.status === 'loading';
  React.useEffect(() => {
    if (!loading) return;
    setMine(undefined);
    setCounts({});
    setSessions({});
    setQuestions({});
    requested.current = new Set();
    sessionsRequested.current = new Set();
    questionsRequested.current = new Set();
  }, [services, loading]);
  React.useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  const readCounts = React.useCallback(
    (communities: readonly Community[]): Promise<void> => {
      const missing = communities.filter((c) => !requested.current.has(c.id));
      if (missing.length === 0) return Promise.resolve();
      missing.forEach((c) => requested.current.add(c.id));
      return services.memberships.counts(missing).then(
        (c) => {
          if (alive.current) setCounts((before) => ({ ...before, ...c }));
        },
        () => missing.forEach((c) => requested.current.delete(c.id)), // try again when shown again
      );
    },
    [services],
  );

  // Started beside the counts, so both go in the same $batch; a failure only leaves the line out.
  const readSessions = React.useCallback(
    (communities: readonly Community[]): void => {
      const ids = communities.map((c) => c.id).filter((id) => !sessionsRequested.current.has(id));
      if (ids.length === 0) return;
      ids.forEach((id) => sessionsRequested.current.add(id));
      Promise.all([services.content.eventsOf(ids), loadRhythm()]).then(
        ([events, { nextSession, communityRhythmText }]) => {
          if (!alive.current) return;
          const now = new Date();
          const next: Record<number, DirectorySession | undefined> = {};
          for (const id of ids) {
            const own = events.filter((e) => e.communityId === id);
            const session = nextSession(own, now);
            // The rhythm is the series that meets soonest, in words; the free text where there is none.
            const rhythm = communityRhythmText(own, now, locale, timeZone);
            next[id] = session && (rhythm ? { ...session, rhythm } : session);
          }
          setSessions((before) => ({ ...before, ...next }));
        },
        () => ids.forEach((id) => sessionsRequested.current.delete(id)),
      );
    },
    [services, locale, timeZone],
  );

  // Started beside the counts too (same $batch): one read a chunk of communities, a failure leaves the count out.
  const readQuestions = React.useCallback(
    (communities: readonly Community[]): void => {
      const stats = services.questionStats;
      const ids = communities.map((c) => c.id).filter((id) => !questionsRequested.current.has(id));
      if (!stats || ids.length === 0) return;
      ids.forEach((id) => questionsRequested.current.add(id));
      stats.counts(ids).then(
        (read) => alive.current && setQuestions((before) => ({ ...before, ...read })),
        () => ids.forEach((id) => questionsRequested.current.delete(id)),
      );
    },
    [services],
  );

  const showCountsFor = React.useCallback(
    (communities: readonly Community[]): void => {
      shown.current = communities;
      clearTimeout(timer.current);
      const first = requested.current.size === 0;
      timer.current = setTimeout(
        () => {
          readCounts(shown.current).catch(() => undefined);
          readSessions(shown.current);
          readQuestions(shown.current);
        },
        first ? 0 : COUNTS_SETTLE_MS,
      );
    },
    [readCounts, readSessions, readQuestions],
  );

  const refreshMembership = React.useCallback(async (): Promise<void> => {
    requested.current = new Set();
    const [m] = await Promise.all([services.memberships.mine(), readCounts(shown.current).catch(() => undefined)]);
    setMine(m);
  }, [services, readCounts]);

  const merged: AsyncState<DirectoryData> = state.status === 'ready' && mine ? { status: 'ready', data: { ...state.data, mine } } : state;
  // A community's questions count shows with its member counts.
  const withQuestions = React.useMemo(() => {
    const out: Record<number, MemberCounts> = {};
    for (const [id, c] of Object.entries(counts))
      out[Number(id)] = questions[Number(id)] === undefined ? c : { ...c, questions: questions[Number(id)] };
    return out;
  }, [counts, questions]);
  return { state: merged, counts: withQuestions, sessions, reload, showCountsFor, refreshMembership };
}
