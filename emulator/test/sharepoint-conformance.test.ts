/**
 * Conformance with SharePoint Online through the real @pnp/sp client, for the differences a public
 * PnPjs test suite found (CoP Hub issue 12): property names matched without regard to case on
 * SharePoint's fixed entity types, the limits SharePoint documents for what it creates, site group
 * endpoints that act on groups only, and real endpoints the emulator doesn't serve refused by name
 * as emulator limits. Each test cites the documentation it follows.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SPFI } from '@pnp/sp';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { spClient } from './clients.ts';
import { MEMBER, OWNER, spErrorOf } from './sp-helpers.ts';

let emu: RunningEmulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
  await spClient(emu.siteUrl, OWNER).web.lists.ensure('Conformance');
});
after(() => emu.close());

const sp = (upn = OWNER): SPFI => spClient(emu.siteUrl, upn);
const NOT_SUPPORTED = '-1, System.NotSupportedException';
const OUT_OF_RANGE = '-2146233086, System.ArgumentOutOfRangeException';

async function digest(upn: string): Promise<string> {
  const r = await fetch(`${emu.siteUrl}/_api/contextinfo`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'X-Emulator-User': upn },
  });
  return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
}

/** A raw REST call as OWNER (writes carry a digest), answering status and the odata.error. */
async function rest(
  method: string,
  path: string,
  body?: unknown,
  xMethod?: string,
): Promise<{ status: number; code: string; message: string }> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Emulator-User': OWNER };
  if (method !== 'GET') {
    headers['X-RequestDigest'] = await digest(OWNER);
    headers['Content-Type'] = 'application/json';
    if (xMethod) Object.assign(headers, { 'X-HTTP-Method': xMethod, 'IF-MATCH': '*' });
  }
  const res = await fetch(`${emu.siteUrl}/_api/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  const err = text ? (JSON.parse(text) as { 'odata.error'?: { code: string; message: { value: string } } })['odata.error'] : undefined;
  return { status: res.status, code: err?.code ?? '', message: err?.message.value ?? '' };
}

describe('property names on fixed entity types match without regard to case', () => {
  // SharePoint Online answers these (issue 12's run against a tenant); the REST service maps them to
  // the CSOM members: https://learn.microsoft.com/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service
  test('$select on web, list, current user and fields takes any case and answers the declared name', async () => {
    const web = await sp().web.select('title', 'SERVERRELATIVEURL')();
    assert.equal(web.Title, 'CoP Hub');
    assert.equal(web.ServerRelativeUrl, '/sites/cop');
    const list = await sp().web.lists.getByTitle('Conformance').select('ID', 'title')();
    assert.match(String(list.Id), /^[0-9a-f-]{36}$/);
    assert.equal(list.Title, 'Conformance');
    const me = await sp().web.currentUser.select('loginname', 'id')();
    assert.equal(me.LoginName, `i:0#.f|membership|${OWNER}`);
    assert.equal(typeof me.Id, 'number');
    const fields = await sp().web.lists.getByTitle('Conformance').fields.select('internalname').filter("internalname eq 'Title'")();
    assert.deepEqual(
      fields.map((f) => f.InternalName),
      ['Title'],
    );
  });

  test('$expand, $filter and $orderby on fixed types take any case too', async () => {
    const list = await sp().web.lists.getByTitle('Conformance').select('rootfolder/serverrelativeurl').expand('ROOTFOLDER')();
    assert.equal(
      (list as unknown as { RootFolder: { ServerRelativeUrl: string } }).RootFolder.ServerRelativeUrl,
      '/sites/cop/Lists/Conformance',
    );
    const groups = await sp().web.siteGroups.select('title').orderBy('TITLE', false)();
    const titles = groups.map((g) => g.Title);
    assert.deepEqual(titles, [...titles].sort().reverse());
  });

  test("an unknown property is still the client's mistake, in SharePoint's words", async () => {
    const err = await spErrorOf(sp().web.select('NoSuchProperty')());
    assert.equal(err.status, 400);
    assert.equal(err.message, "The field or property 'NoSuchProperty' does not exist.");
  });

  test('list item fields are matched by their exact internal name', async () => {
    // Item fields are addressed by internal name (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests);
    // see FieldSet in emulator/src/sharepoint/fields.ts for the evidence on case.
    const items = sp().web.lists.getByTitle('Conformance').items;
    await items.add({ Title: 'exact' });
    assert.equal((await items.select('Title').filter("Title eq 'exact'")())[0].Title, 'exact');
    const err = await spErrorOf(items.select('title')());
    assert.equal(err.status, 400);
    assert.match(err.message, /Column 'title' does not exist/);
    // The same exact match in $filter and $orderby: a wrongly cased column is refused, never read as another.
    const filtered = await spErrorOf(items.filter("title eq 'exact'")());
    assert.equal(filtered.status, 400);
    assert.match(filtered.message, /title/);
    const ordered = await spErrorOf(items.orderBy('title')());
    assert.equal(ordered.status, 400);
    assert.match(ordered.message, /title/);
  });
});

describe('limits SharePoint documents, with its errors', () => {
  const long = (n: number): string => 'x'.repeat(n);

  test('a list title is at most 255 characters', async () => {
    // "Its length must be equal to or less than 255": https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee545356(v=office.15)
    const err = await spErrorOf(sp().web.lists.add(long(256)));
    assert.equal(err.status, 400);
    assert.equal(err.code, OUT_OF_RANGE);
    assert.match(err.message, /list title must be equal to or less than 255/);
    const err2 = await spErrorOf(
      sp()
        .web.lists.getByTitle('Conformance')
        .update({ Title: long(512) }),
    );
    assert.equal(err2.code, OUT_OF_RANGE);
    const ok = await sp().web.lists.add(long(255));
    assert.equal(ok.Title.length, 255);
  });

  test('a view title is at most 255 characters', async () => {
    // SP.ViewCreationInformation.title: https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj246711(v=office.15)
    const err = await spErrorOf(sp().web.lists.getByTitle('Conformance').views.add(long(256)));
    assert.equal(err.code, OUT_OF_RANGE);
  });

  test('a single line of text field takes MaxLength 1..255 and its values keep to it', async () => {
    // FieldText.MaxLength: https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee541910(v=office.15)
    const fields = sp().web.lists.getByTitle('Conformance').fields;
    assert.equal((await spErrorOf(fields.addText('TooLong', { MaxLength: 300 }))).code, OUT_OF_RANGE);
    assert.equal((await spErrorOf(fields.addText('Zero', { MaxLength: 0 }))).code, OUT_OF_RANGE);
    const items = sp().web.lists.getByTitle('Conformance').items;
    const err = await spErrorOf(items.add({ Title: long(256) }));
    assert.equal(err.status, 400);
    assert.match(err.message, /maximum length of 255/);
  });

  test('a field internal name keeps 32 characters of its name hint', async () => {
    // SharePoint truncates list field internal names to 32 characters: https://github.com/pnp/PnP/issues/1556
    const name = 'AVeryLongInternalNameHintOfFortyChars123';
    const f = await sp()
      .web.lists.getByTitle('Conformance')
      .fields.createFieldAsXml({ SchemaXml: `<Field Type="Text" DisplayName="Hint" Name="${name}" />`, Options: 8 } as never);
    assert.equal(f.InternalName, name.slice(0, 32));
  });

  test('multiple lines of text hold 63,999 characters, and a URL 255', async () => {
    // https://lookbook365.com/features/multiple-lines-of-text-column-sharepoint/ (63,999);
    // SP.FieldUrlValue.Url, 255: https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee545423(v=office.15)
    const list = sp().web.lists.getByTitle('Conformance');
    await list.fields.addMultilineText('Notes', { RichText: false });
    await list.fields.addUrl('Link');
    await list.items.add({ Title: 'max note', Notes: long(63999) });
    const err = await spErrorOf(list.items.add({ Title: 'note too long', Notes: long(64000) }));
    assert.match(err.message, /maximum length of 63999/);
    await list.items.add({ Title: 'url', Link: { Url: `https://example.com/${long(200)}`, Description: 'd' } });
    const err2 = await spErrorOf(
      list.items.add({ Title: 'url too long', Link: { Url: `https://example.com/${long(300)}`, Description: 'd' } }),
    );
    assert.equal(err2.status, 400);
    assert.equal(err2.message, 'A URL field contains invalid data. Check the input and try again.');
  });

  test('folder names refuse " * : < > ? \\ | and leading or trailing spaces, and allow # % &', async () => {
    // https://support.microsoft.com/office/restrictions-and-limitations-in-onedrive-and-sharepoint-64883a5d-228e-48f5-b3d2-eb39e07630fa
    // and @pnp/sp utils/file-names.js (InvalidFileFolderNameCharsOnlineRegex).
    await sp().web.lists.getByTitle('Conformance').update({ EnableFolderCreation: true });
    const folders = sp().web.lists.getByTitle('Conformance').rootFolder.folders;
    for (const bad of ['a"b', 'a*b', 'a:b', 'a<b', 'a>b', 'a?b', 'a\\b', 'a|b', ' lead', 'trail ', 'CON', '~$temp']) {
      const err = await spErrorOf(folders.addUsingPath(bad));
      assert.equal(err.status, 400, bad);
      assert.match(err.message, /contains characters that are not permitted/, bad);
    }
    for (const good of ['R&D', 'Q1 #2', '100%']) {
      const made = await folders.addUsingPath(good);
      assert.equal(made.Name, good);
    }
  });
});

describe('site group endpoints act on groups only', () => {
  // SP.GroupCollection (removeById, removeByLoginName, getById, getByName):
  // https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference
  test('removeByLoginName removes the group it names', async () => {
    await sp().web.siteGroups.add({ Title: 'Temporary Group' });
    await sp().web.siteGroups.removeByLoginName('Temporary Group');
    const err = await spErrorOf(sp().web.siteGroups.getByName('Temporary Group')());
    assert.equal(err.status, 404);
    assert.equal(err.message, 'Group cannot be found.');
  });

  test('removeById, getById and getByName with a user refuse, and leave the user as it was', async () => {
    const member = await sp().web.siteUsers.getByEmail(MEMBER)();
    const groupsBefore = (await sp().web.siteUsers.getById(member.Id).groups()).map((g) => g.Id);
    for (const call of [
      sp().web.siteGroups.removeById(member.Id),
      sp().web.siteGroups.getById(member.Id)(),
      sp().web.siteGroups.getByName(member.Title)(),
    ]) {
      const err = await spErrorOf(call);
      assert.equal(err.status, 404);
      assert.equal(err.message, 'Group cannot be found.');
    }
    const after = await sp().web.siteUsers.getById(member.Id)();
    assert.equal(after.LoginName, member.LoginName);
    assert.deepEqual(
      (await sp().web.siteUsers.getById(member.Id).groups()).map((g) => g.Id),
      groupsBefore,
    );
    // The member still reads the site as before: its group memberships and role assignments are intact.
    assert.equal((await sp(MEMBER).web.select('Title')()).Title, 'CoP Hub');
  });

  test('removeById of a group removes that group', async () => {
    const g = await sp().web.siteGroups.add({ Title: 'Another Group' });
    await sp().web.siteGroups.removeById(g.Id);
    assert.equal((await spErrorOf(sp().web.siteGroups.getById(g.Id)())).message, 'Group cannot be found.');
  });
});

describe('real SharePoint endpoints the emulator does not serve are refused as emulator limits', () => {
  /**
   * [method, path under /_api, body, X-HTTP-Method, documentation]. Each is a real SharePoint Online
   * REST endpoint, property or method; none is used by CoP Hub.
   */
  const LIST = "web/lists/getByTitle('Conformance')";
  const REST = 'https://learn.microsoft.com/sharepoint/dev/sp-add-ins';
  const cases: Array<[string, string, unknown, string | undefined, string]> = [
    ['GET', 'site', undefined, undefined, `${REST}/get-to-know-the-sharepoint-rest-service`],
    ['GET', '$metadata', undefined, undefined, `${REST}/get-to-know-the-sharepoint-rest-service`],
    ['GET', 'web/rootFolder', undefined, undefined, `${REST}/working-with-folders-and-files-with-rest`],
    ['GET', 'web/fields', undefined, undefined, `${REST}/complete-basic-operations-using-sharepoint-rest-endpoints`],
    ['GET', 'web/availableFields', undefined, undefined, 'https://pnp.github.io/pnpjs/sp/fields/'],
    ['GET', 'web/folders', undefined, undefined, `${REST}/working-with-folders-and-files-with-rest`],
    ['GET', 'web/contentTypes', undefined, undefined, 'https://pnp.github.io/pnpjs/sp/content-types/'],
    ['GET', 'web/webs', undefined, undefined, 'https://pnp.github.io/pnpjs/sp/webs/'],
    ['GET', 'web/allProperties', undefined, undefined, 'https://pnp.github.io/pnpjs/sp/webs/'],
    [
      'GET',
      "web/getFileByServerRelativePath(decodedUrl='/sites/cop/Shared Documents/a.docx')",
      undefined,
      undefined,
      `${REST}/working-with-folders-and-files-with-rest`,
    ],
    ['GET', 'web?$expand=RootFolder', undefined, undefined, `${REST}/use-odata-query-operations-in-sharepoint-rest-requests`],
    ['GET', 'web/SiteLogoDescription', undefined, undefined, 'https://pnp.github.io/pnpjs/sp/webs/'],
    ['POST', 'web/lists', { Title: 'Documents2', BaseTemplate: 101 }, undefined, `${REST}/working-with-lists-and-list-items-with-rest`],
    [
      'POST',
      `${LIST}/renderListDataAsStream`,
      { parameters: { RenderOptions: 2 } },
      undefined,
      'https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest#sp.list.renderlistdataasstream',
    ],
    ['POST', `${LIST}/getChanges`, { query: { Item: true } }, undefined, 'https://pnp.github.io/pnpjs/sp/lists/#getchanges'],
    ['POST', `${LIST}/getItems`, { query: { ViewXml: '<View/>' } }, undefined, 'https://pnp.github.io/pnpjs/sp/lists/#getitemsbycamlquery'],
    ['GET', `${LIST}/items(1)/FieldValuesAsText`, undefined, undefined, 'https://pnp.github.io/pnpjs/sp/items/'],
    ['GET', `${LIST}/items?$expand=FieldValuesAsText`, undefined, undefined, 'https://pnp.github.io/pnpjs/sp/items/'],
    ['GET', `${LIST}/items(1)/AttachmentFiles`, undefined, undefined, 'https://pnp.github.io/pnpjs/sp/attachments/'],
    ['GET', `${LIST}/getView('00000000-0000-0000-0000-000000000000')`, undefined, undefined, 'https://pnp.github.io/pnpjs/sp/views/'],
    ['POST', `${LIST}/defaultView/SetViewXml`, { viewXml: '<View/>' }, undefined, 'https://pnp.github.io/pnpjs/sp/views/#setviewxml'],
    ['GET', `${LIST}?$expand=Fields`, undefined, undefined, `${REST}/use-odata-query-operations-in-sharepoint-rest-requests`],
    ['GET', `${LIST}/eventReceivers`, undefined, undefined, 'https://pnp.github.io/pnpjs/sp/lists/'],
    ['GET', `${LIST}/rootFolder/files`, undefined, undefined, `${REST}/working-with-folders-and-files-with-rest`],
    ['POST', 'web/siteUsers/getById(6)', { Title: 'Renamed' }, 'MERGE', `${REST}/users-groups-and-roles-rest-api-reference`],
    ['POST', 'web/siteGroups/getById(5)', { Description: 'changed' }, 'MERGE', `${REST}/users-groups-and-roles-rest-api-reference`],
  ];

  for (const [method, path, body, xMethod, doc] of cases) {
    test(`${xMethod ?? method} ${path} (${doc})`, async () => {
      const r = await rest(method, path, body, xMethod);
      assert.equal(r.status, 400, `${path}: ${r.status} ${r.message}`);
      assert.equal(r.code, NOT_SUPPORTED, `${path}: ${r.code} ${r.message}`);
      assert.match(r.message, /^The emulator does not support /, path);
    });
  }

  test("names SharePoint itself doesn't have keep SharePoint's client errors", async () => {
    const web = await rest('GET', 'web/noSuchThing');
    assert.equal(web.status, 404);
    assert.match(web.message, /^Cannot find resource for the request/);
    const list = await rest('GET', `${LIST}/noSuchMethod(1)`);
    assert.equal(list.status, 404);
    assert.match(list.message, /^Cannot find resource for the request/);
  });
});
