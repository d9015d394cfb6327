/**
 * `npm start`: builds the workbench, then serves it and the emulator (with demo data) on one
 * origin, http://127.0.0.1:4321 by default. Pass emulator flags after `--`, e.g. `npm start -- --port 5000`.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorkbench } from '../workbench/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await buildWorkbench();
const args = [
  '--import',
  'tsx',
  join(root, 'emulator', 'src', 'cli.ts'),
  '--static',
  join(root, 'workbench', 'dist'),
  ...process.argv.slice(2),
];
const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
