/**
 * The CoP directory as a member of staff uses it in the workbench, against the emulator's demo
 * data: search and filters (kept in the address), joining as core, the one-core choice, pledging
 * until a forming community reaches its target, suggesting a community, and every state (loading,
 * empty, error, setup needed). Each state gets an axe check and a screenshot in test-results/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startEmulator } from '../../emulator/src/server.ts';
import { SEEDS } from '../../emulator/src/seeds.ts';
import { RESULTS, startHarness, type Harness, screenChecks } from './harness.ts';

const STAFF = 'sam.taylor@cophub.example';
const POD = 'priya.desai@cophub.example';
/** Staff with no programme role, in the order the demo creates them. */
const MORE_STAFF = [
  'alex.adams',
  'beth.baker',
  'carlos.costa',
  'dana.doyle',
  'erin.evans',
  'farid.farah',
  'gemma.green',
  'hiro.hughes',
  'isla.ito',
  'jack.jones',
  'kiran.khan',
  'lucy.lewis',
];
let h: Harness;

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
  console.log(`Directory screenshots: ${join(RESULTS, 'directory-*.png')}`);
});

/** Screenshot of a state, and axe on it: no violations at all. */
const check = screenChecks('directory');

async function openDirectory(upn: string, query = ''): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, context } = await h.pageAs(upn);
  await page.goto(`${h.emulator.origin}/${query}`);
  await page.getByRole('list', { name: 'Communities', exact: true }).waitFor();
  return { page, close: () => context.close() };
}

/** Opens a grouped view from a shared address (no flat "Communities" list to wait for). */
async function openDirectoryGrouped(upn: string, query: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, context } = await h.pageAs(upn);
  await page.goto(`${h.emulator.origin}/${query}`);
  await page.locator('section[aria-labelledby^="cop-area-"]').first().waitFor();
  return { page, close: () => context.close() };
}

const card = (page: Page, title: string): Locator => page.getByRole('article', { name: title, exact: true });

/**
 * Pledges as a person would: someone already core elsewhere is asked once what launch should do, and
 * keeps the default (a wider member here, core where they are).
 */
async function pledgeTo(page: Page, title: string): Promise<void> {
  await card(page, title)
    .getByRole('button', { name: `Pledge as a founding member of ${title}` })
    .click();
  const widerHere = page.getByRole('button', { name: 'Pledge, and be a wider member when it launches' });
  const pledged = page.getByText(`Thank you for pledging to help found ${title}.`);
  await widerHere.or(pledged).first().waitFor();
  if (await widerHere.isVisible()) await widerHere.click();
  await pledged.waitFor();
}

/** Fluent's dialog element is a zero-height wrapper; its Cancel button shows it is open. */
async function shown(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Cancel' }).waitFor();
}

async function choose(page: Page, filter: RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: filter }).click();
  // A multi-select option is a checkbox drawn by its label, which is what a person clicks.
  await page.getByRole('listbox').getByText(option, { exact: true }).click();
  await page.keyboard.press('Escape');
}

async function titles(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Communities', exact: true }).getByRole('heading', { level: 3 }).allTextContents();
}

test('loading shows skeleton cards, then the directory with its explainer', async () => {
  const { page, context } = await h.pageAs(STAFF);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/getbytitle\('Communities'\)\/items/i, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${h.emulator.origin}/`);
  await page.getByRole('status', { name: 'Loading…' }).waitFor();
  await check(page, 'loading');
  release();
  await page.getByRole('list', { name: 'Communities', exact: true }).waitFor();
  assert.ok(await page.getByRole('heading', { name: 'Core or wider member?' }).isVisible());
  await page
    .getByText(/\d+ core, \d+ wider/)
    .first()
    .waitFor();
  // The demo's recurring sessions: a launched community shows when it next meets.
  await card(page, 'Data and Insight').getByText('Next session').waitFor();
  await check(page, 'cards');
  await context.close();
});

test('search and filter, with the view kept in an address that can be shared', async () => {
  const { page, close } = await openDirectory(STAFF);
  // The search covers what cards show (the rhythm "Monthly insights session", the practice "lessons
  // learned") and simple word forms: "learning" finds "Monthly lunch and learn".
  await page.getByRole('searchbox', { name: 'Search communities' }).fill('insight');
  assert.deepEqual(await titles(page), ['Data and Insight', 'Research and Innovation Support Network', 'Student Recruitment']);
  await page.getByRole('searchbox', { name: 'Search communities' }).fill('learning');
  assert.deepEqual(await titles(page), ['Digital Communications', 'Project and Programme Management']);
  await page.getByRole('searchbox', { name: 'Search communities' }).fill('insight data');
  assert.deepEqual(await titles(page), ['Data and Insight']);
  await page.getByRole('searchbox', { name: 'Search communities' }).fill('');
  await choose(page, /^Practice area/, 'People');
  await choose(page, /^Stage/, 'Forming');
  assert.deepEqual(await titles(page), ['Equality, Diversity and Inclusion Practitioners', 'Human Resources Administrators']);
  await page.getByRole('button', { name: 'Compact list', exact: true }).click();
  // The address is rewritten in an effect after the render that the click causes.
  await page.waitForURL(/cop-layout=list/);
  const shared = new URL(page.url());
  assert.equal(shared.searchParams.get('cop-area'), 'People');
  assert.equal(shared.searchParams.get('cop-layout'), 'list');
  await check(page, 'filtered-list');

  const again = await openDirectory(POD, shared.search);
  assert.deepEqual(await titles(again.page), ['Equality, Diversity and Inclusion Practitioners', 'Human Resources Administrators']);
  assert.equal(await again.page.getByRole('button', { name: 'Compact list', exact: true }).getAttribute('aria-pressed'), 'true');
  await again.close();

  await page.getByRole('searchbox', { name: 'Search communities' }).fill('astrology');
  await page.getByText('No communities match').waitFor();
  await check(page, 'empty');
  await page.getByRole('status').getByRole('button', { name: 'Clear filters' }).click();
  assert.equal((await titles(page)).length, 12);
  assert.equal(new URL(page.url()).search, '?cop-q=&cop-layout=list');
  await close();
});

test('group by practice area, in cards and in the compact list, kept in the address', async () => {
  const { page, close } = await openDirectory(STAFF);
  await page.getByRole('search').getByRole('switch', { name: 'Group by practice area' }).click();
  await page.waitForURL(/cop-group=area/);
  const areas = await page.locator('section[aria-labelledby^="cop-area-"] h3 > span:first-child').allTextContents();
  assert.ok(areas.length > 1, 'more than one practice area');
  assert.deepEqual(
    areas,
    [...areas].sort((a, b) => a.localeCompare(b)),
    'areas in alphabetical order',
  );
  const people = page.getByRole('list', { name: 'Communities in People' });
  assert.ok((await people.getByRole('heading', { level: 4 }).count()) > 0, 'cards under their area');
  await check(page, 'grouped-cards');
  await page.getByRole('button', { name: 'Compact list', exact: true }).click();
  await page.waitForURL(/cop-layout=list/);
  assert.ok((await people.getByRole('article').count()) > 0, 'rows under their area');
  await check(page, 'grouped-list');
  // A shared link opens grouped; switching it off gives the flat list back.
  const again = await openDirectoryGrouped(POD, new URL(page.url()).search);
  await again.page.getByRole('list', { name: 'Communities in People' }).waitFor();
  await again.page.getByRole('search').getByRole('switch', { name: 'Group by practice area' }).click();
  await again.page.getByRole('list', { name: 'Communities', exact: true }).waitFor();
  await again.close();
  await close();
});

test("dates follow the site's regional settings: day before month in en-GB, month first in en-US", async () => {
  const gb = await openDirectory(STAFF, '?cop-q=Digital%20Communications&cop-layout=list');
  const row = card(gb.page, 'Digital Communications');
  // en-GB: "Next session Thu 10 Dec, 14:00" (24-hour clock, day before month).
  await row.getByText(/Next session \w{3} \d{1,2} \w{3}, \d{2}:\d{2}/).waitFor();
  await gb.close();
  const us = await openDirectory(STAFF, '?cop-q=Digital%20Communications&cop-layout=list&locale=en-US');
  // en-US: "Next session Thu, Dec 10, 2:00 PM".
  await card(us.page, 'Digital Communications')
    .getByText(/Next session \w{3}, \w{3} \d{1,2}, \d{1,2}:\d{2}\s?[AP]M/)
    .waitFor();
  await us.close();
});

test("the programme's contact, set in the web part's properties, with mail and phone links", async () => {
  const { page, close } = await openDirectory(STAFF);
  const contact = page.getByRole('complementary', { name: 'Programme contact' });
  await contact.getByText('Questions or ideas?').waitFor();
  assert.match(await contact.innerText(), /Contact the Head of Communities of Practice: Priya Desai/);
  assert.equal(
    await contact.getByRole('link', { name: 'priya.desai@cophub.example' }).getAttribute('href'),
    'mailto:priya.desai@cophub.example',
  );
  assert.equal(await contact.getByRole('link', { name: 'Call +44 20 7946 0123' }).getAttribute('href'), 'tel:+442079460123');
  // An editor clears the address and the phone: nobody is offered without a way to reach them.
  await page.getByRole('textbox', { name: 'Contact email' }).fill('');
  await page.getByRole('textbox', { name: 'Contact phone' }).fill('not a number');
  await contact.waitFor({ state: 'detached' });
  await close();
});

test('withdraw a founding pledge (asked once), then undo it, by keyboard', async () => {
  const title = 'Human Resources Administrators';
  const { page, close } = await openDirectory('lucy.lewis@cophub.example', '?cop-q=administrators');
  const bar = page.getByRole('progressbar', { name: `Founding members of ${title}` });
  await bar.waitFor();
  const before = await bar.getAttribute('aria-valuetext');
  await pledgeTo(page, title);
  await card(page, title).getByText("You've pledged").waitFor();
  const withdraw = card(page, title).getByRole('button', { name: `Withdraw pledge to help found ${title}` });
  await withdraw.focus();
  await page.keyboard.press('Enter');
  const confirm = card(page, title).getByRole('group', { name: `Withdraw pledge to help found ${title}` });
  await confirm.getByText(`${title} will have one founding member fewer.`, { exact: false }).waitFor();
  await check(page, 'withdraw-confirm');
  // Focus is on "Keep my pledge"; Tab back to "Withdraw".
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.getByText(`You withdrew your pledge to help found ${title}.`).waitFor();
  await card(page, title)
    .getByRole('button', { name: `Pledge as a founding member of ${title}` })
    .waitFor();
  assert.equal(await bar.getAttribute('aria-valuetext'), before);
  await check(page, 'withdrawn');
  await page.getByRole('button', { name: `Undo: pledge again to help found ${title}` }).click();
  await card(page, title).getByText("You've pledged").waitFor();
  await close();
});

test('join as core, by keyboard', async () => {
  const { page, close } = await openDirectory(STAFF);
  const join = page.getByRole('button', { name: 'Join Data and Insight', exact: true });
  await join.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Join Data and Insight' });
  await shown(dialog);
  await check(page, 'join-dialog');
  await dialog.getByRole('radio', { name: 'Core member' }).check();
  await dialog.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByText("You're now a core member of Data and Insight.").waitFor();
  await card(page, 'Data and Insight').getByText("You're a core member").waitFor();
  await close();
});

test('try to join a second community as core, and choose wider', async () => {
  // Student Recruitment is past the first page of twelve; search brings it up.
  const { page, close } = await openDirectory(STAFF, '?cop-q=recruitment');
  await page.getByRole('button', { name: 'Join Student Recruitment', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Join Student Recruitment' });
  await dialog.getByText(/already a core member of Data and Insight/).waitFor();
  await dialog.getByRole('radio', { name: 'Core member' }).check();
  await dialog.getByRole('button', { name: 'Join', exact: true }).click();
  dialog = page.getByRole('dialog', { name: "You're already a core member elsewhere" });
  await shown(dialog);
  await dialog.getByText(/You're a core member of Data and Insight/).waitFor();
  await check(page, 'core-choice');
  await dialog.getByRole('button', { name: 'Join as a wider member' }).click();
  await page.getByText("You're now a wider member of Student Recruitment.").waitFor();
  await card(page, 'Student Recruitment').getByText("You're a wider member").waitFor();
  await page.getByRole('searchbox', { name: 'Search communities' }).fill('insight');
  assert.ok(await card(page, 'Data and Insight').getByText("You're a core member").isVisible());
  await check(page, 'joined');
  await close();
});

test('membership follows the signed-in identity', async () => {
  const { page, close } = await openDirectory(STAFF);
  await page.getByRole('switch', { name: 'Only my communities' }).click();
  assert.deepEqual(await titles(page), ['Data and Insight', 'Student Recruitment']);
  await page.getByRole('combobox', { name: 'Signed in as' }).click();
  await page.getByRole('option', { name: /Priya Desai/ }).click();
  await page.getByRole('list', { name: 'Communities', exact: true }).or(page.getByText('No communities match')).first().waitFor();
  await page.getByRole('switch', { name: 'Only my communities' }).waitFor();
  assert.ok(!(await titles(page).catch((): string[] => [])).includes('Data and Insight'));
  // The same community, seen by the other person: not theirs, so they are offered to join it.
  await page.getByRole('switch', { name: 'Only my communities' }).click();
  await page.getByRole('searchbox', { name: 'Search communities' }).fill('insight');
  await page.getByRole('button', { name: 'Join Data and Insight', exact: true }).waitFor();
  assert.equal(await card(page, 'Data and Insight').getByText("You're a core member").count(), 0);
  await check(page, 'other-identity');
  await close();
});

test('pledge on a forming community until it reaches its target', async () => {
  const title = 'Widening Participation';
  const bar = (page: Page): Locator => page.getByRole('progressbar', { name: `Founding members of ${title}` });
  for (const handle of [STAFF.split('@')[0], ...MORE_STAFF]) {
    const { page, close } = await openDirectory(`${handle}@cophub.example`, '?cop-q=widening');
    await bar(page).waitFor();
    const [pledged, target] = ((await bar(page).getAttribute('aria-valuetext')) ?? '').split(' of ').map((n) => parseInt(n, 10));
    if (pledged >= target) {
      await card(page, title)
        .getByText(/Target reached/)
        .waitFor();
      await check(page, 'pledge-target-reached');
      await close();
      return;
    }
    const pledge = page.getByRole('button', { name: `Pledge as a founding member of ${title}` });
    if (await pledge.isVisible()) {
      await pledgeTo(page, title);
      await card(page, title).getByText("You've pledged").waitFor();
      assert.equal(await bar(page).getAttribute('aria-valuetext'), `${pledged + 1} of ${target} founding members`);
    }
    await close();
  }
  assert.fail('Ran out of demo staff before the founding target was reached');
});

test('suggest a community: invalid input first, then success', async () => {
  const { page, close } = await openDirectory(STAFF);
  await page.getByRole('button', { name: 'Suggest a community or network' }).click();
  const panel = page.getByRole('dialog', { name: 'Suggest a community or network' });
  await panel.getByRole('textbox', { name: 'Name' }).fill('x'.repeat(300));
  await panel.getByRole('button', { name: 'Send suggestion' }).click();
  await panel.getByText('Keep this to 255 characters or fewer. It has 300 now.').waitFor();
  assert.ok(await panel.getByText('Say in a sentence or two what it is about.').isVisible());
  assert.ok(await panel.getByText('Choose whether it already exists or is a new idea.').isVisible());
  await check(page, 'suggest-invalid');
  await panel.getByRole('textbox', { name: 'Name' }).fill('Sustainability champions');
  await panel.getByRole('textbox', { name: 'What is it about?' }).fill('Green champions across departments who could share practice.');
  await panel.getByRole('radio', { name: 'An idea for a new community' }).check();
  await panel.getByRole('button', { name: 'Send suggestion' }).click();
  await page.getByText('Thank you. The POD team will look at your suggestion "Sustainability champions".').waitFor();
  await close();
});

test('a clear error with a retry that works', async () => {
  const { page, context } = await h.pageAs(STAFF);
  // Enough failures to outlast PnPjs's own retries, so the person sees the error.
  h.emulator.faults.add({ match: "getByTitle\\('Communities'\\)/items", status: 500, times: 20 });
  await page.goto(`${h.emulator.origin}/`);
  await page.getByRole('button', { name: 'Try again' }).waitFor({ timeout: 30_000 });
  await check(page, 'error');
  h.emulator.faults.clear();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('list', { name: 'Communities', exact: true }).waitFor();
  await context.close();
});

test('setup needed on a site without the lists', async () => {
  const bare = await startEmulator({ port: 0, staticRoot: join(RESULTS, '..', 'workbench', 'dist'), seed: SEEDS.none });
  try {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: 'emulator-user', value: STAFF, url: bare.origin }]);
    const page = await context.newPage();
    await page.goto(`${bare.origin}/`);
    await page.getByText(/Setup needed/).waitFor();
    await check(page, 'setup-needed');
    await context.close();
  } finally {
    await bare.close();
  }
});

test('high contrast and keyboard focus are visible', async () => {
  const { page, context } = await h.pageAs(STAFF);
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await page.goto(`${h.emulator.origin}/?cop-q=insight`);
  await page.getByRole('list', { name: 'Communities', exact: true }).waitFor();
  // Tab from the search box to the first control after it, as a keyboard user would.
  await page.getByRole('searchbox', { name: 'Search communities' }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'combobox');
  // Screenshot only: in forced colours the browser replaces the page's colours, and axe's contrast
  // rule still measures the author colours, so its verdict says nothing about what people see.
  await page.screenshot({ path: join(RESULTS, 'directory-high-contrast.png'), fullPage: true });
  await context.close();
});
