/**
 * Load: fifty people at once join, leave, pledge and ask to join, while a gardener approves and
 * declines as requests arrive and SharePoint throttles now and then, all through the real services
 * against the emulator. Bounded at 60 seconds.
 *
 * Threats (tests/security/README.md maps each to its test):
 *   L1 concurrent writes lose or duplicate memberships (two items for one person, a lost leave)
 *   L2 approvals under load leave SharePoint and the team's Microsoft 365 group out of step
 *   L3 throttling, or answers lost after a write landed, fail people's actions or repeat them
 * At the end every person's standing, the member counts and the group's members are exactly what
 * the successful actions say they should be.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import { createGroup } from '../../emulator/src/graph/index.ts';
import { isCoreChoiceNeeded } from '../../src/domain/errors.ts';
import { effectiveStatus, myStandings } from '../../src/domain/membershipRules.ts';
import { decideRequest } from '../../src/domain/workflows.ts';
import type { Community, Membership, MembershipLevel, MembershipStatus } from '../../src/domain/models.ts';
import { listPath, POD, Rest, servicesAs, startDemo } from './helpers.ts';

const PEOPLE = 50;
const GARDENER = 'sofia.rossi@cophub.example';
let emu: RunningEmulator;
let open: Community;
let approval: Community;
let forming: Community;

before(async () => {
  emu = await startDemo();
  const pod = new Rest(emu, POD);
  const gardener = emu.ctx.users.find((u) => u.userPrincipalName === GARDENER)!;
  const gardenerSiteId = (await pod.post('/_api/web/ensureuser', { logonName: `i:0#.f|membership|${GARDENER}` })).body.Id as number;
  const groupId = createGroup(emu.ctx, {
    displayName: 'Load Approval',
    mailNickname: 'load-approval',
    ownerIds: [gardener.id],
    memberIds: [gardener.id],
  });
  const add = (body: Record<string, unknown>): Promise<unknown> =>
    pod.post(`${listPath('communities')}/items`, { PracticeArea: 'Load', GardenersId: [gardenerSiteId], ...body });
  await add({ Title: 'Load Open', CopStatus: 'launched', JoinPolicy: 'open' });
  await add({ Title: 'Load Approval', CopStatus: 'launched', JoinPolicy: 'approval', GroupId: groupId });
  await add({ Title: 'Load Forming', CopStatus: 'forming', JoinPolicy: 'open', FoundingTarget: 50 });
  await servicesAs(emu, POD).setup.provision(); // their approval folders
  const all = await servicesAs(emu, POD).communities.all();
  [open, approval, forming] = ['Load Open', 'Load Approval', 'Load Forming'].map((t) => all.find((c) => c.title === t)!);
});
after(() => emu?.close());

type Action =
  | { kind: 'join'; community: () => Community; level: MembershipLevel }
  | { kind: 'leave'; community: () => Community }
  | { kind: 'pledge'; community: () => Community };

/** Five kinds of person, so every pattern (join then leave, rejoin, pledge, ask to join) happens at once. */
function script(i: number): Action[] {
  const join = (community: () => Community, level: MembershipLevel): Action => ({ kind: 'join', community, level });
  switch (i % 5) {
    case 0:
      return [{ kind: 'pledge', community: () => forming }, join(() => open, 'core'), { kind: 'leave', community: () => open }];
    case 1:
      return [join(() => open, 'wider'), join(() => approval, 'wider')];
    case 2:
      return [join(() => approval, 'wider'), { kind: 'pledge', community: () => forming }];
    case 3:
      return [join(() => open, 'core'), { kind: 'leave', community: () => open }, join(() => open, 'wider')];
    default:
      return [join(() => open, 'wider'), { kind: 'pledge', community: () => forming }, join(() => approval, 'wider')];
  }
}

/** What a person's actions say their standing should be, per community id. */
type Expected = Map<number, { level: MembershipLevel; status: MembershipStatus }>;

test(`${PEOPLE} people at once: memberships, counts and the team match exactly what succeeded`, { timeout: 60_000 }, async () => {
  const started = Date.now();
  const people = emu.ctx.users
    .filter((u) => !u.roles.includes('pod') && u.userPrincipalName !== GARDENER)
    .slice(0, PEOPLE)
    .map((u) => u.userPrincipalName);
  assert.equal(people.length, PEOPLE);
  // Along the way SharePoint throttles some membership writes (429, Retry-After: 1), and the network
  // loses the answers to others after they landed, so PnPjs sends them again; Graph loses two too.
  const writes = "getBy[Tt]itle\\('Memberships'\\)/(AddValidateUpdateItemUsingPath|items\\(\\d+\\))$";
  for (const fault of [
    { match: writes, method: 'POST', status: 429, times: 15, retryAfter: 1 },
    { match: writes, method: 'POST', network: true, after: true, times: 10 },
    { match: `/groups/${approval.groupId}/members/\\$ref$`, method: 'POST', network: true, after: true, times: 2 },
  ]) {
    const res = await fetch(`${emu.origin}/_emulator/faults`, { method: 'POST', body: JSON.stringify(fault) });
    assert.equal(res.status, 201);
  }

  const expected = new Map<string, Expected>();
  let retriesByPeople = 0;
  /** A person's action; on an error they press "Try again", as the screen offers. */
  async function act(upn: string, action: Action): Promise<void> {
    const s = servicesAs(emu, upn);
    const c = action.community();
    for (let attempt = 1; ; attempt++) {
      try {
        let m: Membership;
        if (action.kind === 'pledge') m = await s.memberships.pledge(c);
        else if (action.kind === 'leave') {
          const here = myStandings(await s.memberships.mine(), [c]).get(c.id);
          assert.ok(here, `${upn} leaves ${c.title} without a membership`);
          m = await s.memberships.leave(here.membership);
        } else {
          try {
            m = await s.memberships.join(c, action.level);
          } catch (e) {
            if (!isCoreChoiceNeeded(e)) throw e;
            m = await s.memberships.join(c, action.level, true); // they choose to move their core membership here
          }
        }
        const mine = expected.get(upn) ?? new Map();
        mine.set(c.id, { level: m.level, status: m.status });
        expected.set(upn, mine);
        return;
      } catch (e) {
        if (attempt >= 5) throw e;
        retriesByPeople++;
      }
    }
  }

  // The gardener decides what arrives until everyone is done: even-numbered people approved, odd declined.
  const decided = new Map<string, boolean>();
  const attempted = new Set<string>();
  let teamRetries = 0;
  let done = false;
  const gardener = servicesAs(emu, GARDENER);
  /** The team update, with "Try again" pressed until it goes through. */
  async function addToTeam(email: string, firstError: unknown): Promise<void> {
    for (let attempt = 1, failed = firstError; failed !== undefined; attempt++) {
      if (attempt > 5) throw failed;
      teamRetries++;
      failed = await gardener.groups.addMember(approval.groupId!, email).then(
        () => undefined,
        (e: unknown) => e,
      );
    }
  }
  const gardening = (async () => {
    for (;;) {
      const { items } = await gardener.memberships.ofCommunity(approval.id);
      const waiting = items.filter((m) => m.approval === 'pending' && m.status === 'pending');
      // A decision whose answer never arrived shows as made when the page is read again.
      for (const m of items.filter((x) => x.approval !== 'pending' && attempted.has(x.member.email) && !decided.has(x.member.email))) {
        decided.set(m.member.email, m.approval === 'approved');
        if (m.approval === 'approved') await addToTeam(m.member.email, new Error('answer lost'));
      }
      if (done && waiting.length === 0) return;
      for (const request of waiting) {
        const approve = people.indexOf(request.member.email) % 2 === 0;
        attempted.add(request.member.email);
        try {
          const { membership, groupError } = await decideRequest(gardener, approval, request, approve);
          assert.equal(membership.approval, approve ? 'approved' : 'rejected');
          decided.set(request.member.email, approve);
          // The decision stood but the team could not be told: the gardener presses "Try again" for it.
          await addToTeam(request.member.email, groupError);
        } catch (e) {
          // Throttled past PnPjs's retries, changed since it was read (412) or the network gave out: read again.
          if (!(e instanceof TypeError) && ![412, 429].includes((e as { status?: number }).status ?? 0)) throw e;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  gardening.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled

  await Promise.all(
    people.map(async (upn, i) => {
      for (const action of script(i)) await act(upn, action);
    }),
  );
  done = true;
  await gardening;
  const elapsed = Date.now() - started;

  // Every person: at most one current item per community, standing exactly as their last action (and the decision) says.
  const pod = servicesAs(emu, POD);
  const load = [open, approval, forming];
  const counted = {
    [open.id]: { core: 0, wider: 0, pledged: 0 },
    [approval.id]: { core: 0, wider: 0, pledged: 0 },
    [forming.id]: { core: 0, wider: 0, pledged: 0 },
  };
  for (const upn of people) {
    const mine = (await servicesAs(emu, upn).memberships.mine()).filter((m) => load.some((c) => c.id === m.communityId));
    for (const c of load) {
      const items = mine.filter((m) => m.communityId === c.id);
      const want = expected.get(upn)?.get(c.id);
      if (!want) {
        assert.equal(items.length, 0, `${upn} has an item in ${c.title} no action asked for`);
        continue;
      }
      assert.equal(items.length, 1, `${upn} has ${items.length} items in ${c.title}`);
      const [m] = items;
      assert.equal(m.level, want.level, `${upn} in ${c.title}`);
      const decision = decided.get(upn);
      const believed = c.id === approval.id ? (decision === undefined ? 'pending' : decision ? 'active' : 'declined') : want.status;
      assert.equal(effectiveStatus(m, c), believed, `${upn} in ${c.title}`);
      if (believed === 'interested') counted[c.id].pledged++;
      else if (believed === 'active') counted[c.id][m.level]++;
    }
  }
  assert.ok(decided.size > 0 && [...decided.values()].some((v) => !v), 'the gardener approved and declined under load');
  assert.deepEqual(await pod.memberships.counts(load), counted, 'member counts match what succeeded');

  // The team holds the gardener and exactly the approved people.
  const approvedEmails = [...decided].filter(([, ok]) => ok).map(([upn]) => upn);
  const team = (await pod.groups.memberEmails(approval.groupId!)).sort();
  assert.deepEqual(team, [GARDENER, ...approvedEmails].sort());
  assert.equal(emu.faults.remaining(), 0, 'the throttling happened');
  assert.ok(elapsed < 60_000, `took ${elapsed} ms`);
  console.log(
    `load: ${PEOPLE} people, ${people.reduce((n, _, i) => n + script(i).length, 0)} actions, ${decided.size} decisions, ${retriesByPeople} retries by people, ${teamRetries} team retries, ${elapsed} ms`,
  );
});
