import { canPledge, effectiveStatus, foundingProgress, planJoin } from './membershipRules';
import type { Membership, MembershipStatus } from './models';

const me = { id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example' };
function membership(communityId: number, over: Partial<Membership> = {}): Membership & { effective: MembershipStatus } {
  const m: Membership = { id: communityId * 10, communityId, member: me, level: 'wider', status: 'active', approval: 'pending', ...over };
  return { ...m, effective: effectiveStatus(m, { joinPolicy: 'open' }) };
}

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
    expect(planJoin({ community: open, level: 'wider', mine: [] })).toEqual({ kind: 'create', level: 'wider', status: 'active' });
  });
  it('creates a pending request in an approval community', () => {
    expect(planJoin({ community: approval, level: 'core', mine: [] })).toEqual({ kind: 'create', level: 'core', status: 'pending' });
  });
  it('changes nothing when joining again at the same level', () => {
    const existing = membership(1, { level: 'wider' });
    expect(planJoin({ community: open, level: 'wider', mine: [existing] })).toEqual({ kind: 'unchanged', membership: existing });
  });
  it('offers a choice instead of a second core membership', () => {
    const core = membership(5, { level: 'core' });
    expect(planJoin({ community: open, level: 'core', mine: [core] })).toEqual({ kind: 'chooseCore', currentCore: core, currentCoreCommunityId: 5 });
  });
  it('lets the person move core here once they chose to', () => {
    const core = membership(5, { level: 'core' });
    expect(planJoin({ community: open, level: 'core', mine: [core], moveCore: true })).toEqual({ kind: 'create', level: 'core', status: 'active' });
  });
  it('does not count a core membership the person has left', () => {
    const left = membership(5, { level: 'core', status: 'left' });
    expect(planJoin({ community: open, level: 'core', mine: [left] }).kind).toBe('create');
  });
  it('reuses the item when rejoining after leaving, keeping history in one place', () => {
    const old = membership(1, { status: 'left' });
    expect(planJoin({ community: open, level: 'core', mine: [old] })).toEqual({ kind: 'update', membership: old, level: 'core', status: 'active' });
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
