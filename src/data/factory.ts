/**
 * The one factory: every service the UI uses, built over one pair of PnPjs clients. A web part
 * calls it with its SPFx context; the workbench, tests and Node commands with a base URL.
 */
import './pnpImports';
import type { CopServices } from '../domain/services';
import { createClients, type ServiceSource } from './clients';
import { CommunityService } from './communityService';
import { ContentService } from './contentService';
import { CurrentUserCache } from './currentUser';
import { MembershipService } from './membershipService';
import { PeopleService } from './peopleService';
import { SetupService } from './setupService';
import { GroupService } from './groupService';
import { AdminService } from './adminService';
import { Notifier } from './notifier';
import { withNotifications } from './notifyingServices';

export type { ServiceSource } from './clients';

export function createServices(source: ServiceSource): CopServices {
  const { sp, graph, siteUrl } = createClients(source);
  const me = new CurrentUserCache(sp, graph);
  const communities = new CommunityService(sp);
  const groups = new GroupService(graph);
  const notifications = new Notifier(graph, sp, me, siteUrl);
  // Requests, pledges, decisions, launches and suggestions tell the people waiting on them in Teams.
  const told = withNotifications({
    memberships: new MembershipService(sp, me, siteUrl),
    content: new ContentService(sp, me),
    admin: new AdminService(sp, graph, communities, groups),
    communities,
    notifications,
    me,
  });
  return {
    setup: new SetupService(sp),
    communities,
    memberships: told.memberships,
    content: told.content,
    people: new PeopleService(graph, me),
    groups,
    admin: told.admin,
    notifications,
  };
}
