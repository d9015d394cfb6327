/**
 * `npm run emulator -- [--port 4321] [--data <file>] [--seed demo|none]`
 * Starts the SharePoint + Graph emulator on 127.0.0.1. Data lives in the SQLite file when given,
 * otherwise in memory.
 */
import { parseArgs } from 'node:util';
import { startEmulator } from './server.ts';
import { SEEDS, type SeedName } from './seeds.ts';

export interface CliOptions {
  port: number;
  dataFile?: string;
  seed: SeedName;
  staticRoot?: string;
}

export function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4321' },
      data: { type: 'string' },
      seed: { type: 'string', default: 'demo' },
      static: { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not '${values.port}'.`);
  const seed = values.seed as string;
  if (!(seed in SEEDS)) throw new Error(`--seed must be one of ${Object.keys(SEEDS).join(', ')}, not '${seed}'.`);
  return { port, dataFile: values.data, seed: seed as SeedName, staticRoot: values.static };
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
    seed: SEEDS[options.seed],
  });
  console.log(`CoP Hub emulator ready in ${Date.now() - started} ms`);
  console.log(`  SharePoint: ${emulator.siteUrl}/_api/web`);
  console.log(`  Graph:      ${emulator.graphUrl}/me`);
  console.log(`  Users:      ${emulator.origin}/_emulator/users`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
