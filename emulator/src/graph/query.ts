/**
 * OData query options on Graph collections and entities: $select, $filter, $search, $orderby,
 * $count, $top and paging with @odata.nextLink. Rules and messages follow
 * https://learn.microsoft.com/graph/query-parameters and https://learn.microsoft.com/graph/aad-advanced-queries.
 */
import { badRequest, GraphError, graphBase, type Json, jsonResponse, metadata, type RouteCtx, textResponse } from './http.ts';
import { evaluateFilter, type FilterSpec, parseFilter, validateFilter } from './odata-filter.ts';
import type { EmuResponse } from '../types.ts';

export interface CollectionDef {
  /** @odata.context fragment, e.g. "users" or "directoryObjects". */
  entitySet: string;
  /** OData type name, for $select errors: "microsoft.graph.user". */
  typeName: string;
  selectable: ReadonlySet<string>;
  /** Properties returned without $select; all properties when absent. */
  defaultProps?: readonly string[];
  unmodelled?: ReadonlySet<string>;
  filter?: FilterSpec;
  /** Directory $search ("prop:value" terms) or People API $search (free text). */
  search?: { mode: 'directory'; props: ReadonlySet<string> } | { mode: 'people' };
  orderable?: ReadonlySet<string>;
  /** A relationship (members, memberOf...): $filter there needs advanced query parameters. */
  relationship?: boolean;
  defaultTop: number;
  maxTop: number;
  /** Users and groups page with $skiptoken; the People API pages with $skip. */
  paging: 'skiptoken' | 'skip';
  /** Other $-options this endpoint accepts (handled by the caller), e.g. $expand. */
  extraOptions?: readonly string[];
  /** Adds "@odata.type" to each item (directoryObject collections). */
  odataType?: (item: Json) => string;
}

const KNOWN_OPTIONS = new Set(['$select', '$filter', '$search', '$orderby', '$count', '$top', '$skiptoken', '$skip', '$expand']);

/**
 * Rejects $-options the endpoint does not take: an unsupported option is never silently ignored.
 * $skip on directory objects is refused by Graph itself; other known options the emulator does not
 * implement for this resource get a 501 that names them; unknown $-options are a 400.
 */
export function checkOptions(rc: RouteCtx, allowed: readonly string[]): void {
  for (const key of rc.query.keys()) {
    if (!key.startsWith('$') || allowed.includes(key)) continue;
    if (key === '$skip') throw badRequest("'$skip' is not supported by the service.", 'Request_BadRequest');
    if (KNOWN_OPTIONS.has(key))
      throw new GraphError(501, 'NotImplemented', `The CoP Hub emulator does not support '${key}' on /${rc.segments.join('/')}.`);
    throw badRequest(`The query parameter '${key}' is not supported.`, 'BadRequest');
  }
}

export function isAdvanced(rc: RouteCtx): boolean {
  return rc.eventual && rc.query.get('$count')?.toLowerCase() === 'true';
}

/** Parses $select against the catalogue; undefined when absent. */
export function parseSelect(rc: RouteCtx, def: Pick<CollectionDef, 'selectable' | 'typeName' | 'unmodelled'>): string[] | undefined {
  const raw = rc.query.get('$select');
  if (raw === null || raw.trim() === '') return undefined;
  const props = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const p of props) {
    if (p === '*') continue;
    if (def.unmodelled?.has(p))
      throw new GraphError(501, 'NotImplemented', `The CoP Hub emulator does not model the property '${p}' of ${def.typeName}.`);
    if (!def.selectable.has(p)) {
      // Graph's wording for an unknown property in $select.
      throw badRequest(`Could not find a property named '${p}' on type '${def.typeName}'.`, 'BadRequest');
    }
  }
  return props.includes('*') ? undefined : props;
}

export function project(item: Json, select: readonly string[] | undefined, defaults?: readonly string[]): Json {
  const keys = select ?? defaults;
  if (!keys) return item;
  const out: Json = {};
  if (item['@odata.type'] !== undefined) out['@odata.type'] = item['@odata.type'];
  for (const k of keys) if (k in item) out[k] = item[k];
  return out;
}

function contextFor(set: string, select: readonly string[] | undefined): string {
  return select ? `${set}(${select.join(',')})` : set;
}

// ---------------------------------------------------------------- $search

function tokens(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s\-_.,'@()]+/)
    .filter((t) => t.length > 0);
}

/** displayName and description are tokenized; other properties match by prefix. */
function searchMatch(value: unknown, term: string, tokenized: boolean): boolean {
  if (Array.isArray(value)) return value.some((v) => searchMatch(v, term, false));
  if (typeof value !== 'string') return false;
  const t = term.toLowerCase();
  if (!tokenized) return value.toLowerCase().startsWith(t);
  const words = tokens(value);
  return tokens(t).every((q) => words.some((w) => w.startsWith(q)));
}

export function directorySearch(text: string, props: ReadonlySet<string>): (item: Json) => boolean {
  const groups: Array<Array<[string, string]>> = [[]];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  let expectTerm = true;
  while ((m = re.exec(text)) !== null) {
    if (m[2] !== undefined) {
      if (!expectTerm && (m[2] === 'OR' || m[2] === 'AND')) {
        if (m[2] === 'OR') groups.push([]);
        expectTerm = true;
        continue;
      }
      throw badRequest(
        `Syntax error: '${m[2]}' is not valid in $search '${text}'. Use "property:value" terms joined by AND or OR.`,
        'Request_UnsupportedQuery',
      );
    }
    const term = m[1];
    const colon = term.indexOf(':');
    if (colon <= 0 || !expectTerm)
      throw badRequest(`Syntax error in $search '${text}': each term must be "property:value".`, 'Request_UnsupportedQuery');
    const prop = term.slice(0, colon);
    if (!props.has(prop))
      throw badRequest(
        `Unsupported or invalid query filter clause specified for property '${prop}' in $search.`,
        'Request_UnsupportedQuery',
      );
    groups[groups.length - 1].push([prop, term.slice(colon + 1)]);
    expectTerm = false;
  }
  if (expectTerm) throw badRequest(`Syntax error in $search '${text}'.`, 'Request_UnsupportedQuery');
  return (item) => groups.some((g) => g.every(([p, v]) => searchMatch(item[p], v, p === 'displayName' || p === 'description')));
}

/** People API search: free text matched against names and e-mail, by prefix. */
export function peopleSearch(text: string): (item: Json) => boolean {
  const q = text.trim().replace(/^"|"$/g, '').trim();
  return (item) => {
    if (q === '') return true;
    const emails = (item.scoredEmailAddresses as Array<{ address: string }>).map((e) => e.address);
    return searchMatch(item.displayName, q, true) || emails.some((e) => e.toLowerCase().startsWith(q.toLowerCase()));
  };
}

// ---------------------------------------------------------------- paging

function encodeToken(offset: number): string {
  return Buffer.from(`emu:${offset}`, 'utf8').toString('base64url');
}

function decodeToken(token: string): number {
  const m = /^emu:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m) throw badRequest(`Invalid value '${token}' for $skiptoken.`, 'Request_BadRequest');
  return Number(m[1]);
}

function nextLink(rc: RouteCtx, key: '$skiptoken' | '$skip', value: string): string {
  const parts: string[] = [];
  for (const [k, v] of rc.query) if (k !== '$skiptoken' && k !== '$skip') parts.push(`${k}=${encodeURIComponent(v)}`);
  parts.push(`${key}=${encodeURIComponent(value)}`);
  return `${graphBase(rc.ctx)}/${rc.segments.map(encodeURIComponent).join('/')}?${parts.join('&')}`;
}

function parseTop(rc: RouteCtx, def: CollectionDef): number {
  const raw = rc.query.get('$top');
  if (raw === null) return def.defaultTop;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > def.maxTop) {
    throw badRequest(`Invalid page size specified: '${raw}'. Must be between 1 and ${def.maxTop} inclusive.`, 'Request_UnsupportedQuery');
  }
  return n;
}

// ---------------------------------------------------------------- the pipeline

/** $search, $filter and $orderby: the items a collection request selects, before paging. */
function selectItems(rc: RouteCtx, def: CollectionDef, all: Json[], advanced: boolean): Json[] {
  let items = all;
  const search = rc.query.get('$search');
  if (search !== null && def.search) {
    if (def.search.mode === 'directory') {
      if (!rc.eventual) {
        // https://learn.microsoft.com/graph/aad-advanced-queries#error-handling-for-advanced-queries-on-directory-objects
        throw badRequest(
          "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
          'Request_UnsupportedQuery',
        );
      }
      items = items.filter(directorySearch(search, def.search.props));
    } else {
      items = items.filter(peopleSearch(search));
    }
  }

  const filterText = rc.query.get('$filter');
  // MGT sends an empty $filter= when it has no filter; Graph treats it as no filter.
  const hasFilter = filterText !== null && filterText.trim() !== '';
  if (hasFilter && def.filter) {
    const ast = parseFilter(filterText);
    if (def.relationship && !advanced) {
      throw badRequest('The specified filter to the reference property query is currently not supported.', 'Request_UnsupportedQuery');
    }
    validateFilter(ast, def.filter, advanced);
    items = items.filter((it) => evaluateFilter(ast, it));
  }

  const orderby = rc.query.get('$orderby');
  if (orderby !== null && def.orderable) {
    // Using $filter and $orderby together needs advanced query parameters (aad-advanced-queries).
    if (hasFilter && !advanced) throw badRequest('Sorting not supported for current query.', 'Request_UnsupportedQuery');
    const keys = orderby.split(',').map((s) => s.trim().split(/\s+/));
    for (const [prop, dir] of keys) {
      if (!def.orderable.has(prop) || (dir && !/^(asc|desc)$/i.test(dir)))
        throw badRequest(`Sorting on '${orderby}' is not supported for current query.`, 'Request_UnsupportedQuery');
    }
    items = [...items].sort((a, b) => {
      for (const [prop, dir] of keys) {
        const c = String(a[prop] ?? '').localeCompare(String(b[prop] ?? ''), 'en', { sensitivity: 'base' });
        if (c !== 0) return dir?.toLowerCase() === 'desc' ? -c : c;
      }
      return 0;
    });
  }
  return items;
}

/** Applies the query options to a collection and answers with Graph's collection envelope. */
export function collectionResponse(rc: RouteCtx, def: CollectionDef, all: Json[]): EmuResponse {
  checkOptions(rc, [
    '$select',
    '$top',
    '$count',
    ...(def.filter ? ['$filter'] : []),
    ...(def.search ? ['$search'] : []),
    ...(def.orderable ? ['$orderby'] : []),
    def.paging === 'skip' ? '$skip' : '$skiptoken',
    ...(def.extraOptions ?? []),
  ]);
  const items = selectItems(rc, def, all, isAdvanced(rc));
  const select = parseSelect(rc, def);
  const top = parseTop(rc, def);
  let offset = 0;
  if (def.paging === 'skiptoken') {
    const token = rc.query.get('$skiptoken');
    if (token !== null) offset = decodeToken(token);
  } else {
    const skip = rc.query.get('$skip');
    if (skip !== null) {
      offset = Number(skip);
      if (!Number.isInteger(offset) || offset < 0) throw badRequest(`Invalid value '${skip}' for $skip.`, 'BadRequest');
    }
  }

  const page = items.slice(offset, offset + top);
  const body: Json = { '@odata.context': metadata(rc.ctx, contextFor(def.entitySet, select)) };
  // $count=true without ConsistencyLevel is silently ignored by Graph for directory objects (same doc).
  if (rc.query.get('$count')?.toLowerCase() === 'true' && rc.eventual) body['@odata.count'] = items.length;
  if (offset + top < items.length) {
    body['@odata.nextLink'] =
      def.paging === 'skiptoken' ? nextLink(rc, '$skiptoken', encodeToken(offset + top)) : nextLink(rc, '$skip', String(offset + top));
  }
  body.value = page.map((it) => {
    const typed = def.odataType ? { '@odata.type': def.odataType(it), ...it } : it;
    return project(typed, select, def.defaultProps);
  });
  return jsonResponse(rc, body);
}

/** The /$count segment: plain text, and only with ConsistencyLevel: eventual (same doc). */
export function countResponse(rc: RouteCtx, def: CollectionDef, all: Json[]): EmuResponse {
  if (!rc.eventual) throw badRequest('$count is not currently supported.', 'Request_BadRequest');
  checkOptions(rc, [...(def.filter ? ['$filter'] : []), ...(def.search ? ['$search'] : [])]);
  return textResponse(rc, String(selectItems(rc, def, all, true).length));
}

/** A single entity with $select (and nothing else unless the caller allows it). */
export function entityResponse(
  rc: RouteCtx,
  def: Pick<CollectionDef, 'entitySet' | 'selectable' | 'typeName' | 'unmodelled' | 'defaultProps'>,
  item: Json,
  extraOptions: readonly string[] = [],
): EmuResponse {
  checkOptions(rc, ['$select', ...extraOptions]);
  const select = parseSelect(rc, def);
  const body = {
    '@odata.context': metadata(rc.ctx, `${contextFor(def.entitySet, select)}/$entity`),
    ...project(item, select, def.defaultProps),
  };
  return jsonResponse(rc, body);
}
