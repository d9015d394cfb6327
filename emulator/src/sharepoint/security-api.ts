/**
 * REST endpoints of the permission model: roledefinitions (incl. custom levels), roleassignments
 * with addroleassignment/removeroleassignment, breakroleinheritance/resetroleinheritance,
 * EffectiveBasePermissions and getusereffectivepermissions(@user) on web, list and item
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface).
 * Granting access on a list or item also gives the principal "Limited Access" on the parents, as
 * SharePoint does, so they can reach what was shared with them.
 */
import type { EmuResponse } from '../types.ts';
import { badRequest, CODE, propertyNotFound, SpError } from './errors.ts';
import { Complex, Ent, noContent, sendProperty } from './odata.ts';
import {
  demand,
  has,
  highLow,
  itemMask,
  limitedAccessAbove,
  mask,
  P,
  requireUnique,
  ROLE,
  scopeMask,
  scopeOf,
  WEB_SCOPE,
  type Securable,
} from './permissions.ts';
import { principalById, principalEnt, userBy } from './principals.ts';
import type { Principal, Rq } from './rq.ts';
import { all, get, run } from './store.ts';

export interface RoleDefRow {
  id: number;
  name: string;
  description: string;
  ord: number;
  role_type: number;
  high: number;
  low: number;
  hidden: number;
}

export function roleDefEnt(rq: Rq, d: RoleDefRow): Ent {
  const link = `Web/RoleDefinitions(${d.id})`;
  return new Ent({
    type: 'SP.RoleDefinition',
    uri: `${rq.site}/_api/${link}`,
    editLink: link,
    set: 'SP.ApiData.RoleDefinitions',
    props: {
      BasePermissions: new Complex('SP.BasePermissions', highLow(mask(d.high, d.low))),
      Description: d.description,
      Hidden: d.hidden === 1,
      Id: d.id,
      Name: d.name,
      Order: d.ord,
      RoleTypeKind: d.role_type,
    },
  });
}

export function allRoleDefs(rq: Rq): RoleDefRow[] {
  return all<RoleDefRow>(rq.db, 'SELECT * FROM sp_role_defs ORDER BY ord');
}

export function roleDefBy(rq: Rq, how: 'id' | 'name' | 'type', v: string | number): RoleDefRow {
  const col = how === 'id' ? 'id = ?' : how === 'name' ? 'name = ?' : 'role_type = ?';
  const d = get<RoleDefRow>(rq.db, `SELECT * FROM sp_role_defs WHERE ${col}`, v);
  if (!d) throw new SpError(404, CODE.spException, 'Cannot find the role definition.');
  return d;
}

function basePermissions(v: unknown): { high: number; low: number } {
  const o = (v ?? {}) as Record<string, unknown>;
  const high = Number(o.High);
  const low = Number(o.Low);
  if (!Number.isFinite(high) || !Number.isFinite(low)) throw badRequest('BasePermissions must have numeric High and Low.', CODE.argument);
  return { high, low };
}

/** POST roledefinitions {Name, Description, Order, BasePermissions:{High, Low}}. */
export function createRoleDef(rq: Rq, body: Record<string, unknown>): RoleDefRow {
  demand(rq, WEB_SCOPE, P.ManagePermissions);
  for (const k of Object.keys(body))
    if (!['Name', 'Description', 'Order', 'BasePermissions', 'Hidden'].includes(k)) throw propertyNotFound(k, 'SP.RoleDefinition');
  const name = String(body.Name ?? '').trim();
  if (!name) throw badRequest('The permission level name is required.', CODE.argumentMinus1);
  if (get(rq.db, 'SELECT 1 AS x FROM sp_role_defs WHERE name = ?', name))
    throw badRequest('The role definition name is already in use.', CODE.spException);
  const { high, low } = basePermissions(body.BasePermissions);
  const id = Math.max(1073741924, (get<{ n: number }>(rq.db, 'SELECT MAX(id) AS n FROM sp_role_defs')?.n ?? 0) + 1);
  run(
    rq.db,
    'INSERT INTO sp_role_defs(id, name, description, ord, role_type, high, low, hidden) VALUES (?,?,?,?,0,?,?,0)',
    id,
    name,
    String(body.Description ?? ''),
    Number(body.Order ?? 1000),
    high,
    low,
  );
  return roleDefBy(rq, 'id', id);
}

export function updateRoleDef(rq: Rq, d: RoleDefRow, body: Record<string, unknown>): void {
  demand(rq, WEB_SCOPE, P.ManagePermissions);
  if (d.id === ROLE.FullControl || d.id === ROLE.LimitedAccess)
    throw badRequest(`The permission level '${d.name}' cannot be changed.`, CODE.spException);
  const bp = body.BasePermissions !== undefined ? basePermissions(body.BasePermissions) : { high: d.high, low: d.low };
  run(
    rq.db,
    'UPDATE sp_role_defs SET name = ?, description = ?, ord = ?, high = ?, low = ? WHERE id = ?',
    String(body.Name ?? d.name),
    String(body.Description ?? d.description),
    Number(body.Order ?? d.ord),
    bp.high,
    bp.low,
    d.id,
  );
  rq.perm.clear();
}

export function deleteRoleDef(rq: Rq, d: RoleDefRow): void {
  demand(rq, WEB_SCOPE, P.ManagePermissions);
  if (d.role_type !== 0) throw badRequest(`The built-in permission level '${d.name}' cannot be deleted.`, CODE.spException);
  run(rq.db, 'DELETE FROM sp_role_assignments WHERE role_def_id = ?', d.id);
  run(rq.db, 'DELETE FROM sp_role_defs WHERE id = ?', d.id);
  rq.perm.clear();
}

export function securableLink(sec: Securable): string {
  if (sec.kind === 'web') return 'Web';
  const l = `Web/Lists(guid'${sec.list.guid}')`;
  return sec.kind === 'list' ? l : `${l}/Items(${sec.item.id})`;
}

export function roleAssignmentEnt(rq: Rq, sec: Securable, principalId: number): Ent {
  const link = `${securableLink(sec)}/RoleAssignments/GetByPrincipalId(${principalId})`;
  const scope = scopeOf(sec);
  return new Ent({
    type: 'SP.RoleAssignment',
    uri: `${rq.site}/_api/${link}`,
    editLink: link,
    set: 'SP.ApiData.RoleAssignments',
    props: { PrincipalId: principalId },
    nav: {
      Member: () => principalEnt(rq, principalById(rq.db, principalId) as Principal),
      RoleDefinitionBindings: () => bindings(rq, scope, principalId).map((d) => roleDefEnt(rq, d)),
    },
  });
}

export function bindings(rq: Rq, scope: number, principalId: number): RoleDefRow[] {
  return all<RoleDefRow>(
    rq.db,
    'SELECT d.* FROM sp_role_defs d JOIN sp_role_assignments a ON a.role_def_id = d.id WHERE a.scope_id = ? AND a.principal_id = ? ORDER BY d.ord',
    scope,
    principalId,
  );
}

export function roleAssignments(rq: Rq, sec: Securable): Ent[] {
  demand(rq, scopeOf(sec), P.EnumeratePermissions);
  return all<{ principal_id: number }>(
    rq.db,
    'SELECT DISTINCT principal_id FROM sp_role_assignments WHERE scope_id = ? ORDER BY principal_id',
    scopeOf(sec),
  ).map((r) => roleAssignmentEnt(rq, sec, r.principal_id));
}

export function roleAssignmentOf(rq: Rq, sec: Securable, principalId: number): Ent {
  demand(rq, scopeOf(sec), P.EnumeratePermissions);
  if (!get(rq.db, 'SELECT 1 AS x FROM sp_role_assignments WHERE scope_id = ? AND principal_id = ?', scopeOf(sec), principalId)) {
    throw new SpError(404, CODE.argument, 'Can not find the principal with id: ' + principalId + '.');
  }
  return roleAssignmentEnt(rq, sec, principalId);
}

/** addroleassignment / removeroleassignment (and DELETE of a role assignment when roleDefId is undefined). */
export function changeAssignment(rq: Rq, sec: Securable, add: boolean, principalId: number, roleDefId?: number): EmuResponse {
  const scope = scopeOf(sec);
  demand(rq, scope, P.ManagePermissions);
  requireUnique(rq, sec);
  if (!principalById(rq.db, principalId)) throw new SpError(404, CODE.argument, `Can not find the principal with id: ${principalId}.`);
  if (roleDefId !== undefined) roleDefBy(rq, 'id', roleDefId);
  if (add && roleDefId !== undefined) {
    run(
      rq.db,
      'INSERT OR IGNORE INTO sp_role_assignments(scope_id, principal_id, role_def_id) VALUES (?, ?, ?)',
      scope,
      principalId,
      roleDefId,
    );
    limitedAccessAbove(rq.db, sec.kind === 'item' ? [WEB_SCOPE, sec.list.scope_id] : sec.kind === 'list' ? [WEB_SCOPE] : [], principalId);
  } else if (roleDefId !== undefined) {
    run(
      rq.db,
      'DELETE FROM sp_role_assignments WHERE scope_id = ? AND principal_id = ? AND role_def_id = ?',
      scope,
      principalId,
      roleDefId,
    );
  } else run(rq.db, 'DELETE FROM sp_role_assignments WHERE scope_id = ? AND principal_id = ?', scope, principalId);
  rq.perm.clear();
  return noContent();
}

export function effectiveMask(rq: Rq, sec: Securable, userId: number = rq.me.id): bigint {
  return sec.kind === 'item' ? itemMask(rq, sec.list, sec.item, userId) : scopeMask(rq, scopeOf(sec), userId);
}

export function sendEffective(rq: Rq, sec: Securable, userId?: number): EmuResponse {
  return sendProperty(
    rq,
    'EffectiveBasePermissions',
    new Complex('SP.BasePermissions', highLow(effectiveMask(rq, sec, userId))),
    'SP.BasePermissions',
  );
}

/** getusereffectivepermissions(@user): another user's mask needs Enumerate Permissions. */
export function sendUserEffective(rq: Rq, sec: Securable, login: string): EmuResponse {
  const user = userBy(rq, 'login', login.includes('|') ? login : `i:0#.f|membership|${login.toLowerCase()}`);
  if (user.id !== rq.me.id && !has(scopeMask(rq, scopeOf(sec)), P.EnumeratePermissions))
    throw new SpError(403, CODE.accessDenied, 'Access denied. You do not have permission to perform this action or access this resource.');
  return sendProperty(
    rq,
    'GetUserEffectivePermissions',
    new Complex('SP.BasePermissions', highLow(effectiveMask(rq, sec, user.id))),
    'SP.BasePermissions',
  );
}
