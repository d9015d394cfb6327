import type { MembershipRecord, ResourceRecord } from './adminModels';
import type { Community, CommunityEvent, MemberProfile, Person } from './models';
import type { Answer, Question } from './questions';
import { canReadReport, membershipSpans, sponsorReport, sponsoredBy } from './sponsorReport';

const NOW = new Date('2026-12-01T09:00:00Z');
const person = (id: number): Person => ({ id, displayName: `P${id}`, email: `p${id}@x.example` });
const community: Community = {
  id: 1,
  title: 'Data',
  practiceArea: 'Planning',
  status: 'launched',
  domain: '',
  practice: '',
  audience: '',
  gardeners: [person(9)],
  joinPolicy: 'approval',
  rhythm: 'Monthly',
  groundRules: '',
  tags: [],
  sponsor: person(20),
};
const m = (id: number, over: Partial<MembershipRecord>): MembershipRecord => ({
  id,
  title: '',
  communityId: 1,
  member: person(id),
  level: 'wider',
  status: 'active',
  approval: 'approved',
  ...over,
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
  {
    id: 1,
    communityId: 1,
    title: 'Monthly',
    eventType: 'meeting',
    start: '2026-09-01T08:00:00Z',
    end: '2026-09-01T09:00:00Z',
    timeZone: 'UTC',
    recurrence: 'FREQ=MONTHLY;COUNT=6',
  },
  {
    id: 2,
    communityId: 2,
    title: 'Other',
    eventType: 'meeting',
    start: '2026-10-01T09:00:00Z',
    end: '2026-10-01T10:00:00Z',
    timeZone: 'UTC',
  },
];
const resource = (id: number, created: string, communityId = 1): ResourceRecord => ({
  id,
  communityId,
  title: `R${id}`,
  resourceType: 'guide',
  url: 'https://x.example',
  description: '',
  tags: [],
  created,
});
const profile = (id: number, canHelpWith: string[], wantsToLearn: string[]): MemberProfile => ({
  id,
  person: person(id),
  canHelpWith,
  wantsToLearn,
});

describe('sponsorReport', () => {
  const report = sponsorReport({
    community,
    memberships,
    events,
    resources: [resource(1, '2026-11-01T00:00:00Z'), resource(2, '2025-06-01T00:00:00Z'), resource(3, '2026-10-01T00:00:00Z', 2)],
    profiles: [
      profile(1, ['SQL'], ['Power BI']),
      profile(9, ['Forecasting'], []),
      profile(2, [], ['sql', 'Python']),
      profile(4, ['Python'], []),
    ],
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
    expect(report.sessions.map((s) => s.start.toISOString().slice(0, 10))).toEqual([
      '2026-12-01',
      '2026-11-01',
      '2026-10-01',
      '2026-09-01',
    ]);
  });

  it('lists resources added in the period', () => {
    expect(report.resourcesAdded.map((r) => r.id)).toEqual([1]);
  });

  it('names the new members of the period, newest first, with when they joined; never a request or another community', () => {
    // P3 left in September but joined in March: still a new member of the period.
    expect(report.newMembers.map((n) => [n.person.displayName, n.joined.toISOString().slice(0, 10)])).toEqual([
      ['P7', '2026-11-30'],
      ['P2', '2026-06-10'],
      ['P3', '2026-03-01'],
      ['P1', '2026-01-15'],
    ]);
  });

  it("finds gaps from the active members' and gardeners' profiles only", () => {
    // Python is offered only by a pending requester, so it is still a gap; SQL is offered by a member.
    expect(report.gaps.map((g) => g.topic)).toEqual(['Power BI', 'Python']);
  });
});

describe('membership history from versions', () => {
  const at = (report: ReturnType<typeof sponsorReport>): Record<string, number> =>
    Object.fromEntries(report.membersOverTime.map((x) => [x.month, x.members]));
  const launched = { ...community, id: 1 };

  it('counts members through the months they belonged (the reported bug: 0 members while sessions were held)', () => {
    const history = [
      // Pledged in February; the community launched on 1 October and made the pledge a core membership.
      m(1, {
        joinedOn: '2026-02-03T00:00:00Z',
        level: 'core',
        statusHistory: [
          { when: '2026-02-03T00:00:00Z', status: 'interested' },
          { when: '2026-10-01T10:00:00Z', status: 'active' },
        ],
      }),
      // Approved in October, then moved to core in November: that edit awaits approval again, while
      // readers still see the approved membership. Before, the item read as a request and the member
      // vanished from every month.
      m(2, {
        joinedOn: '2026-10-05T00:00:00Z',
        approval: 'pending',
        level: 'core',
        statusHistory: [
          { when: '2026-10-05T00:00:00Z', status: 'active' },
          { when: '2026-11-10T00:00:00Z', status: 'active' },
        ],
      }),
      // Joined in March, left in May, came back in October.
      m(3, {
        joinedOn: '2026-03-01T00:00:00Z',
        statusHistory: [
          { when: '2026-03-01T00:00:00Z', status: 'active' },
          { when: '2026-05-15T00:00:00Z', status: 'left' },
          { when: '2026-10-20T00:00:00Z', status: 'active' },
        ],
      }),
      // Left in June; POD touched the item in November, which moved its Modified but not the leaving.
      m(4, {
        joinedOn: '2026-01-10T00:00:00Z',
        status: 'left',
        modified: '2026-11-25T00:00:00Z',
        statusHistory: [
          { when: '2026-01-10T00:00:00Z', status: 'active' },
          { when: '2026-06-01T00:00:00Z', status: 'left' },
        ],
      }),
    ];
    const report = sponsorReport({
      community: launched,
      memberships: history,
      events: [],
      resources: [],
      profiles: [],
      now: NOW,
      period: { from: '2026-01', to: '2026-12' },
    });
    expect(at(report)).toEqual({
      '2026-01': 1,
      '2026-02': 1,
      '2026-03': 2,
      '2026-04': 2,
      '2026-05': 1,
      '2026-06': 0,
      '2026-07': 0,
      '2026-08': 0,
      '2026-09': 0,
      '2026-10': 3,
      '2026-11': 3,
      '2026-12': 3,
    });
    // A pledge makes a member at the launch, not when pledged.
    expect(report.newMembers.map((n) => [n.person.id, n.joined.toISOString()])).toEqual([
      [2, '2026-10-05T00:00:00.000Z'],
      [1, '2026-10-01T10:00:00.000Z'],
      [3, '2026-03-01T00:00:00.000Z'],
      [4, '2026-01-10T00:00:00.000Z'],
    ]);
    // Coming back in October is not joining: in September to October only the launch's and P2 are new.
    const autumn = sponsorReport({
      community: launched,
      memberships: history,
      events: [],
      resources: [],
      profiles: [],
      now: NOW,
      period: { from: '2026-09', to: '2026-10' },
    });
    expect(autumn.newMembers.map((n) => n.person.id)).toEqual([2, 1]);
  });

  it('never counts a declined request, nor a request still waiting', () => {
    expect(membershipSpans(m(5, { approval: 'rejected', joinedOn: '2026-02-01T00:00:00Z' }), launched)).toEqual([]);
    expect(
      membershipSpans(
        m(6, {
          approval: 'pending',
          joinedOn: '2026-02-01T00:00:00Z',
          statusHistory: [{ when: '2026-02-01T00:00:00Z', status: 'active' }],
        }),
        launched,
      ),
    ).toEqual([]);
  });

  it('reports the chosen months: counts at each month end, sessions and resources inside the period only', () => {
    const report = sponsorReport({
      community,
      memberships,
      events,
      profiles: [],
      now: NOW,
      period: { from: '2026-09', to: '2026-10' },
      resources: [resource(1, '2026-11-01T00:00:00Z'), resource(2, '2026-10-31T12:00:00Z')],
    });
    expect(report.membersOverTime.map((x) => x.month)).toEqual(['2026-09', '2026-10']);
    expect(report.to.toISOString()).toBe('2026-10-31T23:59:59.999Z');
    expect(report.sessions.map((s) => s.start.toISOString().slice(0, 10))).toEqual(['2026-10-01', '2026-09-01']);
    expect(report.resourcesAdded.map((r) => r.id)).toEqual([2]);
    expect(report.newMembers).toEqual([]);
  });
});

describe('canReadReport', () => {
  it('lets the sponsor and the POD team read the report, and nobody else', () => {
    expect(canReadReport(community, { id: 20, isPodAdmin: false })).toBe(true);
    expect(canReadReport(community, { id: 1, isPodAdmin: true })).toBe(true);
    expect(canReadReport(community, { id: 1, isPodAdmin: false })).toBe(false);
    expect(canReadReport({ sponsor: undefined }, { id: 20, isPodAdmin: false })).toBe(false);
  });
});

describe('sponsoredBy', () => {
  it("picks the sponsor's communities in title order", () => {
    const other = { ...community, id: 2, title: 'Analytics' };
    expect(sponsoredBy([community, other, { ...community, id: 3, sponsor: person(21) }], 20).map((c) => c.id)).toEqual([2, 1]);
  });
});

describe('questions in the sponsor report (issue 16)', () => {
  const q = (id: number, created: string, extra: Partial<Question> = {}): Question => ({
    id,
    title: `Q${id}`,
    details: '',
    topics: [],
    communityId: 1,
    folderCommunityId: 1,
    askerId: 50,
    askerName: 'Asker',
    created,
    modified: created,
    moderationStatus: 2,
    ...extra,
  });
  const a = (id: number, questionId: number, created: string, answererId = 60): Answer => ({
    id,
    questionId,
    body: 'x',
    folderCommunityId: 1,
    answererId,
    answererName: 'Someone',
    created,
    modified: created,
    moderationStatus: 2,
  });
  const base = { community, memberships: [], events: [], resources: [], profiles: [], now: NOW };

  it('counts the questions asked in the period, the share answered and the median hours to a first answer by someone else', () => {
    const questions = [
      q(1, '2026-11-02T09:00:00Z', { acceptedAnswerId: 11 }),
      q(2, '2026-11-10T09:00:00Z'),
      q(3, '2026-11-20T09:00:00Z'),
      q(4, '2024-01-01T09:00:00Z', { acceptedAnswerId: 14 }), // before the period
      q(5, '2026-11-21T09:00:00Z', { communityId: 2, folderCommunityId: 2 }), // another community's
    ];
    const answers = [
      a(11, 1, '2026-11-02T13:00:00Z'), // 4 hours
      a(12, 2, '2026-11-10T10:00:00Z', 50), // the asker's own: not a first answer
      a(13, 2, '2026-11-12T09:00:00Z'), // 48 hours
      a(14, 4, '2024-01-01T10:00:00Z'),
    ];
    const report = sponsorReport({ ...base, questions: { questions, answers } });
    expect(report.questions).toEqual({ asked: 3, answered: 1, shareAnswered: 1 / 3, medianHoursToFirstAnswer: 26 });
  });

  it('says nothing of questions when they were not read', () => {
    expect(sponsorReport(base).questions).toBeUndefined();
    expect(sponsorReport({ ...base, questions: { questions: [], answers: [] } }).questions).toEqual({
      asked: 0,
      answered: 0,
      shareAnswered: 0,
      medianHoursToFirstAnswer: undefined,
    });
  });
});
