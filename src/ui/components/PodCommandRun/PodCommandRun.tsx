import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CopHubSharedStrings';
import type { ItemResult } from '../../../domain/adminModels';
import { needsReason, podTargets, runPodCommand, type PodTarget } from '../../../domain/podCommands';
import { networkAddress, type NetworkChoice } from '../../../domain/suggestionAcceptance';
import { describeError } from '../../errors';
import { fill } from '../../format';
import { NotifyNotice } from '../NotifyNotice';
import type { IPodCommandRunProps } from './IPodCommandRunProps';
import { classes } from './PodCommandRun.styles';
import { POD_COMMAND_TEXT } from './podCommandText';
import { NetworkChoiceField } from './NetworkChoiceField';
import { PodTargetList } from './PodTargetList';

type RunState =
  { kind: 'ready' } | { kind: 'running'; done: number } | { kind: 'done'; results: ItemResult[] } | { kind: 'failed'; error: unknown };

/**
 * One command over the selected items: names what it will act on, asks for a reason when the command
 * needs one, runs it item by item with progress, then lists what succeeded and what failed for each
 * item. A launch below the founding target says so first, and is only a deliberate "launch anyway";
 * a community with no gardener or no linked team is named as such before anyone confirms.
 */
export const PodCommandRun: React.FC<IPodCommandRunProps> = ({ command, itemIds, services, onClose }) => {
  const reasonKind = needsReason(command);
  const [reason, setReason] = React.useState('');
  const [state, setState] = React.useState<RunState>({ kind: 'ready' });
  const [tried, setTried] = React.useState(false);
  const missingReason = reasonKind !== 'none' && !reason.trim();

  /** The items as the confirmation names them; undefined while they load. */
  const [targets, setTargets] = React.useState<PodTarget[] | undefined>();
  const typed = React.useRef(false);
  // The selection by value: a host may pass a fresh array of the same ids on every render.
  const selection = itemIds.join(',');
  React.useEffect(() => {
    let live = true;
    podTargets(command, selection.split(',').map(Number), services)
      .then((found) => {
        if (!live) return;
        setTargets(found);
        // "Founding target reached." is offered only when it is true of every community.
        const allReady = found.every((t) => t.readiness?.kind === 'ready');
        if (reasonKind === 'recorded' && allReady && !typed.current) setReason(strings.PodLaunchDefaultReason);
      })
      .catch(() => live && setTargets([]));
    return () => {
      live = false;
    };
  }, [command, selection, services, reasonKind]);
  const belowTarget = targets?.some((t) => t.readiness?.kind === 'belowTarget') === true;
  /** What each community would launch without (no gardener, no linked team), one line each. */
  const gaps = (targets ?? []).flatMap((t) =>
    (t.gaps ?? []).map((g) => fill(g === 'noGardener' ? strings.PodNoGardener : strings.PodNoTeam, t.name)),
  );
  /** Existing networks among suggestions to accept: POD says what the hub makes of them (issue 18). */
  const networks = command === 'ACCEPT_SUGGESTION' ? (targets ?? []).filter((t) => t.suggestionKind === 'existing network').length : 0;
  const [network, setNetwork] = React.useState<NetworkChoice>({ kind: 'listLaunched' });
  const addressError =
    networks > 0 && network.kind === 'link'
      ? !network.url.trim()
        ? strings.PodNetworkAddressNeeded
        : networkAddress(network.url)
          ? undefined
          : strings.PodNetworkAddressInvalid
      : undefined;

  /** Items to run this time: all of them first; after that only those not done (Try again). */
  const [todo, setTodo] = React.useState<readonly number[]>(itemIds);
  /** What was done in earlier runs, kept while the rest are tried again. */
  const earlier = React.useRef<ItemResult[]>([]);

  const run = async (ids: readonly number[]): Promise<void> => {
    setTried(true);
    if (missingReason || addressError) return;
    setTodo(ids);
    setState({ kind: 'running', done: 0 });
    try {
      const fresh = await runPodCommand(
        command,
        ids,
        services,
        { reason, launchBelowTarget: belowTarget, network: networks > 0 ? network : undefined },
        POD_COMMAND_TEXT,
        (done) => setState({ kind: 'running', done }),
      );
      // One line per item in the order selected: an item's latest outcome replaces its earlier one.
      const latest = new Map([...earlier.current, ...fresh].map((r) => [r.id, r]));
      const results = itemIds.flatMap((id) => latest.get(id) ?? []);
      earlier.current = results;
      setState({ kind: 'done', results });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };
  const start = (): void => {
    run(todo).catch(() => undefined);
  };

  // Mounted from the start (same place in both views), so it hears sends that end while the command runs.
  const notice = services.notifications ? <NotifyNotice notifications={services.notifications} /> : null;
  if (state.kind === 'done') {
    const ok = state.results.filter((r) => r.ok).length;
    const notDone = state.results.filter((r) => !r.ok).map((r) => r.id);
    return (
      <div>
        {notice}
        <MessageBar
          messageBarType={ok === state.results.length ? MessageBarType.success : ok === 0 ? MessageBarType.error : MessageBarType.warning}
          role="status"
        >
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
          {notDone.length > 0 && (
            // Only what is not done yet: what succeeded is never sent again.
            <PrimaryButton onClick={() => run(notDone).catch(() => undefined)}>{fill(strings.PodRetryRest, notDone.length)}</PrimaryButton>
          )}
          {notDone.length > 0 ? (
            <DefaultButton onClick={() => onClose(ok > 0)}>{strings.PodClose}</DefaultButton>
          ) : (
            <PrimaryButton onClick={() => onClose(ok > 0)}>{strings.PodClose}</PrimaryButton>
          )}
        </div>
      </div>
    );
  }

  const running = state.kind === 'running';
  return (
    <div>
      {notice}
      <PodTargetList command={command} count={itemIds.length} targets={targets} />
      {belowTarget && <MessageBar messageBarType={MessageBarType.warning}>{strings.PodBelowTarget}</MessageBar>}
      {gaps.length > 0 && (
        // A launch without a gardener or a team is POD's call, but never a silent one.
        <MessageBar messageBarType={MessageBarType.warning}>
          <ul aria-label={strings.PodGapsLabel} className={classes.targetList}>
            {gaps.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </MessageBar>
      )}
      {networks > 0 && (
        <NetworkChoiceField
          networks={networks}
          value={network}
          onChange={setNetwork}
          disabled={running}
          addressError={tried ? addressError : undefined}
        />
      )}
      {reasonKind !== 'none' && (
        <TextField
          label={
            reasonKind === 'required' ? strings.PodReasonDecline : belowTarget ? strings.PodReasonLaunchAnyway : strings.PodReasonLaunch
          }
          multiline
          rows={3}
          required
          value={reason}
          disabled={running}
          onChange={(_, v) => {
            typed.current = true;
            setReason(v ?? '');
          }}
          errorMessage={tried && missingReason ? strings.PodReasonNeeded : undefined}
        />
      )}
      {running && (
        <ProgressIndicator
          label={fill(strings.PodRunning, state.done, todo.length)}
          percentComplete={todo.length ? state.done / todo.length : 0}
        />
      )}
      {state.kind === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{describeError(state.error)}</MessageBar>}
      <div className={classes.actions}>
        <PrimaryButton onClick={start} disabled={running || !targets}>
          {belowTarget ? strings.PodLaunchAnyway : strings.PodRun}
        </PrimaryButton>
        <DefaultButton onClick={() => onClose(false)} disabled={running}>
          {strings.PodCancel}
        </DefaultButton>
      </div>
    </div>
  );
};
