import { startEmulator } from '../src/server.ts';
import { seedDemo } from '../src/seed/demo.ts';
const orig = globalThis.fetch;
globalThis.fetch = async (input: any, init?: any) => {
  const r = await orig(input, init);
  if (!r.ok) {
    const h = new Headers(init?.headers);
    console.log('FAIL', r.status, init?.method ?? 'GET', h.get('X-HTTP-Method') ?? '', String(input).replace(/^http:\/\/[^/]+/, ''), h.get('X-Emulator-User'), (init?.body ?? '').toString().slice(0, 300), (await r.clone().text()).slice(0, 300));
  }
  return r;
};
const t0 = performance.now();
try {
  const emu = await startEmulator({ port: 0, seed: (ctx) => seedDemo(ctx) });
  console.log('started with demo seed in', Math.round(performance.now() - t0), 'ms');
  const r = await orig(`${emu.siteUrl}/_api/web/lists?$select=Title,ItemCount`, { headers: { Accept: 'application/json;odata=nometadata' } });
  console.log(JSON.stringify(await r.json()));
  await emu.close();
} catch (e) { console.error('FAILED', e instanceof Error ? e.message.slice(0, 300) : e); }
