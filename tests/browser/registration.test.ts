/**
 * Registering for a session (issue 17), as people would: Sam opens Student Recruitment's home, whose
 * next session is full (6 places, 8 registered), joins its waiting list for that session and sees
 * his position; one of the people with a place cancels (signed in as them), the first person waiting
 * is confirmed and Sam moves up; Sam cancels too. Axe on every state.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveAttendance } from '../../src/domain/registrations.ts';
import { upcomingSessions } from '../../src/domain/rhythm.ts';
import { communityByTitle, GARDENER_OPEN, servicesAs, SPONSOR, STAFF } from '../security/helpers.ts';
import { axe, describeViolations, RESULTS, startHarness, type Harness, screenChecks } from './harness.ts';
import { join } from 'node:path';

let h: Harness;

before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

const check = screenChecks('registration');

test('Sam joins a full session’s waiting list, moves up when someone with a place cancels, and cancels himself', async () => {
  const recruitment = await communityByTitle(h.emulator, 'Student Recruitment');
  const staff = servicesAs(h.emulator, STAFF);
  const [next] = upcomingSessions(await staff.content.events(recruitment.id), new Date(), 92, 1);
  const title = next.event.title;
  const before = deriveAttendance(await staff.registrations!.forCommunity(recruitment.id), next.event, next.start);
  assert.deepEqual([before.confirmed.length, before.waiting.length], [6, 2], 'the demo fills the next session and two wait');

  const { page, context } = await h.pageAs(STAFF);
  await page.goto(`${h.emulator.origin}/community?community=${recruitment.id}`);
  const sessions = page.getByRole('region', { name: 'Upcoming sessions' });
  const first = sessions.getByRole('listitem').first();
  await first.getByText('Full: registering puts you on the waiting list').waitFor();
  await check(page, 'full');
  await first.getByRole('button', { name: `Join the waiting list for ${title}` }).click();
  await page.getByRole('menuitem', { name: 'This session' }).click();
  await first.getByText('On the waiting list, position 3').waitFor();
  const cancelMine = first.getByRole('button', { name: `Cancel registration for ${title}` });
  assert.ok(await cancelMine.evaluate((b) => b === document.activeElement), 'focus moves to Cancel');
  await check(page, 'waiting');

  // Someone with a place cancels, signed in as themselves.
  const leaving = before.confirmed[0].registrantEmail as string;
  const promoted = before.waiting[0].registrantName;
  const them = await h.pageAs(leaving);
  await them.page.goto(`${h.emulator.origin}/community?community=${recruitment.id}`);
  const theirs = them.page.getByRole('region', { name: 'Upcoming sessions' }).getByRole('listitem').first();
  await theirs.getByText('Registered', { exact: true }).waitFor();
  await theirs.getByRole('button', { name: `Cancel registration for ${title}` }).click();
  await theirs.getByText('Full: registering puts you on the waiting list').waitFor();
  await them.context.close();

  const after = deriveAttendance(await staff.registrations!.forCommunity(recruitment.id), next.event, next.start);
  assert.equal(after.confirmed[5].registrantName, promoted, 'the first person waiting now has the place');

  // Sam sees it on his next visit: one place nearer.
  await page.reload();
  await first.getByText('On the waiting list, position 2').waitFor();
  await check(page, 'moved-up');
  await first.getByRole('button', { name: `Cancel registration for ${title}` }).click();
  await first.getByRole('button', { name: `Join the waiting list for ${title}` }).waitFor();
  await check(page, 'cancelled');
  await context.close();
});

test('Grace registers for the series from My communities, and her standing shows on the community home too', async () => {
  const recruitment = await communityByTitle(h.emulator, 'Student Recruitment');
  const { page, context } = await h.pageAs(GARDENER_OPEN);
  await page.goto(`${h.emulator.origin}/my`);
  const title = 'Student Recruitment: Community meeting';
  const sessions = page.getByRole('list', { name: 'My upcoming sessions' });
  // The next session is full; the one after has places.
  const second = sessions.getByRole('listitem').filter({ hasText: title }).nth(1);
  await second.getByRole('button', { name: `Register for ${title}` }).click();
  await page.getByRole('menuitem', { name: 'Every session in the series' }).click();
  await second.getByText('Registered', { exact: true }).waitFor();
  await second.getByRole('button', { name: `Cancel registration for the series: ${title}` }).waitFor();
  await check(page, 'my-communities');
  // A series registration counts for every session that has room: the home says so for the later sessions.
  await page.goto(`${h.emulator.origin}/community?community=${recruitment.id}`);
  const home = page.getByRole('region', { name: 'Upcoming sessions' }).getByRole('listitem');
  await home.nth(1).getByText('Registered', { exact: true }).waitFor();
  await home
    .first()
    .getByText(/^On the waiting list, position \d+$/)
    .waitFor();
  await context.close();
});

test('Grace, its gardener, sees who is coming (and downloads it), then records who came to a recent session, a walk-in and the story', async () => {
  const recruitment = await communityByTitle(h.emulator, 'Student Recruitment');
  const { page, context } = await h.pageAs(GARDENER_OPEN);
  await page.goto(`${h.emulator.origin}/community?community=${recruitment.id}`);
  const sessions = page.getByRole('region', { name: 'Upcoming sessions' });
  await sessions
    .getByRole('button', { name: /^Who's coming to Student Recruitment: Community meeting/ })
    .first()
    .click();
  await sessions.getByText('Registered (6)').waitFor();
  await sessions.getByText(/^Waiting list \(\d+\)$/).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    sessions.getByRole('button', { name: 'Download CSV of who is coming to Student Recruitment: Community meeting' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^Student-Recruitment-Community-meeting-\d{4}-\d{2}-\d{2}\.csv$/);
  await check(page, 'roster');

  const recent = page.getByRole('region', { name: 'Recent sessions' });
  await recent
    .getByRole('button', { name: /^Attendance and notes for / })
    .first()
    .click();
  const form = recent.getByRole('form').first();
  await form.getByRole('textbox', { name: 'Add a walk-in: name' }).fill('Sam');
  await form.getByRole('button', { name: 'Find' }).click();
  await form.getByRole('button', { name: 'Add Sam Taylor' }).click();
  await form.getByRole('checkbox', { name: 'Sam Taylor (walk-in)' }).waitFor();
  await form.getByRole('textbox', { name: 'What was discussed' }).fill('Open day run sheets <script>alert(1)</script>');
  await form.getByRole('button', { name: 'Save attendance and notes' }).click();
  await form.getByText('Attendance and notes saved.').waitFor();
  await form.getByRole('button', { name: 'Add to the shared repertoire as a story' }).click();
  await form.getByText(/^Added to the shared repertoire as a story/).waitFor();
  await check(page, 'attendance');
  await context.close();

  const records = await servicesAs(h.emulator, STAFF).sessionRecords!.ofCommunity(recruitment.id);
  assert.equal(records.length, 1);
  assert.deepEqual(
    records[0].attendees.map((p) => p.email.toLowerCase()),
    [STAFF],
  );
  assert.match(records[0].storyUrl ?? '', /section=repertoire&resource=\d+$/);
});

test('Sam, recorded as a walk-in, gives feedback and changes it; Grace sees the summary', async () => {
  const recruitment = await communityByTitle(h.emulator, 'Student Recruitment');
  const sam = await h.pageAs(STAFF);
  await sam.page.goto(`${h.emulator.origin}/community?community=${recruitment.id}`);
  await sam.page.getByRole('button', { name: 'Give feedback on a session you attended' }).click();
  const form = sam.page.getByRole('form', { name: /^Your feedback on Student Recruitment: Community meeting/ });
  await form.getByRole('button', { name: 'Send feedback' }).click();
  await form.getByText('Choose a rating from 1 to 5.').waitFor();
  await form.getByRole('radio', { name: '5' }).check({ force: true });
  await form.getByRole('textbox', { name: 'Comment (optional)' }).fill('Great run sheets');
  await form.getByRole('button', { name: 'Send feedback' }).click();
  await form.getByText(/your feedback is saved/).waitFor();
  await form.getByRole('radio', { name: '4' }).check({ force: true });
  await form.getByRole('button', { name: 'Change my feedback' }).click();
  await form.getByText(/your feedback is saved/).waitFor();
  await check(sam.page, 'feedback');
  await sam.context.close();

  const { page, context } = await h.pageAs(GARDENER_OPEN);
  await page.goto(`${h.emulator.origin}/community?community=${recruitment.id}`);
  const recent = page.getByRole('region', { name: 'Recent sessions' });
  await recent
    .getByRole('button', { name: /^Attendance and notes for / })
    .first()
    .click();
  await recent.getByText('Average rating 4 out of 5, from 1 attendees').waitFor();
  await recent.getByText('Sam Taylor (4 out of 5): Great run sheets').waitFor();
  await check(page, 'feedback-summary');
  await context.close();

  // Its sponsor sees who came in the report: one person, new to its sessions.
  const sponsor = await h.pageAs(SPONSOR);
  await sponsor.page.goto(`${h.emulator.origin}/community?community=${recruitment.id}`);
  await sponsor.page.getByRole('tab', { name: 'Sponsor report' }).click();
  const report = sponsor.page.getByRole('article', { name: 'Student Recruitment: sponsor report' });
  await report.getByText('1 person attended (1 for the first time).').waitFor();
  await report.getByText(/^Sessions held: \d+ of the \d+ its rhythm asks for\.$/).waitFor();
  await check(sponsor.page, 'sponsor-report');
  await sponsor.context.close();
});

test('the sessions with Register, the waiting list and Cancel at 320 px in light, dark and high contrast: axe clean, nothing scrolls sideways', async () => {
  const recruitment = await communityByTitle(h.emulator, 'Student Recruitment');
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    const context = await h.browser.newContext({
      viewport: { width: 320, height: 900 },
      colorScheme: theme === 'light' ? 'light' : 'dark',
      forcedColors: theme === 'contrast' ? 'active' : 'none',
    });
    await context.addCookies([{ name: 'emulator-user', value: STAFF, url: h.emulator.origin }]);
    const page = await context.newPage();
    await page.goto(`${h.emulator.origin}/community?community=${recruitment.id}`);
    const sessions = page.getByRole('region', { name: 'Upcoming sessions' });
    await sessions.getByText('Full: registering puts you on the waiting list').waitFor();
    await sessions
      .getByRole('button', { name: /^Register for / })
      .first()
      .waitFor();
    await page.screenshot({ path: join(RESULTS, `registration-320-${theme}.png`), fullPage: true });
    // In forced colours the browser paints its own colours: axe's contrast rule does not apply (as in looks.test.ts).
    const found = await axe(page, theme === 'contrast' ? ['color-contrast'] : []);
    assert.equal(found.length, 0, `${theme}: ${describeViolations(found)}`);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(sideways <= 0, `${theme}: the page scrolls ${sideways} px sideways`);
    await context.close();
  }
});

test('Sam registers for the POD team’s insights session from the directory’s “Learn about communities of practice”, and sees it in My communities', async () => {
  const staff = servicesAs(h.emulator, STAFF);
  const insights = (await staff.content.hubEvents!()).find((e) => e.recurrence);
  assert.ok(insights, 'the demo has the hub’s insights series');
  const { page, context } = await h.pageAs(STAFF);
  await page.goto(`${h.emulator.origin}/`);
  const hub = page.getByRole('region', { name: 'Learn about communities of practice' });
  const first = hub.getByRole('listitem').first();
  await first.getByText(insights.title, { exact: true }).waitFor();
  await first.getByText('26 places left').waitFor();
  await check(page, 'hub-directory');
  await first.getByRole('button', { name: `Register for ${insights.title}` }).click();
  await page.getByRole('menuitem', { name: 'This session' }).click();
  await first.getByText('Registered', { exact: true }).waitFor();
  await check(page, 'hub-registered');
  const [next] = upcomingSessions([insights], new Date(), 92, 1);
  const mine = deriveAttendance(await staff.registrations!.forHub!(), insights, next.start).confirmed.filter(
    (r) => r.registrantEmail?.toLowerCase() === STAFF.toLowerCase(),
  );
  assert.equal(mine.length, 1, 'one registration, his, in the hub’s folder');
  assert.equal(mine[0].folderCommunityId, 0);

  await page.goto(`${h.emulator.origin}/my`);
  const inMine = page.getByRole('region', { name: 'Learn about communities of practice' }).getByRole('listitem').first();
  await inMine.getByText('Registered', { exact: true }).waitFor();
  await inMine.getByRole('button', { name: `Cancel registration for ${insights.title}` }).click();
  await inMine.getByText('26 places left').waitFor();
  await check(page, 'hub-my-communities');
  await context.close();
});
