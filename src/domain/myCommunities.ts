/**
 * "My communities": where I belong and at what level, what I'm waiting for, my next sessions across
 * all of them, and communities worth a look given my practice area and what I want to learn.
 */
import { foldText } from './directoryFilter';
import { myStandings } from './membershipRules';
import type { Community, MemberProfile, Membership, MembershipStatus } from './models';

export interface MyCommunity {
  community?: Community;
  /** The membership item, for a community that no longer exists too (its id is all we know). */
  membership: Membership;
  effective: MembershipStatus;
}

export interface MyCommunitiesView {
  /** Communities I'm an active member of: core first, then by title. */
  active: MyCommunity[];
  /** Requests awaiting a gardener, and founding pledges on forming communities. */
  waiting: MyCommunity[];
  /** Requests a gardener declined (with their reason), until I dismiss them; newest first. */
  declined: MyCommunity[];
}

const titleOf = (m: MyCommunity): string => m.community?.title ?? '';

export function myCommunities(
  mine: readonly Membership[],
  communities: readonly Community[],
  dismissed: readonly number[] = [],
): MyCommunitiesView {
  const byId = new Map(communities.map((c) => [c.id, c]));
  const rows = [...myStandings(mine, communities).values()].map(({ membership, effective }) => ({
    membership,
    effective,
    community: byId.get(membership.communityId),
  }));
  const active = rows
    .filter((r) => r.effective === 'active')
    .sort((a, b) => Number(b.membership.level === 'core') - Number(a.membership.level === 'core') || titleOf(a).localeCompare(titleOf(b)));
  const waiting = rows
    .filter((r) => r.effective === 'pending' || r.effective === 'interested')
    .sort((a, b) => titleOf(a).localeCompare(titleOf(b)));
  // A declined request shows only while it is my latest word on that community (a new request
  // since takes its place) and I haven't dismissed it.
  const hidden = new Set(dismissed);
  const declined = rows
    .filter((r) => r.effective === 'declined' && !hidden.has(r.membership.id))
    .sort((a, b) => b.membership.id - a.membership.id);
  return { active, waiting, declined };
}

export interface Recommendation {
  community: Community;
  /** Why it is suggested: the practice area, and the topics I want to learn that it covers. */
  practiceArea: boolean;
  topics: string[];
}

/**
 * Launched and forming communities I hold no place in, that share my practice area or cover what I
 * want to learn (a topic found in their title, domain, practice or tags). Practice-area matches
 * first, then those covering most topics, then by title.
 */
export function recommendCommunities(
  communities: readonly Community[],
  view: MyCommunitiesView,
  me: { practiceArea?: string; profile?: Pick<MemberProfile, 'wantsToLearn'> },
  limit = 5,
): Recommendation[] {
  const taken = new Set([...view.active, ...view.waiting].map((r) => r.membership.communityId));
  const area = foldText(me.practiceArea ?? '').trim();
  const wanted = (me.profile?.wantsToLearn ?? []).map((t) => ({ topic: t, folded: foldText(t).trim() })).filter((t) => t.folded.length > 1);
  const out: Recommendation[] = [];
  for (const c of communities) {
    if (taken.has(c.id) || (c.status !== 'launched' && c.status !== 'forming')) continue;
    const haystack = foldText([c.title, c.domain, c.practice, c.practiceArea, ...c.tags].join(' '));
    const practiceArea = area !== '' && foldText(c.practiceArea).trim() === area;
    const topics = wanted.filter((t) => haystack.includes(t.folded)).map((t) => t.topic);
    if (practiceArea || topics.length > 0) out.push({ community: c, practiceArea, topics });
  }
  return out
    .sort(
      (a, b) =>
        Number(b.practiceArea) - Number(a.practiceArea) ||
        b.topics.length - a.topics.length ||
        a.community.title.localeCompare(b.community.title),
    )
    .slice(0, limit);
}
