/**
 * In-process helpers for seeds and tests: act as a user without HTTP, and bulk-insert items
 * (12,000 rows in one transaction instead of 12,000 requests). Values are validated and stored
 * exactly as items.add stores them; permissions are not checked (this is the site's own setup).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { EmuContext, EmulatorUser } from '../types.ts';
import { inTransaction } from '../db.ts';
import { fieldSet } from './fields.ts';
import { indexName } from './fields-write.ts';
import { bodyToData } from './fieldvalues.ts';
import { itemTypeName, resolveFolder } from './items-write.ts';
import { checkItemName } from './limits.ts';
import { listByTitle, lp, rootFolderUrl } from './model.ts';
import { limitedAccessAbove, parentScope, ROLE, WEB_SCOPE } from './permissions.ts';
import { claims, siteUserFor } from './principals.ts';
import type { Rq } from './rq.ts';
import { all, newGuid, run, spDate } from './store.ts';

const SITE_PATH = '/sites/cop';

/** A request context for `upn` with no HTTP request behind it. */
export function internalRq(ctx: EmuContext, upn: string): Rq {
  const user = ctx.users.find((u) => u.userPrincipalName.toLowerCase() === upn.toLowerCase());
  if (!user) throw new Error(`Unknown demo user ${upn}`);
  return {
    req: {
      method: 'GET',
      url: new URL(`${ctx.origin || 'http://localhost'}${SITE_PATH}/_api/web`),
      headers: {},
      body: Buffer.alloc(0),
      user,
    },
    ctx,
    db: ctx.db,
    me: siteUserFor(ctx.db, user),
    fmt: 'minimal',
    site: `${ctx.origin}${SITE_PATH}`,
    sitePath: SITE_PATH,
    query: new URLSearchParams(),
    method: 'POST',
    perm: new Map(),
    inBatch: false,
  };
}

/** Inserts items into a list as `upn` (Author/Editor), optionally into a folder; returns the new ids. */
export function insertItems(
  ctx: EmuContext,
  listTitle: string,
  rows: Array<Record<string, unknown>>,
  upn: string,
  folder?: string,
): number[] {
  return insertRows(
    ctx,
    listTitle,
    rows.map((values) => ({ values, author: upn, folder })),
  );
}

/** One row of a bulk insert: its field values (as items.add takes them), author, folder and approval. */
export interface BulkRow {
  values: Record<string, unknown>;
  /** UPN of the Author and Editor; a site user is created for them if needed. */
  author: string;
  /** Folder path (server-relative, or relative to the list's root folder); the root when absent. */
  folder?: string;
  /** _ModerationStatus on a moderated list: 0 approved (the default here), 1 rejected, 2 pending. */
  modStatus?: 0 | 1 | 2;
  /**
   * UPN of the Editor (Modified By): who last changed the item, so the approver of a decided one (a
   * decision records its approver in Editor). The author when absent, which reads as self-approved.
   */
  editor?: string;
}

/** Rows from which a bulk insert drops the list's column indexes and builds them again afterwards. */
const BULK_REINDEX = 1000;

/** The partial column indexes of one list, or of every list (fields-write.ts createIndex), with the SQL that made them. */
function listIndexes(ctx: EmuContext, listId?: number): Array<{ name: string; sql: string }> {
  const prefix = listId === undefined ? 'ix_sp_' : indexName(listId, '');
  return all<{ name: string; sql: string }>(
    ctx.db,
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sp_items' AND substr(name, 1, ?) = ?",
    prefix.length,
    prefix,
  );
}

/** Column indexes put aside by insertRows during a bulkLoad (name → the SQL that makes it again), by database. */
const suspended = new WeakMap<DatabaseSync, Map<string, string>>();

/**
 * Runs a seed's bulk load with the lists' column indexes put aside from its first insertRows, then
 * makes them again from their own SQL and gathers statistics once: the same indexes at the end,
 * without every row of every insert paying for all of them. Reads meanwhile are right, only unindexed.
 */
export async function bulkLoad(ctx: EmuContext, load: () => Promise<void>): Promise<void> {
  const aside = new Map<string, string>();
  suspended.set(ctx.db, aside);
  try {
    await load();
  } finally {
    suspended.delete(ctx.db);
    const present = new Set(listIndexes(ctx).map((ix) => ix.name));
    inTransaction(ctx.db, () => {
      for (const [name, sql] of aside) if (!present.has(name)) ctx.db.exec(sql);
    });
    if (aside.size) ctx.db.exec('ANALYZE sp_items');
  }
}

/**
 * Bulk insert for seeds at scale: many authors and folders in one transaction. Folder paths, their
 * permission scopes and site users are resolved once each, not once per row.
 */
export function insertRows(ctx: EmuContext, listTitle: string, rows: readonly BulkRow[]): number[] {
  const list = listByTitle(ctx.db, listTitle);
  if (!list) throw new Error(`No list '${listTitle}'`);
  const fs = fieldSet(ctx.db, list);
  const moderated = lp(list, 'EnableModeration', false);
  const type = itemTypeName(list);
  // The site users there are, read once (a look-up per author took seconds at 50,000 people).
  const known = new Map(
    all<{ id: number; login_name: string }>(ctx.db, 'SELECT id, login_name FROM sp_principals WHERE kind = 1').map((p) => [
      p.login_name.toLowerCase(),
      p.id,
    ]),
  );
  const authors = new Map<string, number>();
  let byUpn: Map<string, EmulatorUser> | undefined;
  const authorId = (upn: string): number => {
    let id = authors.get(upn) ?? known.get(claims(upn).toLowerCase());
    if (id === undefined) {
      byUpn ??= new Map(ctx.users.map((u) => [u.userPrincipalName.toLowerCase(), u]));
      const user = byUpn.get(upn.toLowerCase());
      if (!user) throw new Error(`Unknown user ${upn}`);
      id = siteUserFor(ctx.db, user).id;
      authors.set(upn, id);
    }
    return id;
  };
  const folders = new Map<string, { dir: string; scope: number }>();
  const folderOf = (path: string | undefined, rq: Rq): { dir: string; scope: number } => {
    const key = path ?? '';
    let f = folders.get(key);
    if (!f) {
      const dir = resolveFolder(rq, list, path);
      f = { dir, scope: parentScope(ctx.db, list, dir) };
      folders.set(key, f);
    }
    return f;
  };
  const result = inTransaction(ctx.db, () => {
    // A big load goes in without the list's column indexes, which are then built again from their own
    // SQL: one sorted pass each instead of an index update (and a JSON parse) per row and column.
    // Within bulkLoad every list's are put aside until the load is done (another list's partial index
    // still costs each row its WHERE: 77 of them tripled the time of an insert).
    const aside = suspended.get(ctx.db);
    const rebuilt = aside || rows.length >= BULK_REINDEX ? listIndexes(ctx, aside ? undefined : list.id) : [];
    for (const ix of rebuilt) ctx.db.exec(`DROP INDEX "${ix.name}"`);
    if (aside) for (const ix of rebuilt.splice(0)) aside.set(ix.name, ix.sql);
    const ids: number[] = [];
    const start = (ctx.db.prepare('SELECT next_id FROM sp_lists WHERE id = ?').get(list.id) as { next_id: number }).next_id;
    const insert = ctx.db.prepare(
      'INSERT INTO sp_items(list_id, kind, id, guid, scope_id, fsobj, dir_ref, leaf, author_id, editor_id, created, modified, version, mod_status, mod_comments, data) VALUES (?,0,?,?,?,0,?,?,?,?,?,?,1,?,NULL,?)',
    );
    const now = spDate();
    let rq: Rq | undefined;
    rows.forEach((row, i) => {
      const id = start + i;
      const author = authorId(row.author);
      const editor = row.editor ? authorId(row.editor) : author;
      rq ??= internalRq(ctx, row.author);
      const { dir, scope } = folderOf(row.folder, rq);
      const data: Record<string, unknown> = {};
      for (const [f, v] of bodyToData(ctx.db, fs, row.values, type)) if (v !== null && v !== undefined) data[f.internal] = v;
      insert.run(
        list.id,
        id,
        newGuid(),
        scope,
        dir,
        `${id}_.000`,
        author,
        editor,
        now,
        now,
        moderated ? (row.modStatus ?? 0) : null,
        JSON.stringify(data),
      );
      ids.push(id);
    });
    run(
      ctx.db,
      'UPDATE sp_lists SET next_id = ?, item_count = item_count + ?, modified = ? WHERE id = ?',
      start + rows.length,
      rows.length,
      now,
      list.id,
    );
    for (const ix of rebuilt) ctx.db.exec(ix.sql);
    return ids;
  });
  // Fresh statistics after a bulk load keep the planner on the column indexes.
  if (rows.length >= BULK_REINDEX && !suspended.has(ctx.db)) ctx.db.exec('ANALYZE sp_items');
  return result;
}

/** A folder of a bulk insert: its name at the list's root and the levels granted on it. */
export interface BulkFolder {
  name: string;
  grants: ReadonlyArray<{ principalId: number; roleDefId: number }>;
}

/**
 * Bulk folders for seeds at scale, each as setup makes one over REST (src/schema/provision.ts): the
 * folder item as `rootFolder.folders.addUsingPath` creates it (createFolder in folders.ts: approved in
 * a moderated list), then its own permissions as `breakRoleInheritance(false, false)` leaves them (the
 * author alone, with Full Control) and `roleAssignments.add` adds each grant (with Limited Access on
 * the web and list where the principal has nothing). All in one transaction; returns the folders' ids.
 */
export function insertFolders(ctx: EmuContext, listTitle: string, upn: string, folders: readonly BulkFolder[]): number[] {
  const list = listByTitle(ctx.db, listTitle);
  if (!list) throw new Error(`No list '${listTitle}'`);
  const user = ctx.users.find((u) => u.userPrincipalName.toLowerCase() === upn.toLowerCase());
  if (!user) throw new Error(`Unknown user ${upn}`);
  const author = siteUserFor(ctx.db, user).id;
  const fs = fieldSet(ctx.db, list);
  const type = itemTypeName(list);
  const root = rootFolderUrl(SITE_PATH, list);
  const moderated = lp(list, 'EnableModeration', false);
  return inTransaction(ctx.db, () => {
    const start = (ctx.db.prepare('SELECT next_id FROM sp_lists WHERE id = ?').get(list.id) as { next_id: number }).next_id;
    const insert = ctx.db.prepare(
      'INSERT INTO sp_items(list_id, kind, id, guid, scope_id, fsobj, dir_ref, leaf, author_id, editor_id, created, modified, version, mod_status, mod_comments, data) VALUES (?,0,?,?,?,1,?,?,?,?,?,?,1,?,NULL,?)',
    );
    const grant = ctx.db.prepare('INSERT OR IGNORE INTO sp_role_assignments(scope_id, principal_id, role_def_id) VALUES (?, ?, ?)');
    const now = spDate();
    // The names at the list's root, read once (a look-up per folder would scan the root's growing contents).
    const taken = new Set(
      all<{ leaf: string }>(ctx.db, 'SELECT leaf FROM sp_items WHERE list_id = ? AND kind = 0 AND dir_ref = ?', list.id, root).map((r) =>
        r.leaf.toLowerCase(),
      ),
    );
    const ids = folders.map((f, i) => {
      checkItemName(f.name);
      if (taken.has(f.name.toLowerCase())) throw new Error(`A file or folder with the name ${root}/${f.name} already exists.`);
      taken.add(f.name.toLowerCase());
      const id = start + i;
      const scope = Number(run(ctx.db, "INSERT INTO sp_scopes(kind, list_id, item_id) VALUES ('item', ?, ?)", list.id, id).lastInsertRowid);
      const data: Record<string, unknown> = {};
      for (const [fd, v] of bodyToData(ctx.db, fs, { Title: f.name }, type)) if (v !== null && v !== undefined) data[fd.internal] = v;
      insert.run(list.id, id, newGuid(), scope, root, f.name, author, author, now, now, moderated ? 0 : null, JSON.stringify(data));
      grant.run(scope, author, ROLE.FullControl);
      for (const g of f.grants) {
        grant.run(scope, g.principalId, g.roleDefId);
        limitedAccessAbove(ctx.db, [WEB_SCOPE, list.scope_id], g.principalId);
      }
      return id;
    });
    run(
      ctx.db,
      'UPDATE sp_lists SET next_id = ?, item_count = item_count + ?, modified = ? WHERE id = ?',
      start + folders.length,
      folders.length,
      now,
      list.id,
    );
    return ids;
  });
}
