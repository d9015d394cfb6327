/**
 * In-memory POD administration for component tests: the same outcomes the PnPjs admin service
 * gives (accepting makes a proposed community, declining keeps the reason, launching turns pledges
 * into core members), and a `refuse` switch that answers like SharePoint does to staff (403).
 */
import type { GroupInfo, HistoryEntry, MembershipRecord, ResourceRecord } from '../../domain/adminModels';
import { TransitionRefused } from '../../domain/errors';
import { transition } from '../../domain/lifecycle';
import { countMembers } from '../../domain/membershipRules';
import type { Community, CommunityEvent, MemberProfile, Suggestion } from '../../domain/models';
import type { IAdminService } from '../../domain/services';
import { planAcceptance } from '../../domain/suggestionAcceptance';
import { planTeam } from '../../domain/teamReconciliation';

export interface FakeAdminData {
  memberships?: MembershipRecord[];
  suggestions?: Suggestion[];
  events?: CommunityEvent[];
  resources?: ResourceRecord[];
  profiles?: MemberProfile[];
  history?: HistoryEntry[];
  groups?: GroupInfo[];
  /** Member emails of each group, by group id (what reconciling a team compares and changes). */
  teams?: Record<string, string[]>;
  /** When set, every write rejects as SharePoint rejects staff. */
  refuse?: boolean;
}

export interface FakeAdminState {
  communities: Community[];
  memberships: MembershipRecord[];
  suggestions: Suggestion[];
}

export function accessDenied(): Error {
  return Object.assign(new Error('Access denied. You do not have permission to perform this action or access this resource.'), {
    status: 403,
  });
}

export function fakeAdmin(
  data: FakeAdminData,
  communities: Community[],
  read: <T>(v: T) => Promise<T>,
): IAdminService & { adminState: FakeAdminState } {
  const adminState: FakeAdminState = {
    communities,
    memberships: [...(data.memberships ?? [])],
    suggestions: [...(data.suggestions ?? [])],
  };
  let nextId = 5000;
  const write = async <T>(f: () => T): Promise<T> => {
    if (data.refuse) throw accessDenied();
    return f();
  };
  const replaceCommunity = (c: Community): Community => {
    const i = adminState.communities.findIndex((x) => x.id === c.id);
    if (i >= 0) adminState.communities[i] = c;
    else adminState.communities.push(c);
    return c;
  };
  const replaceSuggestion = (s: Suggestion): Suggestion => {
    adminState.suggestions = adminState.suggestions.map((x) => (x.id === s.id ? s : x));
    return s;
  };
  return {
    adminState,
    memberships: () => read(adminState.memberships),
    membership: (id) => read(adminState.memberships.find((m) => m.id === id)),
    resources: () => read(data.resources ?? []),
    events: () => read(data.events ?? []),
    profiles: () => read(data.profiles ?? []),
    portfolioPage: (cs) => {
      const ids = new Set(cs.map((c) => c.id));
      const ofPage = <T extends { communityId: number }>(rows: readonly T[] | undefined): T[] =>
        (rows ?? []).filter((r) => ids.has(r.communityId));
      return read({
        counts: countMembers(
          ofPage(adminState.memberships).map((m) => ({ ...m, memberId: m.member.id })),
          cs,
        ),
        events: ofPage(data.events),
        resources: ofPage(data.resources),
        records: [],
      });
    },
    sessionRecords: () => read([]),
    pendingRequests: (limit) =>
      read(
        adminState.memberships
          .filter((m) => m.status === 'pending')
          .sort((a, b) => a.id - b.id)
          .slice(0, limit),
      ),
    reportData: (c) =>
      read({
        memberships: adminState.memberships.filter((m) => m.communityId === c.id),
        events: (data.events ?? []).filter((e) => e.communityId === c.id),
        resources: (data.resources ?? []).filter((r) => r.communityId === c.id),
        profiles: data.profiles ?? [],
      }),
    suggestion: (id) => read(adminState.suggestions.find((s) => s.id === id)),
    acceptSuggestion: (s, choice = { kind: 'propose' }) =>
      write(() => {
        const linked = s.linkedCommunityId !== undefined ? adminState.communities.find((c) => c.id === s.linkedCommunityId) : undefined;
        if (linked) return linked;
        const planned = planAcceptance(s, choice);
        if (!planned.ok) throw new Error(planned.problem);
        const { plan } = planned;
        const created: Community = {
          id: nextId++,
          title: s.title,
          practiceArea: s.practiceArea,
          status: plan.status,
          domain: s.description,
          practice: '',
          audience: '',
          gardeners: plan.gardeners,
          joinPolicy: plan.status === 'proposed' ? 'approval' : 'open',
          rhythm: '',
          groundRules: '',
          tags: [],
          ...(plan.kind === 'linked network' ? { kind: plan.kind } : {}),
          ...(plan.siteUrl ? { siteUrl: plan.siteUrl } : {}),
        };
        replaceCommunity(created);
        replaceSuggestion({ ...s, status: 'accepted', linkedCommunityId: created.id });
        return created;
      }),
    declineSuggestion: (s, reason) =>
      write(() => {
        if (!reason.trim()) throw new Error('Give a reason, so the person who suggested it knows why.');
        return replaceSuggestion({ ...s, status: 'declined', response: reason.trim() });
      }),
    launch: (c, reason) =>
      write(() => {
        const t = transition(c.status, 'launched', reason);
        if (!t.ok) throw new TransitionRefused(t.problem);
        const launched = replaceCommunity({ ...c, status: 'launched' });
        const founders = adminState.memberships.filter((m) => m.communityId === c.id && m.status === 'interested');
        adminState.memberships = adminState.memberships.map((m) =>
          founders.includes(m) ? { ...m, status: 'active', level: 'core', approval: 'approved' } : m,
        );
        return { community: launched, founders: founders.map((m) => ({ id: m.id, label: m.member.displayName, ok: true })) };
      }),
    findGroup: (id) => read((data.groups ?? []).find((g) => g.id === id.trim().toLowerCase())),
    linkGroup: (c, g) => write(() => replaceCommunity({ ...c, groupId: g.id })),
    history: () => read(data.history ?? []),
    reconcileTeam: (c) =>
      write(() => {
        if (!c.groupId) throw new Error(`${c.title} has no team linked, so there is nothing to reconcile.`);
        const team = data.teams?.[c.groupId] ?? [];
        const plan = planTeam(c, adminState.memberships, team);
        if (data.teams) data.teams[c.groupId] = [...team.filter((e) => !plan.remove.includes(e)), ...plan.add];
        return { added: plan.add, removed: plan.remove, failed: [] };
      }),
  };
}
