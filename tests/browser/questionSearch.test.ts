/**
 * Questions in hub search, in the browser (issue 16): a member of another community finds a question
 * of Data and Insight from the directory, sees that it is answered and where it was asked, and opens
 * it at that community's Questions section; a question found through one of its answers shows as its
 * question. Against the demo data and its search index (crawled after a few seconds); axe on each state.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServices } from '../../src/data/factory.ts';
import type { Community } from '../../src/domain/models.ts';
import { startHarness, type Harness, screenChecks } from './harness.ts';

/** Gardener of Events Management, not a member of Data and Insight. */
const OTHER = 'liam.obrien@cophub.example';
const DELAY_MS = 3000;
let h: Harness;
let data: Community;

before(async () => {
  h = await startHarness({ searchDelayMs: DELAY_MS });
  const services = createServices({
    kind: 'url',
    siteUrl: h.emulator.siteUrl,
    graphUrl: h.emulator.graphUrl,
    headers: { 'X-Emulator-User': OTHER },
  });
  const found = (await services.communities.all()).find((c) => c.title === 'Data and Insight');
  assert.ok(found);
  data = found;
  const mine = await services.memberships.mine();
  assert.ok(!mine.some((m) => m.communityId === data.id), 'the searcher is not in Data and Insight');
  await new Promise((resolve) => setTimeout(resolve, DELAY_MS + 500));
  // A query crawls all that is due, so the index is complete before the browser asks.
  await services.search?.search({ text: 'applications', scope: {}, startRow: 0, rowLimit: 1 });
});
after(async () => {
  await h?.close();
});

const check = screenChecks('question-search');

test('finds a question of another community from the directory, answered, and opens it in its community', async () => {
  const { page, context } = await h.pageAs(OTHER);
  await page.goto(`${h.emulator.origin}/`);
  await page.getByRole('list', { name: 'Communities', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Search all communities' }).click();
  const panel = page.getByRole('search', { name: 'Search all communities' });
  await panel.getByRole('searchbox', { name: 'Search all communities' }).fill('applications data');
  const questions = panel.getByRole('list', { name: 'Search results: Questions' });
  const hit = questions.getByRole('listitem').filter({ hasText: 'Where do we find last year’s applications data?' });
  // Answered comes from the items (the asker accepted an answer), read once the results show.
  await hit.getByText(/^Answered · Community: Data and Insight/).waitFor();
  await check(page, 'found');
  const link = hit.getByRole('link', { name: 'Where do we find last year’s applications data?' });
  const href = await link.getAttribute('href');
  assert.match(href ?? '', new RegExp(`^/community\\?community=${data.id}&section=questions&item=\\d+$`));
  await link.click();
  await page.waitForURL(new RegExp(`/community\\?community=${data.id}&section=questions&item=\\d+$`));
  await page.getByRole('heading', { name: 'Data and Insight', exact: true }).waitFor();
  await context.close();
});

test('a question found through an answer shows as its question, not answered yet', async () => {
  const { page, context } = await h.pageAs(OTHER);
  await page.goto(`${h.emulator.origin}/`);
  await page.getByRole('button', { name: 'Search all communities' }).click();
  const panel = page.getByRole('search', { name: 'Search all communities' });
  await panel.getByRole('combobox', { name: 'Show' }).click();
  await page.getByRole('option', { name: 'Questions' }).click();
  await panel.getByRole('searchbox', { name: 'Search all communities' }).fill('overall department');
  const hit = panel
    .getByRole('list', { name: 'Search results: Questions' })
    .getByRole('listitem')
    .filter({ hasText: 'How do we check a survey sample is big enough?' });
  await hit.getByText(/^Not answered yet · Found in an answer · Community: Data and Insight/).waitFor();
  await check(page, 'via-answer');
  await context.close();
});
