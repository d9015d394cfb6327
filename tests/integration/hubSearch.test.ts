/**
 * Hub search end to end: the real HubSearchService (PnPjs sp.search) against the emulator with the
 * demo programme, as staff. One request per query; KQL typed by a person is searched, not obeyed;
 * what I just added shows at once and comes from the index after the crawl delay.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { SEEDS } from '../../emulator/src/seeds.ts';
import { createServices } from '../../src/data/factory.ts';
import type { CopServices } from '../../src/domain/services.ts';

const STAFF = 'sam.taylor@cophub.example';
const DELAY = 700;
let emu: RunningEmulator;
let staff: CopServices;
const page = { startRow: 0, rowLimit: 10 };

before(async () => {
  emu = await startEmulator({ port: 0, seed: SEEDS.demo, searchDelayMs: DELAY });
  await new Promise((resolve) => setTimeout(resolve, DELAY + 100));
  staff = createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': STAFF } });
});
after(() => emu.close());

test("finds another community's templates, with their community, type and owner, in one request", async () => {
  const search = staff.search;
  assert.ok(search);
  await search.search({ text: 'warm up', scope: {}, ...page });
  emu.ctx.stats.requests = 0;
  const out = await search.search({ text: 'terms of reference', scope: {}, ...page });
  assert.equal(emu.ctx.stats.requests, 1);
  assert.ok(out.total > 5);
  const hit = out.hits[0];
  assert.equal(hit.kind, 'resource');
  assert.equal(hit.title, 'Terms of reference');
  assert.equal(hit.resourceType, 'template');
  assert.match(hit.url, /^https:\/\/cophub\.example\/docs\/terms-of-reference\.docx$/);
  assert.ok(new Set(out.hits.map((h) => h.communityTitle)).size > 3, 'from many communities');
  assert.ok(
    out.hits.some((h) => h.owner),
    'owners shown',
  );
  assert.ok(out.communities.length > 3);
  assert.ok(out.resourceTypes.some((r) => r.value === 'template'));
  const narrowed = await search.search({ text: 'terms of reference', scope: { communityTitle: out.hits[0].communityTitle }, ...page });
  assert.equal(narrowed.total, 1);
});

test('a word still being typed matches as a prefix: "plann" finds the planning toolkits', async () => {
  const out = await staff.search!.search({ text: 'plann', scope: {}, ...page });
  assert.ok(out.total > 0, 'found by prefix');
  assert.ok(
    out.hits.every((h) => /plann/i.test(`${h.title} ${h.summary}`)),
    out.hits.map((h) => h.title).join(', '),
  );
  // With a space after it, the word is complete: nothing is called exactly "plann".
  assert.equal((await staff.search!.search({ text: 'plann ', scope: {}, ...page })).total, 0);
});

test('communities are found too, and a kind narrows to them', async () => {
  const out = await staff.search!.search({ text: 'appraisal', scope: { kind: 'community' }, ...page });
  assert.deepEqual(
    out.hits.map((h) => [h.kind, h.title]),
    [['community', 'Appraisals and Inductions']],
  );
});

test("refines by a community's practice area, with the counts the refiner gave", async () => {
  const out = await staff.search!.search({ text: 'communications', scope: {}, ...page });
  const area = out.practiceAreas.find((r) => r.value === 'Communications');
  assert.ok(area, JSON.stringify(out.practiceAreas));
  assert.ok(
    out.hits.some((h) => h.kind === 'resource'),
    'resources are found too, before refining',
  );
  emu.ctx.stats.requests = 0;
  const refined = await staff.search!.search({ text: 'communications', scope: { practiceArea: 'Communications' }, ...page });
  assert.equal(emu.ctx.stats.requests, 1);
  assert.equal(refined.total, area.count);
  assert.deepEqual(refined.hits.map((h) => [h.kind, h.title, h.practiceArea]).sort(), [
    ['community', 'Digital Communications', 'Communications'],
    ['community', 'Internal Communications', 'Communications'],
  ]);
  assert.deepEqual(refined.practiceAreas, [{ value: 'Communications', count: 2 }]);
  const none = await staff.search!.search({ text: 'communications', scope: { practiceArea: 'Astrology' }, ...page });
  assert.equal(none.total, 0);
});

test("KQL typed in the box is searched as words: no error, nobody else's items", async () => {
  for (const text of ['Title:x OR *', '"unbalanced', '(((', 'NOT', 'x'.repeat(2000), 'ListId:{00000000-0000-0000-0000-000000000000}']) {
    const out = await staff.search!.search({ text, scope: {}, ...page });
    assert.ok(out.total < 5, `${text.slice(0, 20)}: ${out.total}`);
  }
});

test('"more" pages through the rest', async () => {
  const first = await staff.search!.search({ text: 'guide', scope: {}, startRow: 0, rowLimit: 5 });
  const second = await staff.search!.search({ text: 'guide', scope: {}, startRow: 5, rowLimit: 5 });
  assert.equal(first.hits.length, 5);
  assert.ok(second.hits.length > 0);
  assert.equal(new Set([...first.hits, ...second.hits].map((h) => h.id)).size, first.hits.length + second.hits.length);
});

test('a resource I just added shows at once from what I wrote, then from the index after the crawl', async () => {
  const communities = await staff.communities.all();
  const community = communities.find((c) => c.status === 'launched');
  assert.ok(community);
  const added = await staff.content.addResource({
    communityId: community.id,
    title: 'Quokka onboarding canvas',
    resourceType: 'template',
    url: 'https://cophub.example/quokka',
    description: 'A canvas.',
    reviewDate: '',
  });
  const now = await staff.search!.search({ text: 'quokka', scope: {}, ...page });
  assert.deepEqual(
    now.hits.map((h) => [h.id, h.justAdded]),
    [[added.id, true]],
  );
  await new Promise((resolve) => setTimeout(resolve, DELAY + 200));
  const later = await staff.search!.search({ text: 'quokka', scope: {}, ...page });
  assert.deepEqual(
    later.hits.map((h) => [h.id, h.justAdded, h.communityTitle]),
    [[added.id, undefined, community.title]],
  );
});
