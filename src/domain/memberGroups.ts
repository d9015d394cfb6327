/**
 * Who is in a community, as its home shows them: leaders (the gardeners), core and wider members,
 * each person once, in name order, narrowed by a search.
 */
import { effectiveStatus } from './membershipRules';
import type { Community, Membership, Person } from './models';

export interface MemberGroups {
  leaders: Person[];
  core: Person[];
  wider: Person[];
}

/** True when every word of `text` is in the person's name or email (case-insensitive). */
export function personMatches(person: Person, text: string): boolean {
  const haystack = `${person.displayName} ${person.email}`.toLocaleLowerCase();
  return text
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => haystack.includes(w));
}

const byName = (a: Person, b: Person): number => a.displayName.localeCompare(b.displayName);

/**
 * Only active memberships count (pending requests, pledges and people who left don't). A gardener
 * is shown as a leader whether or not they hold a membership; someone with two active items is core
 * if either is core.
 */
export function groupMembers(
  community: Pick<Community, 'joinPolicy' | 'gardeners'>,
  memberships: readonly Membership[],
  text = '',
): MemberGroups {
  const leaderIds = new Set(community.gardeners.map((g) => g.id));
  const level = new Map<number, { person: Person; core: boolean }>();
  for (const m of memberships) {
    if (effectiveStatus(m, community) !== 'active' || leaderIds.has(m.member.id)) continue;
    const seen = level.get(m.member.id);
    level.set(m.member.id, { person: m.member, core: (seen?.core ?? false) || m.level === 'core' });
  }
  const all = [...level.values()].filter((x) => personMatches(x.person, text));
  return {
    leaders: community.gardeners.filter((g) => personMatches(g, text)).sort(byName),
    core: all
      .filter((x) => x.core)
      .map((x) => x.person)
      .sort(byName),
    wider: all
      .filter((x) => !x.core)
      .map((x) => x.person)
      .sort(byName),
  };
}
