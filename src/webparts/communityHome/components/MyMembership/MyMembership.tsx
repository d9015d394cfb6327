import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CommunityHomeWebPartStrings';
import * as shared from 'CopHubSharedStrings';
import { isCoreChoiceNeeded } from '../../../../domain/errors';
import { canPledge, decisionReason, effectiveStatus, wasRemoved, welcomeNote } from '../../../../domain/membershipRules';
import type { Community, Membership, MembershipLevel, MembershipStatus } from '../../../../domain/models';
import { FoundingProgress, PledgeButton } from '../../../../ui/components/FoundingProgress';
import { LightButton } from '../../../../ui/components/LightButton';
import { Notice } from '../../../../ui/components/Notice';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { ActionNotice, WithdrawMembership } from '../../../../ui/components/Withdrawal';
import { fill } from '../../../../ui/format';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { firstFrom } from '../../../../ui/hooks/preload';
import { useWithdrawal } from '../../../../ui/hooks/useWithdrawal';
import type { IMyMembershipProps } from './IMyMembershipProps';
import { getMyMembershipClassNames } from './MyMembership.styles';
import { useId } from '../../../../ui/hooks/useId';

function statusText(m: Membership | undefined, status: MembershipStatus | undefined): string {
  const level = m?.level === 'core' ? strings.LevelCore : strings.LevelWider;
  switch (status) {
    case 'active':
      return fill(strings.StatusActive, level);
    case 'pending':
      return fill(strings.StatusPending, level);
    case 'interested':
      return strings.StatusInterested;
    case 'declined':
      return strings.StatusDeclined;
    case 'left':
      return strings.StatusLeft;
    default:
      return strings.StatusNotMember;
  }
}

/** A forming community says so, with its founding progress (read again after my pledge). */
const Forming: React.FC<{ community: Community; memberships: IMyMembershipProps['memberships']; version: number }> = ({
  community,
  memberships,
  version,
}) => {
  const load = React.useCallback(() => memberships.counts([community]), [memberships, community]);
  const { state } = useAsync(load, [load, version]);
  return (
    <div>
      <Text block>{shared.FormingBody}</Text>
      {state.status === 'ready' && (
        <FoundingProgress
          pledged={state.data[community.id]?.pledged ?? 0}
          target={community.foundingTarget}
          communityTitle={community.title}
        />
      )}
    </div>
  );
};

/**
 * My membership here: level and status, switching between core and wider, leaving and joining again,
 * and withdrawing a pending request or founding pledge (undone from the notice).
 */
export const MyMembership: React.FC<IMyMembershipProps> = ({ community, memberships, onChanged, preloaded, focusItemId }) => {
  const communityMyMembershipId = useId('community-my-membership');
  const classes = getMyMembershipClassNames(useTheme());
  const area = React.useRef<HTMLElement>(null);
  const load = React.useMemo(() => firstFrom(preloaded, () => memberships.mine()), [preloaded, memberships]);
  const { state, reload } = useAsync(load, [load]);
  const [busy, setBusy] = React.useState(false);
  const [countsVersion, setCountsVersion] = React.useState(0);
  const [justPledged, setJustPledged] = React.useState(false);
  const [problem, setProblem] = React.useState<unknown>(undefined);
  // Set when joining as core needs a choice; 'requested' when the core membership elsewhere is still a request.
  const [coreChoice, setCoreChoice] = React.useState<false | 'core' | 'requested'>(false);

  const act = async (change: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setProblem(undefined);
    setCoreChoice(false);
    try {
      await change();
      reload();
      onChanged?.();
    } catch (e) {
      if (isCoreChoiceNeeded(e)) setCoreChoice(e.currentCorePending ? 'requested' : 'core');
      else setProblem(e);
    } finally {
      setBusy(false);
    }
  };
  const run =
    (change: () => Promise<unknown>): (() => void) =>
    (): void => {
      act(change).catch(() => undefined); // act shows its own errors
    };
  const join = (level: MembershipLevel, moveCore = false): (() => void) => run(() => memberships.join(community, level, moveCore));
  const pledge = run(async () => {
    await memberships.pledge(community);
    setJustPledged(true);
    setCountsVersion((n) => n + 1);
  });
  const withdrawal = useWithdrawal(memberships, () => {
    reload();
    setJustPledged(false);
    setCountsVersion((n) => n + 1);
    onChanged?.();
  });

  const linked =
    focusItemId !== undefined && state.status === 'ready' && state.data.some((m) => m.id === focusItemId && m.communityId === community.id);
  React.useEffect(() => {
    if (linked) area.current?.focus();
  }, [linked]);

  if (state.status === 'loading') return <LoadingView rows={2} />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  const mine = state.data.find((m) => m.communityId === community.id);
  const status = mine ? effectiveStatus(mine, community) : undefined;
  const current = status === 'active' || status === 'pending';
  const waiting = status === 'pending' || status === 'interested';
  const busyHere = busy || withdrawal.busyId === community.id;

  return (
    <section
      aria-labelledby={communityMyMembershipId}
      ref={area}
      tabIndex={linked ? -1 : undefined}
      className={linked ? classes.linked : undefined}
    >
      <Text as="h3" variant="large" id={communityMyMembershipId} block>
        {strings.MyMembership}
      </Text>
      <div aria-live="polite">
        <Text block>{mine && wasRemoved(mine) ? strings.StatusRemoved : statusText(mine, status)}</Text>
        {mine && wasRemoved(mine) && decisionReason(mine) && (
          <Text block dir="auto">
            {fill(strings.RemovedReason, decisionReason(mine) ?? '')}
          </Text>
        )}
        {mine && welcomeNote(mine, community) && (
          <Text block dir="auto">
            {fill(strings.WelcomeFromGardener, welcomeNote(mine, community) ?? '')}
          </Text>
        )}
      </div>
      {community.status === 'forming' && <Forming community={community} memberships={memberships} version={countsVersion} />}
      {justPledged && status === 'interested' && !withdrawal.notice && (
        <Notice kind="success">{fill(shared.Pledged, community.title)}</Notice>
      )}
      <ActionNotice notice={withdrawal.notice} onDismiss={withdrawal.dismiss} />
      {coreChoice && (
        <Notice
          kind="warning"
          actions={<LightButton kind="primary" text={strings.MoveCoreHere} onClick={join('core', true)} disabled={busy} />}
        >
          {coreChoice === 'requested' ? strings.CoreRequestedElsewhere : strings.CoreElsewhere}
        </Notice>
      )}
      {/* A stale edit (412) offers "Reload": my membership is read again before I try once more. */}
      {problem !== undefined && (
        <ErrorView
          error={problem}
          onRetry={() => {
            setProblem(undefined);
            reload();
          }}
        />
      )}
      <div className={classes.actions}>
        {current && mine && (
          <>
            <LightButton
              text={mine.level === 'core' ? strings.SwitchToWider : strings.SwitchToCore}
              onClick={join(mine.level === 'core' ? 'wider' : 'core')}
              disabled={busyHere}
            />
            {/* A request is withdrawn (and can be undone); a membership is left. */}
            {!waiting && <LightButton text={strings.LeaveCommunity} onClick={run(() => memberships.leave(mine))} disabled={busy} />}
          </>
        )}
        {waiting && mine && (
          <WithdrawMembership
            community={community}
            pledged={status === 'interested'}
            busy={busyHere}
            onWithdraw={() => withdrawal.withdraw(community, mine)}
          />
        )}
        {canPledge(community, mine && status && { ...mine, effective: status }) && (
          <PledgeButton community={community} busy={busyHere} onPledge={pledge} />
        )}
        {!current && status !== 'interested' && community.status === 'launched' && (
          <>
            <LightButton kind="primary" text={strings.JoinCore} onClick={join('core')} disabled={busy} />
            <LightButton text={strings.JoinWider} onClick={join('wider')} disabled={busy} />
          </>
        )}
      </div>
    </section>
  );
};
