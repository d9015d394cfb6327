/**
 * Browser test harness: the emulator with demo data and the built workbench on one origin, and
 * Debian's Chromium driven by playwright-core. Screenshots land in test-results/ for a person to
 * look at; axe-core runs the accessibility rules on each page.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../emulator/src/server.ts';
import { SEEDS } from '../../emulator/src/seeds.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS = join(root, 'test-results');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Harness {
  emulator: RunningEmulator;
  browser: Browser;
  /** A new page signed in as `upn` (through the workbench's identity cookie). */
  pageAs(upn: string): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** The search index's crawl delay (ms); 0 by default. */
  searchDelayMs?: number;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  await mkdir(RESULTS, { recursive: true });
  // Imported when needed: build.mjs uses top-level await, which a CommonJS test module can't require.
  // @ts-expect-error plain ESM script without types
  const { buildWorkbench } = (await import('../../workbench/build.mjs')) as {
    buildWorkbench: (o: { minify: boolean }) => Promise<unknown>;
  };
  await buildWorkbench({ minify: false });
  const emulator = await startEmulator({
    port: 0,
    staticRoot: join(root, 'workbench', 'dist'),
    seed: SEEDS.demo,
    searchDelayMs: options.searchDelayMs,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  return {
    emulator,
    browser,
    async pageAs(upn) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addCookies([{ name: 'emulator-user', value: upn, url: emulator.origin }]);
      const page = await context.newPage();
      return { page, context };
    },
    async close() {
      await browser.close();
      await emulator.close();
    },
  };
}

const require = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * Runs axe-core's WCAG 2.x A/AA rules on the page and returns what it found. `disable` turns off
 * rules by id, for a state where a rule cannot judge anything (the caller says why).
 */
export async function axe(page: Page, disable: readonly string[] = []): Promise<AxeViolation[]> {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Colours are judged as they settle: a row's selection fade caught half-way once read as low
  // contrast. Transitions are off while axe runs, and back on afterwards.
  const still = await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  await page.addScriptTag({ content: source });
  try {
    return await page.evaluate(
      async (off) => {
        const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
        const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
        const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target })),
        }));
      },
      [...disable],
    );
  } finally {
    await still.evaluate((el) => (el as Element).remove()).catch(() => undefined);
  }
}

export function describeViolations(v: AxeViolation[]): string {
  return v.map((x) => `${x.id} (${x.impact}): ${x.help} at ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

/**
 * A page state as a person sees it: screenshotted to test-results/<prefix>-<state>.png for a person
 * to look at, and held to axe's whole rule set.
 */
export function screenChecks(prefix: string): (page: Page, state: string) => Promise<void> {
  return async (page, state) => {
    await page.screenshot({ path: join(RESULTS, `${prefix}-${state}.png`), fullPage: true });
    const violations = await axe(page);
    assert.equal(violations.length, 0, `${state}: ${describeViolations(violations)}`);
  };
}

export type Theme = 'light' | 'dark' | 'contrast';
export const THEMES: readonly Theme[] = ['light', 'dark', 'contrast'];

/** A page signed in as `upn` at `width` px in a theme: dark as the person's colour scheme, contrast as forced colours. */
export async function themedPageAs(h: Harness, upn: string, theme: Theme, width: number): Promise<{ page: Page; context: BrowserContext }> {
  const context = await h.browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: theme === 'light' ? 'light' : 'dark',
    forcedColors: theme === 'contrast' ? 'active' : 'none',
  });
  await context.addCookies([{ name: 'emulator-user', value: upn, url: h.emulator.origin }]);
  return { page: await context.newPage(), context };
}

/**
 * A narrow page as a person sees it in a theme: screenshotted, axe clean, and not scrolling sideways.
 * In forced colours the browser paints its own colours, so axe's contrast rule does not apply (see looks.test.ts).
 */
export async function narrowChecks(page: Page, name: string, theme: Theme): Promise<void> {
  await page.screenshot({ path: join(RESULTS, `${name}-${theme}.png`), fullPage: true });
  const found = await axe(page, theme === 'contrast' ? ['color-contrast'] : []);
  assert.equal(found.length, 0, `${name} ${theme}: ${describeViolations(found)}`);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(sideways <= 0, `${name} ${theme}: the page scrolls ${sideways} px sideways`);
}
