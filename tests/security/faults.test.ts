/**
 * Faults: SharePoint and Graph throttle, fail and drop connections. Through the emulator's fault
 * injection (POST /_emulator/faults, emulator/src/faults.ts) and the real PnPjs services.
 *
 * Threats (tests/security/README.md maps each to its test):
 *   F1 429 / 503 with Retry-After are not retried, or retried without waiting, and the action fails
 *   F2 a persistent 500 or a dropped network is retried for ever, or surfaces as something vague
 *   F3 a retried write whose first answer was lost is applied twice (duplicate membership)
 *   F4 a double click, or two tabs, join twice: two membership items
 *   F5 a stale edit (or a stale approval) silently overwrites someone else's change
 *   F6 a throttled Graph call after an approval leaves the team out of step
 * The UI side (the words and the Retry button each fault shows) is in
 * src/ui/components/StatusViews/StatusViews.test.tsx and src/ui/errors.test.ts.
 */
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import type { FaultSpec } from '../../emulator/src/faults.ts';
import { effectiveStatus } from '../../src/domain/membershipRules.ts';
import { decideRequest } from '../../src/domain/workflows.ts';
import type { Community } from '../../src/domain/models.ts';
import { createClients } from '../../src/data/clients.ts';
import '../../src/data/pnpImports.ts';
import { LIST_TITLES } from '../../src/schema/lists.ts';
import { communityByTitle, GARDENER_EVENTS, GARDENER_OPEN, listPath, POD, Rest, servicesAs, STAFF, STAFF2, startDemo } from './helpers.ts';

let emu: RunningEmulator;
let recruitment: Community;
let events: Community;
let dataInsight: Community;

async function inject(spec: Partial<FaultSpec>): Promise<void> {
  const res = await fetch(`${emu.origin}/_emulator/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(spec),
  });
  assert.equal(res.status, 201, await res.text());
}

/** Every membership item `upn` wrote in a community, whatever its state, as the POD team sees them. */
async function itemsOf(upn: string, c: Community): Promise<Array<{ Id: number; MemberStatus: string }>> {
  const me = (await new Rest(emu, upn).get('/_api/web/currentuser?$select=Id')).body.Id as number;
  const r = await new Rest(emu, POD).get(
    `${listPath('memberships')}/items?$select=Id,MemberStatus&$filter=AuthorId eq ${me} and CommunityId eq ${c.id}`,
  );
  return r.body.value as Array<{ Id: number; MemberStatus: string }>;
}

/** PnPjs writes getByTitle; a browser's own calls may say getbytitle. */
const CREATE = "/_api/web/lists/getBy[Tt]itle\\('Memberships'\\)/AddValidateUpdateItemUsingPath";
const COMMUNITIES = "/_api/web/lists/getBy[Tt]itle\\('Communities'\\)/items";
const MEMBERSHIP_ITEM = "/_api/web/lists/getBy[Tt]itle\\('Memberships'\\)/items\\(\\d+\\)$";
/** True once every injected failure has been met. */
const used = (): boolean => emu.faults.remaining() === 0;

before(async () => {
  emu = await startDemo();
  [recruitment, events, dataInsight] = await Promise.all(
    ['Student Recruitment', 'Events Management', 'Data and Insight'].map((t) => communityByTitle(emu, t)),
  );
});
afterEach(async () => {
  await fetch(`${emu.origin}/_emulator/faults`, { method: 'DELETE' });
});
after(() => emu?.close());

describe('F1 throttling is waited out, then the action succeeds', () => {
  test('a read throttled twice with 429 and Retry-After: 1 waits about two seconds and succeeds', async () => {
    await inject({ match: COMMUNITIES, status: 429, times: 2, retryAfter: 1 });
    const started = Date.now();
    const all = await servicesAs(emu, STAFF).communities.all();
    const waited = Date.now() - started;
    assert.ok(all.some((c) => c.title === 'Student Recruitment'));
    assert.ok(used(), 'both 429s were met');
    assert.ok(waited >= 1900, `waited ${waited} ms: Retry-After was not honoured`);
  });

  test('a join answered 503 with Retry-After succeeds on the retry and writes one item', async () => {
    await inject({ match: CREATE, method: 'POST', status: 503, times: 1, retryAfter: 1 });
    const m = await servicesAs(emu, STAFF).memberships.join(recruitment, 'core');
    assert.ok(used(), 'the 503 was met');
    assert.equal(effectiveStatus(m, recruitment), 'active');
    assert.equal((await itemsOf(STAFF, recruitment)).length, 1);
  });
});

describe('F2 persistent failures end with a clear error, not an endless retry', () => {
  test('a persistent 500 is not retried and surfaces as HTTP 500', async () => {
    await inject({ match: COMMUNITIES, status: 500, times: 5 });
    const started = Date.now();
    await assert.rejects(servicesAs(emu, STAFF).communities.all(), (e: { status?: number }) => e.status === 500);
    assert.ok(Date.now() - started < 1500, 'a server error is reported at once');
    // One attempt only: four of the five injected failures are left for the next read.
    assert.equal(emu.faults.remaining(), 4);
    await assert.rejects(servicesAs(emu, STAFF).communities.all(), (e: { status?: number }) => e.status === 500);
  });

  test('a dropped network is retried a few times, then surfaces as the network error fetch raises', async () => {
    await inject({ match: COMMUNITIES, network: true, times: 10 });
    await assert.rejects(servicesAs(emu, STAFF).communities.all(), (e: unknown) => e instanceof TypeError);
    assert.equal(emu.faults.remaining(), 7, 'three attempts (PnPjs retries a failed fetch twice), then it gives up');
    await fetch(`${emu.origin}/_emulator/faults`, { method: 'DELETE' });
    assert.ok((await servicesAs(emu, STAFF).communities.all()).length > 0, 'a retry after the network is back works');
  });
});

describe('F2 faults reach batched reads too', () => {
  test('a fault on one list fails that part of a $batch with its own status; the other parts answer', async () => {
    const { sp } = createClients({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': STAFF } });
    await inject({ match: COMMUNITIES, status: 500, times: 1 });
    await inject({ match: COMMUNITIES, network: true, times: 1 });
    const [batched, execute] = sp.batched();
    const communities = batched.web.lists.getByTitle(LIST_TITLES.communities).items.select('Id')();
    const memberships = batched.web.lists.getByTitle(LIST_TITLES.memberships).items.select('Id').top(1)();
    const settled = Promise.allSettled([communities, memberships]);
    await execute();
    const [c, m] = await settled;
    assert.equal(c.status === 'rejected' && (c.reason as { status?: number }).status, 500);
    assert.equal(m.status, 'fulfilled');
    assert.equal(emu.faults.remaining(), 1, 'a dropped connection is left for a whole request');
  });
});

describe('F3–F4 writes are never duplicated', () => {
  test('F3 a join whose answer was lost is retried by PnPjs, and still leaves exactly one membership', async () => {
    await inject({ match: CREATE, method: 'POST', network: true, after: true, times: 1 });
    const m = await servicesAs(emu, STAFF2).memberships.join(dataInsight, 'wider');
    assert.ok(used(), 'the first answer was lost');
    const items = await itemsOf(STAFF2, dataInsight);
    assert.deepEqual(
      items.map((i) => i.Id),
      [m.id],
      'the retry wrote a second item, and joining kept the first',
    );
    assert.equal(
      (await servicesAs(emu, STAFF2).memberships.counts([dataInsight]))[dataInsight.id].wider,
      (await servicesAs(emu, POD).memberships.counts([dataInsight]))[dataInsight.id].wider,
    );
  });

  test('F3 leaving, when the answer was lost and the retry meets its own new etag, is done once and reported as done', async () => {
    const mine = (await servicesAs(emu, STAFF2).memberships.mine()).find((m) => m.communityId === dataInsight.id)!;
    await inject({ match: MEMBERSHIP_ITEM, method: 'POST', network: true, after: true, times: 1 });
    const left = await servicesAs(emu, STAFF2).memberships.leave(mine);
    assert.ok(used(), 'the first answer was lost');
    assert.equal(left.status, 'left');
  });

  test('F3 a suggestion whose answer was lost, resent by PnPjs, is one suggestion', async () => {
    await inject({
      match: "/_api/web/lists/getBy[Tt]itle\\('Suggestions'\\)/items$",
      method: 'POST',
      network: true,
      after: true,
      times: 1,
    });
    const title = 'Apprenticeship assessors (lost answer)';
    const sent = await servicesAs(emu, STAFF).content.suggest({
      title,
      description: 'Assessors compare notes.',
      practiceArea: 'People',
      kind: 'new idea',
    });
    assert.ok(used(), 'the first answer was lost');
    const r = await new Rest(emu, POD).get(`${listPath('suggestions')}/items?$select=Id&$filter=Title eq '${title.replace(/'/g, "''")}'`);
    assert.deepEqual(
      r.body.value?.map((i) => i.Id),
      [sent.id],
      'the resent POST made a second suggestion',
    );
    assert.equal(sent.author?.email?.toLowerCase(), STAFF);
  });

  test('F3 a resource whose answer was lost every time is found by its key, once, and reported as added', async () => {
    // PnPjs resends a dropped request twice; all three answers are lost, and each POST had landed or been refused.
    // Resources are added into the community's folder, by form values.
    await inject({
      match: "/_api/web/lists/getBy[Tt]itle\\('Resources'\\)/AddValidateUpdateItemUsingPath",
      method: 'POST',
      network: true,
      after: true,
      times: 3,
    });
    const title = 'Open day checklist (lost answer)';
    const added = await servicesAs(emu, GARDENER_OPEN).content.addResource({
      communityId: recruitment.id,
      title,
      resourceType: 'template',
      url: 'https://example.org/checklist',
      description: 'What to bring.',
      reviewDate: '',
    });
    assert.ok(used(), 'every answer was lost');
    const r = await new Rest(emu, POD).get(`${listPath('resources')}/items?$select=Id&$filter=Title eq '${title.replace(/'/g, "''")}'`);
    assert.deepEqual(
      r.body.value?.map((i) => i.Id),
      [added.id],
      'a resent POST made a second resource',
    );
    assert.equal(added.title, title);
  });

  test('F3 on a site set up before the key column existed, suggesting still works; setup adds the column back', async () => {
    const pod = new Rest(emu, POD);
    const field = `${listPath('suggestions')}/fields/getbyinternalnameortitle('ClientRequestId')`;
    assert.equal((await pod.delete(field)).status, 204);
    const sent = await servicesAs(emu, STAFF).content.suggest({
      title: 'Older site circle',
      description: 'Still works.',
      practiceArea: '',
      kind: 'new idea',
    });
    assert.ok(sent.id > 0);
    assert.equal((await servicesAs(emu, STAFF).setup.check()).ready, true, 'the key column is not needed to use the site');
    assert.ok((await servicesAs(emu, POD).setup.provision()).includes('Suggestions: added field ClientRequestId'));
    assert.equal((await pod.get(`${field}?$select=EnforceUniqueValues,Indexed`)).body.EnforceUniqueValues, true);
  });

  test('F4 a double click and a second tab joining at the same moment end with one membership', async () => {
    const tab1 = servicesAs(emu, STAFF);
    const tab2 = servicesAs(emu, STAFF);
    const joined = await Promise.all([
      tab1.memberships.join(events, 'wider'),
      tab1.memberships.join(events, 'wider'),
      tab2.memberships.join(events, 'wider'),
    ]);
    const items = await itemsOf(STAFF, events);
    assert.equal(items.length, 1, JSON.stringify(items));
    assert.deepEqual(new Set(joined.map((m) => m.id)), new Set([items[0].Id]), 'every click is told about the same membership');
    assert.equal(effectiveStatus(joined[0], events), 'pending');
  });

  test('F4 pledging twice at once leaves one pledge', async () => {
    const forming = await communityByTitle(emu, 'Technicians');
    const s = servicesAs(emu, STAFF);
    await Promise.all([s.memberships.pledge(forming), s.memberships.pledge(forming)]);
    assert.equal((await itemsOf(STAFF, forming)).length, 1);
    assert.equal((await s.memberships.counts([forming]))[forming.id].pledged, 1);
  });
});

describe('F5 a stale edit is refused with 412, never silently applied', () => {
  test('leaving from a page loaded before another tab changed the membership is refused, and nothing changes', async () => {
    const stale = (await servicesAs(emu, STAFF).memberships.mine()).find((m) => m.communityId === recruitment.id)!;
    await servicesAs(emu, STAFF).memberships.changeLevel(stale, 'wider');
    await assert.rejects(servicesAs(emu, STAFF).memberships.leave(stale), (e: { status?: number }) => e.status === 412);
    const now = (await servicesAs(emu, STAFF).memberships.mine()).find((m) => m.id === stale.id)!;
    assert.deepEqual([now.status, now.level], ['active', 'wider'], "the other tab's change stands");
    // Reloading gives the fresh etag, and then leaving works.
    assert.equal((await servicesAs(emu, STAFF).memberships.leave(now)).status, 'left');
  });

  test('a gardener approving a request the member changed since it was read gets 412, and it stays pending', async () => {
    const request = (await servicesAs(emu, STAFF).memberships.mine()).find((m) => m.communityId === events.id)!;
    const seenByGardener = (await servicesAs(emu, GARDENER_EVENTS).memberships.ofCommunity(events.id)).items.find(
      (m) => m.id === request.id,
    )!;
    await servicesAs(emu, STAFF).memberships.changeLevel(request, 'core');
    await assert.rejects(
      servicesAs(emu, GARDENER_EVENTS).memberships.decide(seenByGardener, true),
      (e: { status?: number }) => e.status === 412,
    );
    const fresh = (await servicesAs(emu, GARDENER_EVENTS).memberships.ofCommunity(events.id)).items.find((m) => m.id === request.id)!;
    assert.deepEqual([fresh.approval, fresh.level], ['pending', 'core']);
  });
});

describe('F6 Graph throttling after an approval', () => {
  test('a 429 from Graph while adding the member is waited out; the member is added once', async () => {
    const request = (await servicesAs(emu, STAFF).memberships.mine()).find((m) => m.communityId === events.id)!;
    await inject({ match: `/graph/v1.0/groups/${events.groupId}/members/\\$ref`, method: 'POST', status: 429, times: 1, retryAfter: 1 });
    const { membership, groupError } = await decideRequest(servicesAs(emu, GARDENER_EVENTS), events, request, true);
    assert.ok(used(), 'Graph throttled the first add');
    assert.equal(groupError, undefined);
    assert.equal(membership.approval, 'approved');
    const emails = await servicesAs(emu, POD).groups.memberEmails(events.groupId!);
    assert.equal(emails.filter((e) => e === STAFF).length, 1);
  });
});
