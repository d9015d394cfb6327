/**
 * My next sessions across my communities: apart from myCommunities.ts because it expands rules with
 * rrule, which My communities fetches beside the events it reads instead of with its first view.
 */
import type { MyCommunitiesView } from './myCommunities';
import type { CommunityEvent } from './models';
import { upcomingSessions, type Session } from './rhythm';

/** My next sessions across the communities I'm active in, soonest first. */
export function mySessions(view: MyCommunitiesView, events: readonly CommunityEvent[], now: Date, limit = 6): Session[] {
  const mineIds = new Set(view.active.map((r) => r.membership.communityId));
  return upcomingSessions(
    events.filter((e) => mineIds.has(e.communityId)),
    now,
    62,
    limit,
  );
}
