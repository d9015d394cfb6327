/**
 * "Try again" recovers, on every web part and section that offers it: SharePoint answers 503 (with
 * Retry-After) for as long as the outage lasts, so PnPjs's own retries run out and the person sees
 * the message; the outage ends, they press Try again, and the content comes, without a reload.
 * The outage is the emulator's persistent fault (`POST /_emulator/faults`, emulator/src/faults.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { createServices } from '../../src/data/factory.ts';
import { startHarness, type Harness } from './harness.ts';

const D = '@cophub.example';
const STAFF = `sam.taylor${D}`;
const POD = `priya.desai${D}`;
const BUSY = 'SharePoint is busy right now. Wait a moment and try again.';
let h: Harness;

before(async () => {
  h = await startHarness();
});
after(async () => {
  h.emulator.faults.clear();
  await h?.close();
});

/** A list's requests, whether sent alone or as a part of a `$batch`. */
const list = (title: string): string => `[Gg]et[Bb]y[Tt]itle\\('${title.replace(/ /g, '(?:%20| )')}'\\)`;
/** Only a list's items: the setup check (which reads fields) still passes. */
const items = (title: string): string => `${list(title)}/items`;

/** SharePoint is busy for that list until `end()`; far more 503s than PnPjs retries. */
function outage(match: string): { end: () => void } {
  h.emulator.faults.add({ match, status: 503, times: 10_000, retryAfter: 0 });
  return { end: () => h.emulator.faults.clear() };
}

async function open(upn: string, path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, context } = await h.pageAs(upn);
  await page.goto(`${h.emulator.origin}${path}`);
  // Marks this document: if anything reloads the page, the mark is gone.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  return { page, close: () => context.close() };
}

/** The busy message is shown in `where`; the outage ends; Try again there brings `content`, with no reload. */
async function recovers(page: Page, where: Locator, out: { end: () => void }, content: Locator): Promise<void> {
  await where.getByText(BUSY).first().waitFor({ timeout: 30_000 });
  out.end();
  await where.getByRole('button', { name: 'Try again' }).first().click();
  await content.first().waitFor({ timeout: 15_000 });
  assert.equal(await where.getByText(BUSY).count(), 0, 'no busy message left');
  assert.equal(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true, 'the page was not reloaded');
}

test('directory: an outage of the Communities list, then Try again', async () => {
  const out = outage(list('Communities'));
  const { page, close } = await open(STAFF, '/');
  await recovers(page, page.locator('main'), out, page.getByRole('list', { name: 'Communities' }));
  await page.getByText(/\d+ core, \d+ wider/).first().waitFor();
  await close();
});

test('community home: an outage of the Communities list, then Try again', async () => {
  const out = outage(list('Communities'));
  const { page, close } = await open(STAFF, '/community?community=1');
  await recovers(page, page.locator('main'), out, page.getByRole('heading', { name: 'Student Recruitment', exact: true }));
  await page.getByRole('button', { name: /^Add to calendar: / }).first().waitFor();
  await close();
});

test('community home overview: my membership and the sessions each recover', async () => {
  const out = outage(`${items('Memberships')}|${items('Events')}`);
  const { page, close } = await open(STAFF, '/community?community=1');
  const main = page.locator('main');
  await main.getByText(BUSY).nth(1).waitFor({ timeout: 30_000 });
  out.end();
  // Each section has its own Try again; each reads only its own part again.
  await main.getByRole('button', { name: 'Try again' }).first().click();
  await main.getByRole('button', { name: 'Try again' }).first().click();
  await main.getByRole('button', { name: /^Join as (wider|core) member$/ }).first().waitFor();
  await page.getByRole('button', { name: /^Add to calendar: / }).first().waitFor();
  assert.equal(await main.getByText(BUSY).count(), 0);
  await close();
});

test('community home sections: members, shared repertoire and knowledge each recover', async () => {
  const { page, close } = await open(STAFF, '/community?community=1');
  await page.getByRole('button', { name: /^Add to calendar: / }).first().waitFor();
  const main = page.locator('main');

  let out = outage(items('Memberships'));
  await page.getByRole('tab', { name: 'Members' }).click();
  await recovers(page, main, out, page.getByRole('list', { name: /^Gardeners/ }));

  out = outage(items('Resources'));
  await page.getByRole('tab', { name: 'Shared repertoire' }).click();
  await recovers(page, main, out, page.getByRole('heading', { name: /^Templates \(\d+\)$/ }));

  out = outage(items('Member Profiles'));
  await page.getByRole('tab', { name: 'Knowledge' }).click();
  await main.getByText(BUSY).nth(1).waitFor({ timeout: 30_000 });
  out.end();
  await main.getByRole('button', { name: 'Try again' }).first().click();
  await main.getByRole('button', { name: 'Try again' }).first().click();
  await main.getByRole('textbox', { name: /practice area/i }).first().waitFor();
  await main.getByRole('heading', { name: 'Knowledge map' }).first().waitFor();
  assert.equal(await main.getByText(BUSY).count(), 0);
  await close();
});

test('Teams tab: an outage while the tab finds its community, then Try again', async () => {
  const services = createServices({ kind: 'url', siteUrl: h.emulator.siteUrl, graphUrl: h.emulator.graphUrl, headers: { 'X-Emulator-User': STAFF } });
  const team = (await services.communities.all()).find((c) => c.title === 'Data and Insight')?.groupId;
  assert.ok(team);
  const out = outage(list('Communities'));
  const { page, close } = await open(STAFF, `/teams-tab?team=${team}&theme=dark`);
  await recovers(page, page.getByTestId('teams-tab'), out, page.getByRole('heading', { name: 'Data and Insight', exact: true }));
  await close();
});

test('My communities: an outage, then Try again', async () => {
  const out = outage(list('Communities'));
  const { page, close } = await open(STAFF, '/my');
  await recovers(page, page.locator('main'), out, page.getByRole('heading', { name: 'Suggested for you' }));
  await close();
});

test('admin console: an outage, then Try again, and each tab shows its content', async () => {
  const out = outage(list('Communities'));
  const { page, close } = await open(POD, '/admin');
  await recovers(page, page.locator('main'), out, page.getByRole('button', { name: 'Export to CSV' }));
  await page.getByRole('tab', { name: 'Queues' }).click();
  await page.getByRole('heading', { name: /^Pending requests \(\d+\)$/ }).waitFor();

  // History reads versions on its own when a community is chosen.
  const versions = outage('/versions');
  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByRole('combobox', { name: 'Community' }).click();
  await page.getByRole('option', { name: 'Student Recruitment', exact: true }).click();
  await recovers(page, page.locator('main'), versions, page.getByRole('button', { name: 'Reconcile team members' }));
  await close();
});

test('site header: my standing could not be read, then Try again', async () => {
  const out = outage(list('Memberships'));
  const { page, close } = await open(STAFF, '/site-header?community=1');
  const bar = page.getByRole('navigation', { name: 'Community' });
  await bar.getByText("Your membership couldn't be checked.").waitFor({ timeout: 30_000 });
  out.end();
  await bar.getByRole('button', { name: 'Try again' }).click();
  await bar.getByText(/You're a|Join this community|pending|pledged/).waitFor();
  assert.equal(await bar.getByText("Your membership couldn't be checked.").count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true);
  await close();
});

// Faults in the middle of use: the write meets the outage, says so, keeps what the person gave,
// and pressing the same button again once it is over does the work exactly once.

const as = (upn: string) => createServices({ kind: 'url', siteUrl: h.emulator.siteUrl, graphUrl: h.emulator.graphUrl, headers: { 'X-Emulator-User': upn } });

test('joining during an outage: the dialog says so, and Join again joins once', async () => {
  const member = `alex.adams${D}`;
  const { page, close } = await open(member, '/?cop-q=insight');
  await page.getByRole('list', { name: 'Communities' }).waitFor();
  const out = outage(`${list('Memberships')}/AddValidateUpdateItemUsingPath`);
  await page.getByRole('button', { name: 'Join Data and Insight', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Join Data and Insight' });
  await dialog.getByRole('radio', { name: 'Wider member' }).check();
  await dialog.getByRole('button', { name: 'Join', exact: true }).click();
  await dialog.getByText(BUSY).waitFor({ timeout: 30_000 });
  assert.equal(await dialog.getByRole('radio', { name: 'Wider member' }).isChecked(), true, 'the choice is kept');
  out.end();
  await dialog.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByText("You're now a wider member of Data and Insight.").waitFor();
  await page.getByRole('article', { name: 'Data and Insight', exact: true }).getByText("You're a wider member").waitFor();
  assert.equal(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true);
  await close();
  const data = (await as(member).communities.all()).find((c) => c.title === 'Data and Insight');
  const mine = (await as(member).memberships.mine()).filter((m) => m.communityId === data?.id && m.status !== 'left');
  assert.equal(mine.length, 1, 'one membership, not one per attempt');
});

test('adding a resource during an outage: the form keeps its values, and Add again adds it once', async () => {
  const member = `sam.taylor${D}`;
  const { page, close } = await open(member, '/community?community=1');
  await page.getByRole('tab', { name: 'Shared repertoire' }).click();
  await page.getByRole('button', { name: 'Add a resource' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Outage checklist');
  await page.getByRole('combobox', { name: /^Type of resource/ }).click();
  await page.getByRole('option', { name: 'Template' }).click();
  await page.getByRole('textbox', { name: 'Link' }).fill('https://example.com/outage-checklist');
  const out = outage(items('Resources'));
  await page.getByRole('button', { name: 'Add resource' }).click();
  await page.getByText(BUSY).first().waitFor({ timeout: 30_000 });
  assert.equal(await page.getByRole('textbox', { name: 'Title' }).inputValue(), 'Outage checklist', 'nothing the person typed is lost');
  out.end();
  await page.getByRole('button', { name: 'Add resource' }).click();
  await page.getByText('Added \u201cOutage checklist\u201d to the shared repertoire.').waitFor();
  await close();
  const stored = (await as(member).content.resources(1)).filter((r) => r.title === 'Outage checklist');
  assert.equal(stored.length, 1, 'added once');
});

test('approving in bulk during an outage of one item: each item says done or not, and Try again does the rest only', async () => {
  const pod = as(POD);
  const { page, close } = await open(POD, '/lists?list=Memberships&view=Pending%20requests');
  const rows = page.locator('[role="grid"] [role="row"][aria-selected]');
  await rows.first().waitFor();
  const pending = (await pod.admin.memberships()).filter((m) => m.approval === 'pending' && m.status === 'pending');
  const texts: string[] = [];
  for (let i = 0; i < 3; i++) {
    texts.push(await rows.nth(i).innerText());
    await rows.nth(i).locator('[role="checkbox"]').first().click();
  }
  // A row shows the community and the member; the member names each request here.
  const chosen = texts.map((t) => pending.find((m) => t.split('\n').includes(m.member.displayName)));
  assert.ok(chosen.every(Boolean), 'each selected row is a pending request');
  const stuck = chosen[1]!;
  const out = outage(`${list('Memberships')}/items\\(${stuck.id}\\)`);
  await page.getByRole('toolbar', { name: 'Actions on the selected items' }).getByRole('button', { name: 'Approve', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: 'Go ahead' }).click();
  await dialog.getByText('2 succeeded, 1 failed.').waitFor({ timeout: 60_000 });
  const results = dialog.getByRole('list', { name: 'Result for each item' }).getByRole('listitem');
  assert.deepEqual((await results.allInnerTexts()).map((t) => t.split('\n')[0].replace(/\s.*/, '')), ['Done', 'Not', 'Done']);
  await results.nth(1).getByText(BUSY).waitFor();
  const decisionsBefore = await Promise.all(chosen.map(async (m) => (await pod.admin.membership(m!.id))?.approval));
  assert.deepEqual(decisionsBefore, ['approved', 'pending', 'approved']);

  out.end();
  await fetch(`${h.emulator.origin}/_emulator/stats`, { method: 'DELETE' });
  await dialog.getByRole('button', { name: 'Try again for the 1 not done' }).click();
  await dialog.getByText('3 succeeded, 0 failed.').waitFor({ timeout: 30_000 });
  const stats = (await (await fetch(`${h.emulator.origin}/_emulator/stats`)).json()) as { log: string[] };
  const sent = stats.log.join('\n');
  assert.match(sent, new RegExp(`items\\(${stuck.id}\\)`), 'the one not done is sent again');
  for (const done of [chosen[0]!, chosen[2]!]) assert.doesNotMatch(sent, new RegExp(`items\\(${done.id}\\)`), `#${done.id} is not sent again`);
  assert.deepEqual((await results.allInnerTexts()).map((t) => t.split('\n')[0]), ['Done', 'Done', 'Done']);
  const after = await Promise.all(chosen.map(async (m) => (await pod.admin.membership(m!.id))?.approval));
  assert.deepEqual(after, ['approved', 'approved', 'approved']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await close();
});
