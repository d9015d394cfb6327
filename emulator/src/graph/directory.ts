/**
 * /communications (presence of many users at once) and /directoryObjects (lookup by id), the two
 * cross-cutting Graph roots MGT and @pnp/graph reach for.
 */
import type { EmuResponse } from '../types.ts';
import { groupEntity, userEntity } from './entities.ts';
import {
  badRequest,
  type Json,
  jsonResponse,
  metadata,
  methodNotAllowed,
  notFound,
  notImplemented,
  readJsonBody,
  type RouteCtx,
  unknownSegment,
} from './http.ts';
import { checkOptions, type CollectionDef, collectionResponse, entityResponse } from './query.ts';
import { findGroupRow, findUserRow, listUsers } from './store.ts';
import { presenceEntity } from './users.ts';

const PRESENCE_PROPS = new Set(['id', 'availability', 'activity', 'statusMessage']);

export function routeCommunications(rc: RouteCtx): EmuResponse {
  const [, nav, key, ...more] = rc.segments;
  if (nav === 'getPresencesByUserId' && key === undefined) {
    // https://learn.microsoft.com/graph/api/cloudcommunications-getpresencesbyuserid: POST {"ids": [...]}, at most 650.
    if (rc.req.method !== 'POST') throw methodNotAllowed();
    checkOptions(rc, []);
    const ids = readJsonBody(rc).ids;
    if (!Array.isArray(ids) || ids.some((i) => typeof i !== 'string'))
      throw badRequest("The request body must contain 'ids', an array of user object ids.", 'BadRequest');
    if (ids.length > 650) throw badRequest('The number of ids exceeds the limit of 650.', 'BadRequest');
    const value = (ids as string[]).map((id) => {
      const u = findUserRow(rc.ctx.db, id);
      // Unknown ids come back with PresenceUnknown rather than failing the whole call.
      return u ? presenceEntity(rc, u.id) : { id, availability: 'PresenceUnknown', activity: 'PresenceUnknown', statusMessage: null };
    });
    return jsonResponse(rc, { '@odata.context': metadata(rc.ctx, 'Collection(microsoft.graph.presence)'), value });
  }
  if (nav === 'presences') {
    if (rc.req.method !== 'GET') throw methodNotAllowed();
    if (more.length > 0) throw unknownSegment(more[0]);
    if (key === undefined) {
      // GET /communications/presences?$filter=id in ('a','b') (https://learn.microsoft.com/graph/api/presence-get)
      const def: CollectionDef = {
        entitySet: 'communications/presences',
        typeName: 'microsoft.graph.presence',
        selectable: PRESENCE_PROPS,
        filter: { resource: 'Presence', props: new Set(['id']), collections: new Set(), directory: false },
        defaultTop: 650,
        maxTop: 650,
        paging: 'skiptoken',
      };
      if (!rc.query.get('$filter')) throw badRequest("Listing presences needs $filter=id in ('...').", 'BadRequest');
      return collectionResponse(
        rc,
        def,
        listUsers(rc.ctx.db).map((u) => presenceEntity(rc, u.id)),
      );
    }
    const u = findUserRow(rc.ctx.db, key);
    if (!u || u.id.toLowerCase() !== key.toLowerCase()) throw notFound(key);
    checkOptions(rc, []);
    return jsonResponse(rc, presenceEntity(rc, u.id, 'communications/presences/$entity'));
  }
  throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
}

/** GET /directoryObjects/{id} and POST /directoryObjects/getByIds (https://learn.microsoft.com/graph/api/directoryobject-getbyids). */
export function routeDirectoryObjects(rc: RouteCtx): EmuResponse {
  const [, key, ...more] = rc.segments;
  if (key === undefined) throw notImplemented(rc.req.method, '/directoryObjects');
  if (more.length > 0) throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
  const lookup = (id: string): Json | undefined => {
    const u = findUserRow(rc.ctx.db, id);
    if (u && u.id.toLowerCase() === id.toLowerCase()) return { '@odata.type': '#microsoft.graph.user', ...userEntity(u) };
    const g = findGroupRow(rc.ctx.db, id);
    return g ? { '@odata.type': '#microsoft.graph.group', ...groupEntity(g) } : undefined;
  };
  if (key === 'getByIds') {
    if (rc.req.method !== 'POST') throw methodNotAllowed();
    checkOptions(rc, []);
    const body = readJsonBody(rc);
    if (!Array.isArray(body.ids) || body.ids.some((i) => typeof i !== 'string'))
      throw badRequest("The request body must contain 'ids', an array of object ids.", 'BadRequest');
    if (body.ids.length > 1000) throw badRequest('The number of ids exceeds the limit of 1000.', 'BadRequest');
    const types = Array.isArray(body.types) ? (body.types as unknown[]).map((t) => String(t).toLowerCase()) : undefined;
    const value = (body.ids as string[])
      .map(lookup)
      .filter((o): o is Json => o !== undefined)
      .filter((o) => !types || types.includes(String(o['@odata.type']).replace('#microsoft.graph.', '')));
    return jsonResponse(rc, { '@odata.context': metadata(rc.ctx, 'directoryObjects'), value });
  }
  if (rc.req.method !== 'GET') throw methodNotAllowed();
  const obj = lookup(key);
  if (!obj) throw notFound(key);
  return entityResponse(
    rc,
    { entitySet: 'directoryObjects', typeName: 'microsoft.graph.directoryObject', selectable: new Set(Object.keys(obj)) },
    obj,
  );
}
