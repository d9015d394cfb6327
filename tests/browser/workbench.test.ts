/**
 * The workbench as a person uses it: each page renders its web part against the emulator's demo
 * data, as the right identity, with no accessibility violations; a screenshot of each is kept.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { axe, describeViolations, RESULTS, startHarness, type Harness } from './harness.ts';

const STAFF = 'sam.taylor@cophub.example';
const POD = 'priya.desai@cophub.example';
let h: Harness;

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

test('the directory lists the demo communities for a member of staff', async () => {
  const { page, context } = await h.pageAs(STAFF);
  await page.goto(`${h.emulator.origin}/`);
  await page.getByRole('heading', { name: 'Communities of practice', exact: true }).waitFor();
  await page.getByText('Data and Insight').first().waitFor();
  await page.screenshot({ path: join(RESULTS, 'directory.png'), fullPage: true });
  const violations = await axe(page);
  assert.equal(violations.length, 0, describeViolations(violations));
  await context.close();
});

test('community home shows a community charter', async () => {
  const { page, context } = await h.pageAs(STAFF);
  await page.goto(`${h.emulator.origin}/community?community=1`);
  await page.getByRole('heading', { name: 'Student Recruitment', exact: true }).waitFor();
  assert.ok(await page.getByText('Attracting and converting prospective students').isVisible());

  // Members: the gardener leads; members are searchable.
  await page.getByRole('tab', { name: 'Members' }).click();
  const leaders = page.getByRole('list', { name: /^Gardeners/ });
  await leaders.waitFor();
  // The first leader, as text (MGT draws the name in its shadow DOM once it has loaded).
  await leaders.getByRole('listitem').first().getByText('Grace Okafor').first().waitFor();
  const wider = page.getByRole('heading', { name: /^Wider members \(\d+\)$/ });
  await wider.waitFor();
  await page.getByRole('searchbox', { name: 'Search members' }).fill('okafor');
  await page.getByRole('heading', { name: 'Core members (0)' }).waitFor();
  await page.getByRole('searchbox', { name: 'Search members' }).fill('');

  // My membership: join, and the member list follows.
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByText("You're not a member of this community yet.").waitFor();
  await page.getByRole('button', { name: 'Join as wider member' }).click();
  await page.getByText("You're a wider member of this community.").waitFor();
  await page.getByRole('tab', { name: 'Members' }).click();
  await page
    .getByRole('list', { name: /^Wider members/ })
    .getByText('Sam Taylor')
    .first()
    .waitFor();
  await page.getByRole('tab', { name: 'Overview' }).click();

  // Upcoming sessions: a recurring series expanded, and the whole series saved as an .ics file.
  await page.getByRole('heading', { name: 'Upcoming sessions' }).waitFor();
  const addButtons = page.getByRole('button', { name: /^Add to calendar: / });
  await addButtons.first().waitFor();
  assert.ok((await addButtons.count()) >= 2, 'several upcoming sessions are listed');
  await addButtons.first().press('Enter');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Every session in the series' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^Student-Recruitment-.*\.ics$/);
  const ics = (await readFile(await download.path(), 'utf8')).replace(/\r\n[ \t]/g, '');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /\r\nDTSTART;TZID=Europe\/London:\d{8}T(10|12|14)0000\r\n/, 'the series starts at its London wall-clock hour');
  assert.match(ics, /\r\nRRULE:FREQ=(MONTHLY|WEEKLY);[^\r]*BYDAY=[^\r]+\r\n/);
  assert.match(ics, /\r\nSUMMARY:Student Recruitment: /);

  await page.keyboard.press('Escape');

  // Shared repertoire: grouped by type, with a review flag; adding a resource refuses bad input first.
  await page.getByRole('tab', { name: 'Shared repertoire' }).click();
  await page.getByRole('heading', { name: 'Shared repertoire' }).waitFor();
  await page.getByRole('heading', { name: /^Templates \(\d+\)$/ }).waitFor();
  assert.ok(await page.getByText('Due for review').first().isVisible(), 'an overdue resource is flagged');
  await page.getByRole('button', { name: 'Add a resource' }).click();
  await page.getByRole('textbox', { name: 'Link' }).fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Add resource' }).click();
  await page.getByText('Check the fields marked below.').waitFor();
  await page.getByRole('textbox', { name: 'Title' }).fill('Clearing call script');
  await page.getByRole('combobox', { name: /^Type of resource/ }).click();
  await page.getByRole('option', { name: 'Template' }).click();
  await page.getByRole('textbox', { name: 'Link' }).fill('https://example.com/clearing-script');
  await page.getByRole('button', { name: 'Add resource' }).click();
  await page.getByText("Added \u201cClearing call script\u201d. It waits for this community's gardener to approve it").waitFor();
  await page.getByRole('link', { name: 'Clearing call script' }).waitFor();
  await page.getByRole('searchbox', { name: 'Search resources' }).fill('clearing');
  assert.equal(await page.locator('section[aria-labelledby^="community-repertoire"] li').count(), 1);
  await page.getByRole('searchbox', { name: 'Search resources' }).fill('');

  await page.screenshot({ path: join(RESULTS, 'community-home.png'), fullPage: true });
  const violations = await axe(page);
  assert.equal(violations.length, 0, describeViolations(violations));
  await context.close();
});

test('my communities lists what I belong to', async () => {
  const { page, context } = await h.pageAs('grace.okafor@cophub.example');
  await page.goto(`${h.emulator.origin}/my`);
  await page.getByRole('list', { name: 'My communities' }).getByText('Student Recruitment').waitFor();
  assert.ok(
    await page
      .getByText(/Core member/)
      .first()
      .isVisible(),
  );
  await page.screenshot({ path: join(RESULTS, 'my-communities.png'), fullPage: true });
  const violations = await axe(page);
  assert.equal(violations.length, 0, describeViolations(violations));
  await context.close();
});

test('the admin console is for the POD team only, and its repair changes nothing on a set-up site', async () => {
  const staff = await h.pageAs(STAFF);
  await staff.page.goto(`${h.emulator.origin}/admin`);
  await staff.page.getByText(/This console is for the POD team/).waitFor();
  await staff.context.close();

  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/admin`);
  await page.getByText("All of CoP Hub's lists and columns are in place.").waitFor();
  await page.getByRole('button', { name: 'Set up or repair lists' }).click();
  await page.getByText('Done. Nothing needed changing.').waitFor();
  await page.screenshot({ path: join(RESULTS, 'admin-console.png'), fullPage: true });
  const violations = await axe(page);
  assert.equal(violations.length, 0, describeViolations(violations));
  await context.close();
});

test('the identity switcher changes who the workbench acts as', async () => {
  const { page, context } = await h.pageAs(STAFF);
  await page.goto(`${h.emulator.origin}/admin`);
  await page.getByText(/This console is for the POD team/).waitFor();
  await page.getByRole('combobox', { name: 'Signed in as' }).click();
  await page.getByRole('option', { name: /Priya Desai/ }).click();
  await page.getByRole('button', { name: 'Set up or repair lists' }).waitFor();
  await context.close();
});
