/**
 * Teams activity feed notifications end to end: the real services (PnPjs SharePoint and Graph)
 * against the emulator with the demo programme. Each action is done once SharePoint accepted it;
 * the notification follows, once, to the right people, with a deep link to the right community;
 * a notification that fails leaves the action done and tells the person who acted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import { insertUsers } from '../../emulator/src/graph/index.ts';
import { effectiveStatus } from '../../src/domain/membershipRules.ts';
import { parseTeamsDeepLink, type NotifyOutcome } from '../../src/domain/notifications.ts';
import { decideRequest } from '../../src/domain/workflows.ts';
import type { Person } from '../../src/domain/models.ts';
import { communityByTitle, GARDENER_APPRAISALS, GARDENER_EVENTS, POD, servicesAs, STAFF, STAFF2, startDemo } from '../security/helpers.ts';

interface FeedEntry {
  activityType: string;
  text: string;
  webUrl: string;
  actor: string;
}

describe('Teams activity feed notifications', () => {
  let emu: RunningEmulator;
  before(async () => {
    emu = await startDemo();
  });
  after(async () => {
    await emu.close();
  });

  const feed = async (upn: string): Promise<FeedEntry[]> => {
    const res = await fetch(`${emu.origin}/_emulator/activity-feed`, { headers: { 'X-Emulator-User': upn } });
    return ((await res.json()) as { value: FeedEntry[] }).value;
  };
  const setInstalled = (user: string, installed: boolean): Promise<Response> =>
    fetch(`${emu.origin}/_emulator/teams-app`, { method: 'POST', body: JSON.stringify({ user, installed }) });

  test('a join request tells the gardener; approving it tells the member exactly once, linking to the community', async () => {
    const events = await communityByTitle(emu, 'Events Management');
    const staff = servicesAs(emu, STAFF);
    const request = await staff.memberships.join(events, 'wider');
    assert.equal(effectiveStatus(request, events), 'pending');
    await staff.notifications.idle();
    const gardenerFeed = (await feed(GARDENER_EVENTS)).filter((e) => e.activityType === 'joinRequested');
    assert.equal(gardenerFeed.length, 1);
    assert.match(gardenerFeed[0].text, /^Sam Taylor asked to join Events Management$/);
    assert.deepEqual(parseTeamsDeepLink(gardenerFeed[0].webUrl), {
      page: 'community',
      communityId: events.id,
      section: 'members',
      itemId: request.id,
    });

    const gardener = servicesAs(emu, GARDENER_EVENTS);
    const { membership } = await decideRequest(gardener, events, request, true);
    assert.equal(membership.approval, 'approved');
    await gardener.notifications.idle();
    const told = (await feed(STAFF)).filter((e) => e.activityType === 'requestApproved');
    assert.equal(told.length, 1);
    assert.equal(told[0].actor, "Liam O'Brien");
    assert.deepEqual(parseTeamsDeepLink(told[0].webUrl), {
      page: 'community',
      communityId: events.id,
      section: 'overview',
      itemId: request.id,
    });

    // The same approval sent again, from this page or another one (a retry, a second tab): still one.
    const event = {
      kind: 'requestApproved' as const,
      community: events,
      membershipId: membership.id,
      version: membership.etag,
      member: request.member,
      actor: { id: 0, displayName: 'Liam', email: GARDENER_EVENTS },
    };
    assert.equal((await gardener.notifications.send(event)).duplicate, true);
    await servicesAs(emu, GARDENER_EVENTS).notifications.send(event);
    assert.equal((await feed(STAFF)).filter((e) => e.activityType === 'requestApproved').length, 1);
  });

  test('a failed notification leaves the approval done and tells the approver who was not told', async () => {
    const appraisals = await communityByTitle(emu, 'Appraisals and Inductions');
    const request = await servicesAs(emu, STAFF2).memberships.join(appraisals, 'wider');
    await setInstalled(STAFF2, false);
    try {
      const gardener = servicesAs(emu, GARDENER_APPRAISALS);
      const heard: NotifyOutcome[] = [];
      gardener.notifications.onUndelivered((o) => heard.push(o));
      const { membership } = await decideRequest(gardener, appraisals, request, true);
      await gardener.notifications.idle();
      assert.equal(membership.approval, 'approved');
      assert.equal((await servicesAs(emu, STAFF2).memberships.mine()).find((m) => m.id === request.id)?.approval, 'approved');
      assert.equal(heard.length, 1);
      assert.deepEqual(
        heard[0].undelivered.map((u) => [u.person.email, u.reason]),
        [[STAFF2, 'notInstalled']],
      );
      assert.equal((await feed(STAFF2)).filter((e) => e.activityType === 'requestApproved').length, 0);
    } finally {
      await setInstalled(STAFF2, true);
    }
  });

  test('a person who turned a kind off is not told of it, and is told of the others', async () => {
    const staff = servicesAs(emu, STAFF);
    assert.deepEqual(await staff.notifications.setMutedKinds(['requestDeclined']), ['requestDeclined']);
    assert.deepEqual(await servicesAs(emu, STAFF).notifications.mutedKinds(), ['requestDeclined']);
    const appraisals = await communityByTitle(emu, 'Appraisals and Inductions');
    const request = await staff.memberships.join(appraisals, 'wider');
    await staff.notifications.idle();
    const gardener = servicesAs(emu, GARDENER_APPRAISALS);
    const before = (await feed(STAFF)).length;
    await decideRequest(gardener, appraisals, request, false, 'We are full this term');
    await gardener.notifications.idle();
    assert.equal((await feed(STAFF)).length, before, 'a decline was muted');
    await staff.notifications.setMutedKinds([]);
    assert.deepEqual(await staff.notifications.mutedKinds(), []);
  });

  test('a suggestion tells the POD team; a 429 from Graph is waited out and sent once', async () => {
    await fetch(`${emu.origin}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ match: 'sendActivityNotification', status: 429, times: 1, retryAfter: 1 }),
    });
    const staff = servicesAs(emu, STAFF2);
    await staff.content.suggest({ title: '<script>alert(1)</script> Data', description: 'x', practiceArea: 'People', kind: 'new idea' });
    await staff.notifications.idle();
    // The demo seed's suggestions told POD too; this one, once.
    const told = (await feed(POD)).filter((e) => e.activityType === 'suggestionMade' && e.text.includes('<script>'));
    assert.equal(told.length, 1);
    assert.equal(told[0].text, 'Alex Adams suggested a community: <script>alert(1)</script> Data');
  });

  test('a 412 (token about to expire) is retried once; a recipient id that does not exist is reported, not thrown', async () => {
    const gardener = servicesAs(emu, GARDENER_EVENTS);
    const events = await communityByTitle(emu, 'Events Management');
    await fetch(`${emu.origin}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ match: 'sendActivityNotification', status: 412, times: 1 }),
    });
    const ghost: Person = { id: 0, displayName: 'Nobody', email: 'nobody@cophub.example', aadId: '00000000-0000-0000-0000-00000000dead' };
    const staff: Person = { id: 0, displayName: 'Sam Taylor', email: STAFF };
    const out = await gardener.notifications.send({
      kind: 'communityLaunched',
      community: events,
      founders: [staff, ghost],
      version: 'v-412',
      actor: { id: 0, displayName: 'Liam', email: GARDENER_EVENTS },
    });
    assert.deepEqual(
      out.sent.map((p) => p.email),
      [STAFF],
    );
    assert.deepEqual(
      out.undelivered.map((u) => [u.person.email, u.reason]),
      [['nobody@cophub.example', 'notFound']],
    );
  });

  test('500 founders are told in five requests of 100', async () => {
    const people = Array.from({ length: 500 }, (_, i) => {
      const n = String(i).padStart(3, '0');
      return {
        id: `5000${n}00-0000-4000-8000-000000000000`,
        userPrincipalName: `founder${n}@cophub.example`,
        mail: `founder${n}@cophub.example`,
        displayName: `Founder ${n}`,
        givenName: 'Founder',
        surname: n,
        jobTitle: '',
        department: '',
        officeLocation: '',
        roles: ['staff' as const],
      };
    });
    insertUsers(emu.ctx.db, people, 10000, false);
    const events = await communityByTitle(emu, 'Events Management');
    const founders: Person[] = people.map((p) => ({ id: 0, displayName: p.displayName, email: p.mail, aadId: p.id }));
    await fetch(`${emu.origin}/_emulator/stats`, { method: 'DELETE' });
    const out = await servicesAs(emu, POD).notifications.send({
      kind: 'communityLaunched',
      community: events,
      founders,
      version: 'v-500',
      actor: { id: 0, displayName: 'Priya', email: POD },
    });
    assert.equal(out.sent.length, 500);
    // Their directory ids are known and none has a site user id to read opt-outs by: only the sends reach Graph.
    const stats = (await (await fetch(`${emu.origin}/_emulator/stats`)).json()) as { graph: number };
    assert.equal(stats.graph, 5);
    // The founders are directory users only (no emulator identity to sign in as): their feeds, read in the store.
    const feeds = emu.ctx.db
      .prepare("SELECT COUNT(DISTINCT recipient_id) AS n FROM graph_activity_feed WHERE recipient_id LIKE '5000%'")
      .get() as { n: number };
    assert.equal(feeds.n, 500);
  });
});
