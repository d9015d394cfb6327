/**
 * Ask the community (issue 16), by direct REST as staff A (the asker), staff B (another member), the
 * community's gardener, another community's gardener and the POD team:
 *
 *   Q1  someone asks for someone else (names another Author), outside a community's folder, or a resent add leaves two questions
 *   Q2  someone edits another person's question or answer (staff, gardeners of this or another community)
 *   Q3  someone who is neither the asker nor that community's gardener accepts an answer
 *   Q4  someone other than that community's gardeners and POD hides or restores a question or answer; the author un-hides by editing
 *   Q5  a question or answer put in another community's folder counts where it claims to be
 *
 * What stops them is SharePoint's: Questions and Answers follow Memberships (members Read at the root,
 * Contribute in the community folders setup makes, WriteSecurity 2, Author set by SharePoint, a
 * unique ClientRequestId), and content approval, which only holders of Approve on the item's folder
 * (its community's gardeners) and the site owners (POD) can set. What the code believes only narrows
 * it (src/domain/questions.ts: counted only in the named community's folder, hidden until restored).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import type { Community } from '../../src/domain/models.ts';
import { rankHelpers } from '../../src/domain/questionRouting.ts';
import { filterQuestions, hiddenReason, isHidden, questionFigures, questionState, type Question } from '../../src/domain/questions.ts';
import { answerFormValues, questionFolder, questionFormValues, toQuestion } from '../../src/data/questionService.ts';
import { ANSWERS, QUESTIONS } from '../../src/schema/lists.ts';
import {
  communityByTitle,
  describe403,
  GARDENER_APPRAISALS,
  GARDENER_EVENTS,
  listPath,
  POD,
  refused,
  Rest,
  servicesAs,
  STAFF,
  STAFF2,
  startDemo,
} from './helpers.ts';

let emu: RunningEmulator;
let appraisals: Community;
let events: Community;
const qItem = (id: number): string => `${listPath('questions')}/items(${id})`;
const aItem = (id: number): string => `${listPath('answers')}/items(${id})`;
const draft = { title: 'How do we induct a new starter remotely?', details: 'Details', topics: ['Inductions'] };

async function fresh(id: number): Promise<Question> {
  const qs = await servicesAs(emu, STAFF2).questions!.page(appraisals.id, { kind: 'all' });
  const q = qs.questions.find((x) => x.id === id);
  if (q) return q;
  // Hidden ones show only to their asker: read the item itself.
  const row = await new Rest(emu, POD).get(
    `${qItem(id)}?$select=Id,Title,Details,Topics,CommunityId,AcceptedAnswer,Created,Modified,FileDirRef,OData__ModerationStatus,OData__ModerationComments,Author/Id,Author/Title,Author/EMail&$expand=Author`,
  );
  return toQuestion(row.body as Record<string, unknown>);
}

async function stateOf(id: number): Promise<string> {
  const q = await fresh(id);
  return questionState(q, await servicesAs(emu, STAFF2).questions!.answersFor([id]));
}

before(async () => {
  emu = await startDemo();
  appraisals = await communityByTitle(emu, 'Appraisals and Inductions');
  events = await communityByTitle(emu, 'Events Management');
});
after(() => emu?.close());

describe('Questions and answers: the author is the Author, and only they edit', { timeout: 90_000 }, () => {
  test('Q1 nobody asks for someone else or outside the folders setup made; a resend leaves one question', async () => {
    const folder = questionFolder(emu.siteUrl, QUESTIONS.url, appraisals.id);
    const sam = (await new Rest(emu, POD).post('/_api/web/ensureuser', { logonName: `i:0#.f|membership|${STAFF}` })).body.Id as number;
    const named = await new Rest(emu, STAFF2).post(`${listPath('questions')}/items`, {
      Title: 'for Sam',
      CommunityId: appraisals.id,
      AuthorId: sam,
    });
    assert.ok(named.status >= 400, `AuthorId on add: ${describe403(named)}`);
    const atRoot = await new Rest(emu, STAFF2).post(`${listPath('questions')}/items`, { Title: 'root', CommunityId: appraisals.id });
    assert.ok(refused(atRoot), `at the root: ${describe403(atRoot)}`);
    const viaForm = await new Rest(emu, STAFF2).addInFolder('questions', folder, [
      ...questionFormValues(appraisals.id, draft),
      { FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${STAFF}` }]) },
    ]);
    assert.equal(viaForm.id, undefined, `Author in form values: ${describe403(viaForm.answer)}`);

    // A resent add with the same key (a lost answer, a double click): SharePoint refuses the copy.
    const key = [{ FieldName: 'ClientRequestId', FieldValue: 'q1-resend-key' }];
    const first = await new Rest(emu, STAFF).addInFolder('questions', folder, [...questionFormValues(appraisals.id, draft), ...key]);
    assert.ok(first.id, describe403(first.answer));
    const again = await new Rest(emu, STAFF).addInFolder('questions', folder, [...questionFormValues(appraisals.id, draft), ...key]);
    assert.equal(again.id, undefined, 'the resend is refused');
    const mine = await servicesAs(emu, STAFF).questions!.page(appraisals.id, { kind: 'all' });
    assert.equal(mine.questions.filter((q) => q.id === first.id).length, 1);
    assert.equal(mine.questions.find((q) => q.id === first.id)?.askerEmail?.toLowerCase(), STAFF);

    // Through the app: one question, Sam's, in the community's folder.
    const asked = await servicesAs(emu, STAFF).questions!.ask(appraisals.id, draft);
    assert.equal(asked.askerEmail?.toLowerCase(), STAFF);
    assert.equal(asked.folderCommunityId, appraisals.id);
    await assert.rejects(
      servicesAs(emu, STAFF).questions!.ask(appraisals.id, { ...draft, title: 'x' }),
      (e: { status?: number; problem?: { rule: string } }) => e.status === 400 && e.problem?.rule === 'titleTooShort',
    );
  });

  test('Q2 nobody edits another person’s question or answer', async () => {
    const q = await servicesAs(emu, STAFF).questions!.ask(appraisals.id, { ...draft, title: 'Q2 question' });
    const a = await servicesAs(emu, STAFF2).questions!.answer(q, 'Use the checklist.');
    assert.equal(a.folderCommunityId, appraisals.id);
    for (const upn of [STAFF2, GARDENER_APPRAISALS, GARDENER_EVENTS]) {
      const edit = await new Rest(emu, upn).merge(qItem(q.id), { Title: `changed by ${upn}` });
      assert.ok(refused(edit), `${upn} edits the question: ${describe403(edit)}`);
      const del = await new Rest(emu, upn).delete(qItem(q.id));
      assert.ok(refused(del), `${upn} deletes the question: ${describe403(del)}`);
    }
    for (const upn of [STAFF, GARDENER_APPRAISALS, GARDENER_EVENTS]) {
      const edit = await new Rest(emu, upn).merge(aItem(a.id), { Body: `changed by ${upn}` });
      assert.ok(refused(edit), `${upn} edits the answer: ${describe403(edit)}`);
    }
    assert.equal((await fresh(q.id)).title, 'Q2 question');
    // Their authors can.
    const edited = await servicesAs(emu, STAFF).questions!.editQuestion(await fresh(q.id), { ...draft, title: 'Q2 question, clearer' });
    assert.equal(edited.title, 'Q2 question, clearer');
    const answer = await servicesAs(emu, STAFF2).questions!.editAnswer(a, 'Use the new checklist.');
    assert.equal(answer.body, 'Use the new checklist.');
  });

  test('Q3 only the asker or that community’s gardener accepts', async () => {
    const q = await servicesAs(emu, STAFF).questions!.ask(appraisals.id, { ...draft, title: 'Q3 question' });
    const a = await servicesAs(emu, STAFF2).questions!.answer(q, 'An answer.');
    // A third party (the answerer, another community's gardener) sets AcceptedAnswer or approves the answer: refused.
    for (const upn of [STAFF2, GARDENER_EVENTS]) {
      const onQuestion = await new Rest(emu, upn).merge(qItem(q.id), { AcceptedAnswer: a.id });
      assert.ok(refused(onQuestion), `${upn} sets AcceptedAnswer: ${describe403(onQuestion)}`);
      const approve = await new Rest(emu, upn).merge(aItem(a.id), { OData__ModerationStatus: 0 });
      assert.ok(approve.status >= 400, `${upn} approves the answer: ${describe403(approve)}`);
    }
    assert.equal(await stateOf(q.id), 'unanswered');
    // The community's gardener accepts (approves the answer).
    await servicesAs(emu, GARDENER_APPRAISALS).questions!.accept(await fresh(q.id), a);
    assert.equal(await stateOf(q.id), 'answered');
    // Its answerer edits it: SharePoint puts it back to pending but keeps the gardener's note, so it stays accepted.
    const [approved] = await servicesAs(emu, STAFF2).questions!.answersFor([q.id]);
    const edited = await servicesAs(emu, STAFF2).questions!.editAnswer(approved, 'An answer, with the link fixed.');
    assert.equal(edited.moderationStatus, 2);
    assert.equal(await stateOf(q.id), 'answered');

    // On another question, the asker accepts on their own question.
    const q2 = await servicesAs(emu, STAFF).questions!.ask(appraisals.id, { ...draft, title: 'Q3 second question' });
    const a2 = await servicesAs(emu, STAFF2).questions!.answer(q2, 'Another answer.');
    assert.equal(await stateOf(q2.id), 'unanswered');
    await servicesAs(emu, STAFF).questions!.accept(await fresh(q2.id), a2);
    assert.equal(await stateOf(q2.id), 'answered');
    // The asker's own item can't name another question's answer to look answered.
    const q3 = await servicesAs(emu, STAFF).questions!.ask(appraisals.id, { ...draft, title: 'Q3 third question' });
    await servicesAs(emu, STAFF).questions!.accept(await fresh(q3.id), a2);
    assert.equal(await stateOf(q3.id), 'unanswered');
  });

  test('Q4 only that community’s gardeners and POD hide or restore, and the author can’t un-hide by editing', async () => {
    const q = await servicesAs(emu, STAFF).questions!.ask(appraisals.id, { ...draft, title: 'Q4 question' });
    const a = await servicesAs(emu, STAFF2).questions!.answer(q, 'An answer to hide.');
    for (const upn of [STAFF, STAFF2, GARDENER_EVENTS]) {
      const hideQ = await new Rest(emu, upn).merge(qItem(q.id), { OData__ModerationStatus: 1, OData__ModerationComments: 'Hidden: by me' });
      assert.ok(hideQ.status >= 400, `${upn} hides the question: ${describe403(hideQ)}`);
      const hideA = await new Rest(emu, upn).merge(aItem(a.id), { OData__ModerationStatus: 1, OData__ModerationComments: 'Hidden: by me' });
      assert.ok(hideA.status >= 400, `${upn} hides the answer: ${describe403(hideA)}`);
    }
    assert.equal(isHidden(await fresh(q.id)), false);

    await servicesAs(emu, GARDENER_APPRAISALS).questions!.hide({ kind: 'question', id: q.id }, 'Breaks ground rule 2');
    const hidden = await fresh(q.id);
    assert.equal(hiddenReason(hidden), 'Breaks ground rule 2');
    // Its gardeners list it with the hidden ones, to restore it.
    assert.ok(
      (await servicesAs(emu, GARDENER_APPRAISALS).questions!.page(appraisals.id, { kind: 'all' }, undefined, true)).questions.some(
        (x) => x.id === q.id,
      ),
    );
    // Other members no longer see it; its asker does, with the reason.
    assert.ok(!(await servicesAs(emu, STAFF2).questions!.page(appraisals.id, { kind: 'all' })).questions.some((x) => x.id === q.id));
    const asker = (await servicesAs(emu, STAFF).questions!.page(appraisals.id, { kind: 'all' })).questions.find((x) => x.id === q.id);
    assert.equal(asker && hiddenReason(asker), 'Breaks ground rule 2');
    // A hidden question takes no answers through the app.
    await assert.rejects(
      servicesAs(emu, STAFF2).questions!.answer(hidden, 'More'),
      (e: { problem?: { rule: string } }) => e.problem?.rule === 'questionHidden',
    );
    // The author edits it: SharePoint puts it back to pending, the reason stays, so it stays hidden.
    await servicesAs(emu, STAFF).questions!.editQuestion(hidden, { ...draft, title: 'Q4 question, edited' });
    const afterEdit = await fresh(q.id);
    assert.equal(afterEdit.moderationStatus, 2);
    assert.equal(isHidden(afterEdit), true);

    await servicesAs(emu, POD).questions!.hide({ kind: 'answer', id: a.id }, 'Off topic');
    assert.equal((await servicesAs(emu, STAFF).questions!.answersFor([q.id])).filter((x) => !isHidden(x)).length, 0);
    // Restored by the POD team: shown again.
    await servicesAs(emu, POD).questions!.restore({ kind: 'question', id: q.id });
    assert.equal(isHidden(await fresh(q.id)), false);
  });

  test('Q5 a question or answer in another community’s folder does not count', async () => {
    const before = questionFigures(
      appraisals.id,
      (await servicesAs(emu, STAFF2).questions!.page(appraisals.id, { kind: 'all' })).questions,
      [],
    );
    // Naming Appraisals but filed in Events Management's folder.
    const stray = await new Rest(emu, STAFF2).addInFolder(
      'questions',
      questionFolder(emu.siteUrl, QUESTIONS.url, events.id),
      questionFormValues(appraisals.id, { ...draft, title: 'Stray question' }),
    );
    assert.ok(stray.id, describe403(stray.answer));
    const page = await servicesAs(emu, STAFF2).questions!.page(appraisals.id, { kind: 'all' });
    assert.ok(!page.questions.some((q) => q.id === stray.id));
    assert.equal(questionFigures(appraisals.id, page.questions, page.answers).asked, before.asked);

    // An answer to an Appraisals question, filed in another folder, neither counts nor can be accepted.
    const q = await servicesAs(emu, STAFF).questions!.ask(appraisals.id, { ...draft, title: 'Q5 question' });
    const a = await new Rest(emu, STAFF2).addInFolder(
      'answers',
      questionFolder(emu.siteUrl, ANSWERS.url, events.id),
      answerFormValues(q, 'Elsewhere'),
    );
    assert.ok(a.id, describe403(a.answer));
    await servicesAs(emu, STAFF).questions!.accept(await fresh(q.id), {
      ...(await servicesAs(emu, STAFF).questions!.answersFor([q.id]))[0],
    });
    assert.equal(await stateOf(q.id), 'unanswered');
    assert.equal(
      filterQuestions(appraisals.id, [await fresh(q.id)], await servicesAs(emu, STAFF).questions!.answersFor([q.id]), { kind: 'answered' })
        .length,
      0,
    );
  });
});

describe('The demo’s questions', { timeout: 60_000 }, () => {
  test('Data and Insight holds one answered question (accepted by its asker) and one with an answer not yet accepted', async () => {
    const data = await communityByTitle(emu, 'Data and Insight');
    const page = await servicesAs(emu, STAFF).questions!.page(data.id, { kind: 'all' });
    assert.equal(page.questions.length, 2);
    assert.deepEqual(
      page.questions.map((q) => questionState(q, page.answers)),
      ['unanswered', 'answered'],
    );
    assert.equal(page.answers.length, 3);
    const figures = questionFigures(data.id, page.questions, page.answers);
    assert.equal(figures.asked, 2);
    assert.equal(figures.answered, 1);
  });
});

describe('Routing a question to who can help', { timeout: 60_000 }, () => {
  test('colleagues across the hub who offer the topic, with the communities they are active in; invitations at most five', async () => {
    const service = servicesAs(emu, STAFF).questions!;
    const found = await service.helpers(['Power BI']);
    assert.ok(found.length > 0, 'the demo has people who can help with Power BI');
    for (const h of found)
      assert.ok(
        h.canHelpWith.some((t) => t.toLowerCase().includes('power bi')),
        h.person.displayName,
      );
    const communities = new Set(found.flatMap((h) => h.communities.map((c) => c.title)));
    assert.ok(communities.size > 1, `from more than one community: ${[...communities].join(', ')}`);
    const ranked = rankHelpers(['Power BI'], found, { communityId: appraisals.id });
    assert.ok(ranked.length > 0 && ranked.length <= 10);
    assert.deepEqual(await service.helpers(['no such topic anywhere']), []);

    const q = await service.ask(appraisals.id, { ...draft, title: 'Routing question', topics: ['Power BI'] });
    const people = ranked.map((h) => h.person);
    if (people.length > 5) await assert.rejects(service.invite(q, people.slice(0, 6)), (e: { status?: number }) => e.status === 400);
    assert.deepEqual(
      (await service.invite(q, [...people.slice(0, 2), people[0]])).map((p) => p.id),
      people.slice(0, 2).map((p) => p.id),
    );
  });
});
