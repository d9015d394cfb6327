/**
 * Adding a list item exactly once, when an answer can be lost. PnPjs resends a request that failed
 * on the network or with 429/503/504; if the first POST had landed, a blind resend makes a second item.
 * Each add carries a fresh key in ClientRequestId, a column with unique values enforced, so SharePoint
 * itself refuses the resent copy; after any failure the item is looked up by its key (and by Author,
 * both indexed, so the query stays under the list view threshold) before the failure is believed.
 * Should two items with the key exist anyway (a column made without uniqueness), the oldest stays and
 * the caller's newer copies go, as joining settles duplicate memberships.
 */
import type { IList } from '@pnp/sp/lists';
import { CLIENT_REQUEST_ID } from '../schema/lists';
import type { SpItem } from './mappers';

const KEY = CLIENT_REQUEST_ID.name;

/** A random key for one add: a UUID where the browser has one, else 128 random bits in hex. */
export function newRequestKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SharePoint's answer when a list has no such column: an older site, set up before the key existed. */
function lacksKeyColumn(e: unknown): boolean {
  const err = e as { status?: number; message?: string };
  return err.status === 400 && typeof err.message === 'string' && err.message.includes(`'${KEY}'`);
}

export interface AddOnceOptions {
  /** The caller's site user id (the Author SharePoint will record). */
  authorId: number;
  /** The fields to read the added item with. */
  select: string[];
  /** Person or lookup fields to expand. */
  expand?: string[];
  /** The key to send; a fresh one by default. */
  key?: string;
  /**
   * How to add (into a folder, say): given the values to write (with the key, or without it on an
   * older site) and returning the new item's id. `list.items.add` by default.
   */
  add?: (values: Record<string, unknown>) => Promise<number>;
}

/** Adds `values` to `list` once and returns it, read with `select` and `expand`. */
export async function addOnce(list: IList, values: Record<string, unknown>, options: AddOnceOptions): Promise<SpItem> {
  const key = options.key ?? newRequestKey();
  let failure: unknown;
  let addedId: number | undefined;
  const add =
    options.add ?? (async (v: Record<string, unknown>): Promise<number> => Number(((await list.items.add(v)) as { Id?: number }).Id));
  try {
    addedId = await add({ ...values, [KEY]: key });
  } catch (e) {
    if (lacksKeyColumn(e)) {
      // An older site: add as before; "Set up or repair lists" adds the column.
      const id = await add(values);
      return list.items
        .getById(id)
        .select(...options.select)
        .expand(...(options.expand ?? []))();
    }
    failure = e;
  }
  // The key is a GUID or hex: no quote to escape, but it goes through the same path as any text.
  const rows = (await list.items
    .select(...options.select)
    .expand(...(options.expand ?? []))
    .filter(`${KEY} eq '${key.replace(/'/g, "''")}' and AuthorId eq ${Math.trunc(options.authorId)}`)()) as SpItem[];
  if (rows.length === 0) {
    if (failure !== undefined) throw failure;
    throw new Error(`Item ${addedId} was added but could not be read back. Reload to see it.`);
  }
  const [keep, ...copies] = [...rows].sort((a, b) => Number(a.Id) - Number(b.Id));
  // Mine (same Author), so I may delete them; a racer may have removed one already (404).
  for (const copy of copies)
    await list.items
      .getById(Number(copy.Id))
      .delete()
      .catch(() => undefined);
  return keep;
}
