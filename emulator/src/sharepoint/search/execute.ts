/**
 * Runs a search request against the index: KQL compiled to SQL over `sp_search_docs` (alias `i`)
 * and the FTS5 table, security trimmed per list with the very condition list reads use
 * (`visibility` in ../items-read.ts: the caller's rights on each scope, ReadSecurity, drafts of
 * moderated lists), ranked by BM25 with title matches weighted ten times body matches (what hub search
 * sends, words and Path restrictions ranked by relevance: in tiers, see searchInMemory), then
 * duplicates trimmed, sorted, paged (StartRow, RowLimit) and refined.
 */
import { badRequest } from '../errors.ts';
import { readRights, visibilitySql, visibilityTest, type ReadRights } from '../items-read.ts';
import type { DatabaseSync } from 'node:sqlite';
import { listById, lp, type ListRow } from '../model.ts';
import type { Rq } from '../rq.ts';
import { all, get, stmt, type SqlValue } from '../store.ts';
import { crawl, FTS_TOKENIZER } from './crawler.ts';
import { docFacts, factsKey, pathBounds, pathRuns, type DocFacts } from './docFacts.ts';
import { indexGeneration, refinerCounts, valueTest } from './facets.ts';
import { malformed, parseKql, type Kql } from './kql.ts';
import { words } from './matcher.ts';
import { PROPS_OF_I, schema, serverRelative, type ManagedProperty } from './properties.ts';
import { parseRefinement, refinementSql, refinementTest, refinerNames, type Refinement, type Sql } from './refinement.ts';
import type { SearchRequest } from './request.ts';

/** BM25 weights of the FTS columns (title, body): a title match counts ten times a body match. */
const TITLE_WEIGHT = 10;
const BODY_WEIGHT = 1;

export interface Hit {
  doc: number;
  rank: number;
  props: Record<string, unknown>;
  summary: string;
  titleHighlighted: string;
}

export interface RefinerResult {
  name: string;
  entries: Array<{ value: string; count: number }>;
}

export interface SearchOutcome {
  hits: Hit[];
  totalRows: number;
  totalRowsIncludingDuplicates: number;
  refiners: RefinerResult[] | null;
  elapsedMs: number;
  /** The managed properties the query was read against (the response shapes cells with them). */
  schema: Map<string, ManagedProperty>;
}

/** SharePoint's answer when a property is sorted or refined on that can't be. */
function badProperty(name: string): never {
  throw malformed(`Property doesn't exist or is used in a manner inconsistent with schema settings. (${name})`);
}

function ftsPhrase(text: string, prefix: boolean): string | null {
  const w = words(text);
  if (w.length === 0) return null;
  return `"${w.join(' ')}"${prefix ? '*' : ''}`;
}

interface Compiled extends Sql {
  /** FTS expressions of the positive terms, for ranking and highlighting. */
  rank: string[];
}

function compile(q: Kql, props: Map<string, ManagedProperty>, negated: boolean, driver?: ReadonlySet<Kql>): Compiled {
  // The required words the query starts from (requiredText) hold for every row the full-text index gave:
  // they are not checked again (each was another FTS scan, built into a lookup of every match).
  if (driver?.has(q) && q.k === 'text') {
    const phrase = ftsPhrase(q.text, q.prefix);
    if (phrase) return { sql: '1', params: [], rank: [phrase] };
  }
  switch (q.k) {
    case 'all':
      return { sql: '1', params: [], rank: [] };
    case 'text': {
      const phrase = ftsPhrase(q.text, q.prefix);
      // Punctuation alone ("!!", "--") holds no word: it matches nothing, as SharePoint finds nothing for it.
      if (!phrase) return { sql: '0', params: [], rank: [] };
      return {
        sql: 'i.doc IN (SELECT rowid FROM sp_search_fts WHERE sp_search_fts MATCH ?)',
        params: [phrase],
        rank: negated ? [] : [phrase],
      };
    }
    case 'prop': {
      const p = props.get(q.name.toLowerCase());
      // A restriction on a property the schema doesn't have matches nothing.
      if (!p) return { sql: '0', params: [], rank: [] };
      if (p.name === 'Title' && q.op === ':') {
        const phrase = ftsPhrase(q.value, q.prefix);
        if (!phrase) return { sql: '0', params: [], rank: [] };
        const expr = `title : ${phrase}`;
        return {
          sql: 'i.doc IN (SELECT rowid FROM sp_search_fts WHERE sp_search_fts MATCH ?)',
          params: [expr],
          rank: negated ? [] : [expr],
        };
      }
      // Path is kept in its own indexed column: restricting to a list or folder is a range of it.
      if ((p.name === 'Path' || p.name === 'OriginalPath') && q.op === ':') {
        const from = serverRelative(q.value).toLowerCase().replace(/\/$/, '');
        return { sql: '(i.path_rel >= ? AND i.path_rel < ?)', params: [from, `${from}\uffff`], rank: [] };
      }
      if (p.name === 'DocId' || p.name === 'WorkId')
        return { sql: `kql_match(i.doc, 'number', ?, ?, 0)`, params: [q.op, q.value], rank: [] };
      return {
        sql: `kql_match(json_extract(${PROPS_OF_I}, '$."${p.name}"'), '${p.compare}', ?, ?, ?)`,
        params: [q.op, q.value, q.prefix ? 1 : 0],
        rank: [],
      };
    }
    case 'not': {
      const inner = compile(q.item, props, !negated);
      return { sql: `NOT (${inner.sql})`, params: inner.params, rank: [] };
    }
    default: {
      const parts = q.items.map((x) => compile(x, props, negated, driver));
      return {
        sql: `(${parts.map((p) => p.sql).join(q.k === 'and' ? ' AND ' : ' OR ')})`,
        params: parts.flatMap((p) => p.params),
        rank: parts.flatMap((p) => p.rank),
      };
    }
  }
}

/**
 * The FTS expression every match must satisfy: all the words and phrases the query requires (those
 * ANDed at its top, implicitly or not), joined with AND so the full-text index intersects them and the
 * query starts from its matches only.
 */
function requiredText(q: Kql): { items: Set<Kql>; expr: string } | null {
  const items = new Set<Kql>();
  const phrases: string[] = [];
  const visit = (x: Kql): void => {
    if (x.k === 'and') x.items.forEach(visit);
    else if (x.k === 'text') {
      const phrase = ftsPhrase(x.text, x.prefix);
      if (phrase) {
        items.add(x);
        phrases.push(phrase);
      }
    }
  };
  visit(q);
  return phrases.length ? { items, expr: phrases.join(' AND ') } : null;
}

/**
 * The caller's read condition on each list, kept between queries: it weighs every scope of the list
 * (a folder per community is thousands), which no longer depends on the matches. It is worked out
 * again when anything it reads changes: the list's own settings (in the key) or any role assignment,
 * group membership, role definition, scope or principal (the generation triggers in crawler.ts bump).
 */
interface ReadCondition {
  rights: ReadRights;
  sql: string;
  /** The same condition, tested on a document's facts in memory (made on first use). */
  test?: ReturnType<typeof visibilityTest>;
}

const readConditions = new WeakMap<DatabaseSync, { gen: number; byKey: Map<string, ReadCondition> }>();

function readCondition(rq: Rq, list: ListRow, gen: number): ReadCondition {
  let memo = readConditions.get(rq.db);
  if (!memo || memo.gen !== gen) {
    memo = { gen, byKey: new Map() };
    readConditions.set(rq.db, memo);
  }
  const key = JSON.stringify([
    rq.me.id,
    list.id,
    list.scope_id,
    lp(list, 'ReadSecurity', 1),
    lp(list, 'EnableModeration', false),
    lp(list, 'DraftVersionVisibility', 0),
  ]);
  let cond = memo.byKey.get(key);
  if (cond === undefined) {
    const rights = readRights(rq, list);
    cond = { rights, sql: visibilitySql(rights) };
    // Inside a transaction the generation could still be rolled back: nothing is kept from there.
    if (!rq.db.isTransaction) memo.byKey.set(key, cond);
  }
  return cond;
}

/** The lists with documents, each with the caller's read condition (the one list reads use). */
function trimming(rq: Rq): { sql: string; lists: ListRow[]; conditions: Map<number, ReadCondition> } {
  // One index probe per list, rather than DISTINCT over every document of the index.
  const lists = all<{ list_id: number }>(
    rq.db,
    'SELECT id AS list_id FROM sp_lists l WHERE EXISTS (SELECT 1 FROM sp_search_docs d WHERE d.list_id = l.id)',
  )
    .map((r) => listById(rq.db, r.list_id))
    .filter((l): l is ListRow => !!l && l.props.NoCrawl !== true && l.props.Hidden !== true);
  const gen = get<{ n: number }>(rq.db, 'SELECT n FROM sp_search_perm_gen')?.n ?? -1;
  const conditions = new Map(lists.map((l) => [l.id, readCondition(rq, l, gen)]));
  const parts = lists.map((l) => `(i.list_id = ${l.id} AND (${conditions.get(l.id)?.sql}))`).filter((s) => !s.endsWith('AND (0))'));
  return { sql: parts.length ? `(${parts.join(' OR ')})` : '0', lists, conditions };
}

function orderBy(req: SearchRequest, props: Map<string, ManagedProperty>): string {
  const keys: string[] = [];
  for (const s of req.sortList) {
    const p = props.get(s.property.toLowerCase());
    if (!p || !p.sortable) badProperty(s.property);
    const dir = s.descending ? 'DESC' : 'ASC';
    if (p.name === 'Rank') keys.push(`score ${s.descending ? 'ASC' : 'DESC'}`);
    else if (p.name === 'DocId') keys.push(`doc ${dir}`);
    else keys.push(`json_extract(props, '$."${p.name}"') ${dir}`);
  }
  if (!req.sortList.some((s) => s.property.toLowerCase() === 'rank')) keys.push('score ASC');
  keys.push('doc ASC');
  return keys.join(', ');
}

const pageTables = new WeakSet<DatabaseSync>();

/**
 * Highlights and summaries of the page's documents. FTS5's highlight() and snippet() read only the
 * document's own text and where the query's phrases fall in it, so they are worked out on a small
 * full-text table of the page's documents (same tokenizer): the query's words, a prefix above all, are
 * then looked up among ten documents rather than the whole index.
 */
function highlight(rq: Rq, rank: string[], docs: number[]): Map<number, { summary: string; title: string }> {
  const out = new Map<number, { summary: string; title: string }>();
  if (docs.length === 0) return out;
  const ids = docs.join(',');
  if (rank.length > 0) {
    if (!pageTables.has(rq.db)) {
      rq.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_page USING fts5(title, body, tokenize = '${FTS_TOKENIZER}')`);
      pageTables.add(rq.db);
    }
    stmt(rq.db, 'DELETE FROM temp.search_page').run();
    stmt(
      rq.db,
      `INSERT INTO temp.search_page(rowid, title, body) SELECT rowid, title, body FROM sp_search_fts WHERE rowid IN (${ids})`,
    ).run();
    const rows = stmt(
      rq.db,
      `SELECT rowid AS doc, highlight(search_page, 0, '<c0>', '</c0>') AS title,
      snippet(search_page, 1, '<c0>', '</c0>', '<ddd/>', 24) AS body, body AS raw
      FROM temp.search_page WHERE search_page MATCH ?`,
    ).all(rank.map((r) => `(${r})`).join(' OR ')) as Array<{ doc: number; title: string; body: string; raw: string }>;
    for (const r of rows) out.set(r.doc, { title: r.title, summary: r.body.includes('<c0>') ? r.body : r.body || r.title });
  }
  const rest = docs.filter((d) => !out.has(d));
  if (rest.length) {
    const rows = stmt(
      rq.db,
      `SELECT rowid AS doc, title, substr(body, 1, 200) AS body FROM sp_search_fts WHERE rowid IN (${rest.join(',')})`,
    ).all() as Array<{ doc: number; title: string; body: string }>;
    for (const r of rows) out.set(r.doc, { title: r.title, summary: r.body || r.title });
  }
  return out;
}

/** The documents a query matched and the list of each (the in-memory path's). */
interface Matches {
  docs: number[];
  lists: number[];
}

/** Where search_keep notes the matches of the query running now (queries run one at a time). */
let collecting: Matches | undefined;

/** The databases search_keep is defined on. */
const keepers = new WeakSet<DatabaseSync>();

/** search_keep(doc, list): notes a match where `collecting` says, and answers 0. */
function defineKeep(db: DatabaseSync): void {
  if (keepers.has(db)) return;
  db.function('search_keep', (doc, list) => {
    collecting?.docs.push(Number(doc));
    collecting?.lists.push(Number(list));
    return 0;
  });
  keepers.add(db);
}

/** The matched documents of the given lists (all when null), for the refiners. */
function matchedDocs(rq: Rq, matches: Matches | undefined, lists: number[] | null): number[] {
  if (lists && lists.length === 0) return [];
  if (matches) {
    if (!lists) return matches.docs;
    const holding = new Set(lists);
    return matches.docs.filter((_, k) => holding.has(matches.lists[k]));
  }
  const d = get<{ d: string | null }>(
    rq.db,
    `SELECT group_concat(doc) AS d FROM temp.search_matches${lists ? ` WHERE list_id IN (${lists.join(',')})` : ''}`,
  )?.d;
  return d ? d.split(',').map(Number) : [];
}

const matchTables = new WeakSet<DatabaseSync>();

/** A test of a document's path, and a name for what it tests (the key of its bounds in docFacts.ts). */
interface PathTest {
  signature: string;
  test: (path: string) => boolean;
}

/**
 * What the query asks beyond its required words, as a test of the path, when that is all it asks:
 * the words (`driver`) hold for every full-text match, and Path restrictions (compiled as in compile:
 * a range of the lower-case server-relative path) are combined with AND and OR. Anything else (other
 * properties, NOT, optional words) gives null, and the query takes the SQL path.
 */
function pathTest(q: Kql, props: Map<string, ManagedProperty>, driver: ReadonlySet<Kql>): PathTest | null {
  if (q.k === 'all' || (q.k === 'text' && driver.has(q))) return { signature: '1', test: () => true };
  if (q.k === 'prop' && q.op === ':') {
    const p = props.get(q.name.toLowerCase());
    if (!p) return { signature: '0', test: () => false };
    if (p.name !== 'Path' && p.name !== 'OriginalPath') return null;
    const from = serverRelative(q.value).toLowerCase().replace(/\/$/, '');
    const to = `${from}\uffff`;
    return { signature: JSON.stringify(from), test: (path) => path >= from && path < to };
  }
  if (q.k !== 'and' && q.k !== 'or') return null;
  const parts = q.items.map((x) => pathTest(x, props, driver));
  if (parts.some((x) => x === null)) return null;
  const tests = (parts as PathTest[]).map((x) => x.test);
  return {
    signature: `${q.k}(${(parts as PathTest[]).map((x) => x.signature).join(',')})`,
    test: q.k === 'and' ? (path) => tests.every((t) => t(path)) : (path) => tests.some((t) => t(path)),
  };
}

const titleTables = new WeakSet<DatabaseSync>();

/**
 * Matches past which the title tier is read from the full-text index's title column (over their rowid
 * range) rather than checked on a table of their titles: copying a thousand titles into that table cost
 * more (`terms of reference`, 1,003 matches at scale: 5.2 → 3.9 ms a search with 100 rather than 1,000).
 */
const CHECKED_AT_MOST = 100;

/** The documents among `docs` (ascending) with every word of `expr` in the title, ascending. */
function titlesMatching(rq: Rq, expr: string, docs: readonly number[]): number[] {
  let d: string | null | undefined;
  if (docs.length > CHECKED_AT_MOST) {
    d = get<{ d: string | null }>(
      rq.db,
      'SELECT group_concat(rowid) AS d FROM sp_search_fts WHERE sp_search_fts MATCH ? AND rowid >= ? AND rowid <= ?',
      `title : (${expr})`,
      BigInt(docs[0]),
      BigInt(docs[docs.length - 1]),
    )?.d;
    const among = new Set(docs);
    return d
      ? d
          .split(',')
          .map(Number)
          .filter((x) => among.has(x))
      : [];
  }
  if (!titleTables.has(rq.db)) {
    rq.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_titles USING fts5(title, tokenize = '${FTS_TOKENIZER}')`);
    titleTables.add(rq.db);
  }
  stmt(rq.db, 'DELETE FROM temp.search_titles').run();
  stmt(
    rq.db,
    `INSERT INTO temp.search_titles(rowid, title) SELECT rowid, title FROM sp_search_fts WHERE rowid IN (${docs.join(',')})`,
  ).run();
  d = get<{ d: string | null }>(
    rq.db,
    'SELECT group_concat(rowid) AS d FROM (SELECT rowid FROM temp.search_titles WHERE search_titles MATCH ? ORDER BY rowid)',
    expr,
  )?.d;
  return d ? d.split(',').map(Number) : [];
}

/**
 * The title tier's newest `want` documents among the matches (`docs`, ascending), ascending; all of
 * them when there are fewer. The newest matches' titles are checked first on a small full-text table
 * of those titles alone (same tokenizer, as highlight does): when `want` of them are title matches,
 * they are the tier's newest. Otherwise the older matches are checked too, on that table when they are
 * few, else from the full-text index's title column (`title : …`, over their range).
 */
function titleTier(rq: Rq, expr: string, docs: readonly number[], want: number): number[] {
  const newest = Math.max(0, docs.length - Math.max(4 * want, 40));
  const found = titlesMatching(rq, expr, docs.slice(newest));
  if (found.length >= want || newest === 0) return found.slice(-want);
  return titlesMatching(rq, expr, docs.slice(0, newest)).concat(found).slice(-want);
}

/** Runs of a path's documents read one scan each (pathRuns); past it, one scan from the first to the last. */
const MOST_RUNS = 8;

/** The scores of hub search's tiers (Rank is their negation): every word in the title, then the rest. */
const TITLE_TIER = -2;
const BODY_TIER = -1;

/**
 * The query people's searches send (required words, Path restrictions, refinement filters, ranked by
 * relevance), answered from the full-text index and the documents' facts in memory, with no join to
 * the documents. One FTS5 scan per run of the documents the Path allows (pathRuns) finds the matches;
 * each is trimmed in memory with the same condition list reads use (visibilityTest, the twin of the SQL
 * one) and the path, and tested against the refinement filters from the refiner values kept in memory
 * (refinementTest; a filter on other properties is a condition of the scan). Every match kept is counted
 * (TotalRows stays exact) and goes to the refiners.
 *
 * The page is ranked in tiers, not scored: the matches with every word in the title first, then the
 * others, each tier newest first (DocId descending). SharePoint's ranking model is its own, but it
 * weighs query terms in the title above the body
 * (https://learn.microsoft.com/sharepoint/dev/general-development/customizing-ranking-models-to-improve-relevance-in-sharepoint);
 * the tiers keep that, which is all the emulator promises. BM25 (the other paths' ranking) read every
 * matching term's postings a second time for its statistics and cost a call per match; the title tier
 * is checked on the newest matches' titles until the page is filled (titleTier).
 */
function searchInMemory(
  rq: Rq,
  req: SearchRequest,
  trim: ReturnType<typeof trimming>,
  driverExpr: string,
  path: PathTest,
  refinements: Refinement[],
  understood: <T>(work: () => T) => T,
): { page: Array<{ doc: number; score: number }>; matches: Matches } {
  const f: DocFacts = docFacts(rq.db, factsKey(rq.db));
  const tests: Array<NonNullable<ReadCondition['test']> | undefined> = [];
  for (const [list, cond] of trim.conditions) {
    if (cond.test === undefined) cond.test = visibilityTest(cond.rights);
    if (cond.test) tests[list] = cond.test;
  }
  const bounds = pathBounds(f, path.signature, path.test);
  const { lo, hi, docs: onPath } = bounds;
  const matches: Matches = { docs: [], lists: [] };
  if (hi < lo || tests.length === 0) return { page: [], matches };
  // Refinement filters on values the refiner table holds are tested on each match in memory, from the
  // values the refiner counts read (facets.ts); any other is a condition of the full-text scan.
  const gen = indexGeneration(rq.db);
  const inMemory = refinements.map((r) => refinementTest(r, (name, norms) => valueTest(rq.db, name, norms, gen)));
  const refinedHere = inMemory.filter((t): t is (doc: number) => boolean => t !== null);
  const filters = refinements.filter((_, k) => inMemory[k] === null).map(refinementSql);
  const readable = (doc: number): boolean => {
    if (doc >= f.list.length || onPath[doc] !== 1) return false;
    const test = tests[f.list[doc]];
    if (!test || !test(f.scope[doc], f.author[doc], f.kind[doc], f.modStatus[doc] < 0 ? null : f.modStatus[doc])) return false;
    return refinedHere.every((t) => t(doc));
  };
  // Unary + keeps a filter's `IN (…)` a test of each row, not look-ups the full-text scan is run again for.
  const refined = filters.map((x) => `(${x.sql.replaceAll('i.doc', '+sp_search_fts.rowid')})`);
  // The matches come back as one text and are trimmed here: a call into JavaScript per match cost more.
  // The rowid bounds go as BigInt: node:sqlite binds a JavaScript number as a REAL, and FTS5 takes a
  // rowid bound only when it is an integer (fts5GetRowidLimit in SQLite's fts5_main.c), so a REAL bound
  // had the scan read the word's whole doclist (`data*` limited to the 2,000 communities: 2.1 ms, 0.7 with BigInt).
  // One scan a run of the path's documents (pathRuns), in ascending order; past a few runs, one over all of them.
  const found = (pathRuns(f, bounds, MOST_RUNS) ?? [[lo, hi]])
    .map(
      ([a, b]) =>
        understood(() =>
          get<{ d: string | null }>(
            rq.db,
            `SELECT group_concat(rowid) AS d FROM sp_search_fts
            WHERE sp_search_fts MATCH ? AND rowid >= ? AND rowid <= ?${refined.map((x) => ` AND ${x}`).join('')}`,
            driverExpr,
            BigInt(a),
            BigInt(b),
            ...filters.flatMap((x) => x.params),
          ),
        )?.d,
    )
    .filter((d): d is string => !!d)
    .join(',');
  if (found) matches.docs = found.split(',').map(Number).filter(readable);
  // The full-text index gives its rows in DocId order; the tiers are taken from the newest.
  if (matches.docs.some((d, k) => k > 0 && matches.docs[k - 1] > d)) matches.docs.sort((a, b) => a - b);
  matches.lists = matches.docs.map((d) => f.list[d]);
  const want = Math.max(0, req.startRow) + Math.max(0, req.rowLimit);
  const page: Array<{ doc: number; score: number }> = [];
  if (req.rowLimit <= 0 || matches.docs.length === 0) return { page, matches };
  const titled = titleTier(rq, driverExpr, matches.docs, want);
  for (let k = titled.length - 1; k >= 0 && page.length < want; k--) page.push({ doc: titled[k], score: TITLE_TIER });
  if (page.length < want) {
    const inTitle = new Set(titled);
    for (let k = matches.docs.length - 1; k >= 0 && page.length < want; k--) {
      if (!inTitle.has(matches.docs[k])) page.push({ doc: matches.docs[k], score: BODY_TIER });
    }
  }
  return { page: page.slice(Math.max(0, req.startRow)), matches };
}

export function runSearch(rq: Rq, req: SearchRequest): SearchOutcome {
  const started = Date.now();
  crawl(rq.ctx);
  const q = parseKql(req.querytext);
  const trim = trimming(rq);
  const props = schema(rq.ctx, trim.lists);
  // With a required word, the matches start from the full-text index (CROSS JOIN keeps that order);
  // every other condition, trimming included, is checked on those rows only.
  const driver = requiredText(q);
  const c = compile(q, props, false, driver?.items);
  const refinements = req.refinementFilters.map((f) => parseRefinement(f, (name) => props.get(name.toLowerCase()) ?? badProperty(name)));
  const filters = refinements.map(refinementSql);
  const where = [trim.sql, c.sql, ...filters.map((f) => f.sql)].join(' AND ');
  const params: SqlValue[] = [...c.params, ...filters.flatMap((f) => f.params)];
  const rankExpr = c.rank.map((r) => `(${r})`).join(' OR ');
  // The matches are worked out once. Ranked by relevance or DocId without trimming duplicates (what
  // people's searches ask), one statement gives the page and notes every match for the count and the
  // refiners, with nothing written; a sort on a managed property or TrimDuplicates puts them in a
  // temporary table, for SQL to order and partition.
  const inMemory = !req.trimDuplicates && req.sortList.every((x) => ['rank', 'docid'].includes(x.property.toLowerCase()));
  // When the ranked terms are the required ones alone (words, phrases, a prefix: what people type), one
  // FTS scan gives both the rows and their BM25 score: FTS5's bm25 sums over the expression's phrases
  // with corpus-wide weights, so a row matching all of them scores the same under AND as under OR.
  const oneScan = !!driver && c.rank.join(' AND ') === driver.expr;
  const bm25 = `bm25(sp_search_fts, ${TITLE_WEIGHT}.0, ${BODY_WEIGHT}.0)`;
  // One scan joins the full-text index to the documents directly: BM25 is worked out only for the rows
  // every other condition kept (a prefix like "data*" at scale finds thousands that a Path keeps a few of).
  const ctes = oneScan
    ? []
    : [
        ...(rankExpr ? [`sc AS MATERIALIZED (SELECT rowid AS r, ${bm25} AS s FROM sp_search_fts WHERE sp_search_fts MATCH ?)`] : []),
        ...(driver ? ['drv AS MATERIALIZED (SELECT rowid AS dr FROM sp_search_fts WHERE sp_search_fts MATCH ?)'] : []),
      ];
  const from = oneScan
    ? 'sp_search_fts CROSS JOIN sp_search_docs i ON i.doc = sp_search_fts.rowid'
    : driver
      ? 'drv CROSS JOIN sp_search_docs i ON i.doc = drv.dr'
      : 'sp_search_docs i';
  const score = oneScan ? bm25 : rankExpr ? 'COALESCE(sc.s, 0)' : '0';
  const scored = `${ctes.length ? `WITH ${ctes.join(', ')} ` : ''}SELECT i.doc, i.list_id, ${inMemory ? '' : 'i.dup, '}${score} AS score
    FROM ${from}${rankExpr && !oneScan ? ' LEFT JOIN sc ON sc.r = i.doc' : ''} WHERE ${oneScan ? 'sp_search_fts MATCH ? AND ' : ''}${where}`;
  const lead: SqlValue[] = oneScan && driver ? [driver.expr] : [...(rankExpr ? [rankExpr] : []), ...(driver ? [driver.expr] : [])];
  const order = orderBy(req, props);
  const understood = <T>(work: () => T): T => {
    try {
      return work();
    } catch (e) {
      if (e instanceof Error && /fts5|syntax error/i.test(e.message)) throw malformed(`The query could not be understood: ${e.message}`);
      throw e;
    }
  };
  let matches: Matches | undefined;
  let counts: { total: number; uniq: number };
  let page: Array<{ doc: number; score: number }>;
  const path = oneScan && driver && inMemory && req.sortList.length === 0 ? pathTest(q, props, driver.items) : null;
  if (path && driver) {
    ({ page, matches } = searchInMemory(rq, req, trim, driver.expr, path, refinements, understood));
    counts = { total: matches.docs.length, uniq: matches.docs.length };
  } else if (inMemory) {
    // One scan: every match goes through the sorter (the page is its first rows), and search_keep, its
    // first key, notes each one on the way for the count and the refiners; it answers 0, so the order is
    // the rest of the keys. No index gives that key's order, so the sorter is fed every match (and a
    // LIMIT of 0 would end the query before its first row: a page of none is cut here instead).
    defineKeep(rq.db);
    const kept: Matches = { docs: [], lists: [] };
    collecting = kept;
    try {
      const rows = understood(
        () =>
          stmt(rq.db, `SELECT doc, score FROM (${scored}) ORDER BY search_keep(doc, list_id), ${order} LIMIT ? OFFSET ?`).all(
            ...lead,
            ...params,
            Math.max(1, req.rowLimit),
            req.startRow,
          ) as Array<{ doc: number; score: number }>,
      );
      page = req.rowLimit > 0 ? rows : [];
    } finally {
      collecting = undefined;
    }
    matches = kept;
    counts = { total: kept.docs.length, uniq: kept.docs.length };
  } else {
    if (!matchTables.has(rq.db)) {
      // Made once per database (an older layout, without list_id, is replaced).
      rq.db.exec('DROP TABLE IF EXISTS temp.search_matches');
      rq.db.exec(
        'CREATE TEMP TABLE search_matches (doc INTEGER PRIMARY KEY, list_id INTEGER NOT NULL, dup TEXT NOT NULL, score REAL NOT NULL)',
      );
      matchTables.add(rq.db);
    }
    stmt(rq.db, 'DELETE FROM temp.search_matches').run();
    understood(() => stmt(rq.db, `INSERT INTO temp.search_matches ${scored}`).run(...lead, ...params));
    // Distinct duplicates are counted only when duplicates are trimmed (TotalRows counts them then).
    counts = stmt(
      rq.db,
      `SELECT COUNT(*) AS total, ${req.trimDuplicates ? 'COUNT(DISTINCT dup)' : 'COUNT(*)'} AS uniq FROM temp.search_matches`,
    ).get() as { total: number; uniq: number };
    // The page is chosen from the matches alone (doc, dup, score); only a sort on a managed property reads
    // the documents' properties, and only the page's rows are read whole.
    const m = req.sortList.some((x) => !['rank', 'docid'].includes(x.property.toLowerCase()))
      ? 'SELECT t.doc, t.dup, t.score, d.props FROM temp.search_matches t JOIN sp_search_props d ON d.doc = t.doc'
      : 'SELECT doc, dup, score FROM temp.search_matches';
    const ranked = req.trimDuplicates
      ? `SELECT doc, score FROM (SELECT m.*, ROW_NUMBER() OVER (PARTITION BY dup ORDER BY ${order}) AS dn FROM m) WHERE dn = 1`
      : 'SELECT doc, score FROM m';
    page = stmt(rq.db, `WITH m AS (${m}) ${ranked} ORDER BY ${order} LIMIT ? OFFSET ?`).all(req.rowLimit, req.startRow) as Array<{
      doc: number;
      score: number;
    }>;
  }
  const propsOf = new Map(
    page.length
      ? (
          stmt(rq.db, `SELECT doc, props FROM sp_search_props WHERE doc IN (${page.map((r) => r.doc).join(',')})`).all() as Array<{
            doc: number;
            props: string;
          }>
        ).map((r) => [r.doc, r.props])
      : [],
  );
  const hl = highlight(
    rq,
    oneScan && driver ? [driver.expr] : c.rank,
    page.map((r) => r.doc),
  );
  const hits = page.map((r) => ({
    doc: r.doc,
    rank: Math.round(-r.score * 1e6) / 1e6,
    props: JSON.parse(propsOf.get(r.doc) ?? '{}') as Record<string, unknown>,
    summary: hl.get(r.doc)?.summary ?? '',
    titleHighlighted: hl.get(r.doc)?.title ?? '',
  }));
  let refiners: RefinerResult[] | null = null;
  if (req.refiners.length > 0) {
    const chosen = refinerNames(req.refiners).map((name) => {
      const p = props.get(name.toLowerCase());
      if (!p || !p.refinable) badProperty(name);
      return p;
    });
    // Counted over the matches from the index's values of each refined property (facets.ts).
    // The lists whose documents can hold each property (a column of theirs, or a built-in one).
    const builtins = schema(rq.ctx, []);
    const holders = (name: string): number[] | null =>
      builtins.has(name.toLowerCase()) ? null : trim.lists.filter((l) => schema(rq.ctx, [l]).has(name.toLowerCase())).map((l) => l.id);
    const gen = indexGeneration(rq.db);
    refiners = chosen.map((p) => ({
      name: p.name,
      entries: refinerCounts(rq.db, p.name, matchedDocs(rq, matches, holders(p.name)), 100, gen),
    }));
  }
  if (req.startRow < 0) throw badRequest('StartRow must not be negative.');
  return {
    hits,
    totalRows: req.trimDuplicates ? counts.uniq : counts.total,
    totalRowsIncludingDuplicates: counts.total,
    refiners,
    elapsedMs: Date.now() - started,
    schema: props,
  };
}
