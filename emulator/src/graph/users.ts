/**
 * /me and /users: the user entity, profile photos, the People API, presence, memberOf and joinedTeams.
 */
import type { EmuResponse } from '../types.ts';
import {
  GROUP_PROPS,
  groupEntity,
  PERSON_FILTER,
  PERSON_PROPS,
  personEntity,
  teamEntity,
  USER_DEFAULT_PROPS,
  USER_FILTER,
  USER_PROPS,
  USER_SEARCH,
  USER_UNMODELLED,
  userEntity,
} from './entities.ts';
import {
  badRequest,
  binaryResponse,
  GraphError,
  type Json,
  jsonResponse,
  metadata,
  methodNotAllowed,
  notFound,
  notImplemented,
  type RouteCtx,
  unknownSegment,
} from './http.ts';
import { checkOptions, type CollectionDef, collectionResponse, countResponse, entityResponse } from './query.ts';
import { findUserRow, getPhoto, getPresence, groupsOfUser, listUsers, type UserRow } from './store.ts';
import { sendToUser } from './activityFeed.ts';

export const USERS_DEF: CollectionDef = {
  entitySet: 'users',
  typeName: 'microsoft.graph.user',
  selectable: USER_PROPS,
  defaultProps: USER_DEFAULT_PROPS,
  unmodelled: USER_UNMODELLED,
  filter: USER_FILTER,
  search: { mode: 'directory', props: USER_SEARCH },
  orderable: new Set(['displayName', 'userPrincipalName']),
  defaultTop: 100,
  maxTop: 999,
  paging: 'skiptoken',
};

/** Pod members hold the Groups Administrator directory role in the emulated tenant (see README). */
export const GROUPS_ADMIN_ROLE: Json = {
  '@odata.type': '#microsoft.graph.directoryRole',
  id: '6a0e0000-0000-4000-8000-000000000001',
  deletedDateTime: null,
  description:
    'Members of this role can create/manage groups, create/manage groups settings like naming and expiration policies, and view groups activity and audit reports.',
  displayName: 'Groups Administrator',
  roleTemplateId: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
};

/** Navigation properties of a user that exist in Graph but are not emulated. */
const USER_NAV_UNEMULATED = new Set([
  'messages',
  'mailFolders',
  'events',
  'calendar',
  'calendars',
  'calendarView',
  'contacts',
  'contactFolders',
  'drive',
  'drives',
  'insights',
  'chats',
  'onenote',
  'planner',
  'todo',
  'outlook',
  'ownedObjects',
  'registeredDevices',
  'ownedDevices',
  'transitiveReports',
  'appRoleAssignments',
  'oauth2PermissionGrants',
  'followedSites',
  'settings',
  'authentication',
  'licenseDetails',
  'photos',
  'activities',
  'onlineMeetings',
  'employeeExperience',
  'solutions',
  'sendMail',
  'getMemberGroups',
  'getMemberObjects',
  'checkMemberGroups',
  'checkMemberObjects',
  'manager@odata.bind',
]);

export function routeUsers(rc: RouteCtx): EmuResponse {
  const [, key, ...rest] = rc.segments;
  const all = (): Json[] => listUsers(rc.ctx.db).map(userEntity);
  if (key === undefined) {
    if (rc.req.method === 'GET') return collectionResponse(rc, USERS_DEF, all());
    // Creating users is an administrator task the solution never does.
    if (rc.req.method === 'POST') throw notImplemented('POST', '/users');
    throw methodNotAllowed();
  }
  if (key === '$count' && rest.length === 0) {
    if (rc.req.method !== 'GET') throw methodNotAllowed();
    return countResponse(rc, USERS_DEF, all());
  }
  const row = findUserRow(rc.ctx.db, key);
  if (!row) throw notFound(key);
  return routeUser(rc, row, rest, `users('${row.id}')`);
}

export function routeMe(rc: RouteCtx): EmuResponse {
  const row = findUserRow(rc.ctx.db, rc.req.user.id);
  if (!row) throw notFound(rc.req.user.id);
  return routeUser(rc, row, rc.segments.slice(1), `users('${row.id}')`);
}

function routeUser(rc: RouteCtx, u: UserRow, rest: string[], self: string): EmuResponse {
  const [nav, ...tail] = rest;
  const get = (): void => {
    if (rc.req.method !== 'GET') throw methodNotAllowed();
  };
  if (nav === undefined) {
    if (rc.req.method === 'PATCH' || rc.req.method === 'DELETE') throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
    get();
    return userResponse(rc, u);
  }
  if (nav === 'photo') return photo(rc, u, tail, self);
  if (nav === 'teamwork' && tail.length === 1 && tail[0] === 'sendActivityNotification') return sendToUser(rc, u.id);
  if (nav === 'teamwork') throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
  if (USER_NAV_UNEMULATED.has(nav) || (nav === 'presence' && tail.length > 0))
    throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
  if (nav === 'memberOf' || nav === 'transitiveMemberOf') {
    get();
    return memberOf(rc, u, tail);
  }
  if (tail.length > 0) throw unknownSegment(tail[0]);
  switch (nav) {
    case 'people':
      get();
      return people(rc, u, self);
    case 'presence':
      get();
      return presence(rc, u, `${self}/presence/$entity`);
    case 'joinedTeams':
      get();
      return joinedTeams(rc, u);
    case 'directReports':
      get();
      // The demo directory has no reporting lines: an empty collection, as for anyone without reports.
      return collectionResponse(
        rc,
        { ...USERS_DEF, entitySet: 'directoryObjects', search: undefined, filter: undefined, orderable: undefined, relationship: true },
        [],
      );
    case 'manager':
      get();
      // https://learn.microsoft.com/graph/api/user-list-manager: 404 when no manager is assigned.
      throw notFound('manager');
    default:
      throw unknownSegment(nav);
  }
}

/** GET a user: $select, plus $expand=manager / directReports as MGT's person card asks. */
function userResponse(rc: RouteCtx, u: UserRow): EmuResponse {
  const expand = rc.query.get('$expand');
  let withReports = false;
  if (expand !== null) {
    // Split on top-level commas: manager($levels=max;$select=a,b),directReports
    const parts: string[] = [];
    let depth = 0;
    let cur = '';
    for (const ch of expand) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (ch === ',' && depth === 0) {
        parts.push(cur);
        cur = '';
      } else cur += ch;
    }
    if (cur.trim()) parts.push(cur);
    for (const part of parts) {
      const name = part.trim().split('(')[0];
      if (name === 'manager') continue; // no manager: Graph leaves the property out
      if (name === 'directReports') {
        withReports = true;
        continue;
      }
      if (name === 'memberOf' || name === 'transitiveMemberOf' || USER_NAV_UNEMULATED.has(name)) {
        throw new GraphError(501, 'NotImplemented', `The CoP Hub emulator does not support $expand=${name} on users.`);
      }
      throw badRequest(`Could not find a property named '${name}' on type 'microsoft.graph.user'.`, 'BadRequest');
    }
  }
  const res = entityResponse(rc, { ...USERS_DEF, entitySet: 'users' }, userEntity(u), ['$expand', '$count']);
  if (withReports) {
    const body = JSON.parse(String(res.body)) as Json;
    body.directReports = [];
    res.body = JSON.stringify(body);
  }
  return res;
}

/** Graph's answer for a user without a photo (https://learn.microsoft.com/graph/api/profilephoto-get). */
export function imageNotFound(): GraphError {
  return new GraphError(
    404,
    'ImageNotFound',
    "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.",
  );
}

function photo(rc: RouteCtx, u: UserRow, tail: string[], self: string): EmuResponse {
  if (tail.length > 1 || (tail.length === 1 && tail[0] !== '$value')) throw unknownSegment(tail[tail.length - 1]);
  if (rc.req.method === 'PUT' || rc.req.method === 'PATCH') throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
  if (rc.req.method !== 'GET') throw methodNotAllowed();
  const p = getPhoto(rc.ctx.db, u.id);
  if (!p) throw imageNotFound();
  if (tail[0] === '$value') {
    checkOptions(rc, []);
    return binaryResponse(rc, Buffer.from(p.bytes), p.content_type, p.etag);
  }
  checkOptions(rc, ['$select']);
  // Photo metadata: https://learn.microsoft.com/graph/api/resources/profilephoto
  return jsonResponse(rc, {
    '@odata.context': metadata(rc.ctx, `${self}/photo/$entity`),
    '@odata.mediaContentType': p.content_type,
    '@odata.mediaEtag': p.etag,
    id: `${p.width}X${p.height}`,
    height: p.height,
    width: p.width,
  });
}

/**
 * The People API ranks people by how the user works with them
 * (https://learn.microsoft.com/graph/people-insights-overview). The emulator's ranking: people who
 * share more groups with the user first, then the same department, then the same office.
 * The user appears in their own results only when searching.
 */
function people(rc: RouteCtx, u: UserRow, self: string): EmuResponse {
  const mine = new Set(groupsOfUser(rc.ctx.db, u.id).map((g) => g.id));
  const searching = rc.query.get('$search') !== null;
  const scored = listUsers(rc.ctx.db)
    .filter((v) => v.id !== u.id || searching)
    .map((v) => {
      const shared = v.id === u.id ? -1 : groupsOfUser(rc.ctx.db, v.id).filter((g) => mine.has(g.id)).length;
      const score = shared * 10 + (v.department === u.department ? 5 : 0) + (v.office_location === u.office_location ? 1 : 0);
      return { v, score };
    })
    .sort((a, b) => b.score - a.score || a.v.ordinal - b.v.ordinal);
  const items = scored.map(({ v }, rank) => personEntity(v, Math.max(1, 100 - rank)));
  return collectionResponse(
    rc,
    {
      entitySet: `${self}/people`,
      typeName: 'microsoft.graph.person',
      selectable: PERSON_PROPS,
      filter: PERSON_FILTER,
      search: { mode: 'people' },
      defaultTop: 10,
      maxTop: 1000,
      paging: 'skip',
    },
    items,
  );
}

export function presenceEntity(rc: RouteCtx, userId: string, context?: string): Json {
  const p = getPresence(rc.ctx.db, userId) ?? { availability: 'PresenceUnknown', activity: 'PresenceUnknown' };
  const body: Json = context ? { '@odata.context': metadata(rc.ctx, context) } : {};
  // https://learn.microsoft.com/graph/api/resources/presence
  return { ...body, id: userId, availability: p.availability, activity: p.activity, statusMessage: null };
}

function presence(rc: RouteCtx, u: UserRow, context: string): EmuResponse {
  checkOptions(rc, []);
  return jsonResponse(rc, presenceEntity(rc, u.id, context));
}

/** Direct and transitive membership (Microsoft 365 groups don't nest), plus the pod's directory role. */
function memberOf(rc: RouteCtx, u: UserRow, tail: string[]): EmuResponse {
  let items: Json[] = groupsOfUser(rc.ctx.db, u.id).map((g) => ({ '@odata.type': '#microsoft.graph.group', ...groupEntity(g) }));
  const roles: Json[] = u.roles.split(',').includes('pod') ? [GROUPS_ADMIN_ROLE] : [];
  let cast: string | undefined = tail[0];
  let rest = tail.slice(1);
  if (cast === '$count') {
    cast = undefined;
    rest = tail;
  }
  if (cast === 'microsoft.graph.directoryRole') items = roles;
  else if (cast === undefined) items = [...items, ...roles];
  else if (cast !== 'microsoft.graph.group') throw unknownSegment(cast);
  const def: CollectionDef = {
    entitySet: cast === 'microsoft.graph.group' ? 'groups' : 'directoryObjects',
    typeName: 'microsoft.graph.directoryObject',
    selectable: new Set([...GROUP_PROPS, 'roleTemplateId']),
    filter: {
      resource: 'DirectoryObject',
      props: new Set(['id', 'displayName', 'mail', 'mailNickname', 'securityEnabled', 'mailEnabled']),
      collections: new Set(['groupTypes', 'resourceProvisioningOptions']),
      directory: true,
    },
    search: { mode: 'directory', props: new Set(['displayName', 'description', 'mail', 'mailNickname']) },
    orderable: new Set(['displayName']),
    relationship: true,
    defaultTop: 100,
    maxTop: 999,
    paging: 'skiptoken',
  };
  if (rest[0] === '$count' && rest.length === 1) return countResponse(rc, def, items);
  if (rest.length > 0) throw unknownSegment(rest[0]);
  return collectionResponse(rc, def, items);
}

/** https://learn.microsoft.com/graph/api/user-list-joinedteams */
function joinedTeams(rc: RouteCtx, u: UserRow): EmuResponse {
  const teams = groupsOfUser(rc.ctx.db, u.id)
    .filter((g) => g.has_team)
    .map((g) => teamEntity(g, false));
  return collectionResponse(
    rc,
    {
      entitySet: 'teams',
      typeName: 'microsoft.graph.team',
      selectable: new Set(['id', 'displayName', 'description', 'isArchived', 'tenantId']),
      defaultTop: 100,
      maxTop: 999,
      paging: 'skiptoken',
    },
    teams,
  );
}
