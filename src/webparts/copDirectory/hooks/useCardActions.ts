import * as React from 'react';
import type { myStandings } from '../../../domain/membershipRules';
import type { Community } from '../../../domain/models';
import type { MembershipActions } from './useMembershipActions';

export interface CardActions {
  onJoin: (c: Community) => void;
  onPledge: (c: Community) => void;
  onWithdraw: (c: Community) => void;
}

/**
 * What a community card's buttons do, as callbacks that never change, so cards that didn't change
 * skip rendering (CommunityCard is memoised): each reads the latest actions, standings and
 * communities when it is called.
 */
export function useCardActions(
  actions: MembershipActions,
  standings: ReturnType<typeof myStandings>,
  communities: readonly Community[],
): CardActions {
  const latest = React.useRef({ actions, standings, communities });
  latest.current = { actions, standings, communities };
  return React.useMemo(
    () => ({
      onJoin: (c: Community) => latest.current.actions.openJoin(c),
      onPledge: (c: Community) => {
        const now = latest.current;
        // Core elsewhere (active): the dialog first asks what launch should do, one core at a time.
        const core = [...now.standings.values()].find(
          (s) => s.membership.level === 'core' && s.effective === 'active' && s.membership.communityId !== c.id,
        );
        const currentCore = core && now.communities.find((x) => x.id === core.membership.communityId);
        now.actions.pledge(c, undefined, currentCore).catch(() => undefined); // never rejects: outcomes arrive as notices
      },
      onWithdraw: (c: Community) => {
        const standing = latest.current.standings.get(c.id);
        if (standing) latest.current.actions.withdraw(c, standing.membership).catch(() => undefined); // outcomes arrive as notices
      },
    }),
    [],
  );
}
