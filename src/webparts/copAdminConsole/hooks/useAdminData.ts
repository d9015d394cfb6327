/**
 * Everything the console shows, read once in parallel: communities, every membership, event,
 * resource, suggestion and profile. Counts come from the same membership read (countMembers), so the
 * portfolio and the queues never disagree.
 */
import type { MembershipRecord, ResourceRecord } from '../../../domain/adminModels';
import { countMembers } from '../../../domain/membershipRules';
import type { Community, CommunityEvent, MemberCounts, MemberProfile, Suggestion } from '../../../domain/models';
import type { CopServices } from '../../../domain/services';
import * as React from 'react';
import type { AsyncState } from '../../../ui/hooks/useAsync';

export interface AdminData {
  communities: Community[];
  memberships: MembershipRecord[];
  counts: Record<number, MemberCounts>;
  events: CommunityEvent[];
  resources: ResourceRecord[];
  suggestions: Suggestion[];
  profiles: MemberProfile[];
}

export async function loadAdminData(services: CopServices): Promise<AdminData> {
  const [communities, memberships, events, resources, suggestions, profiles] = await Promise.all([
    services.communities.all(),
    services.admin.memberships(),
    services.admin.events(),
    services.admin.resources(),
    services.content.suggestions(),
    services.admin.profiles(),
  ]);
  const counts = countMembers(
    memberships.map((m) => ({ ...m, memberId: m.member.id })),
    communities,
  );
  return { communities, memberships, counts, events, resources, suggestions, profiles };
}

export interface AdminDataResult {
  state: AsyncState<AdminData>;
  /** Reads again; what is shown stays on screen until the new data arrives (no flash of loading). */
  refresh: () => void;
  /** True while a refresh is under way. */
  refreshing: boolean;
}

export function useAdminData(services: CopServices): AdminDataResult {
  const [state, setState] = React.useState<AsyncState<AdminData>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [refreshing, setRefreshing] = React.useState(false);
  React.useEffect(() => {
    let current = true;
    setRefreshing(true);
    loadAdminData(services)
      .then(
        (data) => current && setState({ status: 'ready', data }),
        (error: unknown) => current && setState({ status: 'error', error }),
      )
      .finally(() => current && setRefreshing(false));
    return () => {
      current = false;
    };
  }, [services, attempt]);
  return { state, refresh: React.useCallback(() => setAttempt((a) => a + 1), []), refreshing };
}
