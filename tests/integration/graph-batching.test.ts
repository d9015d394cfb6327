/**
 * Graph JSON batches from the clients CoP Hub builds over a plain base URL (the workbench, Node) go
 * to `<version root>/$batch`, where Graph answers them (https://learn.microsoft.com/graph/json-batching)
 * and where @pnp/graph sends them from SharePoint's https Graph base, whichever queryable the batch
 * was made from (src/data/clients.ts GraphBatchAtVersionRoot).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { createClients } from '../../src/data/clients.ts';
import '../../src/data/pnpImports.ts';

// src/ runs as CommonJS under tsx and these tests as ES modules, each with its own copy of
// @pnp/graph: batching is taken from the copy the clients were built with.
const { createBatch } = createRequire(new URL('../../src/data/clients.ts', import.meta.url))(
  '@pnp/graph/batching',
) as typeof import('@pnp/graph/batching');

const STAFF = 'alex.adams@cophub.example';
let emu: RunningEmulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());

/** Runs a batch and answers the URLs of the $batch requests it posted. */
async function batchUrls(execute: () => Promise<void>): Promise<string[]> {
  const urls: string[] = [];
  const real = globalThis.fetch;
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith('$batch')) urls.push(url);
    return real(input, init);
  };
  try {
    await execute();
  } finally {
    globalThis.fetch = real;
  }
  return urls;
}

test('a batch made from graph.users is posted to /v1.0/$batch over http, as from an https Graph base', async () => {
  const { graph } = createClients({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': STAFF } });
  const [batch, execute] = createBatch(graph.users);
  const users = graph.users.using(batch).select('userPrincipalName').top(2)();
  const me = graph.me.using(batch).select('userPrincipalName')();
  const posted = await batchUrls(execute);
  assert.equal((await users).length, 2);
  assert.equal((await me).userPrincipalName, STAFF);
  assert.deepEqual(posted, [`${emu.graphUrl}/$batch`]);
});

test('a batch from the Graph root is posted to /v1.0/$batch too', async () => {
  const { graph } = createClients({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': STAFF } });
  const [batched, execute] = graph.batched();
  const me = batched.me.select('userPrincipalName')();
  assert.deepEqual(await batchUrls(execute), [`${emu.graphUrl}/$batch`]);
  assert.equal((await me).userPrincipalName, STAFF);
});
