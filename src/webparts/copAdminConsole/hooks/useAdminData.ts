/**
 * Everything the console shows, read once in parallel: communities, every membership, event,
 * resource, suggestion and profile. Counts come from the same membership read (countMembers), so the
 * portfolio and the queues never disagree.
 */
import type { MembershipRecord, ResourceRecord } from '../../../domain/adminModels';
import { countMembers } from '../../../domain/membershipRules';
import type { Community, CommunityEvent, MemberCounts, MemberProfile, Suggestion } from '../../../domain/models';
import type { CopServices } from '../../../domain/services';
import { useAsync, type AsyncState } from '../../../ui/hooks/useAsync';

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
  const { state, reload, reloading } = useAsync(() => loadAdminData(services), [services], { keepWhileReloading: true });
  return { state, refresh: reload, refreshing: reloading };
}
