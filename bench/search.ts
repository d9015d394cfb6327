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
  /** Each query's median, in the order of QUERIES. */
  perQueryMs: number[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A person's search service on one emulator, with the index brought up to date and one search made. */
async function searcher(emu: RunningEmulator, upn: string): Promise<NonNullable<ReturnType<typeof createServices>['search']>> {
  // The index is brought up to date first (as the crawler does in the background), so what is timed is the query.
  crawl(emu.ctx);
  const services = createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': upn } });
  const search = services.search;
  if (!search) throw new Error('The services offer no search.');
  await search.search({ text: 'warm up', scope: {}, startRow: 0, rowLimit: 10 });
  return search;
}

/**
 * Each query at demo, then at once at scale, `rounds` times: the two sizes are timed in turn, under the
 * same load on the machine (as the bench's paired renders are), and each size's median is over every
 * query of every round.
 */
export async function measureSearch(
  demo: RunningEmulator,
  scale: RunningEmulator,
  upn: string,
  rounds: number,
): Promise<{ demo: SearchFigures; scale: SearchFigures }> {
  const sizes = [
    { emu: demo, search: await searcher(demo, upn), times: [] as number[], totals: new Map<string, number>(), requests: 0 },
    { emu: scale, search: await searcher(scale, upn), times: [] as number[], totals: new Map<string, number>(), requests: 0 },
  ];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      for (const size of sizes) {
        const before = size.emu.ctx.stats.sharepoint + size.emu.ctx.stats.graph;
        const t0 = performance.now();
        const page = await size.search.search({ text: q.text, scope: q.scope ?? {}, startRow: 0, rowLimit: 10 });
        size.times.push(performance.now() - t0);
        size.totals.set(q.text, page.total);
        size.requests += size.emu.ctx.stats.sharepoint + size.emu.ctx.stats.graph - before;
      }
    }
  }
  const figures = (size: (typeof sizes)[number]): SearchFigures => ({
    requestsPerQuery: size.requests / size.times.length,
    medianMs: median(size.times),
    perQueryMs: QUERIES.map((_, k) => median(size.times.filter((_, i) => i % QUERIES.length === k))),
    matches: [...size.totals].map(([text, total]) => ({ text, total })),
  });
  return { demo: figures(sizes[0]), scale: figures(sizes[1]) };
}
