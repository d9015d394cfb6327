/**
 * JSON batching (https://learn.microsoft.com/graph/json-batching): POST /$batch with
 * {"requests":[{id, method, url, headers?, body?, dependsOn?}]} answers {"responses":[{id, status,
 * headers, body}]}. At most 20 requests; ids unique; a body needs a Content-Type header; dependsOn
 * orders execution and a failed dependency gives 424. Binary bodies (photos) come back base64-encoded,
 * which MGT turns into data: URLs.
 */
import type { EmuContext, EmuRequest, EmuResponse } from '../types.ts';
import {
  badRequest,
  GRAPH_VERSION_PATH,
  GraphError,
  type Json,
  jsonResponse,
  methodNotAllowed,
  readJsonBody,
  type RouteCtx,
} from './http.ts';
import { checkOptions } from './query.ts';

export type Dispatch = (req: EmuRequest, ctx: EmuContext) => EmuResponse;

export const MAX_BATCH_REQUESTS = 20;

interface Part {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

/** Graph writes batch part headers in their usual casing; MGT reads headers['Content-Type']. */
const CANONICAL: Record<string, string> = {
  'content-type': 'Content-Type',
  'cache-control': 'Cache-Control',
  'odata-version': 'OData-Version',
  etag: 'ETag',
  location: 'Location',
  'retry-after': 'Retry-After',
  'request-id': 'request-id',
  'client-request-id': 'client-request-id',
};

function canonical(name: string): string {
  return (
    CANONICAL[name] ??
    name
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join('-')
  );
}

function parseParts(payload: Json): Part[] {
  const requests = payload.requests;
  if (!Array.isArray(requests) || requests.length === 0) throw badRequest('Invalid batch payload format.', 'BadRequest');
  // Same limit as Graph; wording from https://github.com/microsoftgraph/microsoftgraph-postman-collections/issues/9
  if (requests.length > MAX_BATCH_REQUESTS)
    throw badRequest(`Number of requests inside batch exceeds the limit of ${MAX_BATCH_REQUESTS}.`, 'BadRequest');
  const seen = new Set<string>();
  const parts = requests.map((r: unknown): Part => {
    if (!r || typeof r !== 'object') throw badRequest('Invalid batch payload format.', 'BadRequest');
    const o = r as Json;
    const id = typeof o.id === 'number' ? String(o.id) : o.id;
    if (typeof id !== 'string' || id === '') throw badRequest('Invalid batch payload format: every request needs an id.', 'BadRequest');
    if (seen.has(id.toLowerCase())) throw badRequest(`Batch request ids must be unique; '${id}' is repeated.`, 'BadRequest');
    seen.add(id.toLowerCase());
    if (typeof o.method !== 'string' || typeof o.url !== 'string' || o.url === '')
      throw badRequest(`Invalid batch payload format: request '${id}' needs a method and a url.`, 'BadRequest');
    if (/^[a-z][a-z0-9+.-]*:/i.test(o.url))
      throw badRequest(`Invalid request URL '${o.url}' for request '${id}': batch request URLs are relative, e.g. /users.`, 'BadRequest');
    if (/(^|\/)\$batch(\/|\?|$)/.test(o.url)) throw badRequest('Nested $batch requests are not supported.', 'BadRequest');
    const headers: Record<string, string> = {};
    if (o.headers !== undefined) {
      if (!o.headers || typeof o.headers !== 'object') throw badRequest(`Invalid headers for request '${id}'.`, 'BadRequest');
      for (const [k, v] of Object.entries(o.headers as Json)) headers[k.toLowerCase()] = String(v);
    }
    if (o.body !== undefined && o.body !== null && !headers['content-type']) {
      throw badRequest(`Write request id : ${id} does not contain Content-Type header or body.`, 'BadRequest');
    }
    const dependsOn = o.dependsOn === undefined ? [] : o.dependsOn;
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string'))
      throw badRequest(`Invalid dependsOn for request '${id}'.`, 'BadRequest');
    return { id, method: o.method.toUpperCase(), url: o.url, headers, body: o.body, dependsOn: dependsOn as string[] };
  });
  for (const p of parts) {
    for (const d of p.dependsOn)
      if (!seen.has(d.toLowerCase())) throw badRequest(`Request '${p.id}' depends on '${d}', which is not in the batch.`, 'BadRequest');
  }
  return parts;
}

function partBody(res: EmuResponse): unknown {
  const raw = typeof res.body === 'string' ? Buffer.from(res.body, 'utf8') : res.body;
  if (res.status === 204 || raw.length === 0) return undefined;
  const type = res.headers['content-type'] ?? '';
  if (type.includes('json')) return JSON.parse(raw.toString('utf8')) as unknown;
  if (type.startsWith('text/')) return raw.toString('utf8');
  return raw.toString('base64');
}

export function handleBatch(rc: RouteCtx, dispatch: Dispatch): EmuResponse {
  if (rc.req.method !== 'POST') throw methodNotAllowed();
  checkOptions(rc, []);
  const parts = parseParts(readJsonBody(rc));
  const byId = new Map(parts.map((p) => [p.id.toLowerCase(), p]));
  const done = new Map<string, Json>();
  const running = new Set<string>();

  const run = (p: Part): Json => {
    const key = p.id.toLowerCase();
    const finished = done.get(key);
    if (finished) return finished;
    if (running.has(key)) throw badRequest(`The dependsOn chain of request '${p.id}' is circular.`, 'BadRequest');
    running.add(key);
    let result: Json;
    const failed = p.dependsOn.map((d) => run(byId.get(d.toLowerCase())!)).find((r) => (r.status as number) >= 400);
    if (failed) {
      result = {
        id: p.id,
        status: 424,
        headers: { 'Content-Type': 'application/json' },
        body: {
          error: { code: 'FailedDependency', message: `Request '${p.id}' depends on request '${String(failed.id)}', which failed.` },
        },
      };
    } else {
      const res = dispatch(innerRequest(rc, p), rc.ctx);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) headers[canonical(k)] = v;
      result = { id: p.id, status: res.status, headers };
      const body = partBody(res);
      if (body !== undefined) result.body = body;
    }
    running.delete(key);
    done.set(key, result);
    return result;
  };

  const responses = parts.map(run);
  return jsonResponse(rc, { responses });
}

function innerRequest(rc: RouteCtx, p: Part): EmuRequest {
  const relative = p.url.startsWith('/') ? p.url : `/${p.url}`;
  const url = new URL(`${GRAPH_VERSION_PATH}${relative}`, rc.ctx.origin);
  let body = Buffer.alloc(0);
  if (p.body !== undefined && p.body !== null) {
    if ((p.headers['content-type'] ?? '').includes('json'))
      body = Buffer.from(typeof p.body === 'string' ? p.body : JSON.stringify(p.body), 'utf8');
    else if (typeof p.body === 'string') body = Buffer.from(p.body, 'base64');
    else throw new GraphError(400, 'BadRequest', `Request '${p.id}': a non-JSON body must be a base64 string.`);
  }
  // Each part runs as the caller of the batch, as with the one access token Graph sees.
  return { method: p.method, url, headers: p.headers, body, user: rc.req.user };
}
