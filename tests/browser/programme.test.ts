/**
 * The programme's own words, as people meet them in the workbench against the demo: staff suggest
 * a community choosing one of the practice areas the POD team keeps (or "Other", which asks for its
 * name); the POD team renames a stage in the console and the directory says it the programme's way.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { RESULTS, startHarness, type Harness, screenChecks } from './harness.ts';

const STAFF = 'sam.taylor@cophub.example';
const POD = 'priya.desai@cophub.example';
let h: Harness;

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
  console.log(`Programme screenshots: ${join(RESULTS, 'programme-*.png')}`);
});

const check = screenChecks('programme');

test('suggest a community, choosing its practice area from the known ones', async () => {
  const { page, context } = await h.pageAs(STAFF);
  await page.goto(`${h.emulator.origin}/`);
  await page.getByRole('list', { name: 'Communities', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Suggest a community or network' }).click();
  const panel = page.getByRole('dialog', { name: 'Suggest a community or network' });
  await panel.getByRole('textbox', { name: 'Name' }).fill('Green champions');
  await panel.getByRole('textbox', { name: 'What is it about?' }).fill('Staff who lead on sustainability in their teams.');
  await panel.getByRole('combobox', { name: /^Practice area/ }).click();
  // The POD team's list names Sustainability though no community holds it yet.
  await page.getByRole('option', { name: 'Sustainability', exact: true }).waitFor();
  await page.getByRole('option', { name: 'Other (not in this list)' }).click();
  await panel.getByRole('radio', { name: 'An idea for a new community' }).check();
  await panel.getByRole('button', { name: 'Send suggestion' }).click();
  await panel.getByText('Name the practice area, or choose one from the list.').waitFor();
  await check(page, 'suggest-other');
  await panel.getByRole('combobox', { name: /^Practice area/ }).click();
  await page.getByRole('option', { name: 'Sustainability', exact: true }).click();
  assert.equal(await panel.getByRole('textbox', { name: 'Which practice area?' }).count(), 0, 'a known area needs no words');
  await check(page, 'suggest-known-area');
  await panel.getByRole('button', { name: 'Send suggestion' }).click();
  await page.getByText('Thank you. The POD team will look at your suggestion "Green champions".').waitFor();
  await context.close();

  // The POD team sees it in the area the directory's filter knows.
  const pod = await h.pageAs(POD);
  await pod.page.goto(`${h.emulator.origin}/lists?list=Suggestions&view=New%20suggestions`);
  const row = pod.page.getByRole('row').filter({ hasText: 'Green champions' });
  await row.getByText('Sustainability', { exact: true }).waitFor();
  await pod.context.close();
});

test('the POD team renames "Forming", and the directory says "Preparations underway"', async () => {
  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/admin`);
  await page.getByRole('tab', { name: 'Programme words' }).click();
  const forming = page.getByRole('textbox', { name: 'Stage CoP Hub calls "Forming"' });
  await forming.fill('Preparations underway');
  await page.getByRole('button', { name: 'Save stage names' }).click();
  await page.getByText('Saved. The directory and the console now use these names.').waitFor();
  await page.getByRole('list').filter({ hasText: 'Sustainability' }).waitFor();
  await check(page, 'stage-names');
  await context.close();

  const staff = await h.pageAs(STAFF);
  await staff.page.goto(`${h.emulator.origin}/?cop-status=forming`);
  await staff.page.getByRole('list', { name: 'Communities', exact: true }).waitFor();
  const cards = staff.page.getByRole('list', { name: 'Communities', exact: true }).getByRole('article');
  assert.ok((await cards.count()) > 0, 'the demo has forming communities');
  await cards.first().getByText('Preparations underway', { exact: true }).waitFor();
  assert.equal(await staff.page.getByText('Forming', { exact: true }).count(), 0, "CoP Hub's word is not shown");
  // The stage filter says it the programme's way too.
  await staff.page.getByRole('combobox', { name: /^Stage/ }).click();
  await staff.page.getByRole('listbox').getByText('Preparations underway', { exact: true }).waitFor();
  await staff.page.keyboard.press('Escape');
  await check(staff.page, 'directory-renamed-stage');
  await staff.context.close();
});
