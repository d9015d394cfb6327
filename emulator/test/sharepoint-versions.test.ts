/**
 * Item version history (items(id)/versions): every edit keeps the state before it, newest first,
 * with who changed it; approvals add no version; reading needs View Versions; the limit holds.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { spClient } from './clients.ts';
import { MEMBER, OWNER, spErrorOf } from './sp-helpers.ts';

let emu: RunningEmulator;
let id = 0;

interface Version {
  VersionLabel: string;
  VersionId: number;
  IsCurrentVersion: boolean;
  Created: string;
  Title: string;
  Stage: string | null;
  Editor: { LookupId: number; LookupValue: string; Email: string };
  Owner: { LookupValue: string } | null;
}

before(async () => {
  emu = await startEmulator({ port: 0 });
  const sp = spClient(emu.siteUrl, OWNER);
  await sp.web.lists.add('Things', '', 100, false, { EnableVersioning: true, MajorVersionLimit: 3 });
  const list = sp.web.lists.getByTitle('Things');
  await list.fields.addChoice('Stage', { Choices: ['forming', 'launched', 'closed'] });
  await list.fields.addUser('Owner', {});
  const me = await sp.web.ensureUser(OWNER);
  const added = (await list.items.add({ Title: 'First', Stage: 'forming', OwnerId: me.Id })) as { Id: number };
  id = added.Id;
});
after(() => emu.close());

const versions = (upn: string): Promise<Version[]> =>
  spClient(emu.siteUrl, upn).web.lists.getByTitle('Things').items.getById(id).versions() as Promise<Version[]>;

// Follows https://pnp.github.io/pnpjs/sp/items/#get-item-versions
test('a new item has one version, the current one, with its fields by internal name', async () => {
  const [v] = await versions(OWNER);
  assert.equal(v.VersionLabel, '1.0');
  assert.equal(v.VersionId, 512);
  assert.equal(v.IsCurrentVersion, true);
  assert.equal(v.Stage, 'forming');
  assert.equal(v.Owner?.LookupValue, 'Priya Desai');
  assert.equal(v.Editor.Email, OWNER);
});

// Follows https://pnp.github.io/pnpjs/sp/items/#get-item-versions
test('each edit keeps the state before it; newest first; the limit drops the oldest', async () => {
  const list = spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Things');
  await list.items.getById(id).update({ Stage: 'launched' });
  let all = await versions(OWNER);
  assert.deepEqual(
    all.map((v) => [v.VersionLabel, v.Stage, v.IsCurrentVersion]),
    [
      ['2.0', 'launched', true],
      ['1.0', 'forming', false],
    ],
  );
  await list.items.getById(id).update({ Title: 'Second' });
  await list.items.getById(id).update({ Stage: 'closed' });
  all = await versions(OWNER);
  // MajorVersionLimit 3: 4.0 (current), 3.0, 2.0 are kept; 1.0 is gone.
  assert.deepEqual(
    all.map((v) => v.VersionLabel),
    ['4.0', '3.0', '2.0'],
  );
  assert.deepEqual(
    all.map((v) => v.Title),
    ['Second', 'Second', 'First'],
  );
  const one = (await list.items.getById(id).versions.getById(1024)()) as Version;
  assert.equal(one.Stage, 'launched');
  assert.equal((await spErrorOf(list.items.getById(id).versions.getById(512)())).status, 404);
});

// Follows https://learn.microsoft.com/sharepoint/understanding-permission-levels
test('reading versions needs View Versions on the item', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  const item = sp.web.lists.getByTitle('Things').items.getById(id);
  await item.breakRoleInheritance(false, false);
  const member = await sp.web.ensureUser(MEMBER);
  const restricted = await sp.web.roleDefinitions.add('Read, no versions', 'View items only', 300, {
    High: 0,
    Low: 0x1 | 0x20 | 0x10000 | 0x20000 | 0x8000000,
  } as never);
  await item.roleAssignments.add(member.Id, (restricted.data as { Id: number }).Id);
  assert.ok(
    (await spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Things').items.getById(id).select('Title')()).Title,
    'the member still reads the item',
  );
  assert.equal((await spErrorOf(versions(MEMBER))).status, 403);
});
