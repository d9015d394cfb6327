/** Start-up: while the seed writes through the REST API, nobody else sees a half-filled site. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEED_HEADER, startEmulator } from '../src/server.ts';
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
