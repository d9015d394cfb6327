import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CopHubSharedStrings';
import type { ItemResult } from '../../../domain/adminModels';
import { needsReason, runPodCommand } from '../../../domain/podCommands';
import { describeError } from '../../errors';
import { fill } from '../../format';
import { NotifyNotice } from '../NotifyNotice';
import type { IPodCommandRunProps } from './IPodCommandRunProps';
import { classes } from './PodCommandRun.styles';
import { POD_COMMAND_TEXT } from './podCommandText';

type RunState = { kind: 'ready' } | { kind: 'running'; done: number } | { kind: 'done'; results: ItemResult[] } | { kind: 'failed'; error: unknown };

/**
 * One command over the selected items: asks for a reason when the command needs one, runs it item by
 * item with progress, then lists what succeeded and what failed for each item.
 */
export const PodCommandRun: React.FC<IPodCommandRunProps> = ({ command, itemIds, services, onClose }) => {
  const reasonKind = needsReason(command);
  const [reason, setReason] = React.useState(reasonKind === 'recorded' ? strings.PodLaunchDefaultReason : '');
  const [state, setState] = React.useState<RunState>({ kind: 'ready' });
  const [tried, setTried] = React.useState(false);
  const missingReason = reasonKind !== 'none' && !reason.trim();

  const run = async (): Promise<void> => {
    setTried(true);
    if (missingReason) return;
    setState({ kind: 'running', done: 0 });
    try {
      const results = await runPodCommand(command, itemIds, services, { reason }, POD_COMMAND_TEXT, (done) => setState({ kind: 'running', done }));
      setState({ kind: 'done', results });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };
  const start = (): void => {
    run().catch(() => undefined);
  };

  // Mounted from the start (same place in both views), so it hears sends that end while the command runs.
  const notice = services.notifications ? <NotifyNotice notifications={services.notifications} /> : null;
  if (state.kind === 'done') {
    const ok = state.results.filter((r) => r.ok).length;
    return (
      <div>
        {notice}
        <MessageBar messageBarType={ok === state.results.length ? MessageBarType.success : ok === 0 ? MessageBarType.error : MessageBarType.warning} role="status">
          {fill(strings.PodSummary, ok, state.results.length - ok)}
        </MessageBar>
        <ul className={classes.results} aria-label={strings.PodResultsLabel}>
          {state.results.map((r) => (
            <li key={r.id} className={classes.result}>
              <span className={r.ok ? classes.ok : classes.failed}>{r.ok ? strings.PodOk : strings.PodFailed}</span>
              <span>
                <span className={classes.label}>{r.label}</span>
                {r.message && <span> — {r.message}</span>}
              </span>
            </li>
          ))}
        </ul>
        <div className={classes.actions}>
          <PrimaryButton onClick={() => onClose(ok > 0)}>{strings.PodClose}</PrimaryButton>
        </div>
      </div>
    );
  }

  const running = state.kind === 'running';
  return (
    <div>
      {notice}
      {reasonKind !== 'none' && (
        <TextField
          label={reasonKind === 'required' ? strings.PodReasonDecline : strings.PodReasonLaunch}
          multiline
          rows={3}
          required
          value={reason}
          disabled={running}
          onChange={(_, v) => setReason(v ?? '')}
          errorMessage={tried && missingReason ? strings.PodReasonNeeded : undefined}
        />
      )}
      {running && <ProgressIndicator label={fill(strings.PodRunning, state.done, itemIds.length)} percentComplete={itemIds.length ? state.done / itemIds.length : 0} />}
      {state.kind === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{describeError(state.error)}</MessageBar>}
      <div className={classes.actions}>
        <PrimaryButton onClick={start} disabled={running}>{strings.PodRun}</PrimaryButton>
        <DefaultButton onClick={() => onClose(false)} disabled={running}>{strings.PodCancel}</DefaultButton>
      </div>
    </div>
  );
};
