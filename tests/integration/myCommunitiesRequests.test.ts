/**
 * My communities' first view stays within its request budget (bench/run.ts: 4, the form digest
 * included) for a sponsor and for someone who sponsors nothing: the web part's own early reads and
 * loader (src/webparts/myCommunities/components/myView.ts), in the order the component runs them
 * (the setup gate takes the setup check, then the view loads), counted by the emulator.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { SEEDS } from '../../emulator/src/seeds.ts';
import { createServices } from '../../src/data/factory.ts';
import { loadMine, startEarlyReads, type MyView } from '../../src/webparts/myCommunities/components/myView.ts';
import type { RequestStats } from '../../emulator/src/stats.ts';

/** The budget the bench holds the view to (bench/run.ts REQUEST_BUDGET). */
const BUDGET = 4;
let emu: RunningEmulator;

before(async () => {
  emu = await startEmulator({ port: 0, seed: SEEDS.demo });
});
after(() => emu.close());

async function firstView(upn: string): Promise<{ view: MyView; stats: RequestStats }> {
  const services = createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': upn } });
  await fetch(`${emu.origin}/_emulator/stats`, { method: 'DELETE' });
  const early = startEarlyReads(services);
  assert.equal((await early.setup.take())?.ready, true);
  const view = await loadMine(services, early, new Date());
  const stats = (await (await fetch(`${emu.origin}/_emulator/stats`)).json()) as RequestStats;
  return { view, stats };
}

test('someone who sponsors nothing, with a suggestion and its outcome: the first view in at most 4 requests', async () => {
  const { view, stats } = await firstView('alex.adams@cophub.example');
  // What makes the view expensive is all there: memberships (so their sessions are read), and a
  // suggestion whose outcome is a read that needs the suggestion first.
  assert.ok(view.view.active.length > 0, 'Alex is a member in the demo');
  assert.ok(view.suggestions.length > 0, 'Alex made a suggestion');
  assert.equal(view.sponsoring.length, 0);
  assert.ok(stats.requests <= BUDGET, `${stats.requests} requests:\n${stats.log.join('\n')}`);
  assert.equal(stats.requests - stats.digests, stats.batches, `every read travels in a $batch:\n${stats.log.join('\n')}`);
});

for (const sponsor of ['anand.iyer@cophub.example', 'margaret.whitfield@cophub.example']) {
  test(`a sponsor (${sponsor.split('@')[0]}) sees the health of each community they sponsor in the first view, in at most 4 requests`, async () => {
    const { view, stats } = await firstView(sponsor);
    assert.ok(view.sponsoring.length > 0, 'sponsors a demo community');
    assert.ok(
      view.sponsoring.some((r) => r.members.core + r.members.wider > 0),
      'member counts were read',
    );
    assert.ok(
      view.sponsoring.some((r) => r.resources > 0),
      'resources were read',
    );
    assert.ok(stats.requests <= BUDGET, `${stats.requests} requests:\n${stats.log.join('\n')}`);
    assert.equal(stats.requests - stats.digests, stats.batches, `every read travels in a $batch:\n${stats.log.join('\n')}`);
  });
}
