/** Lists, fields, views and indexes through the real @pnp/sp client. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { spClient } from './clients.ts';
import { OWNER, MEMBER, spErrorOf } from './sp-helpers.ts';

let emu: RunningEmulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());

// Follows:
//   https://pnp.github.io/pnpjs/sp/lists/
//   https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
test('lists.ensure is idempotent and applies settings on both paths', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  const first = await sp.web.lists.ensure('Communities', 'All CoPs', 100, false, { EnableModeration: true });
  assert.equal(first.created, true);
  const second = await sp.web.lists.ensure('Communities', 'All communities', 100, false, { WriteSecurity: 2 });
  assert.equal(second.created, false);
  const info = await sp.web.lists
    .getByTitle('Communities')
    .select(
      'Title',
      'Description',
      'EnableModeration',
      'WriteSecurity',
      'DraftVersionVisibility',
      'ItemCount',
      'ListItemEntityTypeFullName',
    )();
  assert.equal(info.Description, 'All communities');
  assert.equal(info.EnableModeration, true);
  assert.equal(info.WriteSecurity, 2);
  assert.equal(info.DraftVersionVisibility, 2, 'turning on approval shows drafts to approvers and authors only');
  assert.equal(info.ItemCount, 0);
  assert.equal(info.ListItemEntityTypeFullName, 'SP.Data.CommunitiesListItem');
  const byId = await sp.web.lists.getById((await sp.web.lists.getByTitle('communities').select('Id')()).Id).select('Title')();
  assert.equal(byId.Title, 'Communities');
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
test('creating a list takes a verbose SP.List body too, and a duplicate title is refused', async () => {
  const res = await fetch(`${emu.siteUrl}/_api/web/lists`, {
    method: 'POST',
    headers: {
      Accept: 'application/json;odata=verbose',
      'Content-Type': 'application/json;odata=verbose',
      'X-Emulator-User': OWNER,
      'X-RequestDigest': await digest(OWNER),
    },
    body: JSON.stringify({ __metadata: { type: 'SP.List' }, Title: 'Verbose List', BaseTemplate: 100, Description: 'v' }),
  });
  assert.equal(res.status, 201);
  const body = (await res.json()) as { d: { __metadata: { type: string }; Title: string } };
  assert.equal(body.d.__metadata.type, 'SP.List');
  const sp = spClient(emu.siteUrl, OWNER);
  const err = await spErrorOf(sp.web.lists.add('Verbose List'));
  assert.match(err.message, /already exists/);
});

// Follows https://learn.microsoft.com/sharepoint/understanding-permission-levels
test('a member cannot create lists or change list settings', async () => {
  const sp = spClient(emu.siteUrl, MEMBER);
  const err = await spErrorOf(sp.web.lists.add('Not Mine'));
  assert.equal(err.status, 403);
  assert.equal(err.code, '-2147024891, System.UnauthorizedAccessException');
  await spClient(emu.siteUrl, OWNER).web.lists.ensure('Locked');
  const err2 = await spErrorOf(sp.web.lists.getByTitle('Locked').update({ EnableModeration: true }));
  assert.equal(err2.status, 403);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
test('an unknown list gets SharePoint 404', async () => {
  const err = await spErrorOf(spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Nope')());
  assert.equal(err.status, 404);
  assert.match(err.message, /List 'Nope' does not exist at site with URL/);
});

// Follows:
//   https://pnp.github.io/pnpjs/sp/fields/
//   https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client.fieldtype
test('fields.add* create typed fields and return verbose SP.Field* JSON', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  await sp.web.lists.ensure('Typed');
  const fields = sp.web.lists.getByTitle('Typed').fields;
  await sp.web.lists.ensure('Practice Areas');
  const target = await sp.web.lists.getByTitle('Practice Areas').select('Id')();
  const made = [
    await fields.addText('Short', { MaxLength: 50 }),
    await fields.addMultilineText('Long', { RichText: false }),
    await fields.addNumber('Count'),
    await fields.addDateTime('When'),
    await fields.addBoolean('Flag'),
    await fields.addChoice('Status', { Choices: ['proposed', 'forming', 'launched'] }),
    await fields.addMultiChoice('Tags', { Choices: ['a', 'b'] }),
    await fields.addUser('Sponsor', { SelectionMode: 0 }),
    await fields.addUser('Gardeners', { SelectionMode: 0, AllowMultipleValues: true } as Record<string, unknown>),
    await fields.addLookup('Area', { LookupListId: target.Id, LookupFieldName: 'Title' }),
    await fields.addUrl('Site'),
  ];
  const kinds = made.map((f) => [f.InternalName, f.TypeAsString]);
  assert.deepEqual(kinds, [
    ['Short', 'Text'],
    ['Long', 'Note'],
    ['Count', 'Number'],
    ['When', 'DateTime'],
    ['Flag', 'Boolean'],
    ['Status', 'Choice'],
    ['Tags', 'MultiChoice'],
    ['Sponsor', 'User'],
    ['Gardeners', 'UserMulti'],
    ['Area', 'Lookup'],
    ['Site', 'URL'],
  ]);
  const status = await fields.getByInternalNameOrTitle('Status').select('Choices', 'Title')();
  assert.deepEqual(status.Choices, ['proposed', 'forming', 'launched']);
  const err = await spErrorOf(fields.addCalculated('Calc', { Formula: '=1' }));
  assert.match(err.message, /does not support calculated fields/);
});

// Follows https://pnp.github.io/pnpjs/sp/fields/
test('createFieldAsXml takes the internal name from DisplayName unless AddFieldInternalNameHint is set', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  await sp.web.lists.ensure('Xml');
  const fields = sp.web.lists.getByTitle('Xml').fields;
  const a = await fields.createFieldAsXml('<Field Type="Text" Name="PublishDate" DisplayName="Publish Date" />');
  assert.equal(a.InternalName, 'Publish_x0020_Date');
  const b = await fields.createFieldAsXml({
    SchemaXml:
      '<Field Type="Choice" Name="Level" DisplayName="Member level" Indexed="TRUE"><CHOICES><CHOICE>core</CHOICE><CHOICE>wider</CHOICE></CHOICES></Field>',
    Options: 8,
  });
  assert.equal(b.InternalName, 'Level');
  assert.equal(b.Indexed, true);
  assert.deepEqual(b.Choices, ['core', 'wider']);
});

// Follows:
//   https://pnp.github.io/pnpjs/sp/fields/
//   https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee543809(v=office.15) (Field.EnforceUniqueValues)
test('field MERGE sets Indexed, Required, Title; 20 indexes per list at most; unique values need an index', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  await sp.web.lists.ensure('Indexes');
  const fields = sp.web.lists.getByTitle('Indexes').fields;
  for (let i = 0; i < 20; i++) await fields.addText(`F${i}`, { Indexed: true });
  await fields.addText('Extra');
  const err = await spErrorOf(fields.getByInternalNameOrTitle('Extra').update({ Indexed: true }));
  assert.equal(err.status, 400);
  assert.match(err.message, /20 indexed columns/);
  await fields.getByInternalNameOrTitle('F0').update({ Indexed: false });
  await fields.getByInternalNameOrTitle('Extra').update({ Indexed: true, Required: true, Title: 'Extra column' });
  const extra = await fields.getByInternalNameOrTitle('Extra').select('Indexed', 'Required', 'Title')();
  assert.deepEqual([extra.Indexed, extra.Required, extra.Title], [true, true, 'Extra column']);
  const uniq = await spErrorOf(fields.getByInternalNameOrTitle('F0').update({ EnforceUniqueValues: true }));
  assert.match(uniq.message, /must first be indexed/);
  const bad = await spErrorOf(fields.getByInternalNameOrTitle('F1').update({ Colour: 'red' }));
  assert.match(bad.message, /The property 'Colour' does not exist on type 'SP.FieldText'/);
});

test("unique values are checked over every item, including ones the writer can neither edit nor see, and exclude reading only one's own items", async () => {
  const owner = spClient(emu.siteUrl, OWNER);
  await owner.web.lists.ensure('Keys', '', 100, false, { WriteSecurity: 2 });
  const list = owner.web.lists.getByTitle('Keys');
  await list.fields.addText('RequestKey', { Indexed: true, EnforceUniqueValues: true });
  const theirs = await list.items.add({ Title: 'owner', RequestKey: 'key-ABC' });
  // An item the member can't edit (WriteSecurity 2), and can't see either (its own permissions).
  await list.items.getById(Number((theirs as { Id: number }).Id)).breakRoleInheritance(false, false);
  const member = spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Keys');
  assert.equal((await member.items.select('Id')()).length, 0, 'the member sees no item');
  const dup = await spErrorOf(member.items.add({ Title: 'member', RequestKey: 'KEY-abc' }));
  assert.equal(dup.code, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', 'compared without case, over every item');
  await member.items.add({ Title: 'member', RequestKey: 'key-other' });
  const readOwn = await spErrorOf(list.update({ ReadSecurity: 2 }));
  assert.match(readOwn.message, /unique values/);
  await owner.web.lists.ensure('Own items', '', 100, false, { ReadSecurity: 2 });
  const own = await spErrorOf(
    owner.web.lists.getByTitle('Own items').fields.addText('RequestKey', { Indexed: true, EnforceUniqueValues: true }),
  );
  assert.match(own.message, /read only their own items/);
});

// Follows https://pnp.github.io/pnpjs/sp/views/
test('views: default view, add, view fields', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  await sp.web.lists.ensure('Viewed');
  const list = sp.web.lists.getByTitle('Viewed');
  await list.fields.addText('Region');
  const def = await list.defaultView.select('Title', 'DefaultView')();
  assert.deepEqual([def.Title, def.DefaultView], ['All Items', true]);
  await list.views.add('By region', false, { RowLimit: 50 });
  const view = list.views.getByTitle('By region');
  await view.fields.removeAll();
  await view.fields.add('Region');
  await view.fields.add('Title');
  const vf = await view.fields();
  assert.deepEqual((vf as unknown as { Items: string[] }).Items, ['Region', 'Title']);
  assert.equal((await list.views()).length, 2);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service
test('unsupported query options and endpoints get an error that names them', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  const res = await fetch(`${emu.siteUrl}/_api/web/lists?$apply=groupby((Title))`, {
    headers: { Accept: 'application/json', 'X-Emulator-User': OWNER },
  });
  assert.equal(res.status, 400);
  assert.match(await res.text(), /query option '\$apply'/);
  // Search is served (sharepoint-search.test.ts); its suggestions and user profiles are not.
  const suggest = await fetch(`${emu.siteUrl}/_api/search/suggest?querytext='cop'`, {
    headers: { Accept: 'application/json', 'X-Emulator-User': OWNER },
  });
  assert.equal(suggest.status, 400);
  assert.match(await suggest.text(), /does not support the REST endpoint '_api\/search\/suggest'/);
  const profiles = await fetch(`${emu.siteUrl}/_api/sp.userprofiles.peoplemanager/getmyproperties`, {
    headers: { Accept: 'application/json', 'X-Emulator-User': OWNER },
  });
  assert.equal(profiles.status, 400);
  assert.match(await profiles.text(), /does not support the REST endpoint '_api\/sp\.userprofiles\.peoplemanager'/);
  const err = await spErrorOf(sp.web.lists.getByTitle('Viewed').getItemsByCAMLQuery({ ViewXml: '<View/>' }));
  assert.equal(err.status, 400);
  assert.match(err.message, /getitems/);
});

async function digest(upn: string): Promise<string> {
  const r = await fetch(`${emu.siteUrl}/_api/contextinfo`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'X-Emulator-User': upn },
  });
  return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
}
