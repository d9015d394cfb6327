/**
 * POD administration as a person does it, in headless Chromium against the demo programme: the
 * command set's commands on the list view page, and the admin console (queues, launch, portfolio
 * with its CSV export, sponsor report, history). A member of staff is refused all of it, by the
 * UI and by SharePoint itself when they call REST from the page. Axe checks every screen.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
// papaparse is CommonJS (UMD): Node's ESM loader sees only its default export.
import papa from 'papaparse';
import { createServices } from '../../src/data/factory.ts';
import type { CopServices } from '../../src/domain/services.ts';
import { effectiveStatus } from '../../src/domain/membershipRules.ts';
import { axe, describeViolations, RESULTS, startHarness, type Harness } from './harness.ts';

const POD = 'priya.desai@cophub.example';
const STAFF = 'sam.taylor@cophub.example';
let h: Harness;
const as = (upn: string): CopServices =>
  createServices({ kind: 'url', siteUrl: h.emulator.siteUrl, graphUrl: h.emulator.graphUrl, headers: { 'X-Emulator-User': upn } });

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

/** Every axe finding, whatever its impact (the bar for every screen here, as for the other web parts). */
async function axeViolations(page: Page): Promise<string> {
  return describeViolations(await axe(page));
}

/** Ticks the rows of the list view's table whose text matches, as a person clicks their check boxes. */
async function selectRows(page: Page, count: number): Promise<string[]> {
  const rows = page.locator('[role="grid"] [role="row"][aria-selected]');
  await rows.first().waitFor();
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    texts.push(await row.innerText());
    await row.locator('[role="checkbox"]').first().click();
  }
  return texts;
}

/** Ticks the one row of the list view's table that shows `text`. */
async function selectRowWith(page: Page, text: string): Promise<string> {
  const row = page.locator('[role="grid"] [role="row"][aria-selected]').filter({ hasText: text });
  await row.first().waitFor();
  await row.first().locator('[role="checkbox"]').first().click();
  return row.first().innerText();
}

async function runInDialog(page: Page, command: string, reason?: string): Promise<string> {
  await page.getByRole('toolbar', { name: 'Actions on the selected items' }).getByRole('button', { name: command, exact: true }).click();
  // A blocking dialog: Fluent gives it the alertdialog role.
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: 'Go ahead' }).waitFor();
  if (reason !== undefined) await dialog.getByRole('textbox').fill(reason);
  await dialog.getByRole('button', { name: 'Go ahead' }).click();
  const summary = dialog.getByText(/^\d+ succeeded, \d+ failed\.$/);
  await summary.waitFor();
  return (await summary.textContent()) ?? '';
}

/** After a launch: closes its results and opens the community's history. */
async function closeAndOpenHistory(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByRole('combobox', { name: 'Community' }).click();
  await page.getByRole('option', { name: title, exact: true }).click();
}

test('POD on the list view: approve two requests at once (the members join the team), decline one with a reason', async () => {
  const pod = as(POD);
  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/lists?list=Memberships&view=Pending%20requests`);
  await page.getByRole('heading', { name: 'Memberships: Pending requests' }).waitFor();
  assert.equal(
    await page.getByRole('toolbar', { name: 'Actions on the selected items' }).getByRole('button').count(),
    0,
    'no command without a selection',
  );
  const before = (await pod.admin.memberships()).filter((m) => m.approval === 'pending' && m.status === 'pending');
  assert.ok(before.length >= 3, `the demo has pending requests (${before.length})`);
  await selectRows(page, 2);
  await page.getByText('2 selected').waitFor();
  await page.screenshot({ path: join(RESULTS, 'admin-list-view-selected.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');
  assert.equal(await runInDialog(page, 'Approve'), '2 succeeded, 0 failed.');
  await page.screenshot({ path: join(RESULTS, 'admin-list-view-results.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');
  await page.getByRole('button', { name: 'Close' }).click();

  const communities = await pod.communities.all();
  const approved = (await pod.admin.memberships()).filter((m) => before.some((b) => b.id === m.id) && m.approval === 'approved');
  assert.equal(approved.length, 2);
  for (const m of approved) {
    const c = communities.find((x) => x.id === m.communityId)!;
    assert.equal(effectiveStatus(m, c), 'active');
    assert.ok(c.groupId, `${c.title} has a team`);
    assert.ok(
      (await pod.groups.memberEmails(c.groupId)).includes(m.member.email.toLowerCase()),
      `${m.member.displayName} joined ${c.title}'s team on Graph`,
    );
  }

  // The approved rows leave the view; decline the next one with a reason.
  await page.getByText('2 selected').waitFor({ state: 'detached' });
  await selectRows(page, 1);
  assert.equal(await runInDialog(page, 'Decline', 'We are full until January.'), '1 succeeded, 0 failed.');
  const declined = (await pod.admin.memberships()).filter((m) => m.decisionNote === 'We are full until January.');
  assert.equal(declined.length, 1);
  assert.equal(declined[0].approval, 'rejected');
  await context.close();
});

test('POD accepts a suggestion from the New suggestions view: a proposed community is created', async () => {
  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/lists?list=Suggestions&view=New%20suggestions`);
  await page.getByRole('heading', { name: 'Suggestions: New suggestions' }).waitFor();
  const rowText = await selectRowWith(page, 'new idea');
  await runInDialog(page, 'Accept suggestion');
  const result = page.getByRole('list', { name: 'Result for each item' }).getByRole('listitem');
  const text = (await result.textContent()) ?? '';
  assert.match(text, /^DoneSuggestion|Done/);
  const title = /Created the proposed community “(.+)”/.exec(text)?.[1];
  assert.ok(title && rowText.includes(title), `${text} / ${rowText}`);
  const created = (await as(POD).communities.all()).find((c) => c.title === title);
  assert.equal(created?.status, 'proposed');
  await context.close();
});

test('accepting an existing network lists it as launched / links to it', async () => {
  const pod = as(POD);
  const organised = (await pod.content.suggestions()).find((s) => s.status === 'new' && s.kind === 'existing network')!;
  const other = await as(STAFF).content.suggest({
    title: 'Research software engineers',
    description: 'An existing network with its own site.',
    practiceArea: 'Research',
    kind: 'existing network',
  });
  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/lists?list=Suggestions&view=New%20suggestions`);
  await page.getByRole('heading', { name: 'Suggestions: New suggestions' }).waitFor();

  // List it as launched: the confirmation names it as an existing network and asks what to make of it.
  await selectRowWith(page, organised.title);
  await page
    .getByRole('toolbar', { name: 'Actions on the selected items' })
    .getByRole('button', { name: 'Accept suggestion', exact: true })
    .click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByText(`${organised.title} (an existing network)`).waitFor();
  const choice = dialog.getByRole('radiogroup', { name: /An existing network is not a new idea/ });
  assert.equal(await choice.getByRole('radio', { name: /List it as launched/ }).isChecked(), true);
  await page.screenshot({ path: join(RESULTS, 'admin-accept-network-choice.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');
  await dialog.getByRole('button', { name: 'Go ahead' }).click();
  await dialog.getByText('1 succeeded, 0 failed.').waitFor();
  await dialog.getByText(`Listed “${organised.title}” as launched, with ${organised.author!.displayName} as gardener.`).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  const listed = (await pod.communities.all()).find((c) => c.title === organised.title)!;
  assert.deepEqual([listed.status, listed.kind, listed.gardeners.map((g) => g.email)], ['launched', undefined, [organised.author!.email]]);

  // Link to it, by keyboard: the choice, then the network's address, which must be a web address.
  await selectRowWith(page, other.title);
  await page
    .getByRole('toolbar', { name: 'Actions on the selected items' })
    .getByRole('button', { name: 'Accept suggestion', exact: true })
    .click();
  await dialog.getByRole('radio', { name: /List it as launched/ }).focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await dialog.getByRole('radio', { name: /Link to it/ }).isChecked(), true);
  const address = dialog.getByRole('textbox', { name: "The network's address" });
  await address.fill('rse network');
  await dialog.getByRole('button', { name: 'Go ahead' }).click();
  await dialog.getByText('Give a web address starting with https://').waitFor();
  await address.fill('https://rse.example/network');
  await page.screenshot({ path: join(RESULTS, 'admin-accept-network-link.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');
  await dialog.getByRole('button', { name: 'Go ahead' }).press('Enter');
  await dialog.getByText(`The hub now links to “${other.title}” at https://rse.example/network.`).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  const linked = (await pod.communities.all()).find((c) => c.title === other.title)!;
  assert.deepEqual([linked.kind, linked.siteUrl], ['linked network', 'https://rse.example/network']);

  // In the directory, staff are sent to the network rather than asked to join here.
  const staff = await h.pageAs(STAFF);
  await staff.page.goto(`${h.emulator.origin}/?cop-q=${encodeURIComponent('Research software')}`);
  const card = staff.page.getByRole('article', { name: other.title });
  await card.waitFor();
  const visit = card.getByRole('link', { name: `Visit the network: ${other.title} (opens in a new tab)` });
  assert.equal(await visit.getAttribute('href'), 'https://rse.example/network');
  assert.equal(await card.getByRole('button', { name: /Join|Pledge/ }).count(), 0);
  await card.screenshot({ path: join(RESULTS, 'directory-linked-network.png') });
  assert.equal(await axeViolations(staff.page), '');
  await staff.context.close();
  await context.close();
});

test('POD launches a forming community whose pledges reached its target, from the console', async () => {
  const pod = as(POD);
  const forming = (await pod.communities.all()).filter((c) => c.status === 'forming' && c.foundingTarget);
  const counts = await pod.memberships.counts(forming);
  let target = forming.find((c) => counts[c.id].pledged >= c.foundingTarget!);
  if (!target) {
    // Enough colleagues pledge for the first one to reach its target.
    target = forming[0];
    const users = (await (await fetch(`${h.emulator.origin}/_emulator/users`)).json()) as {
      value: Array<{ userPrincipalName: string; roles: string[] }>;
    };
    for (const u of users.value.filter((x) => x.roles.join() === 'staff')) {
      if ((await pod.memberships.counts([target]))[target.id].pledged >= target.foundingTarget!) break;
      await as(u.userPrincipalName).memberships.pledge(target);
    }
  }
  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/admin`);
  await page.getByRole('tab', { name: 'Launch' }).click();
  await page.getByRole('combobox', { name: 'Forming community' }).click();
  await page.getByRole('option', { name: target.title, exact: true }).click();
  await page.getByText(/founding members have pledged\./).waitFor();
  await page.getByText('target reached').first().waitFor();
  assert.equal(await page.getByText(/^Not ready to launch/).count(), 0, 'no warning at the target');
  await page.getByRole('button', { name: 'Launch…' }).click();
  await page
    .getByRole('list', { name: 'What this acts on' })
    .getByText(new RegExp(`^${target.title}: \\d+ of ${target.foundingTarget} founding members have pledged$`))
    .waitFor();
  await page.getByRole('textbox', { name: /Reason for the launch/ }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: /Reason for the launch/ }).inputValue(), 'Founding target reached.');
  await page.screenshot({ path: join(RESULTS, 'admin-launch.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');
  await page.getByRole('button', { name: 'Go ahead' }).click();
  await page.getByText('1 succeeded, 0 failed.').waitFor();
  await page.getByText(/Launched; its \d+ founding members? (is|are) now (a )?core members?\./).waitFor();
  assert.equal(await page.getByText(/could not be made/).count(), 0, 'every founder became a core member');
  assert.equal((await pod.communities.get(target.id))?.status, 'launched');

  // The history tab shows who launched it and why, from SharePoint's versions.
  await closeAndOpenHistory(page, target.title);
  await page.getByText('Status became Launched').waitFor();
  await page.getByText('Reason: Founding target reached.').waitFor();
  await page.screenshot({ path: join(RESULTS, 'admin-history.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');
  await context.close();
});

test('a launch below target is explained before any click, and POD can launch anyway with a reason', async () => {
  const pod = as(POD);
  const forming = (await pod.communities.all()).filter((c) => c.status === 'forming' && c.foundingTarget);
  const counts = await pod.memberships.counts(forming);
  const short = forming.find((c) => counts[c.id].pledged < c.foundingTarget!);
  assert.ok(short, 'the demo has a forming community below its target');
  const pledged = counts[short.id].pledged;
  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/admin`);
  await page.getByRole('tab', { name: 'Launch' }).click();
  await page.getByRole('combobox', { name: 'Forming community' }).click();
  await page.getByRole('option', { name: short.title, exact: true }).click();

  // Before anyone clicks: why it can't launch yet, and that launching is still POD's call.
  const why = `Not ready to launch: ${pledged} of ${short.foundingTarget} founding members have pledged.`;
  await page.getByText(why, { exact: false }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Launch…', exact: true }).count(), 0, 'no plain launch below the target');
  await page.screenshot({ path: join(RESULTS, 'admin-launch-below-target.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');

  await page.getByRole('button', { name: 'Launch anyway…' }).click();
  await page
    .getByRole('list', { name: 'What this acts on' })
    .getByText(`${short.title}: ${pledged} of ${short.foundingTarget} founding members have pledged`)
    .waitFor();
  const reason = page.getByRole('textbox', { name: /Reason for launching below the founding target/ });
  assert.equal(await reason.inputValue(), '', 'not pre-filled with "Founding target reached."');
  assert.equal(await page.getByRole('button', { name: 'Go ahead' }).count(), 0);
  await page.getByRole('button', { name: 'Launch anyway', exact: true }).click();
  await page.getByText('Give a reason first.').waitFor();
  assert.equal((await pod.communities.get(short.id))?.status, 'forming', 'nothing launched without a reason');

  await reason.fill('The sponsor wants it running this term.');
  await page.screenshot({ path: join(RESULTS, 'admin-launch-anyway.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');
  await page.getByRole('button', { name: 'Launch anyway', exact: true }).click();
  await page.getByText('1 succeeded, 0 failed.').waitFor();
  assert.equal((await pod.communities.get(short.id))?.status, 'launched');

  // The reason is what the history keeps of the decision.
  await closeAndOpenHistory(page, short.title);
  await page.getByText('Reason: The sponsor wants it running this term.').waitFor();
  await context.close();
});

test('the approval confirmation names the person, on the list view and in the console', async () => {
  const pod = as(POD);
  const communities = await pod.communities.all();
  const pending = (await pod.admin.memberships()).filter(
    (m) =>
      effectiveStatus(
        m,
        communities.find((c) => c.id === m.communityId)!,
      ) === 'pending',
  );
  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/lists?list=Memberships&view=Pending%20requests`);
  await page.getByRole('heading', { name: 'Memberships: Pending requests' }).waitFor();
  const [rowText] = await selectRows(page, 1);
  await page.getByRole('toolbar', { name: 'Actions on the selected items' }).getByRole('button', { name: 'Approve', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('heading', { name: 'Approve: 1 request' }).waitFor();
  await dialog.getByText('Approve this request to join:').waitFor();
  const named = await dialog.getByRole('list', { name: 'What this acts on' }).getByRole('listitem').allTextContents();
  assert.equal(named.length, 1);
  const m = pending.find(
    (p) => named[0] === `${p.member.displayName}, ${p.level} member of ${communities.find((c) => c.id === p.communityId)!.title}`,
  );
  assert.ok(m, `"${named[0]}" names a pending request's person and community`);
  assert.ok(
    rowText.includes(m.member.displayName) || rowText.includes(m.title),
    `the selected row (${rowText}) is ${m.member.displayName}'s`,
  );
  await page.screenshot({ path: join(RESULTS, 'admin-approve-confirmation.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await pod.admin.membership(m.id))?.approval, 'pending', 'cancelling changed nothing');

  // The console's queue asks the same way.
  await page.goto(`${h.emulator.origin}/admin`);
  await page.getByRole('tab', { name: 'Queues' }).click();
  await page.getByRole('heading', { name: /^Pending requests \(\d+\)$/ }).waitFor();
  const queue = page.locator('section[aria-labelledby^="cop-queue-requests"]');
  await queue.locator('[role="grid"] [role="row"][aria-selected] [role="checkbox"]').first().click();
  await queue.getByRole('toolbar', { name: 'Actions on the selected items' }).getByRole('button', { name: 'Approve', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('heading', { name: 'Approve: 1 request' }).waitFor();
  const inConsole = await page
    .getByRole('alertdialog')
    .getByRole('list', { name: 'What this acts on' })
    .getByRole('listitem')
    .allTextContents();
  assert.ok(
    pending.some(
      (p) => inConsole[0] === `${p.member.displayName}, ${p.level} member of ${communities.find((c) => c.id === p.communityId)!.title}`,
    ),
    inConsole.join(),
  );
  assert.equal(await axeViolations(page), '');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await context.close();
});

test('POD exports the portfolio to CSV and it parses back; the health score is explained', async () => {
  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/admin`);
  await page.getByRole('button', { name: 'Export to CSV' }).waitFor();
  await page.getByText('How the health score is computed').click();
  await page.getByText(/^Rhythm, 25 points:/).waitFor();
  await page.getByText(/^Attendance, 15 points, from who the gardeners recorded/).waitFor();
  // Sort by health, highest first.
  await page.getByRole('columnheader', { name: /Health/ }).click();
  await page.screenshot({ path: join(RESULTS, 'admin-portfolio.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to CSV' }).click()]);
  assert.match(download.suggestedFilename(), /^cop-portfolio-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const rows = papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  assert.deepEqual(rows[0].slice(0, 3), ['Community', 'Status', 'Practice area']);
  const communities = await as(POD).communities.all();
  assert.equal(rows.length - 1, communities.length);
  assert.ok(rows.some((r) => r[0] === 'Student Recruitment' && r[1] === 'launched'));
  const scores = rows
    .slice(1)
    .map((r) => r[12])
    .filter(Boolean)
    .map(Number);
  assert.deepEqual(
    scores,
    [...scores].sort((a, b) => b - a),
    'exported in the order shown (health, highest first)',
  );
  await context.close();
});

test('POD opens a sponsor report and it prints alone', async () => {
  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/admin`);
  await page.getByRole('tab', { name: 'Sponsor report' }).click();
  await page.getByText("One sponsor's communities").click();
  await page.getByRole('combobox', { name: 'Sponsor' }).click();
  await page.getByRole('option', { name: 'Margaret Whitfield' }).click();
  await page.getByRole('heading', { name: 'Student Recruitment: sponsor report' }).waitFor();
  assert.ok((await page.getByRole('heading', { name: /: sponsor report$/ }).count()) >= 2, 'one page per sponsored community');
  for (const section of ['Members over time', 'Sessions held', 'New members', 'Added to the repertoire', 'Gaps on the knowledge map']) {
    assert.ok(await page.getByRole('heading', { name: section }).first().isVisible(), section);
  }
  await page.screenshot({ path: join(RESULTS, 'admin-sponsor-report.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('tab', { name: 'Portfolio' }).isVisible(), false, 'the console around the report is not printed');
  assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
  assert.ok(await page.getByRole('heading', { name: 'Student Recruitment: sponsor report' }).isVisible());
  await page.screenshot({ path: join(RESULTS, 'admin-sponsor-report-print.png'), fullPage: true });
  await page.pdf({ path: join(RESULTS, 'admin-sponsor-report.pdf'), format: 'A4' });
  await context.close();
});

test('the queues offer the same actions in bulk', async () => {
  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/admin`);
  await page.getByRole('tab', { name: 'Queues' }).click();
  await page.getByRole('heading', { name: /^Pending requests \(\d+\)$/ }).waitFor();
  await page.getByRole('heading', { name: /^New suggestions \(\d+\)$/ }).waitFor();
  await page.getByRole('heading', { name: /^Forming communities \(\d+\)$/ }).waitFor();
  await page.screenshot({ path: join(RESULTS, 'admin-queues.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');
  await context.close();
});

test('the list view and its commands work from the keyboard', async () => {
  const { page, context } = await h.pageAs(POD);
  await page.goto(`${h.emulator.origin}/lists?list=Suggestions&view=New%20suggestions`);
  const rows = page.locator('[role="grid"] [role="row"][aria-selected]');
  await rows.first().waitFor();
  await rows.first().focus();
  await page.keyboard.press('Space');
  await page.getByText('1 selected').waitFor();
  const decline = page.getByRole('toolbar', { name: 'Actions on the selected items' }).getByRole('button', { name: 'Decline suggestion' });
  await decline.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog');
  const reason = dialog.getByRole('textbox', { name: /Reason/ });
  await reason.waitFor();
  await reason.focus();
  await page.keyboard.type('Covered by an existing community.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel', 'Tab reaches the dialog buttons in order');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  assert.equal((await rows.count()) > 0, true, 'cancelling changed nothing');
  await context.close();
});

test('staff: the console and the commands are refused, and direct REST calls get 403', async () => {
  const { page, context } = await h.pageAs(STAFF);
  await page.goto(`${h.emulator.origin}/admin`);
  await page.getByText(/This console is for the POD team/).waitFor();
  assert.equal(await page.getByRole('tab', { name: 'Portfolio' }).count(), 0);
  await page.goto(`${h.emulator.origin}/lists?list=Memberships&view=Pending%20requests`);
  await selectRows(page, 1);
  await page.getByText('1 selected').waitFor();
  assert.equal(
    await page.getByRole('toolbar', { name: 'Actions on the selected items' }).getByRole('button').count(),
    0,
    'no commands for staff',
  );
  await page.screenshot({ path: join(RESULTS, 'admin-list-view-staff.png'), fullPage: true });
  assert.equal(await axeViolations(page), '');

  // What a person could type into the browser console: their own digest, straight at the REST API.
  const pod = as(POD);
  const request = (await pod.admin.memberships()).find((m) => m.approval === 'pending' && m.status === 'pending')!;
  const forming = (await pod.communities.all()).find((c) => c.status === 'forming')!;
  const suggestion = (await pod.content.suggestions()).find((s) => s.status === 'new')!;
  // Sent as source text, so it runs in the page exactly as typed (no test-runner helpers in it).
  const statuses = (await page.evaluate(`(async () => {
    const site = location.origin + '/sites/cop/_api/web/lists/getbytitle';
    const info = await (await fetch(location.origin + '/sites/cop/_api/contextinfo', { method: 'POST', headers: { Accept: 'application/json' } })).json();
    const send = async (url, body, merge) => (await fetch(url, {
      method: 'POST',
      headers: Object.assign({ Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': info.FormDigestValue }, merge ? { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' } : {}),
      body: JSON.stringify(body),
    })).status;
    return {
      approve: await send(site + "('Memberships')/items(${request.id})", { OData__ModerationStatus: 0 }, true),
      launch: await send(site + "('Communities')/items(${forming.id})", { CopStatus: 'launched', StatusReason: 'Because I can' }, true),
      acceptSuggestion: await send(site + "('Suggestions')/items(${suggestion.id})", { SuggestionStatus: 'accepted' }, true),
      createCommunity: await send(site + "('Communities')/items", { Title: 'My own', PracticeArea: 'X', CopStatus: 'proposed', JoinPolicy: 'open' }, false),
    };
  })()`)) as Record<string, number>;
  assert.deepEqual(statuses, { approve: 403, launch: 403, acceptSuggestion: 403, createCommunity: 403 });
  assert.equal((await pod.admin.membership(request.id))?.approval, 'pending');
  await context.close();
});
