import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopHubSharedStrings';
import { fill } from '../../format';
import type { IWithdrawMembershipProps } from './IWithdrawMembershipProps';
import { getWithdrawalClassNames } from './Withdrawal.styles';
import { LightButton } from '../LightButton';

/**
 * "Withdraw request" or "Withdraw pledge". A request goes at once (it can be undone); a pledge counts
 * towards launching a community, so it asks once first, with focus on the safe choice.
 */
export const WithdrawMembership: React.FC<IWithdrawMembershipProps> = ({ community, pledged, busy, onWithdraw, children, className }) => {
  const classes = getWithdrawalClassNames(useTheme());
  const [confirming, setConfirming] = React.useState(false);
  const keep = React.useRef<HTMLElement>(null);
  const withdrawButton = React.useRef<HTMLElement>(null);
  const asked = React.useRef(false);
  React.useEffect(() => {
    if (confirming) keep.current?.focus();
    // Kept: focus goes back to the button that asked (it is back in the page now).
    else if (asked.current) withdrawButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  if (confirming && pledged) {
    return (
      <div className={classes.confirm} role="group" aria-label={fill(strings.WithdrawPledgeLabel, community.title)}>
        <span>{fill(strings.WithdrawPledgeConfirm, community.title)}</span>
        <LightButton
          kind="primary"
          disabled={busy}
          onClick={() => {
            asked.current = false;
            setConfirming(false);
            onWithdraw();
          }}
        >
          {strings.WithdrawPledgeYes}
        </LightButton>
        <LightButton elementRef={keep} disabled={busy} onClick={() => setConfirming(false)}>
          {strings.WithdrawPledgeKeep}
        </LightButton>
      </div>
    );
  }
  return (
    <span className={className ?? classes.standing}>
      {children}
      <LightButton
        kind="action"
        elementRef={withdrawButton}
        disabled={busy}
        ariaLabel={fill(pledged ? strings.WithdrawPledgeLabel : strings.WithdrawRequestLabel, community.title)}
        onClick={() => (pledged ? setConfirming(true) : onWithdraw())}
      >
        {pledged ? strings.WithdrawPledge : strings.WithdrawRequest}
      </LightButton>
    </span>
  );
};
