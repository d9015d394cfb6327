/**
 * The community site header on a forming community's site (issue 21): it says the community is forming,
 * with its pledges against the target, and someone not yet in it is offered the founding pledge, which
 * leads to the community's page where they pledge; back on the site, the bar counts them. Axe on each state.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { communityByTitle, GARDENER_APPRAISALS, GARDENER_EVENTS, GARDENER_OPEN, servicesAs, STAFF, STAFF2 } from '../security/helpers.ts';
import { startHarness, type Harness, screenChecks } from './harness.ts';

let h: Harness;

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

const check = screenChecks('forming-header');

test("a forming community's site header shows its progress and leads to the founding pledge", async () => {
  const forming = await communityByTitle(h.emulator, 'Widening Participation');
  assert.equal(forming.status, 'forming');
  // Someone the demo has not yet put in it.
  let who: string | undefined;
  for (const upn of [STAFF, STAFF2, GARDENER_APPRAISALS, GARDENER_EVENTS, GARDENER_OPEN])
    if (!(await servicesAs(h.emulator, upn).memberships.mine()).some((m) => m.communityId === forming.id)) {
      who = upn;
      break;
    }
  assert.ok(who, 'someone not in Widening Participation');
  const before = (await servicesAs(h.emulator, who).memberships.counts([forming]))[forming.id].pledged;
  const target = forming.foundingTarget;
  assert.ok(target, 'the demo gives it a founding target');

  const { page, context } = await h.pageAs(who);
  await page.goto(`${h.emulator.origin}/site-header?community=${forming.id}`);
  const bar = page.getByRole('navigation', { name: 'Community' });
  await bar.getByText(`Forming: ${before} of ${target} pledges.`).waitFor();
  assert.equal(await bar.getByRole('link', { name: 'Join this community' }).count(), 0);
  await check(page, 'before');
  await bar.getByRole('link', { name: 'Pledge to help found it' }).click();

  const mine = page.getByRole('region', { name: 'My membership' });
  await mine
    .getByRole('button', { name: /pledge/i })
    .first()
    .click();
  await mine
    .getByText(/pledged/i)
    .first()
    .waitFor();

  await page.goto(`${h.emulator.origin}/site-header?community=${forming.id}`);
  await bar.getByText(`Forming: ${before + 1} of ${target} pledges.`).waitFor();
  await bar.getByText("You've pledged as a founding member").waitFor();
  await check(page, 'after');
  await context.close();
});
