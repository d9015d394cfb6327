/**
 * SharePoint list items ↔ domain objects. Pure functions, so the wire shape (minimal metadata
 * JSON, person and lookup expansions, `OData__ModerationStatus`) is pinned down by unit tests.
 * Unknown choice values are kept visible rather than guessed: they map to a safe default and the
 * raw value is reported, so a screen can say what is wrong.
 */
import {
  COMMUNITY_STATUSES,
  EVENT_TYPES,
  JOIN_POLICIES,
  MEMBERSHIP_LEVELS,
  MEMBERSHIP_STATUSES,
  RESOURCE_TYPES,
  SUGGESTION_KINDS,
  SUGGESTION_STATUSES,
  type ApprovalState,
  type Community,
  type CommunityCharter,
  type CommunityEvent,
  type MemberProfile,
  type Membership,
  type Person,
  type Resource,
  type Suggestion,
  type SuggestionStatus,
} from '../domain/models';
import { recordedApproval, type CountableMembership } from '../domain/membershipRules';
import { safeHref } from '../domain/links';

/** A list item as PnPjs returns it in minimal metadata; fields vary by list. */
export type SpItem = Record<string, unknown>;

/** $select/$expand for a person field, so one request brings names and emails. */
export function personSelect(field: string): string[] {
  return [`${field}/Id`, `${field}/Title`, `${field}/EMail`];
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function choice<T extends string>(allowed: readonly T[], v: unknown, fallback: T): T {
  return (allowed as readonly string[]).includes(str(v)) ? (v as T) : fallback;
}

/** Splits a semicolon-separated keyword field; trims, drops blanks and duplicates. */
export function splitList(v: unknown): string[] {
  const out: string[] = [];
  for (const part of str(v).split(';')) {
    const t = part.trim();
    if (t && !out.some((x) => x.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out;
}

export function joinList(values: readonly string[]): string {
  return values
    .map((v) => v.replace(/;/g, ',').trim())
    .filter(Boolean)
    .join('; ');
}

export function toPerson(v: unknown): Person | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const p = v as Record<string, unknown>;
  const id = num(p.Id) ?? num(p.ID);
  if (id === undefined) return undefined;
  return { id, displayName: str(p.Title) || str(p.EMail) || `User ${id}`, email: str(p.EMail) };
}

function toPeople(v: unknown): Person[] {
  const arr = Array.isArray(v)
    ? v
    : v && typeof v === 'object' && Array.isArray((v as { results?: unknown }).results)
      ? (v as { results: unknown[] }).results
      : [];
  return arr.map(toPerson).filter((p): p is Person => p !== undefined);
}

/**
 * A URL column's address, only when it is http(s) or on this site: Resources are written by any
 * member, and a `javascript:` address sent by REST must never reach a screen as a link.
 */
function url(v: unknown): string | undefined {
  if (v && typeof v === 'object' && typeof (v as { Url?: unknown }).Url === 'string') return safeHref((v as { Url: string }).Url);
  return typeof v === 'string' && v ? safeHref(v) : undefined;
}

function lookupId(item: SpItem, field: string): number {
  return num(item[`${field}Id`]) ?? num((item[field] as { Id?: unknown } | undefined)?.Id) ?? 0;
}

export function approvalState(v: unknown): ApprovalState {
  // 0 approved, 1 denied, 2 pending, 3 draft, 4 scheduled (SPModerationStatusType).
  const n = typeof v === 'string' ? Number(v) : v;
  return n === 0 ? 'approved' : n === 1 ? 'rejected' : 'pending';
}

/**
 * A membership's approval from what SharePoint records: its moderation status, and who made the
 * decision (Editor) against whose item it is (Author). Self-approval reads as pending (recordedApproval).
 * Needs AuthorId and EditorId selected (they are in every membership select).
 */
export function membershipApproval(item: SpItem): ApprovalState {
  const author = num(item.AuthorId) ?? num((item.Author as { Id?: unknown } | undefined)?.Id);
  const editor = num(item.EditorId) ?? num((item.Editor as { Id?: unknown } | undefined)?.Id);
  return recordedApproval(approvalState(item.OData__ModerationStatus), author, editor);
}

/** Choice values a list holds that the domain doesn't know; empty values are just unset. */
function unrecognisedChoices(item: SpItem): Community['unrecognised'] {
  const out: NonNullable<Community['unrecognised']> = [];
  const check = (field: 'status' | 'joinPolicy', allowed: readonly string[], v: unknown): void => {
    if (str(v) !== '' && !allowed.includes(str(v))) out.push({ field, value: str(v) });
  };
  check('status', COMMUNITY_STATUSES, item.CopStatus);
  check('joinPolicy', JOIN_POLICIES, item.JoinPolicy);
  return out.length ? out : undefined;
}

export function toCommunity(item: SpItem): Community {
  return {
    id: num(item.Id) ?? 0,
    title: str(item.Title),
    practiceArea: str(item.PracticeArea),
    status: choice(COMMUNITY_STATUSES, item.CopStatus, 'proposed'),
    ...(item.CommunityKind === 'linked network' ? { kind: 'linked network' as const } : {}),
    domain: str(item.Domain),
    practice: str(item.Practice),
    audience: str(item.Audience),
    sponsor: toPerson(item.Sponsor),
    gardeners: toPeople(item.Gardeners),
    joinPolicy: choice(JOIN_POLICIES, item.JoinPolicy, 'approval'),
    foundingTarget: num(item.FoundingTarget),
    rhythm: str(item.Rhythm),
    rhythmDays: num(item.RhythmDays),
    groundRules: str(item.GroundRules),
    tags: splitList(item.Tags),
    groupId: str(item.GroupId) || undefined,
    teamsUrl: url(item.TeamsUrl),
    siteUrl: url(item.SiteUrl),
    contactEmail: str(item.ContactEmail) || undefined,
    modified: str(item.Modified) || undefined,
    modifiedBy: toPerson(item.Editor)?.displayName,
    etag: str(item['odata.etag']) || undefined,
    unrecognised: unrecognisedChoices(item),
  };
}

export const COMMUNITY_SELECT = [
  'Id',
  'Title',
  'PracticeArea',
  'CopStatus',
  'Domain',
  'Practice',
  'Audience',
  'JoinPolicy',
  'FoundingTarget',
  'Rhythm',
  'RhythmDays',
  'GroundRules',
  'Tags',
  'GroupId',
  'TeamsUrl',
  'SiteUrl',
  'ContactEmail',
  'CommunityKind',
  'Modified',
  ...personSelect('Sponsor'),
  ...personSelect('Gardeners'),
  ...personSelect('Editor'),
];
export const COMMUNITY_EXPAND = ['Sponsor', 'Gardeners', 'Editor'];

/**
 * What a listing of every community shows and searches (title, area, status, domain, practice,
 * audience, tags, rhythm, links, sponsor and gardeners): no ground rules, contact or editor.
 */
export const COMMUNITY_LISTING_SELECT = [
  'Id',
  'Title',
  'PracticeArea',
  'CopStatus',
  'Domain',
  'Practice',
  'Audience',
  'JoinPolicy',
  'FoundingTarget',
  'Rhythm',
  'Tags',
  'GroupId',
  'TeamsUrl',
  'SiteUrl',
  'CommunityKind',
  ...personSelect('Sponsor'),
  ...personSelect('Gardeners'),
];
export const COMMUNITY_LISTING_EXPAND = ['Sponsor', 'Gardeners'];

/**
 * The community a membership item really belongs to. Its folder decides who may approve it (each
 * `community-N` folder grants that community's gardeners Approve), so an item whose Community lookup
 * names another community than its folder would borrow the wrong approvers: it belongs to neither (0).
 * Items outside any community folder can only be approved by the POD team, so their lookup stands.
 */
export function filedCommunityId(item: SpItem): number {
  const named = lookupId(item, 'Community');
  const folder = /\/community-(\d+)$/i.exec(str(item.FileDirRef));
  return folder && Number(folder[1]) !== named ? 0 : named;
}

export function toMembership(item: SpItem): Membership {
  return {
    id: num(item.Id) ?? 0,
    communityId: filedCommunityId(item),
    member: toPerson(item.Author) ?? { id: num(item.AuthorId) ?? 0, displayName: '', email: '' },
    level: choice(MEMBERSHIP_LEVELS, item.Level, 'wider'),
    status: choice(MEMBERSHIP_STATUSES, item.MemberStatus, 'pending'),
    joinedOn: str(item.JoinedOn) || undefined,
    approval: membershipApproval(item),
    decisionNote: str(item.OData__ModerationComments) || undefined,
    etag: str(item['odata.etag']) || undefined,
  };
}

export const MEMBERSHIP_SELECT = [
  'Id',
  'CommunityId',
  'FileDirRef',
  'Level',
  'MemberStatus',
  'JoinedOn',
  'OData__ModerationStatus',
  'OData__ModerationComments',
  'AuthorId',
  'EditorId',
  ...personSelect('Author'),
];
export const MEMBERSHIP_EXPAND = ['Author'];

/** Just what member counts need; folders come back too and map to community 0, which counts ignore. */
export const MEMBERSHIP_COUNT_SELECT = [
  'CommunityId',
  'FileDirRef',
  'AuthorId',
  'EditorId',
  'Level',
  'MemberStatus',
  'OData__ModerationStatus',
];

export function toCountableMembership(item: SpItem): CountableMembership {
  return {
    communityId: filedCommunityId(item),
    memberId: num(item.AuthorId) ?? 0,
    level: choice(MEMBERSHIP_LEVELS, item.Level, 'wider'),
    status: choice(MEMBERSHIP_STATUSES, item.MemberStatus, 'pending'),
    approval: membershipApproval(item),
  };
}

export function toProfile(item: SpItem): MemberProfile {
  return {
    id: num(item.Id) ?? 0,
    person: toPerson(item.Author) ?? { id: num(item.AuthorId) ?? 0, displayName: '', email: '' },
    canHelpWith: splitList(item.CanHelpWith),
    wantsToLearn: splitList(item.WantsToLearn),
    practiceArea: str(item.PracticeArea) || undefined,
    etag: str(item['odata.etag']) || undefined,
  };
}

export function toResource(item: SpItem): Resource {
  return {
    id: num(item.Id) ?? 0,
    communityId: lookupId(item, 'Community'),
    title: str(item.Title),
    resourceType: choice(RESOURCE_TYPES, item.ResourceType, 'link'),
    url: url(item.ResourceUrl) ?? '',
    description: str(item.Description),
    tags: splitList(item.Tags),
    owner: toPerson(item.ResourceOwner),
    reviewDate: str(item.ReviewDate) || undefined,
    modified: str(item.Modified) || undefined,
    authorId: num(item.AuthorId),
    approval: moderation(item.OData__ModerationStatus),
    etag: str(item['odata.etag']) || undefined,
  };
}

/** _ModerationStatus: 0 approved, 1 rejected, 2 pending (3 draft, 4 scheduled read as pending); absent on a list without approval. */
function moderation(v: unknown): Resource['approval'] {
  if (v === undefined || v === null || v === 0 || v === '0') return 'approved';
  return v === 1 || v === '1' ? 'rejected' : 'pending';
}

export function toEvent(item: SpItem): CommunityEvent {
  return {
    id: num(item.Id) ?? 0,
    communityId: lookupId(item, 'Community'),
    title: str(item.Title),
    eventType: choice(EVENT_TYPES, item.EventType, 'meeting'),
    start: str(item.StartTime),
    end: str(item.EndTime),
    timeZone: str(item.TimeZone) || 'Europe/London',
    recurrence: str(item.Recurrence) || undefined,
    location: str(item.Location) || undefined,
    onlineUrl: url(item.OnlineUrl),
    description: str(item.Description) || undefined,
    capacity: num(item.Capacity),
    registrationDeadline: str(item.RegistrationDeadline) || undefined,
  };
}

/** A Charters item: what its community's gardeners last saved. */
export function toCharter(item: SpItem): CommunityCharter {
  return {
    id: num(item.Id) ?? 0,
    communityId: filedCommunityId(item),
    domain: str(item.Domain),
    practice: str(item.Practice),
    audience: str(item.Audience),
    groundRules: str(item.GroundRules),
    rhythm: str(item.Rhythm),
    modified: str(item.Modified) || undefined,
    modifiedBy: toPerson(item.Editor)?.displayName,
    etag: str(item['odata.etag']) || undefined,
  };
}

export const CHARTER_SELECT = [
  'Id',
  'CommunityId',
  'FileDirRef',
  'Domain',
  'Practice',
  'Audience',
  'GroundRules',
  'Rhythm',
  'Modified',
  ...personSelect('Editor'),
];

/** The fields of a POD review (Suggestion Reviews) a suggestion's status is read from. */
export const REVIEW_SELECT = ['Id', 'SuggestionId', 'ReviewStatus', 'LinkedCommunityId', 'PodResponse'];

export interface SuggestionReview {
  id: number;
  suggestionId: number;
  status: Exclude<SuggestionStatus, 'new'>;
  linkedCommunityId?: number;
  response?: string;
}

const REVIEW_STATUSES = SUGGESTION_STATUSES.filter((st): st is Exclude<SuggestionStatus, 'new'> => st !== 'new');

/** A review item; one without a suggestion or a known decision is no review at all. */
export function toReview(item: SpItem): SuggestionReview | undefined {
  const suggestionId = num(item.SuggestionId);
  const status = REVIEW_STATUSES.find((st) => st === item.ReviewStatus);
  if (!suggestionId || !status) return undefined;
  return {
    id: num(item.Id) ?? 0,
    suggestionId,
    status,
    linkedCommunityId: num(item.LinkedCommunityId),
    response: str(item.PodResponse) || undefined,
  };
}

/** The latest review of each suggestion (the highest id: a later decision replaces an earlier one). */
export function latestReviews(items: readonly SpItem[]): Map<number, SuggestionReview> {
  const latest = new Map<number, SuggestionReview>();
  for (const r of items.map(toReview)) {
    if (r && (latest.get(r.suggestionId)?.id ?? -1) < r.id) latest.set(r.suggestionId, r);
  }
  return latest;
}

/**
 * A suggestion as the author wrote it, with its status, answer and linked community from the POD
 * team's review only: what the author's own item says about those is never believed.
 */
export function toSuggestion(item: SpItem, review?: SuggestionReview): Suggestion {
  return {
    id: num(item.Id) ?? 0,
    title: str(item.Title),
    description: str(item.Description),
    practiceArea: str(item.PracticeArea),
    kind: choice(SUGGESTION_KINDS, item.SuggestionKind, 'new idea'),
    status: review?.status ?? 'new',
    linkedCommunityId: review?.linkedCommunityId,
    response: review?.response,
    author: toPerson(item.Author),
    created: str(item.Created) || undefined,
  };
}
