/**
 * Who registers for a session (issue 17), by direct REST as staff A and staff B, the gardener of
 * another community, the community's gardener and the POD team:
 *
 *   S1  someone registers for someone else (names another Author), or outside a community's folder
 *   S2  someone cancels or edits another person's registration (staff, gardeners of this or another community)
 *   S3  a resent add (lost answer, double click) leaves a second registration
 *   S4  a reader forges the count or jumps the queue (duplicates, another community's folder, editing an early registration)
 *   S5  staff or another community's gardener set a session's places or deadline
 *   S6  someone other than the community's gardeners records attendance (marks themselves attended) or edits the record
 *   S7  someone gives or changes feedback for someone else, or inflates the rating (not attended, duplicates, a rating of 6)
 *
 * What stops them is SharePoint's: Registrations follows Memberships (members Read at the root,
 * Contribute in the community folders setup makes, WriteSecurity 2 so each edits and removes only
 * their own; Author is set by SharePoint), ClientRequestId has unique values enforced, and Events'
 * folders give Contribute to the community's gardeners only. What the code believes only narrows it
 * (src/domain/registrations.ts: once per Author, only in the event's folder, in the order SharePoint
 * last wrote each).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import type { Community, CommunityEvent } from '../../src/domain/models.ts';
import { deriveAttendance, recordOf } from '../../src/domain/registrations.ts';
import { countedFeedback, feedbackSummary } from '../../src/domain/feedback.ts';
import { feedbackFolder, feedbackFormValues } from '../../src/data/feedbackService.ts';
import { sessionRecordFolder, sessionRecordFormValues } from '../../src/data/sessionRecordService.ts';
import { sessionsBetween } from '../../src/domain/rhythm.ts';
import { registrationFolder, registrationFormValues } from '../../src/data/registrationService.ts';
import { eventFolder, eventFormValues } from '../../src/data/eventWrites.ts';
import { HUB_FOLDER } from '../../src/schema/lists.ts';
import {
  communityByTitle,
  describe403,
  GARDENER_APPRAISALS,
  GARDENER_EVENTS,
  listPath,
  POD,
  refused,
  Rest,
  servicesAs,
  STAFF,
  STAFF2,
  startDemo,
} from './helpers.ts';

let emu: RunningEmulator;
let appraisals: Community;
let events: Community;
let series: CommunityEvent;
let next: Date;
const regItem = (id: number): string => `${listPath('registrations')}/items(${id})`;

/** Adds a registration by form values into `folder`, as the app does, answering the new id or the refusal. */
async function addAs(
  upn: string,
  folder: string,
  extra: Array<{ FieldName: string; FieldValue: string }> = [],
  event: CommunityEvent = series,
): Promise<{ id?: number; answer: Awaited<ReturnType<Rest['post']>> }> {
  const answer = await new Rest(emu, upn).post(`${listPath('registrations')}/AddValidateUpdateItemUsingPath`, {
    listItemCreateInfo: { FolderPath: { DecodedUrl: folder }, UnderlyingObjectType: 0 },
    formValues: [...registrationFormValues(upn, event, next), ...extra],
    bNewDocumentUpdate: false,
  });
  const values = answer.body.value ?? [];
  const id = Number(values.find((v) => v.FieldName === 'Id')?.FieldValue);
  return { id: answer.status === 200 && id > 0 && !values.some((v) => v.HasException === true) ? id : undefined, answer };
}

async function attendance(event: CommunityEvent = series): Promise<{ confirmed: string[]; waiting: string[] }> {
  const all = await servicesAs(emu, STAFF2).registrations!.forEvents([event.id]);
  const a = deriveAttendance(all, event, next);
  const who = (rs: typeof a.confirmed): string[] => rs.map((r) => (r.registrantEmail ?? '').toLowerCase());
  return { confirmed: who(a.confirmed), waiting: who(a.waiting) };
}

before(async () => {
  emu = await startDemo();
  appraisals = await communityByTitle(emu, 'Appraisals and Inductions');
  events = await communityByTitle(emu, 'Events Management');
  const [first] = await servicesAs(emu, POD).content.events(appraisals.id);
  assert.ok(first, 'the demo schedules a series for Appraisals and Inductions');
  // Two places, so the third person waits.
  series = await servicesAs(emu, GARDENER_APPRAISALS).content.updateEvent(first.id, { ...first, capacity: 2 });
  assert.equal(series.capacity, 2);
  const now = new Date();
  const upcoming = sessionsBetween(series, now, new Date(now.getTime() + 120 * 86400000)).filter((s) => s.start > now);
  assert.ok(upcoming[0], 'the series has an upcoming session');
  next = upcoming[0].start;
});
after(() => emu?.close());

describe('Registrations: the registrant is the Author, and only they register or cancel', { timeout: 60_000 }, () => {
  test('S1 nobody registers for someone else, nor outside the folders setup made', async () => {
    const folder = registrationFolder(emu.siteUrl, series);
    // Naming another person as the Author is refused, by plain add and by form values.
    const sam = (await new Rest(emu, POD).post('/_api/web/ensureuser', { logonName: `i:0#.f|membership|${STAFF}` })).body.Id as number;
    const named = await new Rest(emu, STAFF2).post(`${listPath('registrations')}/items`, {
      Title: 'for Sam',
      EventId: series.id,
      AuthorId: sam,
    });
    assert.ok(named.status >= 400, `AuthorId on add: ${describe403(named)}`);
    const viaForm = await addAs(STAFF2, folder, [
      { FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${STAFF}` }]) },
    ]);
    assert.equal(viaForm.id, undefined, `Author in form values: ${describe403(viaForm.answer)}`);
    // At the list's root, or a folder of one's own making: refused.
    const atRoot = await new Rest(emu, STAFF2).post(`${listPath('registrations')}/items`, { Title: 'root', EventId: series.id });
    assert.ok(refused(atRoot), `at the root: ${describe403(atRoot)}`);
    const squat = await new Rest(emu, STAFF2).post(`${listPath('registrations')}/rootfolder/folders/addUsingPath(DecodedUrl='mine')`, {});
    assert.ok(refused(squat), `a folder: ${describe403(squat)}`);

    // Through the app: Sam's registration is his (Author), in the community's folder.
    const mine = await servicesAs(emu, STAFF).registrations!.register(series, next);
    assert.equal(mine.registrantEmail?.toLowerCase(), STAFF);
    assert.equal(mine.folderCommunityId, appraisals.id);
    assert.equal(mine.occurrenceStart, next.toISOString());
    assert.deepEqual((await attendance()).confirmed, [STAFF]);
  });

  test('S2 staff, the gardener of this community and of another can neither cancel nor edit my registration', async () => {
    const mine = (await servicesAs(emu, STAFF).registrations!.forEvents([series.id])).find(
      (r) => r.registrantEmail?.toLowerCase() === STAFF,
    );
    assert.ok(mine);
    for (const upn of [STAFF2, GARDENER_EVENTS, GARDENER_APPRAISALS]) {
      const del = await new Rest(emu, upn).delete(regItem(mine.id));
      assert.ok(refused(del), `${upn} DELETE: ${describe403(del)}`);
      const moved = await new Rest(emu, upn).merge(regItem(mine.id), { OccurrenceStart: '2030-01-01T10:00:00Z' });
      assert.ok(refused(moved), `${upn} MERGE: ${describe403(moved)}`);
      const form = await new Rest(emu, upn).post(`${regItem(mine.id)}/ValidateUpdateListItem`, {
        formValues: [{ FieldName: 'Event', FieldValue: '999' }],
        bNewDocumentUpdate: false,
      });
      assert.ok(refused(form) || (form.body.value ?? []).some((v) => v.HasException === true), `${upn} form values: ${describe403(form)}`);
    }
    assert.deepEqual((await attendance()).confirmed, [STAFF], 'still registered, unchanged');
  });

  test('S3 the same add sent twice (lost answer, double click) leaves one registration', async () => {
    const folder = registrationFolder(emu.siteUrl, series);
    const key = [{ FieldName: 'ClientRequestId', FieldValue: 'double-click-0001' }];
    const first = await addAs(STAFF2, folder, key);
    assert.ok(first.id, describe403(first.answer));
    const again = await addAs(STAFF2, folder, key);
    assert.equal(again.id, undefined, `the resend: ${describe403(again.answer)}`);
    const alex = (await servicesAs(emu, POD).registrations!.forEvents([series.id])).filter(
      (r) => r.registrantEmail?.toLowerCase() === STAFF2,
    );
    assert.equal(alex.length, 1);
    assert.deepEqual((await attendance()).confirmed, [STAFF, STAFF2]);
  });

  test('S4 duplicates, another folder, or editing an early registration forge no count and jump no queue', async () => {
    // Liam (gardener of Events Management) registers third: the session has two places, so he waits.
    await servicesAs(emu, GARDENER_EVENTS).registrations!.register(series, next);
    assert.deepEqual(await attendance(), { confirmed: [STAFF, STAFF2], waiting: [GARDENER_EVENTS] });
    // Mei adds registrations in Events Management's folder (she may add there), and Sam adds two more copies.
    const elsewhere = await addAs(
      GARDENER_APPRAISALS,
      registrationFolder(emu.siteUrl, events.id > 0 ? { communityId: events.id } : series),
    );
    assert.ok(elsewhere.id, describe403(elsewhere.answer));
    await servicesAs(emu, STAFF).registrations!.register(series, next);
    await servicesAs(emu, STAFF).registrations!.register(series);
    assert.deepEqual(
      await attendance(),
      { confirmed: [STAFF, STAFF2], waiting: [GARDENER_EVENTS] },
      'each person once, only in the folder',
    );
    // Liam had registered early for another session of the series; pointing it at this one sends it to the back.
    const later = sessionsBetween(series, new Date(next.getTime() + 60_000), new Date(next.getTime() + 120 * 86400000))[0];
    assert.ok(later, 'a later session');
    const hisEarly = await servicesAs(emu, GARDENER_APPRAISALS).registrations!.register(series, later.start);
    const moved = await new Rest(emu, GARDENER_APPRAISALS).merge(regItem(hisEarly.id), { OccurrenceStart: next.toISOString() });
    assert.equal(moved.status, 204, 'her own item: she may edit it');
    assert.deepEqual(await attendance(), { confirmed: [STAFF, STAFF2], waiting: [GARDENER_EVENTS, GARDENER_APPRAISALS] });
  });

  test('S2 cancelling is the registrant’s alone, and promotes the first person waiting without anyone writing anything', async () => {
    const alex = servicesAs(emu, STAFF2).registrations!;
    const [mine] = (await alex.forEvents([series.id])).filter((r) => r.registrantEmail?.toLowerCase() === STAFF2);
    await alex.cancel(mine);
    assert.deepEqual(await attendance(), { confirmed: [STAFF, GARDENER_EVENTS], waiting: [GARDENER_APPRAISALS] });
    // Re-registering goes to the back.
    await alex.register(series, next);
    assert.deepEqual(await attendance(), { confirmed: [STAFF, GARDENER_EVENTS], waiting: [GARDENER_APPRAISALS, STAFF2] });
  });

  test("S5 a session's places and deadline: its gardeners and the POD team set them, staff and other gardeners cannot", async () => {
    for (const upn of [STAFF, GARDENER_EVENTS]) {
      const merged = await new Rest(emu, upn).merge(`${listPath('events')}/items(${series.id})`, { Capacity: 500 });
      assert.ok(refused(merged), `${upn}: ${describe403(merged)}`);
    }
    const deadline = new Date(Date.parse(series.start) - 86400000).toISOString();
    const byGardener = await servicesAs(emu, GARDENER_APPRAISALS).content.updateEvent(series.id, {
      ...series,
      capacity: 3,
      registrationDeadline: deadline,
    });
    assert.equal(byGardener.capacity, 3);
    assert.equal(byGardener.registrationDeadline && new Date(byGardener.registrationDeadline).toISOString(), deadline);
    const cleared = await servicesAs(emu, POD).content.updateEvent(series.id, { ...series, capacity: null, registrationDeadline: null });
    assert.equal(cleared.capacity, undefined, 'cleared: no limit');
    assert.equal(cleared.registrationDeadline, undefined);
  });

  test('hub sessions: the POD team schedules them in the hub folder (nobody else can), and anyone registers there', async () => {
    const hub = eventFolder(emu.siteUrl, 0);
    assert.ok(hub.endsWith(`/${HUB_FOLDER}`));
    const start = new Date(Date.now() + 7 * 86400000).toISOString();
    const form = eventFormValues({
      title: 'Insights session: communities of practice',
      communityId: 0,
      eventType: 'insights session',
      start,
      end: new Date(Date.parse(start) + 3600000).toISOString(),
    });
    const add = (upn: string): ReturnType<Rest['post']> =>
      new Rest(emu, upn).post(`${listPath('events')}/AddValidateUpdateItemUsingPath`, {
        listItemCreateInfo: { FolderPath: { DecodedUrl: hub }, UnderlyingObjectType: 0 },
        formValues: form,
        bNewDocumentUpdate: false,
      });
    for (const upn of [STAFF, GARDENER_APPRAISALS]) {
      const a = await add(upn);
      assert.ok(refused(a) || (a.body.value ?? []).some((v) => v.HasException === true), `${upn}: ${describe403(a)}`);
    }
    const made = await add(POD);
    assert.equal(made.status, 200, describe403(made));
    assert.ok(!(made.body.value ?? []).some((v) => v.HasException === true), JSON.stringify(made.body.value));
    const id = Number((made.body.value ?? []).find((v) => v.FieldName === 'Id')?.FieldValue);
    const hubEvent: CommunityEvent = {
      ...series,
      id,
      start,
      communityId: 0,
      title: 'Insights session',
      recurrence: undefined,
      capacity: undefined,
      registrationDeadline: undefined,
    };
    const r = await servicesAs(emu, STAFF).registrations!.register(hubEvent);
    assert.equal(r.folderCommunityId, 0, "in the hub's folder");
    const a = deriveAttendance(
      await servicesAs(emu, STAFF2).registrations!.forEvents([id]),
      hubEvent,
      new Date(Date.parse(hubEvent.start)),
    );
    assert.deepEqual(
      a.confirmed.map((x) => x.id),
      [r.id],
    );
    // A gardener who clears the Community of an event in their own folder doesn't make it the hub's:
    // what the directory and My communities list as hub sessions is what is filed in the hub's folder.
    const stray = await new Rest(emu, GARDENER_EVENTS).post(`${listPath('events')}/AddValidateUpdateItemUsingPath`, {
      listItemCreateInfo: { FolderPath: { DecodedUrl: eventFolder(emu.siteUrl, events.id) }, UnderlyingObjectType: 0 },
      formValues: eventFormValues({ ...hubEvent, title: 'Not the hub’s session' }),
      bNewDocumentUpdate: false,
    });
    assert.equal(stray.status, 200, describe403(stray));
    const listed = await servicesAs(emu, STAFF2).content.hubEvents!();
    assert.ok(
      listed.some((e) => e.id === id && e.communityId === 0),
      'the hub’s session is listed',
    );
    assert.ok(!listed.some((e) => e.title === 'Not the hub’s session'), 'a community’s event with its Community cleared is not');
    const hubRegistrations = await servicesAs(emu, STAFF2).registrations!.forHub!();
    assert.ok(hubRegistrations.some((x) => x.id === r.id));
    assert.ok(hubRegistrations.every((x) => x.folderCommunityId === 0));
  });

  test('S6 only the community’s gardeners (and POD) record who attended and what was discussed', async () => {
    const past = new Date(Date.parse(series.start));
    const folder = sessionRecordFolder(emu.siteUrl, series);
    const values = { attendees: [{ email: STAFF }], notes: 'I was there' };
    for (const upn of [STAFF, GARDENER_EVENTS]) {
      const add = await new Rest(emu, upn).post(`${listPath('sessionRecords')}/AddValidateUpdateItemUsingPath`, {
        listItemCreateInfo: { FolderPath: { DecodedUrl: folder }, UnderlyingObjectType: 0 },
        formValues: sessionRecordFormValues(series, past, values),
        bNewDocumentUpdate: false,
      });
      assert.ok(refused(add) || (add.body.value ?? []).some((v) => v.HasException === true), `${upn}: ${describe403(add)}`);
      const atRoot = await new Rest(emu, upn).post(`${listPath('sessionRecords')}/items`, {
        Title: 'x',
        EventId: series.id,
        OccurrenceStart: series.start,
      });
      assert.ok(refused(atRoot), `${upn} at the root: ${describe403(atRoot)}`);
    }
    const record = await servicesAs(emu, GARDENER_APPRAISALS).sessionRecords!.save(series, past, {
      attendees: [{ email: STAFF2 }],
      notes: 'Appraisal objectives: what good looks like.',
    });
    assert.deepEqual(
      record.attendees.map((p) => p.email.toLowerCase()),
      [STAFF2],
    );
    for (const upn of [STAFF, STAFF2, GARDENER_EVENTS]) {
      const merged = await new Rest(emu, upn).post(`${listPath('sessionRecords')}/items(${record.id})/ValidateUpdateListItem`, {
        formValues: [{ FieldName: 'Attendees', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${upn}` }]) }],
        bNewDocumentUpdate: false,
      });
      assert.ok(refused(merged) || (merged.body.value ?? []).some((v) => v.HasException === true), `${upn}: ${describe403(merged)}`);
    }
    const read = recordOf(await servicesAs(emu, STAFF).sessionRecords!.ofCommunity(appraisals.id), series, past);
    assert.equal(read?.id, record.id, 'staff read it');
    assert.deepEqual(
      read?.attendees.map((p) => p.email.toLowerCase()),
      [STAFF2],
      'unchanged',
    );
  });

  test('S7 feedback is the attendee’s own: nobody gives or changes it for them, and only attendees count, once, 1 to 5', async () => {
    const past = new Date(Date.parse(series.start));
    const summary = async (): Promise<ReturnType<typeof feedbackSummary>> => {
      const record = recordOf(await servicesAs(emu, POD).sessionRecords!.ofCommunity(appraisals.id), series, past);
      return feedbackSummary(countedFeedback(await servicesAs(emu, POD).feedback!.ofCommunity(appraisals.id), record, series, past));
    };
    // Alex attended (S6): his rating counts.
    const alex = await servicesAs(emu, STAFF2).feedback!.give(series, past, 4, 'Clear and practical');
    assert.equal((await summary()).average, 4);
    // Sam didn't attend: his five stars, twice over, and a 6 sent by REST change nothing.
    await servicesAs(emu, STAFF).feedback!.give(series, past, 5, 'Loved it');
    await servicesAs(emu, STAFF).feedback!.give(series, past, 5, 'Loved it again');
    const six = await new Rest(emu, STAFF2).post(`${listPath('sessionFeedback')}/AddValidateUpdateItemUsingPath`, {
      listItemCreateInfo: { FolderPath: { DecodedUrl: feedbackFolder(emu.siteUrl, series) }, UnderlyingObjectType: 0 },
      formValues: feedbackFormValues(series, past, 6, 'Six!'),
      bNewDocumentUpdate: false,
    });
    assert.equal(six.status, 200, describe403(six));
    assert.deepEqual(await summary(), {
      count: 1,
      average: 4,
      distribution: [0, 0, 0, 1, 0],
      comments: [{ name: 'Alex Adams', rating: 4, comment: 'Clear and practical' }],
    });
    // Nobody else changes or removes Alex's feedback: staff, another community's gardener, this community's gardener.
    const item = `${listPath('sessionFeedback')}/items(${alex.id})`;
    for (const upn of [STAFF, GARDENER_EVENTS, GARDENER_APPRAISALS]) {
      assert.ok(refused(await new Rest(emu, upn).merge(item, { Rating: 1 })), `${upn} MERGE`);
      assert.ok(refused(await new Rest(emu, upn).delete(item)), `${upn} DELETE`);
    }
    // Alex changes his own.
    await servicesAs(emu, STAFF2).feedback!.give(series, past, 2, 'On reflection, too long', alex);
    assert.equal((await summary()).average, 2);
  });

  test('S3 registering is one write, and an answer lost every time (PnPjs resends it) still leaves one registration', async () => {
    const hubless = { ...series, capacity: undefined };
    const later = sessionsBetween(series, new Date(next.getTime() + 60_000), new Date(next.getTime() + 200 * 86400000))[1];
    assert.ok(later, 'a later session');
    await fetch(`${emu.origin}/_emulator/stats`, { method: 'DELETE' });
    const one = await servicesAs(emu, STAFF2).registrations!.register(hubless, later.start);
    const stats = (await (await fetch(`${emu.origin}/_emulator/stats`)).json()) as { writes: number; log: string[] };
    assert.equal(stats.writes, 1, stats.log.join('\n'));
    await servicesAs(emu, STAFF2).registrations!.cancel(one);

    await fetch(`${emu.origin}/_emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        match: "/_api/web/lists/getBy[Tt]itle\\('Registrations'\\)/AddValidateUpdateItemUsingPath",
        method: 'POST',
        network: true,
        after: true,
        times: 3,
      }),
    });
    const again = await servicesAs(emu, STAFF2).registrations!.register(hubless, later.start);
    assert.equal(emu.faults.remaining(), 0, 'every answer was lost');
    const mine = (await servicesAs(emu, POD).registrations!.forEvents([series.id])).filter(
      (r) => r.registrantEmail?.toLowerCase() === STAFF2 && r.occurrenceStart === later.start.toISOString(),
    );
    assert.deepEqual(
      mine.map((r) => r.id),
      [again.id],
    );
  });
});
