/**
 * Graph contract: profile photos, the People API and presence, through the real @pnp/graph client.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { GraphFI } from '@pnp/graph';
import type { RunningEmulator } from '../src/server.ts';
import { DEMO_USERS } from '../src/identities.ts';
import { graphClient } from './clients.ts';
import { GARDENER, graphFailure, POD, raw, STAFF, start, WITH_PHOTO, WITHOUT_PHOTO } from './graph-helpers.ts';

type Obj = Record<string, unknown>;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('Graph photos, people and presence', () => {
  let em: RunningEmulator;
  before(async () => {
    em = await start();
  });
  after(async () => {
    await em.close();
  });
  const graph = (upn = STAFF.userPrincipalName): GraphFI => graphClient(em.origin, upn);

  // Follows https://learn.microsoft.com/graph/api/profilephoto-get
  test('photo/$value returns PNG bytes, the same every time; metadata describes them', async () => {
    const bytes = Buffer.from(await graph().users.getById(WITH_PHOTO.id).photo.getBuffer());
    assert.deepEqual(bytes.subarray(0, 8), PNG_SIGNATURE);
    const again = Buffer.from(await graph().users.getById(WITH_PHOTO.userPrincipalName).photo.getBuffer());
    assert.deepEqual(again, bytes);
    const meta: Obj = await graph().users.getById(WITH_PHOTO.id).photo();
    assert.equal(meta['@odata.mediaContentType'], 'image/png');
    assert.equal(meta.width, 64);
    assert.match(String(meta['@odata.mediaEtag']), /^W\/"[0-9a-f]+"$/);
    // Raw protocol fact: Content-Type image/png and the ETag on the bytes.
    const res = await raw(em, `/users/${WITH_PHOTO.id}/photo/$value`);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.equal(res.headers.get('etag'), meta['@odata.mediaEtag']);
    // Different people get different pictures.
    const other = DEMO_USERS.find((u, i) => u.id !== WITH_PHOTO.id && i % 6 !== 5)!;
    assert.notDeepEqual(Buffer.from(await graph().users.getById(other.id).photo.getBuffer()), bytes);
  });

  // Follows https://learn.microsoft.com/graph/api/profilephoto-get
  test('me/photo/$value works for the signed-in user', async () => {
    const mine = Buffer.from(await graph(WITH_PHOTO.userPrincipalName).me.photo.getBuffer());
    assert.deepEqual(mine.subarray(0, 8), PNG_SIGNATURE);
  });

  // Follows https://learn.microsoft.com/graph/api/profilephoto-get
  test('a user without a photo gets 404 ImageNotFound, for $value and metadata', async () => {
    const err = await graphFailure(() => graph().users.getById(WITHOUT_PHOTO.id).photo.getBuffer(), 404);
    assert.equal(err.code, 'ImageNotFound');
    const meta = await graphFailure(() => graph(WITHOUT_PHOTO.userPrincipalName).me.photo(), 404);
    assert.equal(meta.code, 'ImageNotFound');
  });

  // Follows:
  //   https://learn.microsoft.com/graph/people-insights-overview
  //   https://learn.microsoft.com/graph/api/resources/person
  test('me/people ranks colleagues: shared groups, then department; self excluded', async () => {
    const people: Obj[] = await graph(GARDENER.userPrincipalName).me.people();
    assert.equal(people.length, 10, 'the People API returns 10 by default');
    assert.ok(!people.some((p) => p.id === GARDENER.id));
    const first = people[0];
    assert.deepEqual(first.personType, { class: 'Person', subclass: 'OrganizationUser' });
    assert.ok(Array.isArray(first.scoredEmailAddresses));
    // Gardener shares "Community Gardeners" with the other gardeners and the POD team: they rank first.
    const gardeners = new Set(DEMO_USERS.filter((u) => u.roles.includes('gardener') || u.roles.includes('pod')).map((u) => u.id));
    assert.ok(
      people.slice(0, 5).every((p) => gardeners.has(String(p.id))),
      'people sharing groups come first',
    );
    const scores = people.map((p) => (p.scoredEmailAddresses as Array<{ relevanceScore: number }>)[0].relevanceScore);
    assert.deepEqual(
      [...scores].sort((a, b) => b - a),
      scores,
    );
  });

  // Follows https://learn.microsoft.com/graph/people-insights-overview
  test('me/people supports $search, $top, $select and the personType filter MGT sends', async () => {
    const found: Obj[] = await graph().me.people.search('"grace"')();
    assert.deepEqual(
      found.map((p) => p.displayName),
      ['Grace Okafor'],
    );
    const byMail: Obj[] = await graph()
      .me.people.search(`"${POD.mail.slice(0, 5)}"`)
      .select('displayName', 'userPrincipalName')();
    assert.deepEqual(
      byMail.map((p) => p.userPrincipalName),
      [POD.userPrincipalName],
    );
    assert.deepEqual(Object.keys(byMail[0]).sort(), ['displayName', 'userPrincipalName']);
    const top: Obj[] = await graph().me.people.top(3).filter("personType/class eq 'Person'and personType/subclass eq 'OrganizationUser'")();
    assert.equal(top.length, 3);
    const self: Obj[] = await graph().me.people.search(`"${STAFF.displayName}"`)();
    assert.ok(
      self.some((p) => p.id === STAFF.id),
      'searching finds yourself, as the People API does',
    );
  });

  // Follows https://learn.microsoft.com/graph/api/presence-get
  test('presence: users/{id}/presence, me/presence, communications', async () => {
    const p: Obj = await graph().users.getById(POD.id).presence();
    assert.equal(p.id, POD.id);
    assert.ok(['Available', 'Busy', 'Away', 'BeRightBack', 'DoNotDisturb', 'Offline'].includes(String(p.availability)));
    assert.equal(typeof p.activity, 'string');
    const again: Obj = await graph(GARDENER.userPrincipalName).users.getById(POD.id).presence();
    assert.equal(again.availability, p.availability, 'presence is deterministic');
    const mine: Obj = await graph(POD.userPrincipalName).me.presence();
    assert.equal(mine.availability, p.availability);
    const many = await graph().communications.getPresencesByUserId([POD.id, GARDENER.id, STAFF.id]);
    assert.deepEqual(
      (many as Obj[]).map((x) => x.id),
      [POD.id, GARDENER.id, STAFF.id],
    );
    assert.equal((many as Obj[])[0].availability, p.availability);
    const single = await raw(em, `/communications/presences/${GARDENER.id}`);
    assert.equal(((await single.json()) as Obj).id, GARDENER.id);
  });
});
