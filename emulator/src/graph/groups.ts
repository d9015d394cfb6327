/**
 * /groups and /teams: Microsoft 365 groups, their members and owners (list, add through $ref,
 * remove), and the team behind a group. Membership changes follow Graph's delegated rules
 * (https://learn.microsoft.com/graph/api/group-post-members): the signed-in user must own the group
 * or hold a directory role that manages groups. In the emulator, users with the 'pod' role hold
 * Groups Administrator (see README); everyone else gets 403 Authorization_RequestDenied.
 */
import type { EmuResponse } from '../types.ts';
import {
  GROUP_FILTER,
  GROUP_PROPS,
  GROUP_SEARCH,
  groupEntity,
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
  forbidden,
  GraphError,
  jsonResponse,
  metadata,
  methodNotAllowed,
  noContent,
  notFound,
  notImplemented,
  readJsonBody,
  type RouteCtx,
  unknownSegment,
} from './http.ts';
import { checkOptions, type CollectionDef, collectionResponse, countResponse, entityResponse } from './query.ts';
import {
  addToRelation,
  findGroupByNickname,
  findGroupRow,
  findUserRow,
  type GroupRow,
  inRelation,
  insertGroup,
  listGroups,
  type Relation,
  relationCount,
  relationUsers,
  removeFromRelation,
} from './store.ts';
import { imageNotFound } from './users.ts';

export const GROUPS_DEF: CollectionDef = {
  entitySet: 'groups',
  typeName: 'microsoft.graph.group',
  selectable: GROUP_PROPS,
  filter: GROUP_FILTER,
  search: { mode: 'directory', props: GROUP_SEARCH },
  orderable: new Set(['displayName']),
  defaultTop: 100,
  maxTop: 999,
  paging: 'skiptoken',
};

/** members / owners / transitiveMembers: users only here, since Microsoft 365 groups can't nest groups. */
function relationDef(cast: string | undefined): CollectionDef {
  return {
    entitySet: cast === 'microsoft.graph.user' ? 'users' : 'directoryObjects',
    typeName: cast === 'microsoft.graph.user' ? 'microsoft.graph.user' : 'microsoft.graph.directoryObject',
    selectable: USER_PROPS,
    defaultProps: USER_DEFAULT_PROPS,
    unmodelled: USER_UNMODELLED,
    filter: USER_FILTER,
    search: { mode: 'directory', props: USER_SEARCH },
    orderable: new Set(['displayName']),
    relationship: true,
    defaultTop: 100,
    maxTop: 999,
    paging: 'skiptoken',
    odataType: () => '#microsoft.graph.user',
  };
}

function canManage(rc: RouteCtx, g: GroupRow): boolean {
  return rc.req.user.roles.includes('pod') || inRelation(rc.ctx.db, g.id, 'owners', rc.req.user.id);
}

export function routeGroups(rc: RouteCtx): EmuResponse {
  const [, key, nav, ...tail] = rc.segments;
  if (key === undefined) {
    if (rc.req.method === 'GET') return collectionResponse(rc, GROUPS_DEF, listGroups(rc.ctx.db).map(groupEntity));
    if (rc.req.method === 'POST') return createGroupFromRequest(rc);
    throw methodNotAllowed();
  }
  if (key === '$count' && nav === undefined) {
    if (rc.req.method !== 'GET') throw methodNotAllowed();
    return countResponse(rc, GROUPS_DEF, listGroups(rc.ctx.db).map(groupEntity));
  }
  const g = findGroupRow(rc.ctx.db, key);
  if (!g) throw notFound(key);
  if (nav === undefined) {
    if (rc.req.method === 'GET') return entityResponse(rc, GROUPS_DEF, groupEntity(g));
    if (rc.req.method === 'PATCH' || rc.req.method === 'DELETE') throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
    throw methodNotAllowed();
  }
  switch (nav) {
    case 'members':
    case 'transitiveMembers':
    case 'owners':
      return relation(rc, g, nav === 'owners' ? 'owners' : 'members', nav === 'transitiveMembers', tail);
    case 'photo':
      if (tail.length > 1 || (tail.length === 1 && tail[0] !== '$value')) throw unknownSegment(tail[tail.length - 1]);
      if (rc.req.method !== 'GET') throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
      // The demo groups have no photo: Graph answers 404 (MGT then shows initials).
      throw imageNotFound();
    case 'team':
      if (tail.length > 0) throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
      return team(rc, g);
  }
  const unemulated = [
    'conversations',
    'threads',
    'calendar',
    'events',
    'drive',
    'drives',
    'sites',
    'planner',
    'onenote',
    'settings',
    'memberOf',
    'transitiveMemberOf',
    'acceptedSenders',
    'rejectedSenders',
    'appRoleAssignments',
    'addFavorite',
    'removeFavorite',
    'subscribeByMail',
    'unsubscribeByMail',
    'renew',
    'photos',
  ];
  if (unemulated.includes(nav)) throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
  throw unknownSegment(nav);
}

/** GET /teams/{id}: the team of a group that has one (https://learn.microsoft.com/graph/api/team-get). */
export function routeTeams(rc: RouteCtx): EmuResponse {
  const [, key, nav] = rc.segments;
  if (key === undefined) throw notImplemented(rc.req.method, '/teams');
  if (nav !== undefined) throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
  const g = findGroupRow(rc.ctx.db, key);
  if (!g?.has_team) throw new GraphError(404, 'NotFound', `No team found with Group Id ${key}`);
  if (rc.req.method !== 'GET') throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
  return entityResponse(
    rc,
    { entitySet: 'teams', typeName: 'microsoft.graph.team', selectable: new Set(Object.keys(teamEntity(g, true))) },
    teamEntity(g, true),
  );
}

function team(rc: RouteCtx, g: GroupRow): EmuResponse {
  if (rc.req.method === 'GET') {
    if (!g.has_team) throw new GraphError(404, 'NotFound', `No team found with Group Id ${g.id}`);
    return entityResponse(
      rc,
      { entitySet: 'teams', typeName: 'microsoft.graph.team', selectable: new Set(Object.keys(teamEntity(g, true))) },
      teamEntity(g, true),
    );
  }
  if (rc.req.method === 'PUT') {
    // Create a team from a group (https://learn.microsoft.com/graph/api/team-put-teams): owners only.
    if (!canManage(rc, g)) throw forbidden();
    if (g.has_team) throw new GraphError(409, 'Conflict', 'Team already exists for this group.');
    rc.ctx.db.prepare('UPDATE graph_groups SET has_team = 1 WHERE id = ?').run(g.id);
    const updated = findGroupRow(rc.ctx.db, g.id)!;
    return jsonResponse(rc, { '@odata.context': metadata(rc.ctx, 'teams/$entity'), ...teamEntity(updated, true) }, 201);
  }
  throw methodNotAllowed();
}

/** The id inside "@odata.id": https://graph.microsoft.com/v1.0/directoryObjects/{id} (or users/{id}). */
export function referencedId(ref: unknown): string {
  if (typeof ref !== 'string' || ref.length === 0)
    throw badRequest("The request body must contain '@odata.id' with the URL of a directory object.", 'Request_BadRequest');
  const m = /\/(directoryObjects|users|groups)(?:\/|\(')([^/'()]+)'?\)?$/i.exec(ref);
  if (!m) throw badRequest(`Invalid object identifier '${ref}'.`, 'Request_BadRequest');
  if (m[1].toLowerCase() === 'groups') {
    throw badRequest('Nested groups are not supported for Microsoft 365 groups.', 'Request_BadRequest');
  }
  return decodeURIComponent(m[2]);
}

function relation(rc: RouteCtx, g: GroupRow, rel: Relation, transitive: boolean, tail: string[]): EmuResponse {
  const [first, second, ...more] = tail;
  const path = `/${rc.segments.join('/')}`;
  // List (optionally cast to users or groups, or counted).
  if (first === undefined || first.startsWith('microsoft.graph.') || first === '$count') {
    if (rc.req.method !== 'GET') throw methodNotAllowed();
    const cast = first?.startsWith('microsoft.graph.') ? first : undefined;
    if (cast && cast !== 'microsoft.graph.user' && cast !== 'microsoft.graph.group') throw unknownSegment(cast);
    const counted = first === '$count' || second === '$count';
    if ((cast && second !== undefined && second !== '$count') || more.length > 0 || (first === '$count' && second !== undefined))
      throw unknownSegment(tail[tail.length - 1]);
    const items = cast === 'microsoft.graph.group' ? [] : relationUsers(rc.ctx.db, g.id, rel).map(userEntity);
    const def = relationDef(cast);
    return counted ? countResponse(rc, def, items) : collectionResponse(rc, def, items);
  }
  if (transitive) throw methodNotAllowed();
  // POST /groups/{id}/members/$ref  (https://learn.microsoft.com/graph/api/group-post-members)
  if (first === '$ref' && second === undefined) {
    if (rc.req.method === 'GET') throw notImplemented('GET', path);
    if (rc.req.method !== 'POST') throw methodNotAllowed();
    checkOptions(rc, []);
    if (!canManage(rc, g)) throw forbidden();
    const userId = referencedId(readJsonBody(rc)['@odata.id']);
    const user = findUserRow(rc.ctx.db, userId);
    if (!user || user.id.toLowerCase() !== userId.toLowerCase()) throw notFound(userId);
    if (inRelation(rc.ctx.db, g.id, rel, user.id)) {
      throw badRequest(
        `One or more added object references already exist for the following modified properties: '${rel}'.`,
        'Request_BadRequest',
      );
    }
    addToRelation(rc.ctx.db, g.id, rel, user.id);
    return noContent(rc);
  }
  // DELETE /groups/{id}/members/{id}/$ref  (https://learn.microsoft.com/graph/api/group-delete-members)
  if (second === '$ref' && more.length === 0) {
    if (rc.req.method !== 'DELETE') throw methodNotAllowed();
    checkOptions(rc, []);
    if (!canManage(rc, g)) throw forbidden();
    const user = findUserRow(rc.ctx.db, first);
    if (!user || !inRelation(rc.ctx.db, g.id, rel, user.id)) throw notFound(first);
    if (rel === 'owners' && relationCount(rc.ctx.db, g.id, 'owners') === 1) {
      // https://learn.microsoft.com/graph/api/group-delete-owners: a Microsoft 365 group keeps one owner.
      throw badRequest('The group must have at least one owner, hence this owner cannot be removed.', 'Request_BadRequest');
    }
    removeFromRelation(rc.ctx.db, g.id, rel, user.id);
    return noContent(rc);
  }
  if (second === undefined && rc.req.method === 'GET') {
    // GET /groups/{id}/members/{userId}: the member as a directoryObject.
    const user = findUserRow(rc.ctx.db, first);
    if (!user || !inRelation(rc.ctx.db, g.id, rel, user.id)) throw notFound(first);
    return entityResponse(
      rc,
      {
        entitySet: 'directoryObjects',
        typeName: 'microsoft.graph.directoryObject',
        selectable: USER_PROPS,
        defaultProps: USER_DEFAULT_PROPS,
      },
      { '@odata.type': '#microsoft.graph.user', ...userEntity(user) },
    );
  }
  throw unknownSegment(tail[tail.length - 1]);
}

/**
 * POST /groups (https://learn.microsoft.com/graph/api/group-post-groups): Microsoft 365 groups only.
 * With delegated permissions and no owner named, the signed-in user becomes the owner.
 */
function createGroupFromRequest(rc: RouteCtx): EmuResponse {
  checkOptions(rc, []);
  const body = readJsonBody(rc);
  for (const prop of ['displayName', 'mailNickname']) {
    if (typeof body[prop] !== 'string' || (body[prop] as string).trim() === '')
      throw badRequest(`Invalid value specified for property '${prop}' of resource 'Group'.`);
  }
  if (typeof body.mailEnabled !== 'boolean' || typeof body.securityEnabled !== 'boolean') {
    throw badRequest("Invalid value specified for property 'mailEnabled' or 'securityEnabled' of resource 'Group'.");
  }
  const groupTypes = Array.isArray(body.groupTypes) ? body.groupTypes : [];
  if (!groupTypes.includes('Unified') || body.mailEnabled !== true) {
    throw new GraphError(
      501,
      'NotImplemented',
      'The CoP Hub emulator creates Microsoft 365 groups only (groupTypes ["Unified"], mailEnabled true).',
    );
  }
  const nickname = body.mailNickname as string;
  if (!/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]{1,64}$/.test(nickname))
    throw badRequest("Invalid value specified for property 'mailNickname' of resource 'Group'.");
  if (findGroupByNickname(rc.ctx.db, nickname)) {
    throw badRequest('Another object with the same value for property proxyAddresses already exists.', 'Request_BadRequest');
  }
  const visibility = body.visibility === undefined ? 'Public' : body.visibility;
  if (visibility !== 'Public' && visibility !== 'Private')
    throw badRequest("Invalid value specified for property 'visibility' of resource 'Group'.");
  const binds = (prop: string): string[] => {
    const v = body[prop];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.length > 20)
      throw badRequest(`Invalid value specified for property '${prop}'; at most 20 references can be bound.`);
    return v.map((ref) => {
      const id = referencedId(ref);
      const u = findUserRow(rc.ctx.db, id);
      if (!u) throw notFound(id);
      return u.id;
    });
  };
  let ownerIds = binds('owners@odata.bind');
  const memberIds = binds('members@odata.bind');
  if (ownerIds.length === 0) ownerIds = [rc.req.user.id];
  const id = insertGroup(rc.ctx.db, {
    displayName: body.displayName as string,
    mailNickname: nickname,
    description: typeof body.description === 'string' ? body.description : undefined,
    ownerIds,
    memberIds,
    visibility,
    hasTeam: false,
    created: new Date().toISOString().slice(0, 19) + 'Z',
  });
  const created = findGroupRow(rc.ctx.db, id)!;
  return jsonResponse(rc, { '@odata.context': metadata(rc.ctx, 'groups/$entity'), ...groupEntity(created) }, 201, {
    location: `${rc.ctx.origin}/graph/v1.0/groups/${id}`,
  });
}
