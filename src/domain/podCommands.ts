/**
 * The POD actions of the list view command set, outside SPFx: which commands a person sees on
 * which list for a selection, and running one over the selected items with one result per item.
 * The SharePoint command set and the workbench's list view page both call these; SharePoint's own
 * permissions still decide every write (a refused item reports "not allowed", nothing more).
 */
import type { ItemResult, MembershipRecord } from './adminModels';
import { effectiveStatus } from './membershipRules';
import type { Community } from './models';
import type { IAdminService, ICommunityService, IGroupService, IMembershipService, INotificationService } from './services';
import { decideRequest } from './workflows';

export const POD_COMMAND_IDS = ['APPROVE_REQUESTS', 'DECLINE_REQUESTS', 'ACCEPT_SUGGESTION', 'DECLINE_SUGGESTION', 'LAUNCH_COMMUNITY'] as const;
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
  isPledge: string;
  reasonNeeded: string;
  notForming: (status: string) => string;
  targetNotReached: (pledged: number, target: number) => string;
  teamNotUpdated: (why: string) => string;
  created: (title: string) => string;
  launched: (founders: number, failed: number) => string;
  /** Any other failure (throttling, an outage, the network), in the host's words. */
  otherError: (e: unknown) => string;
}

export interface PodCommandServices {
  admin: IAdminService;
  memberships: IMembershipService;
  groups: IGroupService;
  communities: ICommunityService;
  /** When given, who couldn't be told in Teams is shown with the results. */
  notifications?: INotificationService;
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
  id: PodCommandId, itemId: number, s: PodCommandServices, reason: string, text: PodCommandText, cache: Map<number, Community | undefined>, seen: { label: string },
): Promise<Outcome> {
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
      const created = await s.admin.acceptSuggestion(sug);
      return { ok: true, label: sug.title, message: text.created(created.title) };
    }
    case 'LAUNCH_COMMUNITY': {
      const c = await community(itemId);
      if (!c) return { ok: false, label: `#${itemId}`, message: text.notFound };
      seen.label = c.title;
      if (c.status !== 'forming') return { ok: false, label: c.title, message: text.notForming(c.status) };
      const pledged = (await s.memberships.counts([c]))[c.id]?.pledged ?? 0;
      if (c.foundingTarget && pledged < c.foundingTarget) return { ok: false, label: c.title, message: text.targetNotReached(pledged, c.foundingTarget) };
      const out = await s.admin.launch(c, reason);
      return { ok: true, label: c.title, message: text.launched(out.founders.length, out.founders.filter((f) => !f.ok).length) };
    }
  }
}

/**
 * Runs a command over the selected items, one after another (each may be several writes that must
 * happen in order), and reports every item: one failure never stops the rest.
 */
export async function runPodCommand(
  id: PodCommandId, itemIds: readonly number[], services: PodCommandServices, input: { reason?: string }, text: PodCommandText,
  onProgress?: (done: number, total: number) => void,
): Promise<ItemResult[]> {
  const reason = (input.reason ?? '').trim();
  const results: ItemResult[] = [];
  const cache = new Map<number, Community | undefined>();
  for (const itemId of itemIds) {
    const seen = { label: `#${itemId}` };
    try {
      results.push({ id: itemId, ...(await runOne(id, itemId, services, reason, text, cache, seen)) });
    } catch (e) {
      results.push({ id: itemId, label: seen.label, ok: false, message: failure(e, text) });
    }
    onProgress?.(results.length, itemIds.length);
  }
  return results;
}
