/**
 * The CoP Hub domain: communities of practice, who belongs to them, what they share and when they
 * meet. Plain data shapes, free of SharePoint and PnPjs, so rules and UI can be tested alone.
 */

export const COMMUNITY_STATUSES = ['proposed', 'forming', 'launched', 'dormant', 'closed'] as const;
export type CommunityStatus = (typeof COMMUNITY_STATUSES)[number];

export const JOIN_POLICIES = ['open', 'approval'] as const;
export type JoinPolicy = (typeof JOIN_POLICIES)[number];

export const MEMBERSHIP_LEVELS = ['core', 'wider'] as const;
export type MembershipLevel = (typeof MEMBERSHIP_LEVELS)[number];

/** `interested` is a founding pledge on a forming community. */
export const MEMBERSHIP_STATUSES = ['active', 'pending', 'interested', 'declined', 'left'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/**
 * What a founding pledge becomes at launch when its founder is a core member elsewhere by then
 * (one core community at a time): `widerHere` (the default) keeps the other core membership and makes
 * the founder a wider member here; `moveCore` makes this the core community and the other one wider.
 */
export const FOUNDER_CHOICES = ['widerHere', 'moveCore'] as const;
export type FounderChoice = (typeof FOUNDER_CHOICES)[number];

export const RESOURCE_TYPES = ['template', 'SOP', 'guide', 'story', 'tool', 'recording', 'link'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const EVENT_TYPES = ['meeting', 'lunch and learn', 'workshop', 'visit', 'insights session'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const SUGGESTION_KINDS = ['existing network', 'new idea'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/**
 * What a Communities item is: a community of practice the hub runs (joined here), or a network
 * that lives elsewhere and the hub links to (an accepted "existing network"; no joining here).
 */
export const COMMUNITY_KINDS = ['community of practice', 'linked network'] as const;
export type CommunityKind = (typeof COMMUNITY_KINDS)[number];

export const SUGGESTION_STATUSES = ['new', 'reviewing', 'accepted', 'declined'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** SharePoint's _ModerationStatus: 0 approved, 1 rejected, 2 pending (list content approval). */
export type ApprovalState = 'approved' | 'rejected' | 'pending';

/** A person as SharePoint knows them (site user id) with what Graph adds (object id, when known). */
export interface Person {
  /** SharePoint site user id. */
  id: number;
  displayName: string;
  email: string;
  /** Entra object id, for Graph calls (photos, presence, group membership). */
  aadId?: string;
}

export interface Community {
  id: number;
  title: string;
  practiceArea: string;
  status: CommunityStatus;
  /** Set only for a network the hub links to (its address in siteUrl); absent, a community of practice. */
  kind?: CommunityKind;
  /** Shared area of interest and competence. */
  domain: string;
  /** The shared repertoire the community builds. */
  practice: string;
  audience: string;
  sponsor?: Person;
  gardeners: Person[];
  joinPolicy: JoinPolicy;
  /** Founding members needed before a forming community can launch. */
  foundingTarget?: number;
  /** Declared rhythm in words, e.g. "Monthly, first Tuesday". */
  rhythm: string;
  /** Days between sessions the rhythm implies; drives the "no recent session" flag. */
  rhythmDays?: number;
  groundRules: string;
  tags: string[];
  /** Microsoft 365 group id of the community's team. */
  groupId?: string;
  teamsUrl?: string;
  siteUrl?: string;
  contactEmail?: string;
  modified?: string;
  modifiedBy?: string;
  /** Etag for optimistic concurrency on edits. */
  etag?: string;
  /**
   * Stored choice values CoP Hub doesn't know (a choice added to the list by hand, say). Each is read
   * as its safe default (status proposed, so hidden; join policy approval), and screens say so.
   */
  unrecognised?: Array<{ field: 'status' | 'joinPolicy'; value: string }>;
}

/** The texts a community's gardeners keep: its charter, ground rules and rhythm. */
export interface CharterText {
  domain: string;
  practice: string;
  audience: string;
  groundRules: string;
  rhythm: string;
}

/**
 * A community's charter as its gardeners last saved it (the Charters list, in the community's own
 * folder). Without one, the texts of its Communities item stand.
 */
export interface CommunityCharter extends CharterText {
  id: number;
  communityId: number;
  modified?: string;
  modifiedBy?: string;
  /** Etag for optimistic concurrency: a save over someone else's newer edit is refused (412). */
  etag?: string;
}

export interface Membership {
  id: number;
  communityId: number;
  /** The member is the item's author: SharePoint sets it and it can't be forged. */
  member: Person;
  level: MembershipLevel;
  status: MembershipStatus;
  joinedOn?: string;
  /** SharePoint's content approval state: the only trustworthy record of an approval. */
  approval: ApprovalState;
  /** Reason given when a request was declined. */
  decisionNote?: string;
  /** A pledge's one-core choice at launch (read where launch needs it; absent means `widerHere`). */
  founderChoice?: FounderChoice;
  /** Etag for optimistic concurrency on edits. */
  etag?: string;
}

export interface Resource {
  id: number;
  communityId: number;
  title: string;
  resourceType: ResourceType;
  url: string;
  description: string;
  tags: string[];
  owner?: Person;
  reviewDate?: string;
  modified?: string;
  /** Site user id of who added it (its Author): only they edit or remove it (WriteSecurity). */
  authorId?: number;
  /** SharePoint's content approval: a pending one waits for the community's gardener; only its author and approvers see it. */
  approval?: 'approved' | 'pending' | 'rejected';
  /** Etag for optimistic concurrency on edits. */
  etag?: string;
}

export interface CommunityEvent {
  id: number;
  communityId: number;
  title: string;
  eventType: EventType;
  /** ISO 8601 instant. */
  start: string;
  end: string;
  /** IANA time zone the series is anchored in, e.g. Europe/London. */
  timeZone: string;
  /** RFC 5545 RRULE body without the "RRULE:" prefix, e.g. FREQ=MONTHLY;BYDAY=1TU */
  recurrence?: string;
  location?: string;
  onlineUrl?: string;
  description?: string;
  /** How many people can come (issue 17); undefined for no limit. */
  capacity?: number;
  /** ISO instant registration closes for the first session; a series' later sessions close as long before theirs. */
  registrationDeadline?: string;
}

/**
 * One person's registration for a session (issue 17): the registrant is the item's Author, which
 * nobody can forge; `occurrenceStart` (an ISO instant) names one session of the series, undefined
 * the whole series.
 */
export interface Registration {
  id: number;
  eventId: number;
  occurrenceStart?: string;
  registrantId: number;
  registrantName: string;
  registrantEmail?: string;
  /** ISO instant SharePoint recorded it. */
  created: string;
  /**
   * ISO instant SharePoint recorded its last change: its place in the queue. The registrant may edit
   * their own item (to point it at another session, say), and that sends them to the back.
   */
  modified: string;
  /**
   * The community whose folder holds it (0: the hub's folder; undefined: any other place): it counts
   * only in the folder of its event's community.
   */
  folderCommunityId: number | undefined;
}

/**
 * What happened at one session (issue 17), as its community's gardeners recorded it: who attended,
 * what was discussed, and the story it became in the shared repertoire.
 */
export interface SessionRecord {
  id: number;
  eventId: number;
  /** ISO instant: the session's start. */
  occurrenceStart: string;
  attendees: Person[];
  notes: string;
  storyUrl?: string;
  /** As for registrations: it counts only in its event's community folder (0 the hub's). */
  folderCommunityId: number | undefined;
  modified?: string;
  /** Etag for optimistic concurrency: another gardener's newer save is not overwritten (412). */
  etag?: string;
}

/** One attendee's rating (1 to 5) and comment on a session (issue 17); the author is the attendee. */
export interface SessionFeedback {
  id: number;
  eventId: number;
  occurrenceStart: string;
  rating: number;
  comment: string;
  authorId: number;
  authorName: string;
  authorEmail?: string;
  modified: string;
  folderCommunityId: number | undefined;
}

export interface Suggestion {
  id: number;
  title: string;
  description: string;
  practiceArea: string;
  kind: SuggestionKind;
  status: SuggestionStatus;
  linkedCommunityId?: number;
  /** The POD team's reply, e.g. why it was declined. */
  response?: string;
  author?: Person;
  created?: string;
}

/** How many people belong to a community, each person counted once. */
export interface MemberCounts {
  /** Active core members. */
  core: number;
  /** Active wider members. */
  wider: number;
  /** Founding pledges (a forming community's recruits). */
  pledged: number;
  /** Questions asked there that count (issue 16); read beside the member counts, absent until then. */
  questions?: number;
}

/** The signed-in user, as the UI needs them. */
export interface CurrentUser extends Person {
  /** Owner of the hub site (the POD team): may administer everything. */
  isPodAdmin: boolean;
  department?: string;
  jobTitle?: string;
}

/** What a person can help with and wants to learn; one per person, kept across communities. */
export interface MemberProfile {
  id: number;
  person: Person;
  canHelpWith: string[];
  wantsToLearn: string[];
  practiceArea?: string;
  etag?: string;
}
