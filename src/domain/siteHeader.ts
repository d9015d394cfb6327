/**
 * What the community site header says about me. It reads my membership item on its own (one
 * request); the community's join policy is needed only when the item is still awaiting approval,
 * because an open community counts that as membership and an approval community as a request.
 */
import { effectiveStatus } from './membershipRules';
import type { JoinPolicy, Membership } from './models';

export type HeaderStanding = 'core' | 'wider' | 'pending' | 'pledged' | 'none';

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
