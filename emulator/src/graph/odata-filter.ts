/**
 * A small OData $filter parser and evaluator for the Graph subset CoP Hub and MGT send:
 * `eq ne gt ge lt le`, `and or not`, `in (...)`, `startswith()/endswith()`, and lambdas such as
 * `groupTypes/any(c:c eq 'Unified')`. Syntax follows https://learn.microsoft.com/graph/filter-query-parameter.
 * String comparison is case-insensitive, as it is for directory objects.
 */
import { badRequest, GraphError } from './http.ts';

export type Literal = string | number | boolean | null;
export type Operand = { k: 'prop'; path: string[] } | { k: 'lit'; v: Literal };
export type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterNode =
  | { k: 'and' | 'or'; l: FilterNode; r: FilterNode }
  | { k: 'not'; e: FilterNode }
  | { k: 'cmp'; op: CmpOp; l: Operand; r: Operand }
  | { k: 'in'; l: Operand; values: Literal[] }
  | { k: 'fn'; name: 'startswith' | 'endswith'; target: Operand; value: Operand }
  | { k: 'lambda'; kind: 'any' | 'all'; path: string[]; v: string; body: FilterNode };

type Tok = { t: 'id' | 'str' | 'num' | 'sym'; v: string; pos: number };

const CMP_OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if ('(),:/'.includes(c)) {
      toks.push({ t: 'sym', v: c, pos: i });
      i++;
      continue;
    }
    if (c === "'") {
      let s = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw syntax(text, i);
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            s += "'";
            j += 2;
            continue;
          }
          break;
        }
        s += text[j++];
      }
      toks.push({ t: 'str', v: s, pos: i });
      i = j + 1;
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(text.slice(i));
    if (num && (c !== '-' || /\d/.test(text[i + 1] ?? ''))) {
      toks.push({ t: 'num', v: num[0], pos: i });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_$@][\w.$@-]*/.exec(text.slice(i));
    if (id) {
      toks.push({ t: 'id', v: id[0], pos: i });
      i += id[0].length;
      continue;
    }
    throw syntax(text, i);
  }
  return toks;
}

function syntax(text: string, pos: number): GraphError {
  return badRequest(`Invalid filter clause: syntax error at position ${pos} in '${text}'.`, 'BadRequest');
}

class Parser {
  private i = 0;
  private readonly toks: Tok[];
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
    this.toks = tokenize(text);
  }
  private peek(o = 0): Tok | undefined {
    return this.toks[this.i + o];
  }
  private isKw(kw: string, o = 0): boolean {
    const t = this.peek(o);
    return t?.t === 'id' && t.v.toLowerCase() === kw;
  }
  private isSym(s: string, o = 0): boolean {
    const t = this.peek(o);
    return t?.t === 'sym' && t.v === s;
  }
  private fail(): GraphError {
    return syntax(this.text, this.peek()?.pos ?? this.text.length);
  }
  private expectSym(s: string): void {
    if (!this.isSym(s)) throw this.fail();
    this.i++;
  }

  parse(): FilterNode {
    const node = this.or();
    if (this.i < this.toks.length) throw this.fail();
    return node;
  }
  private or(): FilterNode {
    let l = this.and();
    while (this.isKw('or')) {
      this.i++;
      l = { k: 'or', l, r: this.and() };
    }
    return l;
  }
  private and(): FilterNode {
    let l = this.unary();
    while (this.isKw('and')) {
      this.i++;
      l = { k: 'and', l, r: this.unary() };
    }
    return l;
  }
  private unary(): FilterNode {
    if (this.isKw('not')) {
      this.i++;
      return { k: 'not', e: this.unary() };
    }
    return this.primary();
  }
  private primary(): FilterNode {
    if (this.isSym('(')) {
      this.i++;
      const e = this.or();
      this.expectSym(')');
      return e;
    }
    const t = this.peek();
    if (t?.t === 'id' && this.isSym('(', 1)) {
      const name = t.v.toLowerCase();
      if (name !== 'startswith' && name !== 'endswith') {
        throw badRequest(`Invalid filter clause: the function '${t.v}' is not supported.`, 'Request_UnsupportedQuery');
      }
      this.i += 2;
      const target = this.operand();
      this.expectSym(',');
      const value = this.operand();
      this.expectSym(')');
      return { k: 'fn', name, target, value };
    }
    const lambda = this.tryLambda();
    if (lambda) return lambda;
    const l = this.operand();
    if (this.isKw('in')) {
      this.i++;
      this.expectSym('(');
      const values: Literal[] = [];
      for (;;) {
        const v = this.operand();
        if (v.k !== 'lit') throw this.fail();
        values.push(v.v);
        if (this.isSym(',')) {
          this.i++;
          continue;
        }
        break;
      }
      this.expectSym(')');
      return { k: 'in', l, values };
    }
    const opTok = this.peek();
    if (opTok?.t !== 'id' || !CMP_OPS.has(opTok.v.toLowerCase())) throw this.fail();
    this.i++;
    return { k: 'cmp', op: opTok.v.toLowerCase() as CmpOp, l, r: this.operand() };
  }
  /** path/any(v: body) or path/all(v: body) */
  private tryLambda(): FilterNode | undefined {
    const start = this.i;
    const path: string[] = [];
    while (this.peek()?.t === 'id') {
      const seg = this.peek()!.v;
      const lower = seg.toLowerCase();
      if ((lower === 'any' || lower === 'all') && path.length > 0 && this.isSym('(', 1)) {
        this.i += 2;
        const v = this.peek();
        if (v?.t !== 'id') throw this.fail();
        this.i++;
        this.expectSym(':');
        const body = this.or();
        this.expectSym(')');
        return { k: 'lambda', kind: lower, path, v: v.v, body };
      }
      path.push(seg);
      this.i++;
      if (!this.isSym('/')) break;
      this.i++;
    }
    this.i = start;
    return undefined;
  }
  private operand(): Operand {
    const t = this.peek();
    if (!t) throw this.fail();
    if (t.t === 'str') {
      this.i++;
      return { k: 'lit', v: t.v };
    }
    if (t.t === 'num') {
      this.i++;
      return { k: 'lit', v: Number(t.v) };
    }
    if (t.t === 'id') {
      const lower = t.v.toLowerCase();
      if (lower === 'true' || lower === 'false') {
        this.i++;
        return { k: 'lit', v: lower === 'true' };
      }
      if (lower === 'null') {
        this.i++;
        return { k: 'lit', v: null };
      }
      const path = [t.v];
      this.i++;
      while (this.isSym('/')) {
        this.i++;
        const seg = this.peek();
        if (seg?.t !== 'id') throw this.fail();
        path.push(seg.v);
        this.i++;
      }
      return { k: 'prop', path };
    }
    throw this.fail();
  }
}

export function parseFilter(text: string): FilterNode {
  return new Parser(text).parse();
}

// ---------------------------------------------------------------- validation

/** What a resource allows in $filter, after https://learn.microsoft.com/graph/aad-advanced-queries. */
export interface FilterSpec {
  /** 'User', 'Group', 'Person': used in Graph's error message. */
  resource: string;
  /** Filterable property paths, joined with '/'. */
  props: ReadonlySet<string>;
  /** Collection properties that accept any()/all() lambdas. */
  collections: ReadonlySet<string>;
  /** Directory objects need advanced query parameters for ne, not and endsWith. */
  directory: boolean;
}

/** Expressions an `in` list or an `or` chain may hold on directory objects without advanced query parameters. */
const MAX_CLAUSES = 15;

/** Checks the filter against the spec; `advanced` = ConsistencyLevel: eventual and $count=true. */
export function validateFilter(node: FilterNode, spec: FilterSpec, advanced: boolean): void {
  const needAdvanced = (op: string): void => {
    if (spec.directory && !advanced) {
      // Message as documented in https://learn.microsoft.com/graph/aad-advanced-queries#error-handling-for-advanced-queries-on-directory-objects
      throw badRequest(
        `Operator '${op}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
        'Request_UnsupportedQuery',
      );
    }
  };
  const checkProp = (o: Operand, lambdaVar?: string): void => {
    if (o.k !== 'prop') return;
    if (lambdaVar && o.path[0] === lambdaVar && o.path.length === 1) return;
    const path = o.path.join('/');
    if (!spec.props.has(path)) {
      throw badRequest(
        `Unsupported or invalid query filter clause specified for property '${path}' of resource '${spec.resource}'.`,
        'Request_UnsupportedQuery',
      );
    }
  };
  // "When using the in operator, the request is by default limited to 15 expressions in the filter
  // clause" (https://learn.microsoft.com/graph/filter-query-parameter); advanced queries lift it.
  // Graph counts `or` children the same way, and answers in the words of its directory.
  const clauses = (count: number): void => {
    if (spec.directory && !advanced && count > MAX_CLAUSES) {
      throw badRequest(
        `Too many child clauses specified in search filter expression containing 'OR' operators: ${count}. Max allowed: ${MAX_CLAUSES}.`,
        'Request_UnsupportedQuery',
      );
    }
  };
  const orLeaves = (n: FilterNode): number => (n.k === 'or' ? orLeaves(n.l) + orLeaves(n.r) : 1);
  const walk = (n: FilterNode, lambdaVar?: string, inOr = false): void => {
    switch (n.k) {
      case 'and':
        walk(n.l, lambdaVar);
        walk(n.r, lambdaVar);
        return;
      case 'or':
        if (!inOr) clauses(orLeaves(n));
        walk(n.l, lambdaVar, true);
        walk(n.r, lambdaVar, true);
        return;
      case 'not':
        needAdvanced('not');
        walk(n.e, lambdaVar);
        return;
      case 'cmp':
        if (n.op === 'ne') needAdvanced('ne');
        if (n.op !== 'eq' && n.op !== 'ne')
          throw badRequest(
            `Unsupported or invalid query filter clause: operator '${n.op}' is not supported for resource '${spec.resource}'.`,
            'Request_UnsupportedQuery',
          );
        checkProp(n.l, lambdaVar);
        checkProp(n.r, lambdaVar);
        return;
      case 'in':
        clauses(n.values.length);
        checkProp(n.l, lambdaVar);
        return;
      case 'fn':
        if (n.name === 'endswith') needAdvanced('endsWith');
        checkProp(n.target, lambdaVar);
        return;
      case 'lambda': {
        const path = n.path.join('/');
        if (!spec.collections.has(path)) {
          throw badRequest(
            `Unsupported or invalid query filter clause specified for property '${path}' of resource '${spec.resource}'.`,
            'Request_UnsupportedQuery',
          );
        }
        walk(n.body, n.v);
        return;
      }
    }
  };
  walk(node);
}

// ---------------------------------------------------------------- evaluation

function resolve(o: Operand, item: unknown, env: Record<string, unknown>): unknown {
  if (o.k === 'lit') return o.v;
  let cur: unknown = o.path[0] in env ? env[o.path[0]] : (item as Record<string, unknown>)?.[o.path[0]];
  for (const seg of o.path.slice(1)) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
  return cur;
}

function norm(v: unknown): unknown {
  return typeof v === 'string' ? v.toLowerCase() : (v ?? null);
}

function compare(op: CmpOp, a: unknown, b: unknown): boolean {
  const x = norm(a);
  const y = norm(b);
  switch (op) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    default: {
      if (x === null || y === null) return false;
      const xs = x as string | number;
      const ys = y as string | number;
      return op === 'gt' ? xs > ys : op === 'ge' ? xs >= ys : op === 'lt' ? xs < ys : xs <= ys;
    }
  }
}

export function evaluateFilter(node: FilterNode, item: unknown, env: Record<string, unknown> = {}): boolean {
  switch (node.k) {
    case 'and':
      return evaluateFilter(node.l, item, env) && evaluateFilter(node.r, item, env);
    case 'or':
      return evaluateFilter(node.l, item, env) || evaluateFilter(node.r, item, env);
    case 'not':
      return !evaluateFilter(node.e, item, env);
    case 'cmp':
      return compare(node.op, resolve(node.l, item, env), resolve(node.r, item, env));
    case 'in': {
      const v = norm(resolve(node.l, item, env));
      return node.values.some((x) => norm(x) === v);
    }
    case 'fn': {
      const target = resolve(node.target, item, env);
      const value = resolve(node.value, item, env);
      if (typeof target !== 'string' || typeof value !== 'string') return false;
      const t = target.toLowerCase();
      const v = value.toLowerCase();
      return node.name === 'startswith' ? t.startsWith(v) : t.endsWith(v);
    }
    case 'lambda': {
      const coll = resolve({ k: 'prop', path: node.path }, item, env);
      const arr = Array.isArray(coll) ? coll : [];
      const test = (el: unknown): boolean => evaluateFilter(node.body, item, { ...env, [node.v]: el });
      return node.kind === 'any' ? arr.some(test) : arr.every(test);
    }
  }
}
