/**
 * The one factory: every service the UI uses, built over one pair of PnPjs clients. A web part
 * calls it with its SPFx context; the workbench, tests and Node commands with a base URL.
 *
 * Graph groups and the admin service (adminParts.ts) load on their first call unless the caller
 * passes `createAdminParts` (the admin console, which uses them at once): the pages everyone opens
 * never load the POD team's code, nor the PnPjs parts only it needs.
 */
import './pnpImports';
import type {
  CopServices,
  IFeedbackService,
  IHubSearchService,
  IQuestionFollowService,
  IQuestionService,
  IQuestionStatsService,
  ISessionRecordService,
} from '../domain/services';
import type { AdminParts, createAdminParts } from './adminParts';
import { createClients, type Clients, type ServiceSource } from './clients';
import { CommunityService } from './communityService';
import { ContentService } from './contentService';
import { CurrentUserCache } from './currentUser';
import { MembershipService } from './membershipService';
import { Notifier } from './notifier';
import { PeopleService } from './peopleService';
import { SetupService } from './setupService';
import { loadOnce, onFirstUse } from './onFirstUse';
import { withNotifications } from './notifyingServices';
import { RecentWrites } from './recentWrites';
import { ProgrammeService } from './programmeService';
import type { QuestionParts } from './questionParts';
import { RegistrationService } from './registrationService';
import type { SessionParts } from './sessionParts';

export type { ServiceSource } from './clients';

/** The admin parts, each loaded on its first call (both from one chunk, built once). */
function adminPartsOnFirstUse(clients: Clients, communities: CommunityService): AdminParts {
  let parts: Promise<AdminParts> | undefined;
  const load = (): Promise<AdminParts> =>
    (parts ??= import(/* webpackChunkName: 'cop-services-admin' */ './adminParts').then((m) => m.createAdminParts(clients, communities)));
  return {
    groups: onFirstUse(() => load().then((p) => p.groups)),
    admin: onFirstUse(() => load().then((p) => p.admin)),
  };
}

export function createServices(source: ServiceSource, adminParts?: typeof createAdminParts): CopServices {
  const clients = createClients(source);
  const { sp, graph, siteUrl } = clients;
  const recent = new RecentWrites();
  const me = new CurrentUserCache(sp, graph);
  const communities = new CommunityService(sp, siteUrl);
  const parts = adminParts ? adminParts(clients, communities) : adminPartsOnFirstUse(clients, communities);
  const notifications = new Notifier(graph, sp, me, siteUrl);
  // The question services load on first use, in their own chunk (questionParts.ts), read after every first render.
  const loadQuestions = loadOnce<QuestionParts>(() =>
    import(/* webpackChunkName: 'cop-services-questions' */ './questionParts').then((m) => m.createQuestionParts(sp, me, siteUrl)),
  );
  // Session records and feedback load on first use too (sessionParts.ts): the roster and the feedback dialog open later.
  const loadSessions = loadOnce<SessionParts>(() =>
    import(/* webpackChunkName: 'cop-services-sessions' */ './sessionParts').then((m) => m.createSessionParts(sp, me, siteUrl)),
  );
  // Requests, pledges, decisions, launches and suggestions tell the people waiting on them in Teams.
  const inputs = {
    memberships: new MembershipService(sp, me, siteUrl),
    content: new ContentService(sp, me, siteUrl, recent),
    admin: parts.admin,
    communities,
    notifications,
    me,
  };
  const told = withNotifications(inputs);
  // Answers and invitations tell the asker, followers and invitees, as the eager services did.
  const questions = onFirstUse<IQuestionService>(() =>
    loadQuestions().then((q) => withNotifications({ ...inputs, questions: q.questions, follows: q.follows }).questions!),
  );
  return {
    // Every view's first read checks the lists (beside its data, in one $batch): never deferred.
    setup: new SetupService(sp),
    communities,
    memberships: told.memberships,
    content: told.content,
    people: new PeopleService(graph, me),
    groups: parts.groups,
    admin: told.admin,
    notifications,
    programme: new ProgrammeService(sp),
    registrations: new RegistrationService(sp, me, siteUrl),
    sessionRecords: onFirstUse<ISessionRecordService>(() => loadSessions().then((p) => p.records)),
    feedback: onFirstUse<IFeedbackService>(() => loadSessions().then((p) => p.feedback)),
    questions,
    questionFollows: onFirstUse<IQuestionFollowService>(() => loadQuestions().then((q) => q.follows)),
    questionStats: onFirstUse<IQuestionStatsService>(() => loadQuestions().then((q) => q.stats)),
    // Hub search, with its PnPjs code (`@pnp/sp/search`) in a chunk fetched on the first search.
    search: onFirstUse<IHubSearchService>(() =>
      Promise.all([import(/* webpackChunkName: 'cop-search' */ './searchService'), loadQuestions()]).then(
        ([m, q]) => new m.HubSearchService(sp, siteUrl, recent, q.questions),
      ),
    ),
  };
}
