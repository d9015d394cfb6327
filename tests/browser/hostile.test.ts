/**
 * Hostile data in a real browser (threats H1, H2, H5 in tests/security/README.md): a community and a
 * resource whose text carries script and HTML payloads and whose links are script, data and
 * other-host addresses, written straight into the lists by REST, then every workbench page opened
 * as staff, and the directory opened from a shared link with a script in its search. Nothing runs
 * (no alert, no flag set), no element is made from the payloads, and no script link is rendered.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { Rest, listPath } from '../security/helpers.ts';
import { startHarness, type Harness } from './harness.ts';

const STAFF = 'sam.taylor@cophub.example';
const POD = 'priya.desai@cophub.example';
const SCRIPT = ['java', 'script:'].join('');
const TITLE = '<img src=x onerror="window.__pwned=1">Risk & <b>Events</b> مجتمع 🎉';
let h: Harness;
let communityId: number;

before(async () => {
  h = await startHarness();
  const pod = new Rest(h.emulator, POD);
  const added = await pod.post(`${listPath('communities')}/items`, {
    Title: TITLE,
    PracticeArea: '<svg onload="window.__pwned=2">',
    CopStatus: 'launched',
    JoinPolicy: 'open',
    Domain: '<script>window.__pwned=3</script>Planning events safely',
    Rhythm: '<iframe src="https://evil.example"></iframe>',
    TeamsUrl: { Url: `${SCRIPT}window.__pwned=4`, Description: 'Team' },
    SiteUrl: { Url: '/\\evil.example/x', Description: 'Site' },
  });
  communityId = added.body.Id as number;
  // Written by the POD team (members add only inside setup's community folders) and approved, so every reader gets them.
  for (const url of [`${SCRIPT}window.__pwned=5`, 'data:text/html,<script>window.__pwned=6</script>']) {
    const r = await pod.post(`${listPath('resources')}/items`, {
      Title: `<img src=y onerror="window.__pwned=7">${url.slice(0, 4)}`,
      CommunityId: communityId,
      ResourceType: 'link',
      ResourceUrl: { Url: url, Description: 'x' },
    });
    assert.equal(r.status, 201);
    assert.equal((await pod.merge(`${listPath('resources')}/items(${r.body.Id as number})`, { OData__ModerationStatus: 0 })).status, 204);
  }
});
after(async () => {
  await h?.close();
});

/** Opens a page, fails on any dialog, and returns what a payload could have done. */
async function visit(
  path: string,
  ready: (page: Page) => Promise<unknown>,
): Promise<{ pwned: unknown; injected: number; scriptLinks: string[]; text: string }> {
  const { page, context } = await h.pageAs(STAFF);
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(`${h.emulator.origin}${path}`);
  await ready(page);
  await page.waitForTimeout(300); // an onerror handler would have fired by now
  const result = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    injected: document.querySelectorAll('img[src="x"], img[src="y"], svg[onload], iframe[src*="evil"], [onerror], [onload]').length,
    scriptLinks: Array.from(document.querySelectorAll('a[href]'))
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => /^\s*(javascript|data|vbscript):|^\/[\\/]/i.test(href)),
    text: document.body.innerText,
  }));
  await context.close();
  assert.deepEqual(dialogs, [], `${path}: a dialog opened`);
  return result;
}

test('the directory shows the payloads as text, with no script link', async () => {
  // Searched for, as a person would find it: titles sort by their words, so a leading tag no longer puts it first.
  const r = await visit('/?cop-q=Risk', (p) => p.getByRole('list', { name: 'Communities', exact: true }).waitFor());
  assert.equal(r.pwned, undefined);
  assert.equal(r.injected, 0);
  assert.deepEqual(r.scriptLinks, []);
  assert.ok(r.text.includes('<img src=x onerror="window.__pwned=1">Risk & <b>Events</b> مجتمع 🎉'), 'the title reads as typed');
  assert.ok(r.text.includes('<script>window.__pwned=3</script>Planning events safely'));
});

test('a shared link with a script in its search is only a search', async () => {
  const q = encodeURIComponent('<img src=x onerror="window.__pwned=8">');
  const r = await visit(`/?cop-q=${q}&cop-area=${q}`, (p) => p.getByRole('searchbox', { name: 'Search communities' }).waitFor());
  assert.equal(r.pwned, undefined);
  assert.equal(r.injected, 0);
});

test('community home shows the hostile community and its resources inertly', async () => {
  const r = await visit(`/community?community=${communityId}`, async (p) => {
    await p.getByRole('tab', { name: 'Shared repertoire' }).click();
    await p.getByText('<img src=y onerror="window.__pwned=7">java', { exact: false }).first().waitFor();
  });
  assert.equal(r.pwned, undefined);
  assert.equal(r.injected, 0);
  assert.deepEqual(r.scriptLinks, []);
  assert.ok(r.text.includes('<b>Events</b>'), 'the community is shown, its markup as text');
});

test('my communities stays inert', async () => {
  const r = await visit('/my', (p) => p.getByRole('heading').first().waitFor());
  assert.equal(r.pwned, undefined);
  assert.equal(r.injected, 0);
  assert.deepEqual(r.scriptLinks, []);
});
