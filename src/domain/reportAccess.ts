import type { Community, CurrentUser } from './models';

/** True when this person may read the community's sponsor report: its sponsor, or the POD team. */
export function canReadReport(community: Pick<Community, 'sponsor'>, me: Pick<CurrentUser, 'id' | 'isPodAdmin'>): boolean {
  return me.isPodAdmin || (community.sponsor !== undefined && community.sponsor.id === me.id);
}
