/**
 * Site users and SharePoint groups. Users get SharePoint ids from 6 up (3, 4 and 5 are the
 * associated Owners, Visitors and Members groups, as on a new site) and claims login names
 * `i:0#.f|membership|<upn>` (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference).
 * Demo users with the 'pod' role are site owners (Full Control), everyone else a member; the
 * site's Members group gets Contribute, as the CoP Hub site is configured (a new modern team site
 * would give Members "Edit", which includes Manage Lists:
 * https://learn.microsoft.com/sharepoint/modern-experience-sharing-permissions).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { EmulatorUser } from '../types.ts';
import { badRequest, CODE, SpError, unsupported } from './errors.ts';
import { Complex, Ent } from './odata.ts';
import { demand, P, ROLE, WEB_SCOPE } from './permissions.ts';
import type { Principal, Rq } from './rq.ts';
import { all, get, metaGet, metaSet, parseJson, run } from './store.ts';

export const GROUP = { Owners: 3, Visitors: 4, Members: 5 } as const;
export const SITE_TITLE = 'CoP Hub';
export const PRINCIPAL_USER = 1;
export const PRINCIPAL_GROUP = 8;

export function claims(upn: string): string {
  return `i:0#.f|membership|${upn.toLowerCase()}`;
}

/** Accepts a claims login, a UPN or an e-mail address and returns the bare UPN/e-mail part. */
export function bareLogin(login: string): string {
  const i = login.lastIndexOf('|');
  return (i >= 0 ? login.slice(i + 1) : login).trim().toLowerCase();
}

export function initPrincipals(db: DatabaseSync, users: readonly EmulatorUser[]): void {
  if (!metaGet(db, 'groups')) {
    const groups: Array<[number, string, string, number]> = [
      [
        GROUP.Owners,
        `${SITE_TITLE} Owners`,
        'Use this group to grant people full control permissions to the SharePoint site.',
        ROLE.FullControl,
      ],
      [GROUP.Visitors, `${SITE_TITLE} Visitors`, 'Use this group to grant people read permissions to the SharePoint site.', ROLE.Read],
      [
        GROUP.Members,
        `${SITE_TITLE} Members`,
        'Use this group to grant people contribute permissions to the SharePoint site.',
        ROLE.Contribute,
      ],
    ];
    for (const [id, title, desc, role] of groups) {
      run(
        db,
        'INSERT INTO sp_principals(id, kind, title, login_name, description, owner_id) VALUES (?, ?, ?, ?, ?, ?)',
        id,
        PRINCIPAL_GROUP,
        title,
        title,
        desc,
        GROUP.Owners,
      );
      run(db, 'INSERT OR IGNORE INTO sp_role_assignments(scope_id, principal_id, role_def_id) VALUES (?, ?, ?)', WEB_SCOPE, id, role);
    }
    run(
      db,
      'INSERT OR IGNORE INTO sp_principals(id, kind, title, login_name) VALUES (1073741823, 1, ?, ?)',
      'System Account',
      'SHAREPOINT\\system',
    );
    metaSet(db, 'groups', '1');
  }
  for (const u of users) siteUserFor(db, u);
}

/** The site user for a demo identity, created on first sight (owners for 'pod', members otherwise). */
export function siteUserFor(db: DatabaseSync, u: EmulatorUser): Principal {
  const found = get<Principal>(db, 'SELECT * FROM sp_principals WHERE login_name = ?', claims(u.userPrincipalName));
  if (found) return found;
  const next = (get<{ n: number }>(db, 'SELECT MAX(id) AS n FROM sp_principals WHERE id < 1073741823')?.n ?? 5) + 1;
  const props = JSON.stringify({
    JobTitle: u.jobTitle,
    Department: u.department,
    FirstName: u.givenName,
    LastName: u.surname,
    Office: u.officeLocation,
  });
  run(
    db,
    'INSERT INTO sp_principals(id, kind, title, login_name, email, upn, entra_id, props) VALUES (?, 1, ?, ?, ?, ?, ?, ?)',
    Math.max(next, 6),
    u.displayName,
    claims(u.userPrincipalName),
    u.mail,
    u.userPrincipalName,
    u.id,
    props,
  );
  const created = get<Principal>(db, 'SELECT * FROM sp_principals WHERE login_name = ?', claims(u.userPrincipalName)) as Principal;
  run(
    db,
    'INSERT OR IGNORE INTO sp_group_members(group_id, user_id) VALUES (?, ?)',
    u.roles.includes('pod') ? GROUP.Owners : GROUP.Members,
    created.id,
  );
  return created;
}

export function principalById(db: DatabaseSync, id: number): Principal | undefined {
  return get<Principal>(db, 'SELECT * FROM sp_principals WHERE id = ?', id);
}

export function userNotFound(): SpError {
  return new SpError(404, CODE.spException, 'User cannot be found.');
}

export function userBy(rq: Rq, how: 'id' | 'email' | 'login', value: string | number): Principal {
  const sql = how === 'id' ? 'id = ?' : how === 'email' ? 'email = ? COLLATE NOCASE' : 'login_name = ?';
  const p = get<Principal>(rq.db, `SELECT * FROM sp_principals WHERE kind = 1 AND ${sql}`, value);
  if (!p) throw userNotFound();
  return p;
}

export function groupBy(rq: Rq, how: 'id' | 'name', value: string | number): Principal {
  const p = get<Principal>(
    rq.db,
    `SELECT * FROM sp_principals WHERE kind = 8 AND ${how === 'id' ? 'id = ?' : 'title = ? COLLATE NOCASE'}`,
    value,
  );
  if (!p) throw new SpError(404, CODE.spException, 'Group cannot be found.');
  return p;
}

export function principalEnt(rq: Rq, p: Principal): Ent {
  return p.kind === PRINCIPAL_GROUP ? groupEnt(rq, p) : userEnt(rq, p);
}

export function userEnt(rq: Rq, p: Principal): Ent {
  const link = `Web/GetUserById(${p.id})`;
  return new Ent({
    type: 'SP.User',
    uri: `${rq.site}/_api/${link}`,
    editLink: link,
    set: 'SP.ApiData.Users',
    props: {
      Id: p.id,
      IsHiddenInUI: false,
      LoginName: p.login_name,
      Title: p.title,
      PrincipalType: PRINCIPAL_USER,
      Email: p.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: p.is_site_admin === 1,
      UserId: p.entra_id
        ? new Complex('SP.UserIdInfo', {
            NameId: p.entra_id.replace(/-/g, '').slice(0, 16),
            NameIdIssuer: 'urn:federation:microsoftonline',
          })
        : null,
      UserPrincipalName: p.upn,
    },
    nav: { Groups: () => groupsOf(rq, p.id).map((g) => groupEnt(rq, g)) },
  });
}

export function groupEnt(rq: Rq, g: Principal): Ent {
  const link = `Web/SiteGroups/GetById(${g.id})`;
  const owner = g.owner_id ? principalById(rq.db, g.owner_id) : undefined;
  const props = parseJson<Record<string, unknown>>(g.props, {});
  return new Ent({
    type: 'SP.Group',
    uri: `${rq.site}/_api/${link}`,
    editLink: link,
    set: 'SP.ApiData.Groups',
    props: {
      Id: g.id,
      IsHiddenInUI: false,
      LoginName: g.title,
      Title: g.title,
      PrincipalType: PRINCIPAL_GROUP,
      AllowMembersEditMembership: props.AllowMembersEditMembership ?? false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: g.description,
      OnlyAllowMembersViewMembership: props.OnlyAllowMembersViewMembership ?? false,
      OwnerTitle: owner?.title ?? '',
      RequestToJoinLeaveEmailSetting: '',
    },
    nav: {
      Users: () => groupMembers(rq, g.id).map((u) => userEnt(rq, u)),
      Owner: () => (owner ? principalEnt(rq, owner) : null),
    },
  });
}

export function allUsers(rq: Rq): Principal[] {
  demand(rq, WEB_SCOPE, P.BrowseUserInfo);
  return all<Principal>(rq.db, 'SELECT * FROM sp_principals WHERE kind = 1 ORDER BY id');
}

export function allGroups(rq: Rq): Principal[] {
  return all<Principal>(rq.db, 'SELECT * FROM sp_principals WHERE kind = 8 ORDER BY id');
}

export function groupsOf(rq: Rq, userId: number): Principal[] {
  return all<Principal>(
    rq.db,
    'SELECT p.* FROM sp_principals p JOIN sp_group_members m ON m.group_id = p.id WHERE m.user_id = ? ORDER BY p.id',
    userId,
  );
}

export function groupMembers(rq: Rq, groupId: number): Principal[] {
  return all<Principal>(
    rq.db,
    'SELECT p.* FROM sp_principals p JOIN sp_group_members m ON m.user_id = p.id WHERE m.group_id = ? ORDER BY p.id',
    groupId,
  );
}

/** web/ensureuser: finds or adds the site user for a login name, UPN or e-mail known to the directory. */
export function ensureUser(rq: Rq, logonName: string): Principal {
  demand(rq, WEB_SCOPE, P.BrowseUserInfo);
  const key = bareLogin(logonName);
  const existing = get<Principal>(rq.db, 'SELECT * FROM sp_principals WHERE kind = 1 AND (upn = ? OR email = ? COLLATE NOCASE)', key, key);
  if (existing) return existing;
  const dir = rq.ctx.users.find((u) => u.userPrincipalName.toLowerCase() === key || u.mail.toLowerCase() === key);
  if (!dir) throw new SpError(404, CODE.spException, `The specified user ${logonName} could not be found.`);
  return siteUserFor(rq.db, dir);
}

/** Changing a group's membership needs Manage Permissions on the site, or membership of the group's owner group. */
function demandGroupOwner(rq: Rq, group: Principal): void {
  const ownsIt =
    group.owner_id !== null &&
    get(rq.db, 'SELECT 1 AS x FROM sp_group_members WHERE group_id = ? AND user_id = ?', group.owner_id, rq.me.id) !== undefined;
  if (!ownsIt && group.owner_id !== rq.me.id) demand(rq, WEB_SCOPE, P.ManagePermissions);
}

/** POST sitegroups(...)/users {LoginName}: adds a user to a SharePoint group (ensuring the site user). */
export function addToGroup(rq: Rq, group: Principal, loginName: unknown): Principal {
  if (typeof loginName !== 'string' || loginName.length === 0)
    throw badRequest("The parameter 'LoginName' is required.", CODE.argumentMinus1);
  demandGroupOwner(rq, group);
  const user = ensureUser(rq, loginName);
  run(rq.db, 'INSERT OR IGNORE INTO sp_group_members(group_id, user_id) VALUES (?, ?)', group.id, user.id);
  rq.perm.clear();
  return user;
}

export function removeFromGroup(rq: Rq, group: Principal, user: Principal): void {
  demandGroupOwner(rq, group);
  run(rq.db, 'DELETE FROM sp_group_members WHERE group_id = ? AND user_id = ?', group.id, user.id);
  rq.perm.clear();
}

/** POST sitegroups {Title, Description}: creates a group owned by its creator's Owners group. */
export function createGroup(rq: Rq, body: Record<string, unknown>): Principal {
  demand(rq, WEB_SCOPE, P.CreateGroups);
  const title = body.Title;
  if (typeof title !== 'string' || !title.trim()) throw badRequest("The parameter 'Title' is required.", CODE.argumentMinus1);
  if (get(rq.db, 'SELECT 1 AS x FROM sp_principals WHERE login_name = ?', title)) {
    throw badRequest(`The specified name is already in use.`, CODE.spException);
  }
  const id = run(
    rq.db,
    'INSERT INTO sp_principals(kind, title, login_name, description, owner_id) VALUES (8, ?, ?, ?, ?)',
    title,
    title,
    String(body.Description ?? ''),
    rq.me.id,
  ).lastInsertRowid;
  return principalById(rq.db, id) as Principal;
}

export function deleteGroup(rq: Rq, group: Principal): void {
  demand(rq, WEB_SCOPE, P.ManagePermissions);
  if (group.id === GROUP.Owners || group.id === GROUP.Members || group.id === GROUP.Visitors) {
    throw unsupported("deleting the site's associated Owners, Members or Visitors group");
  }
  run(rq.db, 'DELETE FROM sp_group_members WHERE group_id = ?', group.id);
  run(rq.db, 'DELETE FROM sp_role_assignments WHERE principal_id = ?', group.id);
  run(rq.db, 'DELETE FROM sp_principals WHERE id = ?', group.id);
  rq.perm.clear();
}
