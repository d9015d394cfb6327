/**
 * The data layer end to end: provisioning from the schema against the emulator (twice: the second
 * run changes nothing), then the real services as different people. Every rule checked here is
 * enforced by SharePoint's own permissions in the emulator, not by the services.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { createClients } from '../../src/data/clients.ts';
import { createServices } from '../../src/data/factory.ts';
import { CoreChoiceNeeded } from '../../src/data/membershipService.ts';
import { effectiveStatus } from '../../src/domain/membershipRules.ts';
import { decideRequest } from '../../src/domain/workflows.ts';
import { createGroup } from '../../emulator/src/graph/index.ts';
import type { Community } from '../../src/domain/models.ts';
import { LIST_SCHEMA, LIST_TITLES } from '../../src/schema/lists.ts';
import type { CopServices } from '../../src/domain/services.ts';

const D = '@cophub.example';
const POD = `priya.desai${D}`;
const STAFF = `sam.taylor${D}`;
const GARDENER_EVENTS = `liam.obrien${D}`;
const GARDENER_DATA = `daniel.novak${D}`;

let emu: RunningEmulator;
const as = (upn: string): CopServices =>
  createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': upn } });
const byTitle = async (title: string): Promise<Community> => {
  const c = (await as(STAFF).communities.all()).find((x) => x.title === title);
  assert.ok(c, `community ${title} exists`);
  return c;
};

before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(async () => {
  await emu?.close();
});

describe('provisioning', () => {
  test('a bare site reports setup needed, naming every list', async () => {
    const report = await as(STAFF).setup.check();
    assert.equal(report.ready, false);
    // Every list but those an older site works without (setup makes them; the code falls back).
    assert.deepEqual(
      report.missingLists,
      LIST_SCHEMA.filter((l) => !l.optional).map((l) => l.title),
    );
    assert.deepEqual(await as(STAFF).programme.settings(), { practiceAreas: [], stageNames: {} });
  });

  test('staff cannot provision; the site owner can, and a second run changes nothing', async () => {
    await assert.rejects(as(STAFF).setup.provision(), (e: { status?: number }) => e.status === 403);
    const first = await as(POD).setup.provision();
    assert.ok(first.includes('Created list Communities'), first.join('\n'));
    assert.deepEqual(await as(POD).setup.provision(), []);
    assert.equal((await as(STAFF).setup.check()).ready, true);
  });

  test("the programme's practice areas and stage names: everyone reads them, only the POD team writes", async () => {
    const { sp } = createClients({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': POD } });
    assert.ok((await as(POD).setup.provision()).length === 0);
    await sp.web.lists.getByTitle(LIST_TITLES.practiceAreas).items.add({ Title: 'People' });
    await sp.web.lists.getByTitle(LIST_TITLES.practiceAreas).items.add({ Title: 'Communications' });
    const staff = createClients({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': STAFF } }).sp;
    await assert.rejects(
      staff.web.lists.getByTitle(LIST_TITLES.practiceAreas).items.add({ Title: 'Mine' }),
      (e: { status?: number }) => e.status === 403,
    );
    await assert.rejects(as(STAFF).programme.renameStages({ forming: 'Nearly there' }), (e: { status?: number }) => e.status === 403);
    assert.deepEqual(await as(POD).programme.renameStages({ forming: 'Preparations underway' }), { forming: 'Preparations underway' });
    assert.deepEqual(await as(POD).programme.renameStages({ forming: 'Preparations underway', launched: '' }), {
      forming: 'Preparations underway',
    });
    assert.deepEqual(await as(STAFF).programme.settings(), {
      practiceAreas: ['Communications', 'People'],
      stageNames: { forming: 'Preparations underway' },
    });
    // Back to CoP Hub's words: the stage's item goes.
    assert.deepEqual(await as(POD).programme.renameStages({ forming: ' ' }), {});
  });

  test('communities added later get their approval folder on the next run, and only then', async () => {
    const { sp } = createClients({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': POD } });
    const users = await sp.web.siteUsers.select('Id', 'Email')();
    const id = (upn: string): number => users.find((u: { Email: string }) => u.Email.toLowerCase() === upn)!.Id;
    const list = sp.web.lists.getByTitle(LIST_TITLES.communities);
    await list.items.add({
      Title: 'Events Management',
      PracticeArea: 'Events',
      CopStatus: 'launched',
      JoinPolicy: 'approval',
      GardenersId: [id(GARDENER_EVENTS)],
    });
    await list.items.add({
      Title: 'Data and Insight',
      PracticeArea: 'Planning',
      CopStatus: 'launched',
      JoinPolicy: 'open',
      GardenersId: [id(GARDENER_DATA)],
    });
    await list.items.add({
      Title: 'Technicians',
      PracticeArea: 'Technical Services',
      CopStatus: 'forming',
      JoinPolicy: 'open',
      FoundingTarget: 2,
    });
    const second = await as(POD).setup.provision();
    assert.equal(second.filter((c) => c.startsWith('Memberships: folder')).length, 3, second.join('\n'));
    assert.deepEqual(await as(POD).setup.provision(), []);
  });
});

describe('provisioning an older site', () => {
  test('adds what is missing and keeps the data already there', async () => {
    const older = await startEmulator({ port: 0 });
    try {
      const source = { kind: 'url' as const, siteUrl: older.siteUrl, graphUrl: older.graphUrl, headers: { 'X-Emulator-User': POD } };
      const { sp } = createClients(source);
      // An earlier version of CoP Hub: a Communities list with only a practice area.
      await sp.web.lists.add(LIST_TITLES.communities, '', 100);
      const list = sp.web.lists.getByTitle(LIST_TITLES.communities);
      await list.fields.createFieldAsXml({
        SchemaXml: '<Field Type="Text" Name="PracticeArea" StaticName="PracticeArea" DisplayName="Practice area"/>',
        Options: 8,
      });
      await list.items.add({ Title: 'Student Recruitment', PracticeArea: 'Marketing' });
      const report = await createServices(source).setup.check();
      assert.equal(report.ready, false);
      assert.ok(report.missingFields.includes('Communities: CopStatus'), report.missingFields.join(', '));
      const changes = await createServices(source).setup.provision();
      assert.ok(
        changes.includes('Communities: added field CopStatus') && changes.includes('Communities: indexed PracticeArea'),
        changes.join('\n'),
      );
      const kept = await list.items.select('Title', 'PracticeArea')();
      assert.deepEqual(
        kept.map((i: { Title: string; PracticeArea: string }) => [i.Title, i.PracticeArea]),
        [['Student Recruitment', 'Marketing']],
      );
      assert.equal((await createServices(source).setup.check()).ready, true);
    } finally {
      await older.close();
    }
  });
});

describe('membership as different people', () => {
  test('staff join an open community at once, and joining again changes nothing', async () => {
    const data = await byTitle('Data and Insight');
    const m = await as(STAFF).memberships.join(data, 'core');
    assert.equal(effectiveStatus(m, data), 'active');
    assert.equal(m.member.displayName, 'Sam Taylor');
    const again = await as(STAFF).memberships.join(data, 'core');
    assert.equal(again.id, m.id);
    assert.equal((await as(STAFF).memberships.mine()).length, 1);
  });

  test('a second core membership becomes a choice, never a silent block', async () => {
    const events = await byTitle('Events Management');
    await assert.rejects(as(STAFF).memberships.join(events, 'core'), CoreChoiceNeeded);
    const wider = await as(STAFF).memberships.join(events, 'wider');
    assert.equal(wider.level, 'wider');
    assert.equal(effectiveStatus(wider, events), 'pending');
  });

  test('moving core to an approval community changes the current core only once the request is approved', async () => {
    const ALEX = `alex.adams${D}`;
    const [data, appraisals] = [await byTitle('Data and Insight'), await byTitle('Events Management')];
    const current = await as(ALEX).memberships.join(data, 'core');
    const coreOf = async (): Promise<Record<number, string>> =>
      Object.fromEntries(
        (await as(ALEX).memberships.mine())
          .filter((m) => m.status !== 'left' && m.approval !== 'rejected')
          .map((m) => [m.communityId, `${m.level} ${effectiveStatus(m, m.communityId === data.id ? data : appraisals)}`]),
      );
    const asked = await as(ALEX).memberships.join(appraisals, 'core', true);
    assert.deepEqual(
      await coreOf(),
      { [data.id]: 'core active', [appraisals.id]: 'core pending' },
      'still core in Data while the request waits',
    );
    await as(POD).memberships.decide(asked, false, 'Not this term');
    assert.deepEqual(await coreOf(), { [data.id]: 'core active' }, 'declined: still core in Data');
    const again = await as(ALEX).memberships.join(appraisals, 'core', true);
    await as(POD).memberships.decide(again, true);
    assert.deepEqual(
      await coreOf(),
      { [data.id]: 'wider active', [appraisals.id]: 'core active' },
      'approved: core moves, Data becomes wider',
    );
    assert.equal((await as(ALEX).memberships.mine()).find((m) => m.id === current.id)?.level, 'wider');
  });

  test("only that community's gardener can approve, and the member cannot approve themself", async () => {
    const events = await byTitle('Events Management');
    const request = (await as(STAFF).memberships.mine()).find((m) => m.communityId === events.id)!;
    await assert.rejects(as(STAFF).memberships.decide(request, true), (e: { status?: number }) => e.status === 403);
    // Another community's gardener can't even see the pending request (draft item security), so 404.
    await assert.rejects(
      as(GARDENER_DATA).memberships.decide(request, true),
      (e: { status?: number }) => e.status === 403 || e.status === 404,
    );
    const still = (await as(STAFF).memberships.mine()).find((m) => m.id === request.id)!;
    assert.equal(still.approval, 'pending');
    const groupId = createGroup(emu.ctx, {
      displayName: 'Events Management',
      mailNickname: 'events',
      ownerIds: [GARDENER_EVENTS],
      memberIds: [GARDENER_EVENTS],
    });
    const gardener = as(GARDENER_EVENTS);
    const { membership, groupError } = await decideRequest(gardener, { groupId }, request, true);
    assert.equal(groupError, undefined);
    assert.equal(effectiveStatus(membership, events), 'active');
    assert.ok((await gardener.groups.memberEmails(groupId)).includes(STAFF), 'the approved member joined the team');
    // Staff can't change the team's membership directly either: Graph refuses non-owners.
    await assert.rejects(as(STAFF).groups.removeMember(groupId, GARDENER_EVENTS), (e: { status?: number }) => e.status === 403);
  });

  test('staff pledge to a forming community and suggest a new one', async () => {
    const technicians = await byTitle('Technicians');
    const pledge = await as(STAFF).memberships.pledge(technicians);
    assert.equal(effectiveStatus(pledge, technicians), 'interested');
    const s = await as(STAFF).content.suggest({
      title: "O'Brien's network",
      description: 'An existing network',
      practiceArea: 'People',
      kind: 'existing network',
    });
    assert.equal(s.title, "O'Brien's network");
    assert.ok((await as(POD).content.suggestions()).some((x) => x.id === s.id));
  });

  test('leaving keeps the item, marked left', async () => {
    const data = await byTitle('Data and Insight');
    const mine = (await as(STAFF).memberships.mine()).find((m) => m.communityId === data.id)!;
    const left = await as(STAFF).memberships.leave(mine);
    assert.equal(left.id, mine.id);
    assert.equal(effectiveStatus(left, data), 'left');
  });

  test('the POD team launches a forming community; staff cannot', async () => {
    const technicians = await byTitle('Technicians');
    await assert.rejects(
      as(STAFF).communities.changeStatus(technicians, 'launched', 'Target reached'),
      (e: { status?: number }) => e.status === 403,
    );
    const launched = await as(POD).communities.changeStatus(technicians, 'launched', 'Founding target reached');
    assert.equal(launched.status, 'launched');
    await assert.rejects(
      as(POD).communities.changeStatus(launched, 'proposed', 'Oops'),
      (e: { name?: string; problem?: { code: string; to: string } }) =>
        e.name === 'TransitionRefused' && e.problem?.code === 'notAllowed' && e.problem.to === 'proposed',
    );
  });
});

describe('the shared repertoire', () => {
  test('a member adds a resource, owned by them, and everyone reads it back with the owner', async () => {
    const data = await byTitle('Data and Insight');
    const added = await as(STAFF).content.addResource({
      communityId: data.id,
      title: 'SQL style guide',
      resourceType: 'guide',
      url: 'https://example.com/sql',
      description: 'How we format SQL',
      reviewDate: '2027-01-31',
    });
    assert.equal(added.owner?.email, STAFF);
    assert.equal(added.url, 'https://example.com/sql');
    assert.equal(added.reviewDate?.slice(0, 10), '2027-01-31');
    const seen = await as(GARDENER_DATA).content.resources(data.id);
    assert.deepEqual(
      seen.filter((r) => r.id === added.id).map((r) => [r.title, r.resourceType, r.owner?.email]),
      [['SQL style guide', 'guide', STAFF]],
    );
  });

  test('its owner edits it with the etag it was read with (a stale one is 412, nothing overwritten) and removes it; nobody else can', async () => {
    const data = await byTitle('Data and Insight');
    const added = await as(STAFF).content.addResource({
      communityId: data.id,
      title: 'Chart colours',
      resourceType: 'guide',
      url: 'https://example.com/colours',
      description: '',
      reviewDate: '',
    });
    assert.ok(added.etag, 'read with its etag');
    const changes = {
      title: 'Chart colours (accessible)',
      resourceType: 'template' as const,
      url: 'https://example.com/colours-a11y',
      description: 'Contrast checked',
      reviewDate: '2027-03-31',
    };
    await assert.rejects(
      as(GARDENER_DATA).content.updateResource(added, changes),
      (e: { status?: number }) => e.status === 403 || e.status === 401,
    );
    const edited = await as(STAFF).content.updateResource(added, changes);
    assert.deepEqual(
      [
        edited.title,
        edited.resourceType,
        edited.url,
        edited.description,
        edited.reviewDate?.slice(0, 10),
        edited.approval,
        edited.owner?.email,
      ],
      ['Chart colours (accessible)', 'template', 'https://example.com/colours-a11y', 'Contrast checked', '2027-03-31', 'pending', STAFF],
    );
    assert.notEqual(edited.etag, added.etag);
    await assert.rejects(
      as(STAFF).content.updateResource(added, { ...changes, title: 'Stale' }),
      (e: { status?: number }) => e.status === 412,
    );
    assert.equal((await as(STAFF).content.resources(data.id)).find((r) => r.id === added.id)?.title, 'Chart colours (accessible)');

    await assert.rejects(
      as(GARDENER_DATA).content.removeResource(edited),
      (e: { status?: number }) => e.status === 403 || e.status === 401,
    );
    await as(STAFF).content.removeResource(edited);
    assert.ok(!(await as(POD).content.resources(data.id)).some((r) => r.id === added.id), 'gone');
  });
});

describe('the knowledge map and the Teams link', () => {
  test("each person saves only their own profile, and profiles are read back for a community's members", async () => {
    await as(STAFF).content.saveProfile({
      canHelpWith: ['Power BI', 'SQL'],
      wantsToLearn: ['Facilitation'],
      practiceArea: 'Data and Insight',
    });
    await as(GARDENER_DATA).content.saveProfile({
      canHelpWith: ['Facilitation'],
      wantsToLearn: ['Survey design'],
      practiceArea: 'Planning',
    });
    // Saving again updates the one item (with its etag) rather than adding a second.
    const again = await as(STAFF).content.saveProfile({
      canHelpWith: ['Power BI'],
      wantsToLearn: ['Facilitation'],
      practiceArea: 'Data and Insight',
    });
    const staffId = again.person.id;
    const gardenerId = (await as(GARDENER_DATA).people.me()).id;
    const read = await as(POD).content.profilesOf([staffId, gardenerId, 999999]);
    assert.deepEqual(read.map((p) => [p.person.email, p.canHelpWith]).sort(), [
      [GARDENER_DATA, ['Facilitation']],
      [STAFF, ['Power BI']],
    ]);
    // Member Profiles lets people edit only their own item (WriteSecurity 2): SharePoint refuses the rest.
    const { sp } = createClients({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': STAFF } });
    const theirs = read.find((p) => p.person.email === GARDENER_DATA)!;
    await assert.rejects(
      sp.web.lists.getByTitle(LIST_TITLES.profiles).items.getById(theirs.id).update({ CanHelpWith: 'Nothing' }),
      (e: { status?: number }) => e.status === 403,
    );
  });

  test('reads profiles of more people than one query can name', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => i + 100000);
    const me = await as(STAFF).people.me();
    const read = await as(STAFF).content.profilesOf([...ids, me.id]);
    assert.deepEqual(
      read.map((p) => p.person.email),
      [STAFF],
    );
  });

  test('the POD team links a community to its team; staff cannot, and a team belongs to one community', async () => {
    const group = '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const events = await byTitle('Events Management');
    const data = await byTitle('Data and Insight');
    await assert.rejects(as(STAFF).communities.linkTeam(events, group), (e: { status?: number }) => e.status === 403);
    await assert.rejects(as(POD).communities.linkTeam(events, 'not-a-group'), /not a Microsoft 365 group id/);
    const linked = await as(POD).communities.linkTeam(events, group.toUpperCase());
    assert.equal(linked.groupId, group);
    assert.equal((await as(STAFF).communities.getByGroupId(group))?.id, events.id);
    await assert.rejects(as(POD).communities.linkTeam(data, group), (e: Error) => e.name === 'TeamAlreadyLinked');
  });
});

describe('people through Graph', () => {
  test('finds people by name and by id, and leaves out ids that no longer exist', async () => {
    const found = await as(STAFF).people.search('Liam');
    const liam = found.find((p) => p.email === GARDENER_EVENTS);
    assert.ok(liam?.aadId, JSON.stringify(found));
    const byIds = await as(STAFF).people.byIds([liam.aadId, '00000000-0000-4000-8000-00000000dead', 'not-an-id']);
    assert.deepEqual(
      byIds.map((p) => p.email),
      [GARDENER_EVENTS],
    );
  });

  test("search text can't break out of the query (O'Brien, quotes)", async () => {
    const found = await as(STAFF).people.search(`O'Brien"`);
    assert.ok(found.some((p) => p.email === GARDENER_EVENTS));
  });
});
