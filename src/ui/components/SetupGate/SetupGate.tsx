import * as React from 'react';
import type { ISetupService } from '../../../domain/services';
import { useAsync } from '../../hooks/useAsync';
import { ErrorView, LoadingView, SetupNeededView } from '../StatusViews';

export interface ISetupGateProps {
  /** Checks the hub site's lists before anything else loads. */
  setup: ISetupService;
  /** What to show while checking; by default skeleton rows (a feature may pass its own skeleton). */
  loading?: React.ReactNode;
  children: React.ReactNode;
}

/** Renders its children only once the site's lists are in place; otherwise says what is missing. */
export const SetupGate: React.FC<ISetupGateProps> = ({ setup, loading, children }) => {
  const { state, reload } = useAsync(() => setup.check(), [setup]);
  if (state.status === 'loading') return <>{loading ?? <LoadingView />}</>;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  if (!state.data.ready) return <SetupNeededView report={state.data} />;
  return <>{children}</>;
};
