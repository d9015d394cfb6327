/**
 * Compiles list item queries to SQL: $filter columns (including Person/Lookup sub-fields through
 * $expand), $orderby, $top and $skiptoken keyset paging, and the list view threshold.
 *
 * Threshold rule (lists with more than 5,000 items): every $orderby column must be indexed; in
 * $filter, the first comparison (all of them when the filter uses `or`) must be on an indexed
 * column, and that first indexed comparison must itself match no more than 5,000 items — "the first
 * column you filter on must be indexed and return fewer items than the threshold"
 * (https://support.microsoft.com/office/manage-large-lists-and-libraries-b8588dae-9387-48c2-9248-c24122f07c59,
 * https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee557257(v=office.14)).
 * ID is always indexed.
 */
import type { DatabaseSync } from 'node:sqlite';
import { badRequest, CODE, columnNotFound, needsExpand, throttled, unsupported } from './errors.ts';
import { normaliseDate } from './fieldvalues.ts';
import { isMulti, shapeOf, type FieldDef, type FieldSet } from './fields.ts';
import { leaves, type Filter, type Lit, type Op } from './filter.ts';
import { listByGuid, type ListRow } from './model.ts';
import { get, type SqlValue } from './store.ts';

export const THRESHOLD = 5000;
export const MAX_TOP = 5000;
export const DEFAULT_TOP = 100;

type ValType = 'int' | 'number' | 'text' | 'date' | 'bool';

/** A column as a query sees it: the SQL to compare, and for multi-valued or joined columns a wrapper. */
export interface Col {
  name: string;
  expr: string;
  type: ValType;
  indexed: boolean;
  /** Wraps a condition on `expr` when the column is reached through json_each or a join. */
  wrap?: (cond: string) => string;
  /** Plain column to test for null when `wrap` is set. */
  nullExpr?: string;
  field?: FieldDef;
}

/** SQL of the built-in columns over `sp_items i`. */
const SYS: Record<string, [string, ValType]> = {
  ID: ['i.id', 'int'],
  Id: ['i.id', 'int'],
  Created: ['i.created', 'date'],
  Modified: ['i.modified', 'date'],
  AuthorId: ['i.author_id', 'int'],
  EditorId: ['i.editor_id', 'int'],
  GUID: ['i.guid', 'text'],
  FileDirRef: ['i.dir_ref', 'text'],
  FileLeafRef: ['i.leaf', 'text'],
  FileRef: ["(i.dir_ref || '/' || i.leaf)", 'text'],
  FSObjType: ['i.fsobj', 'int'],
  FileSystemObjectType: ['i.fsobj', 'int'],
  OData__ModerationStatus: ['i.mod_status', 'int'],
  _ModerationStatus: ['i.mod_status', 'int'],
  OData__ModerationComments: ['i.mod_comments', 'text'],
};
const SYS_FIELD: Record<string, string> = {
  AuthorId: 'Author',
  EditorId: 'Editor',
  OData__ModerationStatus: '_ModerationStatus',
  _ModerationStatus: '_ModerationStatus',
  Created: 'Created',
  Modified: 'Modified',
  FileDirRef: 'FileDirRef',
  FSObjType: 'FSObjType',
  FileLeafRef: 'FileLeafRef',
  OData__ModerationComments: '_ModerationComments',
};

export const USER_COLUMNS: Record<string, [string, ValType]> = {
  Id: ['p.id', 'int'],
  ID: ['p.id', 'int'],
  Title: ['p.title', 'text'],
  EMail: ['p.email', 'text'],
  Name: ['p.login_name', 'text'],
  UserName: ['p.upn', 'text'],
  SipAddress: ['p.email', 'text'],
};

function typeOfShape(f: FieldDef): ValType {
  const s = shapeOf(f);
  if (s === 'number') return 'number';
  if (s === 'int' || s === 'user' || s === 'usermulti' || s === 'lookup' || s === 'lookupmulti') return 'int';
  if (s === 'bool') return 'bool';
  if (s === 'date') return 'date';
  return 'text';
}

export const jsonExpr = (alias: string, internal: string): string => `json_extract(${alias}.data, '$."${internal}"')`;

function personOrLookup(f: FieldDef): boolean {
  return ['user', 'usermulti', 'lookup', 'lookupmulti'].includes(shapeOf(f));
}

/** Resolves a $filter/$orderby path such as Title, SponsorId, Author/EMail, Community/Title. */
export function resolveColumn(db: DatabaseSync, fs: FieldSet, path: string[], expand: Set<string>): Col {
  const full = path.join('/');
  if (path.length === 1) {
    const name = path[0];
    const sys = SYS[name];
    if (sys) {
      const fd = fs.get(SYS_FIELD[name] ?? 'ID');
      return { name, expr: sys[0], type: sys[1], indexed: sys[0] === 'i.id' || fd?.props.Indexed === true, field: fd };
    }
    let f = fs.get(name);
    if (f && personOrLookup(f)) throw needsExpand(name, name);
    if (!f && name.endsWith('Id')) {
      const base = fs.get(name.slice(0, -2));
      if (base && personOrLookup(base)) f = base;
    }
    if (!f || (f.builtin && f.internal !== 'Title')) throw columnNotFound(name);
    const expr = jsonExpr('i', f.internal);
    const type = typeOfShape(f);
    if (isMulti(f)) {
      return {
        name,
        expr: 'je.value',
        type,
        indexed: f.props.Indexed === true,
        field: f,
        nullExpr: expr,
        wrap: (c) => `EXISTS (SELECT 1 FROM json_each(i.data, '$."${f.internal}"') je WHERE ${c})`,
      };
    }
    return { name, expr, type, indexed: f.props.Indexed === true, field: f };
  }
  if (path.length !== 2) throw unsupported(`the multi-level path '${full}'`);
  const [head, sub] = path;
  const f = fs.get(head);
  if (!f || !personOrLookup(f)) throw columnNotFound(full);
  if (!expand.has(head)) throw needsExpand(full, head);
  const multi = isMulti(f);
  const own = f.internal === 'Author' ? 'i.author_id' : f.internal === 'Editor' ? 'i.editor_id' : jsonExpr('i', f.internal);
  const indexed = f.props.Indexed === true;
  if (shapeOf(f) === 'user' || shapeOf(f) === 'usermulti') {
    const uc = USER_COLUMNS[sub];
    if (!uc) throw columnNotFound(full);
    const wrap = multi
      ? (c: string) => `EXISTS (SELECT 1 FROM json_each(i.data, '$."${f.internal}"') je JOIN sp_principals p ON p.id = je.value WHERE ${c})`
      : (c: string) => `${own} IN (SELECT p.id FROM sp_principals p WHERE ${c})`;
    return { name: full, expr: uc[0], type: uc[1], indexed, field: f, wrap, nullExpr: own };
  }
  const target = listByGuid(db, String(f.props.LookupList ?? ''));
  if (!target) throw columnNotFound(full);
  let texpr: string;
  let ttype: ValType;
  if (sub === 'Id' || sub === 'ID') {
    texpr = 't.id';
    ttype = 'int';
  } else {
    const tfs = lookupFields(db, target);
    const tfd = tfs.get(sub);
    if (!tfd || personOrLookup(tfd) || isMulti(tfd)) throw columnNotFound(full);
    texpr = SYS[sub] ? SYS[sub][0].replace('i.', 't.') : jsonExpr('t', tfd.internal);
    ttype = SYS[sub] ? SYS[sub][1] : typeOfShape(tfd);
  }
  const wrap = multi
    ? (c: string) =>
        `EXISTS (SELECT 1 FROM json_each(i.data, '$."${f.internal}"') je JOIN sp_items t ON t.list_id = ${target.id} AND t.kind = 0 AND t.id = je.value WHERE ${c})`
    : (c: string) => `${own} IN (SELECT t.id FROM sp_items t WHERE t.list_id = ${target.id} AND t.kind = 0 AND ${c})`;
  return { name: full, expr: texpr, type: ttype, indexed, field: f, wrap, nullExpr: own };
}

let lookupFieldsImpl: (db: DatabaseSync, list: ListRow) => FieldSet = () => {
  throw new Error('lookupFields not configured');
};
/** Set by items-read.ts (avoids an import cycle). */
export function setLookupFields(fn: (db: DatabaseSync, list: ListRow) => FieldSet): void {
  lookupFieldsImpl = fn;
}
function lookupFields(db: DatabaseSync, list: ListRow): FieldSet {
  return lookupFieldsImpl(db, list);
}

/** Converts a literal to the column's SQL value, refusing mismatches the way SharePoint does. */
export function sqlValue(col: Col, lit: Lit | { kind: 'string'; v: string }): SqlValue {
  const v = lit.v;
  const bad = (): never => {
    throw badRequest(`The value ${JSON.stringify(v)} is not valid for the column '${col.name}' (${col.type}).`, CODE.argument);
  };
  switch (col.type) {
    case 'int':
    case 'number': {
      const n = typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      return Number.isNaN(n) ? bad() : n;
    }
    case 'bool':
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (v === 1 || v === 0 || v === '1' || v === '0') return Number(v);
      if (v === 'true' || v === 'false') return v === 'true' ? 1 : 0;
      return bad();
    case 'date':
      if (typeof v !== 'string') return bad();
      return normaliseDate(col.field ?? ({ internal: col.name, typeAsString: 'DateTime' } as FieldDef), v) ?? bad();
    default:
      return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : bad();
  }
}

const SQL_OP: Record<Op, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };

export interface Compiled {
  sql: string;
  params: SqlValue[];
}

/** Compiles a filter tree; `resolve` maps a path to a column (and records it for the threshold check). */
export function compileFilter(f: Filter, resolve: (path: string[]) => Col): Compiled {
  const params: SqlValue[] = [];
  const walk = (n: Filter): string => {
    if (n.t === 'and' || n.t === 'or') return `(${walk(n.a)} ${n.t.toUpperCase()} ${walk(n.b)})`;
    const col = resolve(n.field);
    const text = col.type === 'text' ? ' COLLATE NOCASE' : '';
    if (n.t === 'fn') {
      if (col.type !== 'text') throw badRequest(`${n.name} can only be used on text columns, not '${col.name}'.`, CODE.argument);
      const s = String(n.value.v ?? '').replace(/[\\%_]/g, (m) => `\\${m}`);
      params.push(n.name === 'startswith' ? `${s}%` : `%${s}%`);
      const cond = `${col.expr} LIKE ? ESCAPE '\\'`;
      const wrapped = col.wrap ? col.wrap(cond) : cond;
      return n.negate ? `NOT (${wrapped})` : wrapped;
    }
    if (n.value.kind === 'null') {
      if (n.op !== 'eq' && n.op !== 'ne')
        throw badRequest(`null can only be compared with eq or ne (column '${col.name}').`, CODE.argument);
      const target = col.nullExpr ?? col.expr;
      return `${target} IS ${n.op === 'eq' ? '' : 'NOT '}NULL`;
    }
    params.push(sqlValue(col, n.value));
    if (col.wrap) {
      if (n.op === 'ne') return `NOT ${col.wrap(`${col.expr} = ?${text}`)}`;
      return col.wrap(`${col.expr} ${SQL_OP[n.op]} ?${text}`);
    }
    return `${col.expr} ${SQL_OP[n.op]} ?${text}`;
  };
  return { sql: walk(f), params };
}

export interface SortKey {
  col: Col;
  desc: boolean;
  /** skiptoken parameter name: p_<Field>. */
  token: string;
}

export function parseOrderBy(spec: string | null, resolve: (path: string[]) => Col): SortKey[] {
  if (!spec) return [];
  return spec.split(',').map((part) => {
    const m = /^\s*([\w/]+)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!m) throw badRequest(`Syntax error in $orderby: '${part}'.`);
    const col = resolve(m[1].split('/'));
    if (col.wrap) throw unsupported(`ordering by the multi-value or expanded column '${m[1]}'`);
    return { col, desc: m[2]?.toLowerCase() === 'desc', token: `p_${col.expr === 'i.id' ? 'ID' : m[1].replace('/', '_')}` };
  });
}

/** Builds `ORDER BY` (ID breaks ties) and the keyset condition continuing after a skiptoken. */
export function ordering(keys: SortKey[], token: URLSearchParams | null): { order: string; seek: Compiled | null; keys: SortKey[] } {
  const all = [...keys];
  if (!all.some((k) => k.col.expr === 'i.id'))
    all.push({ col: { name: 'ID', expr: 'i.id', type: 'int', indexed: true }, desc: false, token: 'p_ID' });
  const order = all.map((k) => `${k.col.expr}${k.col.type === 'text' ? ' COLLATE NOCASE' : ''} ${k.desc ? 'DESC' : 'ASC'}`).join(', ');
  if (!token) return { order, seek: null, keys: all };
  const params: SqlValue[] = [];
  const ors: string[] = [];
  const vals = all.map((k) => {
    const raw = token.get(k.token);
    if (raw === null) throw badRequest(`The $skiptoken is missing '${k.token}' for the current $orderby.`, CODE.argument);
    return raw === '' ? null : sqlValue(k.col, { kind: 'string', v: raw });
  });
  for (let i = 0; i < all.length; i++) {
    const parts: string[] = [];
    for (let j = 0; j < i; j++) {
      const c = all[j].col;
      if (vals[j] === null) parts.push(`${c.expr} IS NULL`);
      else {
        parts.push(`${c.expr} = ?${c.type === 'text' ? ' COLLATE NOCASE' : ''}`);
        params.push(vals[j]);
      }
    }
    const { col, desc } = all[i];
    const nc = col.type === 'text' ? ' COLLATE NOCASE' : '';
    if (vals[i] === null) {
      if (desc) continue;
      parts.push(`${col.expr} IS NOT NULL`);
    } else {
      parts.push(desc ? `(${col.expr} < ?${nc} OR ${col.expr} IS NULL)` : `${col.expr} > ?${nc}`);
      params.push(vals[i]);
    }
    ors.push(`(${parts.join(' AND ')})`);
  }
  return { order, seek: { sql: ors.length > 0 ? `(${ors.join(' OR ')})` : '0', params }, keys: all };
}

/** Parses `Paged=TRUE&p_ID=N[&p_Field=v]`; PagedPrev (backwards) is not supported. */
export function parseSkipToken(raw: string | null): URLSearchParams | null {
  if (raw === null) return null;
  const t = new URLSearchParams(raw);
  if (t.get('Paged')?.toUpperCase() !== 'TRUE')
    throw badRequest(`Invalid $skiptoken '${raw}': expected Paged=TRUE&p_ID=<id>.`, CODE.argument);
  if (t.get('PagedPrev')) throw unsupported('backwards paging ($skiptoken with PagedPrev=TRUE)');
  if (!t.get('p_ID') || !/^\d+$/.test(t.get('p_ID') ?? ''))
    throw badRequest(`Invalid $skiptoken '${raw}': p_ID must be an item id.`, CODE.argument);
  return t;
}

export function parseTop(raw: string | null): number {
  if (raw === null) return DEFAULT_TOP;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n)) throw badRequest(`Invalid $top value '${raw}'.`);
  if (n > MAX_TOP) {
    throw badRequest(
      `The $top value ${n} exceeds the maximum page size of ${MAX_TOP} items; page with $skiptoken (odata.nextLink) instead.`,
      CODE.argument,
    );
  }
  return n;
}

/** Applies the threshold rule described at the top of this file. */
export function checkThreshold(
  db: DatabaseSync,
  list: ListRow,
  filter: Filter | null,
  cols: Map<string, Col>,
  keys: SortKey[],
  resolve: (path: string[]) => Col,
): void {
  if (list.item_count <= THRESHOLD) return;
  for (const k of keys) if (!k.col.indexed) throw throttled();
  if (!filter) return;
  const ls = leaves(filter);
  const hasOr = JSON.stringify(filter).includes('"t":"or"');
  const colOf = (path: string[]): Col => cols.get(path.join('/')) ?? resolve(path);
  if (hasOr ? ls.some((l) => !colOf(l.field).indexed) : !colOf(ls[0].field).indexed) throw throttled();
  if (hasOr) return;
  const first = compileFilter(ls[0], colOf);
  const n = get<{ n: number }>(
    db,
    `SELECT COUNT(*) AS n FROM (SELECT 1 FROM sp_items i WHERE i.list_id = ${list.id} AND i.kind = 0 AND ${first.sql} LIMIT ${THRESHOLD + 1})`,
    ...first.params,
  );
  if ((n?.n ?? 0) > THRESHOLD) throw throttled();
}
