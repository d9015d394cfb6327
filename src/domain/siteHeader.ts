/**
 * What the community site header says about me. It reads my membership item on its own (one
 * request); the community's join policy is needed only when the item is still awaiting approval,
 * because an open community counts that as membership and an approval community as a request.
 */
import { effectiveStatus } from './membershipRules';
import type { JoinPolicy, Membership } from './models';

export type HeaderStanding = 'core' | 'wider' | 'pending' | 'pledged' | 'none';

/** What the header shows: my standing, and a forming community's founding progress. */
export interface HeaderView {
  standing: HeaderStanding;
  /** Only while the community is forming: its pledges so far, and the target when it has one. */
  forming?: { pledged: number; target?: number };
}

/** My standing, or 'needPolicy' when only the join policy can tell a member from a request. */
export function headerStanding(
  m: Pick<Membership, 'level' | 'status' | 'approval'> | undefined,
  joinPolicy?: JoinPolicy,
): HeaderStanding | 'needPolicy' {
  if (!m) return 'none';
  if (m.approval === 'pending' && m.status === 'active' && joinPolicy === undefined) return 'needPolicy';
  // With the item approved (or not a plain request), either policy gives the same answer.
  const status = effectiveStatus(m, { joinPolicy: joinPolicy ?? 'approval' });
  if (status === 'active') return m.level === 'core' ? 'core' : 'wider';
  if (status === 'pending') return 'pending';
  if (status === 'interested') return 'pledged';
  return 'none';
}
