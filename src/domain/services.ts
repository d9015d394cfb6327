/**
 * The one seam between UI and data. React roots receive a `CopServices` object and never reach
 * PnPjs, fetch or the emulator themselves; the factory in src/data builds it from an SPFx context or
 * from a plain base URL (the local emulator).
 */
import type { Answer, Question, QuestionActivity, QuestionDraft, QuestionFigures, QuestionFilter } from './questions';
import type { HelperCandidate } from './questionRouting';
import type {
  CharterText,
  Community,
  CommunityCharter,
  CommunityStatus,
  CommunityEvent,
  CurrentUser,
  EventType,
  FounderChoice,
  MemberCounts,
  Membership,
  MembershipLevel,
  MemberProfile,
  Person,
  Registration,
  SessionFeedback,
  SessionRecord,
  Resource,
  ResourceType,
  Suggestion,
} from './models';
import type {
  GroupInfo,
  HistoryEntry,
  ItemResult,
  MembershipRecord,
  PortfolioPageData,
  ReportData,
  ResourceRecord,
  TeamReconciliation,
} from './adminModels';
import type { NotificationEvent, NotificationKind, NotifyOutcome } from './notifications';
import type { HubSearchHit, HubSearchPage, HubSearchRequest, QuestionHitDetails } from './hubSearch';
import type { ProgrammeSettings, StageNames } from './programme';
import type { SuggestionAcceptance } from './suggestionAcceptance';

/** A page of results and, when there is more, the opaque token that fetches the next page. */
export interface Page<T> {
  items: T[];
  next?: string;
}

/** What is missing from the site, when the lists have not been provisioned (or are out of date). */
export interface SetupReport {
  ready: boolean;
  missingLists: string[];
  /** "List: Field" for every field the schema has and the site lacks. */
  missingFields: string[];
}

export interface ISetupService {
  /** Checks every list and field the solution needs; never throws for a missing list. */
  check(): Promise<SetupReport>;
  /** Ensures the lists, fields, indexes, views, permissions and community folders (site owners only). */
  provision(onProgress?: (step: string) => void): Promise<string[]>;
}

export interface ICommunityService {
  /** Every community the user can see, in title order (paged underneath; 2,000 is one request). */
  all(): Promise<Community[]>;
  /**
   * Every community with only what a listing shows and searches (the directory): the charter texts
   * (practice, audience, ground rules), contact and last editor are left empty. Same order as all().
   */
  listing(): Promise<Community[]>;
  get(id: number): Promise<Community | undefined>;
  getByGroupId(groupId: string): Promise<Community | undefined>;
  /**
   * Moves a community along its lifecycle (e.g. launches a forming one), recording the reason.
   * Only site owners (the POD team) can write communities; SharePoint refuses anyone else.
   */
  changeStatus(community: Community, to: CommunityStatus, reason: string): Promise<Community>;
  /**
   * Links the community to its Microsoft 365 group (its team), so the Teams tab finds it. Throws
   * TeamAlreadyLinked when another community has that group. POD only: SharePoint refuses anyone else.
   */
  linkTeam(community: Community, groupId: string): Promise<Community>;
  /**
   * The charter, ground rules and rhythm its gardeners last saved (Charters, in the community's own
   * folder); undefined when they haven't yet, or on a site set up before the list.
   */
  charter(communityId: number): Promise<CommunityCharter | undefined>;
  /**
   * The communities this site user gardens (id and title only), from one filtered read: the list
   * view's command set needs no more to show a gardener their own communities' requests.
   */
  gardenedBy(userId: number): Promise<Array<Pick<Community, 'id' | 'title'>>>;
  /**
   * Saves the community's charter texts (already checked by validateCharter): a new item in its folder,
   * or `current` with the etag it was read with (someone else's newer save is refused with 412).
   * SharePoint lets only the community's gardeners (and the POD team) write there.
   */
  saveCharter(community: Pick<Community, 'id' | 'title'>, text: CharterText, current?: CommunityCharter): Promise<CommunityCharter>;
}

export interface IMembershipService {
  /** The signed-in user's memberships, pledges and requests, in every state. */
  mine(): Promise<Membership[]>;
  ofCommunity(communityId: number, next?: string): Promise<Page<Membership>>;
  /**
   * Creates or reactivates my membership at `level`; joining again changes nothing. Joining as core
   * while core elsewhere throws CoreChoiceNeeded (src/domain/errors) unless `moveCore` is set, which
   * makes this community my core one and my previous core memberships wider.
   */
  join(community: Community, level: MembershipLevel, moveCore?: boolean): Promise<Membership>;
  /**
   * Pledges to found a forming community. `founderChoice` says what launch does if I'm a core member
   * elsewhere by then (one core at a time): `widerHere` (default) or `moveCore`.
   */
  pledge(community: Community, founderChoice?: FounderChoice): Promise<Membership>;
  leave(membership: Membership): Promise<Membership>;
  changeLevel(membership: Membership, level: MembershipLevel): Promise<Membership>;
  /**
   * Members per community, each person counted once, from a minimal read of those communities'
   * memberships: pass only the communities a screen shows, and the cost stays one request whatever
   * the size of the lists. The join policies decide what counts as active (see effectiveStatus);
   * every community passed gets an entry, zero when nobody belongs.
   */
  counts(communities: ReadonlyArray<Pick<Community, 'id' | 'joinPolicy'>>): Promise<Record<number, MemberCounts>>;
  /** Approve (`true`) or decline a pending request; only approvers of its community may. */
  decide(membership: Membership, approve: boolean, note?: string): Promise<Membership>;
  /**
   * A gardener's welcome to a member: an approval carrying the note the member sees (wasWelcomed).
   * SharePoint lets only the approvers of the community's folder (its gardeners) write it.
   */
  welcome(membership: Membership, note: string): Promise<Membership>;
  /**
   * A gardener removes a member: a rejection of their membership with the reason they see (wasRemoved).
   * Only the community's gardeners may; in an open community the person can join again.
   */
  remove(membership: Membership, reason: string): Promise<Membership>;
}

/** A resource as a member adds it (already checked by validateResource). */
export interface NewResource {
  communityId: number;
  title: string;
  resourceType: ResourceType;
  url: string;
  description: string;
  /** yyyy-mm-dd or an ISO instant; empty for none. */
  reviewDate: string;
}

/** What the owner of a resource may change (already checked by validateResource); it stays in its community. */
export type ResourceChanges = Omit<NewResource, 'communityId'>;

/** A session as a gardener schedules it (already checked by validateEvent). */
export interface NewEvent {
  communityId: number;
  title: string;
  eventType: EventType;
  /** ISO instants; start before end. */
  start: string;
  end: string;
  /** IANA zone the series is anchored in; Europe/London when empty. */
  timeZone?: string;
  /** RRULE body without the "RRULE:" prefix; empty for a one-off. */
  recurrence?: string;
  location?: string;
  onlineUrl?: string;
  description?: string;
  /** Places (issue 17): a whole number from 1; null clears it (no limit); left out, unchanged. */
  capacity?: number | null; // eslint-disable-line @rushstack/no-new-null -- null clears the column, undefined leaves it as it is
  /** ISO instant registration closes (at or before the start); null clears it; left out, unchanged. */
  registrationDeadline?: string | null; // eslint-disable-line @rushstack/no-new-null -- as capacity
}

export interface IContentService {
  resources(communityId: number): Promise<Resource[]>;
  /** Adds a resource owned by the signed-in user; the Resources list lets members contribute. */
  addResource(resource: NewResource): Promise<Resource>;
  /**
   * Changes a resource of mine, with the etag it was read with: if it changed since, SharePoint answers
   * 412 (offer "Reload"). The edit waits for the gardener's approval again; others keep the approved version.
   */
  updateResource(resource: Resource, changes: ResourceChanges): Promise<Resource>;
  /** Removes a resource of mine (to the site's recycle bin); SharePoint lets only its owner do so. */
  removeResource(resource: Resource): Promise<void>;
  events(communityId: number): Promise<CommunityEvent[]>;
  /** The events of several communities (My communities); unknown ids are ignored. */
  eventsOf(communityIds: readonly number[]): Promise<CommunityEvent[]>;
  /**
   * The hub's own sessions (issue 17: the POD team's insights sessions, a conference slot), which
   * belong to no community; only those filed in the hub's folder, which only the POD team writes.
   */
  hubEvents?(): Promise<CommunityEvent[]>;
  /**
   * Schedules a session in its community's Events folder. SharePoint lets that community's gardeners
   * (and the POD team) write there, nobody else.
   */
  addEvent(event: NewEvent): Promise<CommunityEvent>;
  /** Changes a session (same rule: its community's gardeners and the POD team). */
  updateEvent(id: number, event: NewEvent): Promise<CommunityEvent>;
  suggest(suggestion: Pick<Suggestion, 'title' | 'description' | 'practiceArea' | 'kind'>): Promise<Suggestion>;
  suggestions(): Promise<Suggestion[]>;
  /** The signed-in person's own suggestions, each with the POD team's latest review (its outcome). */
  mySuggestions(): Promise<Suggestion[]>;
  /**
   * Declined requests (membership ids) I chose to stop seeing in My communities. Kept on my own
   * Member Profiles item, which SharePoint lets only me change.
   */
  dismissedRequests(): Promise<number[]>;
  dismissRequest(membershipId: number): Promise<number[]>;
  myProfile(): Promise<MemberProfile | undefined>;
  /** The profiles of these people (site user ids), for the knowledge map and "find colleagues"; people without one are left out. */
  profilesOf(personIds: readonly number[]): Promise<MemberProfile[]>;
  saveProfile(profile: Pick<MemberProfile, 'canHelpWith' | 'wantsToLearn' | 'practiceArea'>): Promise<MemberProfile>;
}

/** The signed-in person's hub site user id and whether they are of the POD team. */
export type SiteRoles = Pick<CurrentUser, 'id' | 'isPodAdmin'>;

export interface IPeopleService {
  me(): Promise<CurrentUser>;
  /**
   * The signed-in person's hub site user id (what Author and person columns such as Sponsor hold):
   * the read "my items" queries make anyway, so it joins the first $batch; no Graph call.
   */
  myId(): Promise<number>;
  /**
   * Who I am on the hub site and whether I am of the POD team (its owners): two SharePoint reads
   * that join the moment's $batch, without Graph's profile, for views that only decide what to offer.
   */
  myRoles(): Promise<SiteRoles>;
  search(text: string): Promise<Person[]>;
  /** Directory accounts by Entra object id; ids that no longer exist are left out. */
  byIds(aadIds: string[]): Promise<Person[]>;
}

/** A community's Microsoft 365 group (its team). Graph lets only group owners and admins change it. */
export interface IGroupService {
  /** Adds the person (by email or UPN) to the group; adding someone already there changes nothing. */
  addMember(groupId: string, email: string): Promise<void>;
  /** Removes the person from the group; removing someone not in it changes nothing. */
  removeMember(groupId: string, email: string): Promise<void>;
  /** The group's member emails (lower case), for checks and reconciliation. */
  memberEmails(groupId: string): Promise<string[]>;
}

/** A community just launched, and what happened to each founder's pledge. */
export interface LaunchOutcome {
  community: Community;
  /** One per founding pledge: made an active core membership (and added to the team, when linked). */
  founders: ItemResult[];
  /** The founders whose pledge became a membership (told in Teams that the community launched). */
  members?: Person[];
}

/**
 * POD administration over every community at once. Everything here is a write only site owners may
 * make (SharePoint refuses anyone else with 403), stamped by SharePoint with Editor and Modified.
 */
export interface IAdminService {
  /** Every membership item of every community (folders left out), with Created, Modified and Editor. */
  memberships(): Promise<MembershipRecord[]>;
  membership(id: number): Promise<MembershipRecord | undefined>;
  /** Every resource of every community, with the date it was added. */
  resources(): Promise<ResourceRecord[]>;
  /** Every event of every community. */
  events(): Promise<CommunityEvent[]>;
  /**
   * The portfolio's figures for the communities on one page: their member counts, events, resources
   * and session records, each filtered on the indexed Community column, in the moment's $batch.
   */
  portfolioPage(communities: ReadonlyArray<Pick<Community, 'id' | 'joinPolicy'>>): Promise<PortfolioPageData>;
  /** Stored-pending requests to join, oldest first, at most `limit` (read from every membership: see AdminService). */
  pendingRequests(limit: number): Promise<MembershipRecord[]>;
  /** Every session record of every community (the whole portfolio's export; folders left out). */
  sessionRecords(): Promise<SessionRecord[]>;
  /** Everyone's member profile (what they can help with and want to learn). */
  profiles(): Promise<MemberProfile[]>;
  suggestion(id: number): Promise<Suggestion | undefined>;
  /**
   * Makes a Communities item of the suggestion as chosen (a new idea: proposed; an existing network:
   * listed as launched with its organiser as gardener, or a network the hub links to) and links the
   * two; accepting twice changes nothing.
   */
  acceptSuggestion(suggestion: Suggestion, choice?: SuggestionAcceptance): Promise<Community>;
  /** Declines the suggestion with the reason given to the person who made it. */
  declineSuggestion(suggestion: Suggestion, reason: string): Promise<Suggestion>;
  /** Launches a forming community: its status, then each founder's pledge becomes an active core membership. */
  launch(community: Community, reason: string): Promise<LaunchOutcome>;
  /** The Microsoft 365 group with this id, or undefined when there is none. */
  findGroup(groupId: string): Promise<GroupInfo | undefined>;
  /** Records the community's existing group (or team) on the community. */
  linkGroup(community: Community, group: GroupInfo): Promise<Community>;
  /** Who changed the community and its memberships, and when, newest first (SharePoint's versions). */
  history(community: Community): Promise<HistoryEntry[]>;
  /**
   * What the community's sponsor report needs, with each membership's status over time from its
   * versions. Only reads that any reader of the site may make, so the sponsor (not only POD) can.
   */
  reportData(community: Community): Promise<ReportData>;
  /**
   * Brings the community's group in line with its memberships (see planTeam): adds active members,
   * removes those who left. Graph lets only the group's owners and groups admins do it; anyone else
   * gets its 403, thrown before anything changes.
   */
  reconcileTeam(community: Community): Promise<TeamReconciliation>;
}

/**
 * The Teams activity feed (src/domain/notifications.ts says who is told what). Sending happens after
 * SharePoint accepted the action and never throws: what could not be delivered is in the outcome and
 * goes to every listener, so the person who acted is told.
 */
export interface INotificationService {
  send(event: NotificationEvent): Promise<NotifyOutcome>;
  /** Called with each outcome that left someone untold; returns the unsubscribe. */
  onUndelivered(listener: (outcome: NotifyOutcome) => void): () => void;
  /** Resolves when every notification started so far has settled (tests, and before a page closes). */
  idle(): Promise<void>;
  /** The kinds the signed-in person turned off (kept on their own Member Profiles item). */
  mutedKinds(): Promise<NotificationKind[]>;
  setMutedKinds(kinds: readonly NotificationKind[]): Promise<NotificationKind[]>;
}

/** SharePoint Search over the hub's communities and resources, security trimmed by SharePoint. */
export interface IHubSearchService {
  /** One search request; `signal` cancels it (a newer query replaced it). An empty query finds nothing, with no request. */
  search(request: HubSearchRequest, signal?: AbortSignal): Promise<HubSearchPage>;
  /**
   * What the question hits of a page are (the question, its community, answered or hidden), read from
   * their items after the page shows; keyed by hitKey. Absent where a host offers no questions.
   */
  questionDetails?(hits: readonly HubSearchHit[]): Promise<Map<string, QuestionHitDetails>>;
}

/** The programme's own words, kept by the POD team: its practice areas and what each stage is called. */
export interface IProgrammeService {
  /** The known practice areas and the stages' names; none of either on a site set up before they existed. */
  settings(): Promise<ProgrammeSettings>;
  /** Renames the stages given (a blank name goes back to CoP Hub's words); returns every stage name now. POD only. */
  renameStages(names: StageNames): Promise<StageNames>;
}

/**
 * Registrations for sessions (issue 17). The registrant is always the signed-in person: SharePoint
 * records them as the item's Author and lets only them remove it.
 */
export interface IRegistrationService {
  /** Every registration for these events (any session of them), for deriving who comes. */
  forEvents(eventIds: readonly number[]): Promise<Registration[]>;
  /**
   * The registrations filed under a community (read with its sessions in one $batch). Who filed them
   * where is the registrant's to say, so only those in the community's folder count (deriveAttendance).
   */
  forCommunity(communityId: number): Promise<Registration[]>;
  /** The same for several communities (My communities), in the moment's $batch. */
  forCommunities(communityIds: readonly number[]): Promise<Registration[]>;
  /** The registrations for the hub's own sessions (filed in the hub's folder), in the moment's $batch. */
  forHub?(): Promise<Registration[]>;
  /**
   * Registers me for one session (`occurrenceStart`) or, without it, the whole series: one write,
   * and a resend after a lost answer or a double click leaves one registration.
   */
  register(event: CommunityEvent, occurrenceStart?: Date): Promise<Registration>;
  /** Removes a registration of mine; re-registering later goes to the back of the queue. */
  cancel(registration: Registration): Promise<void>;
}

/** What happened at each session (issue 17), kept by the community's gardeners (SharePoint lets only them and POD write). */
export interface ISessionRecordService {
  /** The records filed under a community; only those in its folder count (recordOf). */
  ofCommunity(communityId: number): Promise<SessionRecord[]>;
  /** Saves who attended (by email: registrants and walk-ins alike), what was discussed and its story. */
  save(
    event: CommunityEvent,
    start: Date,
    values: { attendees: readonly Pick<Person, 'email'>[]; notes: string; storyUrl?: string },
    current?: SessionRecord,
  ): Promise<SessionRecord>;
}

/** Feedback on sessions (issue 17): the attendee is the Author, and only they give or change theirs. */
export interface IFeedbackService {
  /** The feedback filed under a community; what counts is derived (countedFeedback). */
  ofCommunity(communityId: number): Promise<SessionFeedback[]>;
  /** Gives my rating and comment for a session, or changes `mine`. */
  give(event: CommunityEvent, start: Date, rating: number, comment: string, mine?: SessionFeedback): Promise<SessionFeedback>;
}

/** A page of a community's Questions section: the questions shown under the filter and their answers. */
export interface QuestionPage {
  questions: Question[];
  /** The answers to every question read for the page (accepted and counted ones derive from them). */
  answers: Answer[];
  /** Pass as `before` for the next page; undefined on the last. */
  nextBefore?: number;
}

/** A page of the gardeners' queue: unanswered questions oldest first, with their answers. */
export interface QueuePage {
  questions: Question[];
  answers: Answer[];
  /** Pass as `after` for the next page; undefined on the last. */
  nextAfter?: number;
}

/**
 * Ask the community (issue 16). The asker and answerer are always the signed-in person, recorded by
 * SharePoint as the Author, who alone may edit their item; hiding and a gardener's acceptance are
 * content approval, which only that community's gardeners and POD hold.
 */
export interface IQuestionService {
  /**
   * A page of a community's questions (newest first, at most two requests): filtered as asked, hidden
   * ones only to their asker. A page can show fewer than it read when the filter needs answers.
   */
  page(communityId: number, filter: QuestionFilter, before?: number, withHidden?: boolean): Promise<QuestionPage>;
  /**
   * The gardeners' queue: the community's unanswered questions that count and are not hidden, oldest
   * first, a page at a time (two requests a page, indexed columns only); `after` is the last page's `nextAfter`.
   */
  unanswered?(communityId: number, after?: number): Promise<QueuePage>;
  /** Every answer to these questions; which count is derived (answersOf). */
  answersFor(questionIds: readonly number[]): Promise<Answer[]>;
  /** Questions by id, any community (a link names one beyond the first page); those I can't read are left out. */
  byIds?(ids: readonly number[]): Promise<Question[]>;
  /** Asks in a community: one write, and a resend after a lost answer or a double click leaves one question. */
  ask(communityId: number, draft: QuestionDraft): Promise<Question>;
  /** Answers a question, once. Refused for a hidden question. */
  answer(question: Question, body: string): Promise<Answer>;
  /** Edits my own question (SharePoint refuses anyone else's). */
  editQuestion(question: Question, draft: QuestionDraft): Promise<Question>;
  /** Edits my own answer. */
  editAnswer(answer: Answer, body: string): Promise<Answer>;
  /** Accepts an answer: as the asker on the question, otherwise as a gardener (approval; refused to others). */
  accept(question: Question, answer: Answer): Promise<void>;
  /** Hides a question or answer with a reason its author sees (gardeners and POD only). */
  hide(item: { kind: 'question' | 'answer'; id: number; etag?: string }, reason: string): Promise<void>;
  /**
   * Colleagues across the hub whose "I can help with" meets one of these topics (topicMatch), with the
   * communities they are active in; rankHelpers orders them. Everyone's profiles are read once (paged,
   * never filtered on an unindexed column), then one request for the matching people's memberships.
   */
  helpers(topics: readonly string[]): Promise<HelperCandidate[]>;
  /**
   * Invites colleagues (at most MAX_INVITES) to answer my question: they are told in Teams (the
   * notifying wrapper sends it; SharePoint keeps nothing of an invitation). Resolves with who was invited.
   */
  invite(question: Question, people: readonly Person[]): Promise<Person[]>;
  /** Shows a hidden question or answer again (gardeners and POD only). */
  restore(item: { kind: 'question' | 'answer'; id: number; etag?: string }): Promise<void>;
}

/** A question of mine (asked or followed) as My communities lists it. */
export interface MyQuestion {
  question: Question;
  communityTitle?: string;
  answered: boolean;
  /** Answers that count (not hidden). */
  answers: number;
}

export interface MyQuestions {
  /** Questions I asked, newest first (hidden ones too: I see the reason). */
  asked: MyQuestion[];
  /** Questions I follow and didn't ask, newest first. */
  followed: MyQuestion[];
}

/** Following questions (issue 16): the follower is the item's Author; followers are told of answers. */
export interface IQuestionFollowService {
  /** Follows a question (once: following again changes nothing). */
  follow(question: Pick<Question, 'id' | 'communityId' | 'folderCommunityId'>): Promise<void>;
  /** Stops following it. */
  unfollow(question: Pick<Question, 'id'>): Promise<void>;
  /** Which of these questions I follow (one request). */
  following(questionIds: readonly number[]): Promise<number[]>;
  /** Every question I follow (one read, batched with the reads started in the same turn). */
  followedIds?(): Promise<number[]>;
  /** Everyone who follows the question (told when it is answered). */
  followers(question: Pick<Question, 'id'>): Promise<Person[]>;
  /** The questions I asked and follow, for My communities (four requests at most). */
  myQuestions(): Promise<MyQuestions>;
}

/** Questions by community (issue 16): counts for directory cards, figures for the health score and sponsor report. */
export interface IQuestionStatsService {
  /** Questions that count per community (not hidden, in the community's own folder); every id passed gets an entry. */
  counts(communityIds: readonly number[]): Promise<Record<number, number>>;
  /** Questions asked (since `since`), the share answered and the median hours to a first answer, per community. */
  figures(communityIds: readonly number[], since?: Date): Promise<Record<number, QuestionFigures>>;
  /** The communities' questions (asked since `since`) and every answer to them, for figures worked out by the caller. */
  activity(communityIds: readonly number[], since?: Date): Promise<QuestionActivity>;
}

export interface CopServices {
  setup: ISetupService;
  communities: ICommunityService;
  memberships: IMembershipService;
  content: IContentService;
  people: IPeopleService;
  groups: IGroupService;
  admin: IAdminService;
  notifications: INotificationService;
  programme: IProgrammeService;
  /** Session registrations; absent where a host offers none (test doubles). */
  registrations?: IRegistrationService;
  /** Session records (attendance and notes); absent where a host offers none. */
  sessionRecords?: ISessionRecordService;
  /** Session feedback; absent where a host offers none. */
  feedback?: IFeedbackService;
  /** Questions and answers (issue 16); absent where a host offers none. */
  questions?: IQuestionService;
  /** Following questions, and mine for My communities; absent where a host offers none. */
  questionFollows?: IQuestionFollowService;
  /** Questions by community; absent where a host offers none. */
  questionStats?: IQuestionStatsService;
  /** Hub search; its PnPjs code loads on the first search. Absent where a host offers no search. */
  search?: IHubSearchService;
}
