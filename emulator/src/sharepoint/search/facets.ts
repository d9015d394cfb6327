/**
 * Refiner counts over the matches of a query. SharePoint aggregates refinement data in the index over
 * all the results (https://learn.microsoft.com/sharepoint/dev/general-development/query-refinement-in-sharepoint);
 * here each refined property's values are read from the refiner table (sp_search_refine, see
 * crawler.ts) once into memory, document → value numbers, as a search index keeps a column per
 * refinable property, and kept until the index changes (sp_search_index_gen, which the crawler bumps
 * in the transaction that writes it). Counting a query's matches is then a look-up per match, not an
 * index probe each.
 */
import type { DatabaseSync } from 'node:sqlite';
import { all, get } from '../store.ts';
import { refineNorm } from './refinement.ts';

interface Facet {
  gen: number;
  /** Value number of each document holding the property (by document number; 0 when none). */
  byDoc: Int32Array;
  /** Further values of documents holding several (a multi-value property). */
  more: Map<number, number[]>;
  value: Map<number, string>;
  /** Each value's place in locale order (String.prototype.localeCompare), by value number, for ties in count. */
  order: Int32Array;
  /** The value numbers in that order. */
  byOrder: Int32Array;
}

const facets = new WeakMap<DatabaseSync, Map<string, Facet>>();

export function indexGeneration(db: DatabaseSync): number {
  return get<{ n: number }>(db, 'SELECT n FROM sp_search_index_gen')?.n ?? -1;
}

function facet(db: DatabaseSync, name: string, gen: number): Facet | undefined {
  let byName = facets.get(db);
  if (!byName) {
    byName = new Map();
    facets.set(db, byName);
  }
  const have = byName.get(name);
  if (have && have.gen === gen) return have;
  const nid = get<{ id: number }>(db, 'SELECT id FROM sp_search_refiners WHERE name = ?', name)?.id;
  if (nid === undefined) return undefined;
  // In SQL's text order first, so values that compare equal keep the order a GROUP BY value gives them.
  const values = all<{ id: number; value: string }>(db, 'SELECT id, value FROM sp_search_values WHERE nid = ? ORDER BY value', nid);
  const order = new Int32Array(values.reduce((m, v) => Math.max(m, v.id), 0) + 1);
  const byOrder = new Int32Array(values.length);
  [...values]
    .sort((a, b) => a.value.localeCompare(b.value))
    .forEach((v, i) => {
      order[v.id] = i;
      byOrder[i] = v.id;
    });
  const rows = all<{ doc: number; vid: number }>(
    db,
    'SELECT r.doc, r.vid FROM sp_search_values v CROSS JOIN sp_search_refine r ON r.vid = v.id WHERE v.nid = ?',
    nid,
  );
  const f: Facet = {
    gen,
    byDoc: new Int32Array(rows.reduce((m, r) => Math.max(m, r.doc), 0) + 1),
    more: new Map(),
    value: new Map(values.map((v) => [v.id, v.value])),
    order,
    byOrder,
  };
  for (const r of rows) {
    if (f.byDoc[r.doc] === 0) f.byDoc[r.doc] = r.vid;
    else f.more.set(r.doc, [...(f.more.get(r.doc) ?? []), r.vid]);
  }
  // Inside a transaction the index could still be rolled back: nothing is kept from there.
  if (!db.isTransaction) byName.set(name, f);
  return f;
}

/**
 * The values of a refinable property among the matched documents, most frequent first, then in
 * locale order; at most `limit`. `gen` is the index's generation (indexGeneration), read once for all
 * of a query's refiners.
 */
export function refinerCounts(
  db: DatabaseSync,
  name: string,
  docs: readonly number[],
  limit: number,
  gen = indexGeneration(db),
): Array<{ value: string; count: number }> {
  if (docs.length === 0) return [];
  const f = facet(db, name, gen);
  if (!f) return [];
  const counts = new Int32Array(f.order.length);
  const seen: number[] = [];
  const add = (vid: number): void => {
    if (counts[vid]++ === 0) seen.push(vid);
  };
  for (const doc of docs) {
    const vid = doc < f.byDoc.length ? f.byDoc[doc] : 0;
    if (vid === 0) continue;
    add(vid);
    f.more.get(doc)?.forEach(add);
  }
  // Only the first `limit` are wanted: values are taken a count at a time, highest first, each count's in
  // locale order (sorting every value, thousands of communities at scale, took most of the time).
  const byCount = new Map<number, number[]>();
  let most = 0;
  for (const vid of seen) {
    const n = counts[vid];
    const same = byCount.get(n);
    if (same) same.push(vid);
    else byCount.set(n, [vid]);
    most = Math.max(most, n);
  }
  const first: number[] = [];
  for (let n = most; n > 0 && first.length < limit; n--) {
    const same = byCount.get(n);
    if (!same) continue;
    const need = limit - first.length;
    if (same.length <= 64) first.push(...same.sort((a, b) => f.order[a] - f.order[b]).slice(0, need));
    // Many at one count (a thousand communities found once each): the first of them in locale order.
    else {
      const end = first.length + need;
      for (let k = 0; k < f.byOrder.length && first.length < end; k++) {
        if (counts[f.byOrder[k]] === n) first.push(f.byOrder[k]);
      }
    }
  }
  return first.map((vid) => ({ value: f.value.get(vid) ?? '', count: counts[vid] }));
}

/**
 * A test of whether a document holds one of `norms` (refineNorm's form: trimmed, lower case) in a
 * refinable property, from the values kept in memory: a refinement filter checked on each full-text
 * match with array look-ups, as the refiner counts are, rather than a look-up in the refiner table.
 */
export function valueTest(db: DatabaseSync, name: string, norms: ReadonlySet<string>, gen = indexGeneration(db)): (doc: number) => boolean {
  const f = facet(db, name, gen);
  if (!f) return () => false;
  const wanted = new Uint8Array(f.order.length);
  for (const [vid, value] of f.value) if (norms.has(refineNorm(value))) wanted[vid] = 1;
  return (doc) => {
    if (doc >= f.byDoc.length || f.byDoc[doc] === 0) return false;
    return wanted[f.byDoc[doc]] === 1 || (f.more.get(doc)?.some((vid) => wanted[vid] === 1) ?? false);
  };
}
