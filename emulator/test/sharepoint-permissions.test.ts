/** Permissions as SharePoint applies them: groups, item-level settings, unique permissions, digests, identities. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { spClient } from './clients.ts';
import { GARDENER, MEMBER, MEMBER2, OWNER, spErrorOf } from './sp-helpers.ts';

const VISITOR = 'kiran.khan@cophub.example';
let emu: RunningEmulator;

before(async () => {
  emu = await startEmulator({ port: 0 });
  const sp = spClient(emu.siteUrl, OWNER);
  await sp.web.lists.ensure('Open');
  await sp.web.lists.ensure('Own', '', 100, false, { WriteSecurity: 2 });
  await sp.web.lists.ensure('Private', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
  // SharePoint's way to make someone a visitor: an owner adds them to the Visitors group (and here, out of Members).
  const visitors = sp.web.siteGroups.getByName('CoP Hub Visitors');
  await visitors.users.add(`i:0#.f|membership|${VISITOR}`);
  const v = await sp.web.siteUsers.getByEmail(VISITOR)();
  await sp.web.associatedMemberGroup.users.removeById(v.Id);
});
after(() => emu.close());

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference
test('site groups, current user and role definitions look like a SharePoint site', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  const groups = await sp.web.siteGroups.select('Title', 'Id')();
  assert.deepEqual(
    groups.map((g) => g.Title),
    ['CoP Hub Owners', 'CoP Hub Visitors', 'CoP Hub Members'],
  );
  const me = await sp.web.currentUser();
  assert.equal(me.LoginName, `i:0#.f|membership|${OWNER}`);
  assert.ok(me.Id >= 6);
  const owners = await sp.web.associatedOwnerGroup.users.select('Email')();
  assert.ok(owners.some((u) => u.Email === OWNER));
  const defs = await sp.web.roleDefinitions.select('Name', 'Id', 'BasePermissions')();
  const contribute = defs.find((d) => d.Name === 'Contribute');
  assert.equal(contribute?.Id, 1073741827);
  assert.deepEqual(contribute?.BasePermissions, { High: '432', Low: '1011028719' });
});

// Follows https://learn.microsoft.com/sharepoint/understanding-permission-levels
test("a visitor reads but gets SharePoint's 403 on any write", async () => {
  const owner = spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Open');
  await owner.items.add({ Title: 'visible' });
  const visitor = spClient(emu.siteUrl, VISITOR).web.lists.getByTitle('Open');
  assert.equal((await visitor.items.select('Title')()).length, 1);
  const err = await spErrorOf(visitor.items.add({ Title: 'nope' }));
  assert.equal(err.status, 403);
  assert.equal(err.code, '-2147024891, System.UnauthorizedAccessException');
  assert.equal(err.message, 'Access denied. You do not have permission to perform this action or access this resource.');
  const perms = await spClient(emu.siteUrl, VISITOR).web.lists.getByTitle('Open').getCurrentUserEffectivePermissions();
  const list = spClient(emu.siteUrl, VISITOR).web.lists.getByTitle('Open');
  assert.equal(list.hasPermissions(perms, PermissionKind.ViewListItems), true);
  assert.equal(list.hasPermissions(perms, PermissionKind.AddListItems), false);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
test("WriteSecurity=2: a member cannot edit or delete another member's item, but can edit their own", async () => {
  const mine = await spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Own').items.add({ Title: "Sam's" });
  const other = spClient(emu.siteUrl, MEMBER2).web.lists.getByTitle('Own');
  assert.equal((await spErrorOf(other.items.getById(mine.Id).update({ Title: 'hijack' }))).status, 403);
  assert.equal((await spErrorOf(other.items.getById(mine.Id).delete())).status, 403);
  await spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Own').items.getById(mine.Id).update({ Title: "still Sam's" });
  await spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Own').items.getById(mine.Id).update({ Title: 'owners override' });
  const perms = await other.items.getById(mine.Id).select('EffectiveBasePermissions')();
  const item = other.items.getById(mine.Id);
  assert.equal(item.hasPermissions(perms.EffectiveBasePermissions, PermissionKind.EditListItems), false);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
test('ReadSecurity=2: members only see their own items; owners see all', async () => {
  await spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Private').items.add({ Title: 'a' });
  await spClient(emu.siteUrl, MEMBER2).web.lists.getByTitle('Private').items.add({ Title: 'b' });
  assert.deepEqual(
    (await spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Private').items.select('Title')()).map((i) => i.Title),
    ['a'],
  );
  assert.equal((await spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Private').items()).length, 2);
});

// Follows:
//   https://learn.microsoft.com/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface
//   https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference
test('item-level unique permissions: break inheritance, grant, security trimming, reset', async () => {
  const owner = spClient(emu.siteUrl, OWNER);
  const list = owner.web.lists.getByTitle('Open');
  const secret = await list.items.add({ Title: 'secret' });
  const item = list.items.getById(secret.Id);
  await item.breakRoleInheritance(false, false);
  const gardener = await owner.web.ensureUser(GARDENER);
  await item.roleAssignments.add(gardener.Id, 1073741830);
  const assigned = await item.roleAssignments.expand('Member', 'RoleDefinitionBindings')();
  assert.equal(assigned.length, 2, 'the owner who broke inheritance keeps Full Control, plus the gardener');
  const seenByMember = await spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Open').items.select('Title')();
  assert.ok(!seenByMember.some((i) => i.Title === 'secret'));
  assert.equal((await spErrorOf(spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Open').items.getById(secret.Id)())).status, 404);
  const g = spClient(emu.siteUrl, GARDENER).web.lists.getByTitle('Open').items.getById(secret.Id);
  await g.update({ Title: 'secret, edited by gardener' });
  const memberAdd = await spErrorOf(
    spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Open').items.getById(secret.Id).roleAssignments.add(gardener.Id, 1073741829),
  );
  assert.equal(memberAdd.status, 404);
  await item.resetRoleInheritance();
  assert.ok(
    (await spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Open').items.select('Title')()).some((i) => i.Title.startsWith('secret')),
  );
  const inherits = await spErrorOf(item.roleAssignments.add(gardener.Id, 1073741830));
  assert.match(inherits.message, /inherits permissions/);
});

// Follows:
//   https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference
//   https://learn.microsoft.com/sharepoint/understanding-permission-levels
test('custom permission levels and getUserEffectivePermissions', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  const approve = await sp.web.roleDefinitions.add('Approve only', 'View and approve', 70, {
    High: 0,
    Low: 0x1 | 0x10 | 0x20 | 0x1000 | 0x10000 | 0x20000,
  });
  assert.ok(approve.data.Id > 1073741830);
  const list = sp.web.lists.getByTitle('Open');
  const perms = await list.getUserEffectivePermissions(`i:0#.f|membership|${MEMBER}`);
  assert.equal(list.hasPermissions(perms, PermissionKind.EditListItems), true);
  assert.equal(list.hasPermissions(perms, PermissionKind.ManageLists), false);
  const denied = await spErrorOf(spClient(emu.siteUrl, MEMBER).web.roleDefinitions.add('Mine', '', 80, { High: 0, Low: 1 }));
  assert.equal(denied.status, 403);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference
test('a member cannot add people to a SharePoint group; an owner can', async () => {
  const err = await spErrorOf(spClient(emu.siteUrl, MEMBER).web.associatedOwnerGroup.users.add(`i:0#.f|membership|${MEMBER}`));
  assert.equal(err.status, 403);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/complete-basic-operations-using-sharepoint-rest-endpoints#writing-data-by-using-the-rest-interface
test("writes without a form digest, or with another user's digest, get 403", async () => {
  const url = `${emu.siteUrl}/_api/web/lists/getbytitle('Open')/items`;
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Emulator-User': OWNER };
  const none = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ Title: 'x' }) });
  assert.equal(none.status, 403);
  const body = (await none.json()) as { 'odata.error': { code: string; message: { value: string } } };
  assert.equal(body['odata.error'].code, '-2130575252, Microsoft.SharePoint.SPException');
  assert.match(body['odata.error'].message.value, /security validation for this page is invalid/);
  const ctx = await fetch(`${emu.siteUrl}/_api/contextinfo`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'X-Emulator-User': MEMBER },
  });
  const info = (await ctx.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number };
  assert.equal(info.FormDigestTimeoutSeconds, 1800);
  const stolen = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'X-RequestDigest': info.FormDigestValue },
    body: JSON.stringify({ Title: 'x' }),
  });
  assert.equal(stolen.status, 403);
  const own = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'X-Emulator-User': MEMBER, 'X-RequestDigest': info.FormDigestValue },
    body: JSON.stringify({ Title: 'x' }),
  });
  assert.equal(own.status, 201);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/complete-basic-operations-using-sharepoint-rest-endpoints#writing-data-by-using-the-rest-interface
test('@pnp/sp without its digest behaviour: writes get 403, reads still work', async () => {
  // SPBrowser's pipeline minus RequestDigest, so PnPjs sends no X-RequestDigest.
  const noDigest = spfi(emu.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry(),
    DefaultParse(),
    InjectHeaders({ 'X-Emulator-User': OWNER }),
  );
  const list = noDigest.web.lists.getByTitle('Open');
  const err = await spErrorOf(list.items.add({ Title: 'no digest' }));
  assert.equal(err.status, 403);
  assert.equal(err.code, '-2130575252, Microsoft.SharePoint.SPException');
  assert.ok(
    (await list.items.select('Title')()).every((i) => i.Title !== 'no digest'),
    'nothing was written',
  );
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service
test('an unknown identity gets 401; no identity acts as an ordinary member', async () => {
  const res = await fetch(`${emu.siteUrl}/_api/web`, {
    headers: { Accept: 'application/json', 'X-Emulator-User': 'nobody@elsewhere.example' },
  });
  assert.equal(res.status, 401);
  const anon = await fetch(`${emu.siteUrl}/_api/web/currentuser`, { headers: { Accept: 'application/json' } });
  const me = (await anon.json()) as { Email: string };
  assert.equal(me.Email, MEMBER);
});
