/** Reads every page of a PnPjs item query (5,000 per request, SharePoint's maximum page size). */
import { SPCollection } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { hOP, objectDefinedNotNull } from '@pnp/core';
import type { SpItem } from './mappers';
import type { ReadBatcher } from './readBatcher';

export const MAX_PAGE = 5000;

interface ItemPage {
  items: SpItem[];
  nextLink?: string;
}

/** The page and its `odata.nextLink` (verbose `__next`), as @pnp/sp's own async iterator reads them. */
const PageParse = parseBinderWithErrorCheck(async (r: Response): Promise<ItemPage> => {
  const json = (await r.json()) as Record<string, unknown> & { d?: { __next?: string } };
  const next = hOP(json, 'd') && json.d && hOP(json.d, '__next') ? json.d.__next : (json['odata.nextLink'] as string | undefined);
  return { items: parseODataJSON(json) as SpItem[], nextLink: typeof next === 'string' && next.length > 0 ? next : undefined };
});

const QUERY_PARAMS = ['$top', '$select', '$expand', '$filter', '$orderby', '$skiptoken'];

/** A request for one page of `query` that parses to items and the next link. */
function pageRequest(query: IItems, url?: string): (() => Promise<ItemPage>) & { using: IItems['using'] } {
  const page = (url ? SPCollection([query, url]) : SPCollection(query)).using(PageParse);
  if (!url) {
    for (const p of QUERY_PARAMS) {
      const v = query.query.get(p);
      if (objectDefinedNotNull(v)) page.query.set(p, v);
    }
  }
  return page as unknown as (() => Promise<ItemPage>) & { using: IItems['using'] };
}

/**
 * Every item of the query. With a batcher, the first page travels with the other reads the view
 * starts at the same moment (see readBatcher); further pages, rare below 5,000 items, follow alone.
 */
export async function readAll(query: IItems, reads?: ReadBatcher): Promise<SpItem[]> {
  query.top(MAX_PAGE);
  const first = pageRequest(query);
  let page = await (reads ? reads.read(first) : first());
  const all: SpItem[] = [...page.items];
  while (page.nextLink) {
    page = await pageRequest(query, page.nextLink)();
    all.push(...page.items);
  }
  return all;
}

/** OData string literal: single quotes doubled, so O'Brien can't end the literal early. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
