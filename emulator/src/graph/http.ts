/**
 * Graph wire basics: the JSON envelope, headers, and the error body every Graph failure carries.
 * Handlers throw GraphError; index.ts turns it into a response, so validation can happen anywhere.
 */
import { randomUUID } from 'node:crypto';
import type { EmuContext, EmuRequest, EmuResponse } from '../types.ts';

export const GRAPH_VERSION_PATH = '/graph/v1.0';

export type Json = Record<string, unknown>;

/** A failure Graph would report: thrown by any handler, answered by index.ts. */
export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** Everything a route needs about one request (also built for each part of a $batch). */
export interface RouteCtx {
  req: EmuRequest;
  ctx: EmuContext;
  /** Path segments after /graph/v1.0, URL-decoded. */
  segments: string[];
  query: URLSearchParams;
  /** The ConsistencyLevel: eventual header is present (the first half of "advanced query" parameters). */
  eventual: boolean;
}

/** The service root the emulator answers for, e.g. http://127.0.0.1:4321/graph/v1.0 */
export function graphBase(ctx: EmuContext): string {
  return `${ctx.origin}${GRAPH_VERSION_PATH}`;
}

export function metadata(ctx: EmuContext, fragment: string): string {
  return `${graphBase(ctx)}/$metadata#${fragment}`;
}

// Graph answers JSON with minimal metadata and these headers; request-id/client-request-id let a
// caller correlate failures (https://learn.microsoft.com/graph/errors).
export const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

function baseHeaders(req: EmuRequest): Record<string, string> {
  return {
    'cache-control': 'no-cache',
    'request-id': randomUUID(),
    'client-request-id': req.headers['client-request-id'] ?? randomUUID(),
  };
}

export function jsonResponse(rc: RouteCtx, body: Json, status = 200, extra: Record<string, string> = {}): EmuResponse {
  return {
    status,
    headers: { ...baseHeaders(rc.req), 'content-type': JSON_CONTENT_TYPE, 'odata-version': '4.0', ...extra },
    body: JSON.stringify(body),
  };
}

export function noContent(rc: RouteCtx): EmuResponse {
  return { status: 204, headers: baseHeaders(rc.req), body: '' };
}

export function binaryResponse(rc: RouteCtx, bytes: Buffer, contentType: string, etag: string): EmuResponse {
  return { status: 200, headers: { ...baseHeaders(rc.req), 'content-type': contentType, etag }, body: bytes };
}

export function textResponse(rc: RouteCtx, text: string): EmuResponse {
  return { status: 200, headers: { ...baseHeaders(rc.req), 'content-type': 'text/plain' }, body: text };
}

/** Graph's date in innerError has no fractional seconds, e.g. 2021-05-18T19:03:10. */
function graphDate(): string {
  return new Date().toISOString().slice(0, 19);
}

/** Error body as Graph sends it (https://learn.microsoft.com/graph/errors). */
export function errorResponse(req: EmuRequest, err: GraphError): EmuResponse {
  const headers = baseHeaders(req);
  return {
    status: err.status,
    headers: { ...headers, 'content-type': 'application/json', ...err.headers },
    body: JSON.stringify({
      error: {
        code: err.code,
        message: err.message,
        innerError: { date: graphDate(), 'request-id': headers['request-id'], 'client-request-id': headers['client-request-id'] },
      },
    }),
  };
}

// ---- common Graph failures, with the codes and messages Graph uses ----

/** Entity not found: https://learn.microsoft.com/graph/api/user-get (404 Request_ResourceNotFound). */
export function notFound(key: string): GraphError {
  return new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

/** What Graph says for a segment it has no resource for (400, not 404). */
export function unknownSegment(segment: string): GraphError {
  return new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
}

/** A real Graph endpoint that the emulator deliberately does not implement: never a silent success. */
export function notImplemented(method: string, path: string): GraphError {
  return new GraphError(
    501,
    'NotImplemented',
    `The CoP Hub emulator does not implement ${method} ${path}. Only the endpoints listed in emulator/src/graph/README.md are emulated.`,
  );
}

/** Wrong verb on a known resource; message as in https://learn.microsoft.com/graph/json-batching (405 example). */
export function methodNotAllowed(): GraphError {
  return new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
}

export function forbidden(): GraphError {
  return new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
}

export function badRequest(message: string, code = 'Request_BadRequest'): GraphError {
  return new GraphError(400, code, message);
}

/** Parses a JSON request body, or fails as Graph does for a body it cannot read. */
export function readJsonBody(rc: RouteCtx): Json {
  const text = rc.req.body.toString('utf8');
  if (text.trim().length === 0) throw badRequest('Empty Payload. JSON content expected.', 'BadRequest');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest(
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
      'BadRequest',
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw badRequest('The request payload must be a JSON object.', 'BadRequest');
  return parsed as Json;
}
