/**
 * Dispatches a Graph request (top-level, or one part of a $batch) to its resource and turns any
 * GraphError into Graph's error body.
 */
import type { EmuContext, EmuRequest, EmuResponse } from '../types.ts';
import { routeTeamwork } from './activityFeed.ts';
import { handleBatch } from './batch.ts';
import { routeCommunications, routeDirectoryObjects } from './directory.ts';
import { routeGroups, routeTeams } from './groups.ts';
import {
  badRequest,
  errorResponse,
  GRAPH_VERSION_PATH,
  GraphError,
  jsonResponse,
  metadata,
  notImplemented,
  type RouteCtx,
  unknownSegment,
} from './http.ts';
import { routeMe, routeUsers } from './users.ts';

/** Top-level Graph resources that exist but are not emulated: a 501 that names them, never a 200. */
const UNEMULATED_ROOTS = new Set([
  '$metadata',
  'applications',
  'servicePrincipals',
  'devices',
  'directoryRoles',
  'domains',
  'organization',
  'contacts',
  'sites',
  'drives',
  'shares',
  'chats',
  'search',
  'planner',
  'education',
  'identity',
  'policies',
  'reports',
  'security',
  'subscriptions',
  'invitations',
  'places',
  'solutions',
  'admin',
  'appCatalogs',
  'auditLogs',
  'deviceManagement',
  'groupLifecyclePolicies',
  'groupSettings',
  'schemaExtensions',
  'print',
  'external',
  'employeeExperience',
  'copilot',
  'storage',
]);

function route(rc: RouteCtx): EmuResponse {
  const [root] = rc.segments;
  switch (root) {
    case undefined:
      if (rc.req.method !== 'GET') throw notImplemented(rc.req.method, '/');
      // The service document lists only what the emulator serves.
      return jsonResponse(rc, {
        '@odata.context': metadata(rc.ctx, '').replace(/#$/, ''),
        value: ['users', 'groups', 'teams', 'directoryObjects', 'communications', 'me'].map((name) => ({
          name,
          kind: name === 'me' || name === 'communications' ? 'Singleton' : 'EntitySet',
          url: name,
        })),
      });
    case '$batch':
      return handleBatch(rc, dispatch);
    case 'me':
      return routeMe(rc);
    case 'users':
      return routeUsers(rc);
    case 'groups':
      return routeGroups(rc);
    case 'teams':
      return routeTeams(rc);
    case 'communications':
      return routeCommunications(rc);
    case 'directoryObjects':
      return routeDirectoryObjects(rc);
    case 'teamwork':
      return routeTeamwork(rc);
  }
  if (UNEMULATED_ROOTS.has(root)) throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
  throw unknownSegment(root);
}

/** Runs one request whose URL path is under /graph/v1.0. */
export function dispatch(req: EmuRequest, ctx: EmuContext): EmuResponse {
  try {
    const rest = req.url.pathname.slice(GRAPH_VERSION_PATH.length);
    let segments: string[];
    try {
      segments = rest
        .split('/')
        .filter((s) => s.length > 0)
        .map(decodeURIComponent);
    } catch {
      throw badRequest(`Invalid URL path '${req.url.pathname}'.`, 'BadRequest');
    }
    const eventual = (req.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
    return route({ req, ctx, segments, query: req.url.searchParams, eventual });
  } catch (e) {
    if (e instanceof GraphError) return errorResponse(req, e);
    throw e;
  }
}

/** Entry from the server: checks the version segment, then dispatches. */
export function handleGraphRequest(req: EmuRequest, ctx: EmuContext): EmuResponse {
  const path = req.url.pathname;
  if (path === GRAPH_VERSION_PATH || path.startsWith(`${GRAPH_VERSION_PATH}/`)) return dispatch(req, ctx);
  const version = path.split('/')[2] ?? '';
  if (version === 'beta') {
    return errorResponse(
      req,
      new GraphError(
        501,
        'NotImplemented',
        `The CoP Hub emulator serves Microsoft Graph v1.0 only; ${path} is a beta endpoint and is not emulated.`,
      ),
    );
  }
  return errorResponse(
    req,
    new GraphError(400, 'BadRequest', `Invalid version: '${version}'. The emulator serves ${GRAPH_VERSION_PATH}/.`),
  );
}
