/** `npm run provision`: the Node command against a running emulator, with good and bad input. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';

const root = join(import.meta.dirname, '..', '..');
let emu: RunningEmulator;

/** Runs the command in a child process; asynchronously, since the emulator serves from this one. */
function provision(...args: string[]): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'provision.ts'), ...args], {
      cwd: root,
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, out }));
  });
}

before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(async () => {
  await emu?.close();
});

test('refuses missing or malformed --site with a clear message', async () => {
  const missing = await provision();
  assert.equal(missing.status, 2);
  assert.match(missing.out, /--site is required/);
  const bad = await provision('--site', 'not a url');
  assert.equal(bad.status, 2);
  assert.match(bad.out, /must be an absolute URL/);
  assert.match((await provision('--site', 'http://contoso.sharepoint.com/sites/cop')).out, /must use https/);
});

test('a member of staff is told provisioning needs a site owner', async () => {
  const r = await provision('--site', emu.siteUrl, '--as', 'sam.taylor@cophub.example');
  assert.equal(r.status, 1);
  assert.match(r.out, /Access denied: provisioning needs a site owner/);
});

test('a site owner provisions, and a second run changes nothing', async () => {
  const first = await provision('--site', emu.siteUrl);
  assert.equal(first.status, 0, first.out);
  assert.match(first.out, /Created list Memberships/);
  const second = await provision('--site', emu.siteUrl);
  assert.equal(second.status, 0, second.out);
  assert.match(second.out, /Done: nothing needed changing\./);
});
