/**
 * The waiting list can't be forged (issue 17): whatever registrations people write for themselves
 * (duplicates, other folders, any order), the derivation confirms at most `capacity` people, each
 * person at most once, in the order SharePoint last wrote them (then by id), and a cancellation promotes the
 * first person waiting.
 */
import fc from 'fast-check';
import type { CommunityEvent, Registration } from './models';
import { deriveAttendance } from './registrations';

const START = new Date('2027-03-02T12:00:00.000Z');
const OTHER = new Date('2027-03-09T12:00:00.000Z');
const eventArb = fc.record({
  id: fc.constant(7),
  communityId: fc.constantFrom(0, 3),
  start: fc.constant(START.toISOString()),
  capacity: fc.option(fc.integer({ min: -1, max: 6 }), { nil: undefined }),
  registrationDeadline: fc.constant(undefined),
});

const rowsArb = fc
  .array(
    fc.record({
      eventId: fc.constantFrom(7, 8),
      occurrenceStart: fc.constantFrom(undefined, START.toISOString(), OTHER.toISOString()),
      registrantId: fc.integer({ min: 1, max: 8 }),
      folderCommunityId: fc.constantFrom(0, 3, 4, undefined),
      // Some edited later by their registrant (Modified after Created).
      editedDay: fc.constantFrom(1, 1, 1, 5, 9),
    }),
    { maxLength: 30 },
  )
  .map((rows) =>
    rows.map(({ editedDay, ...r }, i): Registration => ({
      ...r,
      id: i + 1,
      registrantName: `P${r.registrantId}`,
      created: '2027-02-01T09:00:00.000Z',
      modified: `2027-02-0${editedDay}T09:00:00.000Z`,
    })),
  );

const limitOf = (e: Pick<CommunityEvent, 'capacity'>): number =>
  e.capacity !== undefined && Number.isInteger(e.capacity) && e.capacity > 0 ? e.capacity : Infinity;

describe('the waiting list under anything people write', () => {
  it('confirms at most the capacity, each person once, in id order, and only what belongs to this session', () => {
    fc.assert(
      fc.property(eventArb, rowsArb, fc.boolean(), (event, rows, shuffle) => {
        const a = deriveAttendance(shuffle ? [...rows].reverse() : rows, event, START);
        const all = [...a.confirmed, ...a.waiting];
        expect(a.confirmed.length).toBeLessThanOrEqual(limitOf(event));
        expect(new Set(all.map((r) => r.registrantId)).size).toBe(all.length);
        // In the order SharePoint last wrote them, then by id.
        const key = (r: Registration): string => `${r.modified}#${String(r.id).padStart(4, '0')}`;
        expect(all.map(key)).toEqual([...all.map(key)].sort());
        if (a.waiting.length > 0) expect(a.confirmed.length).toBe(limitOf(event));
        for (const r of all) {
          expect(r.eventId).toBe(7);
          expect(r.folderCommunityId).toBe(event.communityId);
          expect(r.occurrenceStart === undefined || r.occurrenceStart === START.toISOString()).toBe(true);
        }
        // Everyone who has a counted registration appears exactly once.
        const eligible = new Set(
          rows
            .filter(
              (r) =>
                r.eventId === 7 &&
                r.folderCommunityId === event.communityId &&
                (r.occurrenceStart === undefined || r.occurrenceStart === START.toISOString()),
            )
            .map((r) => r.registrantId),
        );
        expect(all.length).toBe(eligible.size);
      }),
    );
  });

  it('a confirmed person cancelling (all their items gone) promotes the first waiting, and changes no one else', () => {
    fc.assert(
      fc.property(eventArb, rowsArb, (event, rows) => {
        const before = deriveAttendance(rows, event, START);
        fc.pre(before.confirmed.length > 0);
        const leaving = before.confirmed[0].registrantId;
        const after = deriveAttendance(
          rows.filter((r) => r.registrantId !== leaving),
          event,
          START,
        );
        const stay = before.confirmed.slice(1).map((r) => r.registrantId);
        const promoted = before.waiting.slice(0, 1).map((r) => r.registrantId);
        expect(after.confirmed.map((r) => r.registrantId)).toEqual([...stay, ...promoted]);
        expect(after.waiting.map((r) => r.registrantId)).toEqual(before.waiting.slice(1).map((r) => r.registrantId));
      }),
    );
  });
});
