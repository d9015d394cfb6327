/**
 * What trimming and Path restrictions read of every indexed document (its list, kind, scope, author,
 * moderation status and path), kept in memory by document number, as a search index keeps the
 * security descriptor and path of each item beside its text. A query then trims its full-text
 * matches with integer look-ups rather than joining each one to `sp_search_docs` (at scale, tens of
 * thousands of matches: most of a query's time). A crawl tells what it dropped and added once it has
 * committed (factsIndexed), so the facts follow the index without reading it all again; anything else
 * that changes the index (sp_search_index_gen) or an indexed item's scope or author
 * (sp_search_facts_gen, bumped by a trigger in crawler.ts, at once as list reads see it) has them read
 * again. The caller's rights on each scope are not kept here: trimming weighs them per query (execute.ts).
 * As in SharePoint's search, results are trimmed at query time against the security information kept
 * in the index for each item, the access check being worked out once per security descriptor (here,
 * per scope and list) rather than per item
 * (https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2007/aa981314(v=office.12)).
 */
import type { DatabaseSync } from 'node:sqlite';
import { all, get } from '../store.ts';

export interface DocFacts {
  key: string;
  /** By document number; 0 where there is no document. */
  list: Int32Array;
  kind: Int8Array;
  scope: Int32Array;
  author: Int32Array;
  /** -1 where the document has none (null). */
  modStatus: Int32Array;
  path: string[];
  /** The documents of Path conditions worked out before (see pathBounds), by their signature. */
  bounds: Map<string, PathDocs>;
}

/** The documents whose path passes a condition (1 in `docs`), and the lowest and highest of them. */
export interface PathDocs {
  lo: number;
  hi: number;
  docs: Uint8Array;
  /** The condition, for the documents a crawl adds. */
  test: (path: string) => boolean;
  /** The runs of documents on the path (see pathRuns), worked out on first use after a change. */
  runs?: Array<[number, number]>;
}

/** How many Path conditions are kept (people's searches use a few; a query could name any). */
const KEPT_PATHS = 32;

const cache = new WeakMap<DatabaseSync, DocFacts>();

/** The generations the facts depend on, read once per query. */
export function factsKey(db: DatabaseSync): string {
  const index = get<{ n: number }>(db, 'SELECT n FROM sp_search_index_gen')?.n ?? -1;
  const facts = get<{ n: number }>(db, 'SELECT n FROM sp_search_facts_gen')?.n ?? -1;
  return `${index}:${facts}`;
}

/** A document as the crawler writes it to sp_search_docs. */
export interface IndexedDoc {
  doc: number;
  list_id: number;
  kind: number;
  scope_id: number;
  author_id: number;
  mod_status: number | null;
  path_rel: string;
}

function grown<T extends Int32Array | Int8Array | Uint8Array>(a: T, size: number, make: (n: number) => T): T {
  if (a.length >= size) return a;
  const b = make(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

function place(f: DocFacts, r: IndexedDoc): void {
  f.list[r.doc] = r.list_id;
  f.kind[r.doc] = r.kind;
  f.scope[r.doc] = r.scope_id;
  f.author[r.doc] = r.author_id;
  f.modStatus[r.doc] = r.mod_status ?? -1;
  f.path[r.doc] = r.path_rel;
}

/**
 * What a committed crawl changed: facts read at `before` are brought to `after` (documents dropped,
 * then added, as the crawl wrote them), Path sets included. Facts of another generation are left to be
 * read again.
 */
export function factsIndexed(
  db: DatabaseSync,
  before: string,
  after: string,
  dropped: readonly number[],
  added: readonly IndexedDoc[],
): void {
  const f = cache.get(db);
  if (!f || f.key !== before || db.isTransaction) return;
  const size = added.reduce((m, r) => Math.max(m, r.doc), 0) + 1;
  f.list = grown(f.list, size, (n) => new Int32Array(n));
  f.kind = grown(f.kind, size, (n) => new Int8Array(n));
  f.scope = grown(f.scope, size, (n) => new Int32Array(n));
  f.author = grown(f.author, size, (n) => new Int32Array(n));
  f.modStatus = grown(f.modStatus, size, (n) => new Int32Array(n));
  while (f.path.length < f.list.length) f.path.push('');
  for (const doc of dropped) {
    f.list[doc] = 0;
    f.path[doc] = '';
    for (const b of f.bounds.values()) b.docs[doc] = 0;
  }
  if (dropped.length || added.length) for (const b of f.bounds.values()) b.runs = undefined;
  for (const r of added) {
    place(f, r);
    for (const b of f.bounds.values()) {
      b.docs = grown(b.docs, f.list.length, (n) => new Uint8Array(n));
      if (!b.test(r.path_rel)) continue;
      b.docs[r.doc] = 1;
      b.lo = b.hi === 0 ? r.doc : Math.min(b.lo, r.doc);
      b.hi = Math.max(b.hi, r.doc);
    }
  }
  f.key = after;
}

export function docFacts(db: DatabaseSync, key = factsKey(db)): DocFacts {
  const have = cache.get(db);
  if (have && have.key === key) return have;
  // Each column as one text (an object a row for 232,000 documents took three times as long); a path
  // holding the separator (no URL does) has them read row by row.
  const cols = get<Record<'doc' | 'list' | 'kind' | 'scope' | 'author' | 'mod' | 'path', string | null>>(
    db,
    `SELECT group_concat(doc) AS doc, group_concat(list_id) AS list, group_concat(kind) AS kind, group_concat(scope_id) AS scope,
      group_concat(author_id) AS author, group_concat(ifnull(mod_status, -1)) AS mod, group_concat(path_rel, char(1)) AS path
    FROM sp_search_docs`,
  );
  const numbers = (text: string | null | undefined): Int32Array => {
    const parts = text ? text.split(',') : [];
    const out = new Int32Array(parts.length);
    for (let k = 0; k < parts.length; k++) out[k] = Number(parts[k]);
    return out;
  };
  const docs = numbers(cols?.doc);
  const paths = cols?.path ? cols.path.split('\u0001') : [];
  const rows: IndexedDoc[] | null =
    paths.length === docs.length
      ? null
      : all<IndexedDoc>(db, 'SELECT doc, list_id, kind, scope_id, author_id, mod_status, path_rel FROM sp_search_docs');
  const size = (rows ? rows.reduce((m, r) => Math.max(m, r.doc), 0) : docs.reduce((m, d) => Math.max(m, d), 0)) + 1;
  const f: DocFacts = {
    key,
    list: new Int32Array(size),
    kind: new Int8Array(size),
    scope: new Int32Array(size),
    author: new Int32Array(size),
    modStatus: new Int32Array(size),
    path: new Array<string>(size).fill(''),
    bounds: new Map(),
  };
  if (rows) rows.forEach((r) => place(f, r));
  else {
    const [list, kind, scope, author, mod] = [cols?.list, cols?.kind, cols?.scope, cols?.author, cols?.mod].map(numbers);
    docs.forEach((doc, k) => {
      f.list[doc] = list[k];
      f.kind[doc] = kind[k];
      f.scope[doc] = scope[k];
      f.author[doc] = author[k];
      f.modStatus[doc] = mod[k];
      f.path[doc] = paths[k];
    });
  }
  // Inside a transaction the generations could still be rolled back: nothing is kept from there.
  if (!db.isTransaction) cache.set(db, f);
  return f;
}

/**
 * The documents whose path passes `test` (named by `signature`), and the lowest and highest of them,
 * so the full-text scan can be limited to that range (FTS5 seeks to a rowid range): a restriction to
 * Communities reads the few thousand documents of that list, not every match of the index.
 */
export function pathBounds(f: DocFacts, signature: string, test: (path: string) => boolean): PathDocs {
  let b = f.bounds.get(signature);
  if (!b) {
    b = { lo: 1, hi: 0, docs: new Uint8Array(f.list.length), test };
    for (let doc = 1; doc < f.list.length; doc++) {
      if (f.list[doc] === 0 || !test(f.path[doc])) continue;
      b.docs[doc] = 1;
      if (b.hi === 0) b.lo = doc;
      b.hi = doc;
    }
    if (f.bounds.size >= KEPT_PATHS) f.bounds.clear();
    f.bounds.set(signature, b);
  }
  return b;
}

/**
 * The documents on a path as runs of consecutive numbers, `[first, last]` ascending: a document elsewhere
 * ends a run, a number with no document doesn't. A list's documents are numbered together when it is
 * first crawled and keep their numbers when indexed again, so a restriction to a few lists is a few
 * runs even after new items are added at the end; the full-text scan reads each run (FTS5 seeks to a
 * rowid range) rather than every match between the first and the last. Null past `most` runs.
 */
export function pathRuns(f: DocFacts, b: PathDocs, most: number): Array<[number, number]> | null {
  if (b.runs === undefined) {
    const runs: Array<[number, number]> = [];
    let first = -1;
    let last = -1;
    for (let doc = b.lo; doc <= b.hi && doc < f.list.length; doc++) {
      if (f.list[doc] === 0) continue;
      if (b.docs[doc] === 1) {
        if (first < 0) first = doc;
        last = doc;
      } else if (first >= 0) {
        runs.push([first, last]);
        first = -1;
      }
    }
    if (first >= 0) runs.push([first, last]);
    b.runs = runs;
  }
  return b.runs.length <= most ? b.runs : null;
}
