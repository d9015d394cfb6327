/**
 * `$filter` as SharePoint REST accepts it: eq ne lt le gt ge, and/or with parentheses, the
 * functions startswith(Field,'x') and substringof('x',Field), literals 'text' (with '' escapes),
 * numbers, true/false, null, datetime'…' and guid'…', and Person/Lookup sub-fields (`Author/EMail`).
 * Supported operators are listed at
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests#supported-odata-query-operators
 * Everything else (not, arithmetic, other functions) is refused with an error that names it.
 */
import { badRequest, unsupported } from './errors.ts';

export type Op = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
export type LitKind = 'string' | 'number' | 'bool' | 'null' | 'datetime' | 'guid';
export interface Lit {
  kind: LitKind;
  v: string | number | boolean | null;
}
export type Filter =
  | { t: 'and'; a: Filter; b: Filter }
  | { t: 'or'; a: Filter; b: Filter }
  | { t: 'cmp'; op: Op; field: string[]; value: Lit }
  | { t: 'fn'; name: 'startswith' | 'substringof'; field: string[]; value: Lit; negate: boolean };

type Tok = { k: 'ident' | 'lit' | 'punct'; s: string; lit?: Lit };

const OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const UNSUPPORTED_OPS = new Set(['has', 'add', 'sub', 'mul', 'div', 'mod', 'in']);

function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      toks.push({ k: 'punct', s: c });
      i++;
      continue;
    }
    const prefixed = /^(datetime|guid|datetimeoffset)'/i.exec(src.slice(i));
    if (c === "'" || prefixed) {
      const start = i + (prefixed ? prefixed[1].length : 0) + 1;
      let j = start;
      let text = '';
      for (;;) {
        if (j >= src.length) throw badRequest(`Unterminated string literal at position ${i} in $filter.`);
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += src[j++];
      }
      const p = prefixed?.[1].toLowerCase();
      const kind: LitKind = p === 'guid' ? 'guid' : p ? 'datetime' : 'string';
      toks.push({ k: 'lit', s: src.slice(i, j + 1), lit: { kind, v: text } });
      i = j + 1;
      continue;
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LMmdDfF]?/.exec(src.slice(i));
    if (num && (c === '-' || /\d/.test(c))) {
      toks.push({ k: 'lit', s: num[0], lit: { kind: 'number', v: Number(num[0].replace(/[LMmdDfF]$/, '')) } });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_$][\w$./]*/.exec(src.slice(i));
    if (id) {
      toks.push({ k: 'ident', s: id[0] });
      i += id[0].length;
      continue;
    }
    throw badRequest(`Syntax error at position ${i} in $filter: unexpected '${c}'.`);
  }
  return toks;
}

export function parseFilter(src: string): Filter {
  const toks = lex(src);
  let p = 0;
  const peek = (): Tok | undefined => toks[p];
  const next = (): Tok => {
    const t = toks[p++];
    if (!t) throw badRequest(`Syntax error in $filter: unexpected end of expression "${src}".`);
    return t;
  };
  const expectPunct = (s: string): void => {
    const t = next();
    if (t.k !== 'punct' || t.s !== s) throw badRequest(`Syntax error in $filter: expected '${s}' but found '${t.s}'.`);
  };
  const literal = (t: Tok): Lit => {
    if (t.k === 'lit' && t.lit) return t.lit;
    if (t.k === 'ident') {
      if (t.s === 'true' || t.s === 'false') return { kind: 'bool', v: t.s === 'true' };
      if (t.s === 'null') return { kind: 'null', v: null };
    }
    throw badRequest(
      `Syntax error in $filter: '${t.s}' is not a literal value. The left side of a comparison must be a field and the right side a value.`,
    );
  };
  const fieldOf = (t: Tok): string[] => {
    if (t.k !== 'ident') throw badRequest(`Syntax error in $filter: expected a field name but found '${t.s}'.`);
    return t.s.split('/');
  };

  function primary(): Filter {
    const t = next();
    if (t.k === 'punct' && t.s === '(') {
      const e = or();
      expectPunct(')');
      return e;
    }
    if (t.k === 'ident' && t.s === 'not')
      throw unsupported("the 'not' operator in $filter (SharePoint REST does not support it; use ne or restructure the filter)");
    if (t.k === 'ident' && peek()?.s === '(') {
      const name = t.s;
      next();
      if (name !== 'startswith' && name !== 'substringof')
        throw unsupported(`the function '${name}' in $filter (supported: startswith, substringof)`);
      const a = next();
      expectPunct(',');
      const b = next();
      expectPunct(')');
      const node: Filter =
        name === 'startswith'
          ? { t: 'fn', name, field: fieldOf(a), value: literal(b), negate: false }
          : { t: 'fn', name, field: fieldOf(b), value: literal(a), negate: false };
      const op = peek();
      if (op?.k === 'ident' && (op.s === 'eq' || op.s === 'ne')) {
        next();
        const v = literal(next());
        if (v.kind !== 'bool') throw badRequest(`Syntax error in $filter: ${name}(...) can only be compared with true or false.`);
        node.negate = (op.s === 'eq') !== v.v;
      }
      return node;
    }
    const field = fieldOf(t);
    const op = next();
    if (op.k !== 'ident' || !OPS.has(op.s)) {
      if (op.k === 'ident' && UNSUPPORTED_OPS.has(op.s)) throw unsupported(`the '${op.s}' operator in $filter`);
      throw badRequest(`Syntax error in $filter: expected a comparison operator (eq ne lt le gt ge) after '${t.s}' but found '${op.s}'.`);
    }
    return { t: 'cmp', op: op.s as Op, field, value: literal(next()) };
  }
  function and(): Filter {
    let left = primary();
    while (peek()?.k === 'ident' && peek()?.s === 'and') {
      next();
      left = { t: 'and', a: left, b: primary() };
    }
    return left;
  }
  function or(): Filter {
    let left = and();
    while (peek()?.k === 'ident' && peek()?.s === 'or') {
      next();
      left = { t: 'or', a: left, b: and() };
    }
    return left;
  }
  const result = or();
  if (p < toks.length) throw badRequest(`Syntax error in $filter at '${toks[p].s}'.`);
  return result;
}

/** Comparison used for in-memory collections (lists, fields, users…): strings compare case-insensitively, as SharePoint's SQL collation does. */
function compare(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'en', { sensitivity: 'accent' });
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) - Number(b);
  return Number(a) - Number(b);
}

/** Evaluates a filter against an in-memory entity; `get` throws for unknown properties. */
export function evaluate(f: Filter, get: (path: string[]) => unknown): boolean {
  switch (f.t) {
    case 'and':
      return evaluate(f.a, get) && evaluate(f.b, get);
    case 'or':
      return evaluate(f.a, get) || evaluate(f.b, get);
    case 'fn': {
      const v = get(f.field);
      const s = String(v ?? '').toLowerCase();
      const needle = String(f.value.v ?? '').toLowerCase();
      const hit = f.name === 'startswith' ? s.startsWith(needle) : s.includes(needle);
      return hit !== f.negate;
    }
    case 'cmp': {
      const v = get(f.field);
      const lit = f.value.kind === 'bool' && typeof v === 'number' ? Number(f.value.v) : f.value.v;
      if (lit === null || v === null || v === undefined) {
        const bothNull = lit === null && (v === null || v === undefined);
        if (f.op === 'eq') return bothNull;
        if (f.op === 'ne') return !bothNull;
        return false;
      }
      const c = compare(v, lit);
      return f.op === 'eq'
        ? c === 0
        : f.op === 'ne'
          ? c !== 0
          : f.op === 'lt'
            ? c < 0
            : f.op === 'le'
              ? c <= 0
              : f.op === 'gt'
                ? c > 0
                : c >= 0;
    }
  }
}

/** The fields a filter mentions, left to right (used by the list view threshold check). */
export function leaves(f: Filter): Array<Extract<Filter, { t: 'cmp' | 'fn' }>> {
  if (f.t === 'and' || f.t === 'or') return [...leaves(f.a), ...leaves(f.b)];
  return [f];
}
