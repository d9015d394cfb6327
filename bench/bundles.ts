/**
 * Bundle figures from the production build: for each web part and extension, the gzip size of what
 * its first view-mode render loads (the entry file, its localized strings, and every on-demand chunk
 * that isn't named as loaded later) and, apart, of the chunks it loads only later. Read from the
 * component manifests in dist/ (what SharePoint's loader fetches) and temp/stats/cop-hub.chunks.json
 * (written by the webpack hook in gulpfile.js). React, react-dom and @microsoft/sp-* are externals
 * SharePoint provides, so they never appear in these files; the check below proves it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * On-demand chunks named with one of these endings load after first render: the property pane
 * (edit mode), people cards (MGT), dialogs or panels a person opens, a site owner's setup, the POD team's
 * services, hub search's code (fetched with the first query), a menu's code (fetched when it is opened), the
 * question services (fetched with the question counts and figures, read after the first render), and the
 * session arithmetic fetched beside the
 * events, which are read after the first cards are drawn. Any other chunk counts toward first render, so a
 * chunk can't hide its cost by its name alone unless it says what it is.
 */
export const LATER_CHUNK = /-(pane|people|mgt|dialog|panel|form|edit|admin|setup|search|sessions|menu|section|questions)$/;

/** Code that must never load before first render. */
const NOT_BEFORE_RENDER: Array<[string, RegExp]> = [
  ['MGT', /@microsoft\/mgt/],
  ['property pane', /PropertyPane|@microsoft\/sp-property-pane/],
];

interface ChunkInfo {
  id: string | number;
  name?: string;
  files: string[];
  modules: Array<{ name: string; size: number }>;
}

/** An entry, or one import() with the chunks webpack split it into, and the groups it loads on demand. */
interface ChunkGroup {
  name: string | null;
  entry: boolean;
  chunks: Array<string | number>;
  children: number[];
}

interface ChunkStats {
  chunks: ChunkInfo[];
  chunkGroups: ChunkGroup[];
}

async function readStats(root: string): Promise<ChunkStats> {
  return JSON.parse(await readFile(join(root, 'temp', 'stats', 'cop-hub.chunks.json'), 'utf8')) as ChunkStats;
}

/**
 * The chunks an entry's first render loads, and those it loads later: on-demand groups are walked
 * from the entry; a group named as loaded later (LATER_CHUNK) takes every chunk under it along,
 * unless a first-render group needs that chunk too.
 */
function split(stats: ChunkStats, entryName: string): { first: ChunkInfo[]; later: ChunkInfo[]; laterNames: string[] } | undefined {
  const entry = stats.chunkGroups.find((g) => g.entry && g.name === entryName);
  if (!entry) return undefined;
  const first = new Set<string>();
  const later = new Set<string>();
  const laterNames: string[] = [];
  const walk = (g: ChunkGroup, deferred: boolean, seen: Set<ChunkGroup>): void => {
    if (seen.has(g)) return;
    seen.add(g);
    const isLater = deferred || (!g.entry && g.name !== null && LATER_CHUNK.test(g.name));
    if (isLater && !deferred && g.name) laterNames.push(g.name);
    for (const c of g.chunks) (isLater ? later : first).add(String(c));
    for (const child of g.children) walk(stats.chunkGroups[child], isLater, seen);
  };
  walk(entry, false, new Set());
  const byId = new Map(stats.chunks.map((c) => [String(c.id), c]));
  const pick = (ids: Iterable<string>): ChunkInfo[] => [...ids].map((id) => byId.get(id)).filter((c): c is ChunkInfo => c !== undefined);
  return { first: pick(first), later: pick([...later].filter((id) => !first.has(id))), laterNames: [...new Set(laterNames)] };
}

export interface BundleFigure {
  bundle: string;
  /** gzip bytes of what first render loads, and of the chunks loaded later. */
  firstRender: number;
  later: number;
  /** gzip bytes of the manifest's own files, the entry and its strings: what loads before the component decides anything. */
  entry: number;
  firstRenderFiles: string[];
  laterChunks: string[];
  /** Libraries (React, react-dom, sp-*) or code (MGT, property pane) found where they must not be. */
  problems: string[];
}

async function gz(dist: string, file: string): Promise<number> {
  return gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
}

export async function bundleFigures(root: string): Promise<BundleFigure[]> {
  const dist = join(root, 'dist');
  const stats = await readStats(root);
  const manifests = (await readdir(dist)).filter((f) => f.endsWith('.manifest.json'));
  const out: BundleFigure[] = [];
  for (const file of manifests) {
    const manifest = JSON.parse(await readFile(join(dist, file), 'utf8')) as {
      loaderConfig: { entryModuleId: string; scriptResources: Record<string, { type: string; path?: string }> };
    };
    const { entryModuleId, scriptResources } = manifest.loaderConfig;
    const parts = split(stats, entryModuleId);
    if (!parts) continue;
    const problems: string[] = [];
    for (const [name, res] of Object.entries(scriptResources)) {
      if (res.type === 'component' && name === '@microsoft/sp-property-pane')
        problems.push('loads @microsoft/sp-property-pane before first render');
    }
    // The entry and the strings SharePoint's loader fetches with it, then the chunks first render pulls in.
    const firstFiles = Object.values(scriptResources)
      .filter((r) => r.type === 'path' && r.path)
      .map((r) => r.path as string);
    for (const c of parts.first) firstFiles.push(...c.files.filter((f) => f.endsWith('.js')));
    for (const c of parts.first) {
      for (const m of c.modules) {
        if (/node_modules\/(react|react-dom)\//.test(m.name)) problems.push(`bundles ${m.name}`);
        if (/node_modules\/@microsoft\/sp-/.test(m.name)) problems.push(`bundles ${m.name}`);
        for (const [what, re] of NOT_BEFORE_RENDER) if (re.test(m.name)) problems.push(`${what} before first render: ${m.name}`);
      }
    }
    let entry = 0;
    for (const r of Object.values(scriptResources)) if (r.type === 'path' && r.path) entry += await gz(dist, r.path);
    let firstRender = 0;
    for (const f of new Set(firstFiles)) firstRender += await gz(dist, f);
    let later = 0;
    for (const c of parts.later) for (const f of c.files.filter((x) => x.endsWith('.js'))) later += await gz(dist, f);
    out.push({
      bundle: entryModuleId,
      firstRender,
      later,
      entry,
      firstRenderFiles: [...new Set(firstFiles)],
      laterChunks: parts.laterNames,
      problems: [...new Set(problems)],
    });
  }
  return out.sort((a, b) => a.bundle.localeCompare(b.bundle));
}

/** Module sizes (before minification) of a bundle's first render, by package or source folder: what to cut. */
export async function heaviest(root: string, bundle: string, top = 12): Promise<Array<[string, number]>> {
  const parts = split(await readStats(root), bundle);
  const by = new Map<string, number>();
  for (const m of (parts?.first ?? []).flatMap((c) => c.modules)) {
    // The innermost node_modules: a package's own copy of tslib counts as tslib, not as the package.
    const pkg = /.*node_modules\/((@[^/]+\/)?[^/]+)(\/lib\/components\/([^/]+))?/.exec(m.name);
    const key = pkg ? `${pkg[1]}${pkg[4] ? `/${pkg[4]}` : ''}` : m.name.split('/').slice(0, 4).join('/');
    by.set(key, (by.get(key) ?? 0) + m.size);
  }
  return [...by].sort((a, b) => b[1] - a[1]).slice(0, top);
}
