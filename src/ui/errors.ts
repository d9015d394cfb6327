/**
 * Turns what a service throws into words a person understands. PnPjs raises HttpRequestError with
 * the HTTP status; fetch raises TypeError when the network fails.
 */
import * as strings from 'CopHubSharedStrings';

export function errorStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * 412: the item changed since it was read (its etag no longer matches). Trying the same write again
 * can't work; the person has to reload to see the change, so screens offer "Reload".
 */
export function isStaleEdit(e: unknown): boolean {
  return errorStatus(e) === 412;
}

export function describeError(e: unknown): string {
  const status = errorStatus(e);
  if (status === 401 || status === 403) return strings.AccessDenied;
  if (status === 404) return strings.NotFound;
  if (status === 412) return strings.StaleEdit;
  if (status === 429 || status === 503) return strings.Throttled;
  if (status !== undefined && status >= 500) return strings.ServerError;
  if (e instanceof TypeError) return strings.NetworkError;
  const message = e instanceof Error ? e.message : String(e);
  return message || strings.ErrorTitle;
}
