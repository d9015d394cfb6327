/**
 * SharePoint Search for the emulator: `_api/search/query` (GET) and `_api/search/postquery` (POST)
 * (https://learn.microsoft.com/sharepoint/dev/general-development/sharepoint-search-rest-api-overview).
 * Query suggestions and the other search endpoints are refused by name as emulator limits.
 */
import type { EmuResponse } from '../../types.ts';
import { badRequest, CODE, unsupported } from '../errors.ts';
import type { Rq } from '../rq.ts';
import { runSearch } from './execute.ts';
import { requestFromBody, requestFromQuery } from './request.ts';
import { searchResponse } from './response.ts';

export { initSearch, stopSearch, crawl, indexedAfterward } from './crawler.ts';

/** Endpoints under _api/search that SharePoint Online has and the emulator does not serve. */
const NOT_SERVED = ['suggest', 'autocompletions', 'export', 'exportpopulartenantqueries', 'recordpageclick', 'resultspageaddress'];

export function handleSearch(rq: Rq, op: string): EmuResponse {
  const name = op.toLowerCase();
  if (name === 'query' || name === 'postquery') {
    if (name === 'query' && rq.method !== 'GET') throw badRequest('search/query takes GET; POST to search/postquery.', CODE.invalidQuery);
    if (name === 'postquery' && rq.method !== 'POST')
      throw badRequest('search/postquery takes POST with {"request":{…}}; GET search/query instead.', CODE.invalidQuery);
    const req = name === 'query' ? requestFromQuery(rq) : requestFromBody(rq);
    const out = runSearch(rq, req);
    return searchResponse(rq, name, req, out, out.schema);
  }
  if (NOT_SERVED.includes(name)) throw unsupported(`the REST endpoint '_api/search/${op}' (emulator limit)`);
  throw unsupported(`the REST endpoint '_api/search/${op}'`);
}
