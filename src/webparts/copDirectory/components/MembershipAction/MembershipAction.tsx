import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopDirectoryWebPartStrings';
import { canPledge, isCurrent, type Standing } from '../../../../domain/membershipRules';
import { PledgeButton } from '../../../../ui/components/FoundingProgress';
import { WithdrawMembership } from '../../../../ui/components/Withdrawal';
import { fill } from '../../../../ui/format';
import { getMembershipActionClassNames } from './MembershipAction.styles';
import type { IMembershipActionProps } from './IMembershipActionProps';
import { LightButton } from '../../../../ui/components/LightButton';

function outcomeText(standing: Standing): string {
  switch (standing.effective) {
    case 'interested':
      return strings.YouPledged;
    case 'pending':
      return standing.membership.level === 'core' ? strings.YouRequestedCore : strings.YouRequestedWider;
    default:
      return standing.membership.level === 'core' ? strings.YouAreCore : strings.YouAreWider;
  }
}

/**
 * What the signed-in person can do about one community: join it, pledge to found it, or see where
 * they already stand. Buttons name their community, since a page holds many of them.
 */
export const MembershipAction: React.FC<IMembershipActionProps> = ({
  community,
  standing,
  busy,
  focusOutcome,
  onJoin,
  onPledge,
  onWithdraw,
}) => {
  const classes = getMembershipActionClassNames(useTheme());
  const outcome = React.useRef<HTMLSpanElement>(null);
  const current = standing && isCurrent(standing.effective) ? standing : undefined;
  React.useEffect(() => {
    if (focusOutcome && current) outcome.current?.focus();
  }, [focusOutcome, current?.effective, current?.membership.level]);

  if (current) {
    const pledged = current.effective === 'interested';
    const standingView = (
      <span ref={outcome} tabIndex={-1} className={classes.outcome}>
        <FontIcon iconName={current.effective === 'pending' ? 'Clock' : 'CheckMark'} className={classes.icon} aria-hidden />
        {outcomeText(current)}
      </span>
    );
    if (!onWithdraw || !(pledged || current.effective === 'pending')) return standingView;
    return (
      <WithdrawMembership community={community} pledged={pledged} busy={busy} onWithdraw={onWithdraw}>
        {standingView}
      </WithdrawMembership>
    );
  }
  if (community.status === 'forming') {
    if (!canPledge(community, standing && { ...standing.membership, effective: standing.effective })) return null;
    return <PledgeButton community={community} busy={busy} onPledge={onPledge} />;
  }
  if (community.status !== 'launched' && community.status !== 'dormant') return null;
  return (
    <LightButton kind="primary" disabled={busy} onClick={onJoin} ariaLabel={fill(strings.JoinButtonLabel, community.title)}>
      {busy ? strings.Joining : strings.JoinButton}
    </LightButton>
  );
};
