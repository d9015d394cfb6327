/**
 * The shared repertoire under the approval rule (issue 21), as people use it against the emulator's
 * demo data: Sam adds a resource to Data and Insight and sees it waiting for approval (others don't see
 * it yet); its gardener Daniel sees it waiting on the community home and approves it (by direct REST:
 * the community home has no approve action for resources yet); Sam edits it (the edit waits again) and
 * removes it after a confirmation naming it. Every state gets axe and a screenshot.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createServices } from '../../src/data/factory.ts';
import type { Community } from '../../src/domain/models.ts';
import { listPath, Rest } from '../security/helpers.ts';
import { RESULTS, startHarness, type Harness, screenChecks } from './harness.ts';
import type { CopServices } from '../../src/domain/services.ts';

const D = '@cophub.example';
const STAFF = `sam.taylor${D}`;
const STAFF2 = `alex.adams${D}`;
const GARDENER = `daniel.novak${D}`;
const TITLE = 'Dashboard review checklist';
const EDITED = 'Dashboard review checklist (with accessibility)';
let h: Harness;
let data: Community;

const as = (upn: string): CopServices =>
  createServices({ kind: 'url', siteUrl: h.emulator.siteUrl, graphUrl: h.emulator.graphUrl, headers: { 'X-Emulator-User': upn } });
const titlesSeenBy = async (upn: string): Promise<string[]> => (await as(upn).content.resources(data.id)).map((r) => r.title);

before(async () => {
  h = await startHarness();
  const found = (await as(STAFF).communities.all()).find((c) => c.title === 'Data and Insight');
  assert.ok(found && found.gardeners.some((g) => g.email === GARDENER), 'Daniel gardens Data and Insight in the demo data');
  data = found;
});
after(async () => {
  await h?.close();
  console.log(`Repertoire screenshots: ${join(RESULTS, 'repertoire-*.png')}`);
});

const check = screenChecks('repertoire');

async function openRepertoire(upn: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, context } = await h.pageAs(upn);
  await page.goto(`${h.emulator.origin}/community?community=${data.id}`);
  await page.getByRole('tab', { name: 'Shared repertoire' }).click();
  await page.getByRole('button', { name: 'Add a resource' }).waitFor();
  return { page, close: () => context.close() };
}

/** The list item of a resource, by its link's name. */
const itemOf = (page: Page, title: string): Locator =>
  page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });

test(
  'a member adds a resource, sees it waiting, its gardener sees it to approve, and the member edits and removes it',
  { timeout: 180_000 },
  async () => {
    // Sam adds it: it waits for the gardener, seen by Sam and the gardeners only.
    const sam = await openRepertoire(STAFF);
    await sam.page.getByRole('button', { name: 'Add a resource' }).click();
    await sam.page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await sam.page.getByRole('combobox', { name: /^Type of resource/ }).click();
    await sam.page.getByRole('option', { name: 'Template' }).click();
    await sam.page.getByRole('textbox', { name: 'Link' }).fill('https://example.com/dashboard-review');
    await sam.page.getByRole('button', { name: 'Add resource' }).click();
    await sam.page
      .getByText(
        `Added \u201c${TITLE}\u201d. It waits for this community's gardener to approve it; until then only you and the gardeners see it.`,
      )
      .waitFor();
    await itemOf(sam.page, TITLE).getByText('Waiting for approval').waitFor();
    await check(sam.page, 'added-waiting');
    assert.ok(!(await titlesSeenBy(STAFF2)).includes(TITLE), 'other staff do not see it yet');
    await sam.close();

    // Daniel, its gardener, sees it waiting on the community home: nothing of Sam's to edit or remove.
    const daniel = await openRepertoire(GARDENER);
    const waiting = itemOf(daniel.page, TITLE);
    await waiting.getByText('Waiting for approval').waitFor();
    assert.equal(await waiting.getByRole('button').count(), 0, "no Edit or Remove on someone else's resource");
    await check(daniel.page, 'gardener-sees-waiting');
    const id = (await as(GARDENER).content.resources(data.id)).find((r) => r.title === TITLE)?.id;
    assert.ok(id);
    const approved = await new Rest(h.emulator, GARDENER).send('MERGE', `${listPath('resources')}/items(${id})`, {
      OData__ModerationStatus: 0,
    });
    assert.equal(approved.status, 204);
    await daniel.page.reload();
    await daniel.page.getByRole('tab', { name: 'Shared repertoire' }).click();
    await itemOf(daniel.page, TITLE).waitFor();
    assert.equal(await itemOf(daniel.page, TITLE).getByText('Waiting for approval').count(), 0, 'approved');
    await daniel.close();
    assert.ok((await titlesSeenBy(STAFF2)).includes(TITLE), 'approved: everyone sees it');

    // Sam edits it in the same form, prefilled; the edit waits again while others keep the approved one.
    const again = await openRepertoire(STAFF);
    const mine = itemOf(again.page, TITLE);
    assert.equal(await mine.getByText('Waiting for approval').count(), 0);
    await again.page.getByRole('button', { name: `Edit \u201c${TITLE}\u201d` }).click();
    const titleBox = again.page.getByRole('textbox', { name: 'Title' });
    assert.equal(await titleBox.inputValue(), TITLE);
    await titleBox.fill('');
    await again.page.getByRole('button', { name: 'Save changes' }).click();
    await again.page.getByText('Check the fields marked below.').waitFor();
    await check(again.page, 'edit-invalid');
    await titleBox.fill(EDITED);
    await again.page.getByRole('button', { name: 'Save changes' }).click();
    await again.page.getByText(`Saved your changes to \u201c${EDITED}\u201d.`, { exact: false }).waitFor();
    await itemOf(again.page, EDITED).getByText('Waiting for approval').waitFor();
    await again.page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, `Edit \u201c${EDITED}\u201d`);
    await check(again.page, 'edited-waiting');
    assert.ok(
      (await titlesSeenBy(STAFF2)).includes(TITLE) && !(await titlesSeenBy(STAFF2)).includes(EDITED),
      'others keep the approved version',
    );

    // Sam removes it: a confirmation naming it, then it is gone for everyone.
    await again.page.getByRole('button', { name: `Remove \u201c${EDITED}\u201d` }).click();
    const dialog = again.page.getByRole('alertdialog', { name: 'Remove this resource?' });
    await dialog.getByText(`\u201c${EDITED}\u201d leaves the shared repertoire for everyone.`, { exact: false }).waitFor();
    await check(again.page, 'remove-confirm');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await again.page.getByText(`Removed \u201c${EDITED}\u201d from the shared repertoire.`).waitFor();
    await itemOf(again.page, EDITED).waitFor({ state: 'detached' });
    await check(again.page, 'removed');
    await again.close();
    for (const upn of [STAFF, STAFF2, GARDENER]) {
      const titles = await titlesSeenBy(upn);
      assert.ok(!titles.includes(TITLE) && !titles.includes(EDITED), `gone for ${upn}`);
    }
  },
);
