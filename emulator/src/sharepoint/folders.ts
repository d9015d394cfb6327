/**
 * Folders in lists: the list's root folder, folders created with `rootFolder.folders.addUsingPath`,
 * `web.folders.addUsingPath`, `folder.addSubFolderUsingPath` or `AddValidateUpdateItemUsingPath`
 * with UnderlyingObjectType 1, `getFolderByServerRelativePath` and `listItemAllFields`.
 * A folder is a list item (FSObjType 1) whose children have FileDirRef = its FileRef, and whose
 * permissions the items inside inherit
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-folders-and-files-with-rest).
 */
import type { EmuResponse } from '../types.ts';
import { inTransaction } from '../db.ts';
import { badRequest, CODE, SpError } from './errors.ts';
import { fieldSet } from './fields.ts';
import { bodyToData } from './fieldvalues.ts';
import { defaultItemEnt, getItem, visibility } from './items-read.ts';
import { demandAdd, insertItem, itemTypeName, resolveFolder } from './items-write.ts';
import { checkItemName } from './limits.ts';
import { allLists } from './lists.ts';
import { fileRef, itemById, rootFolderUrl, type ItemRow, type ListRow } from './model.ts';
import { Complex, Ent, sendEntity, sendJson } from './odata.ts';
import type { Rq } from './rq.ts';
import { all, stmt } from './store.ts';

export interface FolderRef {
  list: ListRow;
  url: string;
  /** The folder's list item; undefined for the root folder. */
  item?: ItemRow;
}

function fileNotFound(path: string): SpError {
  return new SpError(404, CODE.notFound, `File Not Found. The folder '${path}' does not exist or you do not have access to it.`);
}

/** Resolves a server-relative folder path to its list and folder item, security-trimmed. */
export function folderByPath(rq: Rq, path: string): FolderRef {
  const p = path.replace(/\/+$/, '');
  for (const list of allLists(rq)) {
    const root = rootFolderUrl(rq.sitePath, list);
    if (p.toLowerCase() === root.toLowerCase()) return { list, url: root };
    if (!p.toLowerCase().startsWith(`${root.toLowerCase()}/`)) continue;
    // dir_ref and leaf apart, so the (list, kind, dir_ref) index finds the folder without a scan.
    const dir = p.slice(0, p.lastIndexOf('/'));
    const leaf = p.slice(p.lastIndexOf('/') + 1);
    const where = `i.list_id = ${list.id} AND i.fsobj = 1 AND i.kind IN (0, 1) AND i.dir_ref = ? COLLATE NOCASE AND i.leaf = ? COLLATE NOCASE`;
    const scopes = all<{ scope_id: number }>(rq.db, `SELECT i.scope_id FROM sp_items i WHERE ${where}`, dir, leaf).map((r) => r.scope_id);
    if (scopes.length === 0) continue;
    const row = stmt(rq.db, `SELECT i.* FROM sp_items i WHERE ${where} AND ${visibility(rq, list, scopes)}`).get(dir, leaf) as
      ItemRow | undefined;
    if (row) return { list, url: fileRef(row), item: itemById(rq.db, list.id, row.id) };
  }
  throw fileNotFound(path);
}

export function folderOfItem(rq: Rq, list: ListRow, item: ItemRow): FolderRef {
  if (item.fsobj !== 1) throw new SpError(404, CODE.notFound, 'The list item is not a folder.');
  return { list, url: fileRef(item), item };
}

export function folderEnt(rq: Rq, list: ListRow, url: string, item?: ItemRow): Ent {
  const link = `Web/GetFolderByServerRelativePath(decodedurl='${url.replace(/'/g, "''")}')`;
  const ref: FolderRef = { list, url, item };
  const count = all<{ n: number }>(
    rq.db,
    'SELECT COUNT(*) AS n FROM sp_items WHERE list_id = ? AND kind = 0 AND dir_ref = ?',
    list.id,
    url,
  )[0].n;
  return new Ent({
    type: 'SP.Folder',
    uri: `${rq.site}/_api/${link}`,
    editLink: link,
    set: 'SP.ApiData.Folders',
    props: {
      Exists: true,
      ExistsAllowThrowForPolicyFailures: true,
      IsWOPIEnabled: false,
      ItemCount: count,
      Name: url.slice(url.lastIndexOf('/') + 1),
      ProgID: null,
      ServerRelativePath: new Complex('SP.ResourcePath', { DecodedUrl: url }),
      ServerRelativeUrl: url,
      TimeCreated: item?.created ?? list.created,
      TimeLastModified: item?.modified ?? list.modified,
      UniqueId: item?.guid ?? list.guid,
      WelcomePage: '',
    },
    nav: {
      ListItemAllFields: () => (item ? defaultItemEnt(rq, list, item) : null),
      Folders: () => subFolders(rq, ref).map((f) => folderEnt(rq, list, f.url, f.item)),
    },
  });
}

export function subFolders(rq: Rq, parent: FolderRef): FolderRef[] {
  const rows = stmt(
    rq.db,
    `SELECT i.* FROM sp_items i WHERE i.list_id = ${parent.list.id} AND i.fsobj = 1 AND i.dir_ref = ? AND ${visibility(rq, parent.list)} ORDER BY i.leaf`,
  ).all(parent.url) as unknown as ItemRow[];
  return rows.map((r) => ({ list: parent.list, url: fileRef(r), item: r }));
}

/** Creates a folder (a folder list item) at a server-relative or folder-relative path. */
export function createFolder(rq: Rq, parent: FolderRef | undefined, decodedUrl: string, overwrite: boolean, title?: unknown): FolderRef {
  let full = decodedUrl.replace(/\/+$/, '');
  if (!full.startsWith('/')) {
    if (!parent) throw badRequest(`The folder path '${decodedUrl}' must be server-relative.`, CODE.argument);
    full = `${parent.url}/${full}`;
  }
  const slash = full.lastIndexOf('/');
  const name = full.slice(slash + 1);
  checkItemName(name);
  const container =
    parent && full.slice(0, slash).toLowerCase() === parent.url.toLowerCase() ? parent : folderByPath(rq, full.slice(0, slash));
  const list = container.list;
  const dir = resolveFolder(rq, list, container.url);
  const existing = stmt(rq.db, 'SELECT * FROM sp_items WHERE list_id = ? AND kind = 0 AND dir_ref = ? AND leaf = ? COLLATE NOCASE').get(
    list.id,
    dir,
    name,
  ) as ItemRow | undefined;
  if (existing) {
    if (existing.fsobj === 1 && overwrite) return { list, url: fileRef(existing), item: existing };
    throw new SpError(400, CODE.spException, `A file or folder with the name ${full} already exists.`);
  }
  demandAdd(rq, list, dir);
  const fs = fieldSet(rq.db, list);
  const values = bodyToData(rq.db, fs, { Title: typeof title === 'string' ? title : name }, itemTypeName(list));
  // Folders in a moderated list are created approved so that their contents can be reached.
  const item = inTransaction(rq.db, () => insertItem(rq, list, { dirRef: dir, fsobj: 1, leaf: name, values, modStatus: 0 }));
  return { list, url: fileRef(item), item };
}

export function sendFolder(rq: Rq, f: FolderRef, status = 200): EmuResponse {
  return sendEntity(rq, folderEnt(rq, f.list, f.url, f.item), { status });
}

/** folder/listItemAllFields: the folder's item, or odata.null for a root folder. */
export function sendFolderItem(rq: Rq, f: FolderRef): EmuResponse {
  if (!f.item) return sendJson(rq, 200, rq.fmt === 'verbose' ? { d: null } : { 'odata.null': true });
  return getItem(rq, f.list, f.item);
}
