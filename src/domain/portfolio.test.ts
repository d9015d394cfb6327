import { buildPortfolio, filterPortfolio, sortPortfolio, EMPTY_PORTFOLIO_FILTER } from './portfolio';
import { currentRhythmDays } from './rhythm';
import type { Community, CommunityEvent, Person, Resource, SessionRecord } from './models';
import type { Answer, Question } from './questions';

const NOW = new Date('2026-12-01T09:00:00Z');
const person = (id: number, displayName: string): Person => ({ id, displayName, email: `${id}@x.example` });
const community = (id: number, over: Partial<Community> = {}): Community => ({
  id,
  title: `C${id}`,
  practiceArea: 'Area',
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
});
const event = (communityId: number, start: string): CommunityEvent => ({
  id: communityId * 10,
  communityId,
  title: 'Meet',
  eventType: 'meeting',
  start,
  end: start,
  timeZone: 'Europe/London',
});
const resource = (communityId: number, reviewDate?: string): Resource => ({
  id: Math.random(),
  communityId,
  title: 'R',
  resourceType: 'guide',
  url: 'https://x.example',
  description: '',
  tags: [],
  reviewDate,
});

const attended = (start: string, names: string[]): SessionRecord => ({
  id: Date.parse(start),
  eventId: 10,
  occurrenceStart: start,
  attendees: names.map((n, i) => ({ id: i + 100, displayName: n, email: `${n}@x.example` })),
  notes: '',
  folderCommunityId: 1,
});

describe('buildPortfolio', () => {
  const input = {
    communities: [
      community(1, { title: 'Data', sponsor: person(5, 'Anand Iyer'), gardeners: [person(6, 'Daniel Novak')], rhythmDays: 30 }),
      community(2, { title: 'Events', status: 'forming', foundingTarget: 3 }),
    ],
    counts: { 1: { core: 3, wider: 10, pledged: 0 }, 2: { core: 0, wider: 0, pledged: 2 } },
    events: [event(1, '2026-11-20T10:00:00Z'), event(1, '2026-10-01T10:00:00Z'), event(1, '2026-12-20T10:00:00Z')],
    resources: [resource(1, '2027-06-01'), resource(1, '2026-01-01'), resource(2)],
    records: [
      attended('2026-10-01T10:00:00.000Z', ['ann', 'bob']),
      attended('2026-11-20T10:00:00.000Z', ['ann', 'bob', 'cy', 'dee', 'eve', 'fay']),
    ],
    now: NOW,
  };
  const rows = buildPortfolio(input);

  it('takes the last session held (not a future one) and compares it with the rhythm', () => {
    expect(rows[0].lastSession?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(rows[0].daysSinceLastSession).toBe(10);
    expect(rows[0].lapsed).toBe(false);
  });

  it('counts resources due for review and scores launched communities only', () => {
    expect([rows[0].resources, rows[0].resourcesDueForReview, rows[0].freshness]).toEqual([2, 1, 0.5]);
    // Leadership 20, members 12 + 8, the last session within the rhythm 15, 2 of the 6 sessions the
    // rhythm asks for in 182 days 3, attendance (average 4 of 5: 5; no trend from two sessions; 6 of 10
    // different people: 2; 6 newcomers: 3), questions unread 0, half the resources fresh 5.
    expect(rows[0].health?.score).toBe(20 + 20 + 15 + 3 + (5 + 0 + 2 + 3) + 0 + 5);
    expect(rows[0].health?.factors.find((f) => f.key === 'attendance')?.points).toBe(10);
    // Records that could not be read: attendance and the sessions held earn nothing.
    expect(buildPortfolio({ ...input, records: undefined })[0].health?.score).toBe(20 + 20 + 15 + 5);
    expect(rows[1].health).toBeUndefined();
    expect(rows[1].members.pledged).toBe(2);
    expect([rows[1].hasSponsor, rows[1].hasGardener]).toEqual([false, false]);
  });

  it('scores the questions asked in the last 182 days (issue 16): how many, the share answered, how soon', () => {
    const q = (id: number, created: string, acceptedAnswerId?: number): Question => ({
      id,
      title: `Q${id}`,
      details: '',
      topics: [],
      communityId: rows[0].community.id,
      folderCommunityId: rows[0].community.id,
      askerId: 50,
      askerName: 'Asker',
      acceptedAnswerId,
      created,
      modified: created,
      moderationStatus: 2,
    });
    const answer = (id: number, questionId: number, created: string): Answer => ({
      id,
      questionId,
      body: 'x',
      folderCommunityId: rows[0].community.id,
      answererId: 60,
      answererName: 'Helper',
      created,
      modified: created,
      moderationStatus: 2,
    });
    const recent = (days: number, hours = 0): string => new Date(NOW.getTime() - days * 86_400_000 + hours * 3_600_000).toISOString();
    const questions = {
      questions: [q(1, recent(10), 11), q(2, recent(20)), q(3, recent(400), 13)],
      answers: [answer(11, 1, recent(10, 2)), answer(13, 3, recent(399))],
    };
    const scored = buildPortfolio({ ...input, questions })[0].health!;
    // Two asked in the period of 4 for full points: 2 (of 3); one of two answered: 2 (of 4); a first answer within 2 hours: 3.
    expect(scored.factors.find((f) => f.key === 'questions')?.points).toBe(2 + 2 + 3);
    expect(scored.score).toBe((rows[0].health?.score ?? 0) + 7);
  });

  it('sorts by health with unscored last, and by title for ties', () => {
    expect(sortPortfolio(rows, 'health', true).map((r) => r.community.title)).toEqual(['Data', 'Events']);
    expect(sortPortfolio(rows, 'health').map((r) => r.community.title)).toEqual(['Events', 'Data']);
    expect(sortPortfolio(rows, 'status').map((r) => r.community.title)).toEqual(['Events', 'Data']);
  });

  it('filters by words across sponsor and gardeners, by status, and by missing leadership', () => {
    expect(filterPortfolio(rows, { ...EMPTY_PORTFOLIO_FILTER, text: 'novak' }).map((r) => r.community.id)).toEqual([1]);
    expect(filterPortfolio(rows, { ...EMPTY_PORTFOLIO_FILTER, statuses: ['forming'] }).map((r) => r.community.id)).toEqual([2]);
    expect(filterPortfolio(rows, { ...EMPTY_PORTFOLIO_FILTER, needsLeadership: true }).map((r) => r.community.id)).toEqual([2]);
    expect(filterPortfolio(rows, EMPTY_PORTFOLIO_FILTER)).toHaveLength(2);
  });
});

describe('currentRhythmDays', () => {
  const fortnightly: CommunityEvent = {
    ...event(1, '2026-09-03T13:00:00Z'),
    recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
  };
  it('takes the rhythm from a current series over the one declared in words ("Monthly" but meeting fortnightly)', () => {
    expect(currentRhythmDays({ rhythmDays: 31 }, [fortnightly], NOW)).toBe(14);
    // So a community whose last fortnightly session was 18 days ago has lapsed, though "monthly".
    const quiet = { ...fortnightly, recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20261113T000000Z' };
    const [row] = buildPortfolio({
      communities: [community(1, { rhythmDays: 31 })],
      counts: {},
      events: [quiet],
      resources: [],
      now: NOW,
    });
    expect([row.daysSinceLastSession, row.lapsed]).toEqual([18, true]);
  });
  it('keeps the declared rhythm where the only series ended long ago, or there is none', () => {
    const ended = {
      ...fortnightly,
      start: '2025-01-02T13:00:00Z',
      end: '2025-01-02T14:00:00Z',
      recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=3',
    };
    expect(currentRhythmDays({ rhythmDays: 31 }, [ended], NOW)).toBe(31);
    expect(currentRhythmDays({ rhythmDays: 31 }, [event(1, '2026-11-20T10:00:00Z')], NOW)).toBe(31);
  });
});
