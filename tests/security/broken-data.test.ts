/**
 * Broken data, through SharePoint and Graph: lists edited by hand, communities deleted, people who
 * left. The services return what they can and name what is wrong; nothing throws where a screen
 * could still show something. (What each screen then shows is in the jest tests the README names.)
 *
 * Threats (tests/security/README.md maps each to its test):
 *   D1 a membership's lookup points at a deleted community
 *   D2 a member whose directory account is gone
 *   D3 a choice value CoP Hub doesn't know (a choice added to the list by hand)
 *   D4 empty lists
 *   D5 a missing field (an older or hand-edited list)
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { effectiveStatus } from '../../src/domain/membershipRules.ts';
import { decideRequest } from '../../src/domain/workflows.ts';
import { LIST_TITLES } from '../../src/schema/lists.ts';
import { communityByTitle, GARDENER_EVENTS, listPath, POD, Rest, servicesAs, STAFF, STAFF2, startDemo } from './helpers.ts';

let emu: RunningEmulator;
before(async () => {
  emu = await startDemo();
});
after(() => emu?.close());

describe('D1 a community that was deleted', () => {
  test('my membership of it stays readable, counts nowhere, and does not stop me joining elsewhere as core', async () => {
    const pod = servicesAs(emu, POD);
    const doomed = await communityByTitle(emu, 'Change Community Forum');
    const other = await communityByTitle(emu, 'Data and Insight');
    const core = await servicesAs(emu, STAFF).memberships.join(doomed, 'core');
    assert.equal(core.level, 'core');
    assert.equal((await new Rest(emu, POD).delete(`${listPath('communities')}/items(${doomed.id})`)).status, 204);

    const mine = await servicesAs(emu, STAFF).memberships.mine();
    assert.ok(
      mine.some((m) => m.communityId === doomed.id),
      'the history survives',
    );
    const communities = await pod.communities.all();
    assert.ok(!communities.some((c) => c.id === doomed.id));
    const counts = await pod.memberships.counts(communities);
    assert.equal(counts[doomed.id], undefined, 'no count for a community that is gone');
    const joined = await servicesAs(emu, STAFF).memberships.join(other, 'core');
    assert.deepEqual(
      [joined.level, effectiveStatus(joined, other)],
      ['core', 'active'],
      'no "you are core elsewhere" choice for a deleted community',
    );
  });
});

describe('D2 a member whose account is gone', () => {
  test('their request can still be decided; the team update fails and says so; people lookups leave them out', async () => {
    const events = await communityByTitle(emu, 'Events Management');
    const request = await servicesAs(emu, STAFF2).memberships.join(events, 'wider');
    const gone = emu.ctx.users.find((u) => u.userPrincipalName === STAFF2)!;
    // The account is deleted from the directory (Entra), as when someone leaves the organisation.
    emu.ctx.db.prepare('DELETE FROM graph_group_members WHERE user_id = ?').run(gone.id);
    emu.ctx.db.prepare('DELETE FROM graph_users WHERE id = ?').run(gone.id);

    const seen = (await servicesAs(emu, GARDENER_EVENTS).memberships.ofCommunity(events.id)).items.find((m) => m.id === request.id);
    assert.equal(seen?.member.displayName, 'Alex Adams', 'SharePoint still knows who asked');
    const { membership, groupError } = await decideRequest(servicesAs(emu, GARDENER_EVENTS), events, seen!, true);
    assert.equal(membership.approval, 'approved', 'the decision stands');
    assert.equal((groupError as { status?: number }).status, 404, 'and the team update says why it failed');
    assert.deepEqual(await servicesAs(emu, STAFF).people.byIds([gone.id]), []);
  });
});

describe('D3 a choice value CoP Hub does not know', () => {
  test('the community reads with safe defaults and names the unknown values', async () => {
    const pod = new Rest(emu, POD);
    const field = `${listPath('communities')}/fields/getbyinternalnameortitle('CopStatus')`;
    const policy = `${listPath('communities')}/fields/getbyinternalnameortitle('JoinPolicy')`;
    const choices = (f: string): Promise<string[]> => pod.get(`${f}?$select=Choices`).then((r) => r.body.Choices as string[]);
    assert.equal((await pod.merge(field, { Choices: [...(await choices(field)), 'paused'] })).status, 204);
    assert.equal((await pod.merge(policy, { Choices: [...(await choices(policy)), 'invitation'] })).status, 204);
    const target = await communityByTitle(emu, 'Internal Communications');
    assert.equal(
      (await pod.merge(`${listPath('communities')}/items(${target.id})`, { CopStatus: 'paused', JoinPolicy: 'invitation' })).status,
      204,
    );

    const read = await servicesAs(emu, STAFF).communities.get(target.id);
    assert.equal(read?.status, 'proposed', 'an unknown stage is never shown as public');
    assert.equal(read?.joinPolicy, 'approval', 'an unknown policy asks for approval rather than letting anyone in');
    assert.deepEqual(read?.unrecognised, [
      { field: 'status', value: 'paused' },
      { field: 'joinPolicy', value: 'invitation' },
    ]);
  });
});

describe('D4–D5 empty lists and missing fields', () => {
  let bare: RunningEmulator;
  before(async () => {
    bare = await startEmulator({ port: 0 });
    await servicesAs(bare, POD).setup.provision();
  });
  after(() => bare?.close());

  test('D4 every read of an empty site returns nothing, without an error', async () => {
    const s = servicesAs(bare, STAFF);
    assert.deepEqual(await s.communities.all(), []);
    assert.deepEqual(await s.memberships.mine(), []);
    assert.deepEqual(await s.memberships.counts([]), {});
    assert.deepEqual(await s.memberships.ofCommunity(1), { items: [], next: undefined });
    assert.deepEqual(await s.content.resources(1), []);
    assert.deepEqual(await s.content.events(1), []);
    assert.deepEqual(await s.content.suggestions(), []);
    assert.equal(await s.communities.get(1), undefined);
  });

  test("D5 a deleted column makes reads fail with SharePoint's error, and the setup check names it", async () => {
    const pod = new Rest(bare, POD);
    assert.equal((await pod.delete(`${listPath('communities')}/fields/getbyinternalnameortitle('Rhythm')`)).status, 204);
    await assert.rejects(servicesAs(bare, STAFF).communities.all(), (e: { status?: number }) => e.status === 400);
    const report = await servicesAs(bare, STAFF).setup.check();
    assert.equal(report.ready, false);
    assert.deepEqual(report.missingFields, [`${LIST_TITLES.communities}: Rhythm`]);
    const repaired = await servicesAs(bare, POD).setup.provision();
    assert.ok(repaired.includes('Communities: added field Rhythm'), repaired.join('\n'));
    assert.deepEqual(await servicesAs(bare, STAFF).communities.all(), []);
  });
});
