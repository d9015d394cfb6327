/**
 * Questions in the Teams activity feed (issue 16), end to end against the emulator's demo: an answer
 * tells the asker and the question's followers (not who answered, nor anyone who turned it off in My
 * communities), once, linking to the question in its community; an invitation tells the invitees.
 * Following is the follower's own item of Question Follows.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import { parseTeamsDeepLink } from '../../src/domain/notifications.ts';
import type { Question } from '../../src/domain/questions.ts';
import {
  communityByTitle,
  GARDENER_APPRAISALS,
  GARDENER_EVENTS,
  POD,
  servicesAs,
  STAFF,
  STAFF2,
  startDemo,
  Rest,
  listPath,
} from '../security/helpers.ts';

/** Counts requests from here (synchronous, so no await comes between reading and resetting). */
function resetRequests(e: RunningEmulator): void {
  e.ctx.stats.requests = 0;
}

interface FeedEntry {
  activityType: string;
  text: string;
  webUrl: string;
}

describe('questions in the Teams activity feed', () => {
  let emu: RunningEmulator;
  let question: Question;
  before(async () => {
    emu = await startDemo();
    const community = await communityByTitle(emu, 'Events Management');
    question = await servicesAs(emu, STAFF).questions!.ask(community.id, {
      title: 'Which venues take bookings for 300 people?',
      details: 'For the spring conference.',
      topics: ['Venues'],
    });
  });
  after(async () => {
    await emu.close();
  });

  const feed = async (upn: string, type: string): Promise<FeedEntry[]> => {
    const res = await fetch(`${emu.origin}/_emulator/activity-feed`, { headers: { 'X-Emulator-User': upn } });
    return ((await res.json()) as { value: FeedEntry[] }).value.filter((e) => e.activityType === type);
  };

  test('following is my own item, once however often I follow; nobody can remove my follow but me', async () => {
    const follower = servicesAs(emu, STAFF2).questionFollows!;
    await follower.follow(question);
    await follower.follow(question);
    assert.deepEqual(await follower.following([question.id, question.id + 1000]), [question.id]);
    const followers = await servicesAs(emu, GARDENER_APPRAISALS).questionFollows!.followers(question);
    assert.deepEqual(
      followers.map((p) => p.email),
      [STAFF2],
    );
    const items = `${listPath('questionFollows')}/items`;
    const [item] = (await new Rest(emu, POD).send('GET', `${items}?$select=Id&$filter=QuestionId eq ${question.id}`)).body.value ?? [];
    const other = await new Rest(emu, STAFF).send('DELETE', `${items}(${Number(item.Id)})`);
    assert.ok(other.status === 403 || other.status === 401, `another person's delete answered ${other.status}`);
  });

  test('an answer tells the asker and followers once, not the answerer nor who turned it off', async () => {
    const pod = servicesAs(emu, POD);
    await pod.questionFollows!.follow(question);
    await pod.notifications.setMutedKinds(['questionAnswered']);
    const answerer = servicesAs(emu, GARDENER_APPRAISALS);
    const answer = await answerer.questions!.answer(question, 'The Great Hall takes 350.');
    await answerer.notifications.idle();
    for (const upn of [STAFF, STAFF2]) {
      const told = await feed(upn, 'questionAnswered');
      assert.equal(told.length, 1, upn);
      assert.equal(told[0].text, 'Mei Chen answered: Which venues take bookings for 300 people?');
      assert.deepEqual(parseTeamsDeepLink(told[0].webUrl), {
        page: 'community',
        communityId: question.communityId,
        section: 'questions',
        itemId: question.id,
      });
    }
    assert.equal((await feed(POD, 'questionAnswered')).length, 0, 'POD turned answers off');
    assert.equal((await feed(GARDENER_APPRAISALS, 'questionAnswered')).length, 0, 'the answerer is not told');
    assert.ok(answer.id > 0);
  });

  test('after unfollowing, the next answer tells the asker only', async () => {
    await servicesAs(emu, STAFF2).questionFollows!.unfollow(question);
    const answerer = servicesAs(emu, GARDENER_EVENTS);
    await answerer.questions!.answer(question, 'The Atrium takes 320 standing.');
    await answerer.notifications.idle();
    assert.equal((await feed(STAFF, 'questionAnswered')).length, 2);
    assert.equal((await feed(STAFF2, 'questionAnswered')).length, 1);
  });

  test('invited colleagues are told, linking to the question', async () => {
    const asker = servicesAs(emu, STAFF);
    const invitee = (await asker.people.search('Grace Okafor'))[0];
    assert.ok(invitee);
    assert.deepEqual(
      (await asker.questions!.invite(question, [invitee])).map((p) => p.email),
      [invitee.email],
    );
    await asker.notifications.idle();
    const told = await feed(invitee.email, 'questionInvited');
    assert.equal(told.length, 1);
    assert.equal(told[0].text, 'Sam Taylor asked for your help with: Which venues take bookings for 300 people?');
    assert.equal(parseTeamsDeepLink(told[0].webUrl)?.page, 'community');
  });

  test('My communities lists what I asked and what I follow, with their state, in four requests at most', async () => {
    const asker = servicesAs(emu, STAFF);
    const mine = await asker.questionFollows!.myQuestions();
    const asked = mine.asked.find((q) => q.question.id === question.id);
    assert.ok(asked);
    assert.equal(asked.communityTitle, 'Events Management');
    assert.equal(asked.answered, false);
    assert.equal(asked.answers, 2);
    const pod = servicesAs(emu, POD);
    await pod.questionFollows!.myQuestions(); // the current user, read once a page
    resetRequests(emu);
    const podMine = await pod.questionFollows!.myQuestions();
    assert.ok(emu.ctx.stats.requests <= 4, `${emu.ctx.stats.requests} requests`);
    assert.deepEqual(
      podMine.followed.map((q) => [q.question.title, q.communityTitle]),
      [['Which venues take bookings for 300 people?', 'Events Management']],
    );
  });
});
