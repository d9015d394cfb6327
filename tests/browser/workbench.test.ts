/**
 * The workbench as a person uses it: each page renders its web part against the emulator's demo
 * data, as the right identity, with no accessibility violations; a screenshot of each is kept.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
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
  await page.getByRole('heading', { name: 'Communities of practice' }).waitFor();
  await page.getByText('Data and Insight').first().waitFor();
  await page.screenshot({ path: join(RESULTS, 'directory.png'), fullPage: true });
  const violations = await axe(page);
  assert.equal(violations.length, 0, describeViolations(violations));
  await context.close();
});

test('community home shows a community charter', async () => {
  const { page, context } = await h.pageAs(STAFF);
  await page.goto(`${h.emulator.origin}/community?community=1`);
  await page.getByRole('heading', { name: 'Student Recruitment' }).waitFor();
  assert.ok(await page.getByText('Attracting and converting prospective students').isVisible());
  await page.screenshot({ path: join(RESULTS, 'community-home.png'), fullPage: true });
  const violations = await axe(page);
  assert.equal(violations.length, 0, describeViolations(violations));
  await context.close();
});

test('my communities lists what I belong to', async () => {
  const { page, context } = await h.pageAs('grace.okafor@cophub.example');
  await page.goto(`${h.emulator.origin}/my`);
  await page.getByText('Student Recruitment').first().waitFor();
  assert.ok(await page.getByText(/Core member/).first().isVisible());
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
