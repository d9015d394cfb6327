/**
 * The admin console's first view costs the same at any size (issue 20; bench/run.ts holds it to 8
 * requests, growth 0): who I am, then the setup check and the Communities list together, then the
 * figures of the portfolio's first page, in the order the console runs them
 * (src/webparts/copAdminConsole/components), counted by the emulator against the demo and against a
 * scale seed whose Memberships list is past SharePoint's 5,000-item page (the old console read it
 * whole: three pages at this size, forty at the bench's).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { scaleSeed, SEEDS } from '../../emulator/src/seeds.ts';
import type { RequestStats } from '../../emulator/src/stats.ts';
import { createServices } from '../../src/data/factory.ts';
import { buildPortfolio, type PortfolioRow } from '../../src/domain/portfolio.ts';
import { EMPTY_PORTFOLIO_FILTER, matchesFilter, orderCommunities, pageOf, PORTFOLIO_PAGE_SIZE } from '../../src/domain/portfolioPaging.ts';
import { loadConsoleData } from '../../src/webparts/copAdminConsole/hooks/useConsoleData.ts';

const POD = 'priya.desai@cophub.example';
/** The budget the bench holds the console to (bench/run.ts REQUEST_BUDGET). */
const BUDGET = 8;
let demo: RunningEmulator;
let scale: RunningEmulator;

before(async () => {
  demo = await startEmulator({ port: 0, seed: SEEDS.demo });
  scale = await startEmulator({
    port: 0,
    seed: scaleSeed({ communities: 300, users: 3000, memberships: 12000, resources: 1500, events: 800 }),
  });
});
after(async () => {
  await demo?.close();
  await scale?.close();
});

async function firstView(emu: RunningEmulator): Promise<{ rows: PortfolioRow[]; total: number; stats: RequestStats }> {
  const services = createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': POD } });
  await fetch(`${emu.origin}/_emulator/stats`, { method: 'DELETE' });
  const me = await services.people.me();
  assert.equal(me.isPodAdmin, true);
  // The setup panel's check and the console's data start in the same commit's effects.
  const [check, data] = await Promise.all([services.setup.check(), loadConsoleData(services)]);
  assert.equal(check.ready, true);
  const page = pageOf(
    orderCommunities(
      data.communities.filter((c) => matchesFilter(c, EMPTY_PORTFOLIO_FILTER)),
      'title',
    ),
    0,
  );
  const figures = await services.admin.portfolioPage(page.items);
  const rows = buildPortfolio({ ...figures, communities: page.items, now: new Date() });
  const stats = (await (await fetch(`${emu.origin}/_emulator/stats`)).json()) as RequestStats;
  return { rows, total: data.communities.length, stats };
}

test('the first view makes as many requests at 300 communities and 12,000 memberships as at the demo, within the budget', async () => {
  const small = await firstView(demo);
  const big = await firstView(scale);
  assert.ok(big.total > PORTFOLIO_PAGE_SIZE, `the scale seed has more communities (${big.total}) than a page`);
  assert.equal(big.rows.length, PORTFOLIO_PAGE_SIZE, 'one page of rows');
  // The figures are real: members counted and sessions found for the page's communities.
  for (const { rows } of [small, big]) {
    assert.ok(
      rows.some((r) => r.members.core + r.members.wider > 0),
      'member counts were read',
    );
    assert.ok(
      rows.some((r) => r.health !== undefined),
      'health scored',
    );
  }
  assert.equal(big.stats.throttled, 0, 'no read ran into the list view threshold');
  assert.ok(small.stats.requests <= BUDGET, `demo: ${small.stats.requests} requests:\n${small.stats.log.join('\n')}`);
  assert.equal(
    big.stats.requests,
    small.stats.requests,
    `the same at scale:\n${big.stats.log.join('\n')}\n--- demo:\n${small.stats.log.join('\n')}`,
  );
});
