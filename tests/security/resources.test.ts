/**
 * Who adds to a community's repertoire, and who changes it (issue 21), by direct REST as staff, the
 * gardener of another community, the community's gardener and the POD team:
 *
 *   R1  a resource goes anywhere but its community's folder, or shows before the gardener approves
 *   R2  staff approve their own resource (MERGE, form values, added pre-approved)
 *   R3  a gardener of another community approves or rejects a resource
 *   R4  someone edits or removes a resource that isn't theirs; an owner can't change their own
 *
 * What stops them is SharePoint's: Resources keeps one folder per community (members Read at the root,
 * Contribute in the folders), content approval holds every addition with drafts shown only to their
 * author and approvers (DraftVersionVisibility 2), "CoP Gardener (approve)" on the community's folder
 * only, and WriteSecurity 2 (edit and delete only one's own items).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import type { Community } from '../../src/domain/models.ts';
import type { NewResource } from '../../src/domain/services.ts';
import { resourceFolder, resourceFormValues } from '../../src/data/resourceWrites.ts';
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
const item = (id: number): string => `${listPath('resources')}/items(${id})`;
const sample = (title: string, communityId: number): NewResource => ({
  title,
  communityId,
  resourceType: 'guide',
  url: 'https://example.org/guide',
  description: 'How we do it.',
  reviewDate: '',
});

/** Ids of the community's resources `upn` can read. */
async function visibleTo(upn: string, communityId: number): Promise<number[]> {
  return (await servicesAs(emu, upn).content.resources(communityId)).map((r) => r.id);
}

async function state(id: number): Promise<{ status: number; title: string; dir: string }> {
  const r = await new Rest(emu, POD).get(`${item(id)}?$select=OData__ModerationStatus,Title,FileDirRef`);
  return { status: Number(r.body.OData__ModerationStatus), title: String(r.body.Title), dir: String(r.body.FileDirRef) };
}

before(async () => {
  emu = await startDemo();
  appraisals = await communityByTitle(emu, 'Appraisals and Inductions');
});
after(() => emu?.close());

describe("Resources: added into the community's folder, held for its gardener, changed by their owner", { timeout: 60_000 }, () => {
  test("R1 a resource is added only into a community's folder and is seen by no one but its author and approvers until the gardener approves", async () => {
    const rest = new Rest(emu, STAFF);
    const atRoot = await rest.post(`${listPath('resources')}/items`, {
      Title: 'At the root',
      CommunityId: appraisals.id,
      ResourceType: 'guide',
      ResourceUrl: { Url: 'https://example.org/x', Description: 'x' },
    });
    assert.ok(refused(atRoot), describe403(atRoot));
    const folder = await rest.post(`${listPath('resources')}/rootFolder/folders/addUsingPath(decodedurl='community-9999')`, {});
    assert.ok(folder.status >= 400, `a member cannot make a community's folder: HTTP ${folder.status}`);

    const added = await servicesAs(emu, STAFF).content.addResource(sample('Induction checklist (Sam)', appraisals.id));
    assert.equal(added.approval, 'pending');
    assert.deepEqual(await state(added.id), {
      status: 2,
      title: 'Induction checklist (Sam)',
      dir: resourceFolder(emu.siteUrl, appraisals.id),
    });
    assert.ok((await visibleTo(STAFF, appraisals.id)).includes(added.id), 'its author sees it, waiting');
    assert.ok((await visibleTo(GARDENER_APPRAISALS, appraisals.id)).includes(added.id), 'its gardener sees it to approve');
    assert.ok(!(await visibleTo(STAFF2, appraisals.id)).includes(added.id), 'other staff do not see it yet');
    assert.ok(!(await visibleTo(GARDENER_EVENTS, appraisals.id)).includes(added.id), 'nor the gardener of another community');

    const approved = await new Rest(emu, GARDENER_APPRAISALS).merge(item(added.id), { OData__ModerationStatus: 0 });
    assert.equal(approved.status, 204, describe403(approved));
    assert.ok((await visibleTo(STAFF2, appraisals.id)).includes(added.id), 'approved: everyone sees it');
  });

  test('R2 staff cannot approve their own resource, by any route', async () => {
    const rest = new Rest(emu, STAFF);
    const added = await servicesAs(emu, STAFF).content.addResource(sample('Self-approved?', appraisals.id));
    const merged = await rest.merge(item(added.id), { OData__ModerationStatus: 0 });
    assert.ok(refused(merged), describe403(merged));
    const viaForm = await rest.post(`${item(added.id)}/ValidateUpdateListItem`, {
      formValues: [{ FieldName: '_ModerationStatus', FieldValue: '0' }],
      bNewDocumentUpdate: false,
    });
    assert.ok(refused(viaForm) || (viaForm.body.value ?? []).some((v) => v.HasException === true), describe403(viaForm));
    const preApproved = await rest.post(`${listPath('resources')}/AddValidateUpdateItemUsingPath`, {
      listItemCreateInfo: { FolderPath: { DecodedUrl: resourceFolder(emu.siteUrl, appraisals.id) }, UnderlyingObjectType: 0 },
      formValues: [...resourceFormValues(sample('Pre-approved?', appraisals.id)), { FieldName: '_ModerationStatus', FieldValue: '0' }],
      bNewDocumentUpdate: false,
    });
    const madeId = Number((preApproved.body.value ?? []).find((v) => v.FieldName === 'Id')?.FieldValue);
    if (preApproved.status === 200 && madeId > 0) assert.equal((await state(madeId)).status, 2, 'created, but pending');
    else
      assert.ok(preApproved.status >= 400 || (preApproved.body.value ?? []).some((v) => v.HasException === true), describe403(preApproved));
    assert.equal((await state(added.id)).status, 2, 'still waiting');
  });

  test("R3 the gardener of another community can neither approve nor reject a resource; the community's gardener and the POD team can", async () => {
    const added = await servicesAs(emu, STAFF).content.addResource(sample('Appraisal template (Sam)', appraisals.id));
    const liam = new Rest(emu, GARDENER_EVENTS);
    for (const body of [{ OData__ModerationStatus: 0 }, { OData__ModerationStatus: 1, OData__ModerationComments: 'Not here' }]) {
      const answer = await liam.merge(item(added.id), body);
      assert.ok(refused(answer), describe403(answer));
    }
    assert.equal((await state(added.id)).status, 2);
    const mei = await new Rest(emu, GARDENER_APPRAISALS).merge(item(added.id), {
      OData__ModerationStatus: 1,
      OData__ModerationComments: 'Duplicate of the checklist',
    });
    assert.equal(mei.status, 204, describe403(mei));
    const pod = await new Rest(emu, POD).merge(item(added.id), { OData__ModerationStatus: 0 });
    assert.equal(pod.status, 204, describe403(pod));
    assert.equal((await state(added.id)).status, 0);
  });

  test("R4 only its owner edits or removes a resource (a gardener approves, never edits or removes another's); an edit waits for approval while readers keep the approved version", async () => {
    const added = await servicesAs(emu, STAFF).content.addResource(sample('Coaching story (Sam)', appraisals.id));
    assert.equal((await new Rest(emu, GARDENER_APPRAISALS).merge(item(added.id), { OData__ModerationStatus: 0 })).status, 204);

    for (const upn of [STAFF2, GARDENER_APPRAISALS, GARDENER_EVENTS]) {
      const rest = new Rest(emu, upn);
      const edit = await rest.merge(item(added.id), { Title: `Changed by ${upn}` });
      assert.ok(refused(edit), `${upn} edit: ${describe403(edit)}`);
      const removal = await rest.delete(item(added.id));
      assert.ok(refused(removal), `${upn} delete: ${describe403(removal)}`);
    }
    assert.equal((await state(added.id)).title, 'Coaching story (Sam)');

    const owner = new Rest(emu, STAFF);
    const edit = await owner.merge(item(added.id), { Title: 'Coaching story (Sam, revised)' });
    assert.equal(edit.status, 204, describe403(edit));
    assert.equal((await state(added.id)).status, 2, 'the edit waits for the gardener');
    const seen = (await servicesAs(emu, STAFF2).content.resources(appraisals.id)).find((r) => r.id === added.id);
    assert.equal(seen?.title, 'Coaching story (Sam)', 'others keep seeing the approved version');

    const removal = await owner.delete(item(added.id));
    assert.ok(removal.status === 200 || removal.status === 204, describe403(removal));
    assert.ok(!(await visibleTo(POD, appraisals.id)).includes(added.id), 'gone');
  });
});
