/**
 * JSON shapes of SharePoint REST: minimal metadata by default (`{"value":[...]}`, entities carry
 * `odata.type`, `odata.id`, `odata.editLink`, items also `odata.etag`), verbose when Accept asks for
 * `odata=verbose` (`{"d":{"results":[...]}}`, `__metadata`), and nometadata
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service).
 * Also the generic `$select`/`$expand`/`$filter`/`$orderby`/`$top` for fixed-type collections
 * (lists, fields, views, users, groups, role definitions); list items have their own SQL path.
 */
import type { EmuResponse } from '../types.ts';
import { badRequest, fieldOrPropertyNotFound, type SpError, unsupported } from './errors.ts';
import { evaluate, parseFilter } from './filter.ts';
import type { Format, Rq } from './rq.ts';
import { unservedProperty } from './unserved.ts';

/** A complex (non-entity) value, e.g. SP.BasePermissions, SP.ResourcePath, SP.FieldUrlValue. */
export class Complex {
  type: string;
  props: Record<string, unknown>;
  constructor(type: string, props: Record<string, unknown>) {
    this.type = type;
    this.props = props;
  }
}

/** A collection of primitives (multi-choice values, multi-person ids). */
export class Multi {
  type: string;
  values: unknown[];
  constructor(type: string, values: unknown[]) {
    this.type = type;
    this.values = values;
  }
}

export interface EntInit {
  type: string;
  /** Absolute URI of the entity. */
  uri: string;
  /** Relative to /_api, e.g. Web/Lists(guid'…')/Items(3). */
  editLink: string;
  /** odata.id when it differs from uri (list items use their GUID). */
  id?: string;
  etag?: string;
  /** Entity set name used in odata.metadata, e.g. SP.ApiData.Lists. */
  set: string;
  props: Record<string, unknown>;
  nav?: Record<string, () => unknown>;
  /** Properties SharePoint only returns when $select names them (e.g. HasUniqueRoleAssignments). */
  extra?: Record<string, () => unknown>;
}

export class Ent {
  type: string;
  uri: string;
  editLink: string;
  id?: string;
  etag?: string;
  set: string;
  props: Record<string, unknown>;
  nav: Record<string, () => unknown>;
  extra: Record<string, () => unknown>;
  constructor(init: EntInit) {
    this.type = init.type;
    this.uri = init.uri;
    this.editLink = init.editLink;
    this.id = init.id;
    this.etag = init.etag;
    this.set = init.set;
    this.props = init.props;
    this.nav = init.nav ?? {};
    this.extra = init.extra ?? {};
  }
}

export function contentType(fmt: Format): string {
  if (fmt === 'verbose') return 'application/json;odata=verbose;charset=utf-8';
  if (fmt === 'nometadata') return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
  return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
}

function value(v: unknown, fmt: Format): unknown {
  if (v instanceof Ent) return entity(v, fmt, undefined);
  if (v instanceof Complex) {
    const out: Record<string, unknown> = {};
    if (fmt === 'verbose') out.__metadata = { type: v.type };
    for (const [k, x] of Object.entries(v.props)) out[k] = value(x, fmt);
    return out;
  }
  if (v instanceof Multi) {
    return fmt === 'verbose' ? { __metadata: { type: `Collection(${v.type})` }, results: v.values } : v.values;
  }
  if (Array.isArray(v)) {
    const arr = v.map((x) => value(x, fmt));
    return fmt === 'verbose' ? { results: arr } : arr;
  }
  return v;
}

function entity(e: Ent, fmt: Format, metadataUrl: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (fmt === 'verbose') {
    out.__metadata = { id: e.id ?? e.uri, uri: e.uri, ...(e.etag ? { etag: e.etag } : {}), type: e.type };
  } else if (fmt === 'minimal') {
    if (metadataUrl) out['odata.metadata'] = metadataUrl;
    out['odata.type'] = e.type;
    out['odata.id'] = e.id ?? e.uri;
    if (e.etag) out['odata.etag'] = e.etag;
    out['odata.editLink'] = e.editLink;
  }
  for (const [k, v] of Object.entries(e.props)) out[k] = value(v, fmt);
  return out;
}

function respond(rq: Rq, status: number, body: unknown, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers: { 'content-type': contentType(rq.fmt), ...headers }, body: JSON.stringify(body) };
}

export function sendEntity(
  rq: Rq,
  e: Ent,
  opts: { status?: number; headers?: Record<string, string>; projected?: boolean } = {},
): EmuResponse {
  const status = opts.status ?? 200;
  const headers = opts.headers ?? {};
  const projected = opts.projected ? e : projectFromQuery(rq, e);
  const body = entity(projected, rq.fmt, `${rq.site}/_api/$metadata#${e.set}/@Element`);
  const h = e.etag ? { etag: e.etag, ...headers } : headers;
  return respond(rq, status, rq.fmt === 'verbose' ? { d: body } : body, h);
}

/** Sends a collection. Already-projected entities (list items) pass `projected: true`. */
export function sendCollection(rq: Rq, ents: Ent[], set: string, opts: { nextLink?: string; projected?: boolean } = {}): EmuResponse {
  const list = opts.projected ? ents : queryEntities(rq, ents);
  const results = list.map((e) => entity(e, rq.fmt, undefined));
  if (rq.fmt === 'verbose') return respond(rq, 200, { d: { results, ...(opts.nextLink ? { __next: opts.nextLink } : {}) } });
  const body: Record<string, unknown> = {};
  if (rq.fmt === 'minimal') body['odata.metadata'] = `${rq.site}/_api/$metadata#${set}`;
  body.value = results;
  if (opts.nextLink) body['odata.nextLink'] = opts.nextLink;
  return respond(rq, 200, body);
}

/** A single property (`…/ItemCount`) or complex value (`…/EffectiveBasePermissions`). */
export function sendProperty(rq: Rq, name: string, v: unknown, edmType: string): EmuResponse {
  if (rq.fmt === 'verbose') return respond(rq, 200, { d: { [name]: value(v, rq.fmt) } });
  if (v instanceof Complex) {
    const body = value(v, rq.fmt) as Record<string, unknown>;
    return respond(rq, 200, rq.fmt === 'minimal' ? { 'odata.metadata': `${rq.site}/_api/$metadata#${edmType}`, ...body } : body);
  }
  const body: Record<string, unknown> = rq.fmt === 'minimal' ? { 'odata.metadata': `${rq.site}/_api/$metadata#${edmType}` } : {};
  body.value = value(v, rq.fmt);
  return respond(rq, 200, body);
}

export function sendJson(rq: Rq, status: number, body: unknown, headers: Record<string, string> = {}): EmuResponse {
  return respond(rq, status, body, headers);
}

export function noContent(headers: Record<string, string> = {}): EmuResponse {
  return { status: 204, headers, body: '' };
}

/** Select/expand trees: 'RootFolder/ServerRelativeUrl' → {RootFolder: {ServerRelativeUrl: {}}}. */
export type Tree = Map<string, Tree>;

export function pathTree(spec: string | null): Tree | null {
  if (spec === null) return null;
  const root: Tree = new Map();
  for (const raw of spec.split(',')) {
    const path = raw.trim();
    if (!path) continue;
    let node = root;
    for (const part of path.split('/')) {
      let child = node.get(part);
      if (!child) {
        child = new Map();
        node.set(part, child);
      }
      node = child;
    }
  }
  return root;
}

/**
 * The declared name of a property of a fixed-type entity (web, list, field, view, user, group,
 * folder...) in $select/$expand/$filter/$orderby, matched without regard to case: SharePoint Online
 * answers `web?$select=title` with `Title` and `currentuser?$select=loginname` with `LoginName`
 * (seen by a public PnPjs test suite run against SharePoint Online, CoP Hub issue 12; SharePoint's
 * REST docs name these properties after the CSOM members but say nothing of case:
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service).
 * An exact match wins, so items' `Id`/`ID` pair keeps both spellings apart. List item *fields* are
 * not resolved here: items-read.ts and query.ts match those by exact internal name (see FieldSet).
 */
export function keyOf(e: Ent, name: string): { key: string; where: 'props' | 'extra' | 'nav' } | undefined {
  for (const where of ['props', 'extra', 'nav'] as const) if (name in e[where]) return { key: name, where };
  const lower = name.toLowerCase();
  for (const where of ['props', 'extra', 'nav'] as const) {
    const key = Object.keys(e[where]).find((k) => k.toLowerCase() === lower);
    if (key) return { key, where };
  }
  return undefined;
}

/** A real SharePoint property the emulator leaves out is an emulator limit; an unknown one is the client's mistake. */
function missingProperty(e: Ent, name: string): SpError {
  return unservedProperty(e.type, name) ? unsupported(`the property '${name}' of ${e.type}`) : fieldOrPropertyNotFound(name);
}

/** A $select/$expand subtree by name, matched without regard to case. */
function subtree(t: Tree | null | undefined, key: string): Tree | undefined {
  if (!t) return undefined;
  const exact = t.get(key);
  if (exact) return exact;
  for (const [k, v] of t) if (k.toLowerCase() === key.toLowerCase()) return v;
  return undefined;
}

export function project(e: Ent, sel: Tree | null, exp: Tree): Ent {
  const props: Record<string, unknown> = {};
  const all = !sel || sel.has('*');
  if (all) Object.assign(props, e.props);
  if (sel) {
    for (const k of sel.keys()) {
      if (k === '*') continue;
      const found = keyOf(e, k);
      if (!found) throw missingProperty(e, k);
      if (found.where === 'props') props[found.key] = e.props[found.key];
      else if (found.where === 'extra') props[found.key] = e.extra[found.key]();
    }
  }
  for (const [k, subExp] of exp) {
    const found = keyOf(e, k);
    if (!found || found.where !== 'nav') throw missingProperty(e, k);
    const subSel = subtree(sel, found.key);
    if (sel && !subSel && !all) continue;
    const sub = subSel && subSel.size > 0 ? subSel : null;
    const v = e.nav[found.key]();
    props[found.key] = Array.isArray(v)
      ? v.map((x) => (x instanceof Ent ? project(x, sub, subExp) : x))
      : v instanceof Ent
        ? project(v, sub, subExp)
        : v;
  }
  return new Ent({ ...e, props, nav: e.nav, extra: e.extra });
}

function projectFromQuery(rq: Rq, e: Ent): Ent {
  return project(e, pathTree(rq.query.get('$select')), pathTree(rq.query.get('$expand')) ?? new Map());
}

const KNOWN_OPTIONS = new Set(['$select', '$expand', '$filter', '$orderby', '$top', '$skip', '$skiptoken']);

/** Refuses query options the emulator does not implement, by name. */
export function checkQueryOptions(q: URLSearchParams): void {
  for (const k of q.keys()) {
    if (k.startsWith('$') && !KNOWN_OPTIONS.has(k)) throw unsupported(`the query option '${k}'`);
  }
}

/** $filter/$orderby/$top/$skip and projection over an in-memory collection of fixed-type entities. */
export function queryEntities(rq: Rq, ents: Ent[]): Ent[] {
  let list = ents;
  const filter = rq.query.get('$filter');
  if (filter) {
    const f = parseFilter(filter);
    list = list.filter((e) =>
      evaluate(f, (path) => {
        let cur: unknown = e;
        for (const part of path) {
          if (cur instanceof Ent) {
            const found = keyOf(cur, part);
            if (!found) throw missingProperty(cur, part);
            cur = found.where === 'props' ? cur.props[found.key] : cur[found.where][found.key]();
          } else if (cur instanceof Complex) cur = cur.props[part];
          else throw fieldOrPropertyNotFound(path.join('/'));
        }
        return cur instanceof Multi ? cur.values.join(';') : cur;
      }),
    );
  }
  const orderby = rq.query.get('$orderby');
  if (orderby) {
    const keys = orderby.split(',').map((s) => {
      const [name, dir] = s.trim().split(/\s+/);
      if (dir && dir !== 'asc' && dir !== 'desc') throw badRequest(`Syntax error in $orderby: '${s}'.`);
      const key = list.length > 0 ? keyOf(list[0], name) : { key: name, where: 'props' as const };
      if (!key || key.where !== 'props') throw missingProperty(list[0], name);
      return { name: key.key, desc: dir === 'desc' };
    });
    list = [...list].sort((a, b) => {
      for (const k of keys) {
        const x = a.props[k.name];
        const y = b.props[k.name];
        const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
        if (c !== 0) return k.desc ? -c : c;
      }
      return 0;
    });
  }
  const skip = rq.query.get('$skip');
  if (skip) list = list.slice(Number(skip));
  const top = rq.query.get('$top');
  if (top) {
    const n = Number(top);
    if (!Number.isInteger(n) || n < 0) throw badRequest(`Invalid $top value '${top}'.`);
    list = list.slice(0, n);
  }
  const sel = pathTree(rq.query.get('$select'));
  const exp = pathTree(rq.query.get('$expand')) ?? new Map();
  return list.map((e) => project(e, sel, exp));
}
