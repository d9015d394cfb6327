/**
 * Fault injection for tests: `POST /_emulator/faults` with
 * {"match":"<path regex>","status":429|503|500,"times":N,"retryAfter":S}
 * makes the next N requests whose path matches fail that way. Throttling responses carry
 * Retry-After in seconds, as SharePoint Online does
 * (https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online).
 */
import type { EmuResponse } from './types.ts';

export interface FaultSpec {
  match: string;
  status: number;
  times: number;
  retryAfter?: number;
}

interface ActiveFault extends FaultSpec {
  regex: RegExp;
  remaining: number;
}

const ALLOWED_STATUS = new Set([429, 500, 503]);

export class FaultInjector {
  private faults: ActiveFault[] = [];

  /** Validates and adds a fault; returns an error message for bad input. */
  add(spec: unknown): string | undefined {
    if (!spec || typeof spec !== 'object') return 'Body must be a JSON object.';
    const s = spec as Partial<FaultSpec>;
    if (typeof s.match !== 'string' || s.match.length === 0) return '"match" must be a non-empty path regex.';
    let regex: RegExp;
    try {
      regex = new RegExp(s.match);
    } catch {
      return `"match" is not a valid regular expression: ${s.match}`;
    }
    if (typeof s.status !== 'number' || !ALLOWED_STATUS.has(s.status)) return '"status" must be 429, 500 or 503.';
    const times = s.times ?? 1;
    if (!Number.isInteger(times) || times < 1 || times > 10000) return '"times" must be an integer from 1 to 10000.';
    if (s.retryAfter !== undefined && (typeof s.retryAfter !== 'number' || s.retryAfter < 0)) {
      return '"retryAfter" must be a number of seconds.';
    }
    this.faults.push({ match: s.match, status: s.status, times, retryAfter: s.retryAfter, regex, remaining: times });
    return undefined;
  }

  clear(): void {
    this.faults = [];
  }

  /** If a fault matches this path, consumes one use of it and returns the failure to send. */
  take(path: string): EmuResponse | undefined {
    const fault = this.faults.find((f) => f.remaining > 0 && f.regex.test(path));
    if (!fault) return undefined;
    fault.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    const headers: Record<string, string> = { 'content-type': 'application/json;odata=minimalmetadata;charset=utf-8' };
    if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
    const message = fault.status === 500 ? 'Injected server error.' : 'The request has been throttled (injected fault).';
    const code = fault.status === 429 ? '-2147024860, Microsoft.SharePoint.SPQueryThrottledException' : '-2146232832, Microsoft.SharePoint.SPException';
    return {
      status: fault.status,
      headers,
      body: JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value: message } } }),
    };
  }
}
