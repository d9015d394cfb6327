import {
  canPledge,
  countMembers,
  decisionReason,
  effectiveStatus,
  foundingProgress,
  myStandings,
  planFounding,
  planJoin,
  recordedApproval,
  REMOVAL_NOTE_PREFIX,
  settleCore,
  wasRemoved,
  welcomeNote,
  type CountableMembership,
} from './membershipRules';
import type { Membership, MembershipStatus } from './models';

const me = { id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example' };
function membership(communityId: number, over: Partial<Membership> = {}): Membership & { effective: MembershipStatus } {
  const m: Membership = { id: communityId * 10, communityId, member: me, level: 'wider', status: 'active', approval: 'pending', ...over };
  return { ...m, effective: effectiveStatus(m, { joinPolicy: 'open' }) };
}

describe('recordedApproval', () => {
  it("reads an approval given by the item's own author (Editor = Author) as still pending", () => {
    expect(recordedApproval('approved', 7, 7)).toBe('pending');
    expect(effectiveStatus({ status: 'pending', approval: recordedApproval('approved', 7, 7) }, { joinPolicy: 'approval' })).toBe(
      'pending',
    );
  });
  it('keeps an approval by someone else, any rejection and anything pending', () => {
    expect(recordedApproval('approved', 7, 8)).toBe('approved');
    expect(recordedApproval('rejected', 7, 7)).toBe('rejected');
    expect(recordedApproval('pending', 7, 8)).toBe('pending');
  });
  it('trusts the moderation status when the record does not say who (no Author read)', () => {
    expect(recordedApproval('approved', undefined, undefined)).toBe('approved');
    expect(recordedApproval('approved', 0, 0)).toBe('approved');
  });
});

describe('effectiveStatus', () => {
  it('activates open communities at once', () => {
    expect(effectiveStatus({ status: 'active', approval: 'pending' }, { joinPolicy: 'open' })).toBe('active');
  });
  it('keeps approval communities pending until SharePoint approves, whatever the stored status says', () => {
    expect(effectiveStatus({ status: 'active', approval: 'pending' }, { joinPolicy: 'approval' })).toBe('pending');
    expect(effectiveStatus({ status: 'pending', approval: 'approved' }, { joinPolicy: 'approval' })).toBe('active');
  });
  it('reads a rejected approval as declined and leaving as left', () => {
    expect(effectiveStatus({ status: 'active', approval: 'rejected' }, { joinPolicy: 'approval' })).toBe('declined');
    expect(effectiveStatus({ status: 'left', approval: 'approved' }, { joinPolicy: 'open' })).toBe('left');
  });
  it('keeps a pledge a pledge', () => {
    expect(effectiveStatus({ status: 'interested', approval: 'pending' }, { joinPolicy: 'open' })).toBe('interested');
  });
});

describe('planJoin', () => {
  const open = { id: 1, joinPolicy: 'open' as const, status: 'launched' as const };
  const approval = { id: 2, joinPolicy: 'approval' as const, status: 'launched' as const };

  it('creates an active membership in an open community', () => {
    expect(planJoin({ community: open, level: 'wider', mine: [] })).toEqual({
      kind: 'create',
      level: 'wider',
      status: 'active',
      demote: [],
    });
  });
  it('creates a pending request in an approval community', () => {
    expect(planJoin({ community: approval, level: 'core', mine: [] })).toEqual({
      kind: 'create',
      level: 'core',
      status: 'pending',
      demote: [],
    });
  });
  it('changes nothing when joining again at the same level', () => {
    const existing = membership(1, { level: 'wider' });
    expect(planJoin({ community: open, level: 'wider', mine: [existing] })).toEqual({ kind: 'unchanged', membership: existing });
  });
  it('offers a choice instead of a second core membership', () => {
    const core = membership(5, { level: 'core' });
    expect(planJoin({ community: open, level: 'core', mine: [core] })).toEqual({
      kind: 'chooseCore',
      currentCore: core,
      currentCoreCommunityId: 5,
      currentCorePending: false,
    });
  });
  it('says when the core membership elsewhere is still a request', () => {
    const asked = { ...membership(5, { level: 'core', status: 'pending' }), effective: 'pending' as const };
    expect(planJoin({ community: open, level: 'core', mine: [asked] })).toMatchObject({
      kind: 'chooseCore',
      currentCoreCommunityId: 5,
      currentCorePending: true,
    });
  });
  it('moves core here once the person chose to, keeping the old community as a wider membership', () => {
    const core = membership(5, { level: 'core' });
    const { effective, ...stored } = core;
    expect(effective).toBe('active');
    expect(planJoin({ community: open, level: 'core', mine: [core], moveCore: true })).toEqual({
      kind: 'create',
      level: 'core',
      status: 'active',
      demote: [stored],
    });
  });
  it('moves core onto an existing wider membership here, and demotes a pending core request elsewhere too', () => {
    const widerHere = membership(1, { level: 'wider' });
    const pendingCore = { ...membership(5, { level: 'core', status: 'pending' }), effective: 'pending' as const };
    const plan = planJoin({ community: open, level: 'core', mine: [widerHere, pendingCore], moveCore: true });
    expect(plan.kind).toBe('update');
    if (plan.kind !== 'update') return;
    expect(plan.membership.id).toBe(widerHere.id);
    expect(plan.demote.map((m) => m.communityId)).toEqual([5]);
  });
  it('keeps an active core membership elsewhere while a core request to an approval community waits', () => {
    const core = membership(1, { level: 'core' });
    const approval = { id: 2, joinPolicy: 'approval' as const, status: 'launched' as const };
    expect(planJoin({ community: approval, level: 'core', mine: [core], moveCore: true })).toEqual({
      kind: 'create',
      level: 'core',
      status: 'pending',
      demote: [],
    });
  });

  it('settles one core at a time once the new core request is approved: the newest stays core', () => {
    const old = membership(1, { level: 'core' });
    const approved = { ...membership(2, { level: 'core' }), effective: 'active' as const };
    const waiting = { ...approved, effective: 'pending' as const };
    expect(settleCore([old, waiting])).toEqual([]);
    expect(settleCore([old, approved]).map((m) => m.id)).toEqual([old.id]);
    expect(settleCore([old, { ...approved, level: 'wider' }])).toEqual([]);
  });

  it('demotes nothing when joining as wider, even with moveCore set', () => {
    const core = membership(5, { level: 'core' });
    const plan = planJoin({ community: open, level: 'wider', mine: [core], moveCore: true });
    expect(plan).toEqual({ kind: 'create', level: 'wider', status: 'active', demote: [] });
  });
  it('does not treat a founding pledge elsewhere as a core membership', () => {
    const pledge = { ...membership(5, { level: 'core', status: 'interested' }), effective: 'interested' as const };
    expect(planJoin({ community: open, level: 'core', mine: [pledge] }).kind).toBe('create');
  });
  it('does not count a core membership the person has left', () => {
    const left = membership(5, { level: 'core', status: 'left' });
    expect(planJoin({ community: open, level: 'core', mine: [left] }).kind).toBe('create');
  });
  it('reuses the item when rejoining after leaving, keeping history in one place', () => {
    const old = membership(1, { status: 'left' });
    expect(planJoin({ community: open, level: 'core', mine: [old] })).toEqual({
      kind: 'update',
      membership: old,
      level: 'core',
      status: 'active',
      demote: [],
    });
  });
});

describe('founding pledges', () => {
  it('measures progress toward the target and says when it is reached', () => {
    expect(foundingProgress(3, 6)).toEqual({ pledged: 3, target: 6, ratio: 0.5, readyToLaunch: false });
    expect(foundingProgress(7, 6).readyToLaunch).toBe(true);
    expect(foundingProgress(7, 6).ratio).toBe(1);
  });
  it('is never ready without a target', () => {
    expect(foundingProgress(10, undefined).readyToLaunch).toBe(false);
  });
  it('only forming communities take pledges, once per person', () => {
    expect(canPledge({ status: 'forming' })).toBe(true);
    expect(canPledge({ status: 'launched' })).toBe(false);
    expect(canPledge({ status: 'forming' }, { status: 'interested', approval: 'pending', effective: 'interested' })).toBe(false);
  });
});

describe('countMembers', () => {
  const communities = [
    { id: 1, joinPolicy: 'open' as const },
    { id: 2, joinPolicy: 'approval' as const },
    { id: 3, joinPolicy: 'open' as const },
  ];
  const row = (communityId: number, memberId: number, over: Partial<CountableMembership> = {}): CountableMembership => ({
    communityId,
    memberId,
    level: 'wider',
    status: 'active',
    approval: 'pending',
    ...over,
  });

  it('counts core, wider and pledges, with an entry for every community', () => {
    const counts = countMembers([row(1, 10, { level: 'core' }), row(1, 11), row(1, 12), row(3, 13, { status: 'interested' })], communities);
    expect(counts).toEqual({
      1: { core: 1, wider: 2, pledged: 0 },
      2: { core: 0, wider: 0, pledged: 0 },
      3: { core: 0, wider: 0, pledged: 1 },
    });
  });
  it('counts an approval community member only once approved, whatever the stored status says', () => {
    const counts = countMembers(
      [row(2, 10, { status: 'active', approval: 'pending' }), row(2, 11, { approval: 'approved', status: 'pending' })],
      communities,
    );
    expect(counts[2]).toEqual({ core: 0, wider: 1, pledged: 0 });
  });
  it('counts a person once per community however many items they wrote', () => {
    const counts = countMembers(
      [row(1, 10, { level: 'core' }), row(1, 10, { level: 'core' }), row(1, 10, { status: 'left' })],
      communities,
    );
    expect(counts[1]).toEqual({ core: 1, wider: 0, pledged: 0 });
  });
  it('leaves out people who left or were declined, and rows of unknown communities (folders)', () => {
    const counts = countMembers(
      [row(1, 10, { status: 'left' }), row(2, 11, { approval: 'rejected' }), row(0, 12), row(99, 13)],
      communities,
    );
    expect(counts).toEqual({
      1: { core: 0, wider: 0, pledged: 0 },
      2: { core: 0, wider: 0, pledged: 0 },
      3: { core: 0, wider: 0, pledged: 0 },
    });
  });
});

describe('myStandings', () => {
  it('keeps my best-standing item per community and weighs each community policy', () => {
    const left = membership(1, { id: 1, status: 'left' });
    const active = membership(1, { id: 2, status: 'active', level: 'core' });
    const request = membership(2, { id: 3, status: 'pending' });
    const standings = myStandings(
      [left, active, request],
      [
        { id: 1, joinPolicy: 'open' },
        { id: 2, joinPolicy: 'approval' },
      ],
    );
    expect(standings.get(1)?.membership.id).toBe(2);
    expect(standings.get(1)?.effective).toBe('active');
    expect(standings.get(2)?.effective).toBe('pending');
  });
});

describe('planFounding (one core at a time at launch)', () => {
  const pledge = { communityId: 5 };
  it('makes a founder who is core nowhere else a core member', () => {
    expect(planFounding(pledge, [membership(1, { level: 'wider' })])).toEqual({ level: 'core', demote: [] });
  });
  it('by default (no choice recorded, or widerHere) keeps the core membership elsewhere and makes the pledge wider here', () => {
    const core = membership(1, { level: 'core' });
    expect(planFounding(pledge, [core])).toEqual({ level: 'wider', demote: [] });
    expect(planFounding({ ...pledge, founderChoice: 'widerHere' }, [core])).toEqual({ level: 'wider', demote: [] });
  });
  it('with moveCore makes the pledge core and the other core membership wider', () => {
    const core = membership(1, { level: 'core' });
    const plan = planFounding({ ...pledge, founderChoice: 'moveCore' }, [core, membership(2)]);
    expect(plan.level).toBe('core');
    expect(plan.demote.map((m) => m.id)).toEqual([core.id]);
    expect(plan.demote[0]).not.toHaveProperty('effective');
  });
  it("counts only active core memberships elsewhere: a waiting request, one left, or this community's own item are not core elsewhere", () => {
    const waiting = { ...membership(1, { level: 'core', status: 'pending' }), effective: 'pending' as const };
    const left = membership(2, { level: 'core', status: 'left' });
    const here = membership(5, { level: 'core' });
    expect(planFounding(pledge, [waiting, left, here])).toEqual({ level: 'core', demote: [] });
  });
});

describe('a gardener’s welcome and removal, as SharePoint records them', () => {
  const open = { joinPolicy: 'open' as const };
  const approval = { joinPolicy: 'approval' as const };
  it('reads a rejection whose comment says removal as removed; a declined request, or an approval, is not', () => {
    expect(wasRemoved({ approval: 'rejected', decisionNote: `${REMOVAL_NOTE_PREFIX}Spam` })).toBe(true);
    expect(wasRemoved({ approval: 'rejected', decisionNote: 'Not this year' })).toBe(false);
    expect(wasRemoved({ approval: 'rejected' })).toBe(false);
    expect(wasRemoved({ approval: 'approved', decisionNote: `${REMOVAL_NOTE_PREFIX}Spam` })).toBe(false);
    expect(decisionReason({ decisionNote: `${REMOVAL_NOTE_PREFIX}Spam ` })).toBe('Spam');
    expect(decisionReason({ decisionNote: '  ' })).toBeUndefined();
  });
  it('shows a welcome only on an approved, active membership', () => {
    expect(welcomeNote({ status: 'pending', approval: 'approved', decisionNote: 'Hello' }, approval)).toBe('Hello');
    expect(welcomeNote({ status: 'active', approval: 'pending', decisionNote: 'Hello' }, open)).toBeUndefined();
    expect(welcomeNote({ status: 'left', approval: 'approved', decisionNote: 'Hello' }, open)).toBeUndefined();
    expect(welcomeNote({ status: 'active', approval: 'approved' }, open)).toBeUndefined();
  });
});
