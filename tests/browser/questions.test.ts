/**
 * Ask the community (issue 16), as people use it against the emulator's demo data, switching identity
 * as each person: Sam asks in Appraisals and Inductions and, before posting, sees the answered question
 * like his (Data and Insight's, found through hub search) first; he invites the colleague CoP Hub
 * suggests for his topic, from across the hub; that colleague follows the invitation in their Teams
 * activity feed to the question and answers; Sam accepts the answer; Mei,
 * the community's gardener, hides it with a reason, which its author reads. Axe on every state, and the
 * section with the ask form at 320 px in light, dark and high contrast without sideways scroll.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Community } from '../../src/domain/models.ts';
import { rankHelpers } from '../../src/domain/questionRouting.ts';
import { communityByTitle, GARDENER_APPRAISALS, servicesAs, STAFF } from '../security/helpers.ts';
import { narrowChecks, RESULTS, screenChecks, startHarness, themedPageAs, THEMES, type Harness } from './harness.ts';

let h: Harness;
let appraisals: Community;
const TOPIC = 'Power BI';
const TITLE = 'Where can I find last year’s applications data for a report?';

before(async () => {
  h = await startHarness();
  appraisals = await communityByTitle(h.emulator, 'Appraisals and Inductions');
  assert.ok(
    appraisals.gardeners.some((g) => g.email.toLowerCase() === GARDENER_APPRAISALS),
    'Mei gardens Appraisals and Inductions in the demo data',
  );
});
after(async () => {
  await h?.close();
  console.log(`Questions screenshots: ${join(RESULTS, 'questions-*.png')}`);
});

const check = screenChecks('questions');

async function openQuestions(page: Page, item?: number): Promise<void> {
  await page.goto(`${h.emulator.origin}/community?community=${appraisals.id}&section=questions${item ? `&item=${item}` : ''}`);
  await page.getByRole('heading', { name: 'Questions', level: 3 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[role="status"][aria-label="Loading…"]'));
}

test(
  'ask, see an answered one like it first, invite a colleague who answers, accept it, and a gardener hides it',
  { timeout: 240_000 },
  async () => {
    // Who CoP Hub will suggest first for the topic: ranked as the form ranks them, from across the hub.
    const found = await servicesAs(h.emulator, STAFF).questions!.helpers([TOPIC]);
    const me = await servicesAs(h.emulator, STAFF).people.me();
    const [first] = rankHelpers([TOPIC], found, { communityId: appraisals.id, excludeIds: [me.id] });
    assert.ok(first, `the demo has someone who can help with ${TOPIC}`);
    const helper = first.person;

    const sam = await h.pageAs(STAFF);
    await sam.page.goto(`${h.emulator.origin}/community?community=${appraisals.id}`);
    await sam.page.getByRole('tab', { name: 'Questions' }).waitFor();
    await sam.page.waitForLoadState('networkidle');
    // Opening the section: at most two requests (its questions and their answers), whatever the home read before.
    const reads: string[] = [];
    const onRequest = (r: { url(): string }): void => {
      const url = r.url();
      if (url.includes('/_api/') || url.startsWith(h.emulator.graphUrl)) reads.push(url);
    };
    sam.page.on('request', onRequest);
    await sam.page.getByRole('tab', { name: 'Questions' }).click();
    await sam.page.getByText('No questions yet. Be the first to ask.').waitFor();
    await sam.page.waitForLoadState('networkidle');
    sam.page.off('request', onRequest);
    console.log(`Opening Questions: ${reads.length} requests`);
    assert.ok(reads.length >= 1 && reads.length <= 2, `opening Questions made ${reads.length} requests: ${reads.join(', ')}`);
    await sam.page.getByRole('button', { name: 'Ask a question' }).click();
    const form = sam.page.getByRole('form', { name: 'Ask the community' });
    await form.getByRole('textbox', { name: /Your question/ }).fill(TITLE);
    const similar = form.getByRole('region', { name: 'Already answered, and maybe what you need' });
    const links = similar.getByRole('link');
    await links.first().waitFor();
    assert.equal(
      await links.first().textContent(),
      'Where do we find last year’s applications data?',
      'the answered one like it comes first',
    );
    await similar
      .getByText(/in Data and Insight/)
      .first()
      .waitFor();

    await form.getByRole('textbox', { name: /Add topic/ }).fill(TOPIC);
    await form.getByRole('textbox', { name: /Add topic/ }).press('Enter');
    const colleagues = form.getByRole('region', { name: 'Colleagues who can help' });
    const invite = colleagues.getByRole('checkbox', { name: `Invite ${helper.displayName}` });
    await invite.waitFor();
    await check(sam.page, 'asking');
    // Fluent's checkbox is its label: a person clicks the words.
    await colleagues.getByText(`Invite ${helper.displayName}`, { exact: true }).click();
    assert.ok(await invite.isChecked(), 'invited');
    await colleagues.getByText('1 of 5 invited').waitFor();
    // A double click on Post leaves one question.
    await form.getByRole('button', { name: 'Post question' }).dblclick();
    await sam.page.getByText(`Your question is posted. Invited: ${helper.displayName}.`).waitFor();
    const asked = (await servicesAs(h.emulator, STAFF).questions!.page(appraisals.id, { kind: 'mine', userId: me.id })).questions.filter(
      (q) => q.title === TITLE,
    );
    assert.equal(asked.length, 1, 'one question');
    const question = asked[0];
    await check(sam.page, 'posted');

    // The colleague answers, signed in as themselves.
    // They were told in Teams: the invitation in their activity feed opens the question, focused.
    const colleague = await h.pageAs(helper.email);
    await colleague.page.goto(`${h.emulator.origin}/`);
    await colleague.page.getByRole('button', { name: 'Activity (Teams activity feed)' }).click();
    const feed = colleague.page.getByRole('dialog', { name: 'Activity' });
    await feed.getByRole('link', { name: `Sam Taylor asked for your help with: ${TITLE}` }).click();
    await colleague.page.waitForURL(new RegExp(`/community\\?community=${appraisals.id}&section=questions&item=${question.id}$`));
    const focused = colleague.page.getByRole('heading', { name: TITLE, level: 4 });
    await colleague.page.waitForFunction(() => document.activeElement?.tagName === 'H4');
    assert.equal(await focused.evaluate((el) => el === document.activeElement), true, 'the question has focus');
    const theirCard = colleague.page.getByRole('article', { name: TITLE });
    await theirCard
      .getByRole('textbox', { name: 'Your answer' })
      .fill('The planning dashboard has it by school: https://example.org/planning. <script>alert(1)</script>');
    await theirCard.getByRole('button', { name: 'Post answer' }).click();
    await theirCard.getByRole('link', { name: 'https://example.org/planning' }).waitFor();
    await theirCard.getByText(/<script>alert\(1\)<\/script>/).waitFor();
    assert.equal(await theirCard.getByRole('button', { name: /Accept the answer/ }).count(), 0, 'the answerer is offered no Accept');
    await check(colleague.page, 'answered');

    // Sam accepts it.
    await openQuestions(sam.page, question.id);
    const samCard = sam.page.getByRole('article', { name: TITLE });
    await samCard.getByRole('button', { name: `Accept the answer by ${helper.displayName}` }).click();
    await samCard.getByText('Accepted answer', { exact: true }).first().waitFor();
    await samCard.getByText('Answered', { exact: true }).waitFor();
    await check(sam.page, 'accepted');
    await sam.context.close();

    // Mei, its gardener, hides the answer with a reason.
    const mei = await h.pageAs(GARDENER_APPRAISALS);
    await openQuestions(mei.page, question.id);
    const meiCard = mei.page.getByRole('article', { name: TITLE });
    await meiCard.getByRole('button', { name: `Hide the answer by ${helper.displayName}` }).click();
    await meiCard.getByRole('textbox', { name: /Why/ }).fill('Links to a dashboard outside the hub; ground rule 4');
    await check(mei.page, 'hiding');
    await meiCard.getByRole('button', { name: 'Hide it' }).click();
    await meiCard.getByRole('button', { name: 'Show again' }).waitFor();
    await meiCard
      .getByText(/Hidden by a gardener: Links to a dashboard outside the hub; ground rule 4\. Only its author and the gardeners see it\./)
      .waitFor();
    await meiCard.getByText('Unanswered', { exact: true }).waitFor();
    await check(mei.page, 'hidden');
    await mei.context.close();

    // Its author reads the reason.
    await colleague.page.reload();
    await colleague.page
      .getByRole('article', { name: TITLE })
      .getByText(/Your answer was hidden by a gardener: Links to a dashboard outside the hub; ground rule 4/)
      .waitFor();
    await check(colleague.page, 'author-reads-reason');
    await colleague.context.close();
  },
);

test(
  'the Questions section with the ask form at 320 px in light, dark and high contrast: axe clean, nothing scrolls sideways',
  { timeout: 180_000 },
  async () => {
    for (const theme of THEMES) {
      const { page, context } = await themedPageAs(h, STAFF, theme, 320);
      await openQuestions(page);
      await page.getByRole('button', { name: 'Ask a question' }).click();
      const form = page.getByRole('form', { name: 'Ask the community' });
      await form.getByRole('textbox', { name: /Your question/ }).fill('Where is the applications data by school?');
      await form.getByRole('textbox', { name: /Add topic/ }).fill(TOPIC);
      await form.getByRole('textbox', { name: /Add topic/ }).press('Enter');
      await form.getByRole('region', { name: 'Colleagues who can help' }).getByRole('checkbox').first().waitFor();
      await form.getByRole('region', { name: 'Already answered, and maybe what you need' }).getByRole('link').first().waitFor();
      await narrowChecks(page, 'questions-320', theme);
      await context.close();
    }
  },
);
