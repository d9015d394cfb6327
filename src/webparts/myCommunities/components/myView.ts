/**
 * What My communities' first view reads, in three rounds of requests at most: the setup check's
 * $batch (with who I am and the communities), one $batch of everything read by my site user id
 * (my memberships, my profile, my suggestions), and one $batch of what those found (my sessions,
 * my suggestions' outcomes, my dismissals, and for a sponsor their communities' health). Kept out of
 * the component so the integration test (tests/integration/myCommunitiesRequests.test.ts) counts
 * the requests of the very same reads.
 */
import type { Community, CommunityEvent, MemberProfile, Membership, Registration, Suggestion } from '../../../domain/models';
import type { CopServices, SetupReport } from '../../../domain/services';
import { myCommunities, recommendCommunities } from '../../../domain/myCommunities';
import type { PortfolioRow } from '../../../domain/portfolio';
import { sponsoredBy } from '../../../domain/reportAccess';
import type { Session } from '../../../domain/rhythm';
import { firstFrom, preload, type Preloaded } from '../../../ui/hooks/preload';

export interface EarlyReads {
  setup: Preloaded<SetupReport>;
  mine: Preloaded<Membership[]>;
  all: Preloaded<Community[]>;
  profile: Preloaded<MemberProfile | undefined>;
  myId: Preloaded<number>;
  /** Read by my site user id like my memberships, so it shares their $batch, and its outcomes (a read that needs it) the next one. */
  suggestions: Preloaded<Suggestion[]>;
}

/** Started during the first render, so they share the setup check's $batch (and the one after it). */
export function startEarlyReads(services: CopServices): EarlyReads {
  return {
    setup: preload(() => services.setup.check()),
    mine: preload(() => services.memberships.mine()),
    all: preload(() => services.communities.all()),
    profile: preload(() => services.content.myProfile()),
    myId: preload(() => services.people.myId()),
    suggestions: preload(() => services.content.mySuggestions()),
  };
}

const loadRhythm = (): Promise<typeof import('./myRhythm')> => import(/* webpackChunkName: 'cop-my-sessions' */ './myRhythm');

export interface MyView {
  view: ReturnType<typeof myCommunities>;
  events: CommunityEvent[];
  /** My next sessions across my communities, soonest first. */
  sessions: Session[];
  recommendations: ReturnType<typeof recommendCommunities>;
  /** My profile as read with the rest, so the form for it needs no read of its own. */
  profile: MemberProfile | undefined;
  /** Suggestions I made, with the POD team's outcome. */
  suggestions: Suggestion[];
  /** The communities I sponsor, in title order, each with its health (empty for anyone else). */
  sponsoring: PortfolioRow[];
  byId: Map<number, Community>;
  /** Who registered for the sessions of my communities (issue 17), read with my sessions; empty where the host offers none. */
  registrations: Registration[];
  /** My site user id (what a registration's Author holds). */
  myId: number;
  /** The hub's own sessions (issue 17: POD's, of no community), read with my sessions; their registrations are in `registrations`. */
  hubEvents: CommunityEvent[];
}

/** My communities, my sessions in them, my suggestions, and what I sponsor (the early reads are used once, then read afresh). */
export async function loadMine(services: CopServices, early: EarlyReads | undefined, now: Date): Promise<MyView> {
  // My suggestions start now with the first round (when not preloaded), and finish with the second.
  const suggestionsRead = firstFrom(early?.suggestions, () => services.content.mySuggestions())();
  // Its failure is reported where it is awaited below, not as unhandled while the first round runs.
  suggestionsRead.catch(() => undefined);
  const [mine, all, profile, myId] = await Promise.all([
    firstFrom(early?.mine, () => services.memberships.mine())(),
    firstFrom(early?.all, () => services.communities.all())(),
    firstFrom(early?.profile, () => services.content.myProfile())(),
    // The id my memberships are read by (no request of its own): it tells which communities I sponsor.
    firstFrom(early?.myId, () => services.people.myId())(),
  ]);
  const seen = myCommunities(mine, all);
  const sponsored = sponsoredBy(all, myId);
  // Second round, one $batch: my sessions, (only when I have a declined request) which I
  // dismissed, and (only for a sponsor) what their communities' health is made of; my
  // suggestions' outcomes join it, read as soon as my suggestions came back.
  const eventIds = [...new Set([...seen.active.map((r) => r.membership.communityId), ...sponsored.map((c) => c.id)])];
  // The session arithmetic's code is fetched beside them.
  const rhythm = loadRhythm();
  rhythm.catch(() => undefined); // met below, where it is awaited
  const [events, suggestions, dismissed, counts, resources, registrations, records, hubEvents, hubRegistrations, questions] =
    await Promise.all([
      eventIds.length ? services.content.eventsOf(eventIds) : Promise.resolve([]),
      suggestionsRead,
      seen.declined.length ? services.content.dismissedRequests() : Promise.resolve([]),
      sponsored.length ? services.memberships.counts(sponsored) : Promise.resolve({}),
      Promise.all(sponsored.map((c) => services.content.resources(c.id))).then((lists) => lists.flat()),
      eventIds.length && services.registrations ? services.registrations.forCommunities(eventIds) : Promise.resolve([]),
      // Attendance for their health (issue 17), in the same $batch; unreadable, it earns nothing as in the console.
      sponsored.length && services.sessionRecords
        ? Promise.all(sponsored.map((c) => services.sessionRecords?.ofCommunity(c.id) ?? [])).then(
            (lists) => lists.flat(),
            () => undefined,
          )
        : Promise.resolve(undefined),
      // The hub's own sessions and who registered (issue 17), in the same $batch; unreadable, they are left out.
      services.content.hubEvents ? services.content.hubEvents().catch(() => []) : Promise.resolve([]),
      services.registrations?.forHub ? services.registrations.forHub().catch(() => []) : Promise.resolve([]),
      // Questions and their answers for their health (issue 16), in the same $batch; unreadable, they earn nothing as in the console.
      sponsored.length && services.questionStats
        ? services.questionStats.activity(sponsored.map((c) => c.id)).catch(() => undefined)
        : Promise.resolve(undefined),
    ]);
  const view = dismissed.length ? myCommunities(mine, all, dismissed) : seen;
  // My practice area as I gave it on my profile (no Graph call for the directory's department:
  // the view stays within its four requests, and the empty state says how to get suggestions).
  const recommendations = recommendCommunities(all, view, { practiceArea: profile?.practiceArea, profile });
  const { buildPortfolio, mySessions } = await rhythm;
  const sponsoring = buildPortfolio({ communities: sponsored, counts, events, resources, records, questions, now });
  return {
    view,
    events,
    sessions: mySessions(view, events, now),
    recommendations,
    profile,
    suggestions,
    sponsoring,
    byId: new Map(all.map((c) => [c.id, c])),
    registrations: hubRegistrations.length ? [...registrations, ...hubRegistrations] : registrations,
    myId,
    hubEvents,
  };
}
