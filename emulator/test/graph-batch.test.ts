/**
 * Graph contract: JSON $batch, through @pnp/graph's batching, plus the raw protocol facts MGT
 * relies on (base64 photo bodies, "Content-Type" header casing, dependsOn and 424).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { GraphFI } from '@pnp/graph';
import type { RunningEmulator } from '../src/server.ts';
import { graphClient } from './clients.ts';
import { GARDENER, POD, raw, STAFF, start, WITH_PHOTO, WITHOUT_PHOTO } from './graph-helpers.ts';

type Obj = Record<string, unknown>;
interface BatchPart {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

describe('Graph $batch', () => {
  let em: RunningEmulator;
  before(async () => {
    em = await start();
  });
  after(async () => {
    await em.close();
  });
  const graph = (upn = STAFF.userPrincipalName): GraphFI => graphClient(em.origin, upn);

  // Follows https://learn.microsoft.com/graph/json-batching
  test('@pnp/graph batches users, presence and photos in one request', async () => {
    const direct = Buffer.from(await graph().users.getById(WITH_PHOTO.id).photo.getBuffer());
    const [batched, execute] = graph().batched();
    const me = batched.me();
    const user = batched.users.getById(POD.id).select('displayName')();
    const presence = batched.users.getById(GARDENER.id).presence();
    const photo = batched.users.getById(WITH_PHOTO.id).photo.getBuffer();
    await execute();
    assert.equal(((await me) as Obj).id, STAFF.id);
    assert.equal(((await user) as Obj).displayName, POD.displayName);
    assert.equal(((await presence) as Obj).id, GARDENER.id);
    // In a batch Graph returns the image base64-encoded; PnP hands back those characters.
    const text = Buffer.from(await photo).toString('utf8');
    assert.deepEqual(Buffer.from(text, 'base64'), direct);
  });

  // Follows:
  //   https://learn.microsoft.com/graph/json-batching
  //   https://learn.microsoft.com/graph/api/profilephoto-get
  test('a photo of a user without one fails inside the batch, not the batch', async () => {
    const [batched, execute] = graph().batched();
    const photo = batched.users.getById(WITHOUT_PHOTO.id).photo.getBuffer();
    const me = batched.me();
    await execute();
    await assert.rejects(photo, (e: { status?: number }) => e.status === 404);
    assert.equal(((await me) as Obj).id, STAFF.id);
  });

  // Follows https://learn.microsoft.com/graph/json-batching
  test('a batch of 21 requests is refused with 400, as Graph limits batches to 20', async () => {
    const [batched, execute] = graph().batched({ maxRequests: 21 });
    // The parts never settle when the batch itself fails, so they are not awaited.
    for (let i = 0; i < 21; i++) batched.me().catch(() => undefined);
    await assert.rejects(execute(), (e: { status?: number }) => e.status === 400);
    // A batch of exactly 20 is fine.
    const [ok, run] = graph().batched({ maxRequests: 20 });
    const twenty = Array.from({ length: 20 }, () => ok.me.select('id')());
    await run();
    assert.equal((await Promise.all(twenty)).length, 20);
  });

  // Follows https://learn.microsoft.com/graph/json-batching
  test('raw protocol: base64 photo body, Content-Type casing, dependsOn and 424', async () => {
    const res = await raw(em, '/$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        requests: [
          { id: 'user', method: 'GET', url: `/users/${WITH_PHOTO.id}?$select=displayName` },
          { id: 'photo', method: 'GET', url: `users/${WITH_PHOTO.id}/photo/$value` },
          { id: 'nophoto', method: 'GET', url: `/users/${WITHOUT_PHOTO.id}/photo/$value` },
          { id: 'after', method: 'GET', url: '/me', dependsOn: ['nophoto'] },
          {
            id: 'search',
            method: 'GET',
            url: '/users?$search="displayName:grace"&$select=displayName',
            headers: { ConsistencyLevel: 'eventual' },
          },
          { id: 'people', method: 'GET', url: '/me/people?$search="grace"' },
        ],
      }),
    });
    assert.equal(res.status, 200);
    const parts = new Map(((await res.json()) as { responses: BatchPart[] }).responses.map((p) => [p.id, p]));
    assert.equal(parts.get('user')!.status, 200);
    assert.equal((parts.get('user')!.body as Obj).displayName, WITH_PHOTO.displayName);
    const photo = parts.get('photo')!;
    assert.equal(photo.headers['Content-Type'], 'image/png', 'MGT reads headers["Content-Type"]');
    assert.equal(typeof photo.body, 'string');
    const direct = Buffer.from(await (await raw(em, `/users/${WITH_PHOTO.id}/photo/$value`)).arrayBuffer());
    assert.deepEqual(Buffer.from(photo.body as string, 'base64'), direct);
    assert.equal(parts.get('nophoto')!.status, 404);
    assert.equal(parts.get('after')!.status, 424);
    assert.deepEqual(
      (parts.get('search')!.body as { value: Obj[] }).value.map((u) => u.displayName),
      ['Grace Okafor'],
    );
    assert.equal((parts.get('people')!.body as { value: Obj[] }).value[0].displayName, 'Grace Okafor');
  });

  // Follows https://learn.microsoft.com/graph/json-batching
  test('raw protocol: malformed batches fail as a whole', async () => {
    const post = (body: unknown): Promise<Response> =>
      raw(em, '/$batch', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const dupIds = await post({
      requests: [
        { id: '1', method: 'GET', url: '/me' },
        { id: '1', method: 'GET', url: '/me' },
      ],
    });
    assert.equal(dupIds.status, 400);
    const noType = await post({ requests: [{ id: '1', method: 'POST', url: '/communications/getPresencesByUserId', body: { ids: [] } }] });
    assert.equal(noType.status, 400);
    assert.match(((await noType.json()) as { error: { message: string } }).error.message, /does not contain Content-Type header/);
    const absolute = await post({ requests: [{ id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' }] });
    assert.equal(absolute.status, 400);
    const tooMany = await post({ requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' })) });
    assert.equal(tooMany.status, 400);
    assert.match(((await tooMany.json()) as { error: { message: string } }).error.message, /exceeds the limit of 20/);
  });
});
