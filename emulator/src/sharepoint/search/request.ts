/**
 * The search request: `GET /_api/search/query?querytext='…'&rowlimit=…` or
 * `POST /_api/search/postquery` with `{"request":{…}}` (verbose bodies carry `__metadata` and
 * `{"results":[…]}` collections), as PnPjs's `sp.search()` posts it
 * (https://learn.microsoft.com/sharepoint/dev/general-development/sharepoint-search-rest-api-overview).
 * Properties the emulator serves are read; those it doesn't are refused by name when they ask
 * for something (a non-default value); ones that only tune SharePoint's own processing are accepted.
 */
import { badRequest, unsupported } from '../errors.ts';
import { jsonBody, unwrapResults, type Rq } from '../rq.ts';

export interface SortSpec {
  property: string;
  descending: boolean;
}

export interface SearchRequest {
  querytext: string;
  selectProperties: string[];
  rowLimit: number;
  startRow: number;
  trimDuplicates: boolean;
  sortList: SortSpec[];
  refiners: string[];
  refinementFilters: string[];
}

/** SharePoint Online returns at most 500 rows per request. */
export const MAX_ROW_LIMIT = 500;
const DEFAULT_SOURCE = '8413cd39-2156-4e00-b54d-11efd9abdb89';

/** Accepted and without effect here: they tune ranking, logging, query rules or languages. */
const TOLERATED = new Set([
  'clienttype',
  'culture',
  'uilanguage',
  'timezoneid',
  'timeout',
  'querytag',
  'enablequeryrules',
  'processbestbets',
  'processpersonalfavorites',
  'enableinterleaving',
  'bypassresulttypes',
  'enablesorting',
  'enablestemming',
  'enablenicknames',
  'enablephonetic',
  'desiredsnippetlength',
  'maxsnippetlength',
  'summarylength',
  'hithighlightedproperties',
  'hithighlightedmultivaluepropertylimit',
  'personalizationdata',
  'resultsurl',
  'impressionid',
  'blockdedupemode',
  'generateblockranklog',
  'enableorderinghithighlightedproperty',
  'totalrowsexactminimum',
  'rowsperpage',
  'trimduplicatesincludeid',
  'querytemplatepropertiesurl',
]);
/** Served here. */
const SERVED = new Set([
  'querytext',
  'selectproperties',
  'rowlimit',
  'startrow',
  'trimduplicates',
  'sortlist',
  'refiners',
  'refinementfilters',
]);

function isDefault(key: string, v: unknown): boolean {
  if (v === null || v === undefined || v === '' || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (key === 'querytemplate') return String(v).trim() === '{searchterms}';
  if (key === 'sourceid') return String(v).toLowerCase() === DEFAULT_SOURCE || /^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(String(v));
  return false;
}

function int(name: string, v: unknown, fallback: number): number {
  if (v === undefined || v === null || v === '') return fallback;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < 0) throw badRequest(`The value '${String(v)}' of ${name} is not a valid non-negative integer.`);
  return n;
}

function strings(v: unknown): string[] {
  const u = unwrapResults(v);
  if (u === undefined || u === null || u === '') return [];
  if (Array.isArray(u)) return u.map((x) => String(x));
  return [String(u)];
}

function sorts(v: unknown): SortSpec[] {
  const u = unwrapResults(v);
  if (u === undefined || u === null || u === '') return [];
  // GET: 'Write:descending,Rank:ascending'; POST: [{Property, Direction: 0 | 1}].
  if (typeof u === 'string') {
    return u
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [property, dir = 'ascending'] = s.split(':');
        return { property, descending: dir.toLowerCase().startsWith('desc') };
      });
  }
  if (!Array.isArray(u)) throw badRequest('SortList must be a collection of {Property, Direction}.');
  return u.map((x) => {
    const o = x as { Property?: unknown; Direction?: unknown };
    if (typeof o?.Property !== 'string') throw badRequest('Each entry of SortList needs a Property.');
    return { property: o.Property, descending: Number(o.Direction ?? 0) === 1 };
  });
}

function build(values: Map<string, unknown>): SearchRequest {
  for (const [key, v] of values) {
    if (SERVED.has(key) || TOLERATED.has(key)) continue;
    if (isDefault(key, v)) continue;
    throw unsupported(`the search request property '${key}' (emulator limit)`);
  }
  const rowLimit = Math.min(int('RowLimit', values.get('rowlimit'), 10), MAX_ROW_LIMIT);
  const trim = values.get('trimduplicates');
  const refiners = values.get('refiners');
  return {
    querytext: String(values.get('querytext') ?? ''),
    selectProperties: strings(values.get('selectproperties'))
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean),
    rowLimit,
    startRow: int('StartRow', values.get('startrow'), 0),
    trimDuplicates: trim === undefined || trim === null ? true : trim === true || String(trim).toLowerCase() === 'true',
    sortList: sorts(values.get('sortlist')),
    refiners:
      typeof refiners === 'string'
        ? refiners
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : strings(refiners),
    refinementFilters: strings(values.get('refinementfilters')),
  };
}

/** A GET parameter value: quoted strings ('…' with '' for a quote), numbers and booleans as they are. */
function queryValue(raw: string): unknown {
  const t = raw.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  if (t.startsWith("'")) throw badRequest(`The parameter value ${t} has an unclosed quote.`);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return t;
}

export function requestFromQuery(rq: Rq): SearchRequest {
  const values = new Map<string, unknown>();
  for (const [k, v] of rq.query) {
    if (k.startsWith('$')) throw unsupported(`the OData option '${k}' on search (use SelectProperties and RowLimit)`);
    values.set(k.toLowerCase(), queryValue(v));
  }
  if (!values.has('querytext')) throw badRequest("The parameter 'querytext' is required.");
  return build(values);
}

export function requestFromBody(rq: Rq): SearchRequest {
  const body = jsonBody(rq, 'SP.Object');
  const request = body.request as Record<string, unknown> | undefined;
  if (!request || typeof request !== 'object') throw badRequest('The body must be {"request": {…}} with the search request\'s properties.');
  const values = new Map<string, unknown>();
  for (const [k, v] of Object.entries(request)) {
    if (k === '__metadata') continue;
    values.set(k.toLowerCase(), v);
  }
  return build(values);
}
