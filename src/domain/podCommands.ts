/**
 * The POD actions of the list view command set, outside SPFx: which commands a person sees on
 * which list for a selection, and running one over the selected items with one result per item.
 * The SharePoint command set and the workbench's list view page both call these; SharePoint's own
 * permissions still decide every write (a refused item reports "not allowed", nothing more).
 */
import type { ItemResult, MembershipRecord } from './adminModels';
import { effectiveStatus, foundingProgress } from './membershipRules';
import type { Community, CommunityStatus, MembershipLevel, SuggestionKind } from './models';
import type { IAdminService, ICommunityService, IGroupService, IMembershipService, INotificationService, IPeopleService } from './services';
import { planAcceptance, type AcceptanceProblem, type NetworkChoice, type SuggestionAcceptance } from './suggestionAcceptance';
import { decideRequest } from './workflows';

export const POD_COMMAND_IDS = [
  'APPROVE_REQUESTS',
  'DECLINE_REQUESTS',
  'ACCEPT_SUGGESTION',
  'DECLINE_SUGGESTION',
  'LAUNCH_COMMUNITY',
] as const;
export type PodCommandId = (typeof POD_COMMAND_IDS)[number];

/** The hub lists the commands work on. */
export type AdminListKind = 'memberships' | 'suggestions' | 'communities';

export const COMMAND_LIST: Record<PodCommandId, AdminListKind> = {
  APPROVE_REQUESTS: 'memberships',
  DECLINE_REQUESTS: 'memberships',
  ACCEPT_SUGGESTION: 'suggestions',
  DECLINE_SUGGESTION: 'suggestions',
  LAUNCH_COMMUNITY: 'communities',
};

/**
 * A membership waiting for a decision: what readers believe is pending (effectiveStatus weighs the
 * approval and the community's join policy), so joins of open communities and pledges are not requests.
 */
export function isRequest(m: Pick<MembershipRecord, 'approval' | 'status'>, community: Pick<Community, 'joinPolicy'> | undefined): boolean {
  return effectiveStatus(m, community ?? { joinPolicy: 'approval' }) === 'pending';
}

/** Who is looking: POD (site owners) see every command; gardeners the request decisions only. */
export interface CommandAudience {
  isPodAdmin: boolean;
  /** Ids of the communities this person gardens. */
  gardenerOf: readonly number[];
}

export function isPodCommand(id: string): id is PodCommandId {
  return (POD_COMMAND_IDS as readonly string[]).includes(id);
}

/**
 * The commands to show: only on their own list, only with at least one item selected, and only to
 * people allowed to use them. Gardeners may decide their own community's requests (SharePoint grants
 * them Approve on that community's folder only), so they see approve and decline too.
 */
export function visibleCommands(list: AdminListKind | undefined, selectedCount: number, who: CommandAudience): PodCommandId[] {
  if (!list || selectedCount < 1) return [];
  return POD_COMMAND_IDS.filter((id) => {
    if (COMMAND_LIST[id] !== list) return false;
    if (who.isPodAdmin) return true;
    return list === 'memberships' && who.gardenerOf.length > 0;
  });
}

/**
 * Where a gardener (not the POD team) opening Memberships lands: the list view filtered to the
 * communities they garden (SharePoint's own view filter in the address: FilterField1/FilterValue1 for
 * one, FilterFields1/FilterValues1 with ;# between values for several, as its filter pane writes), so
 * they see their own communities' requests, not everyone's. A filter only: SharePoint still lets
 * everyone read memberships (counts and member lists need it) and lets each gardener decide only in
 * their own community's folder. Undefined when there is nothing to filter by, or the address already
 * filters (the person chose a filter, or came back from clearing one).
 */
export function gardenerViewSearch(search: string, gardened: ReadonlyArray<{ title: string }>): string | undefined {
  const params = new URLSearchParams(search);
  if (gardened.length === 0 || [...params.keys()].some((k) => /^Filter(Field|Fields|Value|Values|Type|Types)\d+$/i.test(k)))
    return undefined;
  if (gardened.length === 1) {
    params.set('FilterField1', 'Community');
    params.set('FilterValue1', gardened[0].title);
  } else {
    params.set('FilterFields1', 'Community');
    params.set('FilterValues1', gardened.map((c) => c.title).join(';#'));
    params.set('FilterTypes1', 'Lookup');
  }
  return `?${params.toString()}`;
}

/**
 * Whether a community can be launched now, and if not, why. Below its founding target it is not
 * ready, yet the POD team may decide it is ("launch anyway", with a recorded reason); a community
 * that is not forming can't be launched at all. No target set: nothing to wait for.
 */
export type LaunchReadiness =
  | { kind: 'ready'; pledged: number; target: number }
  | { kind: 'belowTarget'; pledged: number; target: number }
  | { kind: 'notForming'; status: CommunityStatus };

export function launchReadiness(community: Pick<Community, 'status' | 'foundingTarget'>, pledged: number): LaunchReadiness {
  if (community.status !== 'forming') return { kind: 'notForming', status: community.status };
  const progress = foundingProgress(pledged, community.foundingTarget);
  if (progress.target > 0 && !progress.readyToLaunch) return { kind: 'belowTarget', pledged, target: progress.target };
  return { kind: 'ready', pledged, target: progress.target };
}

/**
 * What a community would launch without, said in the confirmation (it launches anyway if POD goes
 * ahead): no gardener to welcome members and decide requests, no linked team for the founders to join.
 */
export type LaunchGap = 'noGardener' | 'noTeam';

export function launchGaps(community: Pick<Community, 'gardeners' | 'groupId'>): LaunchGap[] {
  const gaps: LaunchGap[] = [];
  if (community.gardeners.length === 0) gaps.push('noGardener');
  if (!community.groupId) gaps.push('noTeam');
  return gaps;
}

/** Declines need a reason the person will read; launching records one (a default is offered). */
export function needsReason(id: PodCommandId): 'required' | 'recorded' | 'none' {
  if (id === 'DECLINE_REQUESTS' || id === 'DECLINE_SUGGESTION') return 'required';
  return id === 'LAUNCH_COMMUNITY' ? 'recorded' : 'none';
}

/** The words of the per-item report, from the host's localised strings. */
export interface PodCommandText {
  notFound: string;
  notAllowed: string;
  changedMeanwhile: string;
  alreadyDecided: string;
  /** Approving one's own request: someone else decides it. */
  ownRequest: string;
  isPledge: string;
  reasonNeeded: string;
  notForming: (status: string) => string;
  targetNotReached: (pledged: number, target: number) => string;
  teamNotUpdated: (why: string) => string;
  created: (title: string) => string;
  /** An existing network listed as launched, with its organiser as gardener. */
  listedLaunched: (title: string, organiser: string) => string;
  /** An existing network recorded as one the hub links to. */
  linkedNetwork: (title: string, url: string) => string;
  /** An existing network accepted without a choice, or a choice that can't be carried out. */
  acceptanceProblem: (problem: AcceptanceProblem | 'choiceNeeded') => string;
  launched: (founders: number, failed: number) => string;
  /** Any other failure (throttling, an outage, the network), in the host's words. */
  otherError: (e: unknown) => string;
}

/** One item a command is about to act on, as the confirmation names it. */
export interface PodTarget {
  id: number;
  /** The person (a request) or the title (a suggestion or community); `#id` when it can't be read. */
  name: string;
  /** For a request: the community and the level asked for. */
  request?: { community: string; level: MembershipLevel };
  /** For a launch: whether it can launch now, and what it would launch without. */
  readiness?: LaunchReadiness;
  gaps?: LaunchGap[];
  /** For a suggestion: a new idea or an existing network (which asks POD what to make of it). */
  suggestionKind?: SuggestionKind;
}

/** What the person running a command chose before confirming. */
export interface PodCommandInput {
  reason?: string;
  launchBelowTarget?: boolean;
  /** What to make of each existing network accepted (a new idea is always proposed). */
  network?: NetworkChoice;
}

export interface PodCommandServices {
  admin: IAdminService;
  memberships: IMembershipService;
  groups: IGroupService;
  communities: ICommunityService;
  /** When given, who couldn't be told in Teams is shown with the results. */
  notifications?: INotificationService;
  /** Who is running the command: nobody approves their own request (it would not count; recordedApproval). */
  people?: Pick<IPeopleService, 'me'>;
}

/** True when the person deciding is the person who asked: approving it would not count, so it is not offered. */
export function isOwnRequest(m: Pick<MembershipRecord, 'member'>, me: { id: number } | undefined): boolean {
  return me !== undefined && me.id !== 0 && m.member.id === me.id;
}

function failure(e: unknown, text: PodCommandText): string {
  const status = (e as { status?: number }).status;
  if (status === 403) return text.notAllowed;
  if (status === 404) return text.notFound;
  if (status === 412) return text.changedMeanwhile;
  return text.otherError(e);
}

type Outcome = { ok: boolean; label: string; message?: string };

/** `seen.label` is set as soon as the item is known, so a failure later still names it. */
async function runOne(
  id: PodCommandId,
  itemId: number,
  s: PodCommandServices,
  reason: string,
  input: PodCommandInput,
  text: PodCommandText,
  cache: Map<number, Community | undefined>,
  seen: { label: string },
): Promise<Outcome> {
  const belowTarget = input.launchBelowTarget === true;
  const community = async (cid: number): Promise<Community | undefined> => {
    if (!cache.has(cid)) cache.set(cid, await s.communities.get(cid));
    return cache.get(cid);
  };
  switch (id) {
    case 'APPROVE_REQUESTS':
    case 'DECLINE_REQUESTS': {
      const m = await s.admin.membership(itemId);
      if (!m) return { ok: false, label: `#${itemId}`, message: text.notFound };
      const label = (seen.label = m.title || m.member.displayName);
      if (m.status === 'interested') return { ok: false, label, message: text.isPledge };
      const c = await community(m.communityId);
      if (!isRequest(m, c)) return { ok: false, label, message: text.alreadyDecided };
      const approve = id === 'APPROVE_REQUESTS';
      if (approve && isOwnRequest(m, await s.people?.me())) return { ok: false, label, message: text.ownRequest };
      if (!approve && !reason) return { ok: false, label, message: text.reasonNeeded };
      const outcome = await decideRequest(s, c ?? {}, m, approve, approve ? undefined : reason);
      return { ok: true, label, message: outcome.groupError ? text.teamNotUpdated(failure(outcome.groupError, text)) : undefined };
    }
    case 'ACCEPT_SUGGESTION':
    case 'DECLINE_SUGGESTION': {
      const sug = await s.admin.suggestion(itemId);
      if (!sug) return { ok: false, label: `#${itemId}`, message: text.notFound };
      seen.label = sug.title;
      if (id === 'DECLINE_SUGGESTION') {
        if (!reason) return { ok: false, label: sug.title, message: text.reasonNeeded };
        await s.admin.declineSuggestion(sug, reason);
        return { ok: true, label: sug.title };
      }
      // An existing network is not a new idea: it is accepted only as POD chose (issue 18).
      const choice: SuggestionAcceptance | undefined = sug.kind === 'existing network' ? input.network : { kind: 'propose' };
      if (!choice) return { ok: false, label: sug.title, message: text.acceptanceProblem('choiceNeeded') };
      const planned = planAcceptance(sug, choice);
      if (!planned.ok) return { ok: false, label: sug.title, message: text.acceptanceProblem(planned.problem) };
      const created = await s.admin.acceptSuggestion(sug, choice);
      if (choice.kind === 'listLaunched')
        return { ok: true, label: sug.title, message: text.listedLaunched(created.title, sug.author?.displayName ?? '') };
      if (choice.kind === 'link')
        return { ok: true, label: sug.title, message: text.linkedNetwork(created.title, created.siteUrl ?? planned.plan.siteUrl ?? '') };
      return { ok: true, label: sug.title, message: text.created(created.title) };
    }
    case 'LAUNCH_COMMUNITY': {
      const c = await community(itemId);
      if (!c) return { ok: false, label: `#${itemId}`, message: text.notFound };
      seen.label = c.title;
      if (c.status !== 'forming') return { ok: false, label: c.title, message: text.notForming(c.status) };
      // Launching anyway is only ever with a reason: it is what the history keeps of the decision.
      if (!reason) return { ok: false, label: c.title, message: text.reasonNeeded };
      const pledged = (await s.memberships.counts([c]))[c.id]?.pledged ?? 0;
      const readiness = launchReadiness(c, pledged);
      if (readiness.kind === 'belowTarget' && !belowTarget)
        return { ok: false, label: c.title, message: text.targetNotReached(readiness.pledged, readiness.target) };
      const out = await s.admin.launch(c, reason);
      return { ok: true, label: c.title, message: text.launched(out.founders.length, out.founders.filter((f) => !f.ok).length) };
    }
  }
}

/** How many of the selected items a confirmation names; the rest are counted ("and 3 more"). */
export const NAMED_IN_CONFIRMATION = 5;

/**
 * The items a confirmation names, read before anyone confirms: the first few for most commands, and
 * every one for a launch or an accept (whether each can launch, or is an existing network, decides
 * what is asked). One unreadable item is shown by its id; it never hides the others.
 */
export async function podTargets(id: PodCommandId, itemIds: readonly number[], s: PodCommandServices): Promise<PodTarget[]> {
  // Every community of a launch and every suggestion of an accept: what each is decides what is asked.
  const ids = id === 'LAUNCH_COMMUNITY' || id === 'ACCEPT_SUGGESTION' ? itemIds : itemIds.slice(0, NAMED_IN_CONFIRMATION);
  const byId = (cid: number): Promise<Community | undefined> => s.communities.get(cid).catch(() => undefined);
  const one = async (itemId: number): Promise<PodTarget> => {
    switch (COMMAND_LIST[id]) {
      case 'memberships': {
        const m = await s.admin.membership(itemId);
        if (!m) return { id: itemId, name: `#${itemId}` };
        const c = await byId(m.communityId);
        return { id: itemId, name: m.member.displayName || m.title, request: c ? { community: c.title, level: m.level } : undefined };
      }
      case 'suggestions': {
        const sug = await s.admin.suggestion(itemId);
        return sug ? { id: itemId, name: sug.title, suggestionKind: sug.kind } : { id: itemId, name: `#${itemId}` };
      }
      case 'communities': {
        const c = await byId(itemId);
        if (!c) return { id: itemId, name: `#${itemId}` };
        const pledged = (await s.memberships.counts([c]))[c.id]?.pledged ?? 0;
        return { id: itemId, name: c.title, readiness: launchReadiness(c, pledged), gaps: launchGaps(c) };
      }
    }
  };
  return Promise.all(ids.map((itemId) => one(itemId).catch((): PodTarget => ({ id: itemId, name: `#${itemId}` }))));
}

/**
 * Runs a command over the selected items, one after another (each may be several writes that must
 * happen in order), and reports every item: one failure never stops the rest.
 */
export async function runPodCommand(
  id: PodCommandId,
  itemIds: readonly number[],
  services: PodCommandServices,
  input: PodCommandInput,
  text: PodCommandText,
  onProgress?: (done: number, total: number) => void,
): Promise<ItemResult[]> {
  const reason = (input.reason ?? '').trim();
  const results: ItemResult[] = [];
  const cache = new Map<number, Community | undefined>();
  for (const itemId of itemIds) {
    const seen = { label: `#${itemId}` };
    try {
      results.push({ id: itemId, ...(await runOne(id, itemId, services, reason, input, text, cache, seen)) });
    } catch (e) {
      results.push({ id: itemId, label: seen.label, ok: false, message: failure(e, text) });
    }
    onProgress?.(results.length, itemIds.length);
  }
  return results;
}
