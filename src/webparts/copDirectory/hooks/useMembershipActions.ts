import * as React from 'react';
import * as strings from 'CopDirectoryWebPartStrings';
import * as shared from 'CopHubSharedStrings';
import { isCoreChoiceNeeded } from '../../../domain/errors';
import { effectiveStatus } from '../../../domain/membershipRules';
import type { Community, FounderChoice, Membership, MembershipLevel } from '../../../domain/models';
import type { CopServices } from '../../../domain/services';
import { describeError } from '../../../ui/errors';
import { fill } from '../../../ui/format';
import { useSingleFlight } from '../../../ui/hooks/useSingleFlight';
import type { ActionNoticeContent } from '../../../ui/components/Withdrawal';
import { withdrawalOf } from '../../../ui/withdrawal';

/** The join dialog: first the choice of level, then (if core elsewhere) the one-core choice. */
export type JoinStep =
  | { stage: 'choose'; community: Community }
  | { stage: 'coreChoice'; community: Community; currentCore?: Community; currentCorePending?: boolean }
  /** Pledging while core elsewhere: what launch does then (wider here, or move core here). */
  | { stage: 'pledgeChoice'; community: Community; currentCore: Community };

/** What the last action did, in words, shown above the results. */
export type Notice = ActionNoticeContent;

export interface MembershipActions {
  step?: JoinStep;
  /** The community whose join or pledge is in flight; its buttons are disabled meanwhile. */
  busyId?: number;
  /** What went wrong inside the dialog, in words. */
  dialogError?: string;
  notice?: Notice;
  /** The community that just changed, so its card can take focus. */
  changedId?: number;
  openJoin: (community: Community) => void;
  closeJoin: () => void;
  /** Joins the dialog's community; the outcome arrives as a notice, a dialog error or the core choice. */
  join: (level: MembershipLevel, moveCore?: boolean) => Promise<void>;
  /**
   * Pledges to found a community; the outcome arrives as a notice. Core elsewhere (`currentCore`) and
   * no choice yet: the dialog first asks what launch should do (one core at a time).
   */
  pledge: (community: Community, founderChoice?: FounderChoice, currentCore?: Community) => Promise<void>;
  /** Withdraws my pending request or pledge; the notice offers to undo it. */
  withdraw: (community: Community, membership: Membership) => Promise<void>;
  dismissNotice: () => void;
  announce: (notice: Notice) => void;
}

function joinedText(community: Community, m: Membership, movedFrom?: Community): string {
  const pending = effectiveStatus(m, community) === 'pending';
  if (movedFrom) return fill(pending ? strings.MovedCorePending : strings.MovedCore, community.title, movedFrom.title);
  if (pending) return fill(m.level === 'core' ? strings.JoinRequestedCore : strings.JoinRequestedWider, community.title);
  return fill(m.level === 'core' ? strings.JoinedCore : strings.JoinedWider, community.title);
}

/**
 * Joining and pledging: one action at a time (a second click while one is in flight does nothing),
 * my memberships and the counts read again afterwards, and the outcome said in words.
 */
export function useMembershipActions(
  services: CopServices,
  communities: readonly Community[],
  refresh: () => Promise<void>,
): MembershipActions {
  const [step, setStep] = React.useState<JoinStep>();
  const [busyId, setBusyId] = React.useState<number>();
  const [dialogError, setDialogError] = React.useState<string>();
  const [notice, setNotice] = React.useState<Notice>();
  const [changedId, setChangedId] = React.useState<number>();
  const flight = useSingleFlight();

  /** Runs one action at a time; its errors go to `onError`, so the returned promise never rejects. */
  const run = async (community: Community, action: () => Promise<void>, onError: (e: unknown) => void): Promise<void> => {
    await flight.run(async () => {
      setBusyId(community.id);
      try {
        await action();
      } catch (e) {
        onError(e);
      } finally {
        setBusyId(undefined);
      }
    });
  };

  const join = (level: MembershipLevel, moveCore = false): Promise<void> => {
    if (!step) return Promise.resolve();
    const { community } = step;
    const movedFrom = moveCore && step.stage === 'coreChoice' ? step.currentCore : undefined;
    setDialogError(undefined);
    return run(
      community,
      async () => {
        const m = await services.memberships.join(community, level, moveCore);
        setStep(undefined);
        setNotice({ kind: 'success', text: joinedText(community, m, movedFrom) });
        setChangedId(community.id);
        await refresh();
      },
      (e) => {
        if (isCoreChoiceNeeded(e)) {
          setStep({
            stage: 'coreChoice',
            community,
            currentCore: communities.find((c) => c.id === e.currentCoreCommunityId),
            currentCorePending: e.currentCorePending,
          });
        } else setDialogError(describeError(e));
      },
    );
  };

  const pledge = (community: Community, founderChoice?: FounderChoice, currentCore?: Community): Promise<void> => {
    if (!founderChoice && currentCore && currentCore.id !== community.id) {
      setDialogError(undefined);
      setStep({ stage: 'pledgeChoice', community, currentCore });
      return Promise.resolve();
    }
    const choosing = step?.stage === 'pledgeChoice' ? step : undefined;
    return run(
      community,
      async () => {
        await services.memberships.pledge(community, founderChoice);
        setStep(undefined);
        const then = choosing
          ? ` ${fill(founderChoice === 'moveCore' ? strings.PledgedMoveCore : strings.PledgedWiderHere, community.title, choosing.currentCore.title)}`
          : '';
        setNotice({ kind: 'success', text: `${fill(shared.Pledged, community.title)}${then}` });
        setChangedId(community.id);
        await refresh();
      },
      (e) => {
        if (choosing) setDialogError(describeError(e));
        else setNotice({ kind: 'error', text: fill(shared.PledgeFailed, community.title, describeError(e)) });
      },
    );
  };

  const withdraw = (community: Community, membership: Membership): Promise<void> => {
    const w = withdrawalOf(services.memberships, community, membership);
    const again = (): void => {
      run(
        community,
        async () => {
          const m = await w.again();
          setNotice({ kind: 'success', text: w.pledged ? fill(shared.Pledged, community.title) : joinedText(community, m) });
          setChangedId(community.id);
          await refresh();
        },
        (e) => {
          // Core elsewhere since: the one-core choice is the join dialog's to ask.
          if (isCoreChoiceNeeded(e))
            setStep({
              stage: 'coreChoice',
              community,
              currentCore: communities.find((c) => c.id === e.currentCoreCommunityId),
              currentCorePending: e.currentCorePending,
            });
          else
            setNotice({
              kind: 'error',
              text: fill(w.pledged ? shared.PledgeFailed : strings.JoinFailedNotice, community.title, describeError(e)),
            });
        },
      ).catch(() => undefined);
    };
    return run(
      community,
      async () => {
        await w.withdraw();
        setNotice({ kind: 'success', text: w.withdrawnText, undo: { label: w.undoLabel, run: again } });
        setChangedId(community.id);
        await refresh();
      },
      (e) => setNotice({ kind: 'error', text: w.failedText(e) }),
    );
  };

  return {
    step,
    busyId,
    dialogError,
    notice,
    changedId,
    openJoin: (community) => {
      setDialogError(undefined);
      setStep({ stage: 'choose', community });
    },
    closeJoin: () => {
      if (!flight.isBusy()) setStep(undefined);
    },
    join,
    pledge,
    withdraw,
    dismissNotice: () => setNotice(undefined),
    announce: setNotice,
  };
}
