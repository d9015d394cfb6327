/**
 * The services only the POD team's and gardeners' tools use: Graph groups and the admin service.
 * The directory, My communities, community home and the command set load this module on first use
 * (factory.ts); the admin console imports it at once.
 */
import '@pnp/sp/fields';
import '@pnp/graph/groups';
import '@pnp/graph/members';
import type { IAdminService, IGroupService } from '../domain/services';
import type { Clients } from './clients';
import type { CommunityService } from './communityService';
import { AdminService } from './adminService';
import { GroupService } from './groupService';

export interface AdminParts {
  groups: IGroupService;
  admin: IAdminService;
}

export function createAdminParts({ sp, graph }: Clients, communities: CommunityService): AdminParts {
  const groups = new GroupService(graph);
  return {
    groups,
    admin: new AdminService(sp, graph, communities, groups),
  };
}
