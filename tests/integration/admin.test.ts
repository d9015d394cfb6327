/**
 * POD administration end to end over the demo programme: the command set's commands and the
 * console's service as the POD team (real PnPjs against the emulator, Graph group membership
 * included), and the same things refused to staff — through the services and by direct REST, where
 * only SharePoint's own permissions stand in the way.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { SEEDS } from '../../emulator/src/seeds.ts';
import { createGroup } from '../../emulator/src/graph/index.ts';
import { createServices } from '../../src/data/factory.ts';
import { effectiveStatus } from '../../src/domain/membershipRules.ts';
import type { Community } from '../../src/domain/models.ts';
import { runPodCommand } from '../../src/domain/podCommands.ts';
import { TEST_COMMAND_TEXT } from '../podCommandText.ts';
import { sponsorReport } from '../../src/domain/sponsorReport.ts';
import { createClients } from '../../src/data/clients.ts';
import { LIST_SCHEMA, LIST_TITLES } from '../../src/schema/lists.ts';
import type { CopServices } from '../../src/domain/services.ts';

const D = '@cophub.example';
const POD = `priya.desai${D}`;
const STAFF = `sam.taylor${D}`;

const TEXT = TEST_COMMAND_TEXT;

let emu: RunningEmulator;
const as = (upn: string): CopServices =>
  createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': upn } });
const byTitle = async (title: string): Promise<Community> => {
  const c = (await as(POD).communities.all()).find((x) => x.title === title);
  assert.ok(c, `community ${title} exists`);
  return c;
};

/** Direct REST as `upn`, with their own form digest: what anyone could send from the browser console. */
async function rest(upn: string, method: 'POST' | 'MERGE', path: string, body: unknown): Promise<number> {
  const headers = { 'X-Emulator-User': upn, Accept: 'application/json' };
  const info = (await (await fetch(`${emu.siteUrl}/_api/contextinfo`, { method: 'POST', headers })).json()) as { FormDigestValue: string };
  const res = await fetch(`${emu.siteUrl}${path}`, {
    method: 'POST',
    headers: {
      ...headers,
      'Content-Type': 'application/json',
      'X-RequestDigest': info.FormDigestValue,
      ...(method === 'MERGE' ? { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' } : {}),
    },
    body: JSON.stringify(body),
  });
  return res.status;
}
const list = (title: string): string => `/_api/web/lists/getbytitle('${encodeURIComponent(title)}')`;

before(async () => {
  emu = await startEmulator({ port: 0, seed: SEEDS.demo });
});
after(async () => {
  await emu?.close();
});

describe('the lists, fit for admins', () => {
  test('provisioning made every admin view, with its columns in order, and the column formatting', async () => {
    const { sp } = createClients({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': POD } });
    for (const spec of LIST_SCHEMA) {
      const views = await sp.web.lists.getByTitle(spec.title).views.select('Id', 'Title', 'ViewQuery')();
      for (const v of spec.views) {
        const have = views.find((x: { Title: string }) => x.Title === v.title);
        assert.ok(have, `${spec.title}: view ${v.title}`);
        assert.equal(have.ViewQuery, v.query ?? '');
        const fields = (await sp.web.lists.getByTitle(spec.title).views.getById(have.Id).fields.select('Items')()) as { Items: string[] };
        assert.deepEqual(fields.Items, v.fields, `${spec.title}: columns of ${v.title}`);
      }
    }
    const status = await sp.web.lists
      .getByTitle(LIST_TITLES.communities)
      .fields.getByInternalNameOrTitle('CopStatus')
      .select('CustomFormatter')();
    assert.match(String((status as { CustomFormatter?: string }).CustomFormatter), /sp-field-severity--good/);
    for (const title of ['Pending requests', 'Forming communities and their founders']) {
      assert.ok(
        LIST_SCHEMA.find((l) => l.title === LIST_TITLES.memberships)!.views.some((v) => v.title === title),
        title,
      );
    }
  });

  test('"Set up or repair lists" puts a view someone changed back, and then changes nothing', async () => {
    const { sp } = createClients({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': POD } });
    const view = sp.web.lists.getByTitle(LIST_TITLES.memberships).views.getByTitle('Pending requests');
    await view.update({ ViewQuery: '' });
    await view.fields.removeAll();
    const changes = await as(POD).setup.provision();
    assert.deepEqual(changes, ['Memberships: repaired view Pending requests']);
    assert.deepEqual(await as(POD).setup.provision(), []);
  });
});

describe('as the POD team', () => {
  test('approves two requests at once; the members join the community team on Graph', async () => {
    const pod = as(POD);
    const communities = await pod.communities.all();
    const pending = (await pod.admin.memberships()).filter(
      (m) => m.approval === 'pending' && m.status === 'pending' && communities.find((c) => c.id === m.communityId)?.groupId,
    );
    assert.ok(pending.length >= 3, `the demo has pending requests (${pending.length})`);
    const [a, b] = pending;
    const results = await runPodCommand('APPROVE_REQUESTS', [a.id, b.id], pod, {}, TEXT);
    assert.deepEqual(
      results.map((r) => [r.id, r.ok, r.message]),
      [
        [a.id, true, undefined],
        [b.id, true, undefined],
      ],
    );
    for (const m of [a, b]) {
      const c = communities.find((x) => x.id === m.communityId)!;
      const now = (await pod.admin.membership(m.id))!;
      assert.equal(effectiveStatus(now, c), 'active');
      assert.ok(
        (await pod.groups.memberEmails(c.groupId!)).includes(m.member.email.toLowerCase()),
        `${m.member.email} is in ${c.title}'s team`,
      );
    }
    // Deciding again changes nothing and says so.
    assert.equal((await runPodCommand('APPROVE_REQUESTS', [a.id], pod, {}, TEXT))[0].message, 'already decided');
  });

  test('declines a request with a reason the member can read', async () => {
    const pod = as(POD);
    const [req] = (await pod.admin.memberships()).filter((m) => m.approval === 'pending' && m.status === 'pending');
    const [result] = await runPodCommand('DECLINE_REQUESTS', [req.id], pod, { reason: 'The community is full this term.' }, TEXT);
    assert.equal(result.ok, true, result.message);
    const now = (await pod.admin.membership(req.id))!;
    assert.equal(now.approval, 'rejected');
    assert.equal(now.decisionNote, 'The community is full this term.');
  });

  test('accepts a suggestion: a proposed community is created and linked, with its approval folder', async () => {
    const pod = as(POD);
    const suggestion = (await pod.content.suggestions()).find((s) => s.status === 'new' && s.kind === 'new idea')!;
    const [result] = await runPodCommand('ACCEPT_SUGGESTION', [suggestion.id], pod, {}, TEXT);
    assert.equal(result.ok, true, result.message);
    const created = await byTitle(suggestion.title);
    assert.equal(created.status, 'proposed');
    const now = (await pod.admin.suggestion(suggestion.id))!;
    assert.deepEqual([now.status, now.linkedCommunityId], ['accepted', created.id]);
    // Accepting again makes no second community.
    await runPodCommand('ACCEPT_SUGGESTION', [suggestion.id], pod, {}, TEXT);
    assert.equal((await pod.communities.all()).filter((c) => c.title === suggestion.title).length, 1);
    // Staff can now ask to join it: the request lands in its folder.
    const request = await as(STAFF).memberships.join(created, 'wider');
    assert.equal(request.communityId, created.id);
  });

  test('accepts an existing network: listed as launched with its organiser as gardener, or a network the hub links to', async () => {
    const pod = as(POD);
    const network = (await pod.content.suggestions()).find((s) => s.status === 'new' && s.kind === 'existing network')!;
    assert.ok(network.author, 'the network has an organiser');
    // Without POD's choice nothing is created: an existing network is not a new idea.
    assert.equal((await runPodCommand('ACCEPT_SUGGESTION', [network.id], pod, {}, TEXT))[0].message, 'problem choiceNeeded');
    assert.equal(
      (await pod.communities.all()).some((c) => c.title === network.title),
      false,
    );

    const [listed] = await runPodCommand('ACCEPT_SUGGESTION', [network.id], pod, { network: { kind: 'listLaunched' } }, TEXT);
    assert.equal(listed.ok, true, listed.message);
    const launched = await byTitle(network.title);
    assert.equal(launched.status, 'launched');
    assert.equal(launched.kind, undefined, 'a community of practice the hub runs');
    assert.deepEqual(
      launched.gardeners.map((g) => g.email),
      [network.author.email],
    );
    // The history says truthfully where it came from.
    const [created] = (await pod.admin.history(launched)).filter((e) => e.kind === 'created');
    assert.equal(created.status, 'launched');
    assert.equal((await pod.admin.suggestion(network.id))?.linkedCommunityId, launched.id);
    // Its organiser, now its gardener, decides requests to join it in its folder.
    const request = await as(STAFF).memberships.join(launched, 'wider');
    assert.equal(request.communityId, launched.id);

    // A second network, recorded as one the hub links to.
    const other = await as(STAFF).content.suggest({
      title: 'Research software engineers',
      description: 'An existing network with its own site.',
      practiceArea: 'Research',
      kind: 'existing network',
    });
    const [linked] = await runPodCommand(
      'ACCEPT_SUGGESTION',
      [other.id],
      pod,
      { network: { kind: 'link', url: 'https://rse.example/network' } },
      TEXT,
    );
    assert.equal(linked.message, 'linked Research software engineers at https://rse.example/network');
    const link = await byTitle(other.title);
    assert.deepEqual(
      [link.kind, link.status, link.siteUrl, link.gardeners.length],
      ['linked network', 'launched', 'https://rse.example/network', 0],
    );
    // Accepting again changes nothing.
    await runPodCommand('ACCEPT_SUGGESTION', [other.id], pod, { network: { kind: 'listLaunched' } }, TEXT);
    assert.equal((await pod.communities.all()).filter((c) => c.title === other.title).length, 1);
    assert.equal((await byTitle(other.title)).kind, 'linked network');
  });

  test('declines a suggestion with a reason', async () => {
    const pod = as(POD);
    const suggestion = (await pod.content.suggestions()).find((s) => s.status === 'new')!;
    await runPodCommand('DECLINE_SUGGESTION', [suggestion.id], pod, { reason: 'Covered by Digital Communications.' }, TEXT);
    const now = (await pod.admin.suggestion(suggestion.id))!;
    assert.deepEqual([now.status, now.response], ['declined', 'Covered by Digital Communications.']);
  });

  test('launches a forming community once its pledges reach the target; founders become core members', async () => {
    const pod = as(POD);
    const forming = (await pod.communities.all()).find((c) => c.status === 'forming' && c.foundingTarget)!;
    const counts = await pod.memberships.counts([forming]);
    const refused = await runPodCommand('LAUNCH_COMMUNITY', [forming.id], pod, { reason: 'Ready' }, TEXT);
    if (counts[forming.id].pledged < forming.foundingTarget!) {
      assert.equal(refused[0].message, `${counts[forming.id].pledged} of ${forming.foundingTarget}`);
      // More people pledge until the target is reached.
      const users = (await (await fetch(`${emu.origin}/_emulator/users`)).json()) as {
        value: Array<{ userPrincipalName: string; roles: string[] }>;
      };
      const pledgers = users.value.filter((u) => u.roles.length === 1 && u.roles[0] === 'staff').map((u) => u.userPrincipalName);
      for (const upn of pledgers) {
        if ((await pod.memberships.counts([forming]))[forming.id].pledged >= forming.foundingTarget!) break;
        await as(upn).memberships.pledge(forming);
      }
    }
    const groupId = createGroup(emu.ctx, { displayName: forming.title, mailNickname: 'forming', ownerIds: [POD], memberIds: [POD] });
    const group = await pod.admin.findGroup(groupId.toUpperCase());
    assert.equal(group?.displayName, forming.title);
    assert.equal(await pod.admin.findGroup('00000000-0000-4000-8000-00000000dead'), undefined);
    const linked = await pod.admin.linkGroup(forming, group!);
    assert.equal(linked.groupId, groupId);

    const [result] = await runPodCommand('LAUNCH_COMMUNITY', [forming.id], pod, { reason: 'Founding target reached' }, TEXT);
    assert.equal(result.ok, true, result.message);
    assert.match(result.message ?? '', / 0 failed$/);
    const launched = await byTitle(forming.title);
    assert.equal(launched.status, 'launched');
    // Every founder is a member now: core here, or wider here if they were core elsewhere (one core at a time).
    const all = await pod.admin.memberships();
    const founders = all.filter((m) => m.communityId === forming.id);
    assert.ok(founders.length >= forming.foundingTarget!);
    assert.ok(
      founders.every((m) => effectiveStatus(m, launched) === 'active'),
      'every founder is an active member',
    );
    assert.ok(
      founders.some((m) => m.level === 'core'),
      'founders core nowhere else are core here',
    );
    for (const f of founders) {
      const cores = all.filter((m) => m.member.id === f.member.id && m.level === 'core' && m.status === 'active');
      assert.ok(cores.length <= 1, `${f.member.displayName} is core in ${cores.length} communities`);
    }
    const team = await pod.groups.memberEmails(groupId);
    assert.ok(
      founders.every((m) => team.includes(m.member.email.toLowerCase())),
      'founders joined the team',
    );

    // The history shows who launched it and why, from SharePoint's versions.
    const history = await pod.admin.history(launched);
    const launch = history.find((h) => h.kind === 'changed' && h.status === 'launched');
    assert.ok(launch, JSON.stringify(history.slice(0, 3)));
    assert.deepEqual([launch.who, launch.note], ['Priya Desai', 'Founding target reached']);
    assert.ok(
      history.some((h) => h.kind === 'changed' && h.fields?.includes('GroupId')),
      'linking the team is in the history',
    );
    assert.ok(history.some((h) => h.kind === 'request' && h.approval === 'approved'));
  });

  test('a sponsor report from the live lists', async () => {
    const pod = as(POD);
    const c = await byTitle('Student Recruitment');
    const [memberships, events, resources, profiles] = await Promise.all([
      pod.admin.memberships(),
      pod.admin.events(),
      pod.admin.resources(),
      pod.admin.profiles(),
    ]);
    const report = sponsorReport({ community: c, memberships, events, resources, profiles, now: new Date() });
    assert.equal(report.membersOverTime.length, 12);
    assert.ok(report.membersOverTime[11].members > 0);
    assert.equal(report.membersOverTime[11].members, report.activeNow.core + report.activeNow.wider);
    assert.ok(report.sessions.length > 0, 'sessions were held');
  });
});

describe('as a gardener', () => {
  test("decides their own community's requests and no other", async () => {
    const pod = as(POD);
    const communities = await pod.communities.all();
    const events = communities.find((c) => c.title === 'Events Management')!;
    const all = await pod.admin.memberships();
    // A colleague with no membership of Events Management asks to join it.
    const users = (await (await fetch(`${emu.origin}/_emulator/users`)).json()) as {
      value: Array<{ userPrincipalName: string; roles: string[] }>;
    };
    const newcomer = users.value.find(
      (u) =>
        u.roles.join() === 'staff' && !all.some((m) => m.communityId === events.id && m.member.email.toLowerCase() === u.userPrincipalName),
    )!;
    const own = await as(newcomer.userPrincipalName).memberships.join(events, 'wider');
    const other = all.find((m) => m.approval === 'pending' && m.status === 'pending' && m.communityId !== events.id);
    assert.ok(other, 'a pending request elsewhere');
    assert.equal(own.approval, 'pending');
    const gardener = as(`liam.obrien${D}`);
    const results = await runPodCommand('APPROVE_REQUESTS', [own.id, other.id], gardener, {}, TEXT);
    assert.equal(results[0].ok, true, results[0].message);
    assert.equal(results[1].ok, false);
    assert.equal((await pod.admin.membership(other.id))!.approval, 'pending');
  });
});

describe('as a member of staff', () => {
  test('every command is refused item by item, and nothing changes', async () => {
    const staff = as(STAFF);
    const pod = as(POD);
    const [req] = (await pod.admin.memberships()).filter((m) => m.approval === 'pending' && m.status === 'pending');
    const suggestion = (await pod.content.suggestions()).find((s) => s.status === 'new');
    const forming = (await pod.communities.all()).find((c) => c.status === 'forming')!;
    assert.equal((await runPodCommand('APPROVE_REQUESTS', [req.id], staff, {}, TEXT))[0].message, 'not allowed');
    assert.equal((await runPodCommand('DECLINE_REQUESTS', [req.id], staff, { reason: 'No' }, TEXT))[0].message, 'not allowed');
    if (suggestion) assert.equal((await runPodCommand('ACCEPT_SUGGESTION', [suggestion.id], staff, {}, TEXT))[0].ok, false);
    const launch = await runPodCommand('LAUNCH_COMMUNITY', [forming.id], staff, { reason: 'Go' }, TEXT);
    assert.equal(launch[0].ok, false);
    assert.equal((await pod.admin.membership(req.id))!.approval, 'pending');
    assert.equal((await byTitle(forming.title)).status, 'forming');
  });

  test('direct REST calls doing the same things get 403 from SharePoint', async () => {
    const pod = as(POD);
    const [req] = (await pod.admin.memberships()).filter((m) => m.approval === 'pending' && m.status === 'pending');
    const forming = (await pod.communities.all()).find((c) => c.status === 'forming')!;
    const suggestion = (await pod.content.suggestions()).find((s) => s.author?.email !== STAFF)!;
    const statuses = {
      approve: await rest(STAFF, 'MERGE', `${list(LIST_TITLES.memberships)}/items(${req.id})`, { OData__ModerationStatus: 0 }),
      launch: await rest(STAFF, 'MERGE', `${list(LIST_TITLES.communities)}/items(${forming.id})`, { CopStatus: 'launched' }),
      linkTeam: await rest(STAFF, 'MERGE', `${list(LIST_TITLES.communities)}/items(${forming.id})`, {
        GroupId: '00000000-0000-4000-8000-000000000001',
      }),
      createCommunity: await rest(STAFF, 'POST', `${list(LIST_TITLES.communities)}/items`, {
        Title: 'Mine',
        PracticeArea: 'X',
        CopStatus: 'proposed',
        JoinPolicy: 'open',
      }),
      acceptSuggestion: await rest(STAFF, 'MERGE', `${list(LIST_TITLES.suggestions)}/items(${suggestion.id})`, {
        SuggestionStatus: 'accepted',
      }),
    };
    assert.deepEqual(statuses, { approve: 403, launch: 403, linkTeam: 403, createCommunity: 403, acceptSuggestion: 403 });
  });
});
