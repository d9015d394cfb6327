import type { Membership, Person } from './models';
import { groupMembers } from './memberGroups';

const person = (id: number, name: string): Person => ({
  id,
  displayName: name,
  email: `${name.toLowerCase().replace(' ', '.')}@cophub.example`,
});
const grace = person(1, 'Grace Okafor');
const tom = person(2, 'Tom Becker');
const ann = person(3, 'Ann Lee');
const zed = person(4, 'Zed Morris');
const m = (id: number, member: Person, over: Partial<Membership> = {}): Membership => ({
  id,
  communityId: 1,
  member,
  level: 'wider',
  status: 'active',
  approval: 'pending',
  ...over,
});

describe('groupMembers', () => {
  const open = { joinPolicy: 'open' as const, gardeners: [grace] };
  it('puts gardeners under leaders, then core and wider members in name order', () => {
    const g = groupMembers(open, [m(1, zed, { level: 'core' }), m(2, tom), m(3, ann, { level: 'core' }), m(4, grace, { level: 'core' })]);
    expect(g.leaders).toEqual([grace]);
    expect(g.core.map((p) => p.displayName)).toEqual(['Ann Lee', 'Zed Morris']);
    expect(g.wider.map((p) => p.displayName)).toEqual(['Tom Becker']);
  });
  it('counts only active memberships, by the join policy and approval', () => {
    const approval = { joinPolicy: 'approval' as const, gardeners: [] };
    const g = groupMembers(approval, [m(1, tom), m(2, ann, { approval: 'approved' }), m(3, zed, { status: 'left', approval: 'approved' })]);
    expect([...g.core, ...g.wider].map((p) => p.displayName)).toEqual(['Ann Lee']);
    expect(groupMembers(open, [m(4, tom, { status: 'interested' })]).wider).toEqual([]);
  });
  it('lists each person once, as core when any of their items is core', () => {
    const g = groupMembers(open, [m(1, tom), m(2, tom, { level: 'core' })]);
    expect(g.core).toEqual([tom]);
    expect(g.wider).toEqual([]);
  });
  it('narrows every group by name or email words', () => {
    const g = groupMembers(open, [m(1, tom), m(2, ann, { level: 'core' })], 'BECK');
    expect(g).toEqual({ leaders: [], core: [], wider: [tom] });
    expect(groupMembers(open, [], 'okafor@').leaders).toEqual([grace]);
  });
});
