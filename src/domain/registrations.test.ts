import type { CommunityEvent, Registration } from './models';
import {
  capacityProblem,
  deadlineProblem,
  deriveAttendance,
  occurrenceKey,
  registrationClosesAt,
  registrationCovers,
  standingOf,
} from './registrations';
import { sessionsBetween } from './rhythm';

const event = (over: Partial<CommunityEvent> = {}): CommunityEvent => ({
  id: 7,
  communityId: 3,
  title: 'Lunch and learn',
  eventType: 'lunch and learn',
  start: '2027-03-02T12:00:00.000Z',
  end: '2027-03-02T13:00:00.000Z',
  timeZone: 'Europe/London',
  ...over,
});
const START = new Date('2027-03-02T12:00:00.000Z');
let nextId = 1;
const reg = (registrantId: number, over: Partial<Registration> = {}): Registration => ({
  id: nextId++,
  eventId: 7,
  occurrenceStart: START.toISOString(),
  registrantId,
  registrantName: `Person ${registrantId}`,
  created: '2027-02-01T09:00:00.000Z',
  modified: '2027-02-01T09:00:00.000Z',
  folderCommunityId: 3,
  ...over,
});
const ids = (rs: Registration[]): number[] => rs.map((r) => r.registrantId);

describe('who is confirmed and who waits', () => {
  it('confirms the first registrations up to the places and puts the rest on the waiting list, in order', () => {
    const rs = [reg(1), reg(2), reg(3), reg(4)];
    const a = deriveAttendance(rs, event({ capacity: 2 }), START);
    expect(ids(a.confirmed)).toEqual([1, 2]);
    expect(ids(a.waiting)).toEqual([3, 4]);
  });

  it('promotes the next person when someone confirmed cancels (their item is gone), without anyone writing anything', () => {
    const rs = [reg(1), reg(2), reg(3), reg(4)];
    const after = deriveAttendance(
      rs.filter((r) => r.registrantId !== 1),
      event({ capacity: 2 }),
      START,
    );
    expect(ids(after.confirmed)).toEqual([2, 3]);
    expect(ids(after.waiting)).toEqual([4]);
  });

  it('follows a change of capacity: more places confirm those waiting, fewer send the latest back to wait', () => {
    const rs = [reg(1), reg(2), reg(3), reg(4)];
    expect(ids(deriveAttendance(rs, event({ capacity: 3 }), START).confirmed)).toEqual([1, 2, 3]);
    expect(ids(deriveAttendance(rs, event({ capacity: 1 }), START).waiting)).toEqual([2, 3, 4]);
    expect(ids(deriveAttendance(rs, event({ capacity: undefined }), START).confirmed)).toEqual([1, 2, 3, 4]);
  });

  it('orders by id (which SharePoint assigns), not by the order the list was read in', () => {
    const rs = [reg(1), reg(2), reg(3)];
    expect(ids(deriveAttendance([...rs].reverse(), event({ capacity: 1 }), START).confirmed)).toEqual([1]);
  });

  it('sends a registration its registrant edited (pointed at this session later) to the back of the queue', () => {
    const early = reg(1, { modified: '2027-02-10T09:00:00.000Z' });
    const rs = [early, reg(2), reg(3)];
    expect(ids(deriveAttendance(rs, event({ capacity: 2 }), START).confirmed)).toEqual([2, 3]);
    // Edited after registration closed, it no longer counts at all.
    const late = { ...early, modified: '2027-03-02T12:05:00.000Z' };
    expect(ids(deriveAttendance([late, reg(2)], event(), START).confirmed)).toEqual([2]);
  });

  it('counts each registrant once, at their earliest registration', () => {
    const rs = [reg(1), reg(2), reg(1), reg(1)];
    const a = deriveAttendance(rs, event({ capacity: 5 }), START);
    expect(ids(a.confirmed)).toEqual([1, 2]);
    expect(a.confirmed[0].id).toBe(rs[0].id);
  });

  it('a whole-series registration counts for every session; one for another session or event does not', () => {
    const series = event({ recurrence: 'FREQ=WEEKLY;COUNT=3' });
    const second = new Date('2027-03-09T12:00:00.000Z');
    const rs = [reg(1, { occurrenceStart: undefined }), reg(2), reg(3, { occurrenceStart: second.toISOString() }), reg(4, { eventId: 8 })];
    expect(ids(deriveAttendance(rs, series, START).confirmed)).toEqual([1, 2]);
    expect(ids(deriveAttendance(rs, series, second).confirmed)).toEqual([1, 3]);
  });

  it("ignores registrations outside the event's community folder, or made after registration closed", () => {
    const rs = [
      reg(1, { folderCommunityId: 4 }),
      reg(2, { folderCommunityId: undefined }),
      reg(3, { created: '2027-03-02T11:59:00.000Z', modified: '2027-03-02T11:59:00.000Z' }),
      reg(4, { created: '2027-03-02T12:00:01.000Z', modified: '2027-03-02T12:00:01.000Z' }),
    ];
    expect(ids(deriveAttendance(rs, event(), START).confirmed)).toEqual([3]);
    const deadline = event({ registrationDeadline: '2027-03-01T17:00:00.000Z' });
    expect(ids(deriveAttendance(rs, deadline, START).confirmed)).toEqual([]);
  });

  it("keeps a hub event's registrations in the hub's folder", () => {
    const hub = event({ communityId: 0 });
    const rs = [reg(1, { folderCommunityId: 0 }), reg(2, { folderCommunityId: 3 })];
    expect(ids(deriveAttendance(rs, hub, START).confirmed)).toEqual([1]);
  });

  it('reads a capacity that is not a positive whole number as no limit', () => {
    const rs = [reg(1), reg(2)];
    for (const capacity of [0, -1, 1.5, Number.NaN])
      expect(ids(deriveAttendance(rs, event({ capacity }), START).confirmed)).toEqual([1, 2]);
  });
});

describe('my standing', () => {
  const now = new Date('2027-02-20T09:00:00.000Z');
  it('says registered, waiting at position N, open (with or without a place), or closed', () => {
    const rs = [reg(1), reg(2), reg(3), reg(4)];
    const e = event({ capacity: 2 });
    const a = deriveAttendance(rs, e, START);
    expect(standingOf(a, 2, e, START, now).kind).toBe('registered');
    expect(standingOf(a, 4, e, START, now)).toMatchObject({ kind: 'waiting', position: 2 });
    expect(standingOf(a, 9, e, START, now)).toEqual({ kind: 'open', full: true, placesLeft: 0 });
    expect(standingOf(deriveAttendance([reg(1)], e, START), 9, e, START, now)).toEqual({ kind: 'open', full: false, placesLeft: 1 });
    expect(standingOf(a, 9, e, START, new Date('2027-03-02T12:00:00.000Z'))).toEqual({ kind: 'closed' });
    // Someone with a place keeps it after registration closes.
    expect(standingOf(a, 1, e, START, new Date('2027-03-02T12:30:00.000Z')).kind).toBe('registered');
  });
});

describe('when registration closes', () => {
  it('at the start without a deadline; at the deadline for a one-off; as long before each later session of a series', () => {
    expect(registrationClosesAt(event(), START).toISOString()).toBe(START.toISOString());
    const e = event({ registrationDeadline: '2027-03-01T12:00:00.000Z', recurrence: 'FREQ=WEEKLY' });
    expect(registrationClosesAt(e, START).toISOString()).toBe('2027-03-01T12:00:00.000Z');
    expect(registrationClosesAt(e, new Date('2027-03-09T12:00:00.000Z')).toISOString()).toBe('2027-03-08T12:00:00.000Z');
  });
});

describe('occurrence identity', () => {
  it('names each session of a series by its start, across the clocks going forward (London, 28 March 2027)', () => {
    const weekly = event({ start: '2027-03-16T10:00:00.000Z', end: '2027-03-16T11:00:00.000Z', recurrence: 'FREQ=WEEKLY;COUNT=4' });
    const sessions = sessionsBetween(weekly, new Date('2027-03-01T00:00:00Z'), new Date('2027-05-01T00:00:00Z'));
    // 10:00 London wall-clock: GMT before the change, BST (09:00 UTC) after.
    expect(sessions.map((s) => occurrenceKey(s.start))).toEqual([
      '2027-03-16T10:00:00.000Z',
      '2027-03-23T10:00:00.000Z',
      '2027-03-30T09:00:00.000Z',
      '2027-04-06T09:00:00.000Z',
    ]);
    // A registration made for the session after the change still names it when read back.
    const r = reg(1, { eventId: 7, occurrenceStart: '2027-03-30T09:00:00.000Z' });
    expect(registrationCovers(r, { eventId: 7, start: sessions[2].start })).toBe(true);
    expect(registrationCovers(r, { eventId: 7, start: sessions[1].start })).toBe(false);
  });
});

describe('places and deadline as typed', () => {
  it('refuses 0, negatives, fractions and words; empty means no limit', () => {
    expect(capacityProblem('')).toBeUndefined();
    expect(capacityProblem(' 12 ')).toBeUndefined();
    expect(capacityProblem('0')).toEqual({ rule: 'belowOne' });
    expect(capacityProblem('-3')).toEqual({ rule: 'notWhole' });
    expect(capacityProblem('2.5')).toEqual({ rule: 'notWhole' });
    expect(capacityProblem('ten')).toEqual({ rule: 'notWhole' });
    expect(capacityProblem('100001')).toEqual({ rule: 'tooMany', max: 100000 });
  });
  it('refuses a deadline after the start', () => {
    expect(deadlineProblem(undefined, START.toISOString())).toBeUndefined();
    expect(deadlineProblem('2027-03-02T12:00:00.000Z', START.toISOString())).toBeUndefined();
    expect(deadlineProblem('2027-03-02T12:00:01.000Z', START.toISOString())).toEqual({ rule: 'afterStart' });
    expect(deadlineProblem('soon', START.toISOString())).toEqual({ rule: 'notADate' });
  });
});
