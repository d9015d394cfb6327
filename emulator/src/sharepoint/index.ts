/**
 * The SharePoint REST half of the emulator: one site at SITE_PATH with its REST API under
 * `<site>/_api/`. This file creates the storage, turns an EmuRequest into the per-request context
 * (caller as site user, response format, effective method), enforces the form digest on writes, and
 * turns SpErrors into SharePoint's error bodies.
 */
import type { EmuContext, EmuRequest, EmuResponse, Handler } from '../types.ts';
import { handleBatch } from './batch.ts';
import { digestValid } from './contextinfo.ts';
import { CODE, digestInvalid, SpError } from './errors.ts';
import { execute } from './execute.ts';
import { checkQueryOptions } from './odata.ts';
import { splitPath } from './path.ts';
import { initRoleDefs } from './permissions.ts';
import { initPrincipals, siteUserFor } from './principals.ts';
import { walk } from './router.ts';
import { initSearch } from './search/index.ts';
import { initRegionalSettings } from './regional.ts';
import { isWrite, note } from '../stats.ts';
import { effectiveMethod, formatFromAccept, type Rq } from './rq.ts';
import { DDL, metaGet, metaSet, spDate } from './store.ts';

export const SITE_PATH = '/sites/cop';

export function initSharePoint(ctx: EmuContext): void {
  ctx.db.exec(DDL);
  initRoleDefs(ctx.db);
  initPrincipals(ctx.db, ctx.users);
  initSearch(ctx);
  initRegionalSettings(ctx.db, ctx.users);
  if (!metaGet(ctx.db, 'web:created')) metaSet(ctx.db, 'web:created', spDate());
}

function errorResponse(e: SpError, fmt: 'verbose' | 'other'): EmuResponse {
  const body =
    fmt === 'verbose'
      ? { error: { code: e.code, message: { lang: 'en-US', value: e.message } } }
      : { 'odata.error': { code: e.code, message: { lang: 'en-US', value: e.message } } };
  const ct = fmt === 'verbose' ? 'application/json;odata=verbose;charset=utf-8' : 'application/json;odata=minimalmetadata;charset=utf-8';
  return { status: e.status, headers: { 'content-type': ct, ...e.headers }, body: JSON.stringify(body) };
}

/**
 * `perm`: the caller's permission masks already worked out, shared by the parts of one $batch (the same
 * caller at the same moment): twelve reads of a list with a folder per community weigh its thousands
 * of scopes once, not twelve times. A part that writes empties it, so the next part weighs afresh.
 */
async function dispatch(req: EmuRequest, ctx: EmuContext, inBatch: boolean, perm = new Map<string, bigint>()): Promise<EmuResponse> {
  const verbose = (req.headers.accept ?? '').toLowerCase().includes('odata=verbose');
  if (inBatch) {
    ctx.stats.batchParts++;
    if (isWrite(req.method, req.url.pathname, req.headers['x-http-method'])) ctx.stats.writes++;
    note(ctx.stats, `  ${req.headers['x-http-method'] ?? req.method} ${req.url.pathname}${req.url.search}`);
  }
  try {
    const pathname = decodeURIComponent(req.url.pathname);
    const apiRoot = `${SITE_PATH}/_api`;
    if (!pathname.toLowerCase().startsWith(apiRoot)) throw new SpError(404, CODE.notFound, `Nothing is served at ${pathname}.`);
    const rest = pathname.slice(apiRoot.length).replace(/^\/+/, '');
    const method = effectiveMethod(req);
    const rq: Rq = {
      req,
      ctx,
      db: ctx.db,
      me: siteUserFor(ctx.db, req.user),
      fmt: 'minimal',
      site: `${ctx.origin}${SITE_PATH}`,
      sitePath: SITE_PATH,
      query: req.url.searchParams,
      method,
      perm,
      inBatch,
    };
    const segs = splitPath(rest);
    const first = segs[0]?.name;
    if (first === '$batch') {
      if (inBatch) throw new SpError(400, CODE.invalidQuery, 'A $batch cannot contain another $batch.');
      if (method !== 'POST') throw new SpError(400, CODE.invalidQuery, '$batch must be POSTed.');
      if (!digestValid(req.headers['x-requestdigest'], rq.me.login_name)) throw digestInvalid();
      return await handleBatch(rq, (part) => dispatch(part, ctx, true, perm));
    }
    rq.fmt = formatFromAccept(req.headers.accept);
    checkQueryOptions(rq.query);
    const isContextInfo = segs.length === 1 && first === 'contextinfo';
    if (method !== 'GET' && !isContextInfo && !inBatch && !digestValid(req.headers['x-requestdigest'], rq.me.login_name))
      throw digestInvalid();
    try {
      return execute(rq, walk(rq, segs));
    } finally {
      if (inBatch && method !== 'GET') perm.clear();
    }
  } catch (e) {
    if (e instanceof SpError) {
      if (e.code === CODE.throttled) ctx.stats.throttled++;
      return errorResponse(e, verbose ? 'verbose' : 'other');
    }
    if (e instanceof URIError)
      return errorResponse(new SpError(400, CODE.invalidQuery, `Malformed URL: ${e.message}`), verbose ? 'verbose' : 'other');
    throw e;
  }
}

export const handleSharePoint: Handler = (req: EmuRequest, ctx: EmuContext) => dispatch(req, ctx, false);
export { insertFolders, insertItems, insertRows, internalRq, type BulkFolder, type BulkRow } from './internal.ts';
