/** Reads every page of a PnPjs item query (5,000 per request, SharePoint's maximum page size). */
import type { IItems } from '@pnp/sp/items';
import type { SpItem } from './mappers';

export const MAX_PAGE = 5000;

export async function readAll(query: IItems): Promise<SpItem[]> {
  const all: SpItem[] = [];
  for await (const page of query.top(MAX_PAGE)) {
    all.push(...(page as SpItem[]));
  }
  return all;
}

/** OData string literal: single quotes doubled, so O'Brien can't end the literal early. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
