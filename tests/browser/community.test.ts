/**
 * Community home as members use it, against the emulator's demo data: as a Teams tab in each Teams
 * theme and at 320 px, finding a colleague, adding a resource (bad input first), saving an .ics and
 * reading it back with a real iCalendar parser, leaving and rejoining, and a gap on the knowledge
 * map. Then My communities and the site header. Every state gets axe and a screenshot.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { createServices } from '../../src/data/factory.ts';
import type { Community } from '../../src/domain/models.ts';
import { RESULTS, startHarness, type Harness, screenChecks } from './harness.ts';
import type { CopServices } from '../../src/domain/services.ts';

const D = '@cophub.example';
const STAFF = `sam.taylor${D}`;
const POD = `priya.desai${D}`;
const GARDENER = `daniel.novak${D}`;
let h: Harness;
let data: Community;

const as = (upn: string): CopServices =>
  createServices({ kind: 'url', siteUrl: h.emulator.siteUrl, graphUrl: h.emulator.graphUrl, headers: { 'X-Emulator-User': upn } });

before(async () => {
  h = await startHarness();
  const found = (await as(STAFF).communities.all()).find((c) => c.title === 'Data and Insight');
  assert.ok(found?.groupId, 'Data and Insight has a team in the demo data');
  data = found;
});
after(async () => {
  await h?.close();
  console.log(`Community home screenshots: ${join(RESULTS, 'community-*.png')}`);
});

/** Screenshot of a state, and axe on it: nothing serious or critical (in practice: nothing at all). */
const check = screenChecks('community');

async function open(upn: string, path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, context } = await h.pageAs(upn);
  await page.goto(`${h.emulator.origin}${path}`);
  return { page, close: () => context.close() };
}

/** Every skeleton on the page has given way to content. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="status"][aria-label="Loading…"]'));
}

/** The people adapter has swapped every name for MGT's person (photo, presence) in its own tag. */
async function peopleCardsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const people = [...document.querySelectorAll('mgt-cop-hub-person')];
    return people.length > 0 && people.every((p) => !(p.parentElement as HTMLElement).hidden);
  });
}

async function section(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

describe('community home as a Teams tab', () => {
  for (const [theme, canvas] of [
    ['dark', 'rgb(31, 31, 31)'],
    ['contrast', 'rgb(0, 0, 0)'],
    ['default', 'rgb(255, 255, 255)'],
  ] as const) {
    test(`finds its community from the team and follows the ${theme} Teams theme`, async () => {
      const { page, close } = await open(STAFF, `/teams-tab?team=${data.groupId}&theme=${theme}`);
      const title = page.getByRole('heading', { name: 'Data and Insight', exact: true });
      await title.waitFor();
      await page.getByRole('heading', { name: 'Upcoming sessions' }).waitFor();
      const background = await title.evaluate((el) => getComputedStyle(el.closest('article')?.parentElement as Element).backgroundColor);
      assert.equal(background, canvas);
      const text = await title.evaluate((el) => getComputedStyle(el).color);
      assert.equal(text, theme === 'default' ? 'rgb(36, 36, 36)' : 'rgb(255, 255, 255)');
      await check(page, `tab-${theme}`);
      for (const name of ['Members', 'Shared repertoire', 'Knowledge']) {
        await section(page, name);
        await page.getByRole('tabpanel').getByRole('heading').first().waitFor();
        await settled(page);
        if (name === 'Members') await peopleCardsReady(page);
        await check(page, `tab-${theme}-${name.toLowerCase().replace(/\s+/g, '-')}`);
      }
      await close();
    });
  }

  test('fits a 320 px tab without sideways scrolling', async () => {
    const { page, close } = await open(STAFF, `/teams-tab?team=${data.groupId}&theme=dark&width=320`);
    await page.getByRole('heading', { name: 'Upcoming sessions' }).waitFor();
    for (const name of ['Overview', 'Members', 'Shared repertoire', 'Knowledge']) {
      await section(page, name);
      await settled(page);
      const overflow = await page.getByTestId('teams-tab').evaluate((el) => el.scrollWidth - el.clientWidth);
      assert.ok(overflow <= 0, `${name}: the tab scrolls sideways by ${overflow}px`);
    }
    // The knowledge map is a stack of topic cards at this width, not a table of split words.
    const cards = page.getByRole('list', { name: 'Knowledge map' });
    await cards.waitFor();
    assert.equal(await page.getByRole('table', { name: 'Knowledge map' }).count(), 0, 'no table at 320 px');
    const gap = cards.getByRole('listitem').filter({ hasText: 'Gap: nobody here offers this yet' }).first();
    assert.match((await gap.textContent()) ?? '', /Want to learn/);
    for (const card of await cards.getByRole('listitem').all()) {
      const box = await card.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      assert.ok(box.scroll <= box.client, `everything fits its card: ${await card.textContent()}`);
    }
    await check(page, 'tab-320');
    await close();
  });

  test('in a team no community has claimed, staff are told whom to ask and the POD team links it', async () => {
    const team = 'c0ffee00-1111-4222-8333-444455556666';
    const staff = await open(STAFF, `/teams-tab?team=${team}`);
    await staff.page.getByText('Ask the POD team to link this team to its community of practice.').waitFor();
    await check(staff.page, 'tab-unlinked-staff');
    await staff.close();

    const pod = await open(POD, `/teams-tab?team=${team}`);
    await pod.page.getByRole('combobox', { name: /^Community/ }).click();
    await pod.page.getByRole('option', { name: 'Technicians' }).click();
    await pod.page.getByRole('button', { name: 'Link this team' }).click();
    await pod.page.getByText('Linked. This tab now shows Technicians.').waitFor();
    await check(pod.page, 'tab-linked');
    await pod.close();
    assert.equal((await as(STAFF).communities.getByGroupId(team))?.title, 'Technicians');
  });
});

describe('community home as a member uses it', () => {
  test('finds a colleague who can help with a topic', async () => {
    await as(GARDENER).content.saveProfile({
      canHelpWith: ['Power Query', 'Data storytelling'],
      wantsToLearn: [],
      practiceArea: 'Planning and Insight',
    });
    const { page, close } = await open(STAFF, `/community?community=${data.id}`);
    await section(page, 'Knowledge');
    await page.getByRole('searchbox', { name: 'Topic' }).fill('power query');
    const found = page.getByRole('list', { name: 'Find colleagues' });
    await found.getByText('Daniel Novak').waitFor();
    assert.match((await found.getByRole('listitem').filter({ hasText: 'Daniel Novak' }).textContent()) ?? '', /Matched: Power Query/);
    await check(page, 'find-colleagues');
    await close();
  });

  test('sees a gap on the knowledge map once someone wants to learn what nobody offers', async () => {
    const { page, close } = await open(STAFF, `/community?community=${data.id}`);
    // Only members are on the map: join first.
    await page.getByRole('button', { name: 'Join as wider member' }).click();
    await page.getByText("You're a wider member of this community.").waitFor();
    await section(page, 'Knowledge');
    await page.getByRole('textbox', { name: 'I want to learn' }).fill('Quantum forecasting');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved. Colleagues can now find you by these topics.').waitFor();
    const row = page.getByRole('table').getByRole('row').filter({ hasText: 'Quantum forecasting' });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Gap: nobody here offers this yet/);
    assert.match((await row.textContent()) ?? '', /Sam Taylor/);
    await page.getByText(/^Gaps: .*Quantum forecasting/).waitFor();
    await check(page, 'knowledge-gap');
    await close();
  });

  test('adds a resource, with invalid input refused first', async () => {
    const { page, close } = await open(STAFF, `/community?community=${data.id}`);
    await section(page, 'Shared repertoire');
    await page.getByRole('button', { name: 'Add a resource' }).click();
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByText('Check the fields marked below.').waitFor();
    await check(page, 'resource-invalid');
    await page.getByRole('textbox', { name: 'Title' }).fill('Dashboard checklist');
    await page.getByRole('combobox', { name: /^Type of resource/ }).click();
    await page.getByRole('option', { name: 'Template' }).click();
    await page.getByRole('textbox', { name: 'Link' }).fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page
      .getByText(/Link .*http/)
      .first()
      .waitFor();
    await page.getByRole('textbox', { name: 'Link' }).fill('https://example.com/dashboard-checklist');
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page
      .getByText(
        "Added \u201cDashboard checklist\u201d. It waits for this community's gardener to approve it; until then only you and the gardeners see it.",
      )
      .waitFor();
    assert.equal(
      await page.getByRole('link', { name: 'Dashboard checklist' }).getAttribute('href'),
      'https://example.com/dashboard-checklist',
    );
    await close();
    const stored = (await as(GARDENER).content.resources(data.id)).filter((r) => r.title === 'Dashboard checklist');
    assert.deepEqual(
      stored.map((r) => [r.url, r.owner?.email]),
      [['https://example.com/dashboard-checklist', STAFF]],
    );
  });

  test('downloads an .ics for one session and for the series, and both parse back', async () => {
    const { page, close } = await open(STAFF, `/community?community=${data.id}`);
    const add = page.getByRole('button', { name: /^Add to calendar: / }).first();
    await add.waitFor();
    const label = (await add.getAttribute('aria-label')) ?? '';
    const parse = async (item: string): Promise<ICAL.Component> => {
      await add.press('Enter');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
      assert.match(download.suggestedFilename(), /\.ics$/);
      return new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8')));
    };
    const one = (await parse('This session')).getFirstSubcomponent('vevent');
    assert.ok(one);
    const session = new ICAL.Event(one);
    assert.match(label, new RegExp(session.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.equal(session.isRecurring(), false);
    assert.ok(session.startDate.toJSDate().getTime() > Date.now() - 2 * 3600_000, 'the session is upcoming');

    const series = new ICAL.Event((await parse('Every session in the series')).getFirstSubcomponent('vevent')!);
    assert.equal(series.isRecurring(), true);
    assert.equal(series.component.getFirstProperty('dtstart')?.getParameter('tzid'), 'Europe/London');
    // The next occurrences of the series, expanded by ical.js, include the session downloaded alone.
    const it = series.iterator();
    const starts: number[] = [];
    for (let next = it.next(); next && starts.length < 60; next = it.next()) starts.push(next.toJSDate().getTime());
    assert.ok(starts.includes(session.startDate.toJSDate().getTime()), 'the single session is one of the series');
    await close();
  });

  test('leaves a community and joins again, and the member lists follow', async () => {
    const before = (await as(`beth.baker${D}`).memberships.mine()).find((m) => m.communityId === data.id && m.status !== 'left');
    if (before) await as(`beth.baker${D}`).memberships.leave(before);
    const { page, close } = await open(`beth.baker${D}`, `/community?community=${data.id}`);
    await page.getByRole('button', { name: 'Join as core member' }).click();
    await page.getByText(/You're a core member of this community\.|You're already a core member of another community/).waitFor();
    if (await page.getByRole('button', { name: 'Make this my core community' }).isVisible())
      await page.getByRole('button', { name: 'Make this my core community' }).click();
    await page.getByText("You're a core member of this community.").waitFor();
    await section(page, 'Members');
    await page
      .getByRole('list', { name: /^Core members/ })
      .getByText('Beth Baker')
      .first()
      .waitFor();
    await section(page, 'Overview');
    await page.getByRole('button', { name: 'Leave community' }).click();
    await page.getByText(/You left this community/).waitFor();
    await check(page, 'left');
    await section(page, 'Members');
    await page.getByRole('heading', { name: /^Core members/ }).waitFor();
    assert.equal(
      await page
        .getByRole('list', { name: /^Core members/ })
        .getByText('Beth Baker')
        .count(),
      0,
    );
    await section(page, 'Overview');
    await page.getByRole('button', { name: 'Join as wider member' }).click();
    await page.getByText("You're a wider member of this community.").waitFor();
    await close();
    const mine = (await as(`beth.baker${D}`).memberships.mine()).filter((m) => m.communityId === data.id);
    assert.equal(mine.length, 1, 'rejoining reuses the one membership item, keeping its history');
  });
});

describe('changing my mind: withdrawing a request or a pledge, and undoing it', () => {
  /** `upn` has a pending request to join Events Management (an approval community), and nothing else there. */
  async function pendingRequest(upn: string): Promise<Community> {
    const services = as(upn);
    const events = (await services.communities.all()).find((c) => c.title === 'Events Management');
    assert.ok(events, 'Events Management is in the demo data');
    const old = (await services.memberships.mine()).find((m) => m.communityId === events.id && m.status !== 'left');
    if (old) await services.memberships.leave(old);
    const m = await services.memberships.join(events, 'wider');
    assert.equal(m.status, 'pending', 'Events Management asks its gardeners to approve');
    return events;
  }

  test('community home: withdraw my pending request, and undo it', async () => {
    const upn = `kate.kerr${D}`;
    const events = await pendingRequest(upn);
    const { page, close } = await open(upn, `/community?community=${events.id}`);
    await page.getByText("You've asked to join as a wider member; a gardener will reply.").waitFor();
    await page.getByRole('button', { name: 'Withdraw request to join Events Management' }).click();
    await page.getByText('You withdrew your request to join Events Management.').waitFor();
    await page.getByText(/You left this community/).waitFor();
    await check(page, 'request-withdrawn');
    assert.equal((await as(upn).memberships.mine()).find((m) => m.communityId === events.id)?.status, 'left');
    await page.getByRole('button', { name: 'Undo: ask again to join Events Management' }).click();
    await page.getByText('You asked again to join Events Management.').waitFor();
    await page.getByText("You've asked to join as a wider member; a gardener will reply.").waitFor();
    assert.equal((await as(upn).memberships.mine()).find((m) => m.communityId === events.id)?.status, 'pending');
    await close();
  });

  test('My communities: withdraw a pending request and undo it; a pledge asks once, by keyboard', async () => {
    const upn = `joel.joshi${D}`;
    const events = await pendingRequest(upn);
    const hr = (await as(upn).communities.all()).find((c) => c.title === 'Human Resources Administrators');
    assert.ok(hr);
    if (!(await as(upn).memberships.mine()).some((m) => m.communityId === hr.id && m.status === 'interested'))
      await as(upn).memberships.pledge(hr);
    const { page, close } = await open(upn, '/my');
    const waiting = page.getByRole('list', { name: 'Requests and pledges' });
    await waiting.getByText('Events Management').waitFor();
    await check(page, 'my-waiting');

    await waiting.getByRole('button', { name: 'Withdraw request to join Events Management' }).click();
    await page.getByText('You withdrew your request to join Events Management.').waitFor();
    await waiting.getByText('Events Management').waitFor({ state: 'detached' });
    await check(page, 'my-request-withdrawn');
    await page.getByRole('button', { name: 'Undo: ask again to join Events Management' }).click();
    await page.getByText('You asked again to join Events Management.').waitFor();
    await waiting.getByText('Events Management').waitFor();
    assert.equal((await as(upn).memberships.mine()).find((m) => m.communityId === events.id)?.status, 'pending');

    const withdrawPledge = waiting.getByRole('button', { name: 'Withdraw pledge to help found Human Resources Administrators' });
    await withdrawPledge.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('group', { name: 'Withdraw pledge to help found Human Resources Administrators' });
    await confirm.getByText('Human Resources Administrators will have one founding member fewer.', { exact: false }).waitFor();
    await check(page, 'my-pledge-confirm');
    // Focus is on "Keep my pledge"; Shift+Tab to "Withdraw".
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByText('You withdrew your pledge to help found Human Resources Administrators.').waitFor();
    assert.equal((await as(upn).memberships.mine()).find((m) => m.communityId === hr.id)?.status, 'left');
    await page.getByRole('button', { name: 'Undo: pledge again to help found Human Resources Administrators' }).click();
    await waiting.getByText('Human Resources Administrators').waitFor();
    await close();
  });
});

describe('my communities and the site header', () => {
  test('My communities shows my communities, requests and sessions', async () => {
    const { page, close } = await open(`daniel.novak${D}`, '/my');
    await page.getByRole('list', { name: 'My communities' }).waitFor();
    await page.getByRole('heading', { name: 'My upcoming sessions' }).waitFor();
    await check(page, 'my-communities');
    await close();
  });

  test('the site header names the community and my standing', async () => {
    const { page, close } = await open(STAFF, `/site-header?community=${data.id}`);
    const nav = page.getByRole('navigation', { name: 'Community' });
    await nav.getByText("You're a wider member").waitFor();
    assert.ok(await nav.getByRole('link', { name: 'All communities' }).isVisible());
    await check(page, 'site-header');
    await close();
  });
});

describe('people through the adapter', () => {
  test("a member's contact card opens from the members list, with presence and contact details only", async () => {
    const { page, close } = await open(STAFF, `/community?community=${data.id}`);
    await section(page, 'Members');
    await peopleCardsReady(page);
    const leader = page
      .getByRole('list', { name: /^Gardeners/ })
      .locator('mgt-cop-hub-person')
      .first();
    await leader.click();
    const card = page.locator('mgt-cop-hub-person-card');
    await card.getByText('Daniel Novak').first().waitFor();
    await check(page, 'person-card');
    await close();
  });
});
