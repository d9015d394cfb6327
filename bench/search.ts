/**
 * Hub search at demo and at scale: what a person searches for, through the real HubSearchService
 * (PnPjs sp.search), counted and timed at the emulator. Figures: search requests per query (each
 * query must be one request) and the median latency at scale ÷ at demo.
 */
import '../src/data/pnpImports.ts';
import { createServices } from '../src/data/factory.ts';
import type { RunningEmulator } from '../emulator/src/server.ts';
import { crawl } from '../emulator/src/sharepoint/search/index.ts';

/** What people type: a common word, two words, a phrase, a prefix, a narrowed search. */
const QUERIES: Array<{ text: string; scope?: { resourceType?: string; kind?: 'community' | 'resource' } }> = [
  { text: 'template' },
  { text: 'terms of reference' },
  { text: '"getting started"' },
  { text: 'plann' },
  { text: 'guide', scope: { resourceType: 'guide' } },
  { text: 'data', scope: { kind: 'community' } },
];

export interface SearchFigures {
  requestsPerQuery: number;
  medianMs: number;
  /** What each query found (TotalRows): a query that finds nothing at scale would time an empty answer. */
  matches: Array<{ text: string; total: number }>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export async function measureSearch(emu: RunningEmulator, upn: string, runs: number): Promise<SearchFigures> {
  // The index is brought up to date first (as the crawler does in the background), so what is timed is the query.
  crawl(emu.ctx);
  const services = createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': upn } });
  const search = services.search;
  if (!search) throw new Error('The services offer no search.');
  await search.search({ text: 'warm up', scope: {}, startRow: 0, rowLimit: 10 });
  const times: number[] = [];
  const totals = new Map<string, number>();
  let requests = 0;
  let queries = 0;
  for (let r = 0; r < runs; r++) {
    for (const q of QUERIES) {
      const before = emu.ctx.stats.sharepoint + emu.ctx.stats.graph;
      const t0 = performance.now();
      const page = await search.search({ text: q.text, scope: q.scope ?? {}, startRow: 0, rowLimit: 10 });
      times.push(performance.now() - t0);
      totals.set(q.text, page.total);
      requests += emu.ctx.stats.sharepoint + emu.ctx.stats.graph - before;
      queries++;
    }
  }
  return { requestsPerQuery: requests / queries, medianMs: median(times), matches: [...totals].map(([text, total]) => ({ text, total })) };
}
