/**
 * Telling people in the Teams activity feed: which activity types CoP Hub sends, who receives each
 * event, what the notification says and where its deep link opens. Pure rules; the Graph calls are
 * in src/data/notifier.ts. The activity types must match `activities.activityTypes` in
 * teams/manifest.json (tests/package/teams-manifest.test.ts checks both ways).
 * https://learn.microsoft.com/graph/teams-send-activityfeednotifications
 */
import type { Community, Person } from './models';

/**
 * Every activity type CoP Hub sends, with the template parameters its manifest templateText uses
 * ({actor}, the sender, is filled in by Teams itself and is never sent).
 */
export const ACTIVITY_TYPES = {
  joinRequested: ['community'],
  foundingPledge: ['community'],
  requestApproved: ['community'],
  requestDeclined: ['community', 'reason'],
  communityLaunched: ['community'],
  suggestionMade: ['suggestion'],
  questionAnswered: ['question'],
  questionInvited: ['question'],
} as const satisfies Record<string, readonly string[]>;

export type ActivityType = keyof typeof ACTIVITY_TYPES;
/** A person turns notifications off per kind; each kind is one activity type. */
export type NotificationKind = ActivityType;
export const NOTIFICATION_KINDS = Object.keys(ACTIVITY_TYPES) as NotificationKind[];

/** Graph takes at most 100 recipients in one sendActivityNotificationToRecipients request. */
export const MAX_RECIPIENTS_PER_REQUEST = 100;
/** Teams shows only the first 150 characters of a notification's preview text. */
export const PREVIEW_TEXT_LIMIT = 150;
/** A template parameter is cut to this many characters, so a long title keeps the line readable. */
export const PARAMETER_LIMIT = 100;

/** Something that happened, after SharePoint accepted it. Ids and etags make the dedupe key. */
export type NotificationEvent =
  | {
      kind: 'joinRequested' | 'foundingPledge';
      community: Pick<Community, 'id' | 'title' | 'gardeners'>;
      membershipId: number;
      version?: string;
      actor: Person;
    }
  | {
      kind: 'requestApproved';
      community: Pick<Community, 'id' | 'title'>;
      membershipId: number;
      version?: string;
      member: Person;
      actor: Person;
    }
  | {
      kind: 'requestDeclined';
      community: Pick<Community, 'id' | 'title'>;
      membershipId: number;
      version?: string;
      member: Person;
      reason: string;
      actor: Person;
    }
  | { kind: 'communityLaunched'; community: Pick<Community, 'id' | 'title'>; founders: Person[]; version?: string; actor: Person }
  | { kind: 'suggestionMade'; suggestion: { id: number; title: string }; actor: Person }
  | {
      kind: 'questionAnswered';
      question: QuestionRef;
      answerId: number;
      /** The asker and the question's followers. */
      asker: Person;
      followers: Person[];
      actor: Person;
    }
  | { kind: 'questionInvited'; question: QuestionRef; invitees: Person[]; actor: Person };

/** A question as a notification names it and opens it. */
export interface QuestionRef {
  id: number;
  title: string;
  communityId: number;
}

function samePerson(a: Person, b: Person): boolean {
  if (a.aadId && b.aadId) return a.aadId.toLowerCase() === b.aadId.toLowerCase();
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase();
  return a.id > 0 && a.id === b.id;
}

/** People listed once each, in order, without the actor (nobody is told what they did themselves). */
function unique(people: readonly Person[], actor: Person): Person[] {
  const out: Person[] = [];
  for (const p of people) {
    if (!p.email && !p.aadId) continue;
    if (samePerson(p, actor) || out.some((o) => samePerson(o, p))) continue;
    out.push(p);
  }
  return out;
}

/**
 * Who is told about the event: a request or pledge goes to the community's gardeners (the POD team
 * when it has none); a decision to the member; a launch to every founder; a suggestion to POD.
 */
export function recipientsOf(event: NotificationEvent, podTeam: readonly Person[]): Person[] {
  switch (event.kind) {
    case 'joinRequested':
    case 'foundingPledge': {
      const gardeners = unique(event.community.gardeners, event.actor);
      return gardeners.length > 0 || event.community.gardeners.length > 0 ? gardeners : unique(podTeam, event.actor);
    }
    case 'requestApproved':
    case 'requestDeclined':
      return unique([event.member], event.actor);
    case 'communityLaunched':
      return unique(event.founders, event.actor);
    case 'suggestionMade':
      return unique(podTeam, event.actor);
    case 'questionAnswered':
      return unique([event.asker, ...event.followers], event.actor);
    case 'questionInvited':
      return unique(event.invitees, event.actor);
  }
}

/** What each person turned off, by their email (lower case). */
export type MutedKinds = ReadonlyMap<string, ReadonlySet<NotificationKind>>;

/** Splits the recipients into those who still want this kind and those who turned it off. */
export function applyOptOuts(
  recipients: readonly Person[],
  kind: NotificationKind,
  muted: MutedKinds,
): { send: Person[]; optedOut: Person[] } {
  const send: Person[] = [];
  const optedOut: Person[] = [];
  for (const p of recipients) (muted.get(p.email.toLowerCase())?.has(kind) ? optedOut : send).push(p);
  return { send, optedOut };
}

/** Consecutive batches of at most `size` (Graph's limit by default); never an empty batch. */
export function inBatches<T>(items: readonly T[], size = MAX_RECIPIENTS_PER_REQUEST): T[][] {
  if (!(size >= 1)) throw new RangeError(`inBatches: size ${size} < 1`); // a programming error, never shown to people
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * One key per event: the same event sent again (a retry, a second click that got through) has the
 * same key, so it is sent once. A membership decided again later has a new version (etag), so a
 * later, real decision is told again.
 */
export function dedupeKey(event: NotificationEvent): string {
  switch (event.kind) {
    case 'joinRequested':
    case 'foundingPledge':
    case 'requestApproved':
    case 'requestDeclined':
      return `${event.kind}:membership:${event.membershipId}:${event.version ?? ''}`;
    case 'communityLaunched':
      return `${event.kind}:community:${event.community.id}:${event.version ?? ''}`;
    case 'suggestionMade':
      return `${event.kind}:suggestion:${event.suggestion.id}`;
    case 'questionAnswered':
      return `${event.kind}:answer:${event.answerId}`;
    case 'questionInvited':
      // Inviting others later to the same question is a new event; the same people again is not.
      return `${event.kind}:question:${event.question.id}:${event.invitees
        .map((p) => (p.aadId ?? p.email).toLowerCase())
        .sort()
        .join(',')}`;
  }
}

/**
 * Graph's chainId (Int64) for the key: a notification sent again with the same chainId replaces the
 * first in the feed rather than adding a second. FNV-1a, 32 bits: positive and exact in JSON.
 */
export function chainIdOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) + 1;
}

/** Where a notification opens: a community and one of its sections, or the suggestions queue. */
export type NotificationTarget =
  | { page: 'community'; communityId: number; section: 'overview' | 'members' | 'questions'; itemId?: number }
  | { page: 'suggestions'; itemId: number };

export function targetOf(event: NotificationEvent): NotificationTarget {
  switch (event.kind) {
    case 'joinRequested':
    case 'foundingPledge':
      return { page: 'community', communityId: event.community.id, section: 'members', itemId: event.membershipId };
    case 'requestApproved':
    case 'requestDeclined':
      return { page: 'community', communityId: event.community.id, section: 'overview', itemId: event.membershipId };
    case 'communityLaunched':
      return { page: 'community', communityId: event.community.id, section: 'overview' };
    case 'suggestionMade':
      return { page: 'suggestions', itemId: event.suggestion.id };
    case 'questionAnswered':
    case 'questionInvited':
      return { page: 'community', communityId: event.question.communityId, section: 'questions', itemId: event.question.id };
  }
}

/**
 * The Teams personal app tab a target opens in (entityId of a staticTabs entry in teams/manifest.json):
 * a community's own home for community targets (community home reads the subEntityId and opens the
 * community and section it names), the POD administration tab for a suggestion (the admin console
 * reads it and opens its Queues with that suggestion focused).
 */
export function personalTabEntity(target: NotificationTarget): 'community' | 'admin' {
  return target.page === 'community' ? 'community' : 'admin';
}

/** The suggestion a link names (Teams subEntityId or a page's query string, `suggestion=3`), if any. */
export function suggestionIdOf(text: string): number | undefined {
  const target = parseSubEntityId(text);
  return target?.page === 'suggestions' ? target.itemId : undefined;
}

/** The target as the Teams tab's subEntityId (and back): `community=5&section=members&item=12`. */
export function subEntityIdOf(target: NotificationTarget): string {
  const q = new URLSearchParams();
  if (target.page === 'community') {
    q.set('community', String(target.communityId));
    q.set('section', target.section);
  } else q.set('suggestion', String(target.itemId));
  if (target.page === 'community' && target.itemId) q.set('item', String(target.itemId));
  return q.toString();
}

export function parseSubEntityId(text: string): NotificationTarget | undefined {
  const q = new URLSearchParams(text);
  const id = (name: string): number | undefined => {
    const v = q.get(name);
    return v && /^[1-9]\d{0,9}$/.test(v) ? Number(v) : undefined;
  };
  const community = id('community');
  if (community) {
    const named = q.get('section');
    const section = named === 'members' || named === 'questions' ? named : 'overview';
    return { page: 'community', communityId: community, section, itemId: id('item') };
  }
  const suggestion = id('suggestion');
  return suggestion ? { page: 'suggestions', itemId: suggestion } : undefined;
}

/** The hub's community page (the directory's community page address): community home reads its query string. */
export const COMMUNITY_PAGE = 'SitePages/Community.aspx';

/**
 * The page a target is on outside Teams: the hub's community page with the community, section and
 * item in its address (`…/SitePages/Community.aspx?community=5&section=members&item=12`), or the
 * suggestion itself in the Suggestions list's display form, where POD reviews it.
 */
export function webUrlOf(target: NotificationTarget, hubUrl: string): string {
  const hub = hubUrl.replace(/\/+$/, '');
  if (target.page === 'suggestions') return `${hub}/Lists/Suggestions/DispForm.aspx?ID=${target.itemId}`;
  return `${hub}/${COMMUNITY_PAGE}?${subEntityIdOf(target)}`;
}

/**
 * A Teams deep link to the personal app's tab with the target as its subEntityId, and `webUrl` for
 * when it is opened outside Teams (the target's own page on the hub, `hubUrl` being the hub site).
 * https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application
 */
export function teamsDeepLink(teamsAppId: string, target: NotificationTarget, hubUrl: string): string {
  const context = JSON.stringify({ subEntityId: subEntityIdOf(target) });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${personalTabEntity(target)}?webUrl=${encodeURIComponent(webUrlOf(target, hubUrl))}&context=${encodeURIComponent(context)}`;
}

/** The target back from a deep link this module made; undefined for any other link. */
export function parseTeamsDeepLink(link: string): NotificationTarget | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  if (url.hostname !== 'teams.microsoft.com' || !url.pathname.startsWith('/l/entity/')) return undefined;
  try {
    const context = JSON.parse(url.searchParams.get('context') ?? '{}') as { subEntityId?: unknown };
    return typeof context.subEntityId === 'string' ? parseSubEntityId(context.subEntityId) : undefined;
  } catch {
    return undefined;
  }
}

/** Cuts text to `max` characters (whole code points), with an ellipsis when cut. Plain text: never markup. */
export function clampText(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** One activity as Graph's request body wants it (without recipients). */
export interface ActivityPayload {
  activityType: ActivityType;
  chainId: number;
  previewText: { content: string };
  templateParameters: Array<{ name: string; value: string }>;
  topic: { source: 'text'; value: string; webUrl: string };
}

/** The words a notification carries: template parameters and a preview line. */
export function activityOf(event: NotificationEvent, teamsAppId: string, webUrl: string): ActivityPayload {
  const params: Record<string, string> = {};
  let preview: string;
  let topic: string;
  switch (event.kind) {
    case 'suggestionMade':
      params.suggestion = event.suggestion.title;
      topic = event.suggestion.title;
      preview = event.suggestion.title;
      break;
    case 'questionAnswered':
    case 'questionInvited':
      params.question = event.question.title;
      topic = event.question.title;
      preview = event.question.title;
      break;
    case 'requestDeclined':
      params.community = event.community.title;
      params.reason = event.reason;
      topic = event.community.title;
      preview = event.reason;
      break;
    default:
      params.community = event.community.title;
      topic = event.community.title;
      preview = event.community.title;
  }
  return {
    activityType: event.kind,
    chainId: chainIdOf(dedupeKey(event)),
    previewText: { content: clampText(preview, PREVIEW_TEXT_LIMIT) },
    templateParameters: ACTIVITY_TYPES[event.kind].map((name) => ({ name, value: clampText(params[name] ?? '', PARAMETER_LIMIT) })),
    topic: { source: 'text', value: clampText(topic, PARAMETER_LIMIT), webUrl: teamsDeepLink(teamsAppId, targetOf(event), webUrl) },
  };
}

/** Why a person was not told, as the actor will read it. */
export type UndeliveredReason = 'notInstalled' | 'notFound' | 'throttled' | 'failed';

/** What sending one event came to; `undelivered` is shown to the person who acted. */
export interface NotifyOutcome {
  event: NotificationKind;
  sent: Person[];
  optedOut: Person[];
  undelivered: Array<{ person: Person; reason: UndeliveredReason }>;
  /** The event had been sent before (same dedupe key): nothing was sent again. */
  duplicate?: boolean;
}
