import type { Community, CommunityEvent, SessionRecord } from './models';
import { sponsorReport } from './sponsorReport';

const community: Community = {
  id: 1,
  title: 'Data',
  practiceArea: 'Planning',
  status: 'launched',
  domain: '',
  practice: '',
  audience: '',
  gardeners: [],
  joinPolicy: 'open',
  rhythm: 'Monthly',
  rhythmDays: 31,
  groundRules: '',
  tags: [],
};
const monthly: CommunityEvent = {
  id: 3,
  communityId: 1,
  title: 'Monthly meeting',
  eventType: 'meeting',
  start: '2026-01-06T10:00:00Z',
  end: '2026-01-06T11:00:00Z',
  timeZone: 'UTC',
  recurrence: 'FREQ=MONTHLY;BYDAY=1TU',
};
const rec = (day: string, people: string[]): SessionRecord => ({
  id: Number(day.replace(/-/g, '')),
  eventId: 3,
  occurrenceStart: `${day}T10:00:00.000Z`,
  attendees: people.map((p) => ({ id: 0, displayName: p, email: `${p}@x.example` })),
  notes: '',
  folderCommunityId: 1,
});

describe('the sponsor report’s participation', () => {
  const input = { community, memberships: [], events: [monthly], resources: [], profiles: [], now: new Date('2026-12-01T09:00:00Z') };

  it('reports sessions held against the rhythm, the last six attendances and their trend, distinct and new attendees, from the records', () => {
    const records = [
      rec('2026-06-02', ['ann']),
      rec('2026-07-07', ['ann', 'bob']),
      rec('2026-08-04', ['ann']),
      rec('2026-09-01', ['ann', 'bob', 'cy']),
      rec('2026-10-06', ['ann', 'bob', 'cy']),
      rec('2026-11-03', ['ann', 'bob', 'cy', 'dee']),
      rec('2026-12-01', ['ann', 'bob', 'cy', 'dee']),
    ];
    const report = sponsorReport({ ...input, records, period: { from: '2026-06', to: '2026-11' } });
    expect(report.participation).toEqual({
      held: 6,
      expected: 6,
      lastSix: [1, 2, 1, 3, 3, 4],
      trend: 'up',
      distinctAttendees: 4,
      newAttendees: 4,
    });
  });

  it('says nothing of participation when the records were not read (a site without the list)', () => {
    expect(sponsorReport(input).participation).toBeUndefined();
  });
});
