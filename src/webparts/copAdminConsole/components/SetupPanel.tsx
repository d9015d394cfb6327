import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopAdminConsoleWebPartStrings';
import type { ISetupService } from '../../../domain/services';
import { LightButton } from '../../../ui/components/LightButton';
import { Notice } from '../../../ui/components/Notice';
import { ErrorView, LoadingView, SetupNeededView } from '../../../ui/components/StatusViews';
import { useAsync } from '../../../ui/hooks/useAsync';
import { useId } from '../../../ui/hooks/useId';

type RunState =
  { kind: 'idle' } | { kind: 'running'; steps: string[] } | { kind: 'done'; steps: string[] } | { kind: 'failed'; error: unknown };

/** "Set up or repair lists": runs the idempotent provisioning and shows what it changed. */
export interface ISetupPanelProps {
  /** Checks and provisions the lists. */
  setup: ISetupService;
  /** Called after provisioning ran, so what depends on the lists reads again. */
  onDone?: () => void;
  /** Changes when the console's own Try again is pressed: a check that failed in the same outage checks again. */
  retryKey?: number;
}

export const SetupPanel: React.FC<ISetupPanelProps> = ({ setup, onDone, retryKey }) => {
  const copAdminSetupId = useId('cop-admin-setup');
  const check = useAsync(() => setup.check(), [setup]);
  const checkFailed = check.state.status === 'error';
  const { reload: checkAgain } = check;
  React.useEffect(() => {
    if (checkFailed) checkAgain();
    // Only a new retryKey asks again; the check's own state changing must not.
  }, [retryKey]);
  const [run, setRun] = React.useState<RunState>({ kind: 'idle' });

  const runSetup = async (): Promise<void> => {
    const steps: string[] = [];
    setRun({ kind: 'running', steps });
    try {
      const changes = await setup.provision((s) => {
        steps.push(s);
        setRun({ kind: 'running', steps: [...steps] });
      });
      setRun({ kind: 'done', steps: changes });
      check.reload();
      onDone?.();
    } catch (error) {
      setRun({ kind: 'failed', error });
    }
  };
  // runSetup reports its own failures in the panel, so nothing is left to catch here.
  const start = (): void => {
    runSetup().catch(() => undefined);
  };

  return (
    <section aria-labelledby={copAdminSetupId}>
      <Text as="h3" variant="large" id={copAdminSetupId} block>
        {strings.SetupTitle}
      </Text>
      {check.state.status === 'loading' && <LoadingView rows={1} />}
      {check.state.status === 'error' && <ErrorView error={check.state.error} onRetry={check.reload} />}
      {check.state.status === 'ready' &&
        (check.state.data.ready ? <Notice kind="success">{strings.SetupReady}</Notice> : <SetupNeededView report={check.state.data} />)}
      <div style={{ marginTop: 12 }}>
        <LightButton kind="primary" onClick={start} disabled={run.kind === 'running'}>
          {run.kind === 'running' ? strings.SetupRunning : strings.SetupRun}
        </LightButton>
      </div>
      {run.kind === 'failed' && <ErrorView error={run.error} onRetry={start} />}
      {(run.kind === 'running' || run.kind === 'done') && (
        <div role="log" aria-live="polite">
          {run.kind === 'done' && <Text block>{run.steps.length ? strings.SetupDone : strings.SetupNothing}</Text>}
          <ul>
            {run.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
};
