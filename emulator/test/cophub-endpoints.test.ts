/**
 * The SharePoint and Graph calls CoP Hub itself makes (src/data, src/schema/provision.ts) that the
 * other contract tests don't already drive, each with the exact PnPjs shape CoP Hub uses and the
 * documentation it follows. The inventory of every endpoint, and which test covers it, is in the
 * README's "What the emulator serves".
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ConsistencyLevel } from '@pnp/graph';
import { createBatch } from '@pnp/sp/batching';
import { AddFieldOptions } from '@pnp/sp/fields';
import type { SPFI } from '@pnp/sp';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { DEMO_USERS } from '../src/identities.ts';
import { createGroup } from '../src/graph/index.ts';
import { graphClient, spClient } from './clients.ts';
import { graphFailure } from './graph-helpers.ts';
import { MEMBER, MEMBER2, OWNER, spErrorOf } from './sp-helpers.ts';

let emu: RunningEmulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());

const owner = (): SPFI => spClient(emu.siteUrl, OWNER);

interface Assignment {
  PrincipalId: number;
  RoleDefinitionBindings: Array<{ Id: number }>;
}
const grants = async (sp: SPFI, title: string): Promise<Assignment[]> =>
  (await sp.web.lists
    .getByTitle(title)
    .roleAssignments.expand('RoleDefinitionBindings')
    .select('PrincipalId', 'RoleDefinitionBindings/Id')()) as Assignment[];

describe('provisioning (src/schema/provision.ts)', () => {
  // List settings: SP.List EnableModeration, DraftVersionVisibility, EnableVersioning, ReadSecurity,
  // WriteSecurity, HasUniqueRoleAssignments, read with $select and changed with MERGE.
  // https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
  test('list settings read with $select and changed with MERGE, as ensureList does', async () => {
    const { created, list } = await owner().web.lists.ensure('Settings', 'CoP settings', 100, false);
    assert.equal(created, true);
    const select = [
      'Id',
      'EnableModeration',
      'DraftVersionVisibility',
      'EnableVersioning',
      'ReadSecurity',
      'WriteSecurity',
      'HasUniqueRoleAssignments',
    ];
    const before1 = (await list.select(...select)()) as Record<string, unknown>;
    // EnableVersioning's default is left out: CoP Hub always sets it, and the documentation differs by version.
    const defaults = ['EnableModeration', 'DraftVersionVisibility', 'ReadSecurity', 'WriteSecurity', 'HasUniqueRoleAssignments'];
    assert.deepEqual(
      defaults.map((k) => before1[k]),
      [false, 0, 1, 1, false],
      'a new generic list: no approval, drafts visible to readers, everyone reads and edits all items, inherited permissions',
    );
    assert.equal(typeof before1.EnableVersioning, 'boolean');
    assert.match(String(before1.Id), /^[0-9a-f-]{36}$/);
    await list.update({ EnableModeration: true, DraftVersionVisibility: 2, EnableVersioning: false, ReadSecurity: 1, WriteSecurity: 2 });
    const after1 = (await list.select(...select)()) as Record<string, unknown>;
    assert.deepEqual(
      select.slice(1).map((k) => after1[k]),
      [true, 2, false, 1, 2, false],
    );
    const again = await owner().web.lists.ensure('Settings', 'CoP settings', 100, false);
    assert.equal(again.created, false, 'ensure finds the list by title the second time');
  });

  // associatedOwnerGroup/MemberGroup/VisitorGroup and roleDefinitions, then breakroleinheritance and
  // addroleassignment/removeroleassignment on a list, in one $batch.
  // https://learn.microsoft.com/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface
  // https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference
  // https://learn.microsoft.com/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis
  test('unique list permissions in a $batch: break inheritance without copying, grant, and remove a grant', async () => {
    const sp = owner();
    await sp.web.lists.ensure('Guarded');
    const [owners, members, visitors, defs] = await Promise.all([
      sp.web.associatedOwnerGroup.select('Id')(),
      sp.web.associatedMemberGroup.select('Id')(),
      sp.web.associatedVisitorGroup.select('Id')(),
      sp.web.roleDefinitions.select('Id', 'Name')(),
    ]);
    assert.equal(new Set([owners.Id, members.Id, visitors.Id]).size, 3);
    const role = (n: string): number => {
      const d = defs.find((r: { Name: string }) => r.Name === n);
      assert.ok(d, `the site has the '${n}' permission level`);
      return d.Id;
    };
    const [batched, execute] = sp.batched();
    const parts = [
      batched.web.lists.getByTitle('Guarded').breakRoleInheritance(false, true),
      batched.web.lists.getByTitle('Guarded').roleAssignments.add(owners.Id, role('Full Control')),
      batched.web.lists.getByTitle('Guarded').roleAssignments.add(members.Id, role('Contribute')),
      batched.web.lists.getByTitle('Guarded').roleAssignments.add(visitors.Id, role('Read')),
    ];
    await execute();
    await Promise.all(parts);
    const info = (await sp.web.lists.getByTitle('Guarded').select('HasUniqueRoleAssignments')()) as unknown as {
      HasUniqueRoleAssignments: boolean;
    };
    assert.equal(info.HasUniqueRoleAssignments, true);
    const byPrincipal = (a: Assignment[], id: number): number[] =>
      (a.find((x) => x.PrincipalId === id)?.RoleDefinitionBindings ?? []).map((d) => d.Id);
    let now = await grants(sp, 'Guarded');
    assert.deepEqual(byPrincipal(now, members.Id), [role('Contribute')]);
    assert.deepEqual(byPrincipal(now, visitors.Id), [role('Read')]);
    // ensureRootGrants: members go from Contribute to Read.
    await sp.web.lists.getByTitle('Guarded').roleAssignments.add(members.Id, role('Read'));
    await sp.web.lists.getByTitle('Guarded').roleAssignments.remove(members.Id, role('Contribute'));
    now = await grants(sp, 'Guarded');
    assert.deepEqual(byPrincipal(now, members.Id), [role('Read')]);
    const err = await spErrorOf(spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Guarded').items.add({ Title: 'no' }));
    assert.equal(err.status, 403, 'a member with Read only cannot add items');
  });

  // Role definitions with BasePermissions as SharePoint's High/Low strings (SP.BasePermissions).
  // https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference
  test('a custom permission level with BasePermissions as High/Low strings, as ensureApproverRole makes it', async () => {
    const sp = owner();
    const created = await sp.web.roleDefinitions.add('CoP approve (test)', 'Approve one community', 200, {
      Low: String((0x1 | 0x2 | 0x4 | 0x10 | 0x40 | 0x20000) >>> 0),
      High: '0',
    } as never);
    const id = (created.data as { Id: number }).Id;
    const defs = await sp.web.roleDefinitions.select('Id', 'Name', 'BasePermissions')();
    const made = defs.find((d: { Id: number }) => d.Id === id) as
      { Name: string; BasePermissions: { High: string; Low: string } } | undefined;
    assert.equal(made?.Name, 'CoP approve (test)');
    assert.deepEqual(made?.BasePermissions, { High: '0', Low: String(0x20057) });
  });

  // createFieldAsXml with AddFieldInternalNameHint in a $batch; field MERGE of Indexed, EnforceUniqueValues
  // and CustomFormatter (column formatting JSON as a string); fields read with $select.
  // https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
  // https://learn.microsoft.com/sharepoint/dev/declarative-customization/column-formatting
  // https://pnp.github.io/pnpjs/sp/fields/
  test('fields: createFieldAsXml in a $batch, then Indexed and CustomFormatter by MERGE, read back with $select', async () => {
    const sp = owner();
    await sp.web.lists.ensure('Formatted');
    const [batched, execute] = sp.batched();
    const xml = [
      '<Field Type="Text" Name="Stage" StaticName="Stage" DisplayName="Current stage" MaxLength="50" />',
      '<Field Type="Text" Name="RequestKey" StaticName="RequestKey" DisplayName="Request key" Indexed="TRUE" EnforceUniqueValues="TRUE" />',
    ].map((SchemaXml) =>
      batched.web.lists.getByTitle('Formatted').fields.createFieldAsXml({ SchemaXml, Options: AddFieldOptions.AddFieldInternalNameHint }),
    );
    await execute();
    await Promise.all(xml);
    const format = JSON.stringify({
      $schema: 'https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json',
      elmType: 'div',
      txtContent: '@currentField',
    });
    const field = sp.web.lists.getByTitle('Formatted').fields.getByInternalNameOrTitle('Stage');
    await field.update({ Indexed: true });
    await field.update({ CustomFormatter: format });
    const rows = (await sp.web.lists
      .getByTitle('Formatted')
      .fields.select('InternalName', 'Indexed', 'CustomFormatter', 'EnforceUniqueValues')()) as Array<{
      InternalName: string;
      Indexed: boolean;
      CustomFormatter: string | null;
      EnforceUniqueValues: boolean;
    }>;
    const stage = rows.find((f) => f.InternalName === 'Stage');
    assert.deepEqual([stage?.Indexed, stage?.CustomFormatter], [true, format]);
    const key = rows.find((f) => f.InternalName === 'RequestKey');
    assert.deepEqual([key?.Indexed, key?.EnforceUniqueValues], [true, true]);
    assert.equal(rows.find((f) => f.InternalName === 'Title')?.CustomFormatter, null, 'a field without formatting answers null');
  });

  // Views: add with RowLimit, ViewQuery and DefaultView; read Id/Title/ViewQuery; view fields (Items)
  // read in a $batch; ViewQuery changed by MERGE; removeAllViewFields and addViewField.
  // https://pnp.github.io/pnpjs/sp/views/
  // https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj247163(v=office.15) (SP.View.viewQuery)
  // https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj244841(v=office.15) (SP.ViewFieldCollection)
  test('views: add with a query, read ViewQuery, read view fields in a $batch, repair query and columns', async () => {
    const sp = owner();
    await sp.web.lists.ensure('Staged');
    await sp.web.lists.getByTitle('Staged').fields.addText('Stage');
    const query = '<OrderBy><FieldRef Name="Title" /></OrderBy>';
    const added = await sp.web.lists
      .getByTitle('Staged')
      .views.add('By title', false, { RowLimit: 30, ViewQuery: query, DefaultView: false });
    assert.match(String(added.Id), /^[0-9a-f-]{36}$/);
    const view = sp.web.lists.getByTitle('Staged').views.getById(added.Id);
    await view.fields.removeAll();
    await view.fields.add('Title');
    const views = (await sp.web.lists.getByTitle('Staged').views.select('Id', 'Title', 'ViewQuery')()) as Array<{
      Id: string;
      Title: string;
      ViewQuery: string;
    }>;
    assert.equal(views.find((v) => v.Title === 'By title')?.ViewQuery, query);
    const [batched, execute] = sp.batched();
    const reads = views.map((v) => batched.web.lists.getByTitle('Staged').views.getById(v.Id).fields.select('Items')());
    await execute();
    const columns = (await Promise.all(reads)) as Array<{ Items: string[] }>;
    assert.deepEqual(columns[views.findIndex((v) => v.Title === 'By title')].Items, ['Title']);
    const drifted = '<OrderBy><FieldRef Name="Stage" Ascending="FALSE" /></OrderBy>';
    await view.update({ ViewQuery: drifted });
    await view.fields.add('Stage');
    assert.equal((await view.select('ViewQuery', 'RowLimit')()).ViewQuery, drifted);
    assert.deepEqual(((await view.fields.select('Items')()) as unknown as { Items: string[] }).Items, ['Title', 'Stage']);
  });

  // A list's root folder and its subfolders with their list items expanded; a folder's item by path;
  // item-level breakroleinheritance(false, false) on that folder item; deleting an empty folder by its item.
  // https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-folders-and-files-with-rest
  // https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj246631(v=office.15) (SP.Folder.folders)
  test('folders: rootFolder, subfolders with ListItemAllFields expanded, folder item by path, its unique permissions', async () => {
    const sp = owner();
    await sp.web.lists.ensure('Filed');
    const list = sp.web.lists.getByTitle('Filed');
    const root = await list.rootFolder.select('ServerRelativeUrl')();
    assert.equal(root.ServerRelativeUrl, '/sites/cop/Lists/Filed');
    await list.rootFolder.folders.addUsingPath('community-1');
    await list.rootFolder.folders.addUsingPath('community-2');
    const folderItem = await sp.web.getFolderByServerRelativePath(`${root.ServerRelativeUrl}/community-1`).listItemAllFields.select('Id')();
    assert.ok(Number(folderItem.Id) > 0);
    await list.items.getById(folderItem.Id).breakRoleInheritance(false, false);
    await spClient(emu.siteUrl, OWNER)
      .web.lists.getByTitle('Filed')
      .addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'inside' }], `${root.ServerRelativeUrl}/community-1`);
    type Row = { Name: string; ItemCount: number; ListItemAllFields?: { Id?: number; HasUniqueRoleAssignments?: boolean } };
    const rows = (await list.rootFolder.folders
      .select('Name', 'ItemCount', 'ListItemAllFields/Id', 'ListItemAllFields/HasUniqueRoleAssignments')
      .expand('ListItemAllFields')()) as Row[];
    const one = rows.find((f) => f.Name === 'community-1');
    const two = rows.find((f) => f.Name === 'community-2');
    assert.deepEqual(
      [one?.ItemCount, one?.ListItemAllFields?.Id, one?.ListItemAllFields?.HasUniqueRoleAssignments],
      [1, folderItem.Id, true],
    );
    assert.deepEqual([two?.ItemCount, two?.ListItemAllFields?.HasUniqueRoleAssignments], [0, false]);
    // takeOverSquats: an empty folder without permissions of its own is deleted through its item.
    await list.items.getById(Number(two?.ListItemAllFields?.Id)).delete();
    const left = (await list.rootFolder.folders.select('Name')()) as Array<{ Name: string }>;
    assert.ok(!left.some((f) => f.Name === 'community-2'));
  });
});

describe('reads and writes of the services (src/data)', () => {
  // readBatcher: createBatch(sp.web) with independent GETs; a missing list's part fails with 404
  // on its own while the others resolve. currentUser with IsSiteAdmin; the owners group's users.
  // https://learn.microsoft.com/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis
  // https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference
  // https://pnp.github.io/pnpjs/concepts/batching/
  test('one $batch of reads: each part settles on its own, a missing list is a 404 for its part only', async () => {
    const sp = owner();
    await sp.web.lists.ensure('Batch reads');
    const [register, execute] = createBatch(sp.web);
    const me = sp.web.currentUser.select('Id', 'Title', 'Email', 'IsSiteAdmin').using(register);
    const owners = sp.web.associatedOwnerGroup.users.select('Id').using(register);
    const fields = sp.web.lists.getByTitle('Batch reads').fields.select('InternalName').using(register);
    const missing = sp.web.lists.getByTitle('No such list').fields.select('InternalName').using(register);
    const parts = Promise.allSettled([me(), owners(), fields(), missing()]);
    await execute();
    const [u, o, f, m] = await parts;
    assert.equal(u.status, 'fulfilled');
    const user = (u as PromiseFulfilledResult<{ Id: number; Title: string; Email: string; IsSiteAdmin: boolean }>).value;
    assert.deepEqual([user.Email, user.Title, typeof user.IsSiteAdmin], [OWNER, 'Priya Desai', 'boolean']);
    assert.ok(
      (o as PromiseFulfilledResult<Array<{ Id: number }>>).value.some((x) => x.Id === user.Id),
      'a POD owner is in the owners group',
    );
    assert.ok((f as PromiseFulfilledResult<Array<{ InternalName: string }>>).value.some((x) => x.InternalName === 'Title'));
    assert.equal(m.status, 'rejected');
    assert.equal((m as PromiseRejectedResult).reason.status, 404);
  });

  // addOnce: a key column with unique values enforced refuses a second item with the same key
  // (SPDuplicateValuesFoundException), and the item is found again by key and Author.
  // https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee543809(v=office.15) (Field.EnforceUniqueValues)
  // https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee579710(v=office.15) (SPDuplicateValuesFoundException)
  test('a unique key column refuses a resent add; the item is found by key and AuthorId', async () => {
    const sp = owner();
    await sp.web.lists.ensure('Keyed');
    await sp.web.lists.getByTitle('Keyed').fields.addText('ClientRequestId', { Indexed: true });
    await sp.web.lists.getByTitle('Keyed').fields.getByInternalNameOrTitle('ClientRequestId').update({ EnforceUniqueValues: true });
    const member = spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Keyed');
    const key = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    const first = (await member.items.add({ Title: 'once', ClientRequestId: key })) as { Id: number; AuthorId: number };
    const resent = await spErrorOf(member.items.add({ Title: 'once', ClientRequestId: key }));
    assert.equal(resent.status, 409);
    assert.match(resent.message, /duplicate values were found/);
    const found = await member.items.select('Id', 'Title').filter(`ClientRequestId eq '${key}' and AuthorId eq ${first.AuthorId}`)();
    assert.deepEqual(
      found.map((r: { Id: number }) => r.Id),
      [first.Id],
    );
    const missing = await spErrorOf(
      spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Batch reads').items.add({ Title: 'x', ClientRequestId: key }),
    );
    assert.equal(missing.status, 400, 'a list without the column: the 400 addOnce recognises');
    assert.match(missing.message, /'ClientRequestId'/);
  });

  // MembershipService.ofCommunity: items.top(n).skip(lastId) is $skiptoken=Paged=TRUE&p_ID=<lastId>,
  // the next page after that id; IF-Match: * updates whatever the version.
  // https://pnp.github.io/pnpjs/sp/items/
  // https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest#update-list-item
  test('paging by skip(lastId) with a filter, and MERGE with IF-Match: *', async () => {
    const sp = owner();
    await sp.web.lists.ensure('Paged');
    await sp.web.lists.getByTitle('Paged').fields.addNumber('Community', { Indexed: true });
    const list = sp.web.lists.getByTitle('Paged');
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push(((await list.items.add({ Title: `m${i}`, Community: i % 2 })) as { Id: number }).Id);
    const evens = ids.filter((_, i) => i % 2 === 0);
    const page1 = await list.items.select('Id').filter('Community eq 0').top(2)();
    assert.deepEqual(
      page1.map((r: { Id: number }) => r.Id),
      evens.slice(0, 2),
    );
    const page2 = await list.items.select('Id').filter('Community eq 0').top(2).skip(page1[1].Id)();
    assert.deepEqual(
      page2.map((r: { Id: number }) => r.Id),
      evens.slice(2),
    );
    await list.items.getById(ids[0]).update({ Title: 'edited' }, '*');
    await list.items.getById(ids[0]).update({ Title: 'edited again' }, '*');
    assert.equal((await list.items.getById(ids[0]).select('Title')()).Title, 'edited again');
  });

  // Memberships filed in a community's folder, read by Author/EMail (site header) and by AuthorId.
  // https://learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests
  // https://pnp.github.io/pnpjs/sp/items/#add-items-using-addvalidateupdateitemusingpath
  test('an item added into a folder by path is found by CommunityId with Author/EMail, by its own author only', async () => {
    const sp = owner();
    await sp.web.lists.ensure('Joined');
    const list = sp.web.lists.getByTitle('Joined');
    await list.fields.addNumber('Community', { Indexed: true });
    await list.rootFolder.folders.addUsingPath('community-7');
    const path = '/sites/cop/Lists/Joined/community-7';
    const r = await spClient(emu.siteUrl, MEMBER)
      .web.lists.getByTitle('Joined')
      .addValidateUpdateItemUsingPath(
        [
          { FieldName: 'Title', FieldValue: 'Sam — CoP 7' },
          { FieldName: 'Community', FieldValue: '7' },
        ],
        path,
      );
    assert.ok(
      r.every((v) => !v.HasException),
      JSON.stringify(r),
    );
    const id = Number(r.find((v) => v.FieldName === 'Id')?.FieldValue);
    const header = async (upn: string): Promise<Array<{ Id: number; FileDirRef: string; Author: { EMail: string } }>> =>
      (await spClient(emu.siteUrl, upn)
        .web.lists.getByTitle('Joined')
        .items.select('Id', 'FileDirRef', 'Author/EMail')
        .expand('Author')
        .filter(`Community eq 7 and Author/EMail eq '${upn}'`)
        .top(10)()) as Array<{ Id: number; FileDirRef: string; Author: { EMail: string } }>;
    const mine = await header(MEMBER);
    assert.deepEqual(
      mine.map((m) => [m.Id, m.FileDirRef, m.Author.EMail]),
      [[id, path, MEMBER]],
    );
    assert.deepEqual(await header(MEMBER2), []);
  });
});

describe('Graph calls of GroupService, PeopleService and CurrentUserCache', () => {
  const pod = DEMO_USERS.find((u) => u.roles.includes('pod'))!;
  let groupId: string;
  before(() => {
    groupId = createGroup(emu.ctx, {
      displayName: 'Endpoint CoP',
      mailNickname: 'endpointcop',
      description: 'For the endpoint tests.',
      ownerIds: [pod.id],
      memberIds: DEMO_USERS.slice(0, 12).map((u) => u.id),
      visibility: 'Private',
      hasTeam: false,
    });
  });

  // me with $select (id, department, jobTitle); users/{userPrincipalName} with $select=id.
  // https://learn.microsoft.com/graph/api/user-get
  test('me and users/{upn} with $select answer only what was asked, with @odata.context', async () => {
    const graph = graphClient(emu.origin, pod.userPrincipalName);
    const me = (await graph.me.select('id', 'department', 'jobTitle')()) as Record<string, unknown>;
    assert.deepEqual(
      Object.keys(me)
        .filter((k) => !k.startsWith('@odata'))
        .sort(),
      ['department', 'id', 'jobTitle'],
    );
    assert.equal(me.id, pod.id);
    const byUpn = (await graph.users.getById(DEMO_USERS[3].userPrincipalName).select('id')()) as Record<string, unknown>;
    assert.equal(byUpn.id, DEMO_USERS[3].id);
  });

  // PeopleService.byIds: users?$filter=id in (...) in chunks of 15, the most Graph takes without
  // advanced query parameters; with ConsistencyLevel: eventual and $count=true the limit is lifted.
  // https://learn.microsoft.com/graph/filter-query-parameter (operators: in)
  // https://learn.microsoft.com/graph/aad-advanced-queries
  test('users with id in (15 ids) answers; 16 ids, or 16 or-clauses, are refused without advanced queries', async () => {
    const graph = graphClient(emu.origin, pod.userPrincipalName);
    const quoted = (n: number): string =>
      DEMO_USERS.slice(0, n)
        .map((u) => `'${u.id}'`)
        .join(',');
    const fifteen = await graph.users.filter(`id in (${quoted(15)})`).select('id', 'displayName', 'mail', 'userPrincipalName')();
    assert.equal(fifteen.length, 15);
    const tooMany = await graphFailure(() => graph.users.filter(`id in (${quoted(16)})`).select('id')(), 400);
    assert.equal(tooMany.code, 'Request_UnsupportedQuery');
    assert.equal(
      tooMany.message,
      "Too many child clauses specified in search filter expression containing 'OR' operators: 16. Max allowed: 15.",
    );
    const ors = DEMO_USERS.slice(0, 16)
      .map((u) => `id eq '${u.id}'`)
      .join(' or ');
    assert.equal((await graphFailure(() => graph.users.filter(ors).select('id')(), 400)).code, 'Request_UnsupportedQuery');
    const advanced = graph.users
      .filter(`id in (${quoted(16)})`)
      .select('id')
      .using(ConsistencyLevel());
    advanced.query.set('$count', 'true');
    assert.equal((await advanced()).length, 16);
  });

  // groups/{id} with $select; members with $select and $top, followed through @odata.nextLink by the
  // async iterator GroupService.memberEmails uses; members/$ref add and members/{id}/$ref remove.
  // https://learn.microsoft.com/graph/api/group-get
  // https://learn.microsoft.com/graph/api/group-list-members
  // https://learn.microsoft.com/graph/api/group-post-members
  // https://learn.microsoft.com/graph/api/group-delete-members
  // https://learn.microsoft.com/graph/paging
  test('group with $select; members paged by the async iterator; add by @odata.id and remove', async () => {
    const graph = graphClient(emu.origin, pod.userPrincipalName);
    const g = (await graph.groups.getById(groupId).select('id', 'displayName', 'mail')()) as Record<string, unknown>;
    assert.deepEqual([g.id, g.displayName, g.mail], [groupId, 'Endpoint CoP', 'endpointcop@cophub.example']);
    const emails = async (top: number): Promise<string[]> => {
      const out: string[] = [];
      for await (const page of graph.groups.getById(groupId).members.select('mail', 'userPrincipalName').top(top)) {
        for (const m of page as Array<{ mail?: string | null; userPrincipalName?: string | null }>)
          out.push(String(m.mail ?? m.userPrincipalName).toLowerCase());
      }
      return out;
    };
    const all = await emails(999);
    assert.equal(all.length, 12);
    assert.deepEqual(await emails(5), all, 'three pages of 5, 5 and 2 through @odata.nextLink give the same members');
    const newcomer = DEMO_USERS[20];
    await graph.groups.getById(groupId).members.add(`https://graph.microsoft.com/v1.0/directoryObjects/${newcomer.id}`);
    assert.ok((await emails(999)).includes(newcomer.mail.toLowerCase()));
    await graph.groups.getById(groupId).members.getById(newcomer.id).remove();
    assert.ok(!(await emails(999)).includes(newcomer.mail.toLowerCase()));
  });
});
