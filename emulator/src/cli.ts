/**
 * `npm run emulator -- [--port 4321] [--data <file>] [--seed demo|none|scale] [--search-delay-ms 3000]`
 *   with --seed scale: [--communities 2000] [--users 50000] [--memberships 200000] [--resources 20000] [--events 10000]
 * Starts the SharePoint + Graph emulator on 127.0.0.1. Data lives in the SQLite file when given,
 * otherwise in memory.
 */
import { parseArgs } from 'node:util';
import { startEmulator } from './server.ts';
import { scaleSeed, SEEDS, type SeedName } from './seeds.ts';
import type { ScaleSizes } from './seed/scale.ts';

export interface CliOptions {
  port: number;
  dataFile?: string;
  seed: SeedName;
  staticRoot?: string;
  /** Sizes for --seed scale; defaults fill the rest. */
  scale: Partial<ScaleSizes>;
  /** How long a change takes to become searchable (SharePoint Online's crawl, in minutes there). */
  searchDelayMs: number;
}

/** A few seconds, so the workbench shows what a crawl delay means without waiting minutes. */
const DEFAULT_SEARCH_DELAY_MS = 3000;

const SIZE_FLAGS = ['communities', 'users', 'memberships', 'resources', 'events', 'questions', 'answers'] as const;

export function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4321' },
      data: { type: 'string' },
      seed: { type: 'string', default: 'demo' },
      static: { type: 'string' },
      'search-delay-ms': { type: 'string' },
      ...Object.fromEntries(SIZE_FLAGS.map((f) => [f, { type: 'string' as const }])),
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not '${values.port}'.`);
  const seed = values.seed as string;
  if (!(seed in SEEDS)) throw new Error(`--seed must be one of ${Object.keys(SEEDS).join(', ')}, not '${seed}'.`);
  const scale: Partial<ScaleSizes> = {};
  for (const f of SIZE_FLAGS) {
    const raw = (values as Record<string, string | undefined>)[f];
    if (raw === undefined) continue;
    if (seed !== 'scale') throw new Error(`--${f} only applies to --seed scale.`);
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || (f === 'users' && n < 1)) throw new Error(`--${f} must be a whole number, not '${raw}'.`);
    scale[f] = n;
  }
  const delayRaw = values['search-delay-ms'];
  const searchDelayMs = delayRaw === undefined ? DEFAULT_SEARCH_DELAY_MS : Number(delayRaw);
  if (!Number.isInteger(searchDelayMs) || searchDelayMs < 0)
    throw new Error(`--search-delay-ms must be a whole number of milliseconds, not '${delayRaw}'.`);
  return { port, dataFile: values.data, seed: seed as SeedName, staticRoot: values.static, scale, searchDelayMs };
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const started = Date.now();
  const emulator = await startEmulator({
    port: options.port,
    dataFile: options.dataFile,
    staticRoot: options.staticRoot,
    seed: options.seed === 'scale' ? scaleSeed(options.scale) : SEEDS[options.seed],
    searchDelayMs: options.searchDelayMs,
  });
  console.log(`CoP Hub emulator ready in ${Date.now() - started} ms`);
  console.log(`  SharePoint: ${emulator.siteUrl}/_api/web`);
  console.log(`  Graph:      ${emulator.graphUrl}/me`);
  console.log(`  Users:      ${emulator.origin}/_emulator/users`);
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
