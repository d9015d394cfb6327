/**
 * Graph contract: /me and /users through the real @pnp/graph client.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ConsistencyLevel, GraphQueryable, Paged, type GraphFI } from '@pnp/graph';
import type { RunningEmulator } from '../src/server.ts';
import { DEMO_USERS } from '../src/identities.ts';
import { graphClient } from './clients.ts';
import { GARDENER, graphFailure, POD, raw, STAFF, start } from './graph-helpers.ts';

type User = Record<string, unknown>;
/** What @pnp/graph's Paged() behaviour resolves to. */
interface PagedResult {
  value: User[];
  hasNext: boolean;
  nextLink: string | null;
  count: number;
}

describe('Graph users', () => {
  let em: RunningEmulator;
  before(async () => {
    em = await start();
  });
  after(async () => {
    await em.close();
  });
  const graph = (upn = STAFF.userPrincipalName): GraphFI => graphClient(em.origin, upn);

  // Follows https://learn.microsoft.com/graph/api/user-get
  test('me returns the signed-in user with the v1.0 default properties', async () => {
    const me: User = await graph(GARDENER.userPrincipalName).me();
    assert.equal(me.id, GARDENER.id);
    assert.equal(me.userPrincipalName, GARDENER.userPrincipalName);
    assert.equal(me.displayName, GARDENER.displayName);
    assert.match(String(me['@odata.context']), /\/\$metadata#users\/\$entity$/);
    // department is not a default property in v1.0: it comes only with $select.
    assert.equal('department' in me, false);
    const selected: User = await graph(GARDENER.userPrincipalName).me.select('displayName', 'department')();
    assert.deepEqual(
      Object.keys(selected).filter((k) => !k.startsWith('@')),
      ['displayName', 'department'],
    );
    assert.equal(selected.department, GARDENER.department);
  });

  // Follows https://learn.microsoft.com/graph/api/user-get
  test('no identity acts as the default staff member', async () => {
    const res = await fetch(`${em.graphUrl}/me?$select=userPrincipalName`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as User).userPrincipalName, STAFF.userPrincipalName);
  });

  // Follows https://learn.microsoft.com/graph/api/user-get
  test('users/{id} and users/{userPrincipalName} find the same user; unknown is 404', async () => {
    const byId: User = await graph().users.getById(POD.id)();
    const byUpn: User = await graph().users.getById(POD.userPrincipalName.toUpperCase())();
    assert.equal(byId.id, POD.id);
    assert.deepEqual(byUpn, byId);
    const err = await graphFailure(() => graph().users.getById('nobody@cophub.example')(), 404);
    assert.equal(err.code, 'Request_ResourceNotFound');
    assert.match(err.message, /Resource 'nobody@cophub\.example' does not exist/);
  });

  // Follows https://learn.microsoft.com/graph/query-parameters
  test('$select projects, and an unknown property is a 400 naming it', async () => {
    const users: User[] = await graph().users.select('id', 'displayName', 'jobTitle').top(3)();
    assert.equal(users.length, 3);
    for (const u of users) assert.deepEqual(Object.keys(u).sort(), ['displayName', 'id', 'jobTitle']);
    const err = await graphFailure(() => graph().users.select('id', 'shoeSize')(), 400);
    assert.match(err.message, /shoeSize/);
  });

  // Follows https://learn.microsoft.com/graph/filter-query-parameter
  test('$filter: startswith, eq, in, or', async () => {
    const g: User[] = await graph().users.filter("startswith(displayName,'gr')").select('displayName')();
    assert.deepEqual(
      g.map((u) => u.displayName),
      DEMO_USERS.filter((u) => u.displayName.toLowerCase().startsWith('gr')).map((u) => u.displayName),
    );
    const byMail: User[] = await graph().users.filter(`mail eq '${POD.mail.toUpperCase()}'`)();
    assert.deepEqual(
      byMail.map((u) => u.id),
      [POD.id],
    );
    const dept: User[] = await graph().users.filter(`department eq '${GARDENER.department}'`).select('department')();
    assert.ok(dept.length > 1 && dept.every((u) => u.department === GARDENER.department));
    const both: User[] = await graph().users.filter(
      `id in ('${POD.id}','${GARDENER.id}') or userPrincipalName eq '${STAFF.userPrincipalName}'`,
    )();
    assert.deepEqual(both.map((u) => u.id).sort(), [POD.id, GARDENER.id, STAFF.id].sort());
    const given: User[] = await graph().users.filter(
      `startswith(givenName,'${STAFF.givenName}') and startswith(surname,'${STAFF.surname}')`,
    )();
    assert.deepEqual(
      given.map((u) => u.id),
      [STAFF.id],
    );
  });

  // Follows https://learn.microsoft.com/graph/aad-advanced-queries#user-properties
  test('$filter limits: unsupported property, and ne without advanced query parameters', async () => {
    const bad = await graphFailure(() => graph().users.filter("shoeSize eq '9'")(), 400);
    assert.equal(bad.code, 'Request_UnsupportedQuery');
    assert.equal(bad.message, "Unsupported or invalid query filter clause specified for property 'shoeSize' of resource 'User'.");
    const ne = await graphFailure(() => graph().users.filter("jobTitle ne 'Officer'")(), 400);
    assert.match(ne.message, /Operator 'ne' is not supported because the required parameters might be missing/);
    // With ConsistencyLevel: eventual and $count=true, ne works.
    const q = graph().users.filter("jobTitle ne 'Officer'").using(ConsistencyLevel());
    q.query.set('$count', 'true');
    const notOfficers: User[] = await q();
    assert.ok(notOfficers.length > 0 && notOfficers.every((u) => u.jobTitle !== 'Officer'));
  });

  // Follows https://learn.microsoft.com/graph/search-query-parameter
  test('$search needs ConsistencyLevel: eventual, as Graph requires', async () => {
    // @pnp/graph's search() sends ConsistencyLevel: eventual.
    const found: User[] = await graph().users.search('"displayName:grace"').select('displayName')();
    assert.deepEqual(
      found.map((u) => u.displayName),
      ['Grace Okafor'],
    );
    const multi: User[] = await graph().users.search(`"displayName:zz" OR "mail:${POD.mail.slice(0, 6)}"`)();
    assert.deepEqual(
      multi.map((u) => u.id),
      [POD.id],
    );
    // Without the header, Graph refuses the request.
    const q = graph().users;
    q.query.set('$search', '"displayName:grace"');
    const err = await graphFailure(() => q(), 400);
    assert.equal(err.code, 'Request_UnsupportedQuery');
    assert.equal(
      err.message,
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  });

  // Follows https://learn.microsoft.com/graph/paging
  test('$top pages with @odata.nextLink and $skiptoken; the async iterator reads every user', async () => {
    const first = (await graph().users.top(7).select('id').using(Paged())()) as unknown as PagedResult;
    assert.equal(first.value.length, 7);
    assert.ok(first.hasNext);
    assert.match(String(first.nextLink), /^http:\/\/127\.0\.0\.1:\d+\/graph\/v1\.0\/users\?.*\$skiptoken=/);
    const ids: string[] = [];
    let pages = 0;
    for await (const page of graph().users.top(7).select('id')) {
      pages++;
      ids.push(...(page as User[]).map((u) => String(u.id)));
    }
    assert.equal(pages, Math.ceil(DEMO_USERS.length / 7));
    assert.deepEqual(
      ids,
      DEMO_USERS.map((u) => u.id),
    );
    const err = await graphFailure(() => graph().users.top(1000)(), 400);
    assert.match(err.message, /Invalid page size specified: '1000'/);
  });

  // Follows https://learn.microsoft.com/graph/aad-advanced-queries
  test('$count with ConsistencyLevel returns @odata.count; /$count needs the header', async () => {
    const q = graph().users.filter("startswith(displayName,'a')").top(1).using(Paged(true), ConsistencyLevel());
    q.query.set('$count', 'true');
    const page = (await q()) as unknown as PagedResult;
    assert.equal(page.count, DEMO_USERS.filter((u) => u.displayName.toLowerCase().startsWith('a')).length);
    const counted = await raw(em, '/users/$count', { headers: { ConsistencyLevel: 'eventual' } });
    assert.equal(await counted.text(), String(DEMO_USERS.length));
    const refused = await raw(em, '/users/$count');
    assert.equal(refused.status, 400);
    assert.equal(((await refused.json()) as { error: { message: string } }).error.message, '$count is not currently supported.');
  });

  // Follows https://learn.microsoft.com/graph/errors
  test('unsupported endpoints and options fail with a Graph error that names them', async () => {
    const unknown = await graphFailure(() => GraphQueryable(graph().me, 'shoeSizes')(), 400);
    assert.equal(unknown.code, 'BadRequest');
    assert.equal(unknown.message, "Resource not found for the segment 'shoeSizes'.");
    const mail = await raw(em, '/me/messages');
    assert.equal(mail.status, 501);
    assert.match(((await mail.json()) as { error: { message: string } }).error.message, /does not implement GET \/me\/messages/);
    const beta = await fetch(`${em.origin}/graph/beta/users/${STAFF.id}/profile`);
    assert.equal(beta.status, 501);
    assert.match(((await beta.json()) as { error: { message: string } }).error.message, /v1\.0 only/);
    const expand = await graphFailure(() => graph().groups.expand('members')(), 501);
    assert.match(expand.message, /\$expand/);
    const skip = await graphFailure(() => graph().users.skip(2)(), 400);
    assert.match(skip.message, /'\$skip' is not supported/);
  });
});
