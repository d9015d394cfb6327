/**
 * Who edits a community's charter, ground rules and rhythm (issue 21), by direct REST as staff, the
 * gardener of another community, the community's gardener and the POD team:
 *
 *   C1  staff or another community's gardener write this community's charter (in its folder or at the root, new or edited)
 *   C2  the community's gardener changes what only the POD team may (stage, sponsor, gardeners) on its Communities item
 *   C3  an item filed in another community's folder passes for this community's charter
 *
 * What stops them is SharePoint's: the texts a gardener keeps live in Charters, one folder per
 * community (members Read), and its gardeners hold Contribute on their folder only; Communities stays
 * written by the site owners alone, because SharePoint can't limit an item's columns per person.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import type { CharterText, Community } from '../../src/domain/models.ts';
import { charterFolder, charterFormValues } from '../../src/data/communityService.ts';
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
const item = (id: number): string => `${listPath('charters')}/items(${id})`;
const text = (domain: string): CharterText => ({
  domain,
  practice: 'Shared templates',
  audience: 'Line managers',
  groundRules: 'What is said in sessions stays there',
  rhythm: 'Monthly, first Tuesday',
});

/** Adds by form values into a community's folder, as the app does, answering the new id or the refusal. */
async function addAs(
  upn: string,
  folderOf: Community,
  named: Community,
  t: CharterText,
): Promise<{ id?: number; answer: Awaited<ReturnType<Rest['post']>> }> {
  return new Rest(emu, upn).addInFolder('charters', charterFolder(emu.siteUrl, folderOf.id), charterFormValues(named, t));
}

before(async () => {
  emu = await startDemo();
  appraisals = await communityByTitle(emu, 'Appraisals and Inductions');
  events = await communityByTitle(emu, 'Events Management');
});
after(() => emu?.close());

describe("Charters: a community's charter, ground rules and rhythm are kept by its gardeners", { timeout: 60_000 }, () => {
  test("C1 staff and another community's gardener can neither add nor edit this community's charter; its gardener can, and staff read it", async () => {
    for (const upn of [STAFF, GARDENER_EVENTS]) {
      const inFolder = await addAs(upn, appraisals, appraisals, text(`Sneaked in by ${upn}`));
      assert.equal(inFolder.id, undefined, `${upn} into the folder: ${describe403(inFolder.answer)}`);
      const atRoot = await new Rest(emu, upn).post(`${listPath('charters')}/items`, {
        Title: 'At the root',
        CommunityId: appraisals.id,
        Domain: 'Taken over',
      });
      assert.ok(refused(atRoot), `${upn} at the root: ${describe403(atRoot)}`);
    }
    assert.equal(await servicesAs(emu, STAFF).communities.charter(appraisals.id), undefined, 'no charter saved yet');

    const saved = await servicesAs(emu, GARDENER_APPRAISALS).communities.saveCharter(appraisals, text('Appraisals, as Mei puts it'));
    assert.equal(saved.communityId, appraisals.id);
    assert.equal(
      (await new Rest(emu, POD).get(`${item(saved.id)}?$select=FileDirRef`)).body.FileDirRef,
      charterFolder(emu.siteUrl, appraisals.id),
    );
    const read = await servicesAs(emu, STAFF).communities.charter(appraisals.id);
    assert.equal(read?.domain, 'Appraisals, as Mei puts it', 'staff read it');

    for (const upn of [STAFF, GARDENER_EVENTS]) {
      const merged = await new Rest(emu, upn).merge(item(saved.id), { Domain: 'Rewritten' });
      assert.ok(refused(merged), `${upn} MERGE: ${describe403(merged)}`);
      const viaForm = await new Rest(emu, upn).post(`${item(saved.id)}/ValidateUpdateListItem`, {
        formValues: [{ FieldName: 'GroundRules', FieldValue: 'None' }],
        bNewDocumentUpdate: false,
      });
      assert.ok(
        refused(viaForm) || (viaForm.body.value ?? []).some((v) => v.HasException === true),
        `${upn} form values: ${describe403(viaForm)}`,
      );
      const removed = await new Rest(emu, upn).post(`${item(saved.id)}/recycle`, {});
      assert.ok(refused(removed), `${upn} recycle: ${describe403(removed)}`);
    }
    assert.equal((await servicesAs(emu, STAFF).communities.charter(appraisals.id))?.domain, 'Appraisals, as Mei puts it', 'unchanged');

    // Its gardener edits with the etag it was read with; a save over a newer one is refused (412).
    const edited = await servicesAs(emu, GARDENER_APPRAISALS).communities.saveCharter(
      appraisals,
      { ...text('Appraisals'), rhythm: 'Quarterly' },
      saved,
    );
    assert.equal(edited.rhythm, 'Quarterly');
    await assert.rejects(
      servicesAs(emu, GARDENER_APPRAISALS).communities.saveCharter(appraisals, text('Stale'), saved),
      (e: { status?: number }) => e.status === 412,
    );
  });

  test("C2 the community's gardener can't change its stage, sponsor, gardeners or join policy (Communities stays the POD team's)", async () => {
    const gardener = new Rest(emu, GARDENER_APPRAISALS);
    for (const change of [
      { CopStatus: 'closed' },
      { SponsorId: 1 },
      { GardenersId: [] },
      { JoinPolicy: 'open' },
      { GroundRules: 'Mine' },
    ]) {
      const merged = await gardener.merge(`${listPath('communities')}/items(${appraisals.id})`, change);
      assert.ok(refused(merged), `${JSON.stringify(change)}: ${describe403(merged)}`);
    }
    const now = await servicesAs(emu, POD).communities.get(appraisals.id);
    assert.equal(now?.status, appraisals.status);
    assert.deepEqual(
      now?.gardeners.map((g) => g.id),
      appraisals.gardeners.map((g) => g.id),
    );
  });

  test("C3 a gardener's item naming another community, in their own folder, is not that community's charter", async () => {
    const decoy = await addAs(GARDENER_EVENTS, events, appraisals, text('Appraisals are cancelled'));
    assert.ok(decoy.id, `the gardener writes in their own folder: ${describe403(decoy.answer)}`);
    const read = await servicesAs(emu, STAFF).communities.charter(appraisals.id);
    assert.notEqual(read?.domain, 'Appraisals are cancelled');
    assert.equal(await servicesAs(emu, STAFF).communities.charter(events.id), undefined, "nor is it Events Management's");
  });
});
