/**
 * Hub search in the browser, against the emulator's demo data and its search index (crawl delay
 * of a few seconds, as in the workbench): from a community home's shared repertoire, find another
 * community's template, open it and open a community found; from the directory, find a community's
 * resource and refine by community and by practice area; a resource just added shows at once and is
 * found by search once crawled; axe on each state.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createServices } from '../../src/data/factory.ts';
import type { Community } from '../../src/domain/models.ts';
import { RESULTS, startHarness, type Harness, screenChecks } from './harness.ts';

const STAFF = 'sam.taylor@cophub.example';
const DELAY_MS = 10000;
const TEMPLATE_URL = 'https://cophub.example/docs/terms-of-reference.docx';
let h: Harness;
let data: Community;

before(async () => {
  h = await startHarness({ searchDelayMs: DELAY_MS });
  const services = createServices({
    kind: 'url',
    siteUrl: h.emulator.siteUrl,
    graphUrl: h.emulator.graphUrl,
    headers: { 'X-Emulator-User': STAFF },
  });
  const found = (await services.communities.all()).find((c) => c.title === 'Data and Insight');
  assert.ok(found);
  data = found;
  // The demo seed is crawled once the delay has passed.
  await new Promise((resolve) => setTimeout(resolve, DELAY_MS + 500));
});
after(async () => {
  await h?.close();
  console.log(`Hub search screenshots: ${join(RESULTS, 'search-*.png')}`);
});

const check = screenChecks('search');

/** The status line once results are in ("1 result for …", "6 results for …"; older wording "result(s)"). */
function resultCount(text: string, count?: number): RegExp {
  return new RegExp(`^${count ?? '\\d+'} result(?:s|\\(s\\))? for “${text}”$`);
}

async function openRepertoireSearch(page: Page): Promise<void> {
  await page.goto(`${h.emulator.origin}/community?community=${data.id}`);
  await page.getByRole('tab', { name: 'Shared repertoire' }).click();
  await page.getByRole('button', { name: 'Search all communities' }).click();
  await page.getByRole('searchbox', { name: 'Search all communities' }).waitFor();
}

test("finds another community's template from a community home, and opens a community it finds", async () => {
  const { page, context } = await h.pageAs(STAFF);
  await openRepertoireSearch(page);
  await page.getByRole('searchbox', { name: 'Search all communities' }).fill('terms of reference');
  await page.getByRole('status').getByText(resultCount('terms of reference')).waitFor();
  const other = page.locator('li', { hasText: 'Community:' }).filter({ hasNotText: 'Community: Data and Insight' }).first();
  const link = other.getByRole('link', { name: 'Terms of reference' });
  assert.equal(await link.getAttribute('href'), TEMPLATE_URL);
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await other.innerText(), /template · Community: .+ · Owner: .+/);
  assert.ok((await other.locator('mark').count()) > 0, 'the match is highlighted');
  await check(page, 'template-found');

  // Open it, as a person would: it opens in a new tab, without a handle back to CoP Hub. The demo's
  // links are on cophub.example, which a test can't reach, so the browser is given a stand-in there.
  await context.route(`${TEMPLATE_URL}`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><title>Terms of reference</title><h1>Terms of reference (template)</h1></html>',
    }),
  );
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await tab.getByRole('heading', { name: 'Terms of reference (template)' }).waitFor();
  assert.equal(tab.url(), TEMPLATE_URL);
  assert.equal(await tab.evaluate(() => window.opener), null, 'opened with noopener');
  await tab.close();
  assert.equal(page.url(), `${h.emulator.origin}/community?community=${data.id}`, 'the search stays where it was');

  await page.getByRole('searchbox', { name: 'Search all communities' }).fill('appraisals');
  const community = page.getByRole('link', { name: 'Appraisals and Inductions' });
  await community.waitFor();
  await community.click();
  await page.getByRole('heading', { name: 'Appraisals and Inductions', exact: true }).waitFor();
  await context.close();
});

test("from the directory, finds a community's resource with its community and owner, and refines", async () => {
  const { page, context } = await h.pageAs(STAFF);
  await page.goto(`${h.emulator.origin}/`);
  await page.getByRole('list', { name: 'Communities', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Search all communities' }).click();
  const panel = page.getByRole('search', { name: 'Search all communities' });
  const box = panel.getByRole('searchbox', { name: 'Search all communities' });
  await box.fill('planning toolkit');
  const status = panel.getByRole('status');
  await status.getByText(resultCount('planning toolkit')).waitFor();
  const all = Number(/^(\d+)/.exec(await status.innerText())?.[1]);
  assert.ok(all > 1, `toolkits of several communities: ${all}`);
  const events = panel.locator('li', { hasText: 'Community: Events Management' });
  await events.getByRole('link', { name: 'Planning toolkit' }).waitFor();
  assert.match(await events.innerText(), /tool · Community: Events Management · Owner: Liam O.Brien/);
  await check(page, 'directory-found');

  // Refine by community: only Events Management's toolkit is left.
  await panel.getByRole('combobox', { name: /^Community/ }).click();
  await page.getByRole('option', { name: 'Events Management (1)' }).click();
  await status.getByText(resultCount('planning toolkit', 1)).waitFor();
  assert.deepEqual(
    await panel
      .getByRole('listitem')
      .allInnerTexts()
      .then((t) => t.map((x) => /Community: ([^·]+)/.exec(x)?.[1].trim())),
    ['Events Management'],
  );
  await check(page, 'directory-refined');

  // By a community's practice area (from the keyboard): only communities carry one.
  await panel.getByRole('combobox', { name: /^Community/ }).focus();
  await page.keyboard.press('ArrowUp');
  await status.getByText(resultCount('planning toolkit', all)).waitFor();
  await box.fill('communications');
  await status.getByText(resultCount('communications')).waitFor();
  const area = panel.getByRole('combobox', { name: /^Practice area/ });
  await area.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await page.getByRole('option', { name: 'Communications (2)' }).waitFor();
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.textContent ?? '')).startsWith('Communications ('); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await status.getByText(resultCount('communications', 2)).waitFor();
  assert.deepEqual(
    (
      await panel
        .getByRole('list', { name: /^Search results/ })
        .getByRole('link')
        .allInnerTexts()
    ).sort(),
    ['Digital Communications', 'Internal Communications'],
  );
  assert.equal(await panel.getByText('Practice area: Communications').count(), 2);
  await check(page, 'directory-practice-area');
  await context.close();
});

test('a resource just added shows at once, and search finds it after the crawl delay', async () => {
  const { page, context } = await h.pageAs(STAFF);
  await page.goto(`${h.emulator.origin}/community?community=${data.id}`);
  await page.getByRole('tab', { name: 'Shared repertoire' }).click();
  await page.getByRole('button', { name: 'Add a resource' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Wombat survey canvas');
  await page.getByRole('combobox', { name: /^Type of resource/ }).click();
  await page.getByRole('option', { name: 'Template' }).click();
  await page.getByRole('textbox', { name: 'Link' }).fill('https://example.com/wombat');
  await page.getByRole('button', { name: 'Add resource' }).click();
  await page
    .getByText(
      "Added \u201cWombat survey canvas\u201d. It waits for this community's gardener to approve it; until then only you and the gardeners see it.",
    )
    .waitFor();
  const addedAt = Date.now();
  // Shown at once from the list...
  await page.getByRole('link', { name: 'Wombat survey canvas' }).first().waitFor();
  // ...and in search, from what was written, before the index has it.
  await page.getByRole('button', { name: 'Search all communities' }).click();
  const box = page.getByRole('searchbox', { name: 'Search all communities' });
  await box.fill('wombat');
  // The search panel (role search) sits above the repertoire's own list, which shows the resource too.
  const panel = page.getByRole('search');
  const hit = panel.locator('li', { hasText: 'Wombat survey canvas' });
  await hit.getByText('Just added').waitFor();
  assert.ok(Date.now() - addedAt < DELAY_MS, 'shown before the crawl could have indexed it');
  await check(page, 'just-added');
  // After the delay the index has it: found by search, with its community, no longer "just added".
  await page.waitForTimeout(Math.max(0, DELAY_MS + 300 - (Date.now() - addedAt)));
  await box.fill('wombat survey');
  await panel.locator('li', { hasText: 'Community: Data and Insight' }).getByRole('link', { name: 'Wombat survey canvas' }).waitFor();
  assert.equal(await panel.getByText('Just added').count(), 0);
  await context.close();
});

test('KQL typed into the box gets results or a clear message, never a broken page', async () => {
  const { page, context } = await h.pageAs(STAFF);
  await openRepertoireSearch(page);
  const box = page.getByRole('searchbox', { name: 'Search all communities' });
  for (const text of ['Title:x OR *', '"unbalanced (', 'NOT', 'x'.repeat(2000)]) {
    await box.fill(text);
    await page
      .getByRole('status')
      .getByText(/results? for|result\(s\) for|Nothing found for|Type a word/)
      .waitFor();
    assert.equal(await page.getByText("Search didn't work just now.").count(), 0, text.slice(0, 20));
  }
  await check(page, 'bad-input');
  await context.close();
});
