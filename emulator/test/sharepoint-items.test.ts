/** List items: CRUD, query options, person and lookup fields, etags. Driven by @pnp/sp. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { spClient } from './clients.ts';
import { GARDENER, MEMBER, MEMBER2, OWNER, spErrorOf } from './sp-helpers.ts';

let emu: RunningEmulator;
const ids: Record<string, number> = {};

before(async () => {
  emu = await startEmulator({ port: 0 });
  const sp = spClient(emu.siteUrl, OWNER);
  await sp.web.lists.ensure('Areas');
  await sp.web.lists.ensure('CoPs');
  const areas = sp.web.lists.getByTitle('Areas');
  const cops = sp.web.lists.getByTitle('CoPs');
  const areaList = await areas.select('Id')();
  await cops.fields.addChoice('Status', { Choices: ['proposed', 'launched'] });
  await cops.fields.addNumber('Founders');
  await cops.fields.addDateTime('LaunchDate');
  await cops.fields.addBoolean('Open');
  await cops.fields.addUser('Sponsor', { SelectionMode: 0 });
  await cops.fields.addUser('Gardeners', { SelectionMode: 0, AllowMultipleValues: true } as Record<string, unknown>);
  await cops.fields.addLookup('Area', { LookupListId: areaList.Id, LookupFieldName: 'Title' });
  await cops.fields.addMultiChoice('Tags', { Choices: ['x', 'y', 'z'] });
  ids.digital = (await areas.items.add({ Title: 'Digital' })).Id;
  ids.people = (await areas.items.add({ Title: 'People' })).Id;
  for (const upn of [OWNER, MEMBER, GARDENER, MEMBER2]) ids[upn] = (await sp.web.ensureUser(upn)).Id;
});
after(() => emu.close());

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest#update-list-item
test('add, read, update with etag, delete', async () => {
  const sp = spClient(emu.siteUrl, MEMBER);
  const cops = sp.web.lists.getByTitle('CoPs');
  const added = await cops.items.add({
    Title: "Writers' circle",
    Status: 'proposed',
    Founders: 3,
    LaunchDate: '2026-03-01T09:00:00Z',
    Open: true,
    SponsorId: ids[OWNER],
    GardenersId: [ids[GARDENER], ids[MEMBER2]],
    AreaId: ids.digital,
    Tags: ['x', 'z'],
  });
  assert.equal(added['odata.etag'], '"1"');
  assert.equal(added.AuthorId, ids[MEMBER]);
  assert.deepEqual(added.GardenersId, [ids[GARDENER], ids[MEMBER2]]);
  assert.deepEqual(added.GardenersStringId, [String(ids[GARDENER]), String(ids[MEMBER2])]);
  const item = cops.items.getById(added.Id);
  const res = await item.update({ Founders: 4 }, added['odata.etag']);
  assert.equal(res.etag, '"2"');
  const stale = await spErrorOf(item.update({ Founders: 5 }, added['odata.etag']));
  assert.equal(stale.status, 412);
  assert.equal(stale.code, '-1, Microsoft.SharePoint.Client.ClientServiceException');
  assert.match(stale.message, /does not match the object's ETag value/);
  const now = await item.select('Founders', 'EditorId', 'Modified', 'Created')();
  assert.equal(now.Founders, 4);
  await item.delete();
  const gone = await spErrorOf(item());
  assert.equal(gone.status, 404);
  assert.match(gone.message, /Item does not exist/);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
test('Author, Editor and server-maintained values cannot be set by the client', async () => {
  const cops = spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('CoPs');
  const err = await spErrorOf(cops.items.add({ Title: 'forged', AuthorId: ids[OWNER] }));
  assert.equal(err.status, 400);
  assert.match(err.message, /AuthorId/);
  const err2 = await spErrorOf(cops.items.add({ Title: 'x', Nope: 1 }));
  assert.match(err2.message, /The property 'Nope' does not exist on type 'SP.Data.CoPsListItem'/);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests
test('$select, $filter, $orderby, $expand on person and lookup fields', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  const cops = sp.web.lists.getByTitle('CoPs');
  const rows = [
    {
      Title: 'Alpha',
      Status: 'launched',
      Founders: 10,
      Open: true,
      SponsorId: ids[OWNER],
      AreaId: ids.digital,
      GardenersId: [ids[GARDENER]],
      LaunchDate: '2025-01-10T00:00:00Z',
      Tags: ['x', 'z'],
    },
    {
      Title: 'Beta',
      Status: 'proposed',
      Founders: 2,
      Open: false,
      SponsorId: ids[MEMBER],
      AreaId: ids.people,
      GardenersId: [ids[MEMBER2]],
      LaunchDate: '2026-06-01T00:00:00Z',
    },
    { Title: "O'Neill's", Status: 'launched', Founders: 7, Open: true, AreaId: ids.people, GardenersId: [ids[GARDENER], ids[MEMBER2]] },
  ];
  for (const r of rows) await cops.items.add(r);
  const launched = await cops.items.filter("Status eq 'launched'").orderBy('Founders', false).select('Title', 'Founders')();
  assert.deepEqual(
    launched.map((i) => i.Title),
    ['Alpha', "O'Neill's"],
  );
  const quoted = await cops.items.filter("Title eq 'O''Neill''s'").select('Title')();
  assert.equal(quoted.length, 1);
  const byEmail = await cops.items
    .filter(`Sponsor/EMail eq '${OWNER}'`)
    .select('Title', 'Sponsor/Title', 'Sponsor/EMail')
    .expand('Sponsor')();
  assert.deepEqual(
    byEmail.map((i) => [i.Title, i.Sponsor.EMail]),
    [['Alpha', OWNER]],
  );
  assert.equal(byEmail[0].Sponsor.Title, 'Priya Desai');
  const byLookup = await cops.items
    .filter("Area/Title eq 'People'")
    .select('Title', 'Area/Title', 'AreaId')
    .expand('Area')
    .orderBy('Title')();
  assert.deepEqual(
    byLookup.map((i) => [i.Title, i.Area.Title, i.AreaId]),
    [
      ['Beta', 'People', ids.people],
      ["O'Neill's", 'People', ids.people],
    ],
  );
  const multi = await cops.items
    .filter(`GardenersId eq ${ids[MEMBER2]}`)
    .select('Title', 'Gardeners/Title')
    .expand('Gardeners')
    .orderBy('Title')();
  assert.deepEqual(
    multi.map((i) => i.Title),
    ['Beta', "O'Neill's"],
  );
  assert.equal(multi[1].Gardeners.length, 2);
  const dates = await cops.items
    .filter("LaunchDate ge datetime'2026-01-01T00:00:00Z' or LaunchDate eq null")
    .select('Title')
    .orderBy('Title')();
  assert.deepEqual(
    dates.map((i) => i.Title),
    ['Beta', "O'Neill's"],
  );
  const fn = await cops.items.filter("startswith(Title,'Al') or substringof('neill',Title)").select('Title').orderBy('Title')();
  assert.deepEqual(
    fn.map((i) => i.Title),
    ['Alpha', "O'Neill's"],
  );
  const combo = await cops.items
    .filter(`(Open eq 1 and Founders gt 5) and AuthorId eq ${ids[OWNER]}`)
    .select('Title')
    .orderBy('Founders')();
  assert.deepEqual(
    combo.map((i) => i.Title),
    ["O'Neill's", 'Alpha'],
  );
  const byAuthor = await cops.items
    .filter(`Author/EMail eq '${OWNER}' and Founders ge 7`)
    .select('Title', 'Author/Title', 'Editor/EMail')
    .expand('Author', 'Editor')
    .orderBy('Title')();
  assert.deepEqual(
    byAuthor.map((i) => [i.Title, i.Author.Title, i.Editor.EMail]),
    [
      ['Alpha', 'Priya Desai', OWNER],
      ["O'Neill's", 'Priya Desai', OWNER],
    ],
  );
  const paged = await cops.items.select('Title').orderBy('Title').top(2)();
  assert.equal(paged.length, 2);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests#supported-odata-query-operators
test('query errors name the column or option', async () => {
  const cops = spClient(emu.siteUrl, OWNER).web.lists.getByTitle('CoPs');
  const noExpand = await spErrorOf(cops.items.select('Sponsor/Title')());
  assert.match(noExpand.message, /\$expand query string must contains Sponsor/);
  const noCol = await spErrorOf(cops.items.filter("Colour eq 'red'")());
  assert.match(noCol.message, /Column 'Colour' does not exist/);
  const selCol = await spErrorOf(cops.items.select('Colour')());
  assert.match(selCol.message, /Column 'Colour' does not exist/);
  const not = await spErrorOf(cops.items.filter("not (Status eq 'x')")());
  assert.match(not.message, /'not' operator/);
  const fn = await spErrorOf(cops.items.filter("endswith(Title,'a')")());
  assert.match(fn.message, /function 'endswith'/);
  const top = await spErrorOf(cops.items.top(5001)());
  assert.match(top.message, /exceeds the maximum page size of 5000/);
  // PnPjs's items.skip() already sends $skiptoken; a raw $skip (which SharePoint ignores on items) is refused.
  const skip = await fetch(`${emu.siteUrl}/_api/web/lists/getbytitle('CoPs')/items?$skip=5`, {
    headers: { Accept: 'application/json', 'X-Emulator-User': OWNER },
  });
  assert.equal(skip.status, 400);
  assert.match(await skip.text(), /\$skip on list items/);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests
test('lookup projections read simple target fields only, as SharePoint Online (pnpjs#189, #1258)', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  await sp.web.lists.ensure('Rooms');
  const rooms = sp.web.lists.getByTitle('Rooms');
  await rooms.fields.addText('Building');
  await rooms.fields.addNumber('Seats');
  await rooms.fields.addDateTime('Opened');
  await rooms.fields.addChoice('Kind', { Choices: ['meeting', 'lab'] });
  await rooms.fields.addMultilineText('Notes');
  await rooms.fields.addBoolean('Accessible');
  await rooms.fields.addUser('Keeper', { SelectionMode: 0 });
  const roomList = await rooms.select('Id')();
  await sp.web.lists.ensure('Bookings');
  const bookings = sp.web.lists.getByTitle('Bookings');
  await bookings.fields.addLookup('Room', { LookupListId: roomList.Id, LookupFieldName: 'Title' });
  const room = await rooms.items.add({
    Title: 'Lovelace',
    Building: 'North',
    Seats: 12,
    Opened: '2024-09-02T08:00:00Z',
    Kind: 'lab',
    Notes: 'Long text',
    Accessible: true,
  });
  await bookings.items.add({ Title: 'Tuesday', RoomId: room.Id });

  const simple = ['Room/Id', 'Room/Title', 'Room/Building', 'Room/Seats', 'Room/Opened'];
  const [row] = await bookings.items.select('Title', ...simple).expand('Room')();
  assert.deepEqual(
    [row.Room.Id, row.Room.Title, row.Room.Building, row.Room.Seats, row.Room.Opened],
    [room.Id, 'Lovelace', 'North', 12, '2024-09-02T08:00:00Z'],
  );
  for (const field of ['Kind', 'Notes', 'Accessible', 'Keeper']) {
    const err = await spErrorOf(bookings.items.select('Title', `Room/${field}`).expand('Room')());
    assert.equal(err.status, 400, field);
    assert.equal(err.code, '-1, Microsoft.SharePoint.SPException', field);
    assert.equal(err.message, `The query to field 'Room/${field}' is not valid.`);
  }
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service
test('verbose and nometadata formats', async () => {
  const headers = { 'X-Emulator-User': OWNER };
  const v = await fetch(`${emu.siteUrl}/_api/web/lists/getbytitle('CoPs')/items?$select=Title,Tags&$top=1&$filter=Tags eq 'x'`, {
    headers: { ...headers, Accept: 'application/json;odata=verbose' },
  });
  const vj = (await v.json()) as { d: { results: Array<{ __metadata: { type: string; etag: string }; Tags: { results: string[] } }> } };
  assert.equal(vj.d.results[0].__metadata.type, 'SP.Data.CoPsListItem');
  assert.deepEqual(vj.d.results[0].Tags.results, ['x', 'z']);
  const n = await fetch(`${emu.siteUrl}/_api/web/lists/getbytitle('CoPs')/items?$select=Title&$top=1`, {
    headers: { ...headers, Accept: 'application/json;odata=nometadata' },
  });
  const nj = (await n.json()) as { value: Array<Record<string, unknown>> };
  assert.deepEqual(Object.keys(nj.value[0]), ['Title']);
});

// Follows:
//   https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-folders-and-files-with-rest
//   https://pnp.github.io/pnpjs/sp/items/#add-items-using-addvalidateupdateitemusingpath
test('folders: addUsingPath, items in a folder, FileDirRef filter, child counts cannot be written', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  await sp.web.lists.ensure('Foldered');
  const list = sp.web.lists.getByTitle('Foldered');
  const folder = await list.rootFolder.folders.addUsingPath('Writers');
  assert.equal(folder.ServerRelativeUrl, '/sites/cop/Lists/Foldered/Writers');
  const r = await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'in folder' }], folder.ServerRelativeUrl);
  const id = Number(r.find((v) => v.FieldName === 'Id')?.FieldValue);
  await list.items.add({ Title: 'at root' });
  const inFolder = await list.items
    .filter(`FileDirRef eq '${folder.ServerRelativeUrl}'`)
    .select('Title', 'FileRef', 'FileLeafRef', 'FSObjType')();
  assert.deepEqual(
    inFolder.map((i) => [i.Title, i.FileRef]),
    [['in folder', `${folder.ServerRelativeUrl}/${id}_.000`]],
  );
  const f = await list.items.filter('FSObjType eq 1').select('Title', 'ItemChildCount', 'FolderChildCount', 'Id')();
  assert.deepEqual([f[0].Title, f[0].ItemChildCount, f[0].FolderChildCount], ['Writers', '1', '0']);
  const forged = await spErrorOf(list.items.getById(f[0].Id).update({ ItemChildCount: '99' }));
  assert.match(forged.message, /ItemChildCount/);
  const item = await sp.web.getFolderByServerRelativePath(folder.ServerRelativeUrl).getItem<{ Id: number }>('Id');
  assert.equal(item.Id, f[0].Id);
});

// Follows https://pnp.github.io/pnpjs/sp/items/
test('recycle removes the item and returns a recycle bin id', async () => {
  const cops = spClient(emu.siteUrl, OWNER).web.lists.getByTitle('CoPs');
  const added = await cops.items.add({ Title: 'to recycle' });
  const rid = await cops.items.getById(added.Id).recycle();
  assert.match(String(rid), /^[0-9a-f-]{36}$/);
  assert.equal((await spErrorOf(cops.items.getById(added.Id)())).status, 404);
});
