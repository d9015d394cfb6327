/**
 * `npm run bench`: measures and prints CoP Hub's performance figures with their budgets, and writes
 * them to bench-results/bench.json. Budgets live here, never in timed tests.
 *
 * Figures so far: production bundle sizes (gzip) per component, emulator start-up with demo data,
 * and reading 12,000 items through PnPjs paging. Issue 8 adds requests per view and render times.
 */
import { readdir, readFile, stat, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { startEmulator } from '../emulator/src/server.ts';
import { SEEDS } from '../emulator/src/seeds.ts';
import { spClient } from '../emulator/test/clients.ts';
import { insertItems } from '../emulator/src/sharepoint/index.ts';

interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
}

const root = join(import.meta.dirname, '..');
const figures: Figure[] = [];

async function bundleSizes(): Promise<void> {
  const dist = join(root, 'dist');
  // Measure this source tree, not an older build: build first unless told the build is fresh.
  const hasBuild = await stat(join(root, 'sharepoint', 'solution', 'cop-hub.sppkg')).then(() => true, () => false);
  if (!hasBuild || !process.argv.includes('--no-build')) {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
    if (r.status !== 0) throw new Error('The production build failed.');
  }
  const config = JSON.parse(await readFile(join(root, 'config', 'config.json'), 'utf8')) as { bundles: Record<string, unknown> };
  const files = await readdir(dist);
  for (const bundle of Object.keys(config.bundles)) {
    const candidates = files.filter((f) => f.startsWith(`${bundle}_`) && f.endsWith('.js'));
    if (candidates.length === 0) continue;
    // dist keeps older hashes until `gulp clean`; the newest file is this build's.
    const withTimes = await Promise.all(candidates.map(async (f) => ({ f, t: (await stat(join(dist, f))).mtimeMs })));
    const newest = withTimes.sort((a, b) => b.t - a.t)[0].f;
    const gz = gzipSync(await readFile(join(dist, newest))).length;
    figures.push({ name: `bundle ${bundle} (entry, gzip)`, value: Math.round(gz / 102.4) / 10, unit: 'KB', budget: bundle.includes('header') ? 25 : bundle === 'cop-directory-web-part' ? 100 : undefined });
  }
}

async function emulatorFigures(): Promise<void> {
  const t0 = performance.now();
  const demo = await startEmulator({ port: 0, seed: SEEDS.demo });
  figures.push({ name: 'emulator start-up with demo data', value: Math.round(performance.now() - t0), unit: 'ms', budget: 2000 });
  await demo.close();

  const bare = await startEmulator({ port: 0 });
  try {
    const sp = spClient(bare.siteUrl, 'priya.desai@cophub.example');
    await sp.web.lists.add('Bench', '', 100);
    const list = sp.web.lists.getByTitle('Bench');
    insertItems(bare.ctx, 'Bench', Array.from({ length: 12000 }, (_, i) => ({ Title: `Item ${i}` })), 'priya.desai@cophub.example');
    const t1 = performance.now();
    let count = 0;
    for await (const page of list.items.select('Id', 'Title').top(5000)) count += (page as unknown[]).length;
    figures.push({ name: `paging ${count} items (5,000 a page)`, value: Math.round(performance.now() - t1), unit: 'ms' });
  } finally {
    await bare.close();
  }
}

await bundleSizes();
await emulatorFigures();

const rows = figures.map((f) => {
  const verdict = f.budget === undefined ? '' : f.value <= f.budget ? 'pass' : 'FAIL';
  return [f.name, `${f.value} ${f.unit}`, f.budget === undefined ? '—' : `${f.budget} ${f.unit}`, verdict];
});
const widths = [0, 1, 2, 3].map((i) => Math.max(...[['figure', 'measured', 'budget', ''], ...rows].map((r) => r[i].length)));
const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(['figure', 'measured', 'budget', '']));
for (const r of rows) console.log(line(r));
await mkdir(join(root, 'bench-results'), { recursive: true });
await writeFile(join(root, 'bench-results', 'bench.json'), JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2));
console.log('\nWritten to bench-results/bench.json');
if (figures.some((f) => f.budget !== undefined && f.value > f.budget)) process.exitCode = 1;
