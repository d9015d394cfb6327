/**
 * `npm run build`: the Teams app zip, then `gulp bundle --ship` and `gulp package-solution --ship`,
 * giving sharepoint/solution/cop-hub.sppkg.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'node_modules', '.bin');
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
const steps = [];
if (existsSync(join(root, 'scripts', 'teams-package.mjs'))) steps.push([process.execPath, [join(root, 'scripts', 'teams-package.mjs')]]);
steps.push([join(bin, 'gulp'), ['bundle', '--ship']], [join(bin, 'gulp'), ['package-solution', '--ship']]);
for (const [cmd, args] of steps) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
