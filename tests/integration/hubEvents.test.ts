/**
 * The hub's own sessions in the demo (issue 17): the POD team's insights series and conference slot
 * are in the hub's folder, staff read them (and their registrations) as hub events, and none of
 * their sessions falls on a public holiday.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import { clearOfHolidays, DEMO_HUB_EVENTS, onHoliday } from '../../emulator/src/seed/demoRegistrations.ts';
import { sessionsBetween } from '../../src/domain/rhythm.ts';
import { deriveAttendance } from '../../src/domain/registrations.ts';
import { servicesAs, STAFF, startDemo } from '../security/helpers.ts';

let emu: RunningEmulator;

describe('hub events in the demo', { timeout: 120_000 }, () => {
  before(async () => {
    emu = await startDemo();
  });
  after(async () => {
    await emu?.close();
  });

  test('staff read the POD team’s sessions of no community, none on a public holiday, with who registered', async () => {
    const staff = servicesAs(emu, STAFF);
    const events = await staff.content.hubEvents!();
    assert.deepEqual(events.map((e) => e.title).sort(), DEMO_HUB_EVENTS.map((h) => h.title).sort());
    assert.ok(events.every((e) => e.communityId === 0));
    const now = new Date();
    for (const e of events) {
      const sessions = sessionsBetween(e, now, new Date(now.getTime() + 400 * 86400000));
      assert.ok(sessions.length > 0, e.title);
      assert.deepEqual(
        sessions.filter((s) => onHoliday(s.start)).map((s) => s.start.toISOString()),
        [],
        e.title,
      );
    }
    const insights = events.find((e) => e.recurrence)!;
    const [first] = sessionsBetween(insights, now, new Date(now.getTime() + 60 * 86400000));
    const attendance = deriveAttendance(await staff.registrations!.forHub!(), insights, first.start);
    assert.equal(attendance.confirmed.length, 4);
  });

  test('no demo community’s series meets on a public holiday (a last-Friday lunch and learn skips December)', async () => {
    const staff = servicesAs(emu, STAFF);
    const communities = await staff.communities.all();
    const events = await staff.content.eventsOf(communities.map((c) => c.id));
    assert.ok(events.length > 5);
    for (const e of events) {
      const from = new Date(e.start);
      const hits = sessionsBetween(e, from, new Date(from.getTime() + 400 * 86400000)).filter((s) => onHoliday(s.start));
      assert.deepEqual(
        hits.map((h) => h.start.toISOString()),
        [],
        e.title,
      );
    }
    const lunch = clearOfHolidays({ start: '2026-10-30T12:00:00Z', end: '2026-10-30T12:45:00Z', recurrence: 'FREQ=MONTHLY;BYDAY=-1FR' });
    assert.equal(lunch.recurrence, 'FREQ=MONTHLY;BYDAY=-1FR;BYMONTH=1,2,3,4,5,6,7,8,9,10,11');
    assert.equal(lunch.start, '2026-10-30T12:00:00Z', 'a monthly series keeps its start');
    const weekly = clearOfHolidays({
      start: '2026-12-18T10:00:00.000Z',
      end: '2026-12-18T11:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;COUNT=2',
    });
    assert.equal(weekly.start, '2027-01-08T10:00:00.000Z', 'Fridays 18 and 25 December, then 25 December and 1 January: three weeks on');
  });

  test('onHoliday knows Christmas Day, Boxing Day and New Year’s Day in London, and nothing else', () => {
    assert.equal(onHoliday(new Date('2026-12-25T14:00:00Z')), true);
    assert.equal(onHoliday(new Date('2026-12-26T09:00:00Z')), true);
    assert.equal(onHoliday(new Date('2027-01-01T10:00:00Z')), true);
    assert.equal(onHoliday(new Date('2026-12-24T23:30:00Z')), false);
    assert.equal(onHoliday(new Date('2026-12-31T23:30:00Z')), false);
  });
});
