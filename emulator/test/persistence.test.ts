/** --data <file>: what clients write survives a restart on the same file; without a file nothing is kept. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { startEmulator } from '../src/server.ts';
import { spClient } from './clients.ts';
import { MEMBER, OWNER, spErrorOf } from './sp-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'cop-hub-emulator-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('items, fields and their etags persist in the SQLite file across restarts', async () => {
  const file = join(dir, 'hub.sqlite');
  const first = await startEmulator({ port: 0, dataFile: file });
  let id: number;
  try {
    const sp = spClient(first.siteUrl, OWNER);
    await sp.web.lists.ensure('Kept');
    await sp.web.lists.getByTitle('Kept').fields.addNumber('N');
    const added = await spClient(first.siteUrl, MEMBER).web.lists.getByTitle('Kept').items.add({ Title: 'survives', N: 1 });
    id = added.Id;
    await spClient(first.siteUrl, MEMBER).web.lists.getByTitle('Kept').items.getById(id).update({ N: 2 }, added['odata.etag']);
  } finally {
    await first.close();
  }

  const second = await startEmulator({ port: 0, dataFile: file });
  try {
    const item = await spClient(second.siteUrl, OWNER)
      .web.lists.getByTitle('Kept')
      .items.getById(id)
      .select('Title', 'N', 'Author/EMail')
      .expand('Author')();
    assert.deepEqual([item.Title, item.N, item.Author.EMail, item['odata.etag']], ['survives', 2, MEMBER, '"2"']);
    // A new item continues the list's ids instead of reusing one.
    const next = await spClient(second.siteUrl, OWNER).web.lists.getByTitle('Kept').items.add({ Title: 'after restart' });
    assert.equal(next.Id, id + 1);
  } finally {
    await second.close();
  }

  const memory = await startEmulator({ port: 0 });
  try {
    assert.equal((await spErrorOf(spClient(memory.siteUrl, OWNER).web.lists.getByTitle('Kept')())).status, 404);
  } finally {
    await memory.close();
  }
});
