/**
 * The directory's state in the page address, so a filtered view can be shared. Parameters carry a
 * `cop-` prefix so they don't collide with SharePoint's own (`q`, `Mode`, `debug`…) or another web
 * part's, and every other parameter is kept as it was.
 *
 * The address is input from anyone who sends a link, so decoding trusts nothing: unknown statuses
 * and layouts are ignored, ids must be plain numbers, and every value and list has a length cap.
 */
import { COMMUNITY_STATUSES, type CommunityStatus } from './models';
import { EMPTY_QUERY, sameQuery, type DirectoryQuery } from './directoryFilter';

export const DIRECTORY_LAYOUTS = ['cards', 'list'] as const;
export type DirectoryLayout = (typeof DIRECTORY_LAYOUTS)[number];

/** What the address holds: the query and how results are laid out. */
export interface DirectoryViewState {
  query: DirectoryQuery;
  layout: DirectoryLayout;
  /** Results grouped under their practice area (in either layout). */
  grouped: boolean;
}

export const URL_KEYS = {
  text: 'cop-q',
  practiceArea: 'cop-area',
  status: 'cop-status',
  sponsor: 'cop-sponsor',
  mine: 'cop-mine',
  layout: 'cop-layout',
  group: 'cop-group',
} as const;

/** The one grouping the directory offers, as the address spells it. */
const GROUP_BY_AREA = 'area';

export const URL_LIMITS = {
  /** Characters of search text kept. */
  text: 200,
  /** Characters of one practice area kept (the column's own limit is 255; names are far shorter). */
  value: 120,
  /** Values kept per filter. */
  values: 20,
  /** Characters of the whole query string read at all. */
  search: 8000,
};

const KEYS: readonly string[] = Object.values(URL_KEYS);

/** Drops control characters and cuts to `max` characters without splitting a surrogate pair. */
export function cleanValue(value: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return text.length <= max ? text : Array.from(text).slice(0, max).join('');
}

function params(search: string): URLSearchParams {
  return new URLSearchParams(search.slice(0, URL_LIMITS.search));
}

/** True when the address says anything about the directory (then it wins over the defaults). */
export function hasDirectoryState(search: string): boolean {
  const p = params(search);
  return KEYS.some((k) => p.has(k));
}

/**
 * Reads the state from a query string (`location.search`). With no directory parameter at all the
 * web part's defaults apply; otherwise the address is the whole state, defaults included.
 */
export function decodeDirectoryState(search: string, defaults: DirectoryViewState): DirectoryViewState {
  if (!hasDirectoryState(search)) return defaults;
  const p = params(search);
  const list = (key: string): string[] =>
    p
      .getAll(key)
      .map((v) => cleanValue(v, URL_LIMITS.value).trim())
      .filter(Boolean)
      .slice(0, URL_LIMITS.values);
  const statuses = list(URL_KEYS.status).filter((s): s is CommunityStatus => (COMMUNITY_STATUSES as readonly string[]).includes(s));
  const sponsorIds = list(URL_KEYS.sponsor)
    .filter((s) => /^\d{1,9}$/.test(s))
    .map(Number)
    .filter((n) => n > 0);
  const layout = p.get(URL_KEYS.layout);
  const mine = p.get(URL_KEYS.mine);
  return {
    query: {
      text: cleanValue(p.get(URL_KEYS.text) ?? '', URL_LIMITS.text),
      practiceAreas: Array.from(new Set(list(URL_KEYS.practiceArea))),
      statuses: Array.from(new Set(statuses)),
      sponsorIds: Array.from(new Set(sponsorIds)),
      mineOnly: mine === '1' || mine === 'true',
    },
    layout: (DIRECTORY_LAYOUTS as readonly string[]).includes(layout ?? '') ? (layout as DirectoryLayout) : defaults.layout,
    grouped: p.get(URL_KEYS.group) === GROUP_BY_AREA,
  };
}

/**
 * Writes the state into a query string, keeping every parameter that isn't the directory's. When the
 * state is the web part's defaults the directory's parameters are removed, so the plain page address
 * stays plain. Returns `''` or a string starting with `?`.
 */
export function encodeDirectoryState(state: DirectoryViewState, defaults: DirectoryViewState, currentSearch: string): string {
  const p = new URLSearchParams(currentSearch);
  for (const k of KEYS) p.delete(k);
  if (!(sameQuery(state.query, defaults.query) && state.layout === defaults.layout && state.grouped === defaults.grouped)) {
    const q = state.query;
    const text = cleanValue(q.text, URL_LIMITS.text);
    // Always present when the state is written, so "no filters" can override non-empty defaults.
    p.set(URL_KEYS.text, text);
    for (const a of q.practiceAreas.slice(0, URL_LIMITS.values)) p.append(URL_KEYS.practiceArea, cleanValue(a, URL_LIMITS.value));
    for (const s of q.statuses) p.append(URL_KEYS.status, s);
    for (const id of q.sponsorIds.slice(0, URL_LIMITS.values)) p.append(URL_KEYS.sponsor, String(id));
    if (q.mineOnly) p.set(URL_KEYS.mine, '1');
    p.set(URL_KEYS.layout, state.layout);
    if (state.grouped) p.set(URL_KEYS.group, GROUP_BY_AREA);
  }
  const out = p.toString();
  return out ? `?${out}` : '';
}

export const DEFAULT_VIEW_STATE: DirectoryViewState = { query: EMPTY_QUERY, layout: 'cards', grouped: false };
