/**
 * One contract, two implementations: the scenarios below run against the in-memory fakes that
 * component tests use (src/ui/testing/fakeServices.ts) and against the real PnPjs services on the
 * emulator with the demo programme. A fake that answers differently from SharePoint fails here, so a
 * component test can't pass only because of its fake.
 *
 * Each scenario gets a fresh world: someone who belongs to nothing, two open communities, one that
 * needs approval (whose gardener has a request from someone else waiting), and a forming one.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CoreChoiceNeeded } from '../../src/domain/errors.ts';
import { effectiveStatus } from '../../src/domain/membershipRules.ts';
import type { Community, MemberCounts, Membership } from '../../src/domain/models.ts';
import type { CopServices, NewResource } from '../../src/domain/services.ts';
import { community, fakeServices, membership } from '../../src/ui/testing/fakeServices.ts';
import { GARDENER_EVENTS, POD, STAFF, servicesAs, startDemo } from '../security/helpers.ts';

interface World {
  /** A member of staff who belongs to nothing yet. */
  staff: CopServices;
  /** The gardener (approver) of `approval`. */
  gardener: CopServices;
  open: [Community, Community];
  approval: Community;
  forming: Community;
  close(): Promise<void>;
}

interface Implementation {
  name: string;
  world(): Promise<World>;
}

const fakes: Implementation = {
  name: 'the fakes',
  async world() {
    const gardenerPerson = { id: 20, displayName: 'Liam OBrien', email: 'liam@cophub.example' };
    const communities = [
      community(1, { joinPolicy: 'open' }),
      community(2, { joinPolicy: 'open' }),
      community(3, { joinPolicy: 'approval', gardeners: [gardenerPerson] }),
      community(4, { status: 'forming', joinPolicy: 'open' }),
    ];
    const others = [membership(3, 31, { approval: 'pending' }), membership(3, 32)];
    return {
      staff: fakeServices({ communities, others: [...others] }),
      gardener: fakeServices({ communities, others: [...others], me: { ...gardenerPerson } }),
      open: [communities[0], communities[1]],
      approval: communities[2],
      forming: communities[3],
      close: async () => undefined,
    };
  },
};

const emulator: Implementation = {
  name: 'the services on the emulator',
  async world() {
    const emu = await startDemo();
    const all = await servicesAs(emu, POD).communities.all();
    const open = all.filter((c) => c.status === 'launched' && c.joinPolicy === 'open');
    const gardener = servicesAs(emu, GARDENER_EVENTS);
    const gardenerId = await gardener.people.myId();
    const approval = all.find((c) => c.joinPolicy === 'approval' && c.gardeners.some((g) => g.id === gardenerId));
    const forming = all.find((c) => c.status === 'forming');
    assert.ok(open.length >= 2 && approval && forming, 'the demo has two open communities, an approval one and a forming one');
    return { staff: servicesAs(emu, STAFF), gardener, open: [open[0], open[1]], approval, forming, close: () => emu.close() };
  },
};

const total = (c: MemberCounts): number => c.core + c.wider;
const countOf = async (s: CopServices, c: Community): Promise<MemberCounts> => (await s.memberships.counts([c]))[c.id];
const mineIn = async (s: CopServices, c: Community): Promise<Membership[]> =>
  (await s.memberships.mine()).filter((m) => m.communityId === c.id);
const resourceFor = (c: Community, title: string): NewResource => ({
  communityId: c.id,
  title,
  resourceType: 'template',
  url: 'https://cophub.example/templates/plan.docx',
  description: 'A plan template',
  reviewDate: '',
});

/** A request from someone else (a gardener's approval of their own request doesn't count). */
const waitingRequest = async (gardener: CopServices, c: Community): Promise<Membership | undefined> => {
  const me = await gardener.people.myId();
  return (await gardener.memberships.ofCommunity(c.id)).items.find(
    (m) => m.member.id !== me && m.status !== 'interested' && effectiveStatus(m, c) === 'pending',
  );
};

type Scenario = [name: string, run: (w: World) => Promise<void>];

const scenarios: Scenario[] = [
  [
    'joining an open community makes me an active member at once; joining again changes nothing',
    async ({ staff, open: [c] }) => {
      const joined = await staff.memberships.join(c, 'wider');
      assert.equal(joined.communityId, c.id);
      assert.equal(joined.level, 'wider');
      assert.equal(effectiveStatus(joined, c), 'active');
      const again = await staff.memberships.join(c, 'wider');
      assert.equal(again.id, joined.id);
      assert.equal((await mineIn(staff, c)).length, 1);
    },
  ],
  [
    'my join adds one to the community’s count, and leaving takes it away',
    async ({ staff, open: [c] }) => {
      const before = await countOf(staff, c);
      const joined = await staff.memberships.join(c, 'core');
      assert.deepEqual(await countOf(staff, c), { ...before, core: before.core + 1 });
      const left = await staff.memberships.leave(joined);
      assert.equal(left.status, 'left');
      assert.deepEqual(await countOf(staff, c), before);
    },
  ],
  [
    'one core community at a time: a second core join asks me to choose, and moving makes the first wider',
    async ({ staff, open: [a, b] }) => {
      await staff.memberships.join(a, 'core');
      await assert.rejects(staff.memberships.join(b, 'core'), (e) => e instanceof CoreChoiceNeeded);
      assert.deepEqual(await mineIn(staff, b), [], 'nothing was written when I was asked to choose');
      const moved = await staff.memberships.join(b, 'core', true);
      assert.equal(moved.level, 'core');
      const levels = (await staff.memberships.mine()).map((m) => [m.communityId, m.level]).sort();
      assert.deepEqual(
        levels,
        [
          [a.id, 'wider'],
          [b.id, 'core'],
        ].sort(),
      );
    },
  ],
  [
    'a request to a community that needs approval waits, and is not counted',
    async ({ staff, approval: c }) => {
      const before = await countOf(staff, c);
      const requested = await staff.memberships.join(c, 'wider');
      assert.equal(effectiveStatus(requested, c), 'pending');
      assert.equal(requested.approval, 'pending');
      assert.deepEqual(await countOf(staff, c), before);
    },
  ],
  [
    'pledging to a forming community makes a core pledge, counted as pledged; pledging again changes nothing',
    async ({ staff, forming: c }) => {
      const before = await countOf(staff, c);
      const pledged = await staff.memberships.pledge(c);
      assert.equal(pledged.status, 'interested');
      assert.equal(pledged.level, 'core');
      assert.equal((await staff.memberships.pledge(c)).id, pledged.id);
      assert.equal((await countOf(staff, c)).pledged, before.pledged + 1);
      assert.equal(total(await countOf(staff, c)), total(before));
    },
  ],
  [
    'the gardener approves a waiting request: it shows as approved and counts',
    async ({ gardener, approval: c }) => {
      const before = await countOf(gardener, c);
      const waiting = await waitingRequest(gardener, c);
      assert.ok(waiting, 'a request waits');
      const decided = await gardener.memberships.decide(waiting, true);
      assert.equal(decided.approval, 'approved');
      assert.equal(effectiveStatus(decided, c), 'active');
      assert.equal(total(await countOf(gardener, c)), total(before) + 1);
    },
  ],
  [
    'the gardener declines with a reason, which the request keeps, and it does not count',
    async ({ gardener, approval: c }) => {
      const before = await countOf(gardener, c);
      const waiting = await waitingRequest(gardener, c);
      assert.ok(waiting, 'a request waits');
      const decided = await gardener.memberships.decide(waiting, false, 'This community is for recruitment staff');
      assert.equal(effectiveStatus(decided, c), 'declined');
      assert.equal(decided.decisionNote, 'This community is for recruitment staff');
      assert.deepEqual(await countOf(gardener, c), before);
    },
  ],
  [
    'a resource I add is mine and waits for the gardener; I can edit it, a stale edit is refused, and I can remove it',
    async ({ staff, open: [c] }) => {
      await staff.memberships.join(c, 'wider');
      const me = await staff.people.myId();
      const added = await staff.content.addResource(resourceFor(c, 'Project plan'));
      assert.equal(added.authorId, me);
      assert.equal(added.approval, 'pending');
      assert.deepEqual(
        (await staff.content.resources(c.id)).filter((r) => r.id === added.id).map((r) => r.title),
        ['Project plan'],
        'I see my own resource while it waits',
      );
      const { communityId: _, ...changes } = resourceFor(c, 'Project plan v2');
      const edited = await staff.content.updateResource(added, changes);
      assert.equal(edited.title, 'Project plan v2');
      assert.equal(edited.approval, 'pending');
      await assert.rejects(staff.content.updateResource(added, changes), (e: { status?: number }) => e.status === 412);
      await staff.content.removeResource(edited);
      assert.deepEqual(
        (await staff.content.resources(c.id)).filter((r) => r.id === added.id),
        [],
      );
    },
  ],
];

for (const impl of [fakes, emulator]) {
  describe(`the services contract: ${impl.name}`, () => {
    for (const [name, run] of scenarios) {
      test(name, async () => {
        const world = await impl.world();
        try {
          await run(world);
        } finally {
          await world.close();
        }
      });
    }
  });
}
