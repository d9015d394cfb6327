/**
 * Who schedules and edits a community's sessions (issue 21), by direct REST as staff, the gardener of
 * another community, the community's gardener and the POD team:
 *
 *   E1  staff or another community's gardener add a session to this community, or edit one of its sessions
 *   E2  a former gardener goes on editing after the POD team replaces them
 *
 * What stops them is SharePoint's: Events keeps one folder per community (members Read at the root and
 * in the folders), and the community's gardeners hold Contribute on their folder only, kept in step
 * with the Gardeners field by setup's repair (syncGardenerApprovers).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import type { Community } from '../../src/domain/models.ts';
import type { NewEvent } from '../../src/domain/services.ts';
import { eventFolder, eventFormValues } from '../../src/data/eventWrites.ts';
import { communityFolderName } from '../../src/schema/lists.ts';
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
  startDemo,
} from './helpers.ts';

let emu: RunningEmulator;
let appraisals: Community;
let events: Community;
const item = (id: number): string => `${listPath('events')}/items(${id})`;
const session = (title: string, communityId: number): NewEvent => ({
  title,
  communityId,
  eventType: 'workshop',
  start: '2027-03-02T10:00:00.000Z',
  end: '2027-03-02T11:00:00.000Z',
  location: 'Room 4',
  onlineUrl: 'https://teams.example/meet',
});

/** Adds by form values into the community's folder, as the app does, answering the new id or the refusal. */
async function addAs(upn: string, e: NewEvent): Promise<{ id?: number; answer: Awaited<ReturnType<Rest['post']>> }> {
  return new Rest(emu, upn).addInFolder('events', eventFolder(emu.siteUrl, e.communityId), eventFormValues(e));
}

async function titleOf(id: number): Promise<string> {
  return String((await new Rest(emu, POD).get(`${item(id)}?$select=Title`)).body.Title);
}

before(async () => {
  emu = await startDemo();
  appraisals = await communityByTitle(emu, 'Appraisals and Inductions');
  events = await communityByTitle(emu, 'Events Management');
});
after(() => emu?.close());

describe("Events: a community's sessions are scheduled and edited by its gardeners", { timeout: 60_000 }, () => {
  test("E1 staff and the gardener of another community can neither add nor edit this community's sessions; its gardener can, and staff see them", async () => {
    for (const upn of [STAFF, GARDENER_EVENTS]) {
      const inFolder = await addAs(upn, session(`Sneaked in by ${upn}`, appraisals.id));
      assert.equal(inFolder.id, undefined, `${upn} into the folder: ${describe403(inFolder.answer)}`);
      const atRoot = await new Rest(emu, upn).post(`${listPath('events')}/items`, {
        Title: 'At the root',
        CommunityId: appraisals.id,
        EventType: 'meeting',
        StartTime: '2027-03-02T10:00:00Z',
        EndTime: '2027-03-02T11:00:00Z',
      });
      assert.ok(refused(atRoot), `${upn} at the root: ${describe403(atRoot)}`);
    }

    const added = await servicesAs(emu, GARDENER_APPRAISALS).content.addEvent(session('Appraisal clinic', appraisals.id));
    assert.equal(added.communityId, appraisals.id);
    const dir = (await new Rest(emu, POD).get(`${item(added.id)}?$select=FileDirRef`)).body.FileDirRef;
    assert.equal(dir, eventFolder(emu.siteUrl, appraisals.id), "in the community's folder");
    assert.ok(
      (await servicesAs(emu, STAFF).content.events(appraisals.id)).some((e) => e.id === added.id),
      'staff read it',
    );

    for (const upn of [STAFF, GARDENER_EVENTS]) {
      const merged = await new Rest(emu, upn).merge(item(added.id), { Title: 'Cancelled?' });
      assert.ok(refused(merged), `${upn} MERGE: ${describe403(merged)}`);
      const viaForm = await new Rest(emu, upn).post(`${item(added.id)}/ValidateUpdateListItem`, {
        formValues: [{ FieldName: 'Title', FieldValue: 'Cancelled?' }],
        bNewDocumentUpdate: false,
      });
      assert.ok(
        refused(viaForm) || (viaForm.body.value ?? []).some((v) => v.HasException === true),
        `${upn} form values: ${describe403(viaForm)}`,
      );
    }
    assert.equal(await titleOf(added.id), 'Appraisal clinic', 'unchanged');

    const edited = await servicesAs(emu, GARDENER_APPRAISALS).content.updateEvent(added.id, {
      ...session('Appraisal clinic (moved)', appraisals.id),
      start: '2027-03-03T10:00:00.000Z',
      end: '2027-03-03T11:30:00.000Z',
    });
    assert.equal(edited.title, 'Appraisal clinic (moved)');
    assert.equal(new Date(edited.end).toISOString(), '2027-03-03T11:30:00.000Z');
    // A session the demo scheduled for this community, in its folder: the gardener edits it too.
    const seeded = (await servicesAs(emu, GARDENER_APPRAISALS).content.events(appraisals.id)).find((e) => e.id !== added.id);
    assert.ok(seeded, 'the demo schedules a series for the community');
    assert.equal((await new Rest(emu, GARDENER_APPRAISALS).merge(item(seeded.id), { Location: 'Room 5' })).status, 204);
  });

  test('E2 after the POD team replaces a gardener, repairing setup moves the right to schedule with it', async () => {
    const pod = new Rest(emu, POD);
    const mei = (await pod.post('/_api/web/ensureuser', { logonName: `i:0#.f|membership|${GARDENER_APPRAISALS}` })).body.Id as number;
    assert.equal((await pod.merge(`${listPath('communities')}/items(${events.id})`, { GardenersId: [mei] })).status, 204);
    const changes = await servicesAs(emu, POD).setup.provision();
    assert.ok(
      changes.includes(`Events: folder ${communityFolderName(events.id)} approvers now match its gardeners (1 added, 1 removed)`),
      changes.join('\n'),
    );
    const former = await addAs(GARDENER_EVENTS, session("Former gardener's session", events.id));
    assert.equal(former.id, undefined, `the former gardener: ${describe403(former.answer)}`);
    const now = await addAs(GARDENER_APPRAISALS, session("New gardener's session", events.id));
    assert.ok(now.id, `the new gardener: ${describe403(now.answer)}`);
  });
});
