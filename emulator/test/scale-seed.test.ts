/**
 * The scale seed (small sizes here): deterministic, the sizes asked for, memberships in their
 * community's folder as their member's own items, no community past the per-community cap, and the
 * request accounting at /_emulator/stats (requests, $batch parts, writes, threshold errors).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseCli } from '../src/cli.ts';
import { scaleSeed } from '../src/seeds.ts';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { spClient } from './clients.ts';
import { OWNER } from './sp-helpers.ts';

const SIZES = {
  communities: 40,
  users: 300,
  memberships: 6000,
  resources: 200,
  events: 100,
  questions: 300,
  answers: 900,
  registrations: 2000,
  feedback: 200,
};
let emu: RunningEmulator;

before(async () => {
  emu = await startEmulator({ port: 0, seed: scaleSeed(SIZES) });
});
after(() => emu.close());

function snapshot(e: RunningEmulator): unknown {
  const db = e.ctx.db;
  return db
    .prepare(
      "SELECT list_id, id, author_id, dir_ref, mod_status, data FROM sp_items WHERE kind = 0 AND fsobj = 0 AND list_id IN (SELECT id FROM sp_lists WHERE title IN ('Memberships', 'Communities')) ORDER BY list_id, id",
    )
    .all();
}

test('fills every list to the sizes asked for', async () => {
  const lists = (await spClient(emu.siteUrl, OWNER).web.lists.select('Title', 'ItemCount')()) as Array<{
    Title: string;
    ItemCount: number;
  }>;
  const count = Object.fromEntries(lists.map((l) => [l.Title, l.ItemCount]));
  assert.equal(count.Communities, SIZES.communities);
  assert.equal(count.Memberships, SIZES.memberships + SIZES.communities, 'memberships plus one folder per community');
  assert.equal(count.Resources, SIZES.resources + SIZES.communities, 'resources plus one folder per community');
  assert.equal(count.Events, SIZES.events + SIZES.communities + 1, "events plus one folder per community and the hub's own (issue 17)");
  assert.equal(emu.ctx.users.length, SIZES.users);
  assert.equal(count.Questions, SIZES.questions + SIZES.communities, 'questions plus one folder per community (issue 16)');
  assert.equal(count.Answers, SIZES.answers + SIZES.communities, 'answers plus one folder per community');
  assert.equal(
    count.Registrations,
    SIZES.registrations + SIZES.communities + 1,
    "registrations plus the community folders and the hub's (issue 17)",
  );
  assert.equal(count['Session Feedback'], SIZES.feedback + SIZES.communities + 1, "feedback plus the community folders and the hub's");
});

test("registrations and feedback are their people's own items in their event's community folder, once per person and session", () => {
  const rows = (title: string): Array<{ author_id: number; dir_ref: string; community: number; event: number; rating: number | null }> =>
    emu.ctx.db
      .prepare(
        `SELECT author_id, dir_ref, json_extract(data, '$.Community') AS community, json_extract(data, '$.Event') AS event, json_extract(data, '$.Rating') AS rating FROM sp_items WHERE kind = 0 AND fsobj = 0 AND list_id = (SELECT id FROM sp_lists WHERE title = ?)`,
      )
      .all(title) as Array<{ author_id: number; dir_ref: string; community: number; event: number; rating: number | null }>;
  const registrations = rows('Registrations');
  assert.equal(new Set(registrations.map((r) => `${r.event}:${r.author_id}`)).size, registrations.length);
  for (const r of registrations) assert.ok(r.dir_ref.endsWith(`/community-${r.community}`), r.dir_ref);
  const feedback = rows('Session Feedback');
  for (const f of feedback) {
    assert.ok(f.dir_ref.endsWith(`/community-${f.community}`), f.dir_ref);
    assert.ok(Number.isInteger(f.rating) && f.rating! >= 1 && f.rating! <= 5, String(f.rating));
  }
});

test("questions are their asker's own items in their community's folder; answers are in their question's folder", () => {
  const rows = (title: string): Array<{ id: number; dir_ref: string; community: number; question: number | null; mod_status: number }> =>
    emu.ctx.db
      .prepare(
        `SELECT id, dir_ref, mod_status, json_extract(data, '$.Community') AS community, json_extract(data, '$.Question') AS question FROM sp_items WHERE kind = 0 AND fsobj = 0 AND list_id = (SELECT id FROM sp_lists WHERE title = ?)`,
      )
      .all(title) as Array<{ id: number; dir_ref: string; community: number; question: number | null; mod_status: number }>;
  const questions = rows('Questions');
  const folderOf = new Map(questions.map((q) => [q.id, q.dir_ref.replace('/Questions/', '/')]));
  for (const q of questions) assert.ok(q.dir_ref.endsWith(`/community-${q.community}`), q.dir_ref);
  const answers = rows('Answers');
  for (const a of answers) assert.equal(a.dir_ref.replace('/Answers/', '/'), folderOf.get(Number(a.question)), `answer ${a.id}`);
  const accepted = new Set(answers.filter((a) => a.mod_status === 0).map((a) => a.question));
  const answered = new Set(answers.map((a) => a.question));
  assert.ok(accepted.size > 0 && accepted.size < answered.size, 'some answered questions have an accepted answer');
  assert.ok(answered.size < questions.length, 'some questions are not answered');
});

test('is deterministic: a second run writes the same rows', async () => {
  const again = await startEmulator({ port: 0, seed: scaleSeed(SIZES) });
  try {
    assert.deepEqual(snapshot(again), snapshot(emu));
  } finally {
    await again.close();
  }
});

test("memberships are their member's own items, in their community's folder, one per person and community", () => {
  const rows = emu.ctx.db
    .prepare(
      "SELECT author_id, dir_ref, json_extract(data, '$.Community') AS community FROM sp_items WHERE kind = 0 AND fsobj = 0 AND list_id = (SELECT id FROM sp_lists WHERE title = 'Memberships')",
    )
    .all() as Array<{ author_id: number; dir_ref: string; community: number }>;
  const pairs = new Set(rows.map((r) => `${r.community}:${r.author_id}`));
  assert.equal(pairs.size, rows.length);
  for (const r of rows) assert.ok(r.dir_ref.endsWith(`/community-${r.community}`), `${r.dir_ref} holds community ${r.community}`);
});

test('/_emulator/stats counts requests, batch parts, writes and threshold errors, and resets', async () => {
  await fetch(`${emu.origin}/_emulator/stats`, { method: 'DELETE' });
  const sp = spClient(emu.siteUrl, OWNER);
  const memberships = sp.web.lists.getByTitle('Memberships');
  await assert.rejects(memberships.items.select('Id').filter("Level ne 'none'").top(10)()); // indexed, but more than 5,000 match
  await assert.rejects(memberships.items.select('Id').filter("Title eq 'x'").top(10)()); // not indexed on a list past 5,000
  const [batched, execute] = sp.batched();
  const reads = [batched.web.lists.getByTitle('Communities').items.top(1)(), batched.web.lists.getByTitle('Events').items.top(1)()];
  await execute();
  await Promise.all(reads);
  const stats = (await (await fetch(`${emu.origin}/_emulator/stats`)).json()) as Record<string, number>;
  assert.equal(stats.batches, 1);
  assert.equal(stats.batchParts, 2);
  assert.equal(stats.writes, 0, 'reads, a digest and a $batch of reads are not writes');
  assert.equal(stats.throttled, 2);
  assert.equal(stats.requests, stats.sharepoint);
  assert.ok(stats.requests >= 3);
  await fetch(`${emu.origin}/_emulator/stats`, { method: 'DELETE' });
  const reset = (await (await fetch(`${emu.origin}/_emulator/stats`)).json()) as Record<string, number>;
  assert.equal(reset.requests, 0);
});

test('the command line takes sizes for the scale seed only', () => {
  assert.deepEqual(parseCli(['--seed', 'scale', '--communities', '500', '--users', '9000']).scale, { communities: 500, users: 9000 });
  assert.throws(() => parseCli(['--seed', 'demo', '--communities', '5']), /only applies to --seed scale/);
  assert.throws(() => parseCli(['--seed', 'scale', '--memberships', 'lots']), /whole number/);
});
