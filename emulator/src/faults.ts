/**
 * Fault injection for tests: `POST /_emulator/faults` with
 * {"match":"<path regex>","status":429|503|500,"times":N,"retryAfter":S}
 * makes the next N requests whose path matches fail that way. Throttling responses carry
 * Retry-After in seconds, as SharePoint Online does
 * (https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online).
 *
 * Two more conditions a real network produces:
 * - "network": true drops the connection without an answer (the browser's fetch rejects);
 * - "after": true lets the request run first, so its write is done, and then fails the answer:
 *   the client never learns that the write landed (a lost response), which is what makes blind
 *   retries of writes duplicate them.
 * "method" (e.g. "POST") narrows the match to one HTTP method.
 */
import type { EmuResponse } from './types.ts';

export interface FaultSpec {
  match: string;
  /** 429, 500 or 503; not needed with `network`. */
  status?: number;
  times: number;
  retryAfter?: number;
  /** Drop the connection instead of answering. */
  network?: boolean;
  /** Handle the request first, then fail its answer. */
  after?: boolean;
  /** Only requests with this HTTP method. */
  method?: string;
}

/** What to do with a request a fault matched: answer with `response`, or drop the connection. */
export type FaultAction = { drop: true } | { drop: false; response: EmuResponse };

interface ActiveFault extends FaultSpec {
  regex: RegExp;
  remaining: number;
}

// 412: Graph's answer to a token that expires within 45 minutes (the activity feed's send actions).
const ALLOWED_STATUS = new Set([412, 429, 500, 503]);

export class FaultInjector {
  private faults: ActiveFault[] = [];

  /** Validates and adds a fault; returns an error message for bad input. */
  add(spec: unknown): string | undefined {
    if (!spec || typeof spec !== 'object') return 'Body must be a JSON object.';
    const s = spec as Partial<FaultSpec>;
    if (typeof s.match !== 'string' || s.match.length === 0) return '"match" must be a non-empty path regex.';
    let regex: RegExp;
    try {
      // The pattern is a test's own fault rule (a path regex it posts to /_emulator/faults), checked here.
      // eslint-disable-next-line @rushstack/security/no-unsafe-regexp
      regex = new RegExp(s.match);
    } catch {
      return `"match" is not a valid regular expression: ${s.match}`;
    }
    if (s.network !== undefined && typeof s.network !== 'boolean') return '"network" must be true or false.';
    if (s.after !== undefined && typeof s.after !== 'boolean') return '"after" must be true or false.';
    if (s.method !== undefined && (typeof s.method !== 'string' || !/^[A-Za-z]+$/.test(s.method)))
      return '"method" must be an HTTP method such as POST.';
    if (!s.network && (typeof s.status !== 'number' || !ALLOWED_STATUS.has(s.status)))
      return '"status" must be 412, 429, 500 or 503 (or set "network": true).';
    const times = s.times ?? 1;
    if (!Number.isInteger(times) || times < 1 || times > 10000) return '"times" must be an integer from 1 to 10000.';
    if (s.retryAfter !== undefined && (typeof s.retryAfter !== 'number' || s.retryAfter < 0)) {
      return '"retryAfter" must be a number of seconds.';
    }
    this.faults.push({
      match: s.match,
      status: s.status,
      times,
      retryAfter: s.retryAfter,
      network: s.network === true,
      after: s.after === true,
      method: s.method?.toUpperCase(),
      regex,
      remaining: times,
    });
    return undefined;
  }

  clear(): void {
    this.faults = [];
  }

  /** How many injected failures are still to come, so a test can tell that its fault was met. */
  remaining(): number {
    return this.faults.reduce((n, f) => n + f.remaining, 0);
  }

  /**
   * If a fault for this phase matches the request, consumes one use of it and returns what to do:
   * phase 'before' is checked before the request is handled, 'after' once it has been. `drops: false`
   * leaves network faults alone (a part of a $batch has no connection of its own to drop).
   */
  take(path: string, method = 'GET', phase: 'before' | 'after' = 'before', drops = true): FaultAction | undefined {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        f.after === (phase === 'after') &&
        (drops || !f.network) &&
        (!f.method || f.method === method.toUpperCase()) &&
        f.regex.test(path),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    if (fault.network) return { drop: true };
    const status = fault.status ?? 500;
    const headers: Record<string, string> = { 'content-type': 'application/json;odata=minimalmetadata;charset=utf-8' };
    if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
    const message =
      status === 500
        ? 'Injected server error.'
        : status === 412
          ? 'The token expires within 45 minutes (injected fault).'
          : 'The request has been throttled (injected fault).';
    const code =
      status === 429 ? '-2147024860, Microsoft.SharePoint.SPQueryThrottledException' : '-2146232832, Microsoft.SharePoint.SPException';
    return {
      drop: false,
      response: {
        status,
        headers,
        body: JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } }),
      },
    };
  }
}
