/**
 * Authorisation: every write the UI can make is also enforced by SharePoint and Graph, so a person
 * sending REST calls by hand gets no further than the UI lets them. Direct REST as each role, against
 * the emulator with the demo programme; every refusal has its permitted counterpart beside it.
 *
 * Threats (tests/security/README.md maps each to its test):
 *   A1  staff edit, add or delete a community
 *   A2  staff link a team (GroupId, TeamsUrl) or change health data (rhythm, sessions)
 *   A3  staff edit or delete someone else's membership
 *   A4  staff approve their own membership (MERGE, form values, or created pre-approved); a gardener
 *       approves their own request to their own community (allowed by SharePoint, counted by nobody)
 *   A5  staff approve someone else's membership
 *   A6  staff inflate counts: forge "active", write duplicates, name someone else as the member
 *   A7  a membership filed in one community's folder but naming another, to borrow its approvers
 *   A8  staff change permissions or list settings (turn off approval, item-level security)
 *   A9  a gardener acts outside their own community
 *   A10 a sponsor acts like an approver or an editor
 *   A11 Graph group changes without a permitted approval
 *   A12 a former gardener keeps approving after the POD team replaced them (folder grants drift)
 *   A13 a member squats the folder of a community that doesn't exist yet
 *   A16 a suggestion's author accepts, declines or answers their own suggestion
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import { effectiveStatus } from '../../src/domain/membershipRules.ts';
import { runPodCommand } from '../../src/domain/podCommands.ts';
import { decideRequest } from '../../src/domain/workflows.ts';
import type { Community } from '../../src/domain/models.ts';
import { communityFolderName } from '../../src/schema/lists.ts';
import {
  communityByTitle,
  describe403,
  GARDENER_APPRAISALS,
  GARDENER_EVENTS,
  GARDENER_OPEN,
  listPath,
  POD,
  refused,
  Rest,
  servicesAs,
  SPONSOR,
  STAFF,
  STAFF2,
  startDemo,
} from './helpers.ts';

let emu: RunningEmulator;
let events: Community;
let appraisals: Community;
let recruitment: Community;
const rest = (upn: string): Rest => new Rest(emu, upn);
const item = (list: Parameters<typeof listPath>[0], id: number): string => `${listPath(list)}/items(${id})`;
const folderOf = (id: number): string => `/sites/cop/Lists/Memberships/${communityFolderName(id)}`;

/** A membership request as the UI writes it (form values into the community's folder), as `upn`. */
async function request(upn: string, c: Community, status = 'pending', level = 'wider'): Promise<number> {
  const r = await rest(upn).post(`${listPath('memberships')}/AddValidateUpdateItemUsingPath`, {
    listItemCreateInfo: { FolderPath: { DecodedUrl: folderOf(c.id) }, UnderlyingObjectType: 0 },
    formValues: [
      { FieldName: 'Title', FieldValue: `${upn} — ${c.title}` },
      { FieldName: 'Community', FieldValue: String(c.id) },
      { FieldName: 'Level', FieldValue: level },
      { FieldName: 'MemberStatus', FieldValue: status },
    ],
    bNewDocumentUpdate: false,
  });
  assert.equal(r.status, 200, describe403(r));
  const values = r.body.value as Array<{ FieldName: string; FieldValue: string; HasException: boolean }>;
  assert.ok(
    values.every((v) => !v.HasException),
    JSON.stringify(values),
  );
  return Number(values.find((v) => v.FieldName === 'Id')?.FieldValue);
}

async function approval(id: number): Promise<number> {
  const r = await rest(POD).get(`${item('memberships', id)}?$select=OData__ModerationStatus`);
  return Number(r.body.OData__ModerationStatus);
}

before(async () => {
  emu = await startDemo();
  [events, appraisals, recruitment] = await Promise.all(
    ['Events Management', 'Appraisals and Inductions', 'Student Recruitment'].map((t) => communityByTitle(emu, t)),
  );
});
after(() => emu?.close());

describe('A1–A2 Communities and Events: the POD team writes, everyone else reads', () => {
  test('A1 staff cannot add, edit or delete a community; the POD team can', async () => {
    const staff = rest(STAFF);
    assert.equal((await staff.get(`${item('communities', events.id)}?$select=Title`)).status, 200, 'everyone reads');
    assert.equal((await staff.post(`${listPath('communities')}/items`, { Title: 'Mine', PracticeArea: 'x' })).status, 403);
    assert.equal((await staff.merge(item('communities', events.id), { Title: 'Hijacked', JoinPolicy: 'open' })).status, 403);
    assert.equal((await staff.delete(item('communities', events.id))).status, 403);
    const viaForm = await staff.post(`${item('communities', events.id)}/ValidateUpdateListItem`, {
      formValues: [{ FieldName: 'JoinPolicy', FieldValue: 'open' }],
      bNewDocumentUpdate: false,
    });
    assert.equal(viaForm.status, 403, 'the form-values route is guarded the same way');
    assert.equal((await servicesAs(emu, STAFF).communities.get(events.id))?.joinPolicy, 'approval');
    assert.equal((await rest(POD).merge(item('communities', events.id), { Audience: 'Everyone who runs events.' })).status, 204);
  });

  test('A2 staff cannot link a team or change what health is judged on; the POD team can', async () => {
    const link = {
      GroupId: '00000000-0000-4000-8000-00000000beef',
      TeamsUrl: { Url: 'https://teams.microsoft.com/l/team/evil', Description: 'Team' },
    };
    for (const upn of [STAFF, SPONSOR, GARDENER_EVENTS]) {
      assert.equal((await rest(upn).merge(item('communities', events.id), link)).status, 403, `${upn} links a team`);
      assert.equal(
        (await rest(upn).merge(item('communities', events.id), { RhythmDays: 1, CopStatus: 'launched' })).status,
        403,
        `${upn} changes rhythm`,
      );
      assert.equal(
        (
          await rest(upn).post(`${listPath('events')}/items`, {
            Title: 'Fake session',
            CommunityId: events.id,
            EventType: 'meeting',
            StartTime: new Date().toISOString(),
            EndTime: new Date().toISOString(),
          })
        ).status,
        403,
        `${upn} adds a session`,
      );
    }
    const sessions = await rest(STAFF).get(`${listPath('events')}/items?$select=Id&$filter=CommunityId eq ${events.id}`);
    const first = sessions.body.value?.[0]?.Id as number;
    assert.equal((await rest(STAFF).merge(item('events', first), { StartTime: new Date().toISOString() })).status, 403);
    assert.equal((await rest(STAFF).delete(item('events', first))).status, 403);
    const teamsUrl = 'https://teams.microsoft.com/l/team/19%3aevents';
    assert.equal(
      (await rest(POD).merge(item('communities', recruitment.id), { TeamsUrl: { Url: teamsUrl, Description: 'Team' } })).status,
      204,
    );
    assert.equal((await servicesAs(emu, STAFF).communities.get(recruitment.id))?.teamsUrl, teamsUrl);
    assert.equal((await servicesAs(emu, STAFF).communities.get(events.id))?.groupId, events.groupId, 'the team link is unchanged');
  });
});

describe('A3–A6 Memberships: my own items only, and approval only by approvers', () => {
  let othersRequest: number;
  let myRequest: number;

  before(async () => {
    othersRequest = await request(STAFF2, events);
    myRequest = await request(STAFF, events);
  });

  test("A3 staff cannot edit or delete someone else's membership; they can edit their own", async () => {
    const staff = rest(STAFF);
    assert.equal((await staff.merge(item('memberships', othersRequest), { MemberStatus: 'left' })).status, 403);
    assert.equal((await staff.merge(item('memberships', othersRequest), { Level: 'core' })).status, 403);
    assert.equal((await staff.delete(item('memberships', othersRequest))).status, 403);
    assert.equal((await staff.post(`${item('memberships', othersRequest)}/recycle`, {})).status, 403);
    assert.equal((await staff.merge(item('memberships', myRequest), { Level: 'core' })).status, 204, 'my own item is mine to edit');
    const still = await rest(POD).get(`${item('memberships', othersRequest)}?$select=MemberStatus,Level`);
    assert.deepEqual([still.body.MemberStatus, still.body.Level], ['pending', 'wider']);
  });

  test('A4 staff cannot approve their own request, by any route', async () => {
    const staff = rest(STAFF);
    assert.equal((await staff.merge(item('memberships', myRequest), { OData__ModerationStatus: 0 })).status, 403);
    const form = await staff.post(`${item('memberships', myRequest)}/ValidateUpdateListItem`, {
      formValues: [{ FieldName: '_ModerationStatus', FieldValue: '0' }],
      bNewDocumentUpdate: false,
    });
    assert.ok(
      form.status === 403 || (form.body.value as Array<{ HasException: boolean }> | undefined)?.some((v) => v.HasException),
      `form route: ${describe403(form)}`,
    );
    const preApproved = await staff.post(`${listPath('memberships')}/items`, {
      Title: 'pre-approved',
      CommunityId: appraisals.id,
      Level: 'core',
      MemberStatus: 'active',
      OData__ModerationStatus: 0,
    });
    assert.equal(preApproved.status, 403, 'an item cannot be created already approved');
    assert.equal(await approval(myRequest), 2, 'still pending');
  });

  test("A4 a gardener's approval of their own request to their own community does not count", async () => {
    // SharePoint lets an approver approve their own item; what it records (Editor = Author) says who did.
    const gardener = servicesAs(emu, GARDENER_EVENTS);
    // The gardener's own membership (approved by the POD team in the demo) is left first, to ask again.
    for (const m of (await gardener.memberships.mine()).filter((x) => x.communityId === events.id)) await gardener.memberships.leave(m);
    const mine = (await gardener.memberships.mine()).filter((m) => m.communityId === events.id);
    assert.ok(
      mine.every((m) => effectiveStatus(m, events) === 'left'),
      'the gardener is not a member of Events now',
    );
    const before = (await gardener.memberships.counts([events]))[events.id];
    const own = await request(GARDENER_EVENTS, events, 'pending', 'core');
    assert.equal(
      (await rest(GARDENER_EVENTS).merge(item('memberships', own), { OData__ModerationStatus: 0 })).status,
      204,
      'SharePoint allows it',
    );
    assert.equal(await approval(own), 0);
    const read = (await servicesAs(emu, STAFF2).memberships.ofCommunity(events.id)).items.find((m) => m.id === own);
    assert.equal(read?.approval, 'pending', 'self-approved reads as still waiting');
    assert.equal(effectiveStatus(read ?? { status: 'active', approval: 'approved' }, events), 'pending');
    assert.deepEqual((await gardener.memberships.counts([events]))[events.id], before, 'not counted');
    // Nor is it offered: the command refuses, and another approver's decision counts.
    const text = { ownRequest: 'own request' } as Parameters<typeof runPodCommand>[4];
    const [result] = await runPodCommand('APPROVE_REQUESTS', [own], gardener, {}, text);
    assert.deepEqual([result.ok, result.message], [false, 'own request']);
    assert.equal((await rest(POD).merge(item('memberships', own), { OData__ModerationStatus: 0 })).status, 204);
    assert.equal((await servicesAs(emu, STAFF2).memberships.ofCommunity(events.id)).items.find((m) => m.id === own)?.approval, 'approved');
    assert.deepEqual((await gardener.memberships.counts([events]))[events.id], { ...before, core: before.core + 1 });
  });

  test("A5 staff and sponsors cannot approve anyone; the community's gardener and the POD team can", async () => {
    for (const upn of [STAFF, SPONSOR, GARDENER_OPEN]) {
      const r = await rest(upn).merge(item('memberships', othersRequest), { OData__ModerationStatus: 0 });
      assert.ok(refused(r), `${upn}: ${describe403(r)}`);
    }
    assert.equal(await approval(othersRequest), 2);
    assert.equal((await rest(GARDENER_EVENTS).merge(item('memberships', othersRequest), { OData__ModerationStatus: 0 })).status, 204);
    assert.equal(await approval(othersRequest), 0);
    const another = await request(STAFF2, appraisals);
    assert.equal(
      (await rest(POD).merge(item('memberships', another), { OData__ModerationStatus: 1, OData__ModerationComments: 'Not this term' }))
        .status,
      204,
    );
    assert.equal(await approval(another), 1);
  });

  test('A6 forged "active", duplicates and named members change no count', async () => {
    const counts = async (): Promise<{ core: number; wider: number; pledged: number }> =>
      (await servicesAs(emu, STAFF2).memberships.counts([appraisals]))[appraisals.id];
    const before = await counts();
    // Sam asks for Appraisals three times over, each item claiming to be active and core.
    const forged = [
      await request(STAFF, appraisals, 'active', 'core'),
      await request(STAFF, appraisals, 'active', 'core'),
      await request(STAFF, appraisals, 'active', 'core'),
    ];
    assert.deepEqual(await counts(), before, 'pending until a gardener approves, however the item describes itself');
    // Naming someone else as the author of one's own item is refused: SharePoint sets Author itself.
    const named = await rest(STAFF).merge(item('memberships', forged[2]), { AuthorId: 1 });
    assert.equal(named.status, 400, describe403(named));
    // Once one is approved, Sam counts once, however many items he wrote.
    assert.equal((await rest(GARDENER_APPRAISALS).merge(item('memberships', forged[0]), { OData__ModerationStatus: 0 })).status, 204);
    assert.equal((await rest(GARDENER_APPRAISALS).merge(item('memberships', forged[1]), { OData__ModerationStatus: 0 })).status, 204);
    assert.deepEqual(await counts(), { ...before, core: before.core + 1 });
    // Editing an approved item sends it back to pending, so "core" after approval as "wider" is not free.
    assert.equal((await rest(STAFF).merge(item('memberships', forged[0]), { Level: 'wider' })).status, 204);
    assert.equal(await approval(forged[0]), 2);
  });
});

describe('A7 a membership can only borrow the approvers of the community it names', () => {
  test("an item in an open community's folder that names an approval community is not a membership of either", async () => {
    const before = await servicesAs(emu, POD).memberships.counts([events, recruitment]);
    // Grace gardens Student Recruitment (open). She files a request for Events Management in her own
    // folder, where she is the approver, and approves it herself.
    const r = await rest(GARDENER_OPEN).post(`${listPath('memberships')}/AddValidateUpdateItemUsingPath`, {
      listItemCreateInfo: { FolderPath: { DecodedUrl: folderOf(recruitment.id) }, UnderlyingObjectType: 0 },
      formValues: [
        { FieldName: 'Title', FieldValue: 'sneaky' },
        { FieldName: 'Community', FieldValue: String(events.id) },
        { FieldName: 'Level', FieldValue: 'core' },
        { FieldName: 'MemberStatus', FieldValue: 'active' },
      ],
      bNewDocumentUpdate: false,
    });
    const id = Number((r.body.value as Array<{ FieldName: string; FieldValue: string }>).find((v) => v.FieldName === 'Id')?.FieldValue);
    assert.equal(
      (await rest(GARDENER_OPEN).merge(item('memberships', id), { OData__ModerationStatus: 0 })).status,
      204,
      'SharePoint lets an approver approve in their folder',
    );
    const after = await servicesAs(emu, POD).memberships.counts([events, recruitment]);
    assert.deepEqual(after, before, 'neither community counts it');
    const mine = await servicesAs(emu, GARDENER_OPEN).memberships.mine();
    const sneaky = mine.find((m) => m.id === id);
    assert.ok(sneaky, 'the item is still hers to see');
    assert.notEqual(sneaky.communityId, events.id, 'it is not read as a membership of the community it names');
    const { items } = await servicesAs(emu, GARDENER_EVENTS).memberships.ofCommunity(events.id);
    assert.ok(!items.some((m) => m.id === id), "Events Management's members do not include it");
  });
});

describe('A8 permissions and list settings belong to the site owners', () => {
  test('staff cannot break inheritance, grant themselves rights, or switch approval and item-level security off', async () => {
    const staff = rest(STAFF);
    const mine = await request(STAFF, recruitment);
    assert.equal(
      (await staff.post(`${item('memberships', mine)}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=false)`, {})).status,
      403,
    );
    const me = (await staff.get('/_api/web/currentuser?$select=Id')).body.Id as number;
    const grant = await staff.post(
      `${item('memberships', mine)}/roleassignments/addroleassignment(principalid=${me},roledefid=1073741829)`,
      {},
    );
    assert.ok(refused(grant) || grant.status === 400, describe403(grant));
    for (const settings of [{ EnableModeration: false }, { WriteSecurity: 1 }, { DraftVersionVisibility: 2 }]) {
      assert.equal((await staff.merge(listPath('memberships'), settings)).status, 403, JSON.stringify(settings));
    }
    const owners = (await staff.get('/_api/web/associatedownergroup?$select=Id')).body.Id as number;
    assert.equal((await staff.post(`/_api/web/sitegroups(${owners})/users`, { LoginName: `i:0#.f|membership|${STAFF}` })).status, 403);
    const list = await rest(POD).get(`${listPath('memberships')}?$select=EnableModeration,WriteSecurity`);
    assert.deepEqual([list.body.EnableModeration, list.body.WriteSecurity], [true, 2]);
  });
});

describe('A9–A10 gardeners act only on their own community; sponsors read', () => {
  test("A9 a gardener approves in their own community only, and edits no community and no one else's item", async () => {
    const toEvents = await request(STAFF2, events, 'pending', 'core');
    const toAppraisals = await request(STAFF2, appraisals, 'pending', 'core');
    const liam = rest(GARDENER_EVENTS);
    const foreign = await liam.merge(item('memberships', toAppraisals), { OData__ModerationStatus: 0 });
    assert.ok(refused(foreign), describe403(foreign));
    assert.equal(await approval(toAppraisals), 2);
    assert.equal((await liam.merge(item('memberships', toEvents), { Level: 'wider' })).status, 403, 'approving is not editing');
    assert.equal((await liam.merge(item('communities', events.id), { Domain: 'Mine now' })).status, 403, 'not even their own community');
    const { membership } = await decideRequest(
      servicesAs(emu, GARDENER_EVENTS),
      {},
      (await servicesAs(emu, STAFF2).memberships.mine()).find((m) => m.id === toEvents)!,
      true,
    );
    assert.equal(effectiveStatus(membership, events), 'active');
  });

  test('A10 a sponsor reads every community and request, and can change none of them', async () => {
    const margaret = rest(SPONSOR);
    const pending = await request(STAFF, events, 'pending', 'core');
    const seen = await margaret.get(`${listPath('memberships')}/items?$select=Id&$filter=CommunityId eq ${events.id}`);
    assert.ok(
      seen.body.value?.some((m) => m.Id === pending),
      'requests are visible to every reader',
    );
    assert.equal((await margaret.merge(item('memberships', pending), { OData__ModerationStatus: 0 })).status, 403);
    assert.equal((await margaret.merge(item('communities', recruitment.id), { CopStatus: 'dormant' })).status, 403);
    assert.equal((await servicesAs(emu, SPONSOR).people.me()).isPodAdmin, false);
  });
});

describe('A11 Microsoft 365 group changes only after a permitted approval', () => {
  const members = async (groupId: string): Promise<string[]> => servicesAs(emu, POD).groups.memberEmails(groupId);

  test("staff cannot add themselves to a team, and a gardener cannot add to another community's team", async () => {
    const eventsGroup = events.groupId!;
    const appraisalsGroup = appraisals.groupId!;
    const sam = (await rest(STAFF).graph('GET', '/me?$select=id')).body.id as string;
    const self = await rest(STAFF).graph('POST', `/groups/${eventsGroup}/members/$ref`, {
      '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${sam}`,
    });
    assert.equal(self.status, 403);
    const foreign = await rest(GARDENER_EVENTS).graph('POST', `/groups/${appraisalsGroup}/members/$ref`, {
      '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${sam}`,
    });
    assert.equal(foreign.status, 403);
    assert.ok(!(await members(eventsGroup)).includes(STAFF) && !(await members(appraisalsGroup)).includes(STAFF));
  });

  test('a refused approval never reaches Graph; a permitted one adds the member; a decline does not', async () => {
    const request1 = await servicesAs(emu, STAFF).memberships.join(appraisals, 'wider');
    assert.equal(effectiveStatus(request1, appraisals), 'pending');
    // Liam owns the Events team, but the Appraisals request is not his to decide: SharePoint refuses
    // first, so the workflow never calls Graph.
    const calls: string[] = [];
    const liam = servicesAs(emu, GARDENER_EVENTS);
    const spy = {
      memberships: liam.memberships,
      groups: {
        ...liam.groups,
        addMember: async (g: string, e: string) => {
          calls.push(e);
          return liam.groups.addMember(g, e);
        },
      },
    };
    await assert.rejects(
      decideRequest(spy, { groupId: events.groupId }, request1, true),
      (e: { status?: number }) => e.status === 403 || e.status === 404,
    );
    assert.deepEqual(calls, []);
    await assert.rejects(decideRequest(servicesAs(emu, STAFF), appraisals, request1, true), (e: { status?: number }) => e.status === 403);
    assert.ok(!(await members(appraisals.groupId!)).includes(STAFF));
    // Mei gardens Appraisals: her approval stands, then the team follows.
    const { membership, groupError } = await decideRequest(servicesAs(emu, GARDENER_APPRAISALS), appraisals, request1, true);
    assert.equal(groupError, undefined);
    assert.equal(membership.approval, 'approved');
    assert.ok((await members(appraisals.groupId!)).includes(STAFF));
    // A decline adds nobody.
    const request2 = await servicesAs(emu, STAFF2).memberships.join(appraisals, 'wider');
    const declined = await decideRequest(servicesAs(emu, GARDENER_APPRAISALS), appraisals, request2, false, 'Next term');
    assert.equal(effectiveStatus(declined.membership, appraisals), 'declined');
    assert.ok(!(await members(appraisals.groupId!)).includes(STAFF2));
  });
});

describe('A12–A13 folder approvers follow the Gardeners field', () => {
  test('A12 after the POD team replaces a gardener, repairing setup moves the approve right with it', async () => {
    const mei = (await rest(POD).post('/_api/web/ensureuser', { logonName: `i:0#.f|membership|${GARDENER_APPRAISALS}` })).body.Id as number;
    const liam = (await rest(POD).post('/_api/web/ensureuser', { logonName: `i:0#.f|membership|${GARDENER_EVENTS}` })).body.Id as number;
    assert.equal((await rest(POD).merge(item('communities', events.id), { GardenersId: [mei] })).status, 204);
    const changes = await servicesAs(emu, POD).setup.provision();
    assert.ok(
      changes.includes(`Memberships: folder ${communityFolderName(events.id)} approvers now match its gardeners (1 added, 1 removed)`),
      changes.join('\n'),
    );
    const waiting = await request(STAFF, events, 'pending', 'core');
    const former = await rest(GARDENER_EVENTS).merge(item('memberships', waiting), { OData__ModerationStatus: 0 });
    assert.ok(refused(former), `the former gardener: ${describe403(former)}`);
    assert.equal(
      (await rest(GARDENER_APPRAISALS).merge(item('memberships', waiting), { OData__ModerationStatus: 1 })).status,
      204,
      'the new gardener decides',
    );
    assert.deepEqual(await servicesAs(emu, POD).setup.provision(), [], 'a second repair changes nothing');
    // Back as it was, for the tests that follow.
    assert.equal((await rest(POD).merge(item('communities', events.id), { GardenersId: [liam] })).status, 204);
    await servicesAs(emu, POD).setup.provision();
  });

  test("A13 a member cannot make the folder of a future community, by any route, and still joins inside setup's folders", async () => {
    const next = Math.max(...(await servicesAs(emu, POD).communities.all()).map((c) => c.id)) + 1;
    const name = communityFolderName(next);
    const routes = [
      await rest(STAFF).post(`${listPath('memberships')}/rootfolder/folders/addUsingPath(DecodedUrl='${name}')`, {}),
      await rest(STAFF).post(`/_api/web/folders/addUsingPath(DecodedUrl='${folderOf(next)}')`, {}),
      await rest(STAFF).post(`${listPath('memberships')}/AddValidateUpdateItemUsingPath`, {
        listItemCreateInfo: {
          FolderPath: { DecodedUrl: '/sites/cop/Lists/Memberships' },
          LeafName: { DecodedUrl: name },
          UnderlyingObjectType: 1,
        },
        formValues: [{ FieldName: 'Title', FieldValue: name }],
        bNewDocumentUpdate: false,
      }),
      // Nor an item at the root, outside every community's folder.
      await rest(STAFF).post(`${listPath('memberships')}/items`, { Title: 'at the root', CommunityId: events.id }),
    ];
    for (const r of routes) assert.ok(refused(r), describe403(r));
    assert.equal(
      (await rest(POD).get(`${listPath('memberships')}/rootfolder/folders?$select=Name&$filter=Name eq '${name}'`)).body.value?.length,
      0,
    );
    // Inside a folder setup made, members still add their own requests.
    assert.ok((await request(STAFF, recruitment, 'active', 'wider')) > 0);
  });

  test('A13 on a site set up before: setup replaces an empty squatted folder with its own, reports a full one, and closes the root', async () => {
    const pod = rest(POD);
    const membersGroup = (await pod.get('/_api/web/associatedmembergroup?$select=Id')).body.Id as number;
    const roles = (await pod.get('/_api/web/roledefinitions?$select=Id,Name')).body.value as Array<{ Id: number; Name: string }>;
    const role = (n: string): number => roles.find((r) => r.Name === n)!.Id;
    const grants = `${listPath('memberships')}/roleassignments`;
    // As older sites were: members contribute at the list's root.
    assert.ok((await pod.post(`${grants}/removeroleassignment(principalid=${membersGroup},roledefid=${role('Read')})`, {})).status < 300);
    assert.ok(
      (await pod.post(`${grants}/addroleassignment(principalid=${membersGroup},roledefid=${role('Contribute')})`, {})).status < 300,
    );
    const next = Math.max(...(await servicesAs(emu, POD).communities.all()).map((c) => c.id)) + 1;
    const squat = async (id: number): Promise<void> => {
      const r = await rest(STAFF).post(
        `${listPath('memberships')}/rootfolder/folders/addUsingPath(DecodedUrl='${communityFolderName(id)}')`,
        {},
      );
      assert.equal(r.status, 200, describe403(r));
    };
    await squat(next);
    await squat(next + 1);
    // Something inside the second one (any member's item, filed in the squatted folder).
    const inside = await rest(STAFF2).post(`${listPath('memberships')}/AddValidateUpdateItemUsingPath`, {
      listItemCreateInfo: { FolderPath: { DecodedUrl: folderOf(next + 1) }, UnderlyingObjectType: 0 },
      formValues: [
        { FieldName: 'Title', FieldValue: 'early' },
        { FieldName: 'Community', FieldValue: String(events.id) },
        { FieldName: 'Level', FieldValue: 'wider' },
        { FieldName: 'MemberStatus', FieldValue: 'pending' },
      ],
      bNewDocumentUpdate: false,
    });
    assert.equal(inside.status, 200, describe403(inside));
    assert.ok(
      (inside.body.value as Array<{ HasException: boolean }>).every((v) => !v.HasException),
      JSON.stringify(inside.body),
    );
    for (const title of ['Squatted', 'Squatted and used']) {
      assert.equal(
        (
          await pod.post(`${listPath('communities')}/items`, {
            Title: title,
            PracticeArea: 'x',
            CopStatus: 'launched',
            JoinPolicy: 'approval',
          })
        ).status,
        201,
      );
    }

    const changes = await servicesAs(emu, POD).setup.provision();
    assert.ok(
      changes.includes(`Memberships: folder ${communityFolderName(next)} was made outside setup and was empty; replaced by setup's own`),
      changes.join('\n'),
    );
    assert.ok(
      changes.some((c) => c.startsWith(`Memberships: folder ${communityFolderName(next + 1)} was made outside setup and holds 1 item;`)),
      changes.join('\n'),
    );
    assert.ok(
      changes.includes("Memberships: the list's root now grants members Read (members contribute only in community folders)"),
      changes.join('\n'),
    );

    // The replaced folder is setup's: its own permissions, and the squatter cannot delete it.
    const folder = (id: number): string => `/_api/web/getFolderByServerRelativePath(decodedurl='${folderOf(id)}')/listItemAllFields`;
    const fresh = await pod.get(`${folder(next)}?$select=Id,HasUniqueRoleAssignments,AuthorId`);
    assert.equal(fresh.body.HasUniqueRoleAssignments, true);
    assert.notEqual(fresh.body.AuthorId, (await rest(STAFF).get('/_api/web/currentuser?$select=Id')).body.Id);
    assert.ok(refused(await rest(STAFF).delete(`${item('memberships', fresh.body.Id as number)}`)));
    // The full one stays, and its author can no longer delete it (or the item inside).
    const full = (await pod.get(`${folder(next + 1)}?$select=Id`)).body.Id as number;
    const del = await rest(STAFF).delete(item('memberships', full));
    assert.ok(refused(del), describe403(del));
    // The root is closed again; members join in setup's folder of the new community.
    await squat(next + 2).then(
      () => assert.fail('a member made a folder at the root after repair'),
      (e: Error) => assert.match(e.message, /403/),
    );
    const squatted = await communityByTitle(emu, 'Squatted');
    const joined = await servicesAs(emu, STAFF).memberships.join(squatted, 'wider');
    assert.equal(joined.communityId, squatted.id);
    assert.deepEqual(
      (await servicesAs(emu, POD).setup.provision()).filter((c) => !c.includes(communityFolderName(next + 1))),
      [],
      'a second repair changes nothing but the report',
    );
  });
});

describe("A16 a suggestion's status is the POD team's alone", () => {
  test('A16 the author cannot accept, decline or answer their own suggestion by any route; the POD team can', async () => {
    const mine = await servicesAs(emu, STAFF).content.suggest({
      title: 'Knitting circle',
      description: 'Staff who knit at lunch.',
      practiceArea: '',
      kind: 'new idea',
    });
    const author = rest(STAFF);
    // Their own item: SharePoint lets them edit it (WriteSecurity 2 limits items, not fields) ...
    assert.equal(
      (
        await author.merge(item('suggestions', mine.id), {
          SuggestionStatus: 'accepted',
          LinkedCommunityId: events.id,
          PodResponse: 'Approved by POD!',
        })
      ).status,
      204,
    );
    const viaForm = await author.post(`${item('suggestions', mine.id)}/ValidateUpdateListItem`, {
      formValues: [{ FieldName: 'SuggestionStatus', FieldValue: 'declined' }],
      bNewDocumentUpdate: false,
    });
    assert.equal(viaForm.status, 200);
    // ... but what is believed comes from Suggestion Reviews, where only the POD team writes.
    const review = {
      Title: 'Knitting circle',
      SuggestionId: mine.id,
      ReviewStatus: 'accepted',
      LinkedCommunityId: events.id,
      PodResponse: 'Approved by POD!',
    };
    assert.equal((await author.post(`${listPath('suggestionReviews')}/items`, review)).status, 403, 'the author cannot write a review');
    assert.equal((await rest(STAFF2).post(`${listPath('suggestionReviews')}/items`, review)).status, 403, 'nor can any other member');
    assert.equal((await rest(GARDENER_EVENTS).post(`${listPath('suggestionReviews')}/items`, review)).status, 403, 'nor a gardener');
    for (const upn of [STAFF, POD]) {
      const seen = (await servicesAs(emu, upn).content.suggestions()).find((x) => x.id === mine.id);
      assert.deepEqual(
        [seen?.status, seen?.linkedCommunityId, seen?.response],
        ['new', undefined, undefined],
        `${upn} still sees it unreviewed`,
      );
    }
    assert.equal((await servicesAs(emu, POD).admin.suggestion(mine.id))?.status, 'new', 'the POD commands believe the review too');

    // The POD team declines it; the author cannot turn the decision (or its answer) round.
    const pod = servicesAs(emu, POD);
    await pod.admin.declineSuggestion((await pod.admin.suggestion(mine.id))!, 'Not a practice community.');
    const reviews = await rest(POD).get(
      `${listPath('suggestionReviews')}/items?$select=Id,SuggestionId&$filter=SuggestionId eq ${mine.id}`,
    );
    const reviewId = Number((reviews.body.value as Array<{ Id: number }>)[0].Id);
    assert.equal(
      (await author.merge(item('suggestionReviews', reviewId), { ReviewStatus: 'accepted', PodResponse: 'Welcome!' })).status,
      403,
    );
    assert.equal((await author.delete(item('suggestionReviews', reviewId))).status, 403);
    assert.equal(
      (await author.merge(item('suggestions', mine.id), { SuggestionStatus: 'new' })).status,
      204,
      "the convenience copy on the item is the author's to change",
    );
    const after = await servicesAs(emu, STAFF).admin.suggestion(mine.id);
    assert.deepEqual([after?.status, after?.response], ['declined', 'Not a practice community.']);
  });

  test('A16 on a site set up before the reviews list: setup carries over only decisions the POD team made', async () => {
    const staff = servicesAs(emu, STAFF);
    const [forged, decided] = await Promise.all(
      ['Forged acceptance', 'Declined by POD'].map((title) =>
        staff.content.suggest({ title, description: 'x', practiceArea: '', kind: 'new idea' }),
      ),
    );
    // The old way: decisions on the suggestion itself, one set by its author, one by the POD team.
    assert.equal((await rest(STAFF).merge(item('suggestions', forged.id), { SuggestionStatus: 'accepted' })).status, 204);
    assert.equal(
      (
        await rest(POD).merge(item('suggestions', decided.id), {
          SuggestionStatus: 'declined',
          PodResponse: 'Covered by Events Management.',
        })
      ).status,
      204,
    );
    assert.equal((await rest(POD).delete(listPath('suggestionReviews'))).status, 204, 'a site from before the reviews list');
    const changes = await servicesAs(emu, POD).setup.provision();
    assert.ok(changes.includes('Created list Suggestion Reviews'), changes.join('\n'));
    assert.ok(
      changes.some((c) => /carried over \d+ earlier decision/.test(c)),
      changes.join('\n'),
    );
    const seen = new Map((await staff.content.suggestions()).map((x) => [x.id, x]));
    assert.equal(seen.get(forged.id)?.status, 'new', 'the author\'s own "accepted" is not carried over');
    assert.deepEqual([seen.get(decided.id)?.status, seen.get(decided.id)?.response], ['declined', 'Covered by Events Management.']);
    const again = await servicesAs(emu, POD).setup.provision();
    assert.equal(again.filter((c) => /Suggestion Reviews/.test(c)).length, 0, `a second run changes nothing there: ${again.join('; ')}`);
  });
});
