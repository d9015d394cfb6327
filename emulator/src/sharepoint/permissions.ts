/**
 * SharePoint's permission model: base permissions (64-bit masks with SharePoint's own bit values),
 * role definitions (permission levels), role assignments on securable objects, and inheritance
 * web → list → folder → item, broken and restored per object.
 * Bits: https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms412690(v=office.15) (SPBasePermissions)
 * and .../ee536458(v=office.15) (PermissionKind); levels: https://learn.microsoft.com/sharepoint/understanding-permission-levels
 */
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../db.ts';
import { accessDenied, badRequest, CODE } from './errors.ts';
import { fileRef, type ItemRow, type ListRow } from './model.ts';
import type { Rq } from './rq.ts';
import { all, get, run } from './store.ts';

export const P = {
  ViewListItems: 0x1n,
  AddListItems: 0x2n,
  EditListItems: 0x4n,
  DeleteListItems: 0x8n,
  ApproveItems: 0x10n,
  OpenItems: 0x20n,
  ViewVersions: 0x40n,
  DeleteVersions: 0x80n,
  /** "Override List Behaviors": lets a user read and edit all items despite item-level settings. */
  CancelCheckout: 0x100n,
  ManagePersonalViews: 0x200n,
  ManageLists: 0x800n,
  ViewFormPages: 0x1000n,
  Open: 0x10000n,
  ViewPages: 0x20000n,
  AddAndCustomizePages: 0x40000n,
  ManageSubwebs: 0x800000n,
  CreateGroups: 0x1000000n,
  ManagePermissions: 0x2000000n,
  BrowseDirectories: 0x4000000n,
  BrowseUserInfo: 0x8000000n,
  ManageWeb: 0x40000000n,
  UseClientIntegration: 0x1000000000n,
  UseRemoteAPIs: 0x2000000000n,
  CreateAlerts: 0x8000000000n,
  EditMyUserInfo: 0x10000000000n,
  EnumeratePermissions: 0x4000000000000000n,
  FullMask: 0x7fffffffffffffffn,
} as const;

export const ROLE = {
  FullControl: 1073741829,
  Design: 1073741828,
  Edit: 1073741830,
  Contribute: 1073741827,
  Read: 1073741826,
  LimitedAccess: 1073741825,
} as const;

/** The built-in permission levels with the High/Low masks SharePoint Online reports for them. */
const BUILTIN: Array<[number, string, string, number, number, number, number, number]> = [
  [ROLE.FullControl, 'Full Control', 'Has full control.', 1, 5, 2147483647, 4294967295, 0],
  [ROLE.Design, 'Design', 'Can view, add, update, delete, approve, and customize.', 32, 4, 432, 1012866047, 0],
  [
    ROLE.Edit,
    'Edit',
    'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    48,
    6,
    432,
    1011030767,
    0,
  ],
  [ROLE.Contribute, 'Contribute', 'Can view, add, update, and delete list items and documents.', 64, 3, 432, 1011028719, 0],
  [ROLE.Read, 'Read', 'Can view pages and list items and download documents.', 128, 2, 176, 138612833, 0],
  // Limited Access: Open, View Application Pages, Browse User Information, client integration and remote APIs
  // (the rights listed for it on the page above); granted automatically on parents of uniquely shared objects.
  [
    ROLE.LimitedAccess,
    'Limited Access',
    'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    160,
    1,
    48,
    134287360,
    1,
  ],
];

export const WEB_SCOPE = 1;

export function initRoleDefs(db: DatabaseSync): void {
  for (const [id, name, desc, ord, type, high, low, hidden] of BUILTIN) {
    run(
      db,
      'INSERT OR IGNORE INTO sp_role_defs(id, name, description, ord, role_type, high, low, hidden) VALUES (?,?,?,?,?,?,?,?)',
      id,
      name,
      desc,
      ord,
      type,
      high,
      low,
      hidden,
    );
  }
  run(db, "INSERT OR IGNORE INTO sp_scopes(id, kind, list_id, item_id) VALUES (1, 'web', NULL, NULL)");
}

export function mask(high: number | bigint | string, low: number | bigint | string): bigint {
  return (BigInt(high) << 32n) | BigInt(low);
}

/** Int64 halves as SharePoint serialises them (strings). */
export function highLow(m: bigint): { High: string; Low: string } {
  return { High: String(m >> 32n), Low: String(m & 0xffffffffn) };
}

export function has(m: bigint, perm: bigint): boolean {
  return (m & perm) === perm;
}

/** Effective mask of a user on a scope: the union of the role definitions assigned to them or their groups. */
export function scopeMask(rq: Rq, scopeId: number, userId: number = rq.me.id): bigint {
  const key = `${userId}:${scopeId}`;
  const cached = rq.perm.get(key);
  if (cached !== undefined) return cached;
  let m = 0n;
  const admin = get<{ is_site_admin: number }>(rq.db, 'SELECT is_site_admin FROM sp_principals WHERE id = ?', userId);
  if (admin?.is_site_admin) m = P.FullMask;
  else {
    const rows = all<{ high: number; low: number }>(
      rq.db,
      `SELECT d.high, d.low FROM sp_role_assignments a JOIN sp_role_defs d ON d.id = a.role_def_id
       WHERE a.scope_id = ? AND (a.principal_id = ? OR a.principal_id IN (SELECT group_id FROM sp_group_members WHERE user_id = ?))`,
      scopeId,
      userId,
      userId,
    );
    for (const r of rows) m |= mask(r.high, r.low);
  }
  rq.perm.set(key, m);
  return m;
}

/**
 * Computes the caller's masks on many scopes in one query and caches them for this request: a list
 * with a folder per community has thousands of scopes, and every read of it weighs each one.
 */
export function primeScopeMasks(rq: Rq, scopeIds: readonly number[]): void {
  const userId = rq.me.id;
  const todo = scopeIds.filter((s) => !rq.perm.has(`${userId}:${s}`));
  if (todo.length === 0) return;
  const admin = get<{ is_site_admin: number }>(rq.db, 'SELECT is_site_admin FROM sp_principals WHERE id = ?', userId);
  const masks = new Map<number, bigint>(todo.map((s) => [s, admin?.is_site_admin ? P.FullMask : 0n]));
  if (!admin?.is_site_admin) {
    const rows = all<{ scope_id: number; high: number; low: number }>(
      rq.db,
      `SELECT a.scope_id, d.high, d.low FROM sp_role_assignments a JOIN sp_role_defs d ON d.id = a.role_def_id
       WHERE a.scope_id IN (SELECT value FROM json_each(?)) AND (a.principal_id = ? OR a.principal_id IN (SELECT group_id FROM sp_group_members WHERE user_id = ?))`,
      JSON.stringify(todo),
      userId,
      userId,
    );
    for (const r of rows) masks.set(r.scope_id, (masks.get(r.scope_id) ?? 0n) | mask(r.high, r.low));
  }
  masks.forEach((m, s) => rq.perm.set(`${userId}:${s}`, m));
}

export function demand(rq: Rq, scopeId: number, perm: bigint): void {
  if (!has(scopeMask(rq, scopeId), perm)) throw accessDenied();
}

export type Securable = { kind: 'web' } | { kind: 'list'; list: ListRow } | { kind: 'item'; list: ListRow; item: ItemRow };

export function scopeOf(sec: Securable): number {
  return sec.kind === 'web' ? WEB_SCOPE : sec.kind === 'list' ? sec.list.scope_id : sec.item.scope_id;
}

export function hasUnique(db: DatabaseSync, sec: Securable): boolean {
  if (sec.kind === 'web') return true;
  if (sec.kind === 'list') return sec.list.scope_id !== WEB_SCOPE;
  const s = get<{ id: number }>(
    db,
    "SELECT id FROM sp_scopes WHERE kind = 'item' AND list_id = ? AND item_id = ?",
    sec.list.id,
    sec.item.id,
  );
  return s !== undefined && s.id === sec.item.scope_id;
}

/** Scope an item inherits from: its folder's, or the list's at the root. */
export function parentScope(db: DatabaseSync, list: ListRow, dirRef: string): number {
  const folder = get<{ scope_id: number }>(
    db,
    'SELECT scope_id FROM sp_items WHERE list_id = ? AND kind = 0 AND fsobj = 1 AND dir_ref = ? AND leaf = ?',
    list.id,
    dirRef.slice(0, dirRef.lastIndexOf('/')),
    dirRef.slice(dirRef.lastIndexOf('/') + 1),
  );
  return folder ? folder.scope_id : list.scope_id;
}

/**
 * What SharePoint adds when a principal is granted a level on a list or item: Limited Access on each
 * parent (`parents`: the web, and the list for an item) where it holds nothing yet, so it can reach the object
 * (https://learn.microsoft.com/sharepoint/understanding-permission-levels, "Limited Access").
 */
export function limitedAccessAbove(db: DatabaseSync, parents: readonly number[], principalId: number): void {
  for (const p of new Set(parents)) {
    if (!get(db, 'SELECT 1 AS x FROM sp_role_assignments WHERE scope_id = ? AND principal_id = ?', p, principalId))
      run(db, 'INSERT INTO sp_role_assignments(scope_id, principal_id, role_def_id) VALUES (?, ?, ?)', p, principalId, ROLE.LimitedAccess);
  }
}

/** Condition selecting an item and everything inside it (when it is a folder). */
function subtree(item: ItemRow): { sql: string; params: string[] } {
  const ref = fileRef(item);
  return { sql: '(id = ? OR dir_ref = ? OR substr(dir_ref, 1, ?) = ?)', params: [String(item.id), ref, String(ref.length + 1), `${ref}/`] };
}

function dropScope(db: DatabaseSync, scopeId: number): void {
  run(db, 'DELETE FROM sp_role_assignments WHERE scope_id = ?', scopeId);
  run(db, 'DELETE FROM sp_scopes WHERE id = ?', scopeId);
}

/**
 * breakroleinheritance(copyRoleAssignments, clearSubscopes): the object gets its own scope; with
 * copy=false "the collection of role assignments must contain only 1 role assignment containing the
 * current user" (the caller, given Full Control); clearSubscopes resets descendants to inherit
 * (https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee545470(v=office.14),
 * https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee573144(v=office.15)).
 */
export function breakInheritance(rq: Rq, sec: Securable, copy: boolean, clearSubscopes: boolean): void {
  demand(rq, scopeOf(sec), P.ManagePermissions);
  // The top-level site always has unique permissions; SharePoint refuses to break them again.
  if (sec.kind === 'web')
    throw badRequest('This securable object is a site and it is the top level site; it cannot break role inheritance.', CODE.spException);
  inTransaction(rq.db, () => {
    const old = scopeOf(sec);
    let scope = old;
    if (!hasUnique(rq.db, sec)) {
      scope = run(
        rq.db,
        'INSERT INTO sp_scopes(kind, list_id, item_id) VALUES (?, ?, ?)',
        sec.kind,
        sec.list.id,
        sec.kind === 'item' ? sec.item.id : null,
      ).lastInsertRowid;
      if (copy)
        run(
          rq.db,
          'INSERT INTO sp_role_assignments(scope_id, principal_id, role_def_id) SELECT ?, principal_id, role_def_id FROM sp_role_assignments WHERE scope_id = ?',
          scope,
          old,
        );
      else
        run(
          rq.db,
          'INSERT INTO sp_role_assignments(scope_id, principal_id, role_def_id) VALUES (?, ?, ?)',
          scope,
          rq.me.id,
          ROLE.FullControl,
        );
    }
    if (sec.kind === 'list') {
      if (clearSubscopes) {
        for (const s of all<{ id: number }>(rq.db, "SELECT id FROM sp_scopes WHERE kind = 'item' AND list_id = ?", sec.list.id))
          dropScope(rq.db, s.id);
        run(rq.db, 'UPDATE sp_items SET scope_id = ? WHERE list_id = ?', scope, sec.list.id);
      } else run(rq.db, 'UPDATE sp_items SET scope_id = ? WHERE list_id = ? AND scope_id = ?', scope, sec.list.id, old);
      run(rq.db, 'UPDATE sp_lists SET scope_id = ? WHERE id = ?', scope, sec.list.id);
      sec.list.scope_id = scope;
    } else {
      const t = subtree(sec.item);
      if (clearSubscopes) {
        const inner = all<{ scope_id: number }>(
          rq.db,
          `SELECT DISTINCT scope_id FROM sp_items WHERE list_id = ? AND kind = 0 AND ${t.sql} AND scope_id <> ?`,
          sec.list.id,
          ...t.params,
          scope,
        );
        for (const s of inner) if (s.scope_id !== scope && s.scope_id !== old) dropScope(rq.db, s.scope_id);
        run(rq.db, `UPDATE sp_items SET scope_id = ? WHERE list_id = ? AND ${t.sql}`, scope, sec.list.id, ...t.params);
      } else
        run(
          rq.db,
          `UPDATE sp_items SET scope_id = ? WHERE list_id = ? AND scope_id = ? AND ${t.sql}`,
          scope,
          sec.list.id,
          old,
          ...t.params,
        );
      sec.item.scope_id = scope;
    }
  });
  rq.perm.clear();
}

/** resetroleinheritance: the object and everything inheriting from it go back to the parent's scope. */
export function resetInheritance(rq: Rq, sec: Securable): void {
  demand(rq, scopeOf(sec), P.ManagePermissions);
  if (sec.kind === 'web') throw badRequest('The root web of a site collection cannot inherit permissions.', CODE.spException);
  if (!hasUnique(rq.db, sec)) return;
  inTransaction(rq.db, () => {
    const own = scopeOf(sec);
    const parent = sec.kind === 'list' ? WEB_SCOPE : parentScope(rq.db, sec.list, sec.item.dir_ref);
    run(rq.db, 'UPDATE sp_items SET scope_id = ? WHERE list_id = ? AND scope_id = ?', parent, sec.list.id, own);
    if (sec.kind === 'list') {
      run(rq.db, 'UPDATE sp_lists SET scope_id = ? WHERE id = ?', parent, sec.list.id);
      sec.list.scope_id = parent;
    } else sec.item.scope_id = parent;
    dropScope(rq.db, own);
  });
  rq.perm.clear();
}

/** The error SharePoint gives when role assignments are changed on an object that inherits. */
export function requireUnique(rq: Rq, sec: Securable): void {
  if (!hasUnique(rq.db, sec)) throw badRequest('This operation is not allowed on an object that inherits permissions.', CODE.spException);
}

/**
 * An item's effective mask with the list's item-level settings applied: ReadSecurity=2 hides other
 * people's items, WriteSecurity=2 limits edit/delete to one's own items, WriteSecurity=4 allows no
 * writes — except for users with "Override List Behaviors" (CancelCheckout): "Users with the Cancel
 * Checkout permission can read and edit all items" (list Advanced Settings; quoted at
 * https://natechamberlain.com/2018/09/02/sharepoint-cancel-checkout-permissions/; values per
 * https://learn.microsoft.com/openspecs/sharepoint_protocols/ms-wsscaml/bf869a72-d417-448e-9b46-805094c1395a).
 */
export function itemMask(rq: Rq, list: ListRow, item: Pick<ItemRow, 'scope_id' | 'author_id'>, userId: number = rq.me.id): bigint {
  let m = scopeMask(rq, item.scope_id, userId);
  if (has(m, P.CancelCheckout)) return m;
  const own = item.author_id === userId;
  if (Number(list.props.ReadSecurity ?? 1) === 2 && !own)
    m &= ~(P.ViewListItems | P.OpenItems | P.ViewVersions | P.EditListItems | P.DeleteListItems | P.ApproveItems);
  const ws = Number(list.props.WriteSecurity ?? 1);
  if (ws === 4 || (ws === 2 && !own)) m &= ~(P.EditListItems | P.DeleteListItems);
  if (ws === 4) m &= ~P.AddListItems;
  return m;
}
