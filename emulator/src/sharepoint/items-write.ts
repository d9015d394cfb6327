/**
 * Writing list items: add, MERGE (with IF-Match), DELETE, recycle, and content approval.
 * - Author/Editor/Created/Modified are set here from the caller and never taken from the body.
 * - IF-Match is required on MERGE/DELETE ('*' or the item's etag); a stale etag → 412
 *   (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest#update-list-item).
 *   A successful MERGE answers 204 with the new ETag header (https://github.com/SharePoint/PnP-JS-Core/issues/273).
 * - Content approval (https://support.microsoft.com/office/require-approval-of-items-in-a-list-or-library-cd0761c4-8c3f-4ea2-9435-13c28aa23d08):
 *   new and edited items are Pending (2); only users with Approve Items on the item may set
 *   _ModerationStatus to 0 (Approved) or 1 (Rejected), in a request that changes nothing else;
 *   editing an approved item makes it Pending again while readers keep seeing the approved version;
 *   approving or rejecting sets Editor and Modified to the approver and the time of the decision.
 */
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../db.ts';
import { accessDenied, badRequest, CODE, etagMismatch, SpError } from './errors.ts';
import { fieldSet, type FieldDef, type FieldSet } from './fields.ts';
import { bodyToData, MODERATION_KEYS } from './fieldvalues.ts';
import { columnExpr } from './fields-write.ts';
import { itemById, lp, rootFolderUrl, type ItemRow, type ListRow } from './model.ts';
import { has, itemMask, P, parentScope, scopeMask } from './permissions.ts';
import type { Rq } from './rq.ts';
import { all, get, newGuid, parseJson, run, spDate } from './store.ts';
import { dropVersions, keepVersion } from './versions.ts';

export function itemTypeName(list: ListRow): string {
  return `SP.Data.${list.entity_name}Item`;
}

function checkUnique(db: DatabaseSync, list: ListRow, id: number, changes: Map<FieldDef, unknown>): void {
  for (const [f, v] of changes) {
    if (!f.props.EnforceUniqueValues || v === null || v === undefined) continue;
    const text = typeof v === 'string' ? ' COLLATE NOCASE' : '';
    const dup = get(
      db,
      `SELECT 1 AS x FROM sp_items WHERE list_id = ? AND kind = 0 AND id <> ? AND ${columnExpr(f.internal)} = ?${text} LIMIT 1`,
      list.id,
      id,
      typeof v === 'boolean' ? Number(v) : (v as string | number),
    );
    // SPDuplicateValuesFoundException; the HTTP status SharePoint Online uses for it is not documented (409 here).
    if (dup)
      throw new SpError(
        409,
        CODE.duplicate,
        'The list item could not be added or updated because duplicate values were found in one or more fields in the list.',
      );
  }
}

function moderationValues(body: Record<string, unknown>): { status?: number; comments?: string | null; present: boolean } {
  let status: number | undefined;
  let comments: string | null | undefined;
  let present = false;
  for (const [k, v] of Object.entries(body)) {
    if (!MODERATION_KEYS.has(k)) continue;
    present = true;
    if (k.endsWith('Status')) {
      const n = Number(v);
      if (![0, 1, 2].includes(n))
        throw badRequest(
          `Invalid value ${JSON.stringify(v)} for _ModerationStatus: use 0 (Approved), 1 (Rejected) or 2 (Pending).`,
          CODE.argument,
        );
      status = n;
    } else comments = v === null ? null : String(v);
  }
  return { status, comments, present };
}

export interface NewItem {
  dirRef: string;
  fsobj: 0 | 1;
  leaf?: string;
  values: Map<FieldDef, unknown>;
  modStatus?: number;
}

/** Inserts one item (or folder item) for the caller; permissions must already be checked. */
export function insertItem(rq: Rq, list: ListRow, n: NewItem): ItemRow {
  const fresh = get<{ next_id: number }>(rq.db, 'SELECT next_id FROM sp_lists WHERE id = ?', list.id) as { next_id: number };
  const id = fresh.next_id;
  checkUnique(rq.db, list, id, n.values);
  const data: Record<string, unknown> = {};
  for (const [f, v] of n.values) if (v !== undefined && v !== null) data[f.internal] = v;
  const now = spDate();
  const moderated = lp(list, 'EnableModeration', false);
  run(rq.db, 'UPDATE sp_lists SET next_id = ?, item_count = item_count + 1, modified = ? WHERE id = ?', id + 1, now, list.id);
  run(
    rq.db,
    'INSERT INTO sp_items(list_id, kind, id, guid, scope_id, fsobj, dir_ref, leaf, author_id, editor_id, created, modified, version, mod_status, mod_comments, data) VALUES (?,0,?,?,?,?,?,?,?,?,?,?,1,?,NULL,?)',
    list.id,
    id,
    newGuid(),
    parentScope(rq.db, list, n.dirRef),
    n.fsobj,
    n.dirRef,
    n.leaf ?? `${id}_.000`,
    rq.me.id,
    rq.me.id,
    now,
    now,
    moderated ? (n.modStatus ?? 2) : null,
    JSON.stringify(data),
  );
  return itemById(rq.db, list.id, id) as ItemRow;
}

/** Checks that a folder path belongs to the list and exists; returns the normalised path. */
export function resolveFolder(rq: Rq, list: ListRow, path: string | undefined): string {
  const root = rootFolderUrl(rq.sitePath, list);
  if (!path) return root;
  let p = path.replace(/\/+$/, '');
  if (!p.startsWith('/')) p = `${root}/${p}`;
  if (p.toLowerCase() === root.toLowerCase()) return root;
  if (!p.toLowerCase().startsWith(`${root.toLowerCase()}/`))
    throw badRequest(`The folder '${path}' is not in the list '${list.title}'.`, CODE.argument);
  const slash = p.lastIndexOf('/');
  const f = get<{ dir_ref: string; leaf: string }>(
    rq.db,
    'SELECT dir_ref, leaf FROM sp_items WHERE list_id = ? AND kind = 0 AND fsobj = 1 AND dir_ref = ? COLLATE NOCASE AND leaf = ? COLLATE NOCASE',
    list.id,
    p.slice(0, slash),
    p.slice(slash + 1),
  );
  if (!f) throw new SpError(404, CODE.notFound, `File Not Found. The folder '${path}' does not exist.`);
  return `${f.dir_ref}/${f.leaf}`;
}

/** Permission to add to a folder: Add Items there, and WriteSecurity not 'none' (unless overriding). */
export function demandAdd(rq: Rq, list: ListRow, dirRef: string): void {
  const m = scopeMask(rq, parentScope(rq.db, list, dirRef));
  if (!has(m, P.AddListItems)) throw accessDenied();
  if (Number(lp(list, 'WriteSecurity', 1)) === 4 && !has(m, P.CancelCheckout)) throw accessDenied();
}

export function addItem(rq: Rq, list: ListRow, body: Record<string, unknown>, dirRef?: string): ItemRow {
  const dir = resolveFolder(rq, list, dirRef);
  demandAdd(rq, list, dir);
  const fs = fieldSet(rq.db, list);
  const mod = moderationValues(body);
  if (mod.present && !lp(list, 'EnableModeration', false))
    throw badRequest('Content approval is not enabled on this list, so _ModerationStatus cannot be set.', CODE.argument);
  if (mod.status !== undefined && !has(scopeMask(rq, parentScope(rq.db, list, dir)), P.ApproveItems)) throw accessDenied();
  const values = bodyToData(rq.db, fs, body, itemTypeName(list));
  return inTransaction(rq.db, () => {
    const row = insertItem(rq, list, { dirRef: dir, fsobj: 0, values, modStatus: mod.status });
    if (mod.comments !== undefined)
      run(rq.db, 'UPDATE sp_items SET mod_comments = ? WHERE list_id = ? AND kind = 0 AND id = ?', mod.comments, list.id, row.id);
    return itemById(rq.db, list.id, row.id) as ItemRow;
  });
}

/** IF-Match: '*' or the item's etag ("3", W/"3" or "<guid>,3"); missing → 412 as well. */
export function checkEtag(rq: Rq, current: ItemRow): void {
  const sent = rq.req.headers['if-match'];
  const cur = `"${current.version}"`;
  if (sent === undefined) throw etagMismatch('', cur);
  if (sent.trim() === '*') return;
  const v = sent.trim().replace(/^W\//, '').replace(/"/g, '').split(',').pop();
  if (v !== String(current.version)) throw etagMismatch(sent, cur);
}

export function snapshotApproved(db: DatabaseSync, list: ListRow, current: ItemRow): void {
  run(db, 'DELETE FROM sp_items WHERE list_id = ? AND kind = 1 AND id = ?', list.id, current.id);
  run(
    db,
    `INSERT INTO sp_items(list_id, kind, id, guid, scope_id, fsobj, dir_ref, leaf, author_id, editor_id, created, modified, version, mod_status, mod_comments, data)
    SELECT list_id, 1, id, guid, scope_id, fsobj, dir_ref, leaf, author_id, editor_id, created, modified, version, 0, mod_comments, data FROM sp_items WHERE list_id = ? AND kind = 0 AND id = ?`,
    list.id,
    current.id,
  );
}

/** MERGE on an item. Returns the new version for the ETag header. */
export function updateItem(
  rq: Rq,
  list: ListRow,
  current: ItemRow,
  body: Record<string, unknown>,
  opts: { etag: boolean } = { etag: true },
): ItemRow {
  if (opts.etag) checkEtag(rq, current);
  const mask = itemMask(rq, list, current);
  const mod = moderationValues(body);
  const moderated = lp(list, 'EnableModeration', false);
  if (mod.present) {
    if (!moderated) throw badRequest('Content approval is not enabled on this list, so _ModerationStatus cannot be set.', CODE.argument);
    if (!has(mask, P.ApproveItems)) throw accessDenied();
    const others = Object.keys(body).filter((k) => !MODERATION_KEYS.has(k));
    if (others.length > 0)
      throw badRequest(
        `Approving or rejecting changes only the moderation fields; send ${others.join(', ')} in a separate request.`,
        CODE.argument,
      );
    return inTransaction(rq.db, () => {
      const status = mod.status ?? current.mod_status ?? 2;
      // A decision is an item update (SPListItem.Update), which records who made it in Editor and when
      // in Modified; only SystemUpdate leaves them unchanged
      // (https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms479448(v=office.15)).
      // So an approved item whose Editor is its Author was approved by its own author.
      run(
        rq.db,
        'UPDATE sp_items SET mod_status = ?, mod_comments = ?, editor_id = ?, modified = ?, version = version + 1 WHERE list_id = ? AND kind = 0 AND id = ?',
        status,
        mod.comments !== undefined ? mod.comments : current.mod_comments,
        rq.me.id,
        spDate(),
        list.id,
        current.id,
      );
      if (status === 0) run(rq.db, 'DELETE FROM sp_items WHERE list_id = ? AND kind = 1 AND id = ?', list.id, current.id);
      return itemById(rq.db, list.id, current.id) as ItemRow;
    });
  }
  if (!has(mask, P.EditListItems)) throw accessDenied();
  const fs: FieldSet = fieldSet(rq.db, list);
  const changes = bodyToData(rq.db, fs, body, itemTypeName(list));
  checkUnique(rq.db, list, current.id, changes);
  const data = parseJson<Record<string, unknown>>(current.data, {});
  for (const [f, v] of changes) {
    if (v === null) delete data[f.internal];
    else data[f.internal] = v;
  }
  return inTransaction(rq.db, () => {
    if (moderated && (current.mod_status ?? 0) === 0) snapshotApproved(rq.db, list, current);
    keepVersion(rq.db, list, current);
    const now = spDate();
    run(
      rq.db,
      'UPDATE sp_items SET data = ?, editor_id = ?, modified = ?, version = version + 1, mod_status = ? WHERE list_id = ? AND kind = 0 AND id = ?',
      JSON.stringify(data),
      rq.me.id,
      now,
      moderated ? 2 : current.mod_status,
      list.id,
      current.id,
    );
    run(rq.db, 'UPDATE sp_lists SET modified = ? WHERE id = ?', now, list.id);
    return itemById(rq.db, list.id, current.id) as ItemRow;
  });
}

/** DELETE (and recycle): removes the item, or a folder with everything in it. */
export function deleteItem(rq: Rq, list: ListRow, current: ItemRow, recycle: boolean): string {
  if (!recycle) checkEtag(rq, current);
  if (!has(itemMask(rq, list, current), P.DeleteListItems)) throw accessDenied();
  const recycleId = newGuid();
  inTransaction(rq.db, () => {
    const ref = `${current.dir_ref}/${current.leaf}`;
    const where = 'list_id = ? AND (id = ? OR dir_ref = ? OR substr(dir_ref, 1, ?) = ?)';
    const params = [list.id, current.id, ref, ref.length + 1, `${ref}/`] as const;
    if (recycle) {
      run(
        rq.db,
        `INSERT INTO sp_recycle(guid, list_id, item_id, deleted_by, deleted, row) SELECT ?, list_id, id, ?, ?, json_object('data', data, 'dir_ref', dir_ref, 'leaf', leaf) FROM sp_items WHERE kind = 0 AND list_id = ? AND id = ?`,
        recycleId,
        rq.me.id,
        spDate(),
        list.id,
        current.id,
      );
    }
    const n = get<{ n: number }>(rq.db, `SELECT COUNT(*) AS n FROM sp_items WHERE kind = 0 AND ${where}`, ...params)?.n ?? 0;
    dropVersions(
      rq.db,
      list,
      all<{ id: number }>(rq.db, `SELECT id FROM sp_items WHERE kind = 0 AND ${where}`, ...params).map((r) => r.id),
    );
    run(
      rq.db,
      `DELETE FROM sp_role_assignments WHERE scope_id IN (SELECT s.id FROM sp_scopes s WHERE s.kind = 'item' AND s.list_id = ? AND s.item_id IN (SELECT id FROM sp_items WHERE kind = 0 AND ${where}))`,
      list.id,
      ...params,
    );
    run(
      rq.db,
      `DELETE FROM sp_scopes WHERE kind = 'item' AND list_id = ? AND item_id IN (SELECT id FROM sp_items WHERE kind = 0 AND ${where})`,
      list.id,
      ...params,
    );
    run(rq.db, `DELETE FROM sp_items WHERE ${where}`, ...params);
    run(rq.db, 'UPDATE sp_lists SET item_count = item_count - ?, modified = ? WHERE id = ?', n, spDate(), list.id);
  });
  return recycleId;
}
