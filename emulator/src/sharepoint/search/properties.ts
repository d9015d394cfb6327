/**
 * Managed properties: what the crawler stores for each item, and the schema the query side reads.
 *
 * Built-in properties follow SharePoint Online's search schema for list items (Title, Path,
 * ListId, ListItemID, ContentTypeId, Author, Write, contentclass STS_ListItem_GenericList, …;
 * https://learn.microsoft.com/sharepoint/manage-search-schema,
 * https://learn.microsoft.com/sharepoint/technical-reference/crawled-and-managed-properties-overview).
 * A column becomes an automatically created managed property named after it, spaces removed, with
 * `OWS` and a four-letter code for the column's type appended (`ResourceType` Choice →
 * `ResourceTypeOWSCHCS`), of type Text
 * (https://learn.microsoft.com/sharepoint/technical-reference/automatically-created-managed-properties-in-sharepoint).
 * SharePoint does that for *site* columns only; the emulator does it for every column of a list,
 * so on a tenant whose lists use list columns the same names must be mapped by an administrator
 * (or the columns provisioned as site columns). Lookups are not in Microsoft's table of codes: the
 * emulator gives them `OWSLOOK` with the looked-up text, an emulator choice, said here by name.
 */
import { createHash } from 'node:crypto';
import type { EmuContext } from '../../types.ts';
import { fieldsOf, shapeOf, type FieldDef } from '../fields.ts';
import { SITE_PATH } from '../index.ts';
import { itemById, listByGuid, rootFolderUrl, type ItemRow, type ListRow } from '../model.ts';
import { principalById } from '../principals.ts';
import { parseJson } from '../store.ts';

/** The four-letter codes of the column types CoP Hub uses (table on the page cited above). */
const TYPE_CODE: Record<string, string> = {
  Text: 'TEXT',
  Note: 'MTXT',
  Choice: 'CHCS',
  MultiChoice: 'CHCM',
  Number: 'NMBR',
  Currency: 'CURR',
  Integer: 'INTG',
  DateTime: 'DATE',
  Boolean: 'BOOL',
  User: 'USER',
  UserMulti: 'USER',
  URL: 'URLH',
  Lookup: 'LOOK',
  LookupMulti: 'LOOK',
};

export type ValueType = 'Edm.String' | 'Edm.Int32' | 'Edm.Int64' | 'Edm.Double' | 'Edm.DateTime' | 'Edm.Boolean' | 'Edm.Guid';

/** How a property restriction compares: words of text, a URL prefix, an id, a date or a number. */
export type Compare = 'text' | 'path' | 'id' | 'date' | 'number' | 'bool';

export interface ManagedProperty {
  name: string;
  type: ValueType;
  compare: Compare;
  sortable?: boolean;
  refinable?: boolean;
}

const BUILTIN: ManagedProperty[] = [
  { name: 'Title', type: 'Edm.String', compare: 'text' },
  { name: 'Path', type: 'Edm.String', compare: 'path' },
  { name: 'OriginalPath', type: 'Edm.String', compare: 'path' },
  { name: 'ParentLink', type: 'Edm.String', compare: 'path' },
  { name: 'SPWebUrl', type: 'Edm.String', compare: 'path' },
  { name: 'ListId', type: 'Edm.Guid', compare: 'id' },
  { name: 'ListItemID', type: 'Edm.String', compare: 'id' },
  { name: 'UniqueId', type: 'Edm.Guid', compare: 'id' },
  { name: 'ContentTypeId', type: 'Edm.String', compare: 'id' },
  { name: 'ContentType', type: 'Edm.String', compare: 'text', refinable: true },
  { name: 'contentclass', type: 'Edm.String', compare: 'id', refinable: true },
  { name: 'Author', type: 'Edm.String', compare: 'text', refinable: true },
  { name: 'EditorOWSUSER', type: 'Edm.String', compare: 'text' },
  { name: 'Created', type: 'Edm.DateTime', compare: 'date', sortable: true, refinable: true },
  { name: 'Write', type: 'Edm.DateTime', compare: 'date', sortable: true, refinable: true },
  { name: 'LastModifiedTime', type: 'Edm.DateTime', compare: 'date', sortable: true, refinable: true },
  { name: 'IsDocument', type: 'Edm.Boolean', compare: 'bool', refinable: true },
  { name: 'FileExtension', type: 'Edm.String', compare: 'id', refinable: true },
  { name: 'Size', type: 'Edm.Int64', compare: 'number', sortable: true },
  { name: 'DocId', type: 'Edm.Int64', compare: 'number', sortable: true },
  { name: 'WorkId', type: 'Edm.Int64', compare: 'number' },
  { name: 'Rank', type: 'Edm.Double', compare: 'number', sortable: true },
  { name: 'Description', type: 'Edm.String', compare: 'text' },
];

/** SQL for the managed properties (JSON) of the document `i`, kept apart from its compact row (see crawler.ts). */
export const PROPS_OF_I = '(SELECT props FROM sp_search_props p WHERE p.doc = i.doc)';

/** Properties computed per query rather than stored. */
export const QUERY_TIME = new Set(['Rank', 'DocId', 'WorkId', 'HitHighlightedSummary', 'HitHighlightedProperties']);

export function autoName(f: FieldDef): string | undefined {
  const code = TYPE_CODE[f.typeAsString];
  return code && !f.builtin ? `${f.internal.replace(/\s+/g, '')}OWS${code}` : undefined;
}

/** The schema: built-ins plus the automatically created properties of every list's columns, by lower-case name. */
export function schema(ctx: EmuContext, lists: ListRow[]): Map<string, ManagedProperty> {
  const m = new Map<string, ManagedProperty>(BUILTIN.map((p) => [p.name.toLowerCase(), p]));
  for (const l of lists) {
    for (const f of fieldsOf(ctx.db, l.id)) {
      const name = autoName(f);
      // Automatically created managed properties are Text, queryable and retrievable. On SharePoint
      // Online they are *not* refinable by default: to refine on one (CoP Hub refines by
      // CommunityOWSLOOK, ResourceTypeOWSCHCS and PracticeAreaOWSTEXT) an administrator maps its
      // crawled property to a refinable managed property, a RefinableStringNN with the OWS name as
      // its alias (https://learn.microsoft.com/sharepoint/manage-search-schema, "Refine on managed
      // properties"). The emulator serves the schema as it is after that mapping: every one refinable.
      if (name) m.set(name.toLowerCase(), { name, type: 'Edm.String', compare: 'text', refinable: true });
    }
  }
  return m;
}

/**
 * Every list item's display form, which is what search returns as its Path. The index keeps it
 * server-relative, so a saved index stays right when the emulator listens on another port; the
 * origin is put in front as results are sent (absoluteUrl).
 */
export function displayUrl(list: ListRow, id: number): string {
  return `${rootFolderUrl(SITE_PATH, list)}/DispForm.aspx?ID=${id}`;
}

/** URL-valued properties, stored server-relative. */
export const URL_PROPERTIES = new Set(['Path', 'OriginalPath', 'ParentLink', 'SPWebUrl']);

export function absoluteUrl(ctx: EmuContext, value: unknown): unknown {
  return typeof value === 'string' && value.startsWith('/') ? `${ctx.origin}${value}` : value;
}

/** A URL as the index keeps it: without scheme and host. */
export function serverRelative(url: string): string {
  return url.replace(/^https?:\/\/[^/]+/i, '');
}

export interface IndexedDocument {
  title: string;
  body: string;
  /** Same title and text: what TrimDuplicates collapses. */
  dup: string;
  props: Record<string, string | number | boolean | null>;
}

/** Look-ups made while one batch of changes is crawled, kept for that batch (thousands of items share few people and communities). */
export class CrawlMemo {
  private readonly users = new Map<number, string>();
  private readonly lookups = new Map<string, string>();
  private readonly lists = new Map<string, ListRow | undefined>();
  constructor(readonly ctx: EmuContext) {}

  /** The OWSUSER form: "mail | display name | login" (an emulator rendering of SharePoint's claims string). */
  userText(id: number): string {
    let t = this.users.get(id);
    if (t === undefined) {
      const p = principalById(this.ctx.db, id);
      t = p ? `${p.email} | ${p.title} | ${p.login_name}` : '';
      this.users.set(id, t);
    }
    return t;
  }

  lookupText(f: FieldDef, id: number): string {
    const guid = String(f.props.LookupList ?? '');
    const key = `${guid}:${String(f.props.LookupField ?? 'Title')}:${id}`;
    let t = this.lookups.get(key);
    if (t === undefined) {
      if (!this.lists.has(guid)) this.lists.set(guid, listByGuid(this.ctx.db, guid));
      const target = this.lists.get(guid);
      const row = target ? itemById(this.ctx.db, target.id, id) : undefined;
      const v = row ? parseJson<Record<string, unknown>>(row.data, {})[String(f.props.LookupField ?? 'Title')] : undefined;
      t = v === null || v === undefined ? '' : String(v);
      this.lookups.set(key, t);
    }
    return t;
  }
}

/** The value of one column as its managed property holds it (text), and the words it adds to the body. */
function columnText(memo: CrawlMemo, f: FieldDef, v: unknown): { value: string | null; words: string } {
  if (v === null || v === undefined || v === '') return { value: null, words: '' };
  switch (shapeOf(f)) {
    case 'multichoice': {
      const arr = v as string[];
      return { value: `;#${arr.join(';#')};#`, words: arr.join(' ') };
    }
    case 'user': {
      const t = memo.userText(Number(v));
      return { value: t, words: t.split(' | ')[1] ?? '' };
    }
    case 'usermulti': {
      const ts = (v as number[]).map((id) => memo.userText(id));
      return { value: ts.join(';'), words: ts.map((t) => t.split(' | ')[1] ?? '').join(' ') };
    }
    case 'lookup': {
      const t = memo.lookupText(f, Number(v));
      return { value: t, words: t };
    }
    case 'lookupmulti': {
      const ts = (v as number[]).map((id) => memo.lookupText(f, id));
      return { value: ts.join(';'), words: ts.join(' ') };
    }
    case 'url': {
      const u = v as { Url?: string; Description?: string };
      return { value: `${u.Url ?? ''}, ${u.Description ?? ''}`, words: u.Description ?? '' };
    }
    case 'bool':
      return { value: v ? '1' : '0', words: '' };
    case 'number':
    case 'int':
    case 'date':
      return { value: String(v), words: '' };
    default:
      return { value: String(v), words: String(v) };
  }
}

export function documentOf(memo: CrawlMemo, list: ListRow, row: ItemRow): IndexedDocument {
  const data = parseJson<Record<string, unknown>>(row.data, {});
  const title = data.Title === null || data.Title === undefined ? '' : String(data.Title);
  const words: string[] = [];
  const author = memo.userText(row.author_id).split(' | ')[1];
  const url = displayUrl(list, row.id);
  const props: IndexedDocument['props'] = {
    Title: title,
    Path: url,
    OriginalPath: url,
    ParentLink: `${rootFolderUrl(SITE_PATH, list)}/AllItems.aspx`,
    SPWebUrl: SITE_PATH,
    ListId: list.guid,
    ListItemID: String(row.id),
    UniqueId: row.guid,
    ContentTypeId: `0x0100${list.guid.replace(/-/g, '').toUpperCase()}`,
    ContentType: 'Item',
    contentclass: 'STS_ListItem_GenericList',
    Author: author ?? '',
    EditorOWSUSER: memo.userText(row.editor_id),
    Created: row.created,
    Write: row.modified,
    LastModifiedTime: row.modified,
    IsDocument: false,
    FileExtension: null,
    Size: 0,
    Description: null,
  };
  for (const f of fieldsOf(memo.ctx.db, list.id)) {
    const name = autoName(f);
    if (!name) continue;
    const t = columnText(memo, f, data[f.internal]);
    props[name] = t.value;
    if (t.words) words.push(t.words);
  }
  const body = words.join('\n');
  const dup = createHash('sha1').update(`${title.toLowerCase()}\u0000${body.toLowerCase()}`).digest('hex');
  return { title, body, dup, props };
}
