/** Start-up: while the seed writes through the REST API, nobody else sees a half-filled site. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import '../../src/data/pnpImports.ts';
import { createClients } from '../../src/data/clients.ts';
import { SEED_HEADER, seedHeaders, startEmulator } from '../src/server.ts';
import type { EmuContext } from '../src/types.ts';
import { spClient } from './clients.ts';
import { OWNER } from './sp-helpers.ts';

test('until the seed has finished, only its own requests are answered; others get 503 with Retry-After', async () => {
  let seeding: () => void = () => undefined;
  let paused: () => void = () => undefined;
  /** Settles when the seed has made its two requests and waits for the test to let it finish. */
  const seedPaused = new Promise<void>((resolve) => (paused = resolve));
  let seen: { outside: Response; own: Response; body: { 'odata.error': { message: { value: string } } } } | undefined;
  const seed = async (ctx: EmuContext): Promise<void> => {
    const url = `${ctx.origin}/sites/cop/_api/web/title`;
    const headers = { Accept: 'application/json', 'X-Emulator-User': OWNER };
    const outside = await fetch(url, { headers });
    const own = await fetch(url, { headers: { ...headers, [SEED_HEADER]: ctx.seedKey ?? '' } });
    seen = { outside, own, body: (await outside.json()) as never };
    const finish = new Promise<void>((resolve) => (seeding = resolve));
    paused();
    await finish;
  };
  const starting = startEmulator({ port: 0, seed });
  await seedPaused;
  assert.ok(seen);
  assert.equal(seen.outside.status, 503);
  assert.equal(seen.outside.headers.get('retry-after'), '1');
  assert.match(seen.body['odata.error'].message.value, /still loading its seed data/);
  assert.equal(seen.own.status, 200);
  seeding();
  const emu = await starting;
  try {
    assert.equal(emu.ctx.seedKey, undefined);
    assert.equal(typeof (await spClient(emu.siteUrl, OWNER).web.select('Title')()).Title, 'string');
  } finally {
    await emu.close();
  }
});

test("the seed's in-process fetch is answered as over HTTP (identity, the seed's key, counts), in the order it is sent", async () => {
  let seen:
    { outside: number; items: Array<{ Id: number; Title: string; AuthorId: number }>; me: { Id: number; Email: string } } | undefined;
  const seed = async (ctx: EmuContext): Promise<void> => {
    const send = ctx.fetch as typeof fetch;
    const outside = await send(`${ctx.origin}/sites/cop/_api/web/title`, {
      headers: { Accept: 'application/json', 'X-Emulator-User': OWNER },
    });
    // The project's own clients, as the demo seed makes them.
    const { sp } = createClients({
      kind: 'url',
      siteUrl: `${ctx.origin}/sites/cop`,
      graphUrl: `${ctx.origin}/graph/v1.0`,
      headers: { 'X-Emulator-User': OWNER, ...seedHeaders(ctx) },
      fetch: send,
    });
    await sp.web.lists.add('Ordered', '', 100);
    // Sent together: answered one after another, in the order sent.
    const list = sp.web.lists.getByTitle('Ordered');
    await Promise.all(['first', 'second', 'third', 'fourth'].map((Title) => list.items.add({ Title })));
    const items = (await list.items.select('Id', 'Title', 'AuthorId').orderBy('Id')()) as Array<{
      Id: number;
      Title: string;
      AuthorId: number;
    }>;
    seen = { outside: outside.status, items, me: (await sp.web.currentUser.select('Id', 'Email')()) as { Id: number; Email: string } };
  };
  const emu = await startEmulator({ port: 0, seed });
  try {
    assert.ok(seen);
    assert.equal(seen.outside, 503, 'without the seed key it waits like any other caller');
    assert.deepEqual(
      seen.items.map((i) => `${i.Id} ${i.Title}`),
      ['1 first', '2 second', '3 third', '4 fourth'],
    );
    assert.equal(seen.me.Email.toLowerCase(), OWNER.toLowerCase());
    assert.ok(
      seen.items.every((i) => i.AuthorId === seen?.me.Id),
      'each written as the caller named',
    );
    // Counted like requests over HTTP (the refused one is not): the digest, the list, four items, the read and the current user.
    assert.equal(emu.ctx.stats.sharepoint, 8);
  } finally {
    await emu.close();
  }
});

test("/_emulator/users?top=N lists the first N accounts and the caller (the workbench's switcher at scale), without it every account", async () => {
  const emu = await startEmulator({ port: 0 });
  try {
    const last = emu.ctx.users[emu.ctx.users.length - 1].userPrincipalName;
    const read = async (query: string, upn: string): Promise<string[]> => {
      const res = await fetch(`${emu.origin}/_emulator/users${query}`, { headers: { 'X-Emulator-User': upn } });
      return ((await res.json()) as { value: Array<{ userPrincipalName: string }> }).value.map((u) => u.userPrincipalName);
    };
    const everyone = emu.ctx.users.map((u) => u.userPrincipalName);
    assert.deepEqual(await read('', OWNER), everyone);
    assert.deepEqual(await read('?top=3', last), [...everyone.slice(0, 3), last]);
    assert.deepEqual(await read('?top=3', everyone[1]), everyone.slice(0, 3));
  } finally {
    await emu.close();
  }
});
