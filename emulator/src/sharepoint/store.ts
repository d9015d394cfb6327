/**
 * Storage of the SharePoint half (one SQLite connection, see ../db.ts).
 *
 * Items of every list live in ONE table, `sp_items`, with the values SharePoint keeps for every
 * item as real columns (ID, author/editor, created/modified, folder path, the security scope,
 * the moderation status, the version used as ETag) and the list's own fields as one JSON object
 * (`data`, keyed by internal name). Filters and sorts on list fields compile to
 * `json_extract(data, '$."Field"')`; when a field is marked Indexed the emulator creates a partial
 * expression index `ON sp_items(list_id, kind, json_extract(data,'$."Field"')) WHERE list_id = N`,
 * so filtering a 12,000-item list on an indexed column, and paging by ID (primary key
 * (list_id, kind, id)), never scans the table. `kind` is 0 for the current version of an item and 1
 * for the last approved version that a moderated list keeps showing to people who may not see
 * drafts (see moderation in items-write.ts).
 *
 * Security follows SharePoint's own model: every securable object with unique permissions owns a
 * row in `sp_scopes`; role assignments hang off scopes; every list and item stores the id of the
 * scope it currently takes its permissions from (SharePoint's ScopeId), so security trimming is a
 * `scope_id IN (...)` condition and breaking inheritance is one UPDATE.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { randomUUID } from 'node:crypto';

export const DDL = `
CREATE TABLE IF NOT EXISTS sp_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sp_principals (
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL,
  title TEXT NOT NULL,
  login_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  email TEXT NOT NULL DEFAULT '',
  upn TEXT COLLATE NOCASE,
  entra_id TEXT,
  description TEXT,
  owner_id INTEGER,
  is_site_admin INTEGER NOT NULL DEFAULT 0,
  props TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS sp_group_members (
  group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sp_group_members_user ON sp_group_members(user_id);
CREATE TABLE IF NOT EXISTS sp_role_defs (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, description TEXT NOT NULL DEFAULT '',
  ord INTEGER NOT NULL, role_type INTEGER NOT NULL, high INTEGER NOT NULL, low INTEGER NOT NULL, hidden INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sp_scopes (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, list_id INTEGER, item_id INTEGER);
CREATE INDEX IF NOT EXISTS sp_scopes_list ON sp_scopes(list_id, item_id);
CREATE TABLE IF NOT EXISTS sp_role_assignments (
  scope_id INTEGER NOT NULL, principal_id INTEGER NOT NULL, role_def_id INTEGER NOT NULL,
  PRIMARY KEY (scope_id, principal_id, role_def_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sp_lists (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  url_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  entity_name TEXT NOT NULL,
  base_template INTEGER NOT NULL,
  scope_id INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  next_id INTEGER NOT NULL DEFAULT 1,
  item_count INTEGER NOT NULL DEFAULT 0,
  props TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS sp_fields (
  list_id INTEGER NOT NULL,
  guid TEXT NOT NULL,
  internal_name TEXT NOT NULL,
  title TEXT NOT NULL,
  type_kind INTEGER NOT NULL,
  type_as_string TEXT NOT NULL,
  builtin INTEGER NOT NULL DEFAULT 0,
  ord INTEGER NOT NULL,
  props TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (list_id, internal_name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sp_views (
  list_id INTEGER NOT NULL, guid TEXT NOT NULL, title TEXT NOT NULL, is_default INTEGER NOT NULL DEFAULT 0,
  ord INTEGER NOT NULL, props TEXT NOT NULL DEFAULT '{}', fields TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (list_id, guid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sp_items (
  list_id INTEGER NOT NULL,
  kind INTEGER NOT NULL DEFAULT 0,
  id INTEGER NOT NULL,
  guid TEXT NOT NULL,
  scope_id INTEGER NOT NULL,
  fsobj INTEGER NOT NULL DEFAULT 0,
  dir_ref TEXT NOT NULL,
  leaf TEXT NOT NULL,
  author_id INTEGER NOT NULL,
  editor_id INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  mod_status INTEGER,
  mod_comments TEXT,
  data TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (list_id, kind, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sp_items_dir ON sp_items(list_id, kind, dir_ref);
CREATE INDEX IF NOT EXISTS sp_items_dir_nc ON sp_items(list_id, kind, dir_ref COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS sp_items_leaf_nc ON sp_items(list_id, dir_ref COLLATE NOCASE, leaf COLLATE NOCASE);
-- A folder by its place (parentScope: the scope an item added to it takes), among folders only.
CREATE INDEX IF NOT EXISTS sp_items_folders ON sp_items(list_id, dir_ref, leaf) WHERE fsobj = 1 AND kind = 0;
CREATE TABLE IF NOT EXISTS sp_recycle (
  guid TEXT PRIMARY KEY, list_id INTEGER NOT NULL, item_id INTEGER NOT NULL, deleted_by INTEGER NOT NULL,
  deleted TEXT NOT NULL, row TEXT NOT NULL
);
`;

const cache = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/** A cached prepared statement (preparing is the expensive part of a small query). */
export function stmt(db: DatabaseSync, sql: string): StatementSync {
  let m = cache.get(db);
  if (!m) {
    m = new Map();
    cache.set(db, m);
  }
  let s = m.get(sql);
  if (!s) {
    // Item queries inline ids and filters into the SQL; keep the cache bounded.
    if (m.size > 1000) m.clear();
    s = db.prepare(sql);
    m.set(sql, s);
  }
  return s;
}

export type SqlValue = string | number | bigint | null | Uint8Array;
/** A row as node:sqlite returns it. */
export type Row = Record<string, SqlValue>;

export function all<T>(db: DatabaseSync, sql: string, ...params: SqlValue[]): T[] {
  return stmt(db, sql).all(...params) as unknown as T[];
}

export function get<T>(db: DatabaseSync, sql: string, ...params: SqlValue[]): T | undefined {
  return stmt(db, sql).get(...params) as unknown as T | undefined;
}

export function run(db: DatabaseSync, sql: string, ...params: SqlValue[]): { changes: number; lastInsertRowid: number } {
  const r = stmt(db, sql).run(...params);
  return { changes: Number(r.changes), lastInsertRowid: Number(r.lastInsertRowid) };
}

export function newGuid(): string {
  return randomUUID();
}

/** SharePoint's REST date format: ISO 8601 in UTC without milliseconds. */
export function spDate(d: Date = new Date()): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function metaGet(db: DatabaseSync, key: string): string | undefined {
  return get<{ value: string }>(db, 'SELECT value FROM sp_meta WHERE key = ?', key)?.value;
}

export function metaSet(db: DatabaseSync, key: string, value: string): void {
  run(db, 'INSERT INTO sp_meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', key, value);
}

export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  return JSON.parse(text) as T;
}
