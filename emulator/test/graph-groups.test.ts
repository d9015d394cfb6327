/**
 * Graph contract: Microsoft 365 groups, members and owners, and who may change membership,
 * through the real @pnp/graph client.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ConsistencyLevel, type GraphFI } from '@pnp/graph';
import type { RunningEmulator } from '../src/server.ts';
import { DEMO_USERS } from '../src/identities.ts';
import { createGroup } from '../src/graph/index.ts';
import { graphClient } from './clients.ts';
import { GARDENER, graphFailure, POD, raw, STAFF, start } from './graph-helpers.ts';

type Obj = Record<string, unknown>;
const ref = (id: string): string => `https://graph.microsoft.com/v1.0/directoryObjects/${id}`;

describe('Graph groups and membership', () => {
  let em: RunningEmulator;
  let groupId: string;
  const owner = DEMO_USERS.find((u) => u.roles.includes('gardener') && u.id !== GARDENER.id)!;
  const member = DEMO_USERS.find((u) => u.userPrincipalName.startsWith('alex.'))!;
  before(async () => {
    em = await start();
    // What the project's seed does for each community.
    groupId = createGroup(em.ctx, {
      displayName: 'Digital Content CoP',
      mailNickname: 'digitalcontentcop',
      description: 'Community of practice for digital content.',
      ownerIds: [owner.id],
      memberIds: [owner.id, GARDENER.userPrincipalName],
      visibility: 'Public',
      hasTeam: true,
    });
  });
  after(async () => {
    await em.close();
  });
  const graph = (upn = STAFF.userPrincipalName): GraphFI => graphClient(em.origin, upn);

  // Follows:
  //   https://learn.microsoft.com/graph/api/group-get
  //   https://learn.microsoft.com/graph/api/resources/group
  test('groups/{id} has the group shape, with "Team" when it has a team', async () => {
    const g: Obj = await graph().groups.getById(groupId)();
    assert.equal(g.displayName, 'Digital Content CoP');
    assert.equal(g.mail, 'digitalcontentcop@cophub.example');
    assert.equal(g.visibility, 'Public');
    assert.deepEqual(g.groupTypes, ['Unified']);
    assert.deepEqual(g.resourceProvisioningOptions, ['Team']);
    assert.match(String(g['@odata.context']), /#groups\/\$entity$/);
    const noTeam: Obj[] = await graph().groups.filter("mailNickname eq 'allstaff'").select('id', 'resourceProvisioningOptions')();
    assert.deepEqual(noTeam[0].resourceProvisioningOptions, []);
    const teams: Obj[] = await graph().groups.filter("resourceProvisioningOptions/Any(x:x eq 'Team')").select('displayName')();
    assert.ok(teams.some((t) => t.displayName === 'Digital Content CoP') && !teams.some((t) => t.displayName === 'All Staff'));
    const missing = await graphFailure(() => graph().groups.getById('00000000-0000-4000-8000-000000000000')(), 404);
    assert.equal(missing.code, 'Request_ResourceNotFound');
  });

  // Follows:
  //   https://learn.microsoft.com/graph/api/group-list-members
  //   https://learn.microsoft.com/graph/api/group-list-owners
  test('members and owners list, with $select and $top', async () => {
    const members: Obj[] = await graph().groups.getById(groupId).members.select('id', 'displayName')();
    assert.deepEqual(members.map((m) => m.id).sort(), [owner.id, GARDENER.id].sort());
    assert.ok(members.every((m) => m['@odata.type'] === '#microsoft.graph.user'));
    const owners: Obj[] = await graph().groups.getById(groupId).owners();
    assert.deepEqual(
      owners.map((o) => o.id),
      [owner.id],
    );
    const allStaff: Obj[] = await graph().groups.filter("displayName eq 'All Staff'")();
    const firstTwo: Obj[] = await graph().groups.getById(String(allStaff[0].id)).members.top(2)();
    assert.equal(firstTwo.length, 2);
  });

  // Follows https://learn.microsoft.com/graph/api/group-post-members
  test('the group owner adds a member (204); adding again is 400 as in Graph', async () => {
    await graph(owner.userPrincipalName).groups.getById(groupId).members.add(ref(member.id));
    const members: Obj[] = await graph().groups.getById(groupId).members.select('id')();
    assert.ok(members.some((m) => m.id === member.id));
    const dup = await graphFailure(() => graph(owner.userPrincipalName).groups.getById(groupId).members.add(ref(member.id)), 400);
    assert.equal(dup.code, 'Request_BadRequest');
    assert.equal(dup.message, "One or more added object references already exist for the following modified properties: 'members'.");
  });

  // Follows:
  //   https://learn.microsoft.com/graph/api/group-post-members
  //   https://learn.microsoft.com/graph/api/group-delete-members
  test('a member who is not an owner gets 403 Authorization_RequestDenied, for add and remove', async () => {
    const add = await graphFailure(() => graph(GARDENER.userPrincipalName).groups.getById(groupId).members.add(ref(STAFF.id)), 403);
    assert.equal(add.code, 'Authorization_RequestDenied');
    assert.equal(add.message, 'Insufficient privileges to complete the operation.');
    const selfJoin = await graphFailure(() => graph(STAFF.userPrincipalName).groups.getById(groupId).members.add(ref(STAFF.id)), 403);
    assert.equal(selfJoin.code, 'Authorization_RequestDenied');
    const remove = await graphFailure(
      () => graph(GARDENER.userPrincipalName).groups.getById(groupId).members.getById(member.id).remove(),
      403,
    );
    assert.equal(remove.code, 'Authorization_RequestDenied');
  });

  // Follows https://learn.microsoft.com/graph/api/group-delete-members
  test('POD (Groups Administrator) manages any group; removing a non-member is 404', async () => {
    await graph(POD.userPrincipalName).groups.getById(groupId).members.add(ref(STAFF.id));
    await graph(POD.userPrincipalName).groups.getById(groupId).members.getById(STAFF.id).remove();
    await graph(owner.userPrincipalName).groups.getById(groupId).members.getById(member.id).remove();
    const members: Obj[] = await graph().groups.getById(groupId).members.select('id')();
    assert.ok(!members.some((m) => m.id === member.id || m.id === STAFF.id));
    const gone = await graphFailure(() => graph(owner.userPrincipalName).groups.getById(groupId).members.getById(member.id).remove(), 404);
    assert.equal(gone.code, 'Request_ResourceNotFound');
    const roles: Obj[] = await graph(POD.userPrincipalName).me.memberOf();
    assert.ok(
      roles.some((r) => r.displayName === 'Groups Administrator'),
      'the directory role is visible in memberOf',
    );
  });

  // Follows https://learn.microsoft.com/graph/api/group-post-members
  test('a malformed or unknown @odata.id is refused', async () => {
    const bad = await graphFailure(() => graph(owner.userPrincipalName).groups.getById(groupId).members.add('not-a-url'), 400);
    assert.match(bad.message, /Invalid object identifier/);
    const unknown = await graphFailure(
      () => graph(owner.userPrincipalName).groups.getById(groupId).members.add(ref('00000000-0000-4000-8000-00000000dead')),
      404,
    );
    assert.equal(unknown.code, 'Request_ResourceNotFound');
  });

  // Follows https://learn.microsoft.com/graph/aad-advanced-queries#group-properties
  test('members search and filter need advanced query parameters, as MGT sends them', async () => {
    const q = graph().groups.getById(groupId).members.filter(`startswith(displayName,'${GARDENER.givenName}')`);
    const refused = await graphFailure(() => q(), 400);
    assert.equal(refused.code, 'Request_UnsupportedQuery');
    const ok = graph().groups.getById(groupId).members.filter(`startswith(displayName,'${GARDENER.givenName}')`).using(ConsistencyLevel());
    ok.query.set('$count', 'true');
    const found: Obj[] = await ok();
    assert.deepEqual(
      found.map((m) => m.id),
      [GARDENER.id],
    );
  });

  // Follows:
  //   https://learn.microsoft.com/graph/api/user-list-memberof
  //   https://learn.microsoft.com/graph/api/user-list-joinedteams
  test('memberOf and joinedTeams reflect membership', async () => {
    const groups: Obj[] = await graph(GARDENER.userPrincipalName).me.memberOf();
    const names = groups.map((g) => g.displayName);
    assert.ok(names.includes('Digital Content CoP') && names.includes('Community Gardeners') && names.includes('All Staff'));
    const teams = await raw(em, '/me/joinedTeams', { upn: GARDENER.userPrincipalName });
    const value = ((await teams.json()) as { value: Obj[] }).value;
    assert.deepEqual(value.map((t) => t.displayName).sort(), ['Community Gardeners', 'Digital Content CoP']);
  });
});
