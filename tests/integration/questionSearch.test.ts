/**
 * Questions and answers in hub search (issue 16), against the emulator's demo programme: the index
 * holds the Questions and Answers lists with the managed properties SharePoint creates for their
 * columns (DetailsOWSMTXT, TopicsOWSMTXT, CommunityOWSLOOK, BodyOWSMTXT, QuestionOWSLOOK), security
 * trimmed as list reads are; the real HubSearchService (PnPjs sp.search) finds a question of another
 * community, by its own words or an answer's, and reads whether it is answered from its items.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import '@pnp/sp/search';
import { spClient } from '../../emulator/test/clients.ts';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { SEEDS } from '../../emulator/src/seeds.ts';
import { createServices } from '../../src/data/factory.ts';
import type { HubSearchHit } from '../../src/domain/hubSearch.ts';
import type { CopServices } from '../../src/domain/services.ts';

const STAFF = 'sam.taylor@cophub.example';
const POD = 'priya.desai@cophub.example';
const DELAY = 300;
let emu: RunningEmulator;
let staff: CopServices;
const page = { startRow: 0, rowLimit: 10 };
const crawled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, DELAY + 150));
const sp = (upn: string): ReturnType<typeof spClient> => spClient(emu.siteUrl, upn);

before(async () => {
  emu = await startEmulator({ port: 0, seed: SEEDS.demo, searchDelayMs: DELAY });
  await crawled();
  staff = createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': STAFF } });
});
after(() => emu.close());

test('the index has questions and answers with the managed properties SharePoint names for their columns', async () => {
  const r = await sp(STAFF).search({
    Querytext: 'applications data',
    SelectProperties: ['Title', 'Path', 'DetailsOWSMTXT', 'TopicsOWSMTXT', 'CommunityOWSLOOK', 'AcceptedAnswerOWSNMBR'],
    RowLimit: 10,
  });
  const q = r.PrimarySearchResults.find((x) => String(x.Path).includes('/Lists/Questions/')) as Record<string, unknown> | undefined;
  assert.ok(q, 'the question is found');
  assert.equal(q.Title, 'Where do we find last year’s applications data?');
  assert.match(String(q.DetailsOWSMTXT), /2025 application numbers/);
  assert.match(String(q.TopicsOWSMTXT), /Reporting/);
  assert.equal(q.CommunityOWSLOOK, 'Data and Insight');
  assert.ok(Number(q.AcceptedAnswerOWSNMBR) > 0, 'its asker accepted an answer');
  const a = await sp(STAFF).search({
    Querytext: 'BodyOWSMTXT:snapshot',
    SelectProperties: ['Title', 'Path', 'QuestionOWSLOOK'],
    RowLimit: 10,
  });
  const answer = a.PrimarySearchResults[0] as Record<string, unknown>;
  assert.match(String(answer.Path), /\/Lists\/Answers\/DispForm\.aspx\?ID=\d+$/);
  assert.equal(answer.QuestionOWSLOOK, 'Where do we find last year’s applications data?');
});

test('search is security trimmed: a question its readers lost shows to nobody else', async () => {
  const list = sp(POD).web.lists.getByTitle('Questions');
  const [first] = await list.items.select('Id').filter("Title eq 'How do we check a survey sample is big enough?'")();
  const hidden = { Querytext: `"survey sample" Path:"${emu.siteUrl}/Lists/Questions/"`, RowLimit: 10 };
  assert.equal((await sp(STAFF).search(hidden)).TotalRows, 1);
  await list.items.getById(first.Id).breakRoleInheritance(false, false);
  try {
    assert.equal((await sp(STAFF).search(hidden)).TotalRows, 0, 'staff no longer read it');
    assert.equal((await sp(POD).search(hidden)).TotalRows, 1, 'POD still does');
  } finally {
    await list.items.getById(first.Id).resetRoleInheritance();
  }
});

test('staff of another community find a question, answered, in one search request and opened in its community', async () => {
  const search = staff.search!;
  await search.search({ text: 'warm up', scope: {}, ...page });
  emu.ctx.stats.requests = 0;
  const out = await search.search({ text: 'applications data', scope: { kind: 'question' }, ...page });
  assert.equal(emu.ctx.stats.requests, 1, 'one request');
  const hit = out.hits.find((h) => h.kind === 'question' && !h.viaAnswer);
  assert.ok(hit, out.hits.map((h) => h.title).join(', '));
  assert.equal(hit.communityTitle, 'Data and Insight');
  emu.ctx.stats.requests = 0;
  const details = await search.questionDetails!(out.hits);
  assert.ok(emu.ctx.stats.requests <= 3, `${emu.ctx.stats.requests} requests`);
  const d = details.get(`question:${hit.id}`);
  const communities = await staff.communities.listing();
  assert.deepEqual(d, {
    questionId: hit.id,
    communityId: communities.find((c) => c.title === 'Data and Insight')?.id,
    answered: true,
    hidden: false,
  });
});

test('found through an answer, a hit stands for its question; one not accepted yet is unanswered', async () => {
  const out = await staff.search!.search({ text: 'department responses', scope: { kind: 'question' }, ...page });
  const viaAnswer = out.hits.find((h: HubSearchHit) => h.viaAnswer);
  assert.ok(viaAnswer, out.hits.map((h) => `${h.title}${h.viaAnswer ? ' (answer)' : ''}`).join(', '));
  assert.equal(viaAnswer.title, 'How do we check a survey sample is big enough?');
  const details = await staff.search!.questionDetails!(out.hits);
  const d = details.get(`question:a${viaAnswer.id}`);
  assert.ok(d);
  assert.equal(d.answered, false);
  assert.notEqual(d.questionId, viaAnswer.id);
});

test('a question a gardener hid is left out of the results', async () => {
  const pod = createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': POD } });
  const out = await staff.search!.search({ text: 'spring open day', scope: { kind: 'question' }, ...page });
  const hit = out.hits.find((h) => !h.viaAnswer);
  assert.ok(hit);
  assert.equal((await staff.search!.questionDetails!([hit])).get(`question:${hit.id}`)?.hidden, false);
  await pod.questions!.hide({ kind: 'question', id: hit.id }, 'Off topic');
  try {
    assert.equal((await staff.search!.questionDetails!([hit])).get(`question:${hit.id}`)?.hidden, true);
  } finally {
    await pod.questions!.restore({ kind: 'question', id: hit.id });
  }
});
