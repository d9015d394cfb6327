/**
 * Keeping a community's Microsoft 365 group (its team) in step with its memberships. Approvals add
 * people to the group, but leaving only marks the membership `left`, and an approval whose Graph
 * call failed for good leaves someone out: this works out what would bring the two back together.
 */
import { effectiveStatus, isCurrent } from './membershipRules';
import type { Community, Membership } from './models';

export interface TeamPlan {
  /** Emails (lower case) with an active membership who are not in the group. */
  add: string[];
  /** Emails in the group whose memberships here have all ended (left or declined). */
  remove: string[];
}

/**
 * Who to add to and remove from the group, from what SharePoint holds.
 * - Added: people with an active membership (approved, or in an open community).
 * - Removed: people in the group who have membership items here and none of them is current.
 *   A pending item counts as current: editing an approved membership sends it back to pending, and
 *   that member keeps their place while the change waits.
 * - Never removed: the community's gardeners, and anyone in the group with no membership item here
 *   at all (added to the team directly by its owners; CoP Hub has no record to judge them by).
 * Only items filed under this community count; the member is each item's Author.
 */
export function planTeam(
  community: Pick<Community, 'id' | 'joinPolicy' | 'gardeners'>,
  memberships: readonly Membership[],
  groupMembers: readonly string[],
): TeamPlan {
  const inGroup = new Set(groupMembers.map((e) => e.toLowerCase()));
  const keep = new Set(community.gardeners.map((g) => g.email.toLowerCase()).filter(Boolean));
  const byPerson = new Map<string, Membership[]>();
  for (const m of memberships) {
    const email = m.member.email?.toLowerCase();
    if (m.communityId !== community.id || !email) continue;
    byPerson.set(email, [...(byPerson.get(email) ?? []), m]);
  }
  const add: string[] = [];
  const remove: string[] = [];
  byPerson.forEach((items, email) => {
    const states = items.map((m) => effectiveStatus(m, community));
    if (states.includes('active') && !inGroup.has(email)) add.push(email);
    if (!states.some(isCurrent) && inGroup.has(email) && !keep.has(email)) remove.push(email);
  });
  return { add: add.sort(), remove: remove.sort() };
}
