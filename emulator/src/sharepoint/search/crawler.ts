/**
 * The search index and its crawler. SharePoint Online makes a new or changed item searchable only
 * after a crawl, and a deleted one disappears only after the next one ("it can take some time for
 * changes to show up in search results", https://learn.microsoft.com/sharepoint/crawl-site-content).
 * Here every write to `sp_items` (REST, seeds, approvals, recycling) is noted by SQLite triggers in
 * `sp_search_changes`; a change becomes part of the index once it is older than the crawl delay
 * (EmuContext.searchDelayMs, chosen by tests; the workbench uses a few seconds). Changes of
 * permissions (an item's scope) apply at once: the index keeps the scope id, and trimming weighs the
 * caller's rights on it when the query runs, through the same check as list reads.
 *
 * Documents: one per item version a reader may be shown (kind 0 current, kind 1 the last approved
 * one of a moderated list), with the text in an FTS5 table (title, body) and the managed properties
 * as JSON (apart, in sp_search_props). Folders are not indexed (an emulator simplification), nor lists with NoCrawl.
 */
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../../db.ts';
import type { EmuContext } from '../../types.ts';
import { listById, type ItemRow, type ListRow } from '../model.ts';
import { all, get, run, stmt } from '../store.ts';
import { registerMatcher } from './matcher.ts';
import { factsIndexed, factsKey, type IndexedDoc } from './docFacts.ts';
import { CrawlMemo, documentOf, schema } from './properties.ts';
import { refineNorm, refinerValues } from './refinement.ts';

const NOW_MS = "((julianday('now') - 2440587.5) * 86400000.0)";

/** How the full-text index splits text into words (also the page's highlighting, in execute.ts). */
export const FTS_TOKENIZER = 'unicode61 remove_diacritics 2';

/** The prefix lengths the full-text index keeps (see SEARCH_DDL). */
const FTS_PREFIXES = '2 3 4 5';

export const SEARCH_DDL = `
CREATE TABLE IF NOT EXISTS sp_search_changes (
  list_id INTEGER NOT NULL, kind INTEGER NOT NULL, id INTEGER NOT NULL, changed REAL NOT NULL, PRIMARY KEY (list_id, kind, id)
) WITHOUT ROWID;
-- No index on changed: it would make every item write (and a scale seed's bulk insert) slower; the table stays small.
DROP INDEX IF EXISTS sp_search_changes_at;
-- Compact rows (what matching, trimming and paging read for every match); the managed properties'
-- JSON, large, is in sp_search_props and read for the rows of the page (or a restriction on one).
CREATE TABLE IF NOT EXISTS sp_search_docs (
  doc INTEGER PRIMARY KEY, list_id INTEGER NOT NULL, kind INTEGER NOT NULL, id INTEGER NOT NULL,
  scope_id INTEGER NOT NULL, author_id INTEGER NOT NULL, mod_status INTEGER, dup TEXT NOT NULL, path_rel TEXT NOT NULL,
  UNIQUE (list_id, kind, id)
);
CREATE INDEX IF NOT EXISTS sp_search_docs_path ON sp_search_docs(path_rel);
CREATE TABLE IF NOT EXISTS sp_search_props (doc INTEGER PRIMARY KEY, props TEXT NOT NULL);
-- The values of each document's refinable managed properties, one row a value (a multi-value one
-- split), as integers: refiner counts and refinement filters read them without parsing each match's
-- JSON, one index probe (doc, property) a match. As in SharePoint, refinement data is aggregated by
-- the index over all the results of a query
-- (https://learn.microsoft.com/sharepoint/dev/general-development/query-refinement-in-sharepoint).
-- Property names and values are numbered once (sp_search_refiners, sp_search_values).
CREATE TABLE IF NOT EXISTS sp_search_refiners (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS sp_search_values (
  id INTEGER PRIMARY KEY, nid INTEGER NOT NULL, value TEXT NOT NULL, norm TEXT NOT NULL, UNIQUE (nid, value)
);
CREATE INDEX IF NOT EXISTS sp_search_values_norm ON sp_search_values(nid, norm);
CREATE TABLE IF NOT EXISTS sp_search_refine (
  doc INTEGER NOT NULL, nid INTEGER NOT NULL, vid INTEGER NOT NULL, PRIMARY KEY (doc, nid, vid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sp_search_refine_vid ON sp_search_refine(vid);
-- Bumped by the crawler with every change to the index it writes (facets.ts keeps what it read until then).
CREATE TABLE IF NOT EXISTS sp_search_index_gen (n INTEGER NOT NULL);
INSERT INTO sp_search_index_gen SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM sp_search_index_gen);
-- Prefix indexes of 2 to 5 characters: what people type as they go ("data", "guide", "plann") is then one
-- doclist read, not a merge of every word it starts in the whole index (data* limited to the 2,000
-- communities at scale: 0.87 -> 0.04 ms; the index takes about a third longer to build).
CREATE VIRTUAL TABLE IF NOT EXISTS sp_search_fts USING fts5(title, body, tokenize = '${FTS_TOKENIZER}', prefix = '${FTS_PREFIXES}');
-- A titles-only table an earlier emulator kept (hub search's title tier is now worked out without it).
DROP TABLE IF EXISTS sp_search_titles;
CREATE TRIGGER IF NOT EXISTS sp_search_on_insert AFTER INSERT ON sp_items BEGIN
  INSERT OR REPLACE INTO sp_search_changes VALUES (NEW.list_id, NEW.kind, NEW.id, ${NOW_MS});
END;
CREATE TRIGGER IF NOT EXISTS sp_search_on_update AFTER UPDATE ON sp_items
WHEN NOT (OLD.data IS NEW.data AND OLD.mod_status IS NEW.mod_status AND OLD.version IS NEW.version AND OLD.dir_ref IS NEW.dir_ref
  AND OLD.leaf IS NEW.leaf AND OLD.kind IS NEW.kind AND OLD.id IS NEW.id AND OLD.list_id IS NEW.list_id) BEGIN
  INSERT OR REPLACE INTO sp_search_changes VALUES (OLD.list_id, OLD.kind, OLD.id, ${NOW_MS});
  INSERT OR REPLACE INTO sp_search_changes VALUES (NEW.list_id, NEW.kind, NEW.id, ${NOW_MS});
END;
CREATE TRIGGER IF NOT EXISTS sp_search_on_delete AFTER DELETE ON sp_items BEGIN
  INSERT OR REPLACE INTO sp_search_changes VALUES (OLD.list_id, OLD.kind, OLD.id, ${NOW_MS});
END;
-- Who can read what (see trimming in execute.ts): the caller's read condition on a list is worked out
-- from every scope of the list (thousands with a folder per community) and kept until any of these change.
CREATE TABLE IF NOT EXISTS sp_search_perm_gen (n INTEGER NOT NULL);
INSERT INTO sp_search_perm_gen SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM sp_search_perm_gen);
${['sp_role_assignments', 'sp_group_members', 'sp_role_defs', 'sp_scopes']
  .flatMap((t) =>
    ['INSERT', 'UPDATE', 'DELETE'].map(
      (op) =>
        `CREATE TRIGGER IF NOT EXISTS sp_search_perm_${t}_${op.toLowerCase()} AFTER ${op} ON ${t} BEGIN UPDATE sp_search_perm_gen SET n = n + 1; END;`,
    ),
  )
  .join('\n')}
${['INSERT', 'DELETE', 'UPDATE OF id, is_site_admin']
  .map(
    (op) =>
      `CREATE TRIGGER IF NOT EXISTS sp_search_perm_sp_principals_${op.split(' ')[0].toLowerCase()} AFTER ${op} ON sp_principals BEGIN UPDATE sp_search_perm_gen SET n = n + 1; END;`,
  )
  .join('\n')}
-- An item's scope or author applies to its documents at once; the bump of sp_search_facts_gen tells the
-- trimming kept in memory (docFacts.ts) to read them again. Made again on every start, so an older index
-- gets the bump too.
CREATE TABLE IF NOT EXISTS sp_search_facts_gen (n INTEGER NOT NULL);
INSERT INTO sp_search_facts_gen SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM sp_search_facts_gen);
DROP TRIGGER IF EXISTS sp_search_on_scope;
CREATE TRIGGER sp_search_on_scope AFTER UPDATE OF scope_id, author_id ON sp_items
WHEN NOT (OLD.scope_id IS NEW.scope_id AND OLD.author_id IS NEW.author_id) BEGIN
  UPDATE sp_search_docs SET scope_id = NEW.scope_id, author_id = NEW.author_id WHERE list_id = NEW.list_id AND kind = NEW.kind AND id = NEW.id;
  UPDATE sp_search_facts_gen SET n = n + 1;
END;
`;

const timers = new WeakMap<DatabaseSync, NodeJS.Timeout>();

/** An index from an older emulator (another layout or other prefixes) is rebuilt: every item is queued again, due at once. */
function upgrade(db: DatabaseSync): void {
  const cols = all<{ name: string }>(db, "SELECT name FROM pragma_table_info('sp_search_docs')").map((c) => c.name);
  const refine = all<{ name: string }>(db, "SELECT name FROM pragma_table_info('sp_search_refine')").map((c) => c.name);
  const fts = get<{ sql: string }>(db, "SELECT sql FROM sqlite_master WHERE name = 'sp_search_fts'")?.sql ?? '';
  const current =
    cols.includes('path_rel') && !cols.includes('props') && refine.includes('vid') && fts.includes(`prefix = '${FTS_PREFIXES}'`);
  if (cols.length === 0 || current) return;
  db.exec(
    [
      'sp_search_docs',
      'sp_search_props',
      'sp_search_fts',
      'sp_search_changes',
      'sp_search_refine',
      'sp_search_refiners',
      'sp_search_values',
    ]
      .map((t) => `DROP TABLE IF EXISTS ${t};`)
      .join(' '),
  );
  db.exec(SEARCH_DDL);
  run(db, 'INSERT OR REPLACE INTO sp_search_changes SELECT list_id, kind, id, 0 FROM sp_items');
}

/** Creates the index and starts the background crawler (stopped by stopSearch). */
export function initSearch(ctx: EmuContext): void {
  upgrade(ctx.db);
  ctx.db.exec(SEARCH_DDL);
  registerMatcher(ctx.db);
  if (timers.has(ctx.db)) return;
  // The background crawl keeps the index close to current, so a query at scale rarely crawls much itself.
  const t = setInterval(() => {
    // Not while a seed runs: it writes in bulk, and the crawl catches up once it is done.
    if (ctx.seedKey) return;
    try {
      crawl(ctx, 2000);
    } catch {
      stopSearch(ctx.db);
    }
  }, 250);
  t.unref();
  timers.set(ctx.db, t);
}

/**
 * A bulk load (the scale seed) writes without the per-row change triggers, and every item is queued
 * once at the end, due at once: as a first full crawl of existing content would find it
 * (https://learn.microsoft.com/sharepoint/crawl-site-content). Documents of items removed meanwhile are queued too, so they go.
 */
export async function indexedAfterward(ctx: EmuContext, load: () => Promise<void>): Promise<void> {
  ctx.db.exec(
    'DROP TRIGGER IF EXISTS sp_search_on_insert; DROP TRIGGER IF EXISTS sp_search_on_update; DROP TRIGGER IF EXISTS sp_search_on_delete;',
  );
  try {
    await load();
  } finally {
    ctx.db.exec(SEARCH_DDL);
    run(ctx.db, 'INSERT OR REPLACE INTO sp_search_changes SELECT list_id, kind, id, 0 FROM sp_items');
    run(ctx.db, 'INSERT OR REPLACE INTO sp_search_changes SELECT list_id, kind, id, 0 FROM sp_search_docs');
  }
}

export function stopSearch(db: DatabaseSync): void {
  const t = timers.get(db);
  if (t) clearInterval(t);
  timers.delete(db);
}

/** Drops an item's document; gives its number (null when it had none). */
function dropDoc(db: DatabaseSync, listId: number, kind: number, id: number, dropped: number[]): number | null {
  const d = get<{ doc: number }>(db, 'SELECT doc FROM sp_search_docs WHERE list_id = ? AND kind = ? AND id = ?', listId, kind, id);
  if (!d) return null;
  dropped.push(d.doc);
  run(db, 'DELETE FROM sp_search_fts WHERE rowid = ?', d.doc);
  run(db, 'DELETE FROM sp_search_refine WHERE doc = ?', d.doc);
  run(db, 'DELETE FROM sp_search_props WHERE doc = ?', d.doc);
  run(db, 'DELETE FROM sp_search_docs WHERE doc = ?', d.doc);
  return d.doc;
}

/**
 * Indexes the changes older than the crawl delay (at most `limit` of them). Queries
 * call it with no limit first, so what is due is always in the index they read.
 */
/** Lists that opted out of search (NoCrawl, "Allow items from this list to appear in search results": No) lose their documents and changes at once. */
function dropUncrawled(db: DatabaseSync, due: number): void {
  const ids = all<{ id: number; props: string }>(
    db,
    `SELECT id, props FROM sp_lists WHERE id IN (SELECT DISTINCT list_id FROM sp_search_docs UNION SELECT DISTINCT list_id FROM sp_search_changes WHERE changed <= ?)`,
    due,
  )
    .filter((l) => {
      const p = JSON.parse(l.props) as { NoCrawl?: unknown; Hidden?: unknown };
      return p.NoCrawl === true || p.Hidden === true;
    })
    .map((l) => l.id);
  if (ids.length) run(db, 'UPDATE sp_search_index_gen SET n = n + 1');
  for (const id of ids) {
    run(db, 'DELETE FROM sp_search_changes WHERE list_id = ? AND changed <= ?', id, due);
    run(db, 'DELETE FROM sp_search_fts WHERE rowid IN (SELECT doc FROM sp_search_docs WHERE list_id = ?)', id);
    run(db, 'DELETE FROM sp_search_refine WHERE doc IN (SELECT doc FROM sp_search_docs WHERE list_id = ?)', id);
    run(db, 'DELETE FROM sp_search_props WHERE doc IN (SELECT doc FROM sp_search_docs WHERE list_id = ?)', id);
    run(db, 'DELETE FROM sp_search_docs WHERE list_id = ?', id);
  }
}

/** The numbers of refiner names and values (made on first use), kept for one crawl. */
class RefinerIds {
  private readonly names = new Map<string, number>();
  private readonly values = new Map<string, number>();
  constructor(private readonly db: DatabaseSync) {}

  of(name: string, value: string): [number, number] {
    let nid = this.names.get(name);
    if (nid === undefined) {
      run(this.db, 'INSERT OR IGNORE INTO sp_search_refiners(name) VALUES (?)', name);
      nid = (get<{ id: number }>(this.db, 'SELECT id FROM sp_search_refiners WHERE name = ?', name) as { id: number }).id;
      this.names.set(name, nid);
    }
    const key = `${nid}\u0000${value}`;
    let vid = this.values.get(key);
    if (vid === undefined) {
      run(this.db, 'INSERT OR IGNORE INTO sp_search_values(nid, value, norm) VALUES (?, ?, ?)', nid, value, refineNorm(value));
      vid = (get<{ id: number }>(this.db, 'SELECT id FROM sp_search_values WHERE nid = ? AND value = ?', nid, value) as { id: number }).id;
      this.values.set(key, vid);
    }
    return [nid, vid];
  }
}

export function crawl(ctx: EmuContext, limit = Number.MAX_SAFE_INTEGER): number {
  const db = ctx.db;
  const due = Date.now() - (ctx.searchDelayMs ?? 0);
  if (!get<{ x: number }>(db, 'SELECT 1 AS x FROM sp_search_changes WHERE changed <= ? LIMIT 1', due)) return 0;
  dropUncrawled(db, due);
  const memo = new CrawlMemo(ctx);
  const changes = all<{ list_id: number; kind: number; id: number; changed: number }>(
    db,
    `SELECT list_id, kind, id, changed FROM sp_search_changes WHERE changed <= ? LIMIT ${Math.min(limit, 1e9)}`,
    due,
  );
  if (changes.length === 0) return 0;
  const lists = new Map<number, ListRow | undefined>();
  const refinable = new Map<number, string[]>();
  const ids = new RefinerIds(db);
  // What the crawl changes, for the documents' facts kept in memory (docFacts.ts), told once it is committed.
  const before = factsKey(db);
  const dropped: number[] = [];
  const added: IndexedDoc[] = [];
  inTransaction(db, () => {
    run(db, 'UPDATE sp_search_index_gen SET n = n + 1');
    for (const c of changes) {
      if (!lists.has(c.list_id)) {
        const l = listById(db, c.list_id);
        lists.set(c.list_id, l);
        refinable.set(c.list_id, l ? [...schema(ctx, [l]).values()].filter((p) => p.refinable).map((p) => p.name) : []);
      }
      const list = lists.get(c.list_id);
      const row = stmt(db, 'SELECT * FROM sp_items WHERE list_id = ? AND kind = ? AND id = ?').get(c.list_id, c.kind, c.id) as
        ItemRow | undefined;
      // An item indexed again keeps its document number (its DocId), as an index updates a document in
      // place: a list's documents then stay together in the numbering, which a Path restriction reads as
      // a few ranges of it (docFacts.ts pathRuns).
      const was = dropDoc(db, c.list_id, c.kind, c.id, dropped);
      if (list && row && row.fsobj !== 1 && list.props.NoCrawl !== true && list.props.Hidden !== true) {
        const d = documentOf(memo, list, row);
        const facts: Omit<IndexedDoc, 'doc'> = {
          list_id: row.list_id,
          kind: row.kind,
          scope_id: row.scope_id,
          author_id: row.author_id,
          mod_status: row.mod_status,
          path_rel: String(d.props.Path).toLowerCase(),
        };
        const doc = run(
          db,
          'INSERT INTO sp_search_docs(doc, list_id, kind, id, scope_id, author_id, mod_status, dup, path_rel) VALUES (?,?,?,?,?,?,?,?,?)',
          was === null ? null : BigInt(was),
          row.list_id,
          row.kind,
          row.id,
          row.scope_id,
          row.author_id,
          row.mod_status,
          d.dup,
          facts.path_rel,
        ).lastInsertRowid;
        added.push({ doc: Number(doc), ...facts });
        run(db, 'INSERT INTO sp_search_props(doc, props) VALUES (?, ?)', doc, JSON.stringify(d.props));
        run(db, 'INSERT INTO sp_search_fts(rowid, title, body) VALUES (?, ?, ?)', doc, d.title, d.body);
        for (const name of refinable.get(c.list_id) ?? []) {
          const v = d.props[name];
          // As SQL's json_extract reads the stored JSON: a boolean is 1 or 0.
          for (const value of refinerValues(typeof v === 'boolean' ? (v ? 1 : 0) : v))
            run(db, 'INSERT OR IGNORE INTO sp_search_refine(doc, nid, vid) VALUES (?, ?, ?)', doc, ...ids.of(name, value));
        }
      }
      // A change made while this one was crawled stays queued (its time is later).
      run(
        db,
        'DELETE FROM sp_search_changes WHERE list_id = ? AND kind = ? AND id = ? AND changed = ?',
        c.list_id,
        c.kind,
        c.id,
        c.changed,
      );
    }
  });
  factsIndexed(db, before, factsKey(db), dropped, added);
  return changes.length;
}
