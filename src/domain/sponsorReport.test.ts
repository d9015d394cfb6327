import type { MembershipRecord, ResourceRecord } from './adminModels';
import type { Community, CommunityEvent, MemberProfile, Person } from './models';
import { sponsorReport, sponsoredBy } from './sponsorReport';

const NOW = new Date('2026-12-01T09:00:00Z');
const person = (id: number): Person => ({ id, displayName: `P${id}`, email: `p${id}@x.example` });
const community: Community = {
  id: 1, title: 'Data', practiceArea: 'Planning', status: 'launched', domain: '', practice: '', audience: '', gardeners: [person(9)],
  joinPolicy: 'approval', rhythm: 'Monthly', groundRules: '', tags: [], sponsor: person(20),
};
const m = (id: number, over: Partial<MembershipRecord>): MembershipRecord => ({
  id, title: '', communityId: 1, member: person(id), level: 'wider', status: 'active', approval: 'approved', ...over,
});

const memberships = [
  m(1, { joinedOn: '2026-01-15T00:00:00Z', level: 'core' }),
  m(2, { joinedOn: '2026-06-10T00:00:00Z' }),
  // Joined in March, left in September (the item's last change).
  m(3, { joinedOn: '2026-03-01T00:00:00Z', status: 'left', modified: '2026-09-20T00:00:00Z' }),
  // A request still pending and one declined never count; nor does another community's member.
  m(4, { joinedOn: '2026-02-01T00:00:00Z', status: 'pending', approval: 'pending' }),
  m(5, { joinedOn: '2026-02-01T00:00:00Z', approval: 'rejected' }),
  m(6, { joinedOn: '2026-02-01T00:00:00Z', communityId: 2 }),
  // No JoinedOn: the item's Created is used.
  m(7, { created: '2026-11-30T00:00:00Z' }),
];
const events: CommunityEvent[] = [
  { id: 1, communityId: 1, title: 'Monthly', eventType: 'meeting', start: '2026-09-01T08:00:00Z', end: '2026-09-01T09:00:00Z', timeZone: 'UTC', recurrence: 'FREQ=MONTHLY;COUNT=6' },
  { id: 2, communityId: 2, title: 'Other', eventType: 'meeting', start: '2026-10-01T09:00:00Z', end: '2026-10-01T10:00:00Z', timeZone: 'UTC' },
];
const resource = (id: number, created: string, communityId = 1): ResourceRecord => ({
  id, communityId, title: `R${id}`, resourceType: 'guide', url: 'https://x.example', description: '', tags: [], created,
});
const profile = (id: number, canHelpWith: string[], wantsToLearn: string[]): MemberProfile => ({ id, person: person(id), canHelpWith, wantsToLearn });

describe('sponsorReport', () => {
  const report = sponsorReport({
    community, memberships, events,
    resources: [resource(1, '2026-11-01T00:00:00Z'), resource(2, '2025-06-01T00:00:00Z'), resource(3, '2026-10-01T00:00:00Z', 2)],
    profiles: [profile(1, ['SQL'], ['Power BI']), profile(9, ['Forecasting'], []), profile(2, [], ['sql', 'Python']), profile(4, ['Python'], [])],
    now: NOW,
  });

  it('counts active members at the end of each of the last twelve months', () => {
    expect(report.membersOverTime).toHaveLength(12);
    const at = Object.fromEntries(report.membersOverTime.map((x) => [x.month, x.members]));
    expect(at['2026-01']).toBe(1);
    expect(at['2026-03']).toBe(2);
    expect(at['2026-06']).toBe(3);
    expect(at['2026-09']).toBe(2);
    expect(at['2026-11']).toBe(3);
    expect(at['2026-12']).toBe(3);
    expect(report.activeNow).toEqual({ core: 1, wider: 2 });
  });

  it('counts sessions held so far (not future ones, not other communities)', () => {
    expect(report.sessions.map((s) => s.start.toISOString().slice(0, 10))).toEqual(['2026-12-01', '2026-11-01', '2026-10-01', '2026-09-01']);
  });

  it('lists resources added in the period', () => {
    expect(report.resourcesAdded.map((r) => r.id)).toEqual([1]);
  });

  it("finds gaps from the active members' and gardeners' profiles only", () => {
    // Python is offered only by a pending requester, so it is still a gap; SQL is offered by a member.
    expect(report.gaps.map((g) => g.topic)).toEqual(['Power BI', 'Python']);
  });
});

describe('sponsoredBy', () => {
  it("picks the sponsor's communities in title order", () => {
    const other = { ...community, id: 2, title: 'Analytics' };
    expect(sponsoredBy([community, other, { ...community, id: 3, sponsor: person(21) }], 20).map((c) => c.id)).toEqual([2, 1]);
  });
});
