/**
 * Refiners and refinement filters
 * (https://learn.microsoft.com/sharepoint/dev/general-development/sharepoint-search-rest-api-overview#refiners,
 * FQL: https://learn.microsoft.com/sharepoint/dev/general-development/fast-query-language-fql-syntax-reference).
 * A refiner entry's token is "ǂǂ" and the UTF-8 bytes of its value in hex, which is what a client
 * sends back in RefinementFilters (`ResourceTypeOWSCHCS:"ǂǂ54656d706c617465"`); plain quoted values,
 * `equals("…")`, `or(…)`, and `and(…)`/`or(…)`/`not(…)` of filters are read too. Refiner options
 * (`Name(filter=…)`), `range(…)` and other FQL operators are refused by name as emulator limits.
 */
import { badRequest, unsupported } from '../errors.ts';
import type { SqlValue } from '../store.ts';
import { PROPS_OF_I, type ManagedProperty } from './properties.ts';

export const TOKEN_MARK = 'ǂǂ';

export function refinementToken(value: string): string {
  return `"${TOKEN_MARK}${Buffer.from(value, 'utf8').toString('hex')}"`;
}

export interface Sql {
  sql: string;
  params: SqlValue[];
}

/** Splits "a, b(c, d), e" at top-level commas. */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === ',') {
      out.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(s.slice(start).trim());
  return out.filter((x) => x.length > 0);
}

function valueOf(raw: string): string {
  const t = raw.trim();
  const eq = /^equals\((.*)\)$/s.exec(t);
  if (eq) return valueOf(eq[1]);
  if (!(t.length >= 2 && t.startsWith('"') && t.endsWith('"')))
    throw badRequest(`The refinement value ${t} is not a quoted value or refinement token.`);
  const inner = t.slice(1, -1);
  if (inner.startsWith(TOKEN_MARK)) {
    const hex = inner.slice(TOKEN_MARK.length);
    if (!/^([0-9a-f]{2})*$/i.test(hex)) throw badRequest(`The refinement token ${t} is not valid.`);
    return Buffer.from(hex, 'hex').toString('utf8');
  }
  return inner;
}

export type PropLookup = (name: string) => ManagedProperty;

/** One RefinementFilters entry, read: and/or/not of property values. */
export type Refinement = { k: 'and' | 'or' | 'not'; items: Refinement[] } | { k: 'is'; prop: ManagedProperty; values: string[] };

/** Reads one RefinementFilters entry; what FQL offers beyond it is refused by name. */
export function parseRefinement(text: string, prop: PropLookup): Refinement {
  const t = text.trim();
  const fn = /^(and|or|not)\((.*)\)$/is.exec(t);
  if (fn) {
    const items = splitArgs(fn[2]).map((p) => parseRefinement(p, prop));
    if (items.length === 0) throw badRequest(`The refinement filter ${t} has nothing inside ${fn[1]}().`);
    return { k: fn[1].toLowerCase() as 'and' | 'or' | 'not', items };
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*):(.*)$/s.exec(t);
  if (!m) {
    const op = /^([a-z]+)\(/i.exec(t)?.[1];
    if (op) throw unsupported(`the FQL operator '${op}' in RefinementFilters (emulator limit)`);
    throw badRequest(`The refinement filter '${t}' is not of the form Property:"value".`);
  }
  const p = prop(m[1]);
  const rest = m[2].trim();
  const orValues = /^or\((.*)\)$/is.exec(rest);
  const values = orValues
    ? splitArgs(orValues[1]).map(valueOf)
    : [rest].map((r) => {
        const op = /^([a-z]+)\(/i.exec(r)?.[1];
        if (op && op.toLowerCase() !== 'equals') throw unsupported(`the FQL operator '${op}' in RefinementFilters (emulator limit)`);
        return valueOf(r);
      });
  return { k: 'is', prop: p, values };
}

/**
 * Whether a property's values are in the refiner table (see crawler.ts): a text property, compared as
 * kql_match's '=' does (trimmed, case-insensitive, any part of a multi-value).
 */
function indexed(r: Refinement & { k: 'is' }): boolean {
  return r.prop.compare === 'text' && r.prop.refinable === true && r.values.every((v) => refineNorm(v) !== '');
}

/** A filter as SQL over the documents (alias `i`). */
export function refinementSql(r: Refinement): Sql {
  if (r.k !== 'is') {
    const parts = r.items.map(refinementSql);
    const params = parts.flatMap((p) => p.params);
    if (r.k === 'not') return { sql: `NOT (${parts.map((p) => p.sql).join(' OR ')})`, params };
    return { sql: `(${parts.map((p) => p.sql).join(r.k === 'and' ? ' AND ' : ' OR ')})`, params };
  }
  // Read from the refiner table (an index look-up, not each match's JSON) where the values are there.
  if (indexed(r)) {
    return {
      sql: `i.doc IN (SELECT doc FROM sp_search_refine WHERE vid IN (SELECT v.id FROM sp_search_values v JOIN sp_search_refiners n ON n.id = v.nid WHERE n.name = ? AND v.norm IN (${r.values.map(() => '?').join(',')})))`,
      params: [r.prop.name, ...r.values.map(refineNorm)],
    };
  }
  const one = `kql_match(json_extract(${PROPS_OF_I}, '$."${r.prop.name}"'), '${r.prop.compare}', '=', ?, 0)`;
  return { sql: `(${r.values.map(() => one).join(' OR ')})`, params: r.values };
}

/**
 * The same filter as a test of a document number, when every value it names is in the refiner table:
 * `holds(name, norms)` gives the test of one property (facets.ts keeps their values in memory). Null
 * otherwise: the filter is then read in SQL.
 */
export function refinementTest(
  r: Refinement,
  holds: (name: string, norms: ReadonlySet<string>) => (doc: number) => boolean,
): ((doc: number) => boolean) | null {
  if (r.k === 'is') return indexed(r) ? holds(r.prop.name, new Set(r.values.map(refineNorm))) : null;
  const tests = r.items.map((x) => refinementTest(x, holds));
  if (tests.some((t) => t === null)) return null;
  const ts = tests as Array<(doc: number) => boolean>;
  if (r.k === 'and') return (doc) => ts.every((t) => t(doc));
  if (r.k === 'or') return (doc) => ts.some((t) => t(doc));
  return (doc) => !ts.some((t) => t(doc));
}

/** A refiner value as a text refinement filter compares it (kql_match's '=': trimmed, case-insensitive). */
export function refineNorm(value: string): string {
  return value.trim().toLowerCase();
}

/** Values of a stored property as entries count them (multi-choice values hold ";#a;#b;#"). */
export function refinerValues(v: unknown): string[] {
  if (v === null || v === undefined || v === '') return [];
  const s = String(v);
  if (s.startsWith(';#')) return s.split(';#').filter((x) => x.length > 0);
  return [s];
}

/** Refiners: "Name,Name2"; options in parentheses are an emulator limit. */
export function refinerNames(names: string[]): string[] {
  return names.map((n) => {
    if (n.includes('(')) throw unsupported(`refiner options ('${n}'; emulator limit): ask for the property by name`);
    return n;
  });
}
