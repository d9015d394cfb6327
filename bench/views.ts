/**
 * Views measured in headless Chromium against a running emulator (workbench and REST on one
 * origin): requests per view counted at the emulator (/_emulator/stats), time to first render, the
 * list view threshold errors a view ran into, and typing latency in the directory's search box.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningEmulator } from '../emulator/src/server.ts';
import type { RequestStats } from '../emulator/src/stats.ts';

export interface ViewSpec {
  name: string;
  /** Workbench path, e.g. `/community?community=6`. */
  path: string;
  /** Shown once the view's first meaningful render is on screen. */
  ready: (page: Page) => Promise<void>;
  /** CSS for the same element, watched in the page, to count only the requests made before it appeared. */
  firstRenderCss?: string;
}

export interface ViewResult {
  name: string;
  /** Requests when the first render was on screen, and once the network went quiet. */
  firstRender: RequestStats;
  /** Requests that arrived before the first render's element was in the page (with firstRenderCss). */
  beforeFirstRender?: number;
  settled: RequestStats;
  /** Milliseconds from navigation start to the first render, median of the runs. */
  renderMs: number;
}

const QUIET_MS = 600;

export async function stats(emu: RunningEmulator): Promise<RequestStats> {
  return (await (await fetch(`${emu.origin}/_emulator/stats`)).json()) as RequestStats;
}

export async function resetStats(emu: RunningEmulator): Promise<void> {
  await fetch(`${emu.origin}/_emulator/stats`, { method: 'DELETE' });
}

/** Waits until the emulator has seen no request for QUIET_MS (late loads such as counts included). */
export async function settle(emu: RunningEmulator): Promise<RequestStats> {
  let last = await stats(emu);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const now = await stats(emu);
    if (now.requests === last.requests && now.batchParts === last.batchParts) return now;
    last = now;
  }
}

export async function newPage(browser: Browser, emu: RunningEmulator, upn: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'emulator-user', value: upn, url: emu.origin }]);
  return context.newPage();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Loads the view `runs` times (fresh page each time, so nothing is cached) and keeps the last counts. */
export async function measureView(browser: Browser, emu: RunningEmulator, upn: string, view: ViewSpec, runs: number): Promise<ViewResult> {
  const times: number[] = [];
  let firstRender: RequestStats | undefined;
  let settled: RequestStats | undefined;
  let beforeFirstRender: number | undefined;
  for (let i = 0; i < runs; i++) {
    const page = await newPage(browser, emu, upn);
    try {
      if (view.firstRenderCss) {
        await page.addInitScript((css: string) => {
          const w = window as unknown as { __firstRenderAt?: number };
          new MutationObserver((_, observer) => {
            if (document.querySelector(css)) {
              w.__firstRenderAt = Date.now();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        }, view.firstRenderCss);
      }
      await resetStats(emu);
      await page.goto(`${emu.origin}${view.path}`);
      await view.ready(page);
      times.push(await page.evaluate(() => performance.now()));
      firstRender = await stats(emu);
      settled = await settle(emu);
      const at = view.firstRenderCss
        ? await page.evaluate(() => (window as unknown as { __firstRenderAt?: number }).__firstRenderAt)
        : undefined;
      if (at !== undefined) beforeFirstRender = settled.arrivals.filter((t) => t <= at).length;
    } finally {
      await page.context().close();
    }
  }
  return {
    name: view.name,
    firstRender: firstRender as RequestStats,
    settled: settled as RequestStats,
    beforeFirstRender,
    renderMs: Math.round(median(times)),
  };
}

/** Writes while joining: from the click on Join in the dialog to the confirmation. */
export async function measureJoin(browser: Browser, emu: RunningEmulator, upn: string, title: string): Promise<RequestStats> {
  const page = await newPage(browser, emu, upn);
  try {
    await page.goto(`${emu.origin}/?cop-q=${encodeURIComponent(title)}`);
    await page.getByRole('button', { name: `Join ${title}`, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Join ${title}` });
    await dialog.getByRole('radio', { name: 'Wider member' }).check();
    await settle(emu);
    await resetStats(emu);
    await dialog.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByText(`You're now a wider member of ${title}.`).waitFor();
    return await settle(emu);
  } finally {
    await page.context().close();
  }
}

/**
 * Key to painted result in the directory's search box: from the keydown event's timestamp to the
 * first frame after the results changed (a message posted from requestAnimationFrame runs after
 * that frame is painted). Types `text` a key at a time, clears it, `rounds` times.
 */
export async function measureTyping(
  browser: Browser,
  emu: RunningEmulator,
  upn: string,
  text: string,
  rounds: number,
): Promise<{ p50: number; p95: number; samples: number }> {
  const page = await newPage(browser, emu, upn);
  try {
    await page.goto(`${emu.origin}/`);
    await page.getByRole('list', { name: 'Communities', exact: true }).waitFor();
    await settle(emu);
    const box = page.getByRole('searchbox', { name: 'Search communities' });
    await box.focus();
    await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[] };
      w.__latencies = [];
      document.addEventListener(
        'keydown',
        (e) => {
          const start = e.timeStamp;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => w.__latencies.push(performance.now() - start);
            channel.port2.postMessage(0);
          });
        },
        true,
      );
    });
    for (let r = 0; r < rounds; r++) {
      for (const ch of text) {
        await page.keyboard.type(ch);
        await page.waitForTimeout(40);
      }
      for (let i = 0; i < text.length; i++) {
        await page.keyboard.press('Backspace');
        await page.waitForTimeout(40);
      }
    }
    await page.waitForTimeout(200);
    const xs = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
    const s = [...xs].sort((a, b) => a - b);
    const at = (q: number): number => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 10) / 10;
    return { p50: at(0.5), p95: at(0.95), samples: s.length };
  } finally {
    await page.context().close();
  }
}
