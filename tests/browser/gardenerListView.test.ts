/**
 * The Memberships list view for a gardener (issue 21): Liam, gardener of Events Management, opening the
 * pending requests lands on that community's requests only (SharePoint's own address filter, applied by
 * the command set), not another community's; clearing the filter shows everyone's again and stays
 * cleared; the POD team's view is never filtered. Axe on each state.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveStatus } from '../../src/domain/membershipRules.ts';
import { communityByTitle, GARDENER_EVENTS, POD, servicesAs, STAFF, STAFF2 } from '../security/helpers.ts';
import { startHarness, type Harness, screenChecks } from './harness.ts';

let h: Harness;

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

const check = screenChecks('gardener-list');
const rows = '[role="grid"] [role="row"][aria-selected]';

test("a gardener's list view shows their own community's requests, not everyone's", async () => {
  const [events, appraisals] = await Promise.all(
    ['Events Management', 'Appraisals and Inductions'].map((t) => communityByTitle(h.emulator, t)),
  );
  // A request waiting in each: Sam asks to join Events Management, Alex Appraisals and Inductions.
  for (const [upn, community] of [
    [STAFF, events],
    [STAFF2, appraisals],
  ] as const) {
    const s = servicesAs(h.emulator, upn);
    const mine = (await s.memberships.mine()).find((m) => m.communityId === community.id);
    if (!mine || effectiveStatus(mine, community) !== 'pending') await s.memberships.join(community, 'wider');
  }

  const { page, context } = await h.pageAs(GARDENER_EVENTS);
  await page.goto(`${h.emulator.origin}/lists?list=Memberships&view=Pending%20requests`);
  await page.waitForURL(/FilterField1=Community/);
  await page.getByText('Filtered: Community is Events Management.').waitFor();
  await page.locator(rows).first().waitFor();
  const shown = await page.locator(rows).allTextContents();
  assert.ok(shown.length > 0 && shown.every((r) => r.includes('Events Management')), shown.join('\n'));
  assert.ok(!shown.some((r) => r.includes('Appraisals and Inductions')), 'no other community');
  await check(page, 'filtered');

  await page.getByRole('link', { name: 'Clear filter' }).click();
  await page.getByRole('heading', { name: 'Memberships: Pending requests' }).waitFor();
  await page.locator(rows, { hasText: 'Appraisals and Inductions' }).first().waitFor();
  assert.equal(new URL(page.url()).searchParams.get('FilterField1'), null, 'stays cleared');
  await check(page, 'cleared');
  await context.close();

  const pod = await h.pageAs(POD);
  await pod.page.goto(`${h.emulator.origin}/lists?list=Memberships&view=Pending%20requests`);
  await pod.page.locator(rows, { hasText: 'Appraisals and Inductions' }).first().waitFor();
  await pod.page.locator(rows, { hasText: 'Events Management' }).first().waitFor();
  assert.equal(new URL(pod.page.url()).searchParams.get('FilterField1'), null, "POD's view is not filtered");
  await pod.context.close();
});
