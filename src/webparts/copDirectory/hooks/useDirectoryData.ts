import * as React from 'react';
import type { Community, MemberCounts, Membership } from '../../../domain/models';
import type { CopServices } from '../../../domain/services';
import { useAsync, type AsyncState } from '../../../ui/hooks/useAsync';

export interface DirectoryData {
  communities: Community[];
  /** The signed-in person's memberships, pledges and requests. */
  mine: Membership[];
}

export interface DirectoryDataResult {
  state: AsyncState<DirectoryData>;
  /** Member counts per community; undefined while loading or when they could not be read. */
  counts?: Record<number, MemberCounts>;
  reload: () => void;
  /** Reads my memberships and the counts again after a join or pledge, without the loading view. */
  refreshMembership: () => Promise<void>;
}

/**
 * The directory's data: communities and my memberships first (the directory can't show without
 * them), member counts after (the directory works without them, so their failure is not an error).
 */
export function useDirectoryData(services: CopServices): DirectoryDataResult {
  const { state, reload } = useAsync(async () => {
    const [communities, mine] = await Promise.all([services.communities.all(), services.memberships.mine()]);
    return { communities, mine };
  }, [services]);
  const communities = state.status === 'ready' ? state.data.communities : undefined;
  const [mine, setMine] = React.useState<Membership[]>();
  const [counts, setCounts] = React.useState<Record<number, MemberCounts>>();

  React.useEffect(() => {
    setMine(undefined);
    setCounts(undefined);
    if (!communities) return undefined;
    let current = true;
    services.memberships
      .counts(communities)
      .then((c) => current && setCounts(c))
      .catch(() => undefined); // counts are extra: the directory works without them
    return () => {
      current = false;
    };
  }, [services, communities]);

  const refreshMembership = React.useCallback(async (): Promise<void> => {
    if (!communities) return;
    const [m, c] = await Promise.all([services.memberships.mine(), services.memberships.counts(communities).catch(() => undefined)]);
    setMine(m);
    if (c) setCounts(c);
  }, [services, communities]);

  const merged: AsyncState<DirectoryData> = state.status === 'ready' && mine ? { status: 'ready', data: { ...state.data, mine } } : state;
  return { state: merged, counts, reload, refreshMembership };
}
