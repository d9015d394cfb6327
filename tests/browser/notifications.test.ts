/**
 * Teams activity feed in the workbench: a staff member asks to join an approval community, the
 * gardener sees it in their feed (the header's bell), approves it on the list view, and the member
 * sees the approval in theirs and follows its deep link to the community. Axe on every state.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startHarness, type Harness, screenChecks } from './harness.ts';

const D = '@cophub.example';
const STAFF = `alex.adams${D}`;
const GARDENER = `liam.obrien${D}`;
const POD = `priya.desai${D}`;
let h: Harness;

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

const check = screenChecks('notifications');

async function openFeed(page: Page): Promise<ReturnType<Page['getByRole']>> {
  await page.getByRole('button', { name: 'Activity (Teams activity feed)' }).click();
  const feed = page.getByRole('dialog', { name: 'Activity' });
  await feed.waitFor();
  return feed;
}

test('request to join, the gardener sees it in their feed, approves, and the member follows the link', async () => {
  const staff = await h.pageAs(STAFF);
  await staff.page.goto(`${h.emulator.origin}/?cop-q=Events%20Management`);
  await staff.page.getByRole('button', { name: 'Join Events Management', exact: true }).click();
  const dialog = staff.page.getByRole('dialog', { name: 'Join Events Management' });
  await dialog.getByRole('button', { name: 'Join', exact: true }).click();
  await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
  await staff.page
    .getByText(/request|pending|waiting/i)
    .first()
    .waitFor();

  const gardener = await h.pageAs(GARDENER);
  await gardener.page.goto(`${h.emulator.origin}/`);
  let feed = await openFeed(gardener.page);
  const asked = feed.getByRole('link', { name: 'Alex Adams asked to join Events Management' });
  await asked.waitFor();
  assert.match(String(await asked.getAttribute('href')), /^\/community\?community=\d+&section=members&item=\d+$/);
  await check(gardener.page, 'gardener-feed');
  // The link opens the community's members with that very request highlighted and focused.
  if (!(await asked.isVisible())) feed = await openFeed(gardener.page);
  await feed.getByRole('link', { name: 'Alex Adams asked to join Events Management' }).click();
  await gardener.page.waitForURL(/\/community\?community=\d+&section=members&item=\d+$/);
  const waiting = gardener.page.getByRole('list', { name: /^Requests and pledges/ });
  const request = waiting.locator('li[aria-current="true"]');
  await request.getByText(/asks to join as a (core|wider) member/).waitFor();
  // Her name, whether or not the person card (MGT, loaded on first use) has drawn it a second time yet.
  await request.getByText('Alex Adams').first().waitFor();
  assert.equal(await request.evaluate((el) => el === document.activeElement), true, 'the request has focus');
  await check(gardener.page, 'gardener-followed-link');

  await gardener.page.goto(`${h.emulator.origin}/lists?list=Memberships&view=Pending%20requests`);
  const row = gardener.page
    .locator('[role="grid"] [role="row"][aria-selected]', { hasText: 'Alex Adams' })
    .filter({ hasText: 'Events Management' });
  await row.first().locator('[role="checkbox"]').first().click();
  await gardener.page
    .getByRole('toolbar', { name: 'Actions on the selected items' })
    .getByRole('button', { name: 'Approve', exact: true })
    .click();
  const confirm = gardener.page.getByRole('alertdialog');
  await confirm.getByRole('button', { name: 'Go ahead' }).click();
  await confirm.getByText('1 succeeded, 0 failed.').waitFor();
  // The member is told after SharePoint accepted the approval, a moment later (the command set loads its
  // notifier on first use): the gardener's page stays open until the member has been told.
  await gardener.page.waitForLoadState('networkidle');
  for (let attempt = 0; ; attempt++) {
    await staff.page.reload();
    feed = await openFeed(staff.page);
    const told = feed.getByRole('link', { name: "Liam O'Brien approved your request to join Events Management" });
    if (
      await told.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    )
      break;
    if (attempt === 5) assert.fail('the member was not told of the approval within 30 s');
  }
  await gardener.context.close();
  const approvedNow = feed.getByRole('link', { name: "Liam O'Brien approved your request to join Events Management" });
  await approvedNow.waitFor();
  assert.equal(
    await feed.getByRole('link', { name: /approved your request to join Events Management/ }).count(),
    1,
    'one notification for one approval',
  );
  await check(staff.page, 'member-feed');
  // A full-page screenshot resizes the viewport, and a Fluent Callout closes on resize as Teams' flyout would: open it again.
  if (!(await approvedNow.isVisible())) feed = await openFeed(staff.page);
  await feed.getByRole('link', { name: "Liam O'Brien approved your request to join Events Management" }).click();
  await staff.page.waitForURL(/\/community\?community=\d+&section=overview&item=\d+$/);
  await staff.page.getByRole('heading', { name: 'Events Management' }).first().waitFor();
  // It lands on my membership there, now active, with focus.
  const mine = staff.page.getByRole('region', { name: 'My membership' });
  await mine.getByText(/You're a (core|wider) member of this community\./).waitFor();
  await staff.page.waitForFunction(() => document.activeElement?.getAttribute('aria-labelledby')?.startsWith('community-my-membership'));
  await check(staff.page, 'member-followed-link');
  await staff.context.close();
});

test("a suggestion: POD follows the notification from the bell to the suggestion, highlighted in the console's queue", async () => {
  const title = 'Bid writers circle';
  const staff = await h.pageAs(STAFF);
  await staff.page.goto(`${h.emulator.origin}/`);
  await staff.page.getByRole('button', { name: 'Suggest a community or network' }).click();
  const panel = staff.page.getByRole('dialog', { name: 'Suggest a community or network' });
  await panel.getByRole('textbox', { name: 'Name' }).fill(title);
  await panel.getByRole('textbox', { name: 'What is it about?' }).fill('People who write bids, sharing templates and lessons.');
  await panel.getByRole('radio', { name: 'An idea for a new community' }).check();
  // POD is told after SharePoint accepted the suggestion, a moment later: stay on the page till Graph has it.
  const sent = staff.page.waitForResponse((r) => /\/teamwork\/sendActivityNotification/.test(r.url()) && r.status() < 300);
  await panel.getByRole('button', { name: 'Send suggestion' }).click();
  await staff.page.getByText(`Thank you. The POD team will look at your suggestion "${title}".`).waitFor();
  await sent;
  await staff.context.close();

  const pod = await h.pageAs(POD);
  await pod.page.goto(`${h.emulator.origin}/`);
  const feed = await openFeed(pod.page);
  const told = feed.getByRole('link', { name: `Alex Adams suggested a community: ${title}` });
  await told.waitFor();
  assert.match(String(await told.getAttribute('href')), /^\/admin\?suggestion=\d+$/);
  await told.click();
  await pod.page.waitForURL(/\/admin\?suggestion=\d+$/);
  // The console opens on Queues, with that suggestion's row marked and focused.
  assert.equal(await pod.page.getByRole('tab', { name: 'Queues' }).getAttribute('aria-selected'), 'true');
  const queue = pod.page.getByRole('grid', { name: 'New suggestions' });
  const row = queue.locator('[role="row"][aria-current="true"]');
  await row.getByText(title).waitFor();
  assert.equal(await row.count(), 1, 'one row is marked');
  await pod.page.waitForFunction(() => document.activeElement?.getAttribute('aria-current') === 'true');
  await check(pod.page, 'pod-followed-suggestion');
  await pod.context.close();
});
