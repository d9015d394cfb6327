/**
 * Item version history: `items(id)/versions` and `items(id)/versions(versionId)`, as @pnp/sp's
 * `item.versions` reads it (https://pnp.github.io/pnpjs/sp/items/#get-item-versions).
 * - On a list with versioning on (EnableVersioning, SharePoint Online's default for new lists), every
 *   edit of an item's fields keeps the state before it as a previous version; approving or rejecting
 *   doesn't add a version (it changes the moderation status of the current one).
 * - The collection holds the previous versions and the current one, newest first; VersionId is
 *   512 × major version and VersionLabel "N.0" for major versions (SPListItemVersion.VersionId /
 *   VersionLabel, https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms413257(v=office.15)
 *   and the SPListItemVersionCollection pages beside it).
 * - Only `MajorVersionLimit` versions are kept (the list's setting, 50 by default); older ones go.
 * - Reading versions needs the View Versions permission on the item.
 * - Each version carries the item's field values then, by internal name; person and lookup fields as
 *   SP.FieldUserValue / SP.FieldLookupValue ({ LookupId, LookupValue, Email }), as SharePoint returns them.
 */
import type { DatabaseSync } from 'node:sqlite';
import { accessDenied, SpError, CODE, unsupported } from './errors.ts';
import { entityName, fieldSet, shapeOf, type FieldDef } from './fields.ts';
import { storedIds } from './fieldvalues.ts';
import { LIST_DEFAULTS } from './lists.ts';
import { itemById, listByGuid, lp, type ItemRow, type ListRow } from './model.ts';
import { Complex, Ent, Multi } from './odata.ts';
import { has, itemMask, P } from './permissions.ts';
import { principalById } from './principals.ts';
import type { Rq } from './rq.ts';
import { all, get, parseJson, run } from './store.ts';

export const VERSIONS_DDL = `
CREATE TABLE IF NOT EXISTS sp_versions (
  list_id INTEGER NOT NULL, item_id INTEGER NOT NULL, major INTEGER NOT NULL,
  editor_id INTEGER NOT NULL, modified TEXT NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id, major)
) WITHOUT ROWID;
`;

interface VersionRow {
  major: number;
  editor_id: number;
  modified: string;
  data: string;
}

const ensured = new WeakSet<DatabaseSync>();

function ensureTable(db: DatabaseSync): void {
  if (ensured.has(db)) return;
  db.exec(VERSIONS_DDL);
  ensured.add(db);
}

function previous(db: DatabaseSync, list: ListRow, itemId: number): VersionRow[] {
  ensureTable(db);
  return all<VersionRow>(
    db,
    'SELECT major, editor_id, modified, data FROM sp_versions WHERE list_id = ? AND item_id = ? ORDER BY major',
    list.id,
    itemId,
  );
}

/** Keeps the item's state before an edit as a previous version; call inside the edit's transaction. */
export function keepVersion(db: DatabaseSync, list: ListRow, current: ItemRow): void {
  if (!lp(list, 'EnableVersioning', LIST_DEFAULTS.EnableVersioning) || current.fsobj === 1) return;
  ensureTable(db);
  const last =
    get<{ n: number | null }>(db, 'SELECT MAX(major) AS n FROM sp_versions WHERE list_id = ? AND item_id = ?', list.id, current.id)?.n ?? 0;
  run(
    db,
    'INSERT INTO sp_versions(list_id, item_id, major, editor_id, modified, data) VALUES (?,?,?,?,?,?)',
    list.id,
    current.id,
    last + 1,
    current.editor_id,
    current.modified,
    current.data,
  );
  // The current version counts towards the limit too.
  const limit = Math.max(1, Number(lp(list, 'MajorVersionLimit', LIST_DEFAULTS.MajorVersionLimit)));
  run(db, 'DELETE FROM sp_versions WHERE list_id = ? AND item_id = ? AND major <= ?', list.id, current.id, last + 1 - (limit - 1));
}

/** Forgets an item's history (the item was deleted). */
export function dropVersions(db: DatabaseSync, list: ListRow, itemIds: number[]): void {
  ensureTable(db);
  for (const id of itemIds) run(db, 'DELETE FROM sp_versions WHERE list_id = ? AND item_id = ?', list.id, id);
}

function personValue(rq: Rq, id: number): Complex | undefined {
  const p = principalById(rq.db, id);
  return p ? new Complex('SP.FieldUserValue', { Email: p.email, LookupId: p.id, LookupValue: p.title }) : undefined;
}

function lookupValue(rq: Rq, f: FieldDef, id: number): Complex | undefined {
  const target = listByGuid(rq.db, String(f.props.LookupList ?? ''));
  const t = target ? itemById(rq.db, target.id, id) : undefined;
  if (!t || !target) return undefined;
  const show = String(f.props.LookupField ?? 'Title');
  return new Complex('SP.FieldLookupValue', { LookupId: id, LookupValue: parseJson<Record<string, unknown>>(t.data, {})[show] ?? null });
}

function fieldValue(rq: Rq, f: FieldDef, stored: unknown): unknown {
  const shape = shapeOf(f);
  if (shape === 'user' || shape === 'usermulti' || shape === 'lookup' || shape === 'lookupmulti') {
    const values = storedIds(f, stored)
      .map((id) => (shape.startsWith('user') ? personValue(rq, id) : lookupValue(rq, f, id)))
      .filter((v): v is Complex => v !== undefined);
    return shape === 'usermulti' || shape === 'lookupmulti' ? values : (values[0] ?? null);
  }
  if (shape === 'multichoice') return stored === null || stored === undefined ? null : new Multi('Edm.String', stored as string[]);
  return stored ?? null;
}

function versionEnt(rq: Rq, list: ListRow, item: ItemRow, v: VersionRow, isCurrent: boolean): Ent {
  const data = parseJson<Record<string, unknown>>(v.data, {});
  const props: Record<string, unknown> = {
    Created: v.modified,
    IsCurrentVersion: isCurrent,
    VersionId: v.major * 512,
    VersionLabel: `${v.major}.0`,
  };
  for (const f of fieldSet(rq.db, list).fields) {
    if (f.internal === 'Author') props.Author = personValue(rq, item.author_id) ?? null;
    else if (f.internal === 'Editor') props.Editor = personValue(rq, v.editor_id) ?? null;
    else if (f.internal === 'Modified') props.Modified = v.modified;
    else if (f.internal === 'Created') continue;
    else if (!f.builtin || f.internal === 'Title') props[entityName(f.internal)] = fieldValue(rq, f, data[f.internal]);
  }
  const link = `Web/Lists(guid'${list.guid}')/Items(${item.id})/Versions(${v.major * 512})`;
  return new Ent({ type: 'SP.ListItemVersion', uri: `${rq.site}/_api/${link}`, editLink: link, set: 'SP.ApiData.ListItemVersions', props });
}

/** Every version of an item the caller may read, newest (the current one) first. */
export function versionEnts(rq: Rq, list: ListRow, item: ItemRow): Ent[] {
  if (!has(itemMask(rq, list, item), P.ViewVersions)) throw accessDenied();
  if (rq.query.get('$expand')) throw unsupported('$expand on item versions');
  const rows = previous(rq.db, list, item.id);
  const current: VersionRow = {
    major: (rows[rows.length - 1]?.major ?? 0) + 1,
    editor_id: item.editor_id,
    modified: item.modified,
    data: item.data,
  };
  return [current, ...rows.reverse()].map((v, i) => versionEnt(rq, list, item, v, i === 0));
}

export function versionEnt1(rq: Rq, list: ListRow, item: ItemRow, versionId: number): Ent {
  const found = versionEnts(rq, list, item).find((e) => e.props.VersionId === versionId);
  if (!found) throw new SpError(404, CODE.argument, 'Version not found.');
  return found;
}
