/**
 * "Try again" recovers, on every web part and section that offers it: SharePoint answers 503 (with
 * Retry-After) for as long as the outage lasts, so PnPjs's own retries run out and the person sees
 * the message; the outage ends, they press Try again, and the content comes, without a reload.
 * The outage is the emulator's persistent fault (`POST /_emulator/faults`, emulator/src/faults.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { insertUsers } from '../../emulator/src/graph/index.ts';
import { insertRows } from '../../emulator/src/sharepoint/index.ts';
import type { EmulatorUser } from '../../emulator/src/types.ts';
import { createServices } from '../../src/data/factory.ts';
import type { MembershipRecord } from '../../src/domain/adminModels.ts';
import { membershipFolder } from '../../src/data/membershipWrites.ts';
import { axe, describeViolations, RESULTS, startHarness, type Harness } from './harness.ts';
import type { CopServices } from '../../src/domain/services.ts';

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

/**
 * The busy message is shown in `where` (and the page is axe clean in that state); the outage ends;
 * Try again there brings `content`, with no reload.
 */
async function recovers(page: Page, where: Locator, out: { end: () => void }, content: Locator): Promise<void> {
  await where.getByText(BUSY).first().waitFor({ timeout: 30_000 });
  const found = await axe(page);
  assert.equal(found.length, 0, `the busy state: ${describeViolations(found)}`);
  out.end();
  await where.getByRole('button', { name: 'Try again' }).first().click();
  await content.first().waitFor({ timeout: 15_000 });
  // Every part that was busy reads again on Try again; under load the last may settle a moment after the first content.
  await where.getByText(BUSY).first().waitFor({ state: 'detached', timeout: 15_000 });
  assert.equal(await where.getByText(BUSY).count(), 0, 'no busy message left');
  assert.equal(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true, 'the page was not reloaded');
}

test('directory: an outage of the Communities list, then Try again', async () => {
  const out = outage(list('Communities'));
  const { page, close } = await open(STAFF, '/');
  await recovers(page, page.locator('main'), out, page.getByRole('list', { name: 'Communities', exact: true }));
  await page
    .getByText(/\d+ core, \d+ wider/)
    .first()
    .waitFor();
  await close();
});

test('community home: an outage of the Communities list, then Try again', async () => {
  const out = outage(list('Communities'));
  const { page, close } = await open(STAFF, '/community?community=1');
  await recovers(page, page.locator('main'), out, page.getByRole('heading', { name: 'Student Recruitment', exact: true }));
  await page
    .getByRole('button', { name: /^Add to calendar: / })
    .first()
    .waitFor();
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
  await main
    .getByRole('button', { name: /^Join as (wider|core) member$/ })
    .first()
    .waitFor();
  await page
    .getByRole('button', { name: /^Add to calendar: / })
    .first()
    .waitFor();
  assert.equal(await main.getByText(BUSY).count(), 0);
  await close();
});

test('community home sections: members, shared repertoire and knowledge each recover', async () => {
  const { page, close } = await open(STAFF, '/community?community=1');
  await page
    .getByRole('button', { name: /^Add to calendar: / })
    .first()
    .waitFor();
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
  await main
    .getByRole('textbox', { name: /practice area/i })
    .first()
    .waitFor();
  await main.getByRole('heading', { name: 'Knowledge map' }).first().waitFor();
  assert.equal(await main.getByText(BUSY).count(), 0);
  await close();
});

test('Teams tab: an outage while the tab finds its community, then Try again', async () => {
  const services = createServices({
    kind: 'url',
    siteUrl: h.emulator.siteUrl,
    graphUrl: h.emulator.graphUrl,
    headers: { 'X-Emulator-User': STAFF },
  });
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

test('admin console: the Launch and the Sponsor report tabs each recover from an outage while they load', async () => {
  // Launch weighs pledges (Memberships); the sponsor report counts sessions (Events). Each tab is
  // opened while its data is still being read, so the outage meets it there.
  const tabs = [
    {
      tab: 'Launch',
      failing: items('Memberships'),
      content: (p: Page) => p.getByRole('heading', { name: 'Launch a community' }),
      also: (p: Page) => p.getByRole('combobox', { name: 'Forming community' }),
    },
    {
      tab: 'Sponsor report',
      failing: items('Events'),
      content: (p: Page) => p.getByRole('heading', { name: /: sponsor report$/ }),
      also: (p: Page) => p.getByRole('heading', { name: 'Sessions held' }),
    },
  ];
  for (const { tab, failing, content, also } of tabs) {
    const out = outage(failing);
    const { page, close } = await open(POD, '/admin');
    await page.getByRole('tab', { name: tab }).click();
    assert.equal(await page.getByRole('tab', { name: tab }).getAttribute('aria-selected'), 'true', tab);
    await recovers(page, page.getByRole('tabpanel'), out, content(page));
    await also(page).first().waitFor();
    await close();
  }
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

const as = (upn: string): CopServices =>
  createServices({ kind: 'url', siteUrl: h.emulator.siteUrl, graphUrl: h.emulator.graphUrl, headers: { 'X-Emulator-User': upn } });

test('joining during an outage: the dialog says so, and Join again joins once', async () => {
  const member = `alex.adams${D}`;
  const { page, close } = await open(member, '/?cop-q=insight');
  await page.getByRole('list', { name: 'Communities', exact: true }).waitFor();
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
  // A resource is added into its community's folder (AddValidateUpdateItemUsingPath, issue 21) and read back from its items.
  const out = outage(`${list('Resources')}/(?:items|[Aa]dd[Vv]alidate)`);
  await page.getByRole('button', { name: 'Add resource' }).click();
  await page.getByText(BUSY).first().waitFor({ timeout: 30_000 });
  assert.equal(await page.getByRole('textbox', { name: 'Title' }).inputValue(), 'Outage checklist', 'nothing the person typed is lost');
  out.end();
  await page.getByRole('button', { name: 'Add resource' }).click();
  await page
    .getByText(
      "Added \u201cOutage checklist\u201d. It waits for this community's gardener to approve it; until then only you and the gardeners see it.",
    )
    .waitFor();
  await close();
  const stored = (await as(member).content.resources(1)).filter((r) => r.title === 'Outage checklist');
  assert.equal(stored.length, 1, 'added once');
});

/** The POD team's list view of pending requests, with the first `n` of them selected. */
async function selectRequests(n: number): Promise<{ page: Page; close: () => Promise<void>; chosen: MembershipRecord[] }> {
  const { page, close } = await open(POD, '/lists?list=Memberships&view=Pending%20requests');
  const rows = page.locator('[role="grid"] [role="row"][aria-selected]');
  await rows.first().waitFor();
  const pending = (await as(POD).admin.memberships()).filter((m) => m.approval === 'pending' && m.status === 'pending');
  const chosen: MembershipRecord[] = [];
  for (let i = 0; i < n; i++) {
    // A row shows the community and the member; the member names each request here.
    const text = await rows.nth(i).innerText();
    const request = pending.find((m) => text.split('\n').includes(m.member.displayName));
    assert.ok(request, `row ${i + 1} is a pending request`);
    chosen.push(request);
    await rows.nth(i).locator('[role="checkbox"]').first().click();
  }
  return { page, close, chosen };
}

test('approving in bulk during an outage of one item: each item says done or not, and Try again does the rest only', async () => {
  const pod = as(POD);
  const { page, close, chosen } = await selectRequests(3);
  const stuck = chosen[1];
  const out = outage(`${list('Memberships')}/items\\(${stuck.id}\\)`);
  await page.getByRole('toolbar', { name: 'Actions on the selected items' }).getByRole('button', { name: 'Approve', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: 'Go ahead' }).click();
  await dialog.getByText('2 succeeded, 1 failed.').waitFor({ timeout: 60_000 });
  const results = dialog.getByRole('list', { name: 'Result for each item' }).getByRole('listitem');
  assert.deepEqual(
    (await results.allInnerTexts()).map((t) => t.split('\n')[0].replace(/\s.*/, '')),
    ['Done', 'Not', 'Done'],
  );
  await results.nth(1).getByText(BUSY).waitFor();
  const decisionsBefore = await Promise.all(chosen.map(async (m) => (await pod.admin.membership(m.id))?.approval));
  assert.deepEqual(decisionsBefore, ['approved', 'pending', 'approved']);

  out.end();
  await fetch(`${h.emulator.origin}/_emulator/stats`, { method: 'DELETE' });
  await dialog.getByRole('button', { name: 'Try again for the 1 not done' }).click();
  await dialog.getByText('3 succeeded, 0 failed.').waitFor({ timeout: 30_000 });
  const stats = (await (await fetch(`${h.emulator.origin}/_emulator/stats`)).json()) as { log: string[] };
  const sent = stats.log.join('\n');
  assert.match(sent, new RegExp(`items\\(${stuck.id}\\)`), 'the one not done is sent again');
  for (const done of [chosen[0], chosen[2]])
    assert.doesNotMatch(sent, new RegExp(`items\\(${done.id}\\)`), `#${done.id} is not sent again`);
  assert.deepEqual(
    (await results.allInnerTexts()).map((t) => t.split('\n')[0]),
    ['Done', 'Done', 'Done'],
  );
  const after = await Promise.all(chosen.map(async (m) => (await pod.admin.membership(m.id))?.approval));
  assert.deepEqual(after, ['approved', 'approved', 'approved']);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await close();
});

test('a command that fails for every item: the dialog says none was done, and Try again does them all once the outage is over', async () => {
  const pod = as(POD);
  const { page, close, chosen } = await selectRequests(2);
  // Every write to the list fails (reads still answer): the whole run fails.
  h.emulator.faults.add({ match: list('Memberships'), method: 'POST', status: 503, times: 10_000, retryAfter: 0 });
  await page.getByRole('toolbar', { name: 'Actions on the selected items' }).getByRole('button', { name: 'Decline', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('textbox', { name: /^Reason/ }).fill('This term is full.');
  await dialog.getByRole('button', { name: 'Go ahead' }).click();
  await dialog.getByText('0 succeeded, 2 failed.').waitFor({ timeout: 60_000 });
  const results = dialog.getByRole('list', { name: 'Result for each item' }).getByRole('listitem');
  assert.deepEqual(
    (await results.allInnerTexts()).map((t) => t.split('\n')[0]),
    ['Not done', 'Not done'],
  );
  assert.equal(await results.getByText(BUSY).count(), 2, 'each item says why');
  await page.screenshot({ path: join(RESULTS, 'recovery-command-failed.png') });
  assert.deepEqual(
    await Promise.all(chosen.map(async (m) => (await pod.admin.membership(m.id))?.approval)),
    ['pending', 'pending'],
    'nothing was written',
  );

  h.emulator.faults.clear();
  await dialog.getByRole('button', { name: 'Try again for the 2 not done' }).click();
  await dialog.getByText('2 succeeded, 0 failed.').waitFor({ timeout: 30_000 });
  assert.deepEqual(
    (await results.allInnerTexts()).map((t) => t.split('\n')[0]),
    ['Done', 'Done'],
  );
  assert.deepEqual(await Promise.all(chosen.map(async (m) => (await pod.admin.membership(m.id))?.approval)), ['rejected', 'rejected']);
  assert.equal(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await close();
});

test('My communities: saving notification choices during an outage says so, and Try again saves them', async () => {
  const { page, close } = await open(STAFF, '/my');
  await page.getByRole('button', { name: "Choose what you're told in Teams" }).click();
  const settings = page.getByRole('region', { name: 'Teams notifications' });
  const declined = settings.getByRole('checkbox', { name: 'my request to join is declined' });
  await declined.waitFor();
  assert.equal(await declined.isChecked(), true);
  // Fluent draws the box over the input: a person clicks the label.
  await settings.getByText('my request to join is declined', { exact: true }).click();
  assert.equal(await declined.isChecked(), false);
  // Reading my choices still works; writing them does not.
  const out = h.emulator.faults;
  out.add({ match: list('Member Profiles'), method: 'POST', status: 503, times: 10_000, retryAfter: 0 });
  await settings.getByRole('button', { name: 'Save' }).click();
  await recovers(page, settings, { end: () => out.clear() }, settings.getByText("Saved. You'll be told about what is ticked."));
  assert.equal(await declined.isChecked(), false, 'the choice is kept');
  await close();
  assert.ok((await as(STAFF).notifications.mutedKinds()).includes('requestDeclined'), 'saved in SharePoint');
});

test('hub search: an outage of SharePoint Search, then Try again', async () => {
  const { page, close } = await open(STAFF, '/community?community=1');
  await page.getByRole('tab', { name: 'Shared repertoire' }).click();
  await page.getByRole('button', { name: 'Search all communities' }).click();
  const panel = page.getByRole('search');
  const out = outage('/_api/search/postquery');
  await panel.getByRole('searchbox', { name: 'Search all communities' }).fill('terms of reference');
  await panel.getByText("Search didn't work just now.").waitFor({ timeout: 30_000 });
  await recovers(page, panel, out, panel.getByRole('link', { name: 'Terms of reference' }));
  assert.equal(await panel.getByText("Search didn't work just now.").count(), 0);
  await close();
});

test('community members: an outage while loading more, then Try again loads that page', async () => {
  // More members than one page (100): new colleagues, each a wider member of the community.
  const ctx = h.emulator.ctx;
  const people: EmulatorUser[] = Array.from({ length: 110 }, (_, i) => {
    const upn = `page.filler${i}${D}`;
    return {
      id: `0000f111-0000-4000-8000-${String(i).padStart(12, '0')}`,
      userPrincipalName: upn,
      mail: upn,
      displayName: `Page Filler ${i}`,
      givenName: 'Page',
      surname: `Filler ${i}`,
      jobTitle: 'Officer',
      department: 'Digital',
      officeLocation: 'Main Campus',
      roles: ['staff'],
    };
  });
  insertUsers(ctx.db, people, ctx.users.length, false);
  ctx.users.push(...people);
  insertRows(
    ctx,
    'Memberships',
    people.map((u) => ({
      author: u.userPrincipalName,
      folder: membershipFolder(h.emulator.siteUrl, 1),
      modStatus: 0,
      values: {
        Title: `${u.displayName} — Student Recruitment`,
        CommunityId: 1,
        Level: 'wider',
        MemberStatus: 'active',
        JoinedOn: new Date().toISOString(),
      },
    })),
  );
  const last = people[people.length - 1].displayName;

  const { page, close } = await open(STAFF, '/community?community=1');
  await page.getByRole('tab', { name: 'Members' }).click();
  const members = page.getByRole('region', { name: 'Members' });
  const more = members.getByRole('button', { name: 'Load more members' });
  await more.waitFor();
  assert.equal(await members.getByText(last, { exact: true }).count(), 0, 'the last member is on the next page');
  const out = outage(items('Memberships'));
  await more.click();
  await recovers(page, members, out, members.getByText(last, { exact: true }));
  await close();
});
