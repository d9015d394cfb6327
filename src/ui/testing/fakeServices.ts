/**
 * In-memory services for component tests: real behaviour of the seam, no HTTP. Joining and pledging
 * follow the same domain rules as the PnPjs services (planJoin, effectiveStatus, countMembers), so a
 * component test sees what a person would see against SharePoint.
 */
import { CoreChoiceNeeded, TeamAlreadyLinked } from '../../domain/errors';
import { countMembers, effectiveStatus, planJoin, REMOVAL_NOTE_PREFIX } from '../../domain/membershipRules';
import type {
  CommunityCharter,
  Community,
  CommunityEvent,
  CurrentUser,
  MemberProfile,
  Membership,
  MembershipLevel,
  MembershipStatus,
  Resource,
  Suggestion,
} from '../../domain/models';
import type { NotificationKind, NotifyOutcome } from '../../domain/notifications';
import type { CopServices, INotificationService, NewEvent, SetupReport } from '../../domain/services';
import { fakeAdmin, type FakeAdminData } from './fakeAdmin';
import { stageNamesFrom, type ProgrammeSettings } from '../../domain/programme';

export interface FakeData {
  communities?: Community[];
  /** The signed-in person's memberships. */
  mine?: Membership[];
  /** Everyone else's memberships, for member counts. */
  others?: Membership[];
  me?: Partial<CurrentUser>;
  /** Events of every community (filtered by community on read). */
  events?: CommunityEvent[];
  /** Resources of every community (filtered by community on read). */
  resources?: Resource[];
  /** What people can help with and want to learn (one per person; the signed-in person's is id 7's). */
  profiles?: MemberProfile[];
  setup?: SetupReport;
  /** POD administration's data (see fakeAdmin). */
  admin?: FakeAdminData;
  /** The programme's known practice areas and stage names (none when unset). */
  programme?: Partial<ProgrammeSettings>;
  /** Suggestions already made (the signed-in person's carry `author` id 7). */
  suggestions?: Suggestion[];
  /** Declined requests the signed-in person dismissed. */
  dismissed?: number[];
  /** Charters the gardeners saved (one per community). */
  charters?: CommunityCharter[];
  /** When set, every read rejects with this. */
  failWith?: unknown;
}

/** What the fake holds, for a test to inspect after the UI wrote to it. */
export interface FakeState {
  mine: Membership[];
  resources: Resource[];
  suggestions: Suggestion[];
  /** Declined requests dismissed from My communities. */
  dismissed: number[];
  profiles: MemberProfile[];
  /** The Teams notification kinds the signed-in person turned off. */
  muted: NotificationKind[];
  programme: ProgrammeSettings;
  charters: CommunityCharter[];
}

export type FakeServices = CopServices & {
  state: FakeState;
  notifications: INotificationService & { /** Tells listeners, as a failed send would. */ emit(o: NotifyOutcome): void };
};

/** Notifications that send nothing; a test emits an outcome to see what the UI says. */
function fakeNotifications(state: FakeState): FakeServices['notifications'] {
  const listeners = new Set<(o: NotifyOutcome) => void>();
  return {
    send: async (event) => ({ event: event.kind, sent: [], optedOut: [], undelivered: [] }),
    onUndelivered: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    idle: async () => undefined,
    mutedKinds: async () => [...state.muted],
    setMutedKinds: async (kinds) => (state.muted = [...kinds]),
    emit: (o) => listeners.forEach((l) => l(o)),
  };
}

export function community(id: number, over: Partial<Community> = {}): Community {
  return {
    id,
    title: `Community ${id}`,
    practiceArea: 'Communications',
    status: 'launched',
    domain: '',
    practice: '',
    audience: '',
    gardeners: [],
    joinPolicy: 'open',
    rhythm: '',
    groundRules: '',
    tags: [],
    ...over,
  };
}

/** Someone else's membership, for counts. */
export function membership(communityId: number, memberId: number, over: Partial<Membership> = {}): Membership {
  return {
    id: communityId * 1000 + memberId,
    communityId,
    member: { id: memberId, displayName: `Person ${memberId}`, email: `p${memberId}@cophub.example` },
    level: 'wider',
    status: 'active',
    approval: 'approved',
    ...over,
  };
}

/** A session's places and deadline as SharePoint keeps them: null clears, left out keeps `before`'s. */
function placesOf(e: NewEvent, before?: CommunityEvent): { capacity: number | undefined; registrationDeadline: string | undefined } {
  return {
    capacity: e.capacity === undefined ? before?.capacity : (e.capacity ?? undefined),
    registrationDeadline: e.registrationDeadline === undefined ? before?.registrationDeadline : (e.registrationDeadline ?? undefined),
  };
}

export function fakeServices(data: FakeData = {}): FakeServices {
  const read = <T>(value: T): Promise<T> => (data.failWith !== undefined ? Promise.reject(data.failWith) : Promise.resolve(value));
  const unsupported = (): Promise<never> => Promise.reject(new Error('Not used by this test'));
  const communities = [...(data.communities ?? [])];
  const me: CurrentUser = { id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example', isPodAdmin: false, ...data.me };
  const state: FakeState = {
    mine: [...(data.mine ?? [])],
    resources: [...(data.resources ?? [])],
    suggestions: [...(data.suggestions ?? [])],
    dismissed: [...(data.dismissed ?? [])],
    profiles: [...(data.profiles ?? [])],
    muted: [],
    programme: { practiceAreas: [...(data.programme?.practiceAreas ?? [])], stageNames: { ...data.programme?.stageNames } },
    charters: [...(data.charters ?? [])],
  };
  const others = [...(data.others ?? [])];
  let nextId = 90000;
  // Sessions as a gardener schedules and edits them (the test's own array, so it sees them too).
  const events = data.events ?? [];

  const policyOf = (id: number): Pick<Community, 'joinPolicy'> => communities.find((c) => c.id === id) ?? { joinPolicy: 'approval' };
  const withEffective = (): Array<Membership & { effective: MembershipStatus }> =>
    state.mine.map((m) => ({ ...m, effective: effectiveStatus(m, policyOf(m.communityId)) }));
  const save = (m: Membership): Membership => {
    state.mine = [...state.mine.filter((x) => x.id !== m.id), m];
    return m;
  };
  const create = (c: Community, level: MembershipLevel, status: MembershipStatus): Membership =>
    save({ id: nextId++, communityId: c.id, member: me, level, status, approval: 'pending', joinedOn: new Date().toISOString() });

  return {
    state,
    setup: {
      check: () => read(data.setup ?? { ready: true, missingLists: [], missingFields: [] }),
      provision: async () => ['Created list Communities'],
    },
    communities: {
      all: () => read(communities),
      listing: () => read(communities),
      get: (id) => read(communities.find((c) => c.id === id)),
      getByGroupId: (g) => read(communities.find((c) => c.groupId === g)),
      changeStatus: unsupported,
      async linkTeam(c, groupId) {
        const holder = communities.find((x) => x.groupId === groupId && x.id !== c.id);
        if (holder) throw new TeamAlreadyLinked(holder.title);
        const linked = { ...c, groupId };
        communities.splice(
          communities.findIndex((x) => x.id === c.id),
          1,
          linked,
        );
        return linked;
      },
      gardenedBy: (userId) =>
        read(communities.filter((c) => c.gardeners.some((g) => g.id === userId)).map((c) => ({ id: c.id, title: c.title }))),
      charter: (id) => read(state.charters.find((c) => c.communityId === id)),
      async saveCharter(c, text, current) {
        const stored = state.charters.find((x) => x.communityId === c.id);
        // As SharePoint does with the etag a save carries: someone else's newer save is not overwritten.
        if (stored && stored.etag !== current?.etag) throw Object.assign(new Error('Precondition failed'), { status: 412 });
        const saved: CommunityCharter = {
          ...text,
          id: stored?.id ?? nextId++,
          communityId: c.id,
          etag: `"${nextId++}"`,
          modifiedBy: me.displayName,
        };
        state.charters = [...state.charters.filter((x) => x.communityId !== c.id), saved];
        return saved;
      },
    },
    memberships: {
      mine: () => read(state.mine),
      ofCommunity: (id) => read({ items: [...others, ...state.mine].filter((m) => m.communityId === id) }),
      async join(c, level, moveCore = false) {
        // As the real service does: memberships of communities that no longer exist are no reason to choose.
        const live = withEffective().filter((m) => m.communityId === c.id || communities.some((x) => x.id === m.communityId));
        const plan = planJoin({ community: c, level, mine: live, moveCore });
        if (plan.kind === 'unchanged') return plan.membership;
        if (plan.kind === 'chooseCore') throw new CoreChoiceNeeded(plan.currentCoreCommunityId, plan.currentCorePending);
        const joined =
          plan.kind === 'update'
            ? save({ ...plan.membership, level: plan.level, status: plan.status })
            : create(c, plan.level, plan.status);
        for (const old of plan.demote) save({ ...old, level: 'wider' });
        return joined;
      },
      async pledge(c, founderChoice) {
        const here = state.mine.find((m) => m.communityId === c.id);
        if (here && here.status !== 'left') return here;
        const pledged = here ? save({ ...here, status: 'interested', level: 'core' }) : create(c, 'core', 'interested');
        return founderChoice === 'moveCore' ? save({ ...pledged, founderChoice }) : pledged;
      },
      leave: async (m) => save({ ...m, status: 'left' }),
      changeLevel: async (m, level) => save({ ...m, level }),
      async decide(m, approve, note) {
        // SharePoint's content approval: the request keeps the decision and the approver's reason.
        const decided: Membership = { ...m, approval: approve ? 'approved' : 'rejected', decisionNote: note || m.decisionNote };
        const at = others.findIndex((x) => x.id === m.id);
        if (at >= 0) others[at] = decided;
        else save(decided);
        return decided;
      },
      welcome(m, note) {
        return this.decide(m, true, note);
      },
      remove(m, reason) {
        return this.decide(m, false, `${REMOVAL_NOTE_PREFIX}${reason}`);
      },
      counts: (cs) => {
        const rows = [...others, ...state.mine].map((m) => ({ ...m, memberId: m.member.id }));
        return read(countMembers(rows, cs));
      },
    },
    content: {
      resources: (id) => read(state.resources.filter((r) => r.communityId === id)),
      async addResource(r) {
        // As SharePoint does: mine, waiting for the community's gardener.
        const saved: Resource = {
          ...r,
          id: nextId++,
          tags: [],
          owner: me,
          reviewDate: r.reviewDate || undefined,
          authorId: me.id,
          approval: 'pending',
          etag: '"1"',
        };
        state.resources.push(saved);
        return saved;
      },
      async updateResource(r, changes) {
        const current = state.resources.find((x) => x.id === r.id);
        if (!current) throw Object.assign(new Error('Not found'), { status: 404 });
        if (current.authorId !== me.id) throw Object.assign(new Error('Access denied'), { status: 403 });
        if (r.etag && current.etag && r.etag !== current.etag) throw Object.assign(new Error('Changed meanwhile'), { status: 412 });
        const version = Number(/\d+/.exec(current.etag ?? '')?.[0] ?? 1) + 1;
        const saved: Resource = {
          ...current,
          ...changes,
          reviewDate: changes.reviewDate || undefined,
          approval: 'pending',
          etag: `"${version}"`,
        };
        state.resources = state.resources.map((x) => (x.id === r.id ? saved : x));
        return saved;
      },
      async removeResource(r) {
        const current = state.resources.find((x) => x.id === r.id);
        if (!current) throw Object.assign(new Error('Not found'), { status: 404 });
        if (current.authorId !== me.id) throw Object.assign(new Error('Access denied'), { status: 403 });
        state.resources = state.resources.filter((x) => x.id !== r.id);
      },
      events: (id) => read(events.filter((e) => e.communityId === id)),
      eventsOf: (ids) => read(events.filter((e) => ids.includes(e.communityId))),
      hubEvents: () => read(events.filter((e) => e.communityId <= 0)),
      async addEvent(e) {
        const saved: CommunityEvent = { ...e, ...placesOf(e), id: nextId++, timeZone: e.timeZone || 'Europe/London' };
        events.push(saved);
        return saved;
      },
      async updateEvent(id, e) {
        const saved: CommunityEvent = {
          ...e,
          ...placesOf(
            e,
            events.find((x) => x.id === id),
          ),
          id,
          timeZone: e.timeZone || 'Europe/London',
        };
        events.splice(
          events.findIndex((x) => x.id === id),
          1,
          saved,
        );
        return saved;
      },
      async suggest(s) {
        const saved: Suggestion = { ...s, id: state.suggestions.length + 1, status: 'new', author: me };
        state.suggestions.push(saved);
        return saved;
      },
      suggestions: () => read(state.suggestions),
      mySuggestions: () => read(state.suggestions.filter((x) => x.author?.id === me.id)),
      dismissedRequests: () => read(state.dismissed),
      async dismissRequest(id) {
        state.dismissed = [...new Set([...state.dismissed, id])];
        return state.dismissed;
      },
      myProfile: () => read(state.profiles.find((p) => p.person.id === me.id)),
      profilesOf: (ids) => read(state.profiles.filter((p) => ids.includes(p.person.id))),
      async saveProfile(p) {
        const existing = state.profiles.find((x) => x.person.id === me.id);
        const saved: MemberProfile = { id: existing?.id ?? nextId++, person: me, ...p };
        state.profiles = [...state.profiles.filter((x) => x.person.id !== me.id), saved];
        return saved;
      },
    },
    people: {
      me: () => read(me),
      myId: () => read(me.id),
      myRoles: () => read({ id: me.id, isPodAdmin: me.isPodAdmin }),
      search: () => read([]),
      byIds: () => read([]),
    },
    groups: { addMember: unsupported, removeMember: unsupported, memberEmails: () => read([]) },
    admin: fakeAdmin(data.admin ?? {}, communities, read),
    notifications: fakeNotifications(state),
    programme: {
      settings: () => read(state.programme),
      async renameStages(names) {
        const merged = { ...state.programme.stageNames, ...names };
        state.programme = {
          ...state.programme,
          stageNames: stageNamesFrom(Object.entries(merged).map(([stage, name]) => ({ stage, name }))),
        };
        return state.programme.stageNames;
      },
    },
  };
}
