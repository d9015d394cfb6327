/**
 * Reads that a view starts together travel as one SharePoint $batch (src/data/readBatcher.ts), each
 * still settling on its own; member counts read only the communities asked for and agree with a
 * count over every membership item. Requests are counted by the emulator (/_emulator/stats).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LIST_SCHEMA } from '../../src/schema/lists.ts';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { SEEDS } from '../../emulator/src/seeds.ts';
import { createClients } from '../../src/data/clients.ts';
import { createServices } from '../../src/data/factory.ts';
import type { CopServices } from '../../src/domain/services.ts';
import { readsOf } from '../../src/data/readBatcher.ts';
import { COUNT_EACH_UP_TO } from '../../src/data/membershipService.ts';
import type { RequestStats } from '../../emulator/src/stats.ts';

const STAFF = 'alex.adams@cophub.example';
let emu: RunningEmulator;
const services = (): CopServices =>
  createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': STAFF } });

async function counted<T>(work: () => Promise<T>): Promise<{ value: T; stats: RequestStats }> {
  await fetch(`${emu.origin}/_emulator/stats`, { method: 'DELETE' });
  const value = await work();
  const stats = (await (await fetch(`${emu.origin}/_emulator/stats`)).json()) as RequestStats;
  return { value, stats };
}

before(async () => {
  emu = await startEmulator({ port: 0, seed: SEEDS.demo });
});
after(() => emu.close());

test("a directory's first reads (setup check, communities, who I am, the programme's words) go as one $batch", async () => {
  const s = services();
  const { value, stats } = await counted(() =>
    Promise.all([s.setup.check(), s.communities.all(), s.memberships.mine(), s.programme.settings()]),
  );
  assert.equal(value[0].ready, true);
  assert.ok(value[1].length > 10);
  assert.ok(value[2].length > 0, 'Alex has memberships in the demo');
  assert.ok(value[3].practiceAreas.includes('Communications'), 'the demo lists its practice areas');
  // One batch (setup: one part per list it needs, communities, current user, practice areas, stage
  // names), then my memberships by my id, plus one digest.
  assert.equal(stats.batches, 1);
  assert.equal(stats.batchParts, LIST_SCHEMA.filter((l) => !l.optional).length + 4);
  assert.equal(stats.requests - stats.digests, 2, stats.log.join('\n'));
});

test('a part that fails fails alone, and a read started alone goes alone', async () => {
  const { sp } = createClients({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': STAFF } });
  const reads = readsOf(sp);
  const {
    value: [missing, present],
    stats,
  } = await counted(() =>
    Promise.allSettled([
      reads.read(sp.web.lists.getByTitle('No such list').items.top(1)),
      reads.read<Array<{ Title: string }>>(sp.web.lists.getByTitle('Communities').items.select('Title').filter('Id eq 6')),
    ]),
  );
  assert.equal(missing.status, 'rejected');
  assert.equal((missing as PromiseRejectedResult).reason.status, 404);
  assert.equal(present.status === 'fulfilled' && present.value[0].Title, 'Data and Insight');
  assert.equal(stats.batches, 1);
  const alone = await counted(() => reads.read(sp.web.lists.getByTitle('Communities').items.top(1)));
  assert.equal(alone.stats.batches, 0);
  assert.equal(alone.stats.requests, 1);
});

test('counts of a page of communities cost one request and match a count over every membership', async () => {
  const s = services();
  const communities = await s.communities.all();
  const page = communities.slice(0, 12);
  const { value: few, stats } = await counted(() => s.memberships.counts(page));
  assert.equal(stats.requests - stats.digests, 1, stats.log.join('\n'));
  assert.equal(stats.batchParts, page.length);
  // More communities than COUNT_EACH_UP_TO: one read of every item, counted the same way.
  const many = [...communities, ...Array.from({ length: COUNT_EACH_UP_TO }, (_, i) => ({ id: 100000 + i, joinPolicy: 'open' as const }))];
  const all = await s.memberships.counts(many);
  for (const c of page) assert.deepEqual(few[c.id], all[c.id], c.title);
  assert.ok(
    page.some((c) => few[c.id].core + few[c.id].wider > 0),
    'some communities have members',
  );
});

test("the directory's listing has every community with what a card shows and searches, without the ground rules", async () => {
  const s = services();
  const [all, listing] = await Promise.all([s.communities.all(), s.communities.listing()]);
  assert.deepEqual(
    listing.map((c) => c.id),
    all.map((c) => c.id),
  );
  for (const [i, c] of listing.entries()) {
    const full = all[i];
    assert.deepEqual(
      {
        title: c.title,
        area: c.practiceArea,
        status: c.status,
        domain: c.domain,
        practice: c.practice,
        audience: c.audience,
        rhythm: c.rhythm,
        tags: c.tags,
        policy: c.joinPolicy,
        sponsor: c.sponsor?.id,
        gardeners: c.gardeners.map((g) => g.id),
      },
      {
        title: full.title,
        area: full.practiceArea,
        status: full.status,
        domain: full.domain,
        practice: full.practice,
        audience: full.audience,
        rhythm: full.rhythm,
        tags: full.tags,
        policy: full.joinPolicy,
        sponsor: full.sponsor?.id,
        gardeners: full.gardeners.map((g) => g.id),
      },
    );
    assert.equal(c.groundRules, '');
  }
});
