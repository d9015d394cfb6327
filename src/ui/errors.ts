/**
 * Turns what a service throws into words a person understands. PnPjs raises HttpRequestError with
 * the HTTP status; fetch raises TypeError when the network fails.
 */
import * as strings from 'CopHubSharedStrings';
import { isTransitionRefused } from '../domain/errors';
import type { TransitionProblem } from '../domain/lifecycle';
import { fill } from './format';

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

/** A refused status change in words (the lifecycle gives only a code and its data). */
export function transitionProblemText(p: TransitionProblem): string {
  switch (p.code) {
    case 'alreadyThere':
      return fill(strings.LifecycleAlreadyThere, p.from);
    case 'notAllowed':
      return fill(strings.LifecycleNotAllowed, p.from, p.to, p.options.join(', '));
    case 'closed':
      return strings.LifecycleClosed;
    case 'reasonMissing':
      return strings.LifecycleReasonMissing;
    case 'reasonTooLong':
      return fill(strings.LifecycleReasonTooLong, p.max.toLocaleString('en-GB'));
  }
}

export function describeError(e: unknown): string {
  if (isTransitionRefused(e)) return transitionProblemText(e.problem);
  const status = errorStatus(e);
  if (status === 401 || status === 403) return strings.AccessDenied;
  if (status === 404) return strings.NotFound;
  if (status === 412) return strings.StaleEdit;
  if (status === 429 || status === 503) return strings.Throttled;
  if (status !== undefined && status >= 500) return strings.ServerError;
  if (status !== undefined && status >= 400) return strings.RequestRefused;
  if (e instanceof TypeError) return strings.NetworkError;
  const message = e instanceof Error ? e.message : String(e);
  // Our own messages are written for people; anything else (a library's, a status line) is not shown.
  if (!message || namesInternals(message)) return strings.Unexpected;
  return message;
}

/**
 * True when a text names the machinery rather than what happened: HTTP, form digests, OData,
 * PnPjs's "queryable", stack traces, or a bare status code. A person is never shown such a text.
 */
export function namesInternals(text: string): boolean {
  return /HTTP|digest|odata|queryable|::>|\bat \S+ \(|\[\d{3}\]|\b(?:status|code)\s*:?\s*\d{3}\b|\(\s*[45]\d\d\s*\)|\b(?:undefined|null|NaN)\b|\b[A-Z][a-zA-Z]+Error\b/.test(
    text,
  );
}
