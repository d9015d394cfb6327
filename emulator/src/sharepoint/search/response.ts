/**
 * The search result as SharePoint sends it: Microsoft.Office.Server.Search.REST.SearchResult with
 * PrimaryQueryResult.RelevantResults (RowCount, TotalRows, TotalRowsIncludingDuplicates,
 * Table.Rows[].Cells[] of SP.KeyValue {Key, Value, ValueType}, values as strings) and
 * RefinementResults.Refiners[].Entries[]; minimal metadata is plain JSON under `odata.metadata`,
 * verbose wraps it in `{"d":{"query"|"postquery":{…}}}` with `__metadata` and `{"results":[…]}`
 * collections (https://learn.microsoft.com/sharepoint/dev/general-development/sharepoint-search-rest-api-overview,
 * types: https://github.com/koltyakov/sp-metadata docs/Microsoft.Office.Server.Search.REST).
 */
import { randomUUID } from 'node:crypto';
import type { EmuResponse } from '../../types.ts';
import type { Rq } from '../rq.ts';
import type { Hit, SearchOutcome } from './execute.ts';
import type { EmuContext } from '../../types.ts';
import { absoluteUrl, URL_PROPERTIES, type ManagedProperty } from './properties.ts';
import { refinementToken } from './refinement.ts';
import type { SearchRequest } from './request.ts';

/** What SharePoint returns when SelectProperties is empty (the part of its default set the emulator has). */
const DEFAULT_SELECT = [
  'Rank',
  'DocId',
  'WorkId',
  'Title',
  'Author',
  'Size',
  'Path',
  'Description',
  'Write',
  'HitHighlightedSummary',
  'HitHighlightedProperties',
  'contentclass',
  'ContentTypeId',
  'ParentLink',
  'IsDocument',
  'SPWebUrl',
  'UniqueId',
  'OriginalPath',
  'ListId',
  'ListItemID',
];
/** Appended to every row, as SharePoint does. */
const ALWAYS = ['Rank', 'DocId', 'PartitionId', 'UrlZone', 'Culture'];
const PARTITION = '00000000-0000-0000-0000-000000000000';

interface KeyValue {
  Key: string;
  Value: string | null;
  ValueType: string;
}

function kv(Key: string, value: unknown, type: string): KeyValue {
  if (value === null || value === undefined) return { Key, Value: null, ValueType: 'Null' };
  return { Key, Value: String(value), ValueType: type };
}

function cell(ctx: EmuContext, name: string, hit: Hit, props: Map<string, ManagedProperty>): KeyValue {
  switch (name.toLowerCase()) {
    case 'rank':
      return kv(name, hit.rank, 'Edm.Double');
    case 'docid':
    case 'workid':
      return kv(name, hit.doc, 'Edm.Int64');
    case 'hithighlightedsummary':
      return kv(name, hit.summary, 'Edm.String');
    case 'hithighlightedproperties':
      return kv(
        name,
        `<HHTitle>${hit.titleHighlighted}</HHTitle>\n<HHUrl>${String(absoluteUrl(ctx, hit.props.Path))}</HHUrl>`,
        'Edm.String',
      );
    case 'partitionid':
      return kv(name, PARTITION, 'Edm.Guid');
    case 'urlzone':
      return kv(name, 0, 'Edm.Int32');
    case 'culture':
      return kv(name, 'en-US', 'Edm.String');
    default: {
      const p = props.get(name.toLowerCase());
      // A property the schema doesn't know comes back empty, as SharePoint returns it.
      if (!p) return kv(name, null, 'Null');
      return kv(name, URL_PROPERTIES.has(p.name) ? absoluteUrl(ctx, hit.props[p.name]) : hit.props[p.name], p.type);
    }
  }
}

function columns(req: SearchRequest): string[] {
  const chosen = req.selectProperties.length ? [...req.selectProperties] : [...DEFAULT_SELECT];
  for (const a of ALWAYS) if (!chosen.some((c) => c.toLowerCase() === a.toLowerCase())) chosen.push(a);
  return chosen;
}

type Wrap = (type: string, o: Record<string, unknown>) => Record<string, unknown>;
type WrapList = (type: string, items: unknown[]) => unknown;

export function searchResponse(
  rq: Rq,
  op: 'query' | 'postquery',
  req: SearchRequest,
  out: SearchOutcome,
  props: Map<string, ManagedProperty>,
): EmuResponse {
  const verbose = rq.fmt === 'verbose';
  const obj: Wrap = verbose ? (type, o) => ({ __metadata: { type }, ...o }) : (_t, o) => o;
  const list: WrapList = verbose
    ? (type, items) => ({ __metadata: { type: `Collection(${type})` }, results: items })
    : (_t, items) => items;
  const keyValues = (items: KeyValue[]): unknown =>
    list(
      'SP.KeyValue',
      items.map((x) => obj('SP.KeyValue', { ...x })),
    );
  const cols = columns(req);
  const rows = out.hits.map((h) => obj('SP.SimpleDataRow', { Cells: keyValues(cols.map((c) => cell(rq.ctx, c, h, props))) }));
  const refinement =
    out.refiners === null
      ? null
      : obj('Microsoft.Office.Server.Search.REST.RefinementResults', {
          GroupTemplateId: null,
          ItemTemplateId: null,
          Properties: null,
          ResultTitle: null,
          ResultTitleUrl: null,
          Refiners: list(
            'Microsoft.Office.Server.Search.REST.Refiner',
            out.refiners.map((r) =>
              obj('Microsoft.Office.Server.Search.REST.Refiner', {
                Name: r.name,
                Entries: list(
                  'Microsoft.Office.Server.Search.REST.RefinerEntry',
                  r.entries.map((e) =>
                    obj('Microsoft.Office.Server.Search.REST.RefinerEntry', {
                      RefinementCount: e.count,
                      RefinementName: e.value,
                      RefinementToken: refinementToken(e.value),
                      RefinementValue: e.value,
                    }),
                  ),
                ),
              }),
            ),
          ),
        });
  const result = obj('Microsoft.Office.Server.Search.REST.SearchResult', {
    ElapsedTime: out.elapsedMs,
    PrimaryQueryResult: obj('Microsoft.Office.Server.Search.REST.QueryResult', {
      CustomResults: list('Microsoft.Office.Server.Search.REST.CustomResult', []),
      QueryId: randomUUID(),
      QueryRuleId: PARTITION,
      RefinementResults: refinement,
      RelevantResults: obj('Microsoft.Office.Server.Search.REST.RelevantResults', {
        GroupTemplateId: null,
        ItemTemplateId: null,
        Properties: keyValues([kv('StartRecord', req.startRow, 'Edm.Int32'), kv('QueryModification', req.querytext, 'Edm.String')]),
        ResultTitle: null,
        ResultTitleUrl: null,
        RowCount: out.hits.length,
        Table: obj('SP.SimpleDataTable', { Rows: list('SP.SimpleDataRow', rows) }),
        TotalRows: out.totalRows,
        TotalRowsIncludingDuplicates: out.totalRowsIncludingDuplicates,
      }),
      SpecialTermResults: null,
    }),
    Properties: keyValues([kv('RowLimit', req.rowLimit, 'Edm.Int32'), kv('SourceId', '8413cd39-2156-4e00-b54d-11efd9abdb89', 'Edm.Guid')]),
    SecondaryQueryResults: list('Microsoft.Office.Server.Search.REST.QueryResult', []),
    SpellingSuggestion: '',
    TriggeredRules: list('Edm.Guid', []),
  });
  const body = verbose
    ? { d: { [op]: result } }
    : { 'odata.metadata': `${rq.site}/_api/$metadata#Microsoft.Office.Server.Search.REST.SearchResult`, ...result };
  const ct = verbose
    ? 'application/json;odata=verbose;charset=utf-8'
    : 'application/json;odata=minimalmetadata;streaming=true;odata.streaming=true;charset=utf-8';
  return { status: 200, headers: { 'content-type': ct }, body: JSON.stringify(body) };
}
