/**
 * Reading list items: security trimming, $filter/$orderby/$top and $skiptoken paging with
 * `odata.nextLink` (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests).
 * Items come back from every folder of the list (the REST items collection is recursive). Their
 * $select/$expand projection is items-projection.ts.
 */
import type { EmuResponse } from '../types.ts';
import { itemNotFound, unsupported } from './errors.ts';
import { fieldSet } from './fields.ts';
import { parseFilter, type Filter } from './filter.ts';
import { defaultPlan, entOf, planRead, type ReadPlan } from './items-projection.ts';
import { lp, type ItemRow, type ListRow } from './model.ts';
import { Ent, sendCollection, sendEntity } from './odata.ts';
import { has, hasUnique, P, primeScopeMasks, scopeMask } from './permissions.ts';
import {
  checkThreshold,
  compileFilter,
  ordering,
  parseOrderBy,
  parseSkipToken,
  parseTop,
  resolveColumn,
  setLookupFields,
  type Col,
} from './query.ts';
import type { Rq } from './rq.ts';
import { all, stmt, type SqlValue } from './store.ts';

setLookupFields((db, list) => fieldSet(db, list));

/**
 * What the caller may read of a list: the scopes weighed, those in which they may view items, see
 * others' items (ReadSecurity 2: CancelCheckout, as SharePoint's "read all items" override) and see
 * drafts (DraftVersionVisibility), with the list's settings that decide how these combine.
 * `only` narrows the scopes weighed to those of the rows already known to be candidates (one item,
 * one folder), which keeps single-item reads cheap on a list with thousands of unique scopes.
 */
export interface ReadRights {
  me: number;
  /** How many scopes were weighed; without `only`, every scope an item of the list can have. */
  weighed: number;
  narrowed: boolean;
  view: number[];
  override: number[];
  drafts: number[];
  ownOnly: boolean;
  moderated: boolean;
}

export function readRights(rq: Rq, list: ListRow, only?: readonly number[]): ReadRights {
  const scopes = only
    ? [...new Set(only)]
    : all<{ id: number }>(rq.db, 'SELECT id FROM sp_scopes WHERE id = 1 OR id = ? OR list_id = ?', list.scope_id, list.id).map((s) => s.id);
  const view: number[] = [];
  const override: number[] = [];
  const drafts: number[] = [];
  primeScopeMasks(rq, scopes);
  const dv = Number(lp(list, 'DraftVersionVisibility', 0));
  const draftPerm = dv === 2 ? P.ApproveItems : dv === 1 ? P.EditListItems : P.ViewListItems;
  for (const s of scopes) {
    const m = scopeMask(rq, s);
    if (!has(m, P.ViewListItems)) continue;
    view.push(s);
    if (has(m, P.CancelCheckout)) override.push(s);
    if (has(m, draftPerm)) drafts.push(s);
  }
  return {
    me: rq.me.id,
    weighed: scopes.length,
    narrowed: !!only,
    view,
    override,
    drafts,
    ownOnly: Number(lp(list, 'ReadSecurity', 1)) === 2,
    moderated: !!lp(list, 'EnableModeration', false),
  };
}

/** SQL condition for the rows the caller may read (scopes, ReadSecurity, content approval drafts); see readRights. */
export function visibility(rq: Rq, list: ListRow, only?: readonly number[]): string {
  return visibilitySql(readRights(rq, list, only));
}

export function visibilitySql(r: ReadRights): string {
  if (r.view.length === 0) return '0';
  // Every scope an item of the list can have is weighed (without `only`): when the caller holds the
  // permission in all of them the condition is always true, and a list of thousands of ids is left out.
  const inList = (ids: number[]): string =>
    !r.narrowed && ids.length === r.weighed ? '1' : ids.length ? `i.scope_id IN (${ids.join(',')})` : '0';
  let sql = inList(r.view);
  if (r.ownOnly) sql += ` AND (${inList(r.override)} OR i.author_id = ${r.me})`;
  // Drafts (pending/rejected) show to their author and to whoever DraftVersionVisibility allows; everyone
  // else sees the last approved version (kind = 1) if there is one.
  if (r.moderated) {
    const seesDraft = `(i.author_id = ${r.me} OR ${inList(r.drafts)})`;
    sql += ` AND ((i.kind = 0 AND (i.mod_status = 0 OR i.mod_status IS NULL OR ${seesDraft})) OR (i.kind = 1 AND NOT ${seesDraft}))`;
  } else sql += ' AND i.kind = 0';
  return sql;
}

/**
 * The same condition as visibilitySql, as a test of one row's facts (search trims its matches in
 * memory with it): keep the two in step. `modStatus` is null when the row has none.
 */
export function visibilityTest(r: ReadRights): ((scope: number, author: number, kind: number, modStatus: number | null) => boolean) | null {
  if (r.view.length === 0) return null;
  const inList = (ids: number[]): ((scope: number) => boolean) => {
    if (!r.narrowed && ids.length === r.weighed) return () => true;
    const set = new Set(ids);
    return (scope) => set.has(scope);
  };
  const [view, override, drafts] = [inList(r.view), inList(r.override), inList(r.drafts)];
  const me = r.me;
  return (scope, author, kind, modStatus) => {
    if (!view(scope)) return false;
    if (r.ownOnly && !(override(scope) || author === me)) return false;
    if (!r.moderated) return kind === 0;
    const seesDraft = author === me || drafts(scope);
    return (kind === 0 && (modStatus === 0 || modStatus === null || seesDraft)) || (kind === 1 && !seesDraft);
  };
}

type Ordering = ReturnType<typeof ordering>;
type Row = ItemRow & Record<string, SqlValue>;

/**
 * The page of rows `$filter`, `$orderby`, `$skiptoken` and `$top` ask for, among those the caller
 * may read; one row past the page tells whether there is a next one. `ord.keys` are the sort keys,
 * read back as `__k0`, `__k1`… for the next page's token.
 */
function queryRows(rq: Rq, list: ListRow, plan: ReadPlan, top: number): { rows: Row[]; ord: Ordering } {
  const cols = new Map<string, Col>();
  const resolve = (path: string[]): Col => {
    const key = path.join('/');
    let c = cols.get(key);
    if (!c) {
      c = resolveColumn(rq.db, plan.fs, path, plan.expand);
      cols.set(key, c);
    }
    return c;
  };
  const filterText = rq.query.get('$filter');
  const filter: Filter | null = filterText ? parseFilter(filterText) : null;
  const compiled = filter ? compileFilter(filter, resolve) : null;
  const keys = parseOrderBy(rq.query.get('$orderby'), resolve);
  checkThreshold(rq.db, list, filter, cols, keys, resolve);
  const ord = ordering(keys, parseSkipToken(rq.query.get('$skiptoken')));
  const params: SqlValue[] = [...(compiled?.params ?? []), ...(ord.seek?.params ?? [])];
  const keyCols = ord.keys.map((k, i) => `${k.col.expr} AS __k${i}`).join(', ');
  const sql =
    `SELECT i.*, ${keyCols} FROM sp_items i WHERE i.list_id = ${list.id} AND ${visibility(rq, list)}` +
    `${compiled ? ` AND ${compiled.sql}` : ''}${ord.seek ? ` AND ${ord.seek.sql}` : ''} ORDER BY ${ord.order} LIMIT ${top + 1}`;
  return { rows: stmt(rq.db, sql).all(...params) as unknown as Row[], ord };
}

/** The next page's address: the same query, with a `$skiptoken` holding the last row's sort keys. */
function nextLinkOf(rq: Rq, list: ListRow, last: Row, ord: Ordering, top: number): string {
  const token = new URLSearchParams({ Paged: 'TRUE' });
  ord.keys.forEach((k, i) => token.set(k.token, last[`__k${i}`] === null ? '' : String(last[`__k${i}`])));
  const qs = new URLSearchParams();
  qs.set('$skiptoken', token.toString());
  qs.set('$top', String(top));
  for (const p of ['$select', '$filter', '$orderby', '$expand']) {
    const v = rq.query.get(p);
    if (v !== null) qs.set(p, v);
  }
  return `${rq.site}/_api/${`Web/Lists(guid'${list.guid}')/Items`}?${qs.toString()}`;
}

export function getItems(rq: Rq, list: ListRow): EmuResponse {
  if (rq.query.has('$skip')) throw unsupported('$skip on list items (SharePoint ignores it there); page with $skiptoken / odata.nextLink');
  const plan = planRead(rq, list);
  const top = parseTop(rq.query.get('$top'));
  const { rows, ord } = queryRows(rq, list, plan, top);
  const nextLink = rows.length > top && top > 0 ? nextLinkOf(rq, list, rows[top - 1], ord, top) : undefined;
  const ents = rows.slice(0, top).map((r) => entOf(plan, r));
  return sendCollection(rq, ents, `SP.ListData.${list.entity_name}Items`, { nextLink, projected: true });
}

/** The version of an item the caller may read (current, or the last approved one), else 404. */
export function visibleItem(rq: Rq, list: ListRow, id: number): ItemRow {
  // kind IN (0, 1) (the current and the last approved version) lets the primary key find the rows.
  const scopes = all<{ scope_id: number }>(
    rq.db,
    'SELECT scope_id FROM sp_items WHERE list_id = ? AND kind IN (0, 1) AND id = ?',
    list.id,
    id,
  ).map((r) => r.scope_id);
  const row = stmt(
    rq.db,
    `SELECT i.* FROM sp_items i WHERE i.list_id = ${list.id} AND i.kind IN (0, 1) AND i.id = ? AND ${visibility(rq, list, scopes)}`,
  ).get(id) as ItemRow | undefined;
  if (!row) throw itemNotFound();
  return row;
}

export function getItem(rq: Rq, list: ListRow, row: ItemRow): EmuResponse {
  return sendEntity(rq, entOf(planRead(rq, list), row), { projected: true });
}

/** The item as JSON with the default projection (used for the response of items.add). */
export function defaultItemEnt(rq: Rq, list: ListRow, row: ItemRow): Ent {
  const ent = entOf(defaultPlan(rq, list), row);
  // Selectable through an expansion such as folders?$expand=ListItemAllFields, as on SharePoint.
  ent.extra.HasUniqueRoleAssignments = () => hasUnique(rq.db, { kind: 'item', list, item: row });
  return ent;
}
