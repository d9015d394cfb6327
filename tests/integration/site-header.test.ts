/**
 * The community site header's data against the emulator with demo data: my standing from one
 * request, the join policy read only when the item can't decide, and then remembered.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { SEEDS } from '../../emulator/src/seeds.ts';
import { createClients } from '../../src/data/clients.ts';
import { createServices } from '../../src/data/factory.ts';
import { myHeaderStanding, myHeaderView, type HeaderSource, type PolicyStore } from '../../src/data/siteHeaderData.ts';

const D = '@cophub.example';
const STAFF = `sam.taylor${D}`;
const GARDENER_DATA = `daniel.novak${D}`;

let emu: RunningEmulator;
let requests: string[] = [];
const realFetch = globalThis.fetch;

before(async () => {
  emu = await startEmulator({ port: 0, seed: SEEDS.demo });
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(`${init?.method ?? 'GET'} ${String(input instanceof Request ? input.url : input)}`);
    return realFetch(input, init);
  }) as typeof fetch;
});
after(async () => {
  globalThis.fetch = realFetch;
  await emu?.close();
});

/** Waits until no request has started for 300 ms (a write's background notification is done). */
async function quiet(): Promise<void> {
  for (let seen = -1; seen !== requests.length;) {
    seen = requests.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

function memoryStore(): PolicyStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      map.set(k, v);
    },
  };
}

function source(upn: string, store?: PolicyStore): HeaderSource {
  const { sp } = createClients({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': upn } });
  return { sp, hubUrl: emu.siteUrl, store };
}

async function communityId(title: string): Promise<number> {
  const c = (
    await createServices({
      kind: 'url',
      siteUrl: emu.siteUrl,
      graphUrl: emu.graphUrl,
      headers: { 'X-Emulator-User': STAFF },
    }).communities.all()
  ).find((x) => x.title === title);
  assert.ok(c, title);
  return c.id;
}

describe('the community site header', () => {
  test('someone not in a community gets "join" from one GET', async () => {
    const id = await communityId('Events Management');
    requests = [];
    assert.equal(await myHeaderStanding(source(GARDENER_DATA), id, GARDENER_DATA), 'none');
    assert.deepEqual(
      requests.map((r) => r.split(' ')[0]),
      ['GET'],
      requests.join('\n'),
    );
  });

  test('joining an open community: member at once; the policy is read once, then remembered', async () => {
    const services = createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': STAFF } });
    const data = (await services.communities.all()).find((c) => c.title === 'Data and Insight')!;
    const mine = (await services.memberships.mine()).find((m) => m.communityId === data.id);
    if (mine) await services.memberships.leave(mine);
    assert.equal(await myHeaderStanding(source(STAFF), data.id, STAFF), 'none');
    await services.memberships.join(data, 'wider');

    const store = memoryStore();
    requests = [];
    assert.equal(await myHeaderStanding(source(STAFF, store), data.id, STAFF), 'wider');
    assert.equal(requests.length, 2, requests.join('\n'));
    requests = [];
    assert.equal(await myHeaderStanding(source(STAFF, store), data.id, STAFF), 'wider');
    assert.equal(requests.length, 1, requests.join('\n'));
  });

  test('a request to an approval community reads as pending, never as membership', async () => {
    const services = createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': STAFF } });
    const events = (await services.communities.all()).find((c) => c.title === 'Events Management')!;
    const mine = (await services.memberships.mine()).find((m) => m.communityId === events.id);
    if (mine) await services.memberships.leave(mine);
    await services.memberships.join(events, 'wider');
    assert.equal(await myHeaderStanding(source(STAFF, memoryStore()), events.id, STAFF), 'pending');
  });

  test("someone else's email finds nothing: the item is matched by its Author, not by what anyone typed", async () => {
    const id = await communityId('Data and Insight');
    assert.equal(await myHeaderStanding(source(STAFF), id, `nobody${D}`), 'none');
  });

  test("a forming community's progress and my standing come in one request; a launched community's has none", async () => {
    const services = createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': STAFF } });
    const all = await services.communities.all();
    const forming = all.find((c) => c.title === 'Widening Participation')!;
    assert.equal(forming.status, 'forming');
    const counts = await services.memberships.counts([forming]);
    requests = [];
    const view = await myHeaderView(source(GARDENER_DATA), forming.id, GARDENER_DATA);
    assert.equal(requests.length, 1, requests.join('\n'));
    assert.deepEqual(view.forming, { pledged: counts[forming.id].pledged, target: forming.foundingTarget });
    assert.ok(counts[forming.id].pledged > 0, 'the demo has pledges');

    // After my pledge: counted, and my standing says so, still in one request (once the pledge's own
    // Teams notification, sent in the background, is done).
    await createServices({
      kind: 'url',
      siteUrl: emu.siteUrl,
      graphUrl: emu.graphUrl,
      headers: { 'X-Emulator-User': GARDENER_DATA },
    }).memberships.pledge(forming);
    await quiet();
    // Nothing else is in flight once quiet() returns: the count starts afresh here.
    // eslint-disable-next-line require-atomic-updates
    requests = [];
    const after = await myHeaderView(source(GARDENER_DATA), forming.id, GARDENER_DATA);
    assert.equal(requests.length, 1, requests.join('\n'));
    assert.deepEqual(after, { standing: 'pledged', forming: { pledged: counts[forming.id].pledged + 1, target: forming.foundingTarget } });

    const events = all.find((c) => c.title === 'Events Management')!;
    requests = [];
    assert.deepEqual(await myHeaderView(source(GARDENER_DATA), events.id, GARDENER_DATA), { standing: 'none' });
    assert.equal(requests.length, 1, requests.join('\n'));
  });
});
