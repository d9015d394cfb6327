/**
 * What people see first: every workbench page at 1280 px and 320 px, in light, dark and high
 * contrast, screenshotted to test-results/looks-*.png for a person to look at, with axe on each
 * (in forced colours all but its colour-contrast rule: the browser draws its own colours there, so
 * that verdict says nothing and the screenshot is the check). Also the details the issue names: the admin
 * portfolio keeps its headers and values whole at 1280 px, its Status filter says "All statuses",
 * and My communities' link is told apart by more than colour.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axe, describeViolations, RESULTS, startHarness, type Harness } from './harness.ts';

const D = '@cophub.example';
const STAFF = `sam.taylor${D}`;
const POD = `priya.desai${D}`;
let h: Harness;

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
  console.log(`Screenshots: ${join(RESULTS, 'looks-*.png')}`);
});

/** The pages, who looks at them, and what shows once each has loaded. */
const PAGES: Array<{ name: string; path: string; upn: string; ready: (p: Page) => Promise<unknown> }> = [
  { name: 'directory', path: '/', upn: STAFF, ready: (p) => p.getByRole('list', { name: 'Communities', exact: true }).waitFor() },
  {
    name: 'community',
    path: '/community?community=1',
    upn: STAFF,
    ready: (p) =>
      p
        .getByRole('button', { name: /^Add to calendar: / })
        .first()
        .waitFor(),
  },
  { name: 'my', path: '/my', upn: STAFF, ready: (p) => p.getByRole('heading', { name: 'Suggested for you' }).waitFor() },
  {
    name: 'my-new-person',
    path: '/my',
    upn: `richard.osei${D}`,
    ready: (p) => p.getByRole('textbox', { name: 'My practice area' }).waitFor(),
  },
  { name: 'admin', path: '/admin', upn: POD, ready: (p) => p.getByRole('button', { name: 'Export to CSV' }).waitFor() },
  {
    name: 'lists',
    path: '/lists?list=Memberships&view=Pending%20requests',
    upn: POD,
    ready: (p) => p.locator('[role="grid"] [role="row"][aria-selected]').first().waitFor(),
  },
  {
    name: 'teams-tab',
    path: '/teams-tab',
    upn: STAFF,
    ready: (p) => p.getByTestId('teams-tab').getByRole('tab', { name: 'Overview' }).waitFor(),
  },
  {
    name: 'site-header',
    path: '/site-header?community=1',
    upn: STAFF,
    ready: (p) =>
      p
        .getByRole('navigation', { name: 'Community' })
        .getByText(/You're|Join this community|pending|pledged/)
        .waitFor(),
  },
];
const THEMES = ['light', 'dark', 'contrast'] as const;
/**
 * In forced colours (Windows high contrast) the browser paints text and backgrounds in the person's
 * own system colours, whatever the page asks for; axe's color-contrast rule still takes the page's
 * own text colour (axe-core 4.14 reported Fluent's #323130 on the forced black canvas, 1.6:1, for
 * text that the screenshot shows white on black), so its verdict there is about colours nobody sees.
 * Only that rule is off; every other rule runs, as in light and dark.
 */
const FORCED_COLOURS_OFF = ['color-contrast'];

for (const pg of PAGES) {
  test(`${pg.name}: 1280 and 320 px, light, dark and high contrast`, async () => {
    for (const width of [1280, 320]) {
      for (const theme of THEMES) {
        const context = await h.browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: theme === 'light' ? 'light' : 'dark',
          forcedColors: theme === 'contrast' ? 'active' : 'none',
        });
        await context.addCookies([{ name: 'emulator-user', value: pg.upn, url: h.emulator.origin }]);
        const page = await context.newPage();
        // The Teams tab takes its theme from Teams; the other pages from the page (SharePoint's theme).
        const path =
          pg.name === 'teams-tab'
            ? `${pg.path}?theme=${theme === 'light' ? 'default' : theme}${width === 320 ? '&width=320' : ''}`
            : pg.path;
        await page.goto(`${h.emulator.origin}${path}`);
        await pg.ready(page);
        await page.waitForFunction(() => !document.querySelector('[role="status"][aria-label="Loading…"]'));
        await page.screenshot({ path: join(RESULTS, `looks-${pg.name}-${width}-${theme}.png`), fullPage: true });
        const found = await axe(page, theme === 'contrast' ? FORCED_COLOURS_OFF : []);
        assert.equal(found.length, 0, `${pg.name} ${width} ${theme}: ${describeViolations(found)}`);
        await context.close();
      }
    }
  });
}

test('the admin portfolio at 1280 px: no header or value cut short, and the Status filter says what it shows', async () => {
  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/admin`);
  await page.getByRole('button', { name: 'Export to CSV' }).waitFor();
  assert.match(await page.getByRole('combobox', { name: 'Status' }).innerText(), /^All statuses/);
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll('[role="columnheader"] .ms-DetailsHeader-cellName, [role="gridcell"]')]
      .filter((el) => (el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + 1)
      .map((el) => (el as HTMLElement).innerText),
  );
  assert.deepEqual(cut, [], 'cut short');
  await context.close();
});

test('every tab of the admin console at 320 px: no page scrolls sideways, nothing overlaps, axe clean', async () => {
  const context = await h.browser.newContext({ viewport: { width: 320, height: 900 } });
  await context.addCookies([{ name: 'emulator-user', value: POD, url: h.emulator.origin }]);
  const page = await context.newPage();
  await page.goto(`${h.emulator.origin}/admin`);
  await page.getByRole('button', { name: 'Export to CSV' }).waitFor();
  for (const tab of ['Queues', 'Launch', 'Sponsor report', 'History', 'Programme words', 'Portfolio']) {
    // At 320 px some tabs move into the "More tabs" menu, as a person would find them there.
    const button = page.getByRole('tab', { name: tab });
    if (await button.isVisible()) await button.click();
    else {
      await page.getByLabel('More tabs').click();
      await page.getByRole('menuitem', { name: tab }).click();
    }
    await page.getByRole('tabpanel').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[role="status"][aria-label="Loading…"]'));
    await page.waitForTimeout(300);
    const name = tab.toLowerCase().replace(/\s+/g, '-');
    await page.screenshot({ path: join(RESULTS, `looks-admin-320-${name}.png`), fullPage: true });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(sideways <= 0, `${tab}: the page scrolls sideways by ${sideways}px at 320 px`);
    const found = await axe(page);
    assert.equal(found.length, 0, `admin ${tab} at 320 px: ${describeViolations(found)}`);
  }
  await context.close();
});
