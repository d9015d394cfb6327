/**
 * In-process helpers for seeds and tests: act as a user without HTTP, and bulk-insert items
 * (12,000 rows in one transaction instead of 12,000 requests). Values are validated and stored
 * exactly as items.add stores them; permissions are not checked (this is the site's own setup).
 */
import type { EmuContext } from '../types.ts';
import { inTransaction } from '../db.ts';
import { fieldSet } from './fields.ts';
import { bodyToData } from './fieldvalues.ts';
import { itemTypeName, resolveFolder } from './items-write.ts';
import { listByTitle, lp } from './model.ts';
import { parentScope } from './permissions.ts';
import { siteUserFor } from './principals.ts';
import type { Rq } from './rq.ts';
import { newGuid, run, spDate } from './store.ts';

const SITE_PATH = '/sites/cop';

/** A request context for `upn` with no HTTP request behind it. */
export function internalRq(ctx: EmuContext, upn: string): Rq {
  const user = ctx.users.find((u) => u.userPrincipalName.toLowerCase() === upn.toLowerCase());
  if (!user) throw new Error(`Unknown demo user ${upn}`);
  return {
    req: { method: 'GET', url: new URL(`${ctx.origin || 'http://localhost'}${SITE_PATH}/_api/web`), headers: {}, body: Buffer.alloc(0), user },
    ctx, db: ctx.db, me: siteUserFor(ctx.db, user), fmt: 'minimal', site: `${ctx.origin}${SITE_PATH}`, sitePath: SITE_PATH,
    query: new URLSearchParams(), method: 'POST', perm: new Map(), inBatch: false,
  };
}

/** Inserts items into a list as `upn` (Author/Editor), optionally into a folder; returns the new ids. */
export function insertItems(ctx: EmuContext, listTitle: string, rows: Array<Record<string, unknown>>, upn: string, folder?: string): number[] {
  const rq = internalRq(ctx, upn);
  const list = listByTitle(ctx.db, listTitle);
  if (!list) throw new Error(`No list '${listTitle}'`);
  const fs = fieldSet(ctx.db, list);
  const dir = resolveFolder(rq, list, folder);
  const scope = parentScope(ctx.db, list, dir);
  const moderated = lp(list, 'EnableModeration', false);
  const type = itemTypeName(list);
  const result = inTransaction(ctx.db, () => {
    const ids: number[] = [];
    const start = (ctx.db.prepare('SELECT next_id FROM sp_lists WHERE id = ?').get(list.id) as { next_id: number }).next_id;
    const insert = ctx.db.prepare(
      'INSERT INTO sp_items(list_id, kind, id, guid, scope_id, fsobj, dir_ref, leaf, author_id, editor_id, created, modified, version, mod_status, mod_comments, data) VALUES (?,0,?,?,?,0,?,?,?,?,?,?,1,?,NULL,?)',
    );
    const now = spDate();
    rows.forEach((body, i) => {
      const id = start + i;
      const data: Record<string, unknown> = {};
      for (const [f, v] of bodyToData(ctx.db, fs, body, type)) if (v !== null && v !== undefined) data[f.internal] = v;
      insert.run(list.id, id, newGuid(), scope, dir, `${id}_.000`, rq.me.id, rq.me.id, now, now, moderated ? 0 : null, JSON.stringify(data));
      ids.push(id);
    });
    run(ctx.db, 'UPDATE sp_lists SET next_id = ?, item_count = item_count + ?, modified = ? WHERE id = ?', start + rows.length, rows.length, now, list.id);
    return ids;
  });
  // Fresh statistics after a bulk load keep the planner on the column indexes.
  if (rows.length >= 1000) ctx.db.exec('ANALYZE sp_items');
  return result;
}
