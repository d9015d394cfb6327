import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopAdminConsoleWebPartStrings';
import type { TeamReconciliation } from '../../../../domain/adminModels';
import { ErrorView } from '../../../../ui/components/StatusViews';
import { fill } from '../../../../ui/format';
import { useSingleFlight } from '../../../../ui/hooks/useSingleFlight';
import type { ITeamReconcileProps } from './ITeamReconcileProps';
import { classes } from './TeamReconcile.styles';
import { useId } from '../../../../ui/hooks/useId';

type State =
  { status: 'idle' } | { status: 'busy' } | { status: 'done'; outcome: TeamReconciliation } | { status: 'error'; error: unknown };

/** "Reconcile team members": the community's team brought in line with its memberships, once per click. */
export const TeamReconcile: React.FC<ITeamReconcileProps> = ({ community, admin }) => {
  const copAdminReconcileHintId = useId('cop-admin-reconcile-hint');
  const [state, setState] = React.useState<State>({ status: 'idle' });
  const flight = useSingleFlight();

  // A double click reconciles once.
  const run = (): Promise<boolean> =>
    flight.run(async () => {
      setState({ status: 'busy' });
      try {
        const outcome = await admin.reconcileTeam(community);
        if (flight.isMounted()) setState({ status: 'done', outcome });
      } catch (error) {
        if (flight.isMounted()) setState({ status: 'error', error });
      }
    });
  const start = (): void => {
    run().catch(() => undefined); // run shows its own errors
  };

  const outcome = state.status === 'done' ? state.outcome : undefined;
  return (
    <div className={classes.root}>
      <DefaultButton onClick={start} disabled={state.status === 'busy'} aria-describedby={copAdminReconcileHintId}>
        {state.status === 'busy' ? strings.ReconcileBusy : strings.ReconcileTeam}
      </DefaultButton>
      <Text block id={copAdminReconcileHintId} className={classes.hint}>
        {strings.ReconcileTeamHint}
      </Text>
      <div role="status" className={classes.outcome}>
        {outcome && (
          <MessageBar messageBarType={outcome.failed.length ? MessageBarType.warning : MessageBarType.success} isMultiline>
            {outcome.added.length + outcome.removed.length === 0
              ? strings.ReconcileNothing
              : fill(strings.ReconcileDone, outcome.added.length, outcome.removed.length)}
            {outcome.failed.map((f) => (
              <div key={`${f.change} ${f.email}`}>{fill(strings.ReconcileNotChanged, `${f.email}: ${f.message}`)}</div>
            ))}
          </MessageBar>
        )}
      </div>
      {state.status === 'error' && <ErrorView error={state.error} onRetry={start} />}
    </div>
  );
};
