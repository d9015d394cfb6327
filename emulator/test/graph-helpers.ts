/**
 * Shared set-up for the Graph contract tests: one emulator per test file, well-known demo people,
 * and a way to read Graph's error body from a @pnp/queryable HttpRequestError.
 */
import assert from 'node:assert/strict';
import { DEMO_USERS } from '../src/identities.ts';
import { hasDemoPhoto } from '../src/graph/index.ts';
import { type RunningEmulator, startEmulator } from '../src/server.ts';

export const POD = DEMO_USERS.find((u) => u.roles.includes('pod'))!;
export const STAFF = DEMO_USERS.find((u) => u.userPrincipalName.startsWith('sam.taylor@'))!;
export const GARDENER = DEMO_USERS.find((u) => u.roles.includes('gardener'))!;
export const WITH_PHOTO = DEMO_USERS.find((_, i) => hasDemoPhoto(i))!;
export const WITHOUT_PHOTO = DEMO_USERS.find((_, i) => !hasDemoPhoto(i))!;

export async function start(): Promise<RunningEmulator> {
  return startEmulator({ port: 0 });
}

export interface GraphErrorBody {
  error: { code: string; message: string; innerError: { date: string; 'request-id': string } };
}

/** Runs `fn`, expects it to fail with `status`, and returns Graph's error body. */
export async function graphFailure(fn: () => Promise<unknown>, status: number): Promise<GraphErrorBody['error']> {
  try {
    await fn();
  } catch (e) {
    const err = e as { status?: number; response?: Response };
    assert.equal(err.status, status, `expected HTTP ${status}, got ${String(err.status)}: ${String(e)}`);
    assert.ok(err.response, 'a @pnp/queryable HttpRequestError carries the response');
    const body = (await err.response.json()) as GraphErrorBody;
    assert.ok(body.error.innerError['request-id'], 'Graph errors carry innerError.request-id');
    assert.match(body.error.innerError.date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    return body.error;
  }
  assert.fail(`expected HTTP ${status}, but the call succeeded`);
}

/** A raw Graph call, only where a protocol fact must be shown byte for byte. */
export async function raw(em: RunningEmulator, path: string, init: RequestInit & { upn?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('X-Emulator-User', init.upn ?? STAFF.userPrincipalName);
  return fetch(`${em.graphUrl}${path}`, { ...init, headers });
}
