/**
 * Who reads which sponsor report, apart from the report's arithmetic (sessions with rrule, knowledge
 * maps, participation), so the community home and My communities can ask it in their first view.
 */
import type { Community, CurrentUser } from './models';
import { compareTitles } from './titleOrder';

/** True when this person may read the community's sponsor report: its sponsor, or the POD team. */
export function canReadReport(community: Pick<Community, 'sponsor'>, me: Pick<CurrentUser, 'id' | 'isPodAdmin'>): boolean {
  return me.isPodAdmin || (community.sponsor !== undefined && community.sponsor.id === me.id);
}

/** The communities a sponsor sponsors, in title order: the per-sponsor report is one page each. */
export function sponsoredBy(communities: readonly Community[], sponsorId: number): Community[] {
  return communities.filter((c) => c.sponsor?.id === sponsorId).sort((a, b) => compareTitles(a.title, b.title));
}
