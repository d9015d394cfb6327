/** Row shapes shared by the SharePoint modules, and the loaders for lists and their rows. */
import type { DatabaseSync } from 'node:sqlite';
import { get, parseJson } from './store.ts';

export interface ListRow {
  id: number;
  guid: string;
  title: string;
  url_name: string;
  entity_name: string;
  base_template: number;
  scope_id: number;
  created: string;
  modified: string;
  next_id: number;
  item_count: number;
  props: Record<string, unknown>;
}

export interface ItemRow {
  list_id: number;
  kind: number;
  id: number;
  guid: string;
  scope_id: number;
  fsobj: number;
  dir_ref: string;
  leaf: string;
  author_id: number;
  editor_id: number;
  created: string;
  modified: string;
  version: number;
  mod_status: number | null;
  mod_comments: string | null;
  data: string;
}

type RawList = Omit<ListRow, 'props'> & { props: string };

export function toList(raw: RawList | undefined): ListRow | undefined {
  return raw ? { ...raw, props: parseJson<Record<string, unknown>>(raw.props, {}) } : undefined;
}

export function listById(db: DatabaseSync, id: number): ListRow | undefined {
  return toList(get<RawList>(db, 'SELECT * FROM sp_lists WHERE id = ?', id));
}

export function listByTitle(db: DatabaseSync, title: string): ListRow | undefined {
  return toList(get<RawList>(db, 'SELECT * FROM sp_lists WHERE title = ?', title));
}

export function listByGuid(db: DatabaseSync, guid: string): ListRow | undefined {
  return toList(get<RawList>(db, 'SELECT * FROM sp_lists WHERE guid = ? COLLATE NOCASE', guid.replace(/[{}]/g, '')));
}

export function listByUrlName(db: DatabaseSync, urlName: string): ListRow | undefined {
  return toList(get<RawList>(db, 'SELECT * FROM sp_lists WHERE url_name = ?', urlName));
}

export function lp<T>(list: ListRow, name: string, fallback: T): T {
  const v = list.props[name];
  return v === undefined ? fallback : (v as T);
}

/** Server-relative URL of the list's root folder: generic lists live under Lists/. */
export function rootFolderUrl(sitePath: string, list: ListRow): string {
  return list.base_template === 101 ? `${sitePath}/${list.url_name}` : `${sitePath}/Lists/${list.url_name}`;
}

export function fileRef(item: ItemRow): string {
  return `${item.dir_ref}/${item.leaf}`;
}

export function itemById(db: DatabaseSync, listId: number, id: number, kind = 0): ItemRow | undefined {
  return get<ItemRow>(db, 'SELECT * FROM sp_items WHERE list_id = ? AND kind = ? AND id = ?', listId, kind, id);
}
