/**
 * The list view's command set reads, for a gardener on Memberships, only the communities they garden
 * (issue 21): one filtered GET, whatever the number of communities, and the right ones.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import { GARDENER_EVENTS, servicesAs, STAFF, startDemo } from '../security/helpers.ts';

let emu: RunningEmulator;
let requests: string[] = [];
const realFetch = globalThis.fetch;

before(async () => {
  emu = await startDemo();
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(`${init?.method ?? 'GET'} ${String(input instanceof Request ? input.url : input)}`);
    return realFetch(input, init);
  }) as typeof fetch;
});
after(async () => {
  globalThis.fetch = realFetch;
  await emu?.close();
});

test('a gardener gets the communities they garden, and only those, from one GET; someone who gardens nothing gets none', async () => {
  const services = servicesAs(emu, GARDENER_EVENTS);
  const me = await services.people.me();
  const expected = (await services.communities.all()).filter((c) => c.gardeners.some((g) => g.id === me.id)).map((c) => c.id);
  assert.ok(expected.length > 0, 'the demo names them gardener of a community');
  requests = [];
  const gardened = await services.communities.gardenedBy(me.id);
  assert.equal(requests.length, 1, requests.join('\n'));
  assert.deepEqual(gardened.map((c) => c.id).sort(), [...expected].sort());
  assert.ok(gardened.every((c) => c.title.length > 0));

  const staff = servicesAs(emu, STAFF);
  assert.deepEqual(await staff.communities.gardenedBy((await staff.people.me()).id), []);
});
