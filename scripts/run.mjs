#!/usr/bin/env node
/**
 * Entry point of `npm start`, `npm test` and `npm run bench`. It runs on whatever Node the machine
 * has (the system Node may be 20), installs what is missing, then runs every step on the project's
 * own Node 22 from node_modules (the exact `node` dev dependency), which SPFx 1.22 and node:sqlite need.
 *
 *   node scripts/run.mjs test [step...]   steps: lint types unit emulator build package browser
 *   node scripts/run.mjs start
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'node_modules', '.bin');
const node22 = join(root, 'node_modules', 'node', 'bin', 'node');
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, NODE_NO_WARNINGS: '1' };

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

/**
 * True when node_modules lacks a package that package.json names, or holds another version of an
 * exactly pinned one. (Comparing file times instead would reinstall after any `npm install` that
 * rewrote the lock a moment after node_modules, deleting node_modules under a running test.)
 */
function needsInstall() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(node22) || !existsSync(marker)) return true;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const wanted = { ...pkg.dependencies, ...pkg.devDependencies };
  return Object.entries(wanted).some(([name, range]) => {
    const manifest = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) return true;
    const exact = /^\d+\.\d+\.\d+$/.test(range);
    return exact && JSON.parse(readFileSync(manifest, 'utf8')).version !== range;
  });
}

export function ensureDependencies() {
  if (!needsInstall()) return;
  console.log('› Installing dependencies (npm ci)…');
  if (sh('npm', ['ci', '--no-audit', '--no-fund']) !== 0) {
    console.error('npm ci failed; see the output above.');
    process.exit(1);
  }
}

/** Debian's Chromium for the browser tests; Playwright's own browser download can't work offline. */
export function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  console.log('› Installing Chromium from Debian (apt-get install -y chromium)…');
  const sudo = process.getuid && process.getuid() === 0 ? [] : ['sudo'];
  const run = (args) => sh(sudo.length ? 'sudo' : args[0], sudo.length ? args : args.slice(1));
  if (run(['apt-get', 'update']) !== 0 || run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']) !== 0) {
    console.error('Could not install Chromium. Install the Debian package "chromium" and run again.');
    process.exit(1);
  }
}

const node = (args) => [node22, args];
const STEPS = {
  lint: () => [
    // One formatter for the repository (.prettierrc.json); `npx prettier --write .` fixes what this reports.
    node([join(bin, 'prettier'), '--check', '--log-level', 'warn', '.']),
    // Every TypeScript folder, each parsed with its own tsconfig (.eslintrc.js parserOptions.project).
    node([
      join(bin, 'eslint'),
      '--max-warnings',
      '0',
      'src',
      'workbench/src',
      'emulator',
      'tests',
      'bench',
      'scripts',
      '--ext',
      '.ts,.tsx',
    ]),
  ],
  types: () => [
    node([join(bin, 'tsc'), '-p', 'tsconfig.test.json']),
    node([join(bin, 'tsc'), '-p', 'workbench/tsconfig.json']),
    node([join(bin, 'tsc'), '-p', 'emulator/tsconfig.json']),
    node([join(bin, 'tsc'), '-p', 'tests/tsconfig.json']),
    node([join(bin, 'tsc'), '-p', 'bench/tsconfig.json']),
    node([join(bin, 'tsc'), '-p', 'scripts/tsconfig.json']),
  ],
  unit: () => node([join(bin, 'jest'), '--ci']),
  emulator: () =>
    node([
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      'emulator/test/*.test.ts',
      'tests/integration/*.test.ts',
      'tests/security/*.test.ts',
    ]),
  build: () => node([join(root, 'scripts', 'build.mjs')]),
  package: () => node(['--import', 'tsx', '--test', 'tests/package/*.test.ts']),
  browser: () => node(['--import', 'tsx', '--test', '--test-concurrency=1', 'tests/browser/*.test.ts']),
};

function runSteps(names) {
  const timings = [];
  for (const name of names) {
    const make = STEPS[name];
    if (!make) {
      console.error(`Unknown step '${name}'. Steps: ${Object.keys(STEPS).join(', ')}`);
      process.exit(2);
    }
    if (name === 'browser') ensureChromium();
    const commands = Array.isArray(make()[0]) ? make() : [make()];
    const started = Date.now();
    console.log(`\n━━ ${name} ━━`);
    for (const [cmd, args] of commands) {
      const status = sh(cmd, args);
      if (status !== 0) {
        console.error(`\n✗ step '${name}' failed (exit ${status}).`);
        process.exit(status);
      }
    }
    timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(`\n✓ all steps passed: ${timings.join(', ')}`);
}

const [command, ...rest] = process.argv.slice(2);
ensureDependencies();
if (command === 'test') {
  runSteps(rest.length ? rest : ['lint', 'types', 'unit', 'emulator', 'build', 'package', 'browser']);
} else if (command === 'start') {
  const child = spawn(node22, [join(root, 'scripts', 'start.mjs'), ...rest], { cwd: root, stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
} else if (command === 'build') {
  runSteps(['build']);
} else if (command === 'emulator' || command === 'provision') {
  const entry = command === 'emulator' ? 'emulator/src/cli.ts' : 'scripts/provision.ts';
  process.exit(sh(node22, ['--import', 'tsx', join(root, entry), ...rest]));
} else if (command === 'bench') {
  ensureChromium(); // the bench measures views in headless Chromium
  process.exit(sh(node22, ['--import', 'tsx', join(root, 'bench', 'run.ts'), ...rest]));
} else {
  console.error('Usage: node scripts/run.mjs test [steps…] | start | build | emulator | provision | bench');
  process.exit(2);
}
