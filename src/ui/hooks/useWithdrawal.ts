import * as React from 'react';
import type { Community, Membership } from '../../domain/models';
import type { ActionNoticeContent } from '../components/Withdrawal';
import { withdrawalOf, type WithdrawalCalls } from '../withdrawal';

export interface WithdrawalState {
  /** The community whose withdrawal (or undo) is in flight; its buttons are disabled meanwhile. */
  busyId?: number;
  /** What the last withdrawal or undo did, with Undo after a withdrawal. */
  notice?: ActionNoticeContent;
  /** Withdraws my pending request or pledge; never rejects (the outcome is the notice). */
  withdraw: (community: Community, membership: Membership) => void;
  dismiss: () => void;
}

/**
 * Withdrawing a request or pledge, one at a time, and undoing it from the notice; `onChanged` runs
 * after each change so the view reads my memberships again.
 */
export function useWithdrawal(memberships: WithdrawalCalls, onChanged: () => void): WithdrawalState {
  const [busyId, setBusyId] = React.useState<number>();
  const [notice, setNotice] = React.useState<ActionNoticeContent>();
  const inFlight = React.useRef(false);
  const changed = React.useRef(onChanged);
  changed.current = onChanged;

  const run = (community: Community, action: () => Promise<void>, onError: (e: unknown) => void): void => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusyId(community.id);
    action()
      .then(() => changed.current())
      .catch(onError)
      .finally(() => {
        inFlight.current = false;
        setBusyId(undefined);
      });
  };

  const withdraw = (community: Community, membership: Membership): void => {
    const w = withdrawalOf(memberships, community, membership);
    const again = (): void =>
      run(
        community,
        async () => {
          await w.again();
          setNotice({ kind: 'success', text: w.againText });
        },
        (e) => setNotice({ kind: 'error', text: w.undoFailedText(e) }),
      );
    run(
      community,
      async () => {
        await w.withdraw();
        setNotice({ kind: 'success', text: w.withdrawnText, undo: { label: w.undoLabel, run: again } });
      },
      (e) => setNotice({ kind: 'error', text: w.failedText(e) }),
    );
  };

  return { busyId, notice, withdraw, dismiss: () => setNotice(undefined) };
}
