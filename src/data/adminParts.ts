/**
 * The services only the POD team, gardeners' tools and a site owner's setup use: site setup, Graph
 * groups and people search, and the admin service. The directory, My communities, community home
 * and the command set load this module on first use (factory.ts); the admin console imports it at once.
 */
import '@pnp/sp/fields';
import '@pnp/graph/groups';
import '@pnp/graph/members';
import type { IAdminService, IGroupService, IPeopleService, ISetupService } from '../domain/services';
import type { Clients } from './clients';
import type { CommunityService } from './communityService';
import type { CurrentUserCache } from './currentUser';
import { AdminService } from './adminService';
import { GroupService } from './groupService';
import { PeopleService } from './peopleService';
import { SetupService } from './setupService';

export interface AdminParts {
  setup: ISetupService;
  people: IPeopleService;
  groups: IGroupService;
  admin: IAdminService;
}

export function createAdminParts({ sp, graph }: Clients, me: CurrentUserCache, communities: CommunityService): AdminParts {
  const groups = new GroupService(graph);
  return {
    setup: new SetupService(sp),
    people: new PeopleService(graph, me),
    groups,
    admin: new AdminService(sp, graph, communities, groups),
  };
}
