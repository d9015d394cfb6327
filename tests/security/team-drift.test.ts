/**
 * Team drift: a community's Microsoft 365 group and its memberships apart. Through the real PnPjs
 * services and Graph calls against the emulator, whose Graph lets only a group's owners and groups
 * administrators change its members (emulator/src/graph/groups.ts, as Graph does:
 * https://learn.microsoft.com/graph/api/group-delete-members).
 *
 * Threats (tests/security/README.md maps each to its test):
 *   A14 a member who left stays in the community's team (and its files and chats)
 *   A15 someone other than the team's owners or the POD team reconciles it (adds or removes people)
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import { decideRequest } from '../../src/domain/workflows.ts';
import type { Community } from '../../src/domain/models.ts';
import { communityByTitle, GARDENER_EVENTS, POD, Rest, servicesAs, STAFF, STAFF2, startDemo } from './helpers.ts';

let emu: RunningEmulator;
let events: Community;
const members = async (): Promise<string[]> => servicesAs(emu, POD).groups.memberEmails(events.groupId!);

before(async () => {
  emu = await startDemo();
  events = await communityByTitle(emu, 'Events Management');
  assert.ok(events.groupId, 'Events Management has a team in the demo');
});
after(() => emu?.close());

describe('A14–A15 the team follows the memberships, and only its owners or the POD team make it', () => {
  test('A14 after a member leaves, reconciling as the POD team removes them from the group; once done, again changes nothing', async () => {
    const request = await servicesAs(emu, STAFF2).memberships.join(events, 'wider');
    const { groupError } = await decideRequest(servicesAs(emu, GARDENER_EVENTS), events, request, true);
    assert.equal(groupError, undefined);
    assert.ok((await members()).includes(STAFF2), 'approval added them to the team');
    const mine = (await servicesAs(emu, STAFF2).memberships.mine()).find((m) => m.id === request.id)!;
    assert.equal((await servicesAs(emu, STAFF2).memberships.leave(mine)).status, 'left');
    assert.ok((await members()).includes(STAFF2), 'leaving alone does not reach Graph (the member cannot change the group)');

    const outcome = await servicesAs(emu, POD).admin.reconcileTeam(events);
    assert.deepEqual(outcome.removed, [STAFF2]);
    assert.deepEqual(outcome.failed, []);
    const now = await members();
    assert.ok(!now.includes(STAFF2), 'the member who left is out of the team');
    assert.ok(now.includes(GARDENER_EVENTS), 'the gardener stays');
    const again = await servicesAs(emu, POD).admin.reconcileTeam(events);
    assert.deepEqual([again.added, again.removed], [[], []]);
  });

  test('A14 an approval whose team update was lost for good is put right by reconciling', async () => {
    const request = await servicesAs(emu, STAFF).memberships.join(events, 'core');
    // Decided without the team step (as when Graph failed and the gardener closed the page).
    await servicesAs(emu, GARDENER_EVENTS).memberships.decide(request, true);
    assert.ok(!(await members()).includes(STAFF));
    const outcome = await servicesAs(emu, POD).admin.reconcileTeam(events);
    assert.ok(outcome.added.includes(STAFF), JSON.stringify(outcome));
    assert.ok((await members()).includes(STAFF));
  });

  test('A15 staff cannot reconcile a team, by the service or by Graph directly; the group is unchanged', async () => {
    const request = await servicesAs(emu, STAFF2).memberships.join(events, 'wider');
    await decideRequest(servicesAs(emu, GARDENER_EVENTS), events, request, true);
    const mine = (await servicesAs(emu, STAFF2).memberships.mine()).find((m) => m.id === request.id)!;
    await servicesAs(emu, STAFF2).memberships.leave(mine);
    const before = (await members()).sort();
    assert.ok(before.includes(STAFF2));

    await assert.rejects(servicesAs(emu, STAFF).admin.reconcileTeam(events), (e: { status?: number }) => e.status === 403);
    const staff2 = (await new Rest(emu, POD).graph('GET', `/users/${STAFF2}?$select=id`)).body.id as string;
    const direct = await new Rest(emu, STAFF).graph('DELETE', `/groups/${events.groupId}/members/${staff2}/$ref`);
    assert.equal(direct.status, 403, JSON.stringify(direct.body));
    assert.deepEqual((await members()).sort(), before, 'nothing changed');

    // The team's owner (the gardener, who owns the group) may reconcile it.
    const byOwner = await servicesAs(emu, GARDENER_EVENTS).admin.reconcileTeam(events);
    assert.deepEqual(byOwner.removed, [STAFF2]);
  });
});
