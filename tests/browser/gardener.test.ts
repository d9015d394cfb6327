/**
 * The gardener's tools on the community home (issue 21): Liam, gardener of Events Management, answers
 * a request from its Members section (the confirmation names the person) and the member's request is
 * approved; on a community he doesn't garden, the requests are listed with nothing to act on (and
 * SharePoint refuses him anyway: tests/security/gardener.test.ts). Axe on every state.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveStatus } from '../../src/domain/membershipRules.ts';
import { communityByTitle, GARDENER_EVENTS, servicesAs, STAFF } from '../security/helpers.ts';
import { startHarness, type Harness, screenChecks } from './harness.ts';

let h: Harness;

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

const check = screenChecks('gardener');

test('a gardener approves a request from the community home, and has nothing to act on in another community', async () => {
  const [events, appraisals] = await Promise.all(
    ['Events Management', 'Appraisals and Inductions'].map((t) => communityByTitle(h.emulator, t)),
  );
  const staff = servicesAs(h.emulator, STAFF);
  const request = await staff.memberships.join(events, 'wider');
  assert.equal(effectiveStatus(request, events), 'pending');

  const { page, context } = await h.pageAs(GARDENER_EVENTS);
  await page.goto(`${h.emulator.origin}/community?community=${events.id}&section=members`);
  const waiting = page.getByRole('list', { name: /^Requests and pledges/ });
  const approve = waiting.getByRole('button', { name: "Approve Sam Taylor's request" });
  await approve.waitFor();
  await check(page, 'requests');
  await approve.click();
  const confirm = page.getByRole('alertdialog');
  await confirm.getByRole('list', { name: 'What this acts on' }).getByText('Sam Taylor, wider member of Events Management').waitFor();
  await check(page, 'confirm');
  await confirm.getByRole('button', { name: 'Go ahead' }).click();
  await confirm.getByText('1 succeeded, 0 failed.').waitFor();
  await check(page, 'approved');
  await confirm.getByRole('button', { name: 'Close' }).click();
  await waiting.getByText('Sam Taylor').waitFor({ state: 'detached' });
  const mine = (await staff.memberships.mine()).find((m) => m.id === request.id);
  assert.equal(mine && effectiveStatus(mine, events), 'active', 'SharePoint recorded the approval');

  // Appraisals and Inductions has requests waiting, but Liam doesn't garden it: nothing to act on.
  await page.goto(`${h.emulator.origin}/community?community=${appraisals.id}&section=members`);
  const others = page.getByRole('list', { name: /^Requests and pledges/ });
  await others.getByRole('listitem').first().waitFor();
  assert.equal(await others.getByRole('button').count(), 0, 'no Approve or Decline on another community');
  await check(page, 'another-community');
  await context.close();
});

test('a gardener schedules a session from the community home (a bad time first), and it is listed; staff get no such button', async () => {
  const events = await communityByTitle(h.emulator, 'Events Management');
  const { page, context } = await h.pageAs(GARDENER_EVENTS);
  await page.goto(`${h.emulator.origin}/community?community=${events.id}`);
  const sessions = page.getByRole('region', { name: 'Upcoming sessions' });
  await sessions.getByRole('button', { name: 'Schedule a session' }).click();
  const form = page.getByRole('form', { name: 'Schedule a session' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Event risk clinic');
  await form.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Workshop' }).click();
  // A fortnight from now, at 14:00 for an hour: first given the wrong way round.
  const day = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel('Starts').fill(`${day}T15:00`);
  await form.getByLabel('Ends').fill(`${day}T14:00`);
  await form.getByRole('button', { name: 'Save session' }).click();
  await form.getByText('Ends must be after the start.').waitFor();
  await check(page, 'session-bad-time');
  // Chromium keeps a date-time field's old value unless it is cleared first (a quirk of filling it, not of the form).
  await form.getByLabel('Ends').fill('');
  await form.getByLabel('Ends').fill(`${day}T16:00`);
  await form.getByRole('button', { name: 'Save session' }).click();
  await sessions.getByText('Event risk clinic is scheduled.').waitFor();
  await sessions.getByText('Event risk clinic', { exact: false }).nth(1).waitFor();
  await check(page, 'session-scheduled');
  const listed = (await servicesAs(h.emulator, STAFF).content.events(events.id)).filter((e) => e.title === 'Event risk clinic');
  assert.equal(listed.length, 1, 'SharePoint holds one session, which staff can read');
  await context.close();

  const staff = await h.pageAs(STAFF);
  await staff.page.goto(`${h.emulator.origin}/community?community=${events.id}`);
  await staff.page.getByRole('region', { name: 'Upcoming sessions' }).getByText('Event risk clinic').first().waitFor();
  assert.equal(await staff.page.getByRole('button', { name: 'Schedule a session' }).count(), 0, 'staff are offered no scheduling');
  await staff.context.close();
});
