/**
 * Questions by community (issue 16) against the emulator's demo: the count on directory cards and the
 * participation figures of the health score and sponsor report, from what no reader can forge. A
 * question a member files in another community's folder, or one a gardener hid, doesn't count.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import { questionFolder } from '../../src/data/questionService.ts';
import type { Community } from '../../src/domain/models.ts';
import { QUESTIONS } from '../../src/schema/lists.ts';
import { communityByTitle, POD, Rest, servicesAs, STAFF, STAFF2, startDemo } from '../security/helpers.ts';

/** Counts requests from here (synchronous, so no await comes between reading and resetting). */
function resetRequests(e: RunningEmulator): void {
  e.ctx.stats.requests = 0;
}

let emu: RunningEmulator;
let data: Community;
let recruitment: Community;
before(async () => {
  emu = await startDemo();
  data = await communityByTitle(emu, 'Data and Insight');
  recruitment = await communityByTitle(emu, 'Student Recruitment');
});
after(() => emu.close());

test('the demo counts: two questions in Data and Insight, one in Student Recruitment, none elsewhere; one read for all', async () => {
  const staff = servicesAs(emu, STAFF);
  const events = await communityByTitle(emu, 'Events Management');
  await staff.questionStats!.counts([1]); // the client's first request
  resetRequests(emu);
  const counts = await staff.questionStats!.counts([data.id, recruitment.id, events.id]);
  assert.equal(emu.ctx.stats.requests, 1);
  assert.deepEqual(counts, { [data.id]: 2, [recruitment.id]: 1, [events.id]: 0 });
});

test("a question filed in another community's folder, or hidden by a gardener, is not counted", async () => {
  const staff = servicesAs(emu, STAFF2);
  // Naming Data and Insight from Student Recruitment's folder, by direct REST.
  const forged = await new Rest(emu, STAFF2).addInFolder('questions', questionFolder(emu.siteUrl, QUESTIONS.url, recruitment.id), [
    { FieldName: 'Title', FieldValue: 'A forged question' },
    { FieldName: 'Community', FieldValue: String(data.id) },
  ]);
  assert.ok(forged.id, JSON.stringify(forged.answer.body));
  const asked = await staff.questions!.ask(data.id, { title: 'Another real question', details: '', topics: [] });
  assert.deepEqual(await staff.questionStats!.counts([data.id, recruitment.id]), { [data.id]: 3, [recruitment.id]: 1 });
  await servicesAs(emu, POD).questions!.hide({ kind: 'question', id: asked.id }, 'Duplicate');
  assert.deepEqual(await staff.questionStats!.counts([data.id]), { [data.id]: 2 });
});

test('participation figures: asked, the share answered and the median hours to a first answer by someone else', async () => {
  const f = (await servicesAs(emu, STAFF).questionStats!.figures([data.id, recruitment.id]))[data.id];
  assert.equal(f.asked, 2);
  assert.equal(f.answered, 1);
  assert.equal(f.shareAnswered, 0.5);
  assert.ok(f.medianHoursToFirstAnswer !== undefined && f.medianHoursToFirstAnswer >= 0 && f.medianHoursToFirstAnswer < 1);
  const none = (await servicesAs(emu, STAFF).questionStats!.figures([recruitment.id]))[recruitment.id];
  assert.deepEqual(none, { asked: 1, answered: 0, shareAnswered: 0, medianHoursToFirstAnswer: undefined });
  const later = (await servicesAs(emu, STAFF).questionStats!.figures([data.id], new Date(Date.now() + 60_000)))[data.id];
  assert.equal(later.asked, 0, 'nothing asked since');
});
