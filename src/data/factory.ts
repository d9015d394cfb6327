/**
 * The one factory: every service the UI uses, built over one pair of PnPjs clients. A web part
 * calls it with its SPFx context; the workbench, tests and Node commands with a base URL.
 */
import './pnpImports';
import type { CopServices, IHubSearchService } from '../domain/services';
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
import { RecentWrites } from './recentWrites';
import { ProgrammeService } from './programmeService';
import { RegistrationService } from './registrationService';

export type { ServiceSource } from './clients';

/** Hub search, with its PnPjs code (`@pnp/sp/search`) in a chunk fetched on the first search. */
function lazySearch(load: () => Promise<IHubSearchService>): IHubSearchService {
  let loaded: Promise<IHubSearchService> | undefined;
  return {
    search: async (request, signal) => {
      // A chunk that failed to load is fetched again on the next search.
      loaded ??= load().catch((e: unknown) => {
        loaded = undefined;
        throw e;
      });
      return (await loaded).search(request, signal);
    },
  };
}

export function createServices(source: ServiceSource): CopServices {
  const { sp, graph, siteUrl } = createClients(source);
  const recent = new RecentWrites();
  const me = new CurrentUserCache(sp, graph);
  const communities = new CommunityService(sp);
  const groups = new GroupService(graph);
  const notifications = new Notifier(graph, sp, me, siteUrl);
  // Requests, pledges, decisions, launches and suggestions tell the people waiting on them in Teams.
  const told = withNotifications({
    memberships: new MembershipService(sp, me, siteUrl),
    content: new ContentService(sp, me, siteUrl, recent),
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
    programme: new ProgrammeService(sp),
    registrations: new RegistrationService(sp, me, siteUrl),
    search: lazySearch(() =>
      import(/* webpackChunkName: 'cop-search' */ './searchService').then((m) => new m.HubSearchService(sp, siteUrl, recent)),
    ),
  };
}
