/**
 * The per-request context every SharePoint handler receives: who is calling (as a site user), the
 * response format asked for, the effective HTTP method (PnPjs tunnels MERGE and DELETE through
 * POST with X-HTTP-Method), the parsed query, and a permission cache for this request only.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { EmuContext, EmuRequest } from '../types.ts';
import { badRequest, propertyNotFound, unsupported } from './errors.ts';

export type Format = 'minimal' | 'verbose' | 'nometadata';

export interface Principal {
  id: number;
  kind: number;
  title: string;
  login_name: string;
  email: string;
  upn: string | null;
  entra_id: string | null;
  description: string | null;
  owner_id: number | null;
  is_site_admin: number;
  props: string;
}

export interface Rq {
  req: EmuRequest;
  ctx: EmuContext;
  db: DatabaseSync;
  me: Principal;
  fmt: Format;
  /** Absolute URL of the site, e.g. http://127.0.0.1:4321/sites/cop */
  site: string;
  sitePath: string;
  query: URLSearchParams;
  /** GET, POST, MERGE, DELETE, PUT */
  method: string;
  /** Permission masks computed during this request, keyed `${userId}:${scopeId}`. */
  perm: Map<string, bigint>;
  /** Set while dispatching a part of a $batch (the digest was checked on the batch itself). */
  inBatch: boolean;
}

/** Reads the format from Accept (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service). */
export function formatFromAccept(accept: string | undefined): Format {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'nometadata';
  if (a.includes('application/json')) return 'minimal';
  // SharePoint answers Atom XML when JSON isn't asked for; the emulator only speaks JSON.
  throw unsupported(`Atom/XML responses (Accept: '${accept ?? ''}'); send Accept: application/json`);
}

export function effectiveMethod(req: EmuRequest): string {
  const tunnel = req.headers['x-http-method']?.toUpperCase();
  const m = req.method.toUpperCase();
  if (m === 'POST' && tunnel) return tunnel === 'PATCH' ? 'MERGE' : tunnel;
  if (m === 'PATCH') return 'MERGE';
  return m;
}

export function isVerboseBody(rq: Rq): boolean {
  return (rq.req.headers['content-type'] ?? '').toLowerCase().includes('odata=verbose');
}

/**
 * Parses the JSON body. A `__metadata` property is only legal in verbose requests; JSON light
 * treats it as an unknown property (https://github.com/pnp/pnpjs/issues/1183,
 * https://github.com/SharePoint/sp-dev-docs/issues/5665).
 */
export function jsonBody(rq: Rq, typeName: string, alsoAccept: string[] = []): Record<string, unknown> {
  const text = rq.req.body.toString('utf8').trim();
  if (text.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('Invalid JSON. A token was not recognized in the JSON content.');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw badRequest('The request body must be a JSON object.');
  const body = { ...(parsed as Record<string, unknown>) };
  if ('__metadata' in body) {
    if (!isVerboseBody(rq)) throw propertyNotFound('__metadata', typeName);
    const meta = body.__metadata as { type?: unknown } | null;
    delete body.__metadata;
    if (meta && typeof meta.type === 'string' && meta.type !== typeName && !alsoAccept.includes(meta.type)) {
      throw badRequest(
        `A type named '${meta.type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`,
      );
    }
  }
  return body;
}

/** Multi-values arrive as arrays (JSON light) or {results:[...]} (verbose). */
export function unwrapResults(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && 'results' in (v as Record<string, unknown>)) {
    return (v as { results: unknown }).results;
  }
  return v;
}
