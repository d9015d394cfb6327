import type { CommunityEvent, Person, SessionRecord } from './models';
import { participation } from './participation';

const weekly: CommunityEvent = {
  id: 7,
  communityId: 3,
  title: 'Weekly meeting',
  eventType: 'meeting',
  start: '2027-01-05T10:00:00.000Z',
  end: '2027-01-05T11:00:00.000Z',
  timeZone: 'Europe/London',
  recurrence: 'FREQ=WEEKLY;BYDAY=TU',
};
const person = (n: string): Person => ({ id: 0, displayName: n, email: `${n}@x.example` });
const record = (day: string, people: string[], over: Partial<SessionRecord> = {}): SessionRecord => ({
  id: Number(day.replace(/-/g, '')),
  eventId: 7,
  occurrenceStart: `${day}T10:00:00.000Z`,
  attendees: people.map(person),
  notes: '',
  folderCommunityId: 3,
  ...over,
});

describe('participation', () => {
  it('counts sessions held against the rhythm, the last six attendances and their trend, distinct and new attendees', () => {
    const records = [
      record('2027-01-05', ['ann']),
      // The period: February's four Tuesdays and March's first two.
      record('2027-02-02', ['ann', 'bob']),
      record('2027-02-09', ['ann']),
      record('2027-02-16', ['ann', 'bob']),
      record('2027-02-23', ['ann', 'bob', 'cy']),
      record('2027-03-02', ['ann', 'bob', 'cy', 'dee']),
      record('2027-03-09', ['ann', 'bob', 'cy', 'dee', 'eve'], { modified: '2027-03-10T00:00:00Z' }),
      // Filed in another community's folder: not believed.
      record('2027-03-09', ['mallory'], { id: 1, folderCommunityId: 4, modified: '2027-03-11T00:00:00Z' }),
    ];
    const p = participation([weekly], records, 7, new Date('2027-02-01T00:00:00Z'), new Date('2027-03-14T00:00:00Z'));
    expect(p.held).toBe(6);
    expect(p.expected).toBe(6);
    expect(p.lastSix).toEqual([2, 1, 2, 3, 4, 5]);
    expect(p.trend).toBe('up');
    expect(p.distinctAttendees).toBe(5);
    expect(p.newAttendees).toBe(4);
  });

  it('counts a session nobody recorded as 0, has no trend with fewer than six, and no expectation without a rhythm', () => {
    const p = participation([weekly], [], undefined, new Date('2027-02-01T00:00:00Z'), new Date('2027-02-20T00:00:00Z'));
    expect(p).toEqual({ held: 3, expected: undefined, lastSix: [0, 0, 0], trend: undefined, distinctAttendees: 0, newAttendees: 0 });
  });
});
