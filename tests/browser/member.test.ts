/**
 * The member hears outcomes (issue 21): a gardener declines their request with a reason and the POD
 * team answers their suggestion; My communities shows both, and the declined request stays until
 * the member dismisses it. Every state gets axe and a screenshot.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createServices } from '../../src/data/factory.ts';
import { RESULTS, startHarness, type Harness, screenChecks } from './harness.ts';
import type { CopServices } from '../../src/domain/services.ts';

const D = '@cophub.example';
const MEMBER = `helen.carter${D}`;
const GARDENER = `yusuf.ali${D}`;
const POD = `priya.desai${D}`;
let h: Harness;

const as = (upn: string): CopServices =>
  createServices({ kind: 'url', siteUrl: h.emulator.siteUrl, graphUrl: h.emulator.graphUrl, headers: { 'X-Emulator-User': upn } });

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
  console.log(`Member screenshots: ${join(RESULTS, 'member-*.png')}`);
});

const check = screenChecks('member');

describe('a member hears outcomes in My communities', () => {
  test("sees a declined request with the gardener's reason until dismissing it, and a suggestion's outcome", async () => {
    const research = (await as(MEMBER).communities.all()).find((c) => c.title === 'Research and Innovation Support Network');
    assert.ok(research && research.joinPolicy === 'approval');
    const request = await as(MEMBER).memberships.join(research, 'wider');
    await as(GARDENER).memberships.decide(request, false, 'We are full until the spring intake.');
    const suggestion = await as(MEMBER).content.suggest({
      title: 'Grant writing circle',
      description: 'Peer review of bids.',
      practiceArea: 'Research',
      kind: 'new idea',
    });
    await as(POD).admin.declineSuggestion(suggestion, 'The Research and Innovation Support Network covers bids.');

    const { page, context } = await h.pageAs(MEMBER);
    await page.goto(`${h.emulator.origin}/my`);
    const declined = page.getByRole('list', { name: 'Declined requests' });
    await declined.getByText("The gardener's reason: We are full until the spring intake.").waitFor();
    const mine = page.getByRole('list', { name: 'My suggestions' }).getByRole('listitem').filter({ hasText: 'Grant writing circle' });
    await mine.getByText('Declined', { exact: true }).waitFor();
    await mine.getByText("The POD team's answer: The Research and Innovation Support Network covers bids.").waitFor();
    await check(page, 'outcomes');

    await declined.getByRole('button', { name: 'Dismiss the declined request to Research and Innovation Support Network' }).click();
    await page.getByRole('list', { name: 'My suggestions' }).waitFor();
    await page.waitForFunction(() => !document.body.textContent?.includes('We are full until the spring intake.'));
    assert.deepEqual(await as(MEMBER).content.dismissedRequests(), [request.id]);
    // Kept on the member's own Member Profiles item (WriteSecurity 2), so it survives a reload.
    await page.reload();
    await page.getByRole('list', { name: 'My suggestions' }).waitFor();
    assert.equal(await page.getByRole('list', { name: 'Declined requests' }).count(), 0);
    await check(page, 'dismissed');
    await context.close();
  });
});
