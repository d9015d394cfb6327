/**
 * A gardener welcomes or removes a member of their community (issue 21), by direct REST as the gardener
 * of another community and as a member of staff, then as the community's gardener through the services:
 *
 *   W1  someone other than the community's gardeners removes a member, or writes them a welcome
 *   W2  a removal or a welcome doesn't reach the member as such
 *
 * What stops them is SharePoint's: a welcome is an approval carrying a note, a removal a rejection with
 * a reason, and only holders of Approve Items on the community's Memberships folder (its gardeners, and
 * the POD team) can set either; a member edits only their own item (WriteSecurity 2).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import type { Community, Membership } from '../../src/domain/models.ts';
import { decisionReason, effectiveStatus, wasRemoved, welcomeNote } from '../../src/domain/membershipRules.ts';
import {
  communityByTitle,
  describe403,
  GARDENER_APPRAISALS,
  GARDENER_EVENTS,
  listPath,
  refused,
  Rest,
  servicesAs,
  STAFF,
  STAFF2,
  startDemo,
} from './helpers.ts';

let emu: RunningEmulator;
let events: Community;
const item = (id: number): string => `${listPath('memberships')}/items(${id})`;

/** An active member of Events Management who is none of the people acting here. */
async function someMember(): Promise<Membership> {
  const { items } = await servicesAs(emu, GARDENER_EVENTS).memberships.ofCommunity(events.id);
  const actors = new Set([GARDENER_EVENTS, GARDENER_APPRAISALS, STAFF, STAFF2].map((u) => u.toLowerCase()));
  const m = items.find(
    (x) =>
      effectiveStatus(x, events) === 'active' &&
      !actors.has(x.member.email.toLowerCase()) &&
      !events.gardeners.some((g) => g.id === x.member.id) &&
      !wasRemoved(x),
  );
  assert.ok(m, 'the demo has active members in Events Management');
  return m;
}

async function readAs(upn: string, id: number): Promise<Membership | undefined> {
  return (await servicesAs(emu, upn).memberships.ofCommunity(events.id)).items.find((m) => m.id === id);
}

before(async () => {
  emu = await startDemo();
  events = await communityByTitle(emu, 'Events Management');
});
after(() => emu?.close());

describe("Welcoming and removing a community's members is for its gardeners", { timeout: 60_000 }, () => {
  test('W1 the gardener of another community and a member of staff can neither remove a member nor welcome them', async () => {
    const member = await someMember();
    for (const upn of [GARDENER_APPRAISALS, STAFF]) {
      for (const [what, status] of [
        ['remove', 1],
        ['welcome', 0],
      ] as const) {
        const merged = await new Rest(emu, upn).merge(item(member.id), {
          OData__ModerationStatus: status,
          OData__ModerationComments: `${what} by ${upn}`,
        });
        assert.ok(refused(merged), `${upn} ${what}: ${describe403(merged)}`);
      }
      await assert.rejects(servicesAs(emu, upn).memberships.remove(member, 'Not yours to remove'), `${upn} through the services`);
    }
    const now = await readAs(STAFF, member.id);
    assert.equal(now && effectiveStatus(now, events), 'active', 'still a member');
    assert.equal(now?.decisionNote, member.decisionNote, 'no note written');
  });

  test("W2 the community's gardener welcomes a member, who reads the note, and later removes them, with the reason they read", async () => {
    const first = await someMember();
    const welcomed = await servicesAs(emu, GARDENER_EVENTS).memberships.welcome(
      first,
      'Glad you are here: the next session is on the 3rd.',
    );
    assert.equal(welcomeNote(welcomed, events), 'Glad you are here: the next session is on the 3rd.');
    const seenByStaff = await readAs(STAFF, first.id);
    assert.equal(seenByStaff && welcomeNote(seenByStaff, events), 'Glad you are here: the next session is on the 3rd.');

    // Later the gardener removes them, with the reason they see.
    const removed = await servicesAs(emu, GARDENER_EVENTS).memberships.remove(welcomed, 'Posting adverts in the channel');
    assert.ok(wasRemoved(removed), 'removed');
    assert.equal(welcomeNote(removed, events), undefined, 'no welcome shown once removed');
    const read = await readAs(STAFF, first.id);
    assert.ok(read && wasRemoved(read) && effectiveStatus(read, events) === 'declined', 'no longer counted as a member');
    assert.equal(read && decisionReason(read), 'Posting adverts in the channel');
    const mine = (await servicesAs(emu, first.member.email).memberships.mine()).find((m) => m.id === first.id);
    assert.ok(mine && wasRemoved(mine), 'the member reads that they were removed');
    assert.equal(mine && decisionReason(mine), 'Posting adverts in the channel');
  });
});
