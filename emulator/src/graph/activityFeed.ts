/**
 * The Teams activity feed, as Graph's two send actions fill it:
 * - POST /users/{id}/teamwork/sendActivityNotification → 204
 *   https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification
 * - POST /teamwork/sendActivityNotificationToRecipients → 202, at most 100 recipients
 *   https://learn.microsoft.com/graph/api/teamwork-sendactivitynotificationtorecipients
 * Rules from https://learn.microsoft.com/graph/teams-send-activityfeednotifications: the activity type
 * and its templateText come from the app manifest (teams/manifest.json here); every {parameter} of
 * the template must be given ({actor} is the caller); a recipient must have the app installed; a
 * text topic needs a webUrl (a Teams deep link); the same chainId replaces the earlier notification.
 * What Teams shows is recorded per recipient; GET /_emulator/activity-feed reads the caller's feed
 * (emulator only: Graph has no API that reads a person's activity feed).
 */
import { readFileSync } from 'node:fs';
import type { EmuContext, EmuRequest, EmuResponse } from '../types.ts';
import { badRequest, GraphError, notFound, notImplemented, readJsonBody, type Json, type RouteCtx } from './http.ts';
import { findUserRow, type UserRow } from './store.ts';

/** Recipients in one bulk request (the API reference's upper limit). */
export const MAX_RECIPIENTS = 100;
/** Teams shows only the first 150 characters of the preview text. */
export const PREVIEW_SHOWN = 150;

const MANIFEST_URL = new URL('../../../teams/manifest.json', import.meta.url);

interface ActivityTypeDecl {
  type: string;
  templateText: string;
}

/** The manifest is read per request, so editing it while the emulator runs takes effect at once. */
function declaredTypes(): Map<string, ActivityTypeDecl> {
  const manifest = JSON.parse(readFileSync(MANIFEST_URL, 'utf8')) as { activities?: { activityTypes?: ActivityTypeDecl[] } };
  return new Map((manifest.activities?.activityTypes ?? []).map((a) => [a.type, a]));
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS graph_activity_feed (
  id INTEGER PRIMARY KEY AUTOINCREMENT, recipient_id TEXT NOT NULL, actor_id TEXT NOT NULL, activity_type TEXT NOT NULL,
  chain_id TEXT, text TEXT NOT NULL, preview TEXT NOT NULL, topic TEXT NOT NULL, web_url TEXT NOT NULL, created TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS graph_activity_feed_recipient ON graph_activity_feed (recipient_id, id);
CREATE TABLE IF NOT EXISTS graph_app_not_installed (user_id TEXT PRIMARY KEY);
`;
const ready = new WeakSet<object>();
function db(ctx: EmuContext): EmuContext['db'] {
  if (!ready.has(ctx.db)) {
    ctx.db.exec(SCHEMA);
    ready.add(ctx.db);
  }
  return ctx.db;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

interface Accepted {
  activityType: string;
  chainId?: string;
  text: string;
  preview: string;
  topic: string;
  webUrl: string;
}

/** Validates everything but the recipients, as Graph does, and renders the line Teams shows. */
function validateActivity(body: Json, actor: string): Accepted {
  const activityType = str(body.activityType);
  if (!activityType) throw badRequest("The 'activityType' parameter is required.", 'BadRequest');
  if (activityType === 'systemDefault')
    throw notImplemented('POST', 'sendActivityNotification with the systemDefault activity type (free-form text)');
  const decl = declaredTypes().get(activityType);
  if (!decl) throw badRequest(`Activity type '${activityType}' is not declared in the app manifest.`, 'BadRequest');
  const params = new Map<string, string>();
  const given = body.templateParameters ?? [];
  if (!Array.isArray(given)) throw badRequest("'templateParameters' must be a collection of keyValuePair.", 'BadRequest');
  for (const p of given as Array<{ name?: unknown; value?: unknown }>) {
    const name = str(p?.name);
    if (!name || typeof p.value !== 'string') throw badRequest("Each template parameter needs a string 'name' and 'value'.", 'BadRequest');
    params.set(name, p.value);
  }
  const wanted = [...decl.templateText.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((n) => n !== 'actor');
  const missing = wanted.filter((n) => !params.has(n));
  if (missing.length)
    throw badRequest(`Template parameter '${missing[0]}' required by activity type '${activityType}' is missing.`, 'BadRequest');
  const topic = (body.topic ?? {}) as { source?: unknown; value?: unknown; webUrl?: unknown };
  if (topic.source === 'entityUrl')
    throw notImplemented('POST', 'sendActivityNotification with an entityUrl topic (the emulator resolves no Graph entities)');
  if (topic.source !== 'text') throw badRequest("The topic's 'source' must be 'text' or 'entityUrl'.", 'BadRequest');
  const value = str(topic.value);
  const webUrl = str(topic.webUrl);
  if (!value) throw badRequest("A 'text' topic needs a 'value'.", 'BadRequest');
  if (!webUrl || !/^https:\/\/teams\.microsoft\.com\/l\//.test(webUrl))
    throw badRequest("A 'text' topic needs a 'webUrl' that is a Teams deep link.", 'BadRequest');
  const previewText = (body.previewText ?? {}) as { content?: unknown };
  const text = decl.templateText.replace(/\{(\w+)\}/g, (_, n: string) => (n === 'actor' ? actor : (params.get(n) ?? '')));
  const chainId = body.chainId === undefined ? undefined : String(body.chainId);
  if (chainId !== undefined && !/^-?\d{1,19}$/.test(chainId)) throw badRequest("'chainId' must be an Int64.", 'BadRequest');
  return {
    activityType,
    chainId,
    text,
    preview: Array.from(str(previewText.content) ?? '')
      .slice(0, PREVIEW_SHOWN)
      .join(''),
    topic: value,
    webUrl,
  };
}

/** A recipient Graph can deliver to: an existing user who has the app. */
function recipientRow(rc: RouteCtx, userId: string): UserRow {
  const row = findUserRow(rc.ctx.db, userId);
  if (!row) throw notFound(userId);
  if (db(rc.ctx).prepare('SELECT 1 FROM graph_app_not_installed WHERE user_id = ?').get(row.id)) {
    throw new GraphError(
      403,
      'Forbidden',
      `The Teams app is not installed for recipient '${row.id}'. Install the app for the user before sending them notifications.`,
    );
  }
  return row;
}

function record(ctx: EmuContext, actorId: string, recipients: UserRow[], a: Accepted): void {
  const d = db(ctx);
  const created = new Date().toISOString();
  for (const r of recipients) {
    // "Use the same chainId in subsequent requests to override the previous notification."
    if (a.chainId !== undefined) d.prepare('DELETE FROM graph_activity_feed WHERE recipient_id = ? AND chain_id = ?').run(r.id, a.chainId);
    d.prepare(
      'INSERT INTO graph_activity_feed (recipient_id, actor_id, activity_type, chain_id, text, preview, topic, web_url, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(r.id, actorId, a.activityType, a.chainId ?? null, a.text, a.preview, a.topic, a.webUrl, created);
  }
}

function empty(status: number): EmuResponse {
  return { status, headers: { 'cache-control': 'no-cache' }, body: '' };
}

/** POST /users/{id}/teamwork/sendActivityNotification (204). */
export function sendToUser(rc: RouteCtx, recipientId: string): EmuResponse {
  if (rc.req.method !== 'POST')
    throw new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
  const accepted = validateActivity(readJsonBody(rc), rc.req.user.displayName);
  record(rc.ctx, rc.req.user.id, [recipientRow(rc, recipientId)], accepted);
  return empty(204);
}

/** POST /teamwork/sendActivityNotificationToRecipients (202); other /teamwork paths are not emulated. */
export function routeTeamwork(rc: RouteCtx): EmuResponse {
  const [, action, ...rest] = rc.segments;
  if (action !== 'sendActivityNotificationToRecipients' || rest.length || rc.req.method !== 'POST')
    throw notImplemented(rc.req.method, `/${rc.segments.join('/')}`);
  const body = readJsonBody(rc);
  const accepted = validateActivity(body, rc.req.user.displayName);
  const recipients = body.recipients;
  if (!Array.isArray(recipients) || recipients.length === 0)
    throw badRequest("'recipients' must name at least one recipient.", 'BadRequest');
  if (recipients.length > MAX_RECIPIENTS)
    throw badRequest(
      `Too many recipients: ${recipients.length}. At most ${MAX_RECIPIENTS} recipients are allowed in a single request.`,
      'BadRequest',
    );
  const rows: UserRow[] = [];
  for (const r of recipients as Array<{ '@odata.type'?: unknown; userId?: unknown }>) {
    const type = str(r?.['@odata.type'])?.replace(/^#/, '');
    if (type !== 'microsoft.graph.aadUserNotificationRecipient')
      throw badRequest('Only recipients of type aadUserNotificationRecipient are supported.', 'BadRequest');
    const id = str(r.userId);
    if (!id) throw badRequest("Each recipient needs a 'userId'.", 'BadRequest');
    rows.push(recipientRow(rc, id));
  }
  record(rc.ctx, rc.req.user.id, [...new Map(rows.map((r) => [r.id, r])).values()], accepted);
  return empty(202);
}

function json(status: number, body: unknown): EmuResponse {
  return { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}

/**
 * Emulator-only: GET /_emulator/activity-feed (the caller's feed, newest first, with who sent each);
 * POST /_emulator/teams-app {"user":"upn or id","installed":false} (whether a person has the app).
 */
export function handleActivityEmulatorApi(req: EmuRequest, ctx: EmuContext): EmuResponse | undefined {
  const path = req.url.pathname;
  if (path === '/_emulator/activity-feed' && req.method === 'GET') {
    const rows = db(ctx)
      .prepare(
        `SELECT f.id, f.activity_type, f.text, f.preview, f.topic, f.web_url, f.created, u.display_name AS actor
      FROM graph_activity_feed f LEFT JOIN graph_users u ON u.id = f.actor_id WHERE f.recipient_id = ? ORDER BY f.id DESC LIMIT 50`,
      )
      .all(req.user.id) as Array<Record<string, unknown>>;
    return json(200, {
      value: rows.map((r) => ({
        id: r.id,
        activityType: r.activity_type,
        text: r.text,
        previewText: r.preview,
        topic: r.topic,
        webUrl: r.web_url,
        created: r.created,
        actor: r.actor ?? '',
      })),
    });
  }
  if (path === '/_emulator/teams-app' && req.method === 'POST') {
    let spec: { user?: unknown; installed?: unknown };
    try {
      spec = JSON.parse(req.body.toString('utf8')) as typeof spec;
    } catch {
      return json(400, { error: 'Body must be JSON.' });
    }
    const row = typeof spec.user === 'string' ? findUserRow(ctx.db, spec.user) : undefined;
    if (!row || typeof spec.installed !== 'boolean')
      return json(400, { error: 'Body must be {"user": "<upn or id>", "installed": true|false}.' });
    if (spec.installed) db(ctx).prepare('DELETE FROM graph_app_not_installed WHERE user_id = ?').run(row.id);
    else db(ctx).prepare('INSERT OR IGNORE INTO graph_app_not_installed (user_id) VALUES (?)').run(row.id);
    return json(200, { user: row.upn, installed: spec.installed });
  }
  return undefined;
}
