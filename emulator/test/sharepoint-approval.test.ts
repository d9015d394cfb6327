/**
 * Content approval with folders that carry unique permissions: the CoP Hub pattern of one folder per
 * community where that community's gardeners may approve.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { spClient } from './clients.ts';
import { GARDENER, MEMBER, MEMBER2, OWNER, spErrorOf } from './sp-helpers.ts';

let emu: RunningEmulator;
const FOLDER = '/sites/cop/Lists/Memberships';
const item: Record<string, number> = {};

before(async () => {
  emu = await startEmulator({ port: 0 });
  const sp = spClient(emu.siteUrl, OWNER);
  await sp.web.lists.ensure('Memberships', '', 100, false, { EnableModeration: true });
  const list = sp.web.lists.getByTitle('Memberships');
  await list.fields.addChoice('Level', { Choices: ['core', 'wider'] });
  await list.rootFolder.folders.addUsingPath('Writers');
  await list.rootFolder.folders.addUsingPath('Data');
  // An "Approve" level: Contribute plus Approve Items, given to the gardener on the Writers folder only.
  const approve = await sp.web.roleDefinitions.add('Approve', 'Contribute and approve', 65, { High: 432, Low: 1011028719 | 0x10 });
  const folderItem = await sp.web.getFolderByServerRelativePath(`${FOLDER}/Writers`).getItem();
  await folderItem.breakRoleInheritance(true, false);
  const g = await sp.web.ensureUser(GARDENER);
  await folderItem.roleAssignments.add(g.Id, approve.data.Id);
  const member = spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Memberships');
  for (const name of ['Writers', 'Data']) {
    const r = await member.addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Title', FieldValue: `Sam in ${name}` },
        { FieldName: 'Level', FieldValue: 'wider' },
      ],
      `${FOLDER}/${name}`,
    );
    assert.ok(
      r.every((v) => !v.HasException),
      JSON.stringify(r),
    );
    item[name] = Number(r.find((v) => v.FieldName === 'Id')?.FieldValue);
  }
});
after(() => emu.close());

const status = (upn: string, id: number): Promise<{ OData__ModerationStatus: number }> =>
  spClient(emu.siteUrl, upn).web.lists.getByTitle('Memberships').items.getById(id).select('Title', 'OData__ModerationStatus')();

// Follows:
//   https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms479439(v=office.15) (SPList.EnableModeration)
//   https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ms480141(v=office.14) (SPModerationStatusType)
test('new items are pending, and only the author and approvers see drafts', async () => {
  assert.equal((await status(MEMBER, item.Writers)).OData__ModerationStatus, 2);
  const other = await spClient(emu.siteUrl, MEMBER2).web.lists.getByTitle('Memberships').items.filter('FSObjType eq 0').select('Title')();
  assert.deepEqual(other, []);
  assert.equal((await status(GARDENER, item.Writers)).OData__ModerationStatus, 2, 'the Writers approver sees the draft in Writers');
});

// Follows:
//   https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ms480141(v=office.14) (SPModerationStatusType)
//   https://learn.microsoft.com/sharepoint/understanding-permission-levels
test('the author cannot approve their own item', async () => {
  const own = spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Memberships').items.getById(item.Writers);
  const err = await spErrorOf(own.update({ OData__ModerationStatus: 0 }));
  assert.equal(err.status, 403);
});

// Follows:
//   https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ms480141(v=office.14) (SPModerationStatusType)
//   https://learn.microsoft.com/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface
//   https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms479448(v=office.15) (only SystemUpdate keeps Modified By)
test('an approver on a folder approves items in that folder only, changing nothing else', async () => {
  const g = spClient(emu.siteUrl, GARDENER).web.lists.getByTitle('Memberships');
  const mixed = await spErrorOf(g.items.getById(item.Writers).update({ OData__ModerationStatus: 0, Level: 'core' }));
  assert.equal(mixed.status, 400);
  await g.items.getById(item.Writers).update({ OData__ModerationStatus: 0, OData__ModerationComments: 'Welcome!' });
  const approved = await g.items
    .getById(item.Writers)
    .select('OData__ModerationStatus', 'OData__ModerationComments', 'EditorId', 'Level')();
  assert.equal(approved.OData__ModerationStatus, 0);
  assert.equal(approved.OData__ModerationComments, 'Welcome!');
  assert.equal(approved.Level, 'wider');
  // A decision is an item update: Editor (Modified By) names the approver, not the author.
  const gardener = await spClient(emu.siteUrl, OWNER).web.ensureUser(GARDENER);
  assert.equal(approved.EditorId, gardener.Id, 'Editor is the approver');
  const elsewhere = await spErrorOf(g.items.getById(item.Data).update({ OData__ModerationStatus: 0 }));
  assert.equal(elsewhere.status, 404, 'the Data draft is not even visible to the Writers gardener');
  const seen = await spClient(emu.siteUrl, MEMBER2).web.lists.getByTitle('Memberships').items.filter('FSObjType eq 0').select('Title')();
  assert.deepEqual(
    seen.map((i) => i.Title),
    ['Sam in Writers'],
  );
});

// Follows:
//   https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ms480141(v=office.14) (SPModerationStatusType)
//   https://pnp.github.io/pnpjs/sp/items/
test('editing an approved item sends it back to pending; others keep seeing the approved version', async () => {
  const own = spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Memberships');
  await own.items.getById(item.Writers).update({ Level: 'core', Title: 'Sam (core) in Writers' });
  assert.equal((await status(MEMBER, item.Writers)).OData__ModerationStatus, 2);
  const reader = await spClient(emu.siteUrl, MEMBER2)
    .web.lists.getByTitle('Memberships')
    .items.getById(item.Writers)
    .select('Title', 'Level', 'OData__ModerationStatus')();
  assert.deepEqual([reader.Title, reader.Level, reader.OData__ModerationStatus], ['Sam in Writers', 'wider', 0]);
  // Approving through form values (as the list forms do) follows the same rules as the MERGE above.
  const r = await spClient(emu.siteUrl, GARDENER)
    .web.lists.getByTitle('Memberships')
    .items.getById(item.Writers)
    .validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]);
  assert.ok(r.every((v) => !v.HasException));
  const after2 = await spClient(emu.siteUrl, MEMBER2)
    .web.lists.getByTitle('Memberships')
    .items.getById(item.Writers)
    .select('Title', 'Level')();
  assert.deepEqual([after2.Title, after2.Level], ['Sam (core) in Writers', 'core']);
});

// Follows https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms479439(v=office.15) (SPList.EnableModeration)
test('with drafts visible to editors, a member without Approve Items on the folder gets 403', async () => {
  await spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Memberships').update({ DraftVersionVisibility: 1 });
  const g = spClient(emu.siteUrl, GARDENER).web.lists.getByTitle('Memberships');
  assert.equal((await status(GARDENER, item.Data)).OData__ModerationStatus, 2);
  const err = await spErrorOf(g.items.getById(item.Data).update({ OData__ModerationStatus: 0 }));
  assert.equal(err.status, 403);
  await spClient(emu.siteUrl, OWNER)
    .web.lists.getByTitle('Memberships')
    .items.getById(item.Data)
    .update({ OData__ModerationStatus: 1, OData__ModerationComments: 'Not yet' });
  assert.equal((await status(MEMBER, item.Data)).OData__ModerationStatus, 1);
});
