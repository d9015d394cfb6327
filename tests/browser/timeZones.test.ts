/**
 * Times in the viewer's time zone (issue 17), as people see them: Sam, who has no regional settings
 * of his own, sees Student Recruitment's next session in the site's zone (London, GMT or BST); he
 * switches the workbench's identity to Chloe, who works from New York and set her own time zone
 * (SharePoint's Eastern Time, id 10), and the same session shows in New York's time with the zone
 * named. The page context comes from the emulator's regional settings; axe on both.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { upcomingSessions } from '../../src/domain/rhythm.ts';
import { DEMO_DOMAIN } from '../../emulator/src/identities.ts';
import { communityByTitle, servicesAs, STAFF } from '../security/helpers.ts';
import { startHarness, type Harness, screenChecks } from './harness.ts';

let h: Harness;

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

const check = screenChecks('time-zones');
const NEW_YORKER = `chloe.dubois@${DEMO_DOMAIN}`;

/**
 * The time in `zone` as a pattern ("0?5:00": en-GB writes 5:00 after a date, 05:00 alone), and the
 * zone's short name ("GMT", "BST", "GMT-5").
 */
function wallClock(d: Date, zone: string): { time: string; name: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).formatToParts(d);
  const part = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return { time: `0?${Number(part('hour'))}:${part('minute')}`, name: part('timeZoneName') };
}

test("a session's time shows in the site's zone, then in the zone of a person who set their own, named", async () => {
  const recruitment = await communityByTitle(h.emulator, 'Student Recruitment');
  const [next] = upcomingSessions(await servicesAs(h.emulator, STAFF).content.events(recruitment.id), new Date(), 92, 1);
  const london = { start: wallClock(next.start, 'Europe/London'), end: wallClock(next.end, 'Europe/London') };
  const newYork = { start: wallClock(next.start, 'America/New_York'), end: wallClock(next.end, 'America/New_York') };
  assert.match(london.end.name, /^(GMT|BST)$/);
  assert.match(newYork.end.name, /^GMT-[45]$/, 'en-GB names New York by its offset');
  assert.notEqual(london.start.time, newYork.start.time);

  const { page, context } = await h.pageAs(STAFF);
  await page.goto(`${h.emulator.origin}/community?community=${recruitment.id}`);
  const first = page.getByRole('region', { name: 'Upcoming sessions' }).getByRole('listitem').first();
  // "Thursday 17 December 2026 at 14:00 to 15:00 GMT": the site's zone, London, and its name.
  await first.getByText(new RegExp(`at ${london.start.time} to ${london.end.time} ${london.end.name}$`)).waitFor();
  // The charter's rhythm in words is on the series' clock, London's, which is his: no zone to name.
  assert.equal(next.event.timeZone, 'Europe/London');
  await page.getByText(new RegExp(`, ${london.start.time} — `)).waitFor();
  await check(page, 'site-zone');

  // Switch identity in the workbench to Chloe, in New York: the page reloads as her.
  await page.getByRole('combobox', { name: 'Signed in as' }).click();
  await page.getByRole('option', { name: /^Chloe Dubois/ }).click();
  await page.waitForLoadState('load');
  const hers = page.getByRole('region', { name: 'Upcoming sessions' }).getByRole('listitem').first();
  await hers.getByText(new RegExp(`at ${newYork.start.time} to ${newYork.end.time} ${newYork.end.name}$`)).waitFor();
  assert.match(await page.getByRole('combobox', { name: 'Signed in as' }).innerText(), /^Chloe Dubois \(gardener\)/);
  assert.equal(await hers.getByText(new RegExp(`at ${london.start.time} to `)).count(), 0, "London's time is not shown to her");
  // The rhythm stays on London's clock, and says so to her.
  await page.getByText(new RegExp(`, ${london.start.time} ${london.start.name} — `)).waitFor();
  await check(page, 'own-zone');
  const cookie = (await context.cookies()).find((c) => c.name === 'emulator-user');
  assert.equal(decodeURIComponent(cookie?.value ?? ''), NEW_YORKER, 'the workbench signed her in');
  await context.close();
});
