import type { CommunityEvent } from './models';
import { checkRhythm, firstSession, lastSession, nextSession, sessionsBetween, upcomingSessions } from './rhythm';

function event(over: Partial<CommunityEvent> = {}): CommunityEvent {
  return {
    id: 1,
    communityId: 1,
    title: 'Community meeting',
    eventType: 'meeting',
    start: '2026-03-17T10:00:00Z',
    end: '2026-03-17T11:00:00Z',
    timeZone: 'Europe/London',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    ...over,
  };
}
const iso = (d: Date): string => d.toISOString();
const day = 86_400_000;

describe('recurring sessions across daylight saving', () => {
  it('keeps a 10:00 Europe/London meeting at 10:00 local across the March clock change', () => {
    const s = sessionsBetween(event(), new Date('2026-03-20T00:00:00Z'), new Date('2026-04-08T00:00:00Z'));
    // 29 March 2026: GMT → BST, so 10:00 local moves from 10:00Z to 09:00Z.
    expect(s.map((x) => iso(x.start))).toEqual(['2026-03-24T10:00:00.000Z', '2026-03-31T09:00:00.000Z', '2026-04-07T09:00:00.000Z']);
    expect(s.map((x) => x.end.getTime() - x.start.getTime())).toEqual([3600000, 3600000, 3600000]);
  });
  it('and back across the October change', () => {
    const s = sessionsBetween(event(), new Date('2026-10-19T00:00:00Z'), new Date('2026-10-29T00:00:00Z'));
    expect(s.map((x) => iso(x.start))).toEqual(['2026-10-20T09:00:00.000Z', '2026-10-27T10:00:00.000Z']);
  });
  it('uses the series zone, not the machine zone or UTC (New York changes on a different date)', () => {
    const ny = event({ start: '2026-03-03T14:00:00Z', end: '2026-03-03T15:00:00Z', timeZone: 'America/New_York' }); // 09:00 EST
    const s = sessionsBetween(ny, new Date('2026-03-01T00:00:00Z'), new Date('2026-03-18T00:00:00Z'));
    expect(s.map((x) => iso(x.start))).toEqual(['2026-03-03T14:00:00.000Z', '2026-03-10T13:00:00.000Z', '2026-03-17T13:00:00.000Z']);
  });
  it('keeps "first Tuesday" on the local first Tuesday even when that is another UTC day', () => {
    const sydney = event({
      start: '2026-01-05T22:00:00Z',
      end: '2026-01-05T23:00:00Z',
      timeZone: 'Australia/Sydney',
      recurrence: 'FREQ=MONTHLY;BYDAY=1TU',
    });
    const s = sessionsBetween(sydney, new Date('2026-01-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'));
    // 09:00 Sydney on 6 Jan, 3 Feb, 3 Mar (AEDT, UTC+11), then 7 Apr (AEST from 5 April, UTC+10).
    expect(s.map((x) => iso(x.start))).toEqual([
      '2026-01-05T22:00:00.000Z',
      '2026-02-02T22:00:00.000Z',
      '2026-03-02T22:00:00.000Z',
      '2026-04-06T23:00:00.000Z',
    ]);
  });
  it('starts a series on the first occurrence of its rule, in local time', () => {
    const s = firstSession(event({ start: '2026-03-28T10:00:00Z', end: '2026-03-28T11:00:00Z' })); // Saturday, GMT
    expect(s && iso(s.start)).toBe('2026-03-31T09:00:00.000Z'); // Tuesday 10:00 BST
    // Weekly on Saturdays in February only: the first is next year's, still at 10:00 London.
    expect(firstSession(event({ recurrence: 'FREQ=WEEKLY;BYMONTH=2', start: '2026-03-28T10:00:00Z' }))?.start.toISOString()).toBe(
      '2027-02-06T10:00:00.000Z',
    );
  });
  it('honours COUNT from the first session', () => {
    const s = sessionsBetween(
      event({ recurrence: 'FREQ=WEEKLY;COUNT=3' }),
      new Date('2026-01-01T00:00:00Z'),
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(s).toHaveLength(3);
  });
  it('treats an event without (or with a broken) recurrence as a one-off', () => {
    expect(
      sessionsBetween(event({ recurrence: undefined }), new Date('2026-03-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z')),
    ).toHaveLength(1);
    expect(
      sessionsBetween(event({ recurrence: 'FREQ=SOMETIMES' }), new Date('2026-03-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z')),
    ).toHaveLength(1);
  });
  it('falls back to UTC for an unknown zone instead of failing', () => {
    const s = sessionsBetween(event({ timeZone: 'Mars/Olympus' }), new Date('2026-03-30T00:00:00Z'), new Date('2026-04-01T00:00:00Z'));
    expect(s.map((x) => iso(x.start))).toEqual(['2026-03-31T10:00:00.000Z']);
  });
});

describe('upcoming and next sessions', () => {
  const lunch = event({
    id: 2,
    title: 'Lunch and learn',
    start: '2026-03-27T12:00:00Z',
    end: '2026-03-27T12:45:00Z',
    recurrence: 'FREQ=MONTHLY;BYDAY=-1FR',
  });
  it('merges series in time order and includes a session in progress', () => {
    const now = new Date('2026-03-31T09:30:00Z');
    const s = upcomingSessions([lunch, event()], now, 30, 3);
    expect(s.map((x) => `${x.event.title} ${iso(x.start)}`)).toEqual([
      'Community meeting 2026-03-31T09:00:00.000Z',
      'Community meeting 2026-04-07T09:00:00.000Z',
      'Community meeting 2026-04-14T09:00:00.000Z',
    ]);
    expect(nextSession([lunch], now)?.start.toISOString()).toBe('2026-04-24T11:00:00.000Z');
  });
  it('has no next session when a series has ended', () => {
    expect(nextSession([event({ recurrence: 'FREQ=WEEKLY;COUNT=2' })], new Date('2026-06-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('the rhythm flag', () => {
  const monthly = event({ recurrence: 'FREQ=MONTHLY;BYDAY=1TU', start: '2026-01-06T10:00:00Z', end: '2026-01-06T11:00:00Z' });
  it('finds the latest session that has started', () => {
    expect(lastSession([monthly], new Date('2026-04-20T00:00:00Z'))?.start.toISOString()).toBe('2026-04-07T09:00:00.000Z');
  });
  it('is not raised while sessions keep to the rhythm', () => {
    expect(checkRhythm({ rhythmDays: 31 }, [monthly], new Date('2026-04-20T00:00:00Z'))).toMatchObject({
      lapsed: false,
      daysSinceLast: 12,
    });
  });
  it('is raised when the last session is longer ago than the declared rhythm', () => {
    const ended = event({ recurrence: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=2', start: '2026-01-06T10:00:00Z', end: '2026-01-06T11:00:00Z' });
    const now = new Date(Date.parse('2026-02-03T10:00:00Z') + 32 * day);
    expect(checkRhythm({ rhythmDays: 31 }, [ended], now)).toMatchObject({ lapsed: true, daysSinceLast: 32 });
    expect(checkRhythm({ rhythmDays: 31 }, [ended], new Date(Date.parse('2026-02-03T10:00:00Z') + 31 * day)).lapsed).toBe(false);
  });
  it('is raised when a community with a rhythm has never met, and never without a declared rhythm', () => {
    const future = event({ start: '2027-01-05T10:00:00Z', end: '2027-01-05T11:00:00Z' });
    expect(checkRhythm({ rhythmDays: 14 }, [future], new Date('2026-06-01T00:00:00Z'))).toEqual({
      lapsed: true,
      daysSinceLast: undefined,
      last: undefined,
    });
    expect(checkRhythm({}, [], new Date('2026-06-01T00:00:00Z')).lapsed).toBe(false);
  });
});
