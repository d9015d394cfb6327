import * as React from 'react';
import type { ISetupService, SetupReport } from '../../../domain/services';
import { useAsync } from '../../hooks/useAsync';
import { firstFrom, type Preloaded } from '../../hooks/preload';
import { ErrorView, LoadingView, SetupNeededView } from '../StatusViews';

export interface ISetupGateProps {
  /** Checks the hub site's lists before anything else loads. */
  setup: ISetupService;
  /** The check, already started with the view's other first reads (used once; a retry checks again). */
  preloaded?: Preloaded<SetupReport>;
  /**
   * Called with the gate's own Try again: a view that reads beside the check (outside the gate)
   * reads again too, so one press recovers the whole view.
   */
  onRetry?: () => void;
  /** What to show while checking; by default skeleton rows (a feature may pass its own skeleton). */
  loading?: React.ReactNode;
  children: React.ReactNode;
}

/** Renders its children only once the site's lists are in place; otherwise says what is missing. */
export const SetupGate: React.FC<ISetupGateProps> = ({ setup, preloaded, onRetry, loading, children }) => {
  const check = React.useMemo(() => firstFrom(preloaded, () => setup.check()), [preloaded, setup]);
  const { state, reload } = useAsync(check, [check]);
  if (state.status === 'loading') return <>{loading ?? <LoadingView />}</>;
  if (state.status === 'error') {
    const retry = (): void => {
      onRetry?.();
      reload();
    };
    return <ErrorView error={state.error} onRetry={retry} />;
  }
  if (!state.data.ready) return <SetupNeededView report={state.data} />;
  return <>{children}</>;
};
