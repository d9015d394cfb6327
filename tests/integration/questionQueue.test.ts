/**
 * The Questions section against the emulator's demo (issue 16): what I follow travels with the page's
 * questions (the read batcher sends both as one $batch), so opening the section stays at two
 * requests; the gardeners' queue reads the community's unanswered questions oldest first, page by
 * page, beyond what the section loaded.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import { gardenerQueue, type Question } from '../../src/domain/questions.ts';
import type { Community } from '../../src/domain/models.ts';
import { communityByTitle, GARDENER_EVENTS, servicesAs, STAFF, STAFF2, startDemo } from '../security/helpers.ts';

/** Counts requests from here (synchronous: no await between reading and resetting). */
function countFromHere(e: RunningEmulator): void {
  e.ctx.stats.requests = 0;
}

describe('Questions section reads', () => {
  let emu: RunningEmulator;
  let community: Community;
  const asked: Question[] = [];
  before(async () => {
    emu = await startDemo();
    community = await communityByTitle(emu, 'Events Management');
    const staff = servicesAs(emu, STAFF).questions!;
    // More than a page (20) of new questions, so the queue pages beyond the section's first page.
    for (let i = 0; i < 22; i++) {
      asked.push(await staff.ask(community.id, { title: `Queue question ${i}`, details: '', topics: ['Venues'] }));
    }
  });
  after(async () => {
    await emu.close();
  });

  test('opening the section reads my follows with its questions: two requests, and the follow state is right', async () => {
    const s = servicesAs(emu, STAFF2);
    await s.questionFollows!.follow(asked[21]);
    await s.questionFollows!.following([]); // who I am is known by now, as on the community home
    countFromHere(emu);
    const [page, followed] = await Promise.all([s.questions!.page(community.id, { kind: 'all' }), s.questionFollows!.followedIds!()]);
    assert.equal(emu.ctx.stats.requests, 2, `opening the section made ${emu.ctx.stats.requests} requests`);
    assert.ok(page.questions.some((q) => q.id === asked[21].id));
    assert.deepEqual(followed, [asked[21].id]);
    await s.questionFollows!.unfollow(asked[21]);
    assert.deepEqual(await s.questionFollows!.followedIds!(), []);
  });

  test('the gardeners’ queue pages through the community oldest first, leaving out answered and hidden ones', async () => {
    const gardener = servicesAs(emu, GARDENER_EVENTS).questions!;
    const answered = asked[0];
    const a = await servicesAs(emu, STAFF2).questions!.answer(answered, 'The Great Hall.');
    await gardener.accept(answered, a);
    await gardener.hide({ kind: 'question', id: asked[1].id }, 'Duplicate');

    // What the queue should hold: every question of the community, read in full here.
    const all: Question[] = [];
    for (let before: number | undefined, more = true; more;) {
      const p = await gardener.page(community.id, { kind: 'all' }, before, true);
      all.push(...p.questions);
      before = p.nextBefore;
      more = before !== undefined;
    }
    const expected = gardenerQueue(community.id, all, await gardener.answersFor(all.map((q) => q.id))).map((q) => q.id);

    const queue: number[] = [];
    let pages = 0;
    for (let after: number | undefined, more = true; more; pages++) {
      countFromHere(emu);
      const p = await gardener.unanswered!(community.id, after);
      assert.ok(emu.ctx.stats.requests <= 2, `a queue page made ${emu.ctx.stats.requests} requests`);
      queue.push(...p.questions.map((q) => q.id));
      after = p.nextAfter;
      more = after !== undefined;
    }
    assert.ok(pages >= 2, `the queue read ${pages} page(s)`);
    assert.deepEqual(queue, expected);
    assert.ok(!queue.includes(answered.id) && !queue.includes(asked[1].id));
    assert.ok(queue.includes(asked[2].id) && queue.includes(asked[21].id));
    assert.ok(queue.indexOf(asked[2].id) < queue.indexOf(asked[21].id), 'oldest first');
  });
});
