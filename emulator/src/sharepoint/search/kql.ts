/**
 * Keyword Query Language, the part the emulator serves
 * (https://learn.microsoft.com/sharepoint/dev/general-development/keyword-query-language-kql-syntax-reference):
 * free-text terms and "quoted phrases", implicit AND between them, AND / OR / NOT (upper case; in
 * lower case they are words), `+term` and `-term`, a trailing `*` for prefix matching, parentheses,
 * and property restrictions `Name:value`, `Name="value"`, `Name<>value`, `Name<value` (also `>`,
 * `<=`, `>=`). `*` alone matches everything. Like SharePoint, the parser is forgiving: an unclosed
 * quote or parenthesis closes at the end, a stray `)` is ignored. NEAR, ONEAR, XRANK, WORDS,
 * ranges (`a..b`) and grouped restrictions (`Name:(a OR b)`) are refused by name as emulator limits.
 */
import { SpError, unsupported } from '../errors.ts';

export type Op = ':' | '=' | '<>' | '<' | '>' | '<=' | '>=';

export type Kql =
  | { k: 'all' }
  | { k: 'text'; text: string; prefix: boolean }
  | { k: 'prop'; name: string; op: Op; value: string; prefix: boolean }
  | { k: 'and' | 'or'; items: Kql[] }
  | { k: 'not'; item: Kql };

/** Query text SharePoint Online accepts (its default KQL length limit). */
export const MAX_QUERY_LENGTH = 4096;

export const QUERY_MALFORMED = '-1, Microsoft.Office.Server.Search.Query.QueryMalformedException';

export function malformed(message: string): SpError {
  return new SpError(400, QUERY_MALFORMED, message);
}

type Tok =
  | { t: '(' | ')' | 'AND' | 'OR' | 'NOT' | '+' | '-' }
  | { t: 'word'; text: string; quoted: boolean }
  | { t: 'prop'; name: string; op: Op; value: string; quoted: boolean };

const REFUSED_OPERATORS = new Set(['NEAR', 'ONEAR', 'XRANK', 'WORDS']);
const PROP = /^([A-Za-z_][A-Za-z0-9_]*)(<>|<=|>=|:|=|<|>)(.*)$/s;

function readPhrase(s: string, i: number): { text: string; end: number } {
  const close = s.indexOf('"', i + 1);
  return close < 0 ? { text: s.slice(i + 1), end: s.length } : { text: s.slice(i + 1, close), end: close + 1 };
}

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      out.push({ t: c });
      i++;
      continue;
    }
    if ((c === '+' || c === '-') && i + 1 < s.length && !/\s/.test(s[i + 1]) && (i === 0 || /[\s(]/.test(s[i - 1]))) {
      out.push({ t: c });
      i++;
      continue;
    }
    if (c === '"') {
      const p = readPhrase(s, i);
      out.push({ t: 'word', text: p.text, quoted: true });
      i = p.end;
      continue;
    }
    let j = i;
    while (j < s.length && !/[\s()"]/.test(s[j])) j++;
    const word = s.slice(i, j);
    i = j;
    const m = PROP.exec(word);
    if (m) {
      const [, name, op, rest] = m;
      if (rest === '' && s[i] === '"') {
        const p = readPhrase(s, i);
        i = p.end;
        out.push({ t: 'prop', name, op: op as Op, value: p.text, quoted: true });
        continue;
      }
      if (rest === '' && s[i] === '(')
        throw unsupported(`grouped KQL property restrictions ('${name}${op}(…)'); repeat the property for each value`);
      if (rest.includes('..')) throw unsupported(`KQL range restrictions ('${word}')`);
      out.push({ t: 'prop', name, op: op as Op, value: rest, quoted: false });
      continue;
    }
    const bare = word.replace(/\(\d+\)$/, '');
    if (REFUSED_OPERATORS.has(bare)) throw unsupported(`the KQL operator '${bare}'`);
    if (word === 'AND' || word === 'OR' || word === 'NOT') out.push({ t: word });
    else out.push({ t: 'word', text: word, quoted: false });
  }
  return out;
}

function leaf(text: string): Kql | null {
  const prefix = text.endsWith('*');
  const core = text.replace(/\*+$/, '');
  if (core === '' && prefix) return { k: 'all' };
  if (core.trim() === '') return null;
  return { k: 'text', text: core, prefix };
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly toks: Tok[]) {}

  parse(): Kql | null {
    const q = this.or();
    // A stray ')' ends a group that was never opened: skip it and go on.
    while (this.i < this.toks.length) {
      this.i++;
      const more = this.or();
      if (more) return q ? { k: 'and', items: [q, more] } : more;
    }
    return q;
  }

  private peek(): Tok | undefined {
    return this.toks[this.i];
  }

  private or(): Kql | null {
    const items: Kql[] = [];
    const first = this.and();
    if (first) items.push(first);
    while (this.peek()?.t === 'OR') {
      this.i++;
      const next = this.and();
      if (next) items.push(next);
    }
    if (items.length === 0) return null;
    return items.length === 1 ? items[0] : { k: 'or', items };
  }

  private and(): Kql | null {
    const items: Kql[] = [];
    for (;;) {
      const t = this.peek();
      if (!t || t.t === ')' || t.t === 'OR') break;
      if (t.t === 'AND') {
        this.i++;
        continue;
      }
      const u = this.unary();
      if (u) items.push(u);
    }
    if (items.length === 0) return null;
    return items.length === 1 ? items[0] : { k: 'and', items };
  }

  private unary(): Kql | null {
    const t = this.peek();
    if (t && (t.t === 'NOT' || t.t === '-')) {
      this.i++;
      const item = this.unary();
      return item ? { k: 'not', item } : null;
    }
    if (t?.t === '+') {
      this.i++;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): Kql | null {
    const t = this.toks[this.i++];
    if (!t) return null;
    if (t.t === '(') {
      if (++this.depth > 64) throw malformed('The query has too many nested parentheses.');
      const inner = this.or();
      if (this.peek()?.t === ')') this.i++;
      this.depth--;
      return inner;
    }
    if (t.t === 'word') return leaf(t.text);
    if (t.t === 'prop') {
      const prefix = t.value.endsWith('*');
      return { k: 'prop', name: t.name, op: t.op, value: t.value.replace(/\*+$/, ''), prefix };
    }
    // AND / OR where a term was expected ("AND cats", "a OR OR b"): read as nothing, as SharePoint does.
    return null;
  }
}

/** Parses query text into a tree; throws a QueryMalformedException when there is nothing to search for. */
export function parseKql(text: string): Kql {
  if (text.length > MAX_QUERY_LENGTH) throw malformed(`The query text is longer than ${MAX_QUERY_LENGTH} characters.`);
  const q = new Parser(tokenize(text)).parse();
  if (!q) throw malformed('The query text is empty or contains only operators. Enter one or more words to search for.');
  return q;
}
