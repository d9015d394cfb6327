/**
 * A forming community's own page (issue 21): it says the community is forming, with its founding
 * progress as the directory shows it, and takes a member of staff's founding pledge. Axe and a
 * screenshot before and after.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createServices } from '../../src/data/factory.ts';
import { RESULTS, startHarness, type Harness, screenChecks } from './harness.ts';
import type { CopServices } from '../../src/domain/services.ts';

const STAFF = 'sam.taylor@cophub.example';
let h: Harness;

const as = (upn: string): CopServices =>
  createServices({ kind: 'url', siteUrl: h.emulator.siteUrl, graphUrl: h.emulator.graphUrl, headers: { 'X-Emulator-User': upn } });

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
  console.log(`Forming screenshots: ${join(RESULTS, 'forming-*.png')}`);
});

const check = screenChecks('forming');

describe("a forming community's page", () => {
  test('says it is forming, with its progress, and takes a pledge from a member of staff', async () => {
    const staff = as(STAFF);
    const mine = await staff.memberships.mine();
    const forming = (await staff.communities.all()).find(
      (c) => c.status === 'forming' && !mine.some((m) => m.communityId === c.id && m.status !== 'left'),
    );
    assert.ok(forming, 'a forming community this person has not pledged to');
    const before = (await staff.memberships.counts([forming]))[forming.id]?.pledged ?? 0;

    const { page, context } = await h.pageAs(STAFF);
    await page.goto(`${h.emulator.origin}/community?community=${forming.id}`);
    await page.getByText(/This community is forming/).waitFor();
    const bar = page.getByRole('progressbar', { name: `Founding members of ${forming.title}` });
    if (forming.foundingTarget) {
      await bar.waitFor();
      assert.equal(await bar.getAttribute('aria-valuetext'), `${before} of ${forming.foundingTarget} founding members`);
    }
    assert.equal(await page.getByRole('button', { name: 'Join as core member' }).count(), 0);
    await check(page, 'page');

    await page.getByRole('button', { name: `Pledge as a founding member of ${forming.title}` }).click();
    await page.getByText(`Thank you for pledging to help found ${forming.title}.`).waitFor();
    if (forming.foundingTarget) {
      await page.waitForFunction(
        ([name, text]) => document.querySelector(`[role=progressbar][aria-label="${name}"]`)?.getAttribute('aria-valuetext') === text,
        [`Founding members of ${forming.title}`, `${before + 1} of ${forming.foundingTarget} founding members`],
      );
    }
    // SharePoint holds the pledge: an interested core membership of this person.
    const pledge = (await staff.memberships.mine()).find((m) => m.communityId === forming.id && m.status !== 'left');
    assert.equal(pledge?.status, 'interested');
    assert.equal((await staff.memberships.counts([forming]))[forming.id]?.pledged, before + 1);
    await check(page, 'pledged');
    await context.close();
  });
});
