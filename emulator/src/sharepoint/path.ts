/**
 * Splits a SharePoint REST path (everything after `/_api/`) into segments, the way SharePoint reads
 * them: `web/lists/GetByTitle('A/B ''x''')/items(3)` → web | lists | getbytitle('A/B 'x'') | items(3).
 * Segment names are case-insensitive, string literals use '' to escape a quote, and arguments may be
 * parameter aliases (`getusereffectivepermissions(@user)` with `?@user='...'`), as in
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests.
 */
import { badRequest } from './errors.ts';

export interface Seg {
  /** Lower-cased segment name, e.g. 'getbytitle'. */
  name: string;
  /** Text between the parentheses, or null when there are none. */
  args: string | null;
  raw: string;
}

export type ArgValue = string | number | boolean | null;

export interface Args {
  positional: ArgValue[];
  named: Record<string, ArgValue>;
}

export function splitPath(path: string): Seg[] {
  const out: Seg[] = [];
  let cur = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (quoted) {
      if (c === "'" && path[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      if (c === "'") quoted = false;
      cur += c;
      continue;
    }
    if (c === "'") quoted = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (c === '/' && depth === 0) {
      if (cur.length > 0) out.push(toSeg(cur));
      cur = '';
      continue;
    }
    cur += c;
  }
  if (quoted || depth !== 0) throw badRequest(`The expression "${path}" is not valid.`);
  if (cur.length > 0) out.push(toSeg(cur));
  return out;
}

function toSeg(raw: string): Seg {
  const open = raw.indexOf('(');
  if (open < 0) return { name: raw.toLowerCase(), args: null, raw };
  if (!raw.endsWith(')')) throw badRequest(`The expression "${raw}" is not valid.`);
  return { name: raw.slice(0, open).toLowerCase(), args: raw.slice(open + 1, -1), raw };
}

/** Splits on commas that are outside string literals. */
function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'") {
      if (quoted && s[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (c === ',' && !quoted) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim().length > 0 || parts.length > 0) parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Parses one OData literal: 'text', guid'…', numbers, true/false/null. */
export function parseLiteral(text: string): ArgValue {
  const t = text.trim();
  const str = /^(?:guid|datetime|X)?'((?:[^']|'')*)'$/i.exec(t);
  if (str) return str[1].replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  if (/^null$/i.test(t)) return null;
  throw badRequest(`The expression "${t}" is not a valid literal.`);
}

export function parseArgs(args: string | null, query: URLSearchParams): Args {
  const result: Args = { positional: [], named: {} };
  if (args === null) return result;
  for (const part of splitTopLevel(args)) {
    const eq = /^([A-Za-z_][\w.]*)\s*=\s*([\s\S]*)$/.exec(part);
    const valueText = eq ? eq[2] : part;
    const value = resolveAlias(valueText, query);
    if (eq) result.named[eq[1].toLowerCase()] = value;
    else result.positional.push(value);
  }
  return result;
}

function resolveAlias(text: string, query: URLSearchParams): ArgValue {
  const t = text.trim();
  if (t.startsWith('@')) {
    const v = query.get(t);
    if (v === null) throw badRequest(`The parameter alias '${t}' has no value in the query string.`);
    return parseLiteral(v);
  }
  return parseLiteral(t);
}

/** The first argument, by position or by one of the given names. */
export function arg(a: Args, ...names: string[]): ArgValue | undefined {
  for (const n of names) if (n.toLowerCase() in a.named) return a.named[n.toLowerCase()];
  return a.positional[0];
}

export function argString(a: Args, what: string, ...names: string[]): string {
  const v = arg(a, ...names);
  if (v === undefined || v === null) throw badRequest(`Missing argument '${what}'.`, '-1, System.ArgumentNullException');
  return String(v);
}

export function argInt(a: Args, what: string, ...names: string[]): number {
  const v = arg(a, ...names);
  const n = typeof v === 'number' ? v : Number(v);
  if (v === undefined || v === null || !Number.isInteger(n))
    throw badRequest(`The argument '${what}' must be an integer.`, '-1, System.ArgumentException');
  return n;
}

export function argBool(a: Args, name: string, fallback: boolean): boolean {
  const v = a.named[name.toLowerCase()];
  if (v === undefined) return fallback;
  if (typeof v === 'boolean') return v;
  throw badRequest(`The argument '${name}' must be true or false.`, '-1, System.ArgumentException');
}
