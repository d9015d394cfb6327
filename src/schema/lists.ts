/**
 * The single source of truth for CoP Hub's SharePoint lists: fields, choices, indexes, views and
 * permissions. Provisioning ensures exactly this; the emulator's demo seed and the tests read it.
 *
 * Security (see "Security realities" in DESIGN.md) is carried by SharePoint itself:
 * - Communities: unique permissions; only the site owners (POD) can write, everyone reads.
 * - Memberships: staff add and edit only their own items (WriteSecurity 2); the member is the
 *   item's Author. Content approval holds requests as pending; only holders of Approve Items decide.
 *   Items live in one folder per community, and that folder grants its gardeners Approve, so a
 *   gardener can approve their own community's requests and no other. Members contribute only in
 *   those folders (the list's root is read-only to them), so only setup makes a community's folder.
 * - Resources: the same folders per community; anyone adds into a community's folder, content
 *   approval holds it for that community's gardeners; owners edit and delete only their own.
 * - Events: the same folders per community; its gardeners hold Contribute on their folder only (they
 *   schedule and edit its sessions), staff read.
 * - Charters: the text a community's gardeners keep (charter, ground rules, rhythm), one item in the
 *   community's own folder, where its gardeners hold Contribute; everything else about a community
 *   (stage, sponsor, gardeners, join policy) stays in Communities, which only the POD team writes.
 * - Suggestions and MemberProfiles: staff add and edit only their own items.
 */
import {
  COMMUNITY_KINDS,
  COMMUNITY_STATUSES,
  EVENT_TYPES,
  FOUNDER_CHOICES,
  JOIN_POLICIES,
  MEMBERSHIP_LEVELS,
  MEMBERSHIP_STATUSES,
  RESOURCE_TYPES,
  SUGGESTION_KINDS,
  SUGGESTION_STATUSES,
} from '../domain/models';
import type { FieldSpec, ListSpec } from './types';
import { choicePill, overdueDate } from './formats';

export const LIST_TITLES = {
  communities: 'Communities',
  memberships: 'Memberships',
  profiles: 'Member Profiles',
  resources: 'Resources',
  events: 'Events',
  registrations: 'Registrations',
  sessionRecords: 'Session Records',
  sessionFeedback: 'Session Feedback',
  suggestions: 'Suggestions',
  suggestionReviews: 'Suggestion Reviews',
  practiceAreas: 'Practice Areas',
  stageNames: 'Stage Names',
  charters: 'Charters',
  questions: 'Questions',
  answers: 'Answers',
  questionFollows: 'Question Follows',
} as const;

const POD_ONLY_WRITES = {
  unique: true,
  grants: [
    { group: 'owners', role: 'Full Control' },
    { group: 'members', role: 'Read' },
    { group: 'visitors', role: 'Read' },
  ],
} as const satisfies ListSpec['permissions'];

const STAFF_CONTRIBUTE = {
  unique: true,
  grants: [
    { group: 'owners', role: 'Full Control' },
    { group: 'members', role: 'Contribute' },
    { group: 'visitors', role: 'Read' },
  ],
} as const satisfies ListSpec['permissions'];

/**
 * A key the browser makes for each new suggestion or resource and sends with it. PnPjs resends a
 * POST whose answer was lost; with unique values enforced, SharePoint refuses the second copy, and
 * the code then finds the first one by this key (see src/data/addOnce.ts).
 */
export const CLIENT_REQUEST_ID: FieldSpec = {
  name: 'ClientRequestId',
  title: 'Client request id',
  kind: 'Text',
  maxLength: 64,
  indexed: true,
  unique: true,
  hidden: true,
  optional: true,
};

export const COMMUNITIES: ListSpec = {
  title: LIST_TITLES.communities,
  url: 'Communities',
  description: 'Every community of practice in the programme. Edited by the POD team.',
  fields: [
    { name: 'PracticeArea', title: 'Practice area', kind: 'Text', required: true, indexed: true, maxLength: 120 },
    {
      name: 'CopStatus',
      title: 'Status',
      kind: 'Choice',
      choices: COMMUNITY_STATUSES,
      defaultValue: 'proposed',
      required: true,
      indexed: true,
      customFormatter: choicePill({ launched: 'good', forming: 'warning', proposed: 'low', dormant: 'severeWarning', closed: 'blocked' }),
    },
    { name: 'Domain', title: 'Domain', kind: 'Note', description: 'The shared area of interest and competence.' },
    { name: 'Practice', title: 'Practice', kind: 'Note', description: 'The shared repertoire: knowledge, tools, techniques.' },
    { name: 'Audience', title: 'Audience', kind: 'Note' },
    { name: 'Sponsor', title: 'Senior sponsor', kind: 'User', indexed: true },
    { name: 'Gardeners', title: 'Gardeners', kind: 'UserMulti' },
    { name: 'JoinPolicy', title: 'Join policy', kind: 'Choice', choices: JOIN_POLICIES, defaultValue: 'open', required: true },
    { name: 'FoundingTarget', title: 'Founding target', kind: 'Number' },
    { name: 'Rhythm', title: 'Rhythm', kind: 'Text', maxLength: 255 },
    { name: 'RhythmDays', title: 'Rhythm (days between sessions)', kind: 'Number' },
    { name: 'GroundRules', title: 'Ground rules', kind: 'Note' },
    { name: 'Tags', title: 'Tags', kind: 'Text', maxLength: 255, description: 'Semicolon-separated keywords.' },
    { name: 'GroupId', title: 'Microsoft 365 group id', kind: 'Text', indexed: true, maxLength: 36 },
    { name: 'TeamsUrl', title: 'Team link', kind: 'URL' },
    { name: 'SiteUrl', title: 'Site link', kind: 'URL' },
    { name: 'ContactEmail', title: 'Contact email', kind: 'Text', maxLength: 255 },
    { name: 'StatusReason', title: 'Reason for last status change', kind: 'Note' },
    // A network that lives elsewhere (an accepted "existing network"): the directory links out to its
    // Site link instead of offering to join. Empty on older items: a community of practice.
    {
      name: 'CommunityKind',
      title: 'Kind',
      kind: 'Choice',
      choices: COMMUNITY_KINDS,
      defaultValue: 'community of practice',
      description: 'A community of practice the hub runs, or a network the hub links to (its address in Site link).',
    },
  ],
  indexedBuiltIns: ['Title', 'Modified'],
  enableVersioning: true,
  permissions: POD_ONLY_WRITES,
  views: [
    {
      title: 'All communities',
      fields: ['LinkTitle', 'PracticeArea', 'CopStatus', 'Sponsor', 'Gardeners', 'JoinPolicy', 'Modified'],
      isDefault: true,
    },
    {
      title: 'Without a gardener or sponsor',
      fields: ['LinkTitle', 'CopStatus', 'Sponsor', 'Gardeners', 'Editor', 'Modified'],
      query:
        '<Where><And><Neq><FieldRef Name="CopStatus"/><Value Type="Choice">closed</Value></Neq><Or><IsNull><FieldRef Name="Sponsor"/></IsNull><IsNull><FieldRef Name="Gardeners"/></IsNull></Or></And></Where><OrderBy><FieldRef Name="Title"/></OrderBy>',
    },
    {
      title: 'Forming communities',
      fields: ['LinkTitle', 'PracticeArea', 'FoundingTarget', 'Gardeners', 'Sponsor', 'StatusReason', 'Modified'],
      query:
        '<Where><Eq><FieldRef Name="CopStatus"/><Value Type="Choice">forming</Value></Eq></Where><OrderBy><FieldRef Name="Title"/></OrderBy>',
    },
  ],
};

export const MEMBERSHIPS: ListSpec = {
  title: LIST_TITLES.memberships,
  url: 'Memberships',
  description: 'Who belongs to which community. The member is the item author.',
  fields: [
    { name: 'Community', title: 'Community', kind: 'Lookup', lookupList: LIST_TITLES.communities, required: true, indexed: true },
    { name: 'Level', title: 'Level', kind: 'Choice', choices: MEMBERSHIP_LEVELS, defaultValue: 'wider', required: true, indexed: true },
    {
      name: 'MemberStatus',
      title: 'Status',
      kind: 'Choice',
      choices: MEMBERSHIP_STATUSES,
      defaultValue: 'pending',
      required: true,
      indexed: true,
      customFormatter: choicePill({ active: 'good', pending: 'warning', interested: 'low', declined: 'blocked', left: 'blocked' }),
    },
    { name: 'JoinedOn', title: 'Joined on', kind: 'DateTime' },
    {
      name: 'FounderChoice',
      title: 'If core elsewhere at launch',
      kind: 'Choice',
      choices: FOUNDER_CHOICES,
      optional: true,
      description:
        "A founding pledge's one-core choice: widerHere (blank too) keeps the core membership elsewhere; moveCore makes this community the core one.",
    },
  ],
  indexedBuiltIns: ['Author'],
  writeSecurity: 2,
  // Hub search finds communities and resources; 200,000 membership records would only add noise (and crawl time).
  noCrawl: true,
  enableModeration: true,
  // Everyone sees requests and open-community memberships (counts, member lists); the approval state
  // only SharePoint can set decides what each item means (see effectiveStatus).
  draftVisibility: 0,
  enableVersioning: true,
  folderPerCommunity: true,
  // Members read at the root and contribute only inside a community's folder, which the POD team's
  // setup creates: adding an item or a folder needs Add Items where it is added
  // (https://learn.microsoft.com/sharepoint/understanding-permission-levels), so nobody else can make
  // `community-N` ahead of community N (and, as its author, later delete it with everyone's items in it).
  permissions: POD_ONLY_WRITES,
  folderGrants: STAFF_CONTRIBUTE.grants,
  views: [
    {
      title: 'All memberships',
      fields: ['LinkTitle', 'Community', 'Author', 'Level', 'MemberStatus', '_ModerationStatus', 'Created'],
      isDefault: true,
    },
    {
      // Requests to join approval communities (stored as pending), waiting for a decision. Joins of open
      // communities (stored as active) and founding pledges never need one.
      title: 'Pending requests',
      fields: ['Community', 'Author', 'Level', 'Created', '_ModerationStatus'],
      query:
        '<Where><And><Eq><FieldRef Name="_ModerationStatus"/><Value Type="ModStat">2</Value></Eq><Eq><FieldRef Name="MemberStatus"/><Value Type="Choice">pending</Value></Eq></And></Where><OrderBy><FieldRef Name="Created"/></OrderBy>',
    },
    {
      // Founding pledges, one group per forming community: who pledged, and when.
      title: 'Forming communities and their founders',
      fields: ['Community', 'Author', 'Level', 'MemberStatus', 'Created'],
      query:
        '<GroupBy Collapse="FALSE" GroupLimit="100"><FieldRef Name="Community"/></GroupBy><Where><Eq><FieldRef Name="MemberStatus"/><Value Type="Choice">interested</Value></Eq></Where><OrderBy><FieldRef Name="Created"/></OrderBy>',
    },
  ],
};

export const PROFILES: ListSpec = {
  title: LIST_TITLES.profiles,
  url: 'MemberProfiles',
  description: 'What each person can help with and wants to learn, across communities. One item per person.',
  fields: [
    { name: 'CanHelpWith', title: 'Can help with', kind: 'Note', description: 'Semicolon-separated topics.' },
    { name: 'WantsToLearn', title: 'Wants to learn', kind: 'Note', description: 'Semicolon-separated topics.' },
    { name: 'PracticeArea', title: 'Practice area', kind: 'Text', maxLength: 120, indexed: true },
    // The Teams notifications this person turned off (activity types, semicolon-separated). On the
    // person's own item, so SharePoint lets nobody else change it; senders read it and leave them out.
    {
      name: 'MutedNotifications',
      title: 'Muted notifications',
      kind: 'Note',
      description: 'Teams notifications turned off (semicolon-separated kinds).',
      optional: true,
    },
    // Declined requests the person no longer wants shown in My communities (membership ids). On their
    // own item, so only they can change it.
    {
      name: 'DismissedRequests',
      title: 'Dismissed requests',
      kind: 'Note',
      description: 'Declined requests dismissed from My communities (semicolon-separated membership ids).',
      optional: true,
    },
  ],
  indexedBuiltIns: ['Author'],
  writeSecurity: 2,
  permissions: STAFF_CONTRIBUTE,
  views: [{ title: 'All profiles', fields: ['LinkTitle', 'Author', 'PracticeArea', 'CanHelpWith', 'WantsToLearn'], isDefault: true }],
};

export const RESOURCES: ListSpec = {
  title: LIST_TITLES.resources,
  url: 'Resources',
  description: "Each community's shared repertoire: templates, SOPs, guides, stories, tools, recordings, links.",
  fields: [
    { name: 'Community', title: 'Community', kind: 'Lookup', lookupList: LIST_TITLES.communities, required: true, indexed: true },
    { name: 'ResourceType', title: 'Type', kind: 'Choice', choices: RESOURCE_TYPES, required: true, indexed: true },
    { name: 'ResourceUrl', title: 'Link', kind: 'URL', required: true },
    { name: 'Description', title: 'Description', kind: 'Note' },
    { name: 'Tags', title: 'Tags', kind: 'Text', maxLength: 255 },
    { name: 'ResourceOwner', title: 'Owner', kind: 'User' },
    { name: 'ReviewDate', title: 'Review date', kind: 'DateTime', indexed: true, customFormatter: overdueDate() },
    CLIENT_REQUEST_ID,
  ],
  indexedBuiltIns: ['Author'],
  // Owners edit and remove only their own resources.
  writeSecurity: 2,
  // Anyone may add to a community's repertoire, into that community's folder; content approval holds
  // every addition (and every later edit) for the community's gardeners, who hold Approve Items on
  // their folder only. Drafts show to their author and approvers alone (2), so until a gardener
  // approves, nobody else sees the new resource and readers keep seeing an edited one's approved version.
  enableModeration: true,
  draftVisibility: 2,
  enableVersioning: true,
  folderPerCommunity: true,
  // As Memberships: members read at the root and contribute only inside the folders setup makes.
  permissions: POD_ONLY_WRITES,
  folderGrants: STAFF_CONTRIBUTE.grants,
  views: [
    { title: 'All resources', fields: ['LinkTitle', 'Community', 'ResourceType', 'ResourceOwner', 'ReviewDate'], isDefault: true },
    {
      title: 'Due for review',
      fields: ['LinkTitle', 'Community', 'ResourceType', 'ResourceOwner', 'ReviewDate', 'Modified'],
      query:
        '<Where><Leq><FieldRef Name="ReviewDate"/><Value Type="DateTime"><Today/></Value></Leq></Where><OrderBy><FieldRef Name="ReviewDate"/></OrderBy>',
    },
  ],
};

export const EVENTS: ListSpec = {
  title: LIST_TITLES.events,
  url: 'CommunityEvents',
  description: 'The rhythm of each community: meetings, lunch and learns, workshops, visits.',
  fields: [
    // Empty for the hub's own sessions (issue 17), which live in the hub's folder; setup lifts the
    // requirement on sites made before (a field's Required is repaired, see provision.ts).
    { name: 'Community', title: 'Community', kind: 'Lookup', lookupList: LIST_TITLES.communities, indexed: true },
    { name: 'EventType', title: 'Type', kind: 'Choice', choices: EVENT_TYPES, required: true },
    { name: 'StartTime', title: 'Start', kind: 'DateTime', required: true, indexed: true },
    { name: 'EndTime', title: 'End', kind: 'DateTime', required: true },
    { name: 'TimeZone', title: 'Time zone', kind: 'Text', maxLength: 64, defaultValue: 'Europe/London' },
    { name: 'Recurrence', title: 'Recurrence (RRULE)', kind: 'Text', maxLength: 255 },
    { name: 'Location', title: 'Location', kind: 'Text', maxLength: 255 },
    { name: 'OnlineUrl', title: 'Online meeting link', kind: 'URL' },
    { name: 'Description', title: 'Description', kind: 'Note' },
    // Who may come (issue 17): empty means no limit; the waiting list is derived (src/domain/registrations.ts).
    { name: 'Capacity', title: 'Places', kind: 'Number', description: 'How many people can come; empty for no limit.' },
    {
      name: 'RegistrationDeadline',
      title: 'Registration closes',
      kind: 'DateTime',
      description: "When registration closes for the first session; a series' later sessions close as long before their start.",
    },
  ],
  // One folder per community: its gardeners schedule and edit its sessions there (Contribute on
  // their folder only); staff read everywhere; the POD team, as site owners, write anywhere.
  folderPerCommunity: true,
  folderGrants: POD_ONLY_WRITES.grants,
  gardenerRole: 'Contribute',
  // The POD team's own sessions (insights sessions, a conference slot) belong to no community.
  hubFolder: true,
  permissions: POD_ONLY_WRITES,
  views: [{ title: 'All events', fields: ['LinkTitle', 'Community', 'EventType', 'StartTime', 'Recurrence'], isDefault: true }],
};

/**
 * Who is coming to which session (issue 17), following Memberships: the registrant is the item's
 * Author; staff add only inside a community's folder (or the hub events' folder) and edit or remove
 * only their own items (WriteSecurity 2), so nobody registers or cancels for someone else. A
 * registration names its series (Event) and, for one session, its start (OccurrenceStart, the
 * instant); empty means the whole series. Cancelling removes the item, so re-registering goes to the
 * back of the queue: who is confirmed and who waits is derived from the order of the remaining items
 * (when SharePoint last wrote each, then their ids: nobody sets either, and editing one's own
 * registration sends it to the back) and the event's Places (src/domain/registrations.ts).
 */
export const REGISTRATIONS: ListSpec = {
  title: LIST_TITLES.registrations,
  url: 'Registrations',
  description: 'Who registered for which session. The registrant is the item author.',
  fields: [
    { name: 'Event', title: 'Session', kind: 'Lookup', lookupList: LIST_TITLES.events, required: true, indexed: true },
    // So a community's page reads its registrations with its sessions, in the same $batch. Written by
    // the registrant, so never believed alone: a registration counts only in its event's folder.
    { name: 'Community', title: 'Community', kind: 'Lookup', lookupList: LIST_TITLES.communities, indexed: true },
    {
      name: 'OccurrenceStart',
      title: 'Occurrence start',
      kind: 'DateTime',
      indexed: true,
      description: 'The start of the one session registered for; empty for the whole series.',
    },
    CLIENT_REQUEST_ID,
  ],
  indexedBuiltIns: ['Author'],
  writeSecurity: 2,
  noCrawl: true,
  enableVersioning: true,
  folderPerCommunity: true,
  hubFolder: true,
  // As Memberships: members read at the root and contribute only inside the folders setup makes; a
  // community's gardeners get nothing more here (nobody cancels for someone else).
  permissions: POD_ONLY_WRITES,
  folderGrants: STAFF_CONTRIBUTE.grants,
  gardenerRole: 'none',
  views: [{ title: 'All registrations', fields: ['LinkTitle', 'Event', 'OccurrenceStart', 'Author', 'Created'], isDefault: true }],
};

export const SUGGESTIONS: ListSpec = {
  title: LIST_TITLES.suggestions,
  url: 'Suggestions',
  description: 'Communities and networks staff tell us about.',
  fields: [
    { name: 'Description', title: 'Description', kind: 'Note', required: true },
    { name: 'PracticeArea', title: 'Practice area', kind: 'Text', maxLength: 120 },
    { name: 'SuggestionKind', title: 'Kind', kind: 'Choice', choices: SUGGESTION_KINDS, required: true },
    // A copy the POD team's decisions write, for the list views below; the author could change it on
    // their own item, so what the code believes is the review in Suggestion Reviews.
    {
      name: 'SuggestionStatus',
      title: 'Status',
      kind: 'Choice',
      choices: SUGGESTION_STATUSES,
      defaultValue: 'new',
      required: true,
      indexed: true,
      customFormatter: choicePill({ new: 'warning', reviewing: 'low', accepted: 'good', declined: 'blocked' }),
    },
    { name: 'LinkedCommunity', title: 'Linked community', kind: 'Lookup', lookupList: LIST_TITLES.communities },
    { name: 'PodResponse', title: 'Response from the POD team', kind: 'Note', description: 'Why it was declined, or what happens next.' },
    CLIENT_REQUEST_ID,
  ],
  indexedBuiltIns: ['Author'],
  writeSecurity: 2,
  permissions: STAFF_CONTRIBUTE,
  views: [
    {
      title: 'All suggestions',
      fields: ['LinkTitle', 'SuggestionKind', 'PracticeArea', 'SuggestionStatus', 'Author', 'Created'],
      isDefault: true,
    },
    {
      title: 'New suggestions',
      fields: ['LinkTitle', 'SuggestionKind', 'PracticeArea', 'Description', 'Author', 'Created'],
      query:
        '<Where><Eq><FieldRef Name="SuggestionStatus"/><Value Type="Choice">new</Value></Eq></Where><OrderBy><FieldRef Name="Created"/></OrderBy>',
    },
  ],
};

/**
 * The POD team's decision on a suggestion, kept apart from the suggestion itself: its author edits
 * their own Suggestions item (WriteSecurity 2 limits which items, not which fields), so a status,
 * answer or linked community stored there could be set by the author. Only the POD team writes
 * here (unique permissions, members read); the status everyone believes is the latest review.
 */
export const SUGGESTION_REVIEWS: ListSpec = {
  title: LIST_TITLES.suggestionReviews,
  url: 'SuggestionReviews',
  description: "The POD team's decision on each suggestion (only the POD team writes here).",
  fields: [
    { name: 'Suggestion', title: 'Suggestion', kind: 'Lookup', lookupList: LIST_TITLES.suggestions, required: true, indexed: true },
    {
      name: 'ReviewStatus',
      title: 'Decision',
      kind: 'Choice',
      choices: SUGGESTION_STATUSES.filter((st) => st !== 'new'),
      required: true,
      customFormatter: choicePill({ reviewing: 'low', accepted: 'good', declined: 'blocked' }),
    },
    { name: 'LinkedCommunity', title: 'Linked community', kind: 'Lookup', lookupList: LIST_TITLES.communities },
    { name: 'PodResponse', title: 'Response from the POD team', kind: 'Note', description: 'Why it was declined, or what happens next.' },
  ],
  permissions: POD_ONLY_WRITES,
  views: [{ title: 'All reviews', fields: ['Suggestion', 'ReviewStatus', 'LinkedCommunity', 'Editor', 'Modified'], isDefault: true }],
};

/**
 * The practice areas the programme knows, one item per area (its Title): the directory's filter and
 * "Suggest a community" offer these, so suggestions arrive in words the filter knows. POD only writes.
 */
export const PRACTICE_AREAS: ListSpec = {
  title: LIST_TITLES.practiceAreas,
  url: 'PracticeAreas',
  description:
    'The practice areas of the programme, offered when people filter the directory or suggest a community. Edited by the POD team.',
  fields: [{ name: 'Description', title: 'Description', kind: 'Note' }],
  indexedBuiltIns: ['Title'],
  permissions: POD_ONLY_WRITES,
  // Older sites work without it: the directory then offers the areas its communities hold.
  optional: true,
  views: [{ title: 'All practice areas', fields: ['LinkTitle', 'Description'], isDefault: true }],
};

/**
 * What each lifecycle stage is called on this site (Title), where the programme has its own words,
 * e.g. "Preparations underway" for forming. A stage without an item keeps CoP Hub's words. POD only writes.
 */
export const STAGE_NAMES: ListSpec = {
  title: LIST_TITLES.stageNames,
  url: 'StageNames',
  description: "The programme's own name for each stage of a community (shown everywhere a stage is). Edited by the POD team.",
  fields: [{ name: 'Stage', title: 'Stage', kind: 'Choice', choices: COMMUNITY_STATUSES, required: true, indexed: true }],
  permissions: POD_ONLY_WRITES,
  optional: true,
  views: [{ title: 'All stage names', fields: ['Stage', 'LinkTitle', 'Modified'], isDefault: true }],
};

/**
 * What a community's gardeners keep up to date: its charter (domain, practice, audience), ground
 * rules and rhythm. SharePoint can't limit an item's columns per person (permissions stop at the
 * item), so a gardener given Contribute on a Communities item could change its stage, sponsor or
 * gardeners too. The gardeners' text lives here instead: one folder per community, its gardeners
 * Contribute on their folder only, staff read, the POD team (site owners) write anywhere. The
 * newest item in the community's folder is its charter; until there is one, the Communities item's
 * texts (as the POD team set them at launch) stand.
 */
export const CHARTERS: ListSpec = {
  title: LIST_TITLES.charters,
  url: 'Charters',
  description: "Each community's charter, ground rules and rhythm, kept by its gardeners.",
  fields: [
    { name: 'Community', title: 'Community', kind: 'Lookup', lookupList: LIST_TITLES.communities, required: true, indexed: true },
    { name: 'Domain', title: 'Domain', kind: 'Note' },
    { name: 'Practice', title: 'Practice', kind: 'Note' },
    { name: 'Audience', title: 'Audience', kind: 'Note' },
    { name: 'GroundRules', title: 'Ground rules', kind: 'Note' },
    { name: 'Rhythm', title: 'Rhythm', kind: 'Text', maxLength: 255 },
  ],
  enableVersioning: true,
  folderPerCommunity: true,
  folderGrants: POD_ONLY_WRITES.grants,
  gardenerRole: 'Contribute',
  permissions: POD_ONLY_WRITES,
  // Older sites work without it: each community shows the texts its Communities item holds.
  optional: true,
  views: [{ title: 'All charters', fields: ['LinkTitle', 'Community', 'Rhythm', 'Editor', 'Modified'], isDefault: true }],
};

/**
 * What happened at a session (issue 17): who attended (registrants ticked, walk-ins added), a note of
 * what was discussed, and the story it became. One item per session (its series and its start), kept
 * by the community's gardeners as Events are: one folder per community, its gardeners Contribute on
 * their folder only, staff read, the POD team (site owners) write anywhere and keep the hub's folder.
 * Nobody marks their own attendance: an attendee is someone a gardener recorded.
 */
export const SESSION_RECORDS: ListSpec = {
  title: LIST_TITLES.sessionRecords,
  url: 'SessionRecords',
  description: 'Who attended each session and what was discussed, kept by its gardeners.',
  fields: [
    { name: 'Event', title: 'Session', kind: 'Lookup', lookupList: LIST_TITLES.events, required: true, indexed: true },
    { name: 'Community', title: 'Community', kind: 'Lookup', lookupList: LIST_TITLES.communities, indexed: true },
    { name: 'OccurrenceStart', title: 'Occurrence start', kind: 'DateTime', required: true, indexed: true },
    { name: 'Attendees', title: 'Attendees', kind: 'UserMulti' },
    { name: 'Notes', title: 'What was discussed', kind: 'Note' },
    { name: 'StoryUrl', title: 'Story in the shared repertoire', kind: 'URL' },
  ],
  enableVersioning: true,
  noCrawl: true,
  folderPerCommunity: true,
  hubFolder: true,
  folderGrants: POD_ONLY_WRITES.grants,
  gardenerRole: 'Contribute',
  permissions: POD_ONLY_WRITES,
  views: [{ title: 'All session records', fields: ['Event', 'OccurrenceStart', 'Attendees', 'Editor', 'Modified'], isDefault: true }],
};

/**
 * What attendees thought of a session (issue 17): one rating (1 to 5) and a comment each, which they
 * change as they like. As Registrations: the author is the attendee, staff add only in the folders
 * setup makes and edit only their own (WriteSecurity 2), so nobody gives or changes feedback for
 * someone else. Whether it counts is derived: only from someone the gardeners recorded as attending,
 * once per person (their latest), a whole rating from 1 to 5 (feedbackSummary).
 */
export const SESSION_FEEDBACK: ListSpec = {
  title: LIST_TITLES.sessionFeedback,
  url: 'SessionFeedback',
  description: 'Ratings and comments attendees gave a session. The attendee is the item author.',
  fields: [
    { name: 'Event', title: 'Session', kind: 'Lookup', lookupList: LIST_TITLES.events, required: true, indexed: true },
    { name: 'Community', title: 'Community', kind: 'Lookup', lookupList: LIST_TITLES.communities, indexed: true },
    { name: 'OccurrenceStart', title: 'Occurrence start', kind: 'DateTime', required: true, indexed: true },
    { name: 'Rating', title: 'Rating (1 to 5)', kind: 'Number', required: true },
    { name: 'Comment', title: 'Comment', kind: 'Note' },
    CLIENT_REQUEST_ID,
  ],
  indexedBuiltIns: ['Author'],
  writeSecurity: 2,
  noCrawl: true,
  enableVersioning: true,
  folderPerCommunity: true,
  hubFolder: true,
  permissions: POD_ONLY_WRITES,
  folderGrants: STAFF_CONTRIBUTE.grants,
  gardenerRole: 'none',
  views: [{ title: 'All feedback', fields: ['Event', 'OccurrenceStart', 'Rating', 'Author', 'Modified'], isDefault: true }],
};

/**
 * Ask the community (issue 16): a question's asker is the item's Author; staff add only inside a
 * community's folder and edit only their own (WriteSecurity 2), so nobody asks or edits for someone
 * else, and only the asker sets AcceptedAnswer. SharePoint can't restrict a column per person, so
 * hiding is content approval, as Memberships' approvals are: that community's gardeners hold Approve
 * on its folder (and POD, as site owners, everywhere), and a hidden question is one they rejected
 * (_ModerationStatus 1) with the reason in _ModerationComments, which its author sees and can't
 * write. Everyone sees items awaiting approval (draftVisibility 0), so a new question shows at once;
 * an author's edit of a hidden one puts it back to pending but keeps the reason, so it stays hidden
 * until a gardener restores it (src/domain/questions.ts). A question counts only in its community's folder.
 */
export const QUESTIONS: ListSpec = {
  title: LIST_TITLES.questions,
  url: 'Questions',
  description: 'Questions asked in a community. The asker is the item author.',
  fields: [
    { name: 'Details', title: 'Details', kind: 'Note' },
    { name: 'Topics', title: 'Topics', kind: 'Note', description: 'The topics, one a line.' },
    { name: 'Community', title: 'Community', kind: 'Lookup', lookupList: LIST_TITLES.communities, required: true, indexed: true },
    {
      name: 'AcceptedAnswer',
      title: 'Accepted answer',
      kind: 'Number',
      description: "The id of the answer the asker accepted; believed only for an answer to this question in the question's folder.",
    },
    CLIENT_REQUEST_ID,
  ],
  indexedBuiltIns: ['Author'],
  writeSecurity: 2,
  enableModeration: true,
  draftVisibility: 0,
  enableVersioning: true,
  folderPerCommunity: true,
  // As Memberships: members read at the root and contribute only inside the folders setup makes;
  // its gardeners get the approve level on their community's folder (hide and restore).
  permissions: POD_ONLY_WRITES,
  folderGrants: STAFF_CONTRIBUTE.grants,
  views: [{ title: 'All questions', fields: ['LinkTitle', 'Community', 'Author', '_ModerationStatus', 'Created'], isDefault: true }],
};

/**
 * Answers to questions (issue 16), as Questions: the answerer is the Author, staff add only in a
 * community's folder and edit only their own. Content approval is the gardeners' word on an answer:
 * approved (0) is their acceptance, rejected (1) hides it with the reason in _ModerationComments;
 * an answer counts only in its question's folder.
 */
export const ANSWERS: ListSpec = {
  title: LIST_TITLES.answers,
  url: 'Answers',
  description: 'Answers to questions. The answerer is the item author.',
  fields: [
    { name: 'Question', title: 'Question', kind: 'Lookup', lookupList: LIST_TITLES.questions, required: true, indexed: true },
    { name: 'Body', title: 'Answer', kind: 'Note', required: true },
    { name: 'Community', title: 'Community', kind: 'Lookup', lookupList: LIST_TITLES.communities, indexed: true },
    CLIENT_REQUEST_ID,
  ],
  indexedBuiltIns: ['Author'],
  writeSecurity: 2,
  enableModeration: true,
  draftVisibility: 0,
  enableVersioning: true,
  folderPerCommunity: true,
  permissions: POD_ONLY_WRITES,
  folderGrants: STAFF_CONTRIBUTE.grants,
  views: [{ title: 'All answers', fields: ['LinkTitle', 'Question', 'Author', '_ModerationStatus', 'Created'], isDefault: true }],
};

/**
 * Who follows which question (issue 16): the follower is the Author, staff add only in a community's
 * folder and remove only their own (WriteSecurity 2), so nobody follows for someone else. Readable by
 * all staff, since whoever answers is the one who tells the followers (delegated TeamsActivity.Send).
 * Optional: a site set up before it has no followers, and the asker is still told.
 */
export const QUESTION_FOLLOWS: ListSpec = {
  title: LIST_TITLES.questionFollows,
  url: 'QuestionFollows',
  description: 'Who follows which question. The follower is the item author.',
  fields: [
    { name: 'Question', title: 'Question', kind: 'Lookup', lookupList: LIST_TITLES.questions, required: true, indexed: true },
    { name: 'Community', title: 'Community', kind: 'Lookup', lookupList: LIST_TITLES.communities, indexed: true },
  ],
  indexedBuiltIns: ['Author'],
  writeSecurity: 2,
  folderPerCommunity: true,
  optional: true,
  noCrawl: true,
  permissions: POD_ONLY_WRITES,
  folderGrants: STAFF_CONTRIBUTE.grants,
  gardenerRole: 'none',
  views: [{ title: 'All follows', fields: ['LinkTitle', 'Question', 'Author', 'Created'], isDefault: true }],
};

/** In provisioning order: lookups point at lists created before them. */
export const LIST_SCHEMA: readonly ListSpec[] = [
  COMMUNITIES,
  MEMBERSHIPS,
  PROFILES,
  RESOURCES,
  EVENTS,
  REGISTRATIONS,
  SESSION_RECORDS,
  SESSION_FEEDBACK,
  SUGGESTIONS,
  SUGGESTION_REVIEWS,
  PRACTICE_AREAS,
  STAGE_NAMES,
  CHARTERS,
  QUESTIONS,
  ANSWERS,
  QUESTION_FOLLOWS,
];

/** Name of the folder that holds one community's items in a folder-per-community list. */
export function communityFolderName(communityId: number): string {
  return `community-${communityId}`;
}

/** The folder of the POD team's own sessions (and their registrations), which belong to no community. */
export const HUB_FOLDER = 'hub-events';
