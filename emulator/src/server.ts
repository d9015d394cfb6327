/**
 * The emulator's HTTP front door: resolves who is calling, applies injected faults, and routes to
 * the SharePoint REST half (/sites/cop/_api/), the Graph half (/graph/v1.0/), the emulator's own
 * endpoints (/_emulator/) and, when given, static files (the workbench) on the same origin, so the
 * browser never needs a CORS preflight.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DatabaseSync } from 'node:sqlite';
import { openDatabase } from './db.ts';
import { FaultInjector } from './faults.ts';
import { DEFAULT_UPN, DEMO_USERS, findUser } from './identities.ts';
import { handleSharePoint, initSharePoint, SITE_PATH } from './sharepoint/index.ts';
import { pageContextOf } from './sharepoint/regional.ts';
import { stopSearch } from './sharepoint/search/index.ts';
import { handleGraph, initGraph } from './graph/index.ts';
import { handleActivityEmulatorApi } from './graph/activityFeed.ts';
import { serveStatic } from './static.ts';
import { arrived, emptyStats, isWrite, note, resetStats } from './stats.ts';
import type { EmuContext, EmuRequest, EmuResponse, EmulatorUser } from './types.ts';

export interface EmulatorOptions {
  port?: number;
  /** SQLite file; in memory when absent. */
  dataFile?: string;
  /** Folder served at / (the workbench), if any. */
  staticRoot?: string;
  /**
   * Runs once the database and site exist and the server listens (seeds write through the REST
   * API, as a person would). Until it finishes, only its own requests are answered; others get 503.
   */
  seed?: (ctx: EmuContext) => void | Promise<void>;
  /** Crawl delay of the search index in ms: a change is searchable this long after it was made (default 0). */
  searchDelayMs?: number;
}

export interface RunningEmulator {
  origin: string;
  siteUrl: string;
  graphUrl: string;
  ctx: EmuContext;
  faults: FaultInjector;
  close(): Promise<void>;
}

export const IDENTITY_HEADER = 'x-emulator-user';
export const IDENTITY_COOKIE = 'emulator-user';
/** Header carrying EmuContext.seedKey on the seed's own requests. */
export const SEED_HEADER = 'x-emulator-seed';

/** Headers a seed adds to its own requests, so they are answered while others wait. */
export function seedHeaders(ctx: EmuContext): Record<string, string> {
  return ctx.seedKey ? { [SEED_HEADER]: ctx.seedKey } : {};
}

function json(status: number, body: unknown, extra: Record<string, string> = {}): EmuResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...extra }, body: JSON.stringify(body) };
}

/** SharePoint-shaped error body, used for anything the emulator itself refuses. */
export function spError(status: number, code: string, message: string): EmuResponse {
  return json(status, { 'odata.error': { code, message: { lang: 'en-US', value: message } } });
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** Header first (tests), then cookie (workbench), else the default staff member. */
export function resolveIdentity(users: readonly EmulatorUser[], headers: Record<string, string>): EmulatorUser | undefined {
  const named = headers[IDENTITY_HEADER] ?? readCookie(headers.cookie, IDENTITY_COOKIE);
  return findUser(users, named && named.length > 0 ? named : DEFAULT_UPN);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('Request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function handleEmulatorApi(req: EmuRequest, ctx: EmuContext, faults: FaultInjector): EmuResponse {
  const path = req.url.pathname;
  const activity = handleActivityEmulatorApi(req, ctx);
  if (activity) return activity;
  if (path === '/_emulator/users' && req.method === 'GET') {
    // `?top=N`: the first N accounts (the named demo accounts come first) and the caller, for the
    // workbench's switcher, which would otherwise fetch 50,000 generated staff at scale on every page.
    const top = Number(req.url.searchParams.get('top'));
    const first = top > 0 ? ctx.users.slice(0, top) : ctx.users;
    const listed = first.includes(req.user) ? first : [...first, req.user];
    return json(200, {
      value: listed.map((u) => ({ userPrincipalName: u.userPrincipalName, displayName: u.displayName, id: u.id, roles: u.roles })),
      current: req.user.userPrincipalName,
    });
  }
  // What SharePoint puts on a page for the signed-in person (_spPageContextInfo, which SPFx gives web
  // parts as pageContext.legacyPageContext): here its time zones, the site's and the person's own.
  // The workbench shell reads it once, as SharePoint's page would carry it; a web part makes no request for it.
  if (path === '/_emulator/pagecontext' && req.method === 'GET') {
    return json(200, { legacyPageContext: pageContextOf(ctx.db, req.user.userPrincipalName) }, { 'cache-control': 'no-store' });
  }
  if (path === '/_emulator/stats') {
    if (req.method === 'GET') return json(200, ctx.stats, { 'cache-control': 'no-store' });
    if (req.method === 'DELETE') {
      resetStats(ctx.stats);
      return { status: 204, headers: {}, body: '' };
    }
  }
  if (path === '/_emulator/faults') {
    if (req.method === 'POST') {
      let spec: unknown;
      try {
        spec = JSON.parse(req.body.toString('utf8'));
      } catch {
        return json(400, { error: 'Body must be JSON.' });
      }
      const problem = faults.add(spec);
      return problem ? json(400, { error: problem }) : json(201, { ok: true });
    }
    if (req.method === 'DELETE') {
      faults.clear();
      return { status: 204, headers: {}, body: '' };
    }
  }
  return json(404, { error: `Unknown emulator endpoint: ${req.method} ${path}` });
}

/** Counts SharePoint and Graph requests (see stats.ts); $batch parts are counted as they run. */
function countRequest(ctx: EmuContext, req: EmuRequest): void {
  const path = req.url.pathname;
  const sp = path.toLowerCase().startsWith(`${SITE_PATH}/_api`);
  if (!sp && !path.startsWith('/graph/')) return;
  const s = ctx.stats;
  s.requests++;
  if (sp) s.sharepoint++;
  else s.graph++;
  if (/\/_api\/contextinfo$/i.test(path)) s.digests++;
  if (/\/\$batch$/i.test(path)) s.batches++;
  if (isWrite(req.method, path, req.headers['x-http-method'])) s.writes++;
  note(s, `${req.method} ${path}${req.url.search}`);
  arrived(s);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const db: DatabaseSync = openDatabase(options.dataFile);
  const faults = new FaultInjector();
  const ctx: EmuContext = { db, origin: '', users: [...DEMO_USERS], stats: emptyStats(), faults, searchDelayMs: options.searchDelayMs };
  initSharePoint(ctx);
  initGraph(ctx);

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // dispatch answers every error it can (500); one it cannot closes the connection.
    dispatch(req, res).catch((e: unknown) => res.destroy(e instanceof Error ? e : new Error(String(e))));
  });

  async function dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { response, drop } = await answer((req.method ?? 'GET').toUpperCase(), req.url ?? '/', lowerHeaders(req), () =>
      readBody(req, 10 * 1024 * 1024),
    );
    if (drop) {
      res.socket?.destroy();
      return;
    }
    res.writeHead(response.status, response.headers);
    res.end(response.body);
  }

  /** One request, from the HTTP server or from inProcessFetch: whose it is, faults, then the half that serves it. */
  async function answer(
    method: string,
    target: string,
    headers: Record<string, string>,
    readRequestBody: () => Promise<Buffer>,
  ): Promise<{ response: EmuResponse; drop: boolean }> {
    let response: EmuResponse;
    let drop = false;
    try {
      const url = new URL(target, ctx.origin);
      const user = resolveIdentity(ctx.users, headers);
      if (ctx.seedKey && headers[SEED_HEADER] !== ctx.seedKey) {
        // Not ready yet: 503 with Retry-After, as SharePoint Online answers when it is busy, which PnPjs
        // retries (https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online).
        response = spError(
          503,
          '-2146232832, Microsoft.SharePoint.SPException',
          'The emulator is still loading its seed data. Try again in a moment.',
        );
        response.headers['retry-after'] = '1';
      } else if (!user) {
        // An identity nobody knows is an authentication failure, as an unknown bearer token would be.
        response = spError(
          401,
          '-2147024891, System.UnauthorizedAccessException',
          `Unknown emulator identity '${headers[IDENTITY_HEADER] ?? readCookie(headers.cookie, IDENTITY_COOKIE)}'.`,
        );
      } else {
        const body = await readRequestBody();
        const emuReq: EmuRequest = { method, url, headers, body, user };
        const path = url.pathname;
        countRequest(ctx, emuReq);
        const faultable = !path.startsWith('/_emulator/');
        const before = faultable ? faults.take(path, emuReq.method, 'before') : undefined;
        if (before) {
          drop = before.drop;
          response = before.drop ? spError(500, '', '') : before.response;
        } else if (!faultable) response = handleEmulatorApi(emuReq, ctx, faults);
        else if (path.toLowerCase().startsWith(`${SITE_PATH}/_api`)) response = await handleSharePoint(emuReq, ctx);
        else if (path.startsWith('/graph/')) response = await handleGraph(emuReq, ctx);
        else if (options.staticRoot) response = await serveStatic(options.staticRoot, emuReq);
        else response = spError(404, '-2130575338, System.IO.FileNotFoundException', `Nothing is served at ${path}.`);
        // A fault 'after' the request ran: its work is done, and the answer is lost or replaced.
        const after = !before && faultable ? faults.take(path, emuReq.method, 'after') : undefined;
        if (after) {
          drop = after.drop;
          if (!after.drop) response = after.response;
        }
      }
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      response = spError(500, '-2146232832, Microsoft.SharePoint.SPException', `Emulator error: ${message}`);
    }
    return { response, drop };
  }

  /**
   * fetch answered by this emulator within the process, for the seeds' PnPjs clients
   * (ServiceSource.fetch): the same requests, identities, faults and counts as over HTTP, without a
   * socket each. Requests are answered in the order they are sent, so what a seed writes in parallel
   * gets the same ids on every run. Other origins go to the global fetch.
   */
  ctx.fetch = async (input, init) => {
    const target = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (input instanceof Request || new URL(target).origin !== ctx.origin) return fetch(input, init);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    // PnPjs sends strings; taken as they are, so every request reaches answer() after the same steps.
    const raw = init?.body;
    const body =
      raw === undefined || raw === null
        ? Buffer.alloc(0)
        : typeof raw === 'string'
          ? Buffer.from(raw)
          : Buffer.from(await new Response(raw).arrayBuffer());
    const { response, drop } = await answer((init?.method ?? 'GET').toUpperCase(), target, headers, () => Promise.resolve(body));
    if (drop) throw new TypeError('fetch failed');
    const empty = [101, 204, 205, 304].includes(response.status);
    return new Response(empty ? null : response.body, { status: response.status, headers: response.headers });
  };

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  // The context is this function's own until it returns: nothing else assigns it meanwhile.
  // eslint-disable-next-line require-atomic-updates
  ctx.origin = `http://127.0.0.1:${port}`;
  if (options.seed) {
    // eslint-disable-next-line require-atomic-updates
    ctx.seedKey = randomUUID();
    try {
      await options.seed(ctx);
    } finally {
      // eslint-disable-next-line require-atomic-updates
      ctx.seedKey = undefined;
    }
  }

  return {
    origin: ctx.origin,
    siteUrl: `${ctx.origin}${SITE_PATH}`,
    graphUrl: `${ctx.origin}/graph/v1.0`,
    ctx,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          stopSearch(db);
          db.close();
          resolve();
        });
      }),
  };
}
