import * as React from 'react';
/**
 * What every tab of the console starts from: the Communities list, read once (one request in the
 * first view's $batch, as the directory reads it). Each tab reads the rest for what it shows: the
 * portfolio its page's figures, the queues the oldest waiting requests, launch the chosen community's
 * pledges (issue 20), so the first view costs the same at 20 communities or 2,000.
 */
import type { Community } from '../../../domain/models';
import type { CopServices } from '../../../domain/services';
import { useAsync, type AsyncState } from '../../../ui/hooks/useAsync';

export interface ConsoleData {
  communities: Community[];
}

export async function loadConsoleData(services: Pick<CopServices, 'communities'>): Promise<ConsoleData> {
  return { communities: await services.communities.all() };
}

export interface ConsoleDataResult {
  state: AsyncState<ConsoleData>;
  /** Reads again; what is shown stays on screen until the new data arrives (no flash of loading). */
  refresh: () => void;
  /** Changes with every refresh, so a tab's own reads run again too. */
  version: number;
}

export function useConsoleData(services: CopServices): ConsoleDataResult {
  const [version, setVersion] = React.useState(0);
  const { state, reload } = useAsync(() => loadConsoleData(services), [services], { keepWhileReloading: true });
  const refresh = React.useCallback(() => {
    setVersion((v) => v + 1);
    reload();
  }, [reload]);
  return { state, refresh, version };
}
