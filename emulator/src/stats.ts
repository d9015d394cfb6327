/**
 * Request accounting for `npm run bench` and tests: how many SharePoint and Graph requests a view
 * made, how many of them wrote, how many $batch parts they carried, and how many list view threshold
 * errors (HTTP 500, SPQueryThrottledException) were returned, including inside $batch responses.
 * Read with `GET /_emulator/stats`, reset with `DELETE /_emulator/stats`. The emulator's own
 * endpoints and static files (the workbench) are not counted.
 */

export interface RequestStats {
  /** HTTP requests to SharePoint REST or Graph (a $batch is one request). */
  requests: number;
  sharepoint: number;
  graph: number;
  /** `POST /_api/contextinfo`: SharePoint pages embed the digest for their own site; other callers fetch it. */
  digests: number;
  /** Writes: non-GET requests and $batch parts, except reads sent as POST (contextinfo, GetItems, $batch itself). */
  writes: number;
  /** $batch requests and the parts they carried. */
  batches: number;
  batchParts: number;
  /** List view threshold errors (SPQueryThrottledException), counted per request or batch part. */
  throttled: number;
  /** The last requests as `METHOD path` (batch parts indented), for finding out why a count is high. */
  log: string[];
  /** When each request (not batch part) arrived, in ms since the epoch, to count those before a moment. */
  arrivals: number[];
}

const LOG_LIMIT = 200;

export function emptyStats(): RequestStats {
  return { requests: 0, sharepoint: 0, graph: 0, digests: 0, writes: 0, batches: 0, batchParts: 0, throttled: 0, log: [], arrivals: [] };
}

export function resetStats(s: RequestStats): void {
  Object.assign(s, emptyStats());
}

/** POSTs that only read: the digest, CAML queries and the $batch envelope (its parts count themselves). */
const READ_POSTS = /\/(_api\/contextinfo|getitems|\$batch)$/i;

export function isWrite(method: string, pathname: string, xHttpMethod?: string): boolean {
  const m = (xHttpMethod ?? method).toUpperCase();
  if (m === 'GET') return false;
  return !READ_POSTS.test(pathname.replace(/\(\)$/, '').replace(/\/+$/, ''));
}

export function note(s: RequestStats, line: string): void {
  s.log.push(line);
  if (s.log.length > LOG_LIMIT) s.log.shift();
}

export function arrived(s: RequestStats): void {
  s.arrivals.push(Date.now());
  if (s.arrivals.length > LOG_LIMIT) s.arrivals.shift();
}
