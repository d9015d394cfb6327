/**
 * The sponsor report as a sponsor uses it, in headless Chromium against the demo programme: Anand
 * Iyer sponsors Data and Insight and is not on the POD team. He opens its report from the community's
 * home, chooses the months, sees members through those months, copies the link, and the link opens
 * the same report; a member of staff who is sent it is told whose report it is. Axe checks each screen.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createServices } from '../../src/data/factory.ts';
import type { Community } from '../../src/domain/models.ts';
import { sponsorReport } from '../../src/domain/sponsorReport.ts';
import { axe, describeViolations, RESULTS, startHarness, type Harness } from './harness.ts';

const SPONSOR = 'anand.iyer@cophub.example';
const STAFF = 'sam.taylor@cophub.example';
let h: Harness;
let community: Community;
let sponsorServices: ReturnType<typeof createServices>;

before(async () => {
  h = await startHarness();
  const services = createServices({
    kind: 'url',
    siteUrl: h.emulator.siteUrl,
    graphUrl: h.emulator.graphUrl,
    headers: { 'X-Emulator-User': SPONSOR },
  });
  sponsorServices = services;
  community = (await services.communities.all()).find((c) => c.title === 'Data and Insight') as Community;
  assert.ok(community, 'the demo has Data and Insight');
});
after(async () => {
  await h?.close();
});

const monthKey = (monthsBack: number): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1)).toISOString().slice(0, 7);
};

test('the sponsor opens their report for a chosen period', async () => {
  const { page, context } = await h.pageAs(SPONSOR);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.emulator.origin });
  await page.goto(`${h.emulator.origin}/community?community=${community.id}`);
  await page.getByRole('tab', { name: 'Sponsor report' }).click();
  await page.getByRole('heading', { name: 'Data and Insight: sponsor report' }).waitFor();

  // The last three months: three rows, and the address says so.
  await page.getByRole('combobox', { name: 'Period' }).click();
  await page.getByRole('option', { name: 'Last 3 months' }).click();
  const report = page.getByRole('article', { name: 'Data and Insight: sponsor report' });
  await report.getByRole('cell').first().waitFor();
  const rows = report.getByRole('table').getByRole('row');
  assert.equal(await rows.count(), 4, 'a header and three months');
  const counts = await report.getByRole('table').locator('tbody tr td:nth-child(2)').allInnerTexts();
  assert.equal(counts.length, 3);
  // Members joined over the past year: the months before this one are not empty.
  assert.ok(Number(counts[0]) > 0, `members in the first month, not 0: ${counts.join(', ')}`);
  assert.ok(Number(counts[0]) <= Number(counts[2]), 'nobody left, so the count never falls');
  assert.match(page.url(), new RegExp(`cop-report=${monthKey(2)}\\.\\.${monthKey(0)}`));

  // Chosen months: from five months ago to last month.
  await page.getByRole('combobox', { name: 'Period' }).click();
  await page.getByRole('option', { name: 'Chosen months' }).click();
  await page.getByRole('combobox', { name: 'From' }).click();
  const from = monthKey(5);
  const to = monthKey(1);
  await page.getByRole('option').nth(5).click();
  await page.getByRole('combobox', { name: 'To' }).click();
  await page.getByRole('option').nth(1).click();
  await page.waitForURL(new RegExp(`cop-report=${from}\\.\\.${to}`));
  assert.equal(await report.getByRole('table').locator('tbody tr').count(), 5, 'five months');

  assert.equal(describeViolations(await axe(page)), '', 'axe finds nothing on the report');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText(/^Link copied\./).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, new RegExp(`/community\\?community=${community.id}&cop-report=${from}\\.\\.${to}$`));
  assert.equal(describeViolations(await axe(page)), '', 'axe finds nothing once the link is copied');
  await page.screenshot({ path: join(RESULTS, 'sponsor-report-period.png'), fullPage: true });
  await context.close();

  // The link opens the same report for the same months.
  const again = await h.pageAs(SPONSOR);
  await again.page.goto(link);
  const reopened = again.page.getByRole('article', { name: 'Data and Insight: sponsor report' });
  await reopened.getByRole('cell').first().waitFor();
  assert.equal(await reopened.getByRole('table').locator('tbody tr').count(), 5, 'the same five months');
  await again.context.close();

  // A member of staff sent the link is told whose report it is, and sees none of it.
  const staff = await h.pageAs(STAFF);
  await staff.page.goto(link);
  await staff.page.getByText(/^Only the sponsor of Data and Insight \(Anand Iyer\) and the POD team/).waitFor();
  assert.equal(await staff.page.getByRole('article', { name: /sponsor report/ }).count(), 0);
  assert.equal(describeViolations(await axe(staff.page)), '', 'axe finds nothing on the refusal');
  await staff.page.screenshot({ path: join(RESULTS, 'sponsor-report-refused.png'), fullPage: true });
  await staff.context.close();
});

test('a member of staff sees no sponsor report in a community home', async () => {
  const { page, context } = await h.pageAs(STAFF);
  await page.goto(`${h.emulator.origin}/community?community=${community.id}`);
  await page.getByRole('tab', { name: 'Members' }).waitFor();
  assert.equal(await page.getByRole('tab', { name: 'Sponsor report' }).count(), 0);
  await context.close();
});

test('the sponsor sees the communities they sponsor with their health in My communities, and follows one to what it did', async () => {
  // What the last twelve months hold in the demo, as SharePoint gives it to the sponsor.
  const data = await sponsorServices.admin.reportData(community);
  const expected = sponsorReport({ community, ...data, now: new Date() });
  assert.ok(expected.sessions.length > 0, 'the demo holds sessions in the last twelve months');

  const { page, context } = await h.pageAs(SPONSOR);
  await page.goto(`${h.emulator.origin}/my`);
  const sponsoring = page.getByRole('list', { name: 'Communities I sponsor' });
  await sponsoring.waitFor();
  const row = sponsoring.getByRole('listitem').filter({ hasText: 'Data and Insight' });
  assert.match(await row.innerText(), /Health: (\d+ · (Healthy|Worth watching|At risk)|Not scored)/);
  assert.equal(describeViolations(await axe(page)), '', 'axe finds nothing in My communities');
  await page.screenshot({ path: join(RESULTS, 'my-communities-sponsoring.png'), fullPage: true });

  await row.getByRole('link', { name: 'Open the sponsor report of Data and Insight' }).click();
  const report = page.getByRole('article', { name: 'Data and Insight: sponsor report' });
  await report.getByRole('cell').first().waitFor();
  // The link asked for the last twelve months; the report keeps them in the address as months.
  await page.waitForURL(new RegExp(`cop-report=${expected.period.from}\\.\\.${expected.period.to}$`));
  await report.getByText(new RegExp(`^${expected.sessions.length} sessions? held in the period:$`)).waitFor();
  await report
    .getByText(new RegExp(`: ${expected.sessions[0].event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
    .first()
    .waitFor();
  // Participation from the sessions the gardeners recorded (issue 17): how many were held, and attendance.
  await report
    .getByText(/^Sessions held: \d+/)
    .first()
    .waitFor();
  if (expected.resourcesAdded.length) await report.getByText(expected.resourcesAdded[0].title, { exact: true }).first().waitFor();
  else await report.getByText('Nothing was added to the repertoire in the period.').waitFor();
  if (expected.newMembers.length) await report.getByText(new RegExp(`^${expected.newMembers[0].person.displayName}, joined `)).waitFor();
  assert.equal(describeViolations(await axe(page)), '', 'axe finds nothing on the report');
  await page.screenshot({ path: join(RESULTS, 'sponsor-report-what-it-did.png'), fullPage: true });
  await context.close();
});
