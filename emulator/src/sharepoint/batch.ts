/**
 * `POST /_api/$batch`: multipart/mixed as @pnp/sp v4 sends it (reads as top-level parts, writes in
 * changesets), answered with flat `--batchresponse_<guid>` parts in request order, each an
 * `HTTP/1.1 <status>` message, and a trailing newline after the closing boundary
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis).
 * Every part runs through the same handlers as a direct request, as the same user; the digest is
 * checked once, on the batch. Changesets are not atomic in SharePoint Online either: each part
 * succeeds or fails on its own.
 *
 * Limit: 20 parts. SharePoint Online accepts more, but this project batches at @pnp/sp's default of
 * 20 requests per batch (batching.js `maxRequests: 20`), so the emulator refuses bigger batches to
 * catch code that would change that assumption.
 */
import { randomUUID } from 'node:crypto';
import type { EmuRequest, EmuResponse } from '../types.ts';
import { badRequest, CODE } from './errors.ts';
import type { Rq } from './rq.ts';

export const MAX_BATCH_PARTS = 20;

interface PartRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function boundaryOf(contentType: string | undefined): string | undefined {
  return /boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1];
}

function splitHead(text: string): { head: string[]; rest: string } {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return { head: text.split(/\r?\n/), rest: '' };
  return { head: text.slice(0, m.index).split(/\r?\n/), rest: text.slice(m.index + m[0].length) };
}

function headersOf(lines: string[]): Record<string, string> {
  const h: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    if (i > 0) h[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
  }
  return h;
}

function parseParts(body: string, boundary: string): PartRequest[] {
  const out: PartRequest[] = [];
  const chunks = body.split(`--${boundary}`);
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    const part = chunk.replace(/^\r?\n/, '');
    const { head, rest } = splitHead(part);
    const ph = headersOf(head);
    const inner = boundaryOf(ph['content-type']);
    if (inner && /multipart\/mixed/i.test(ph['content-type'] ?? '')) {
      out.push(...parseParts(rest, inner));
      continue;
    }
    const http = splitHead(rest);
    const requestLine = /^(\w+)\s+(\S+)\s+HTTP\/1\.[01]$/i.exec((http.head[0] ?? '').trim());
    if (!requestLine)
      throw badRequest(`Invalid batch part: expected "METHOD URL HTTP/1.1" but found "${http.head[0] ?? ''}".`, CODE.invalidQuery);
    out.push({
      method: requestLine[1].toUpperCase(),
      url: requestLine[2],
      headers: headersOf(http.head.slice(1)),
      body: http.rest.replace(/\s+$/, ''),
    });
  }
  return out;
}

export async function handleBatch(rq: Rq, dispatch: (req: EmuRequest) => Promise<EmuResponse>): Promise<EmuResponse> {
  const boundary = boundaryOf(rq.req.headers['content-type']);
  if (!boundary) throw badRequest('A $batch request needs Content-Type: multipart/mixed; boundary=batch_<id>.', CODE.invalidQuery);
  const parts = parseParts(rq.req.body.toString('utf8'), boundary);
  if (parts.length > MAX_BATCH_PARTS) {
    throw badRequest(
      `The batch has ${parts.length} requests; this project allows at most ${MAX_BATCH_PARTS} per $batch (the @pnp/sp default). Split it into several batches.`,
      CODE.invalidQuery,
    );
  }
  const id = randomUUID();
  const out: string[] = [];
  for (const p of parts) {
    const url = new URL(p.url, rq.req.url);
    // An injected fault for this part's path answers that part, so a test that fails one list's reads
    // does so whether or not the client batched them; each part has its own status, as in SharePoint
    // (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis).
    // A dropped connection has no meaning for one part, so those faults stay with whole requests.
    const fault = rq.ctx.faults?.take(url.pathname, p.method, 'before', false);
    const res =
      fault && !fault.drop
        ? fault.response
        : await dispatch({ method: p.method, url, headers: p.headers, body: Buffer.from(p.body, 'utf8'), user: rq.req.user });
    out.push(`--batchresponse_${id}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${res.status} ${STATUS_TEXT[res.status] ?? 'Unknown'}`);
    for (const [k, v] of Object.entries(res.headers)) out.push(`${k.toUpperCase()}: ${v}`);
    out.push('', typeof res.body === 'string' ? res.body : res.body.toString('utf8'));
  }
  out.push(`--batchresponse_${id}--`, '');
  return { status: 200, headers: { 'content-type': `multipart/mixed; boundary=batchresponse_${id}` }, body: out.join('\r\n') };
}
