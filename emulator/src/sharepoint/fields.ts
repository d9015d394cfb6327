/**
 * Field (column) definitions: the built-in fields every generic list has, the custom ones added
 * through REST, and their SP.Field* JSON. Field kinds and classes follow SP.FieldType
 * (https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client.fieldtype),
 * as @pnp/sp maps them in fields/types.js.
 */
import type { DatabaseSync } from 'node:sqlite';
import { Ent, Multi } from './odata.ts';
import { rootFolderUrl, type ListRow } from './model.ts';
import type { Rq } from './rq.ts';
import { all, parseJson } from './store.ts';

/** How the item engine stores and compares a field's value. */
export type Shape =
  | 'text'
  | 'note'
  | 'number'
  | 'int'
  | 'bool'
  | 'date'
  | 'choice'
  | 'multichoice'
  | 'user'
  | 'usermulti'
  | 'lookup'
  | 'lookupmulti'
  | 'url'
  | 'guid'
  | 'system';

export interface FieldDef {
  listId: number;
  guid: string;
  internal: string;
  title: string;
  kind: number;
  typeAsString: string;
  builtin: boolean;
  ord: number;
  props: Record<string, unknown>;
}

export const FIELD_CLASS: Record<number, string> = {
  1: 'SP.FieldNumber',
  2: 'SP.FieldText',
  3: 'SP.FieldMultiLineText',
  4: 'SP.FieldDateTime',
  5: 'SP.Field',
  6: 'SP.FieldChoice',
  7: 'SP.FieldLookup',
  8: 'SP.Field',
  9: 'SP.FieldNumber',
  10: 'SP.FieldCurrency',
  11: 'SP.FieldUrl',
  12: 'SP.FieldComputed',
  14: 'SP.FieldGuid',
  15: 'SP.FieldMultiChoice',
  17: 'SP.FieldCalculated',
  19: 'SP.Field',
  20: 'SP.FieldUser',
  23: 'SP.FieldChoice',
  25: 'SP.Field',
};

export const TYPE_NAME: Record<number, string> = {
  1: 'Integer',
  2: 'Text',
  3: 'Note',
  4: 'DateTime',
  5: 'Counter',
  6: 'Choice',
  7: 'Lookup',
  8: 'Boolean',
  9: 'Number',
  10: 'Currency',
  11: 'URL',
  12: 'Computed',
  14: 'Guid',
  15: 'MultiChoice',
  17: 'Calculated',
  19: 'Attachments',
  20: 'User',
  23: 'ModStat',
  25: 'ContentTypeId',
};

const SHAPES: Record<string, Shape> = {
  Text: 'text',
  Note: 'note',
  Number: 'number',
  Currency: 'number',
  Integer: 'int',
  Counter: 'int',
  Boolean: 'bool',
  DateTime: 'date',
  Choice: 'choice',
  MultiChoice: 'multichoice',
  User: 'user',
  UserMulti: 'usermulti',
  Lookup: 'lookup',
  LookupMulti: 'lookupmulti',
  URL: 'url',
  Guid: 'guid',
};

/** Built-in fields whose value lives in a real column of sp_items (SQL expression). */
export const SYSTEM_COLUMN: Record<string, string> = {
  ID: 'id',
  Created: 'created',
  Modified: 'modified',
  Author: 'author_id',
  Editor: 'editor_id',
  GUID: 'guid',
  FileDirRef: 'dir_ref',
  FileLeafRef: 'leaf',
  FileRef: "(dir_ref || '/' || leaf)",
  FSObjType: 'fsobj',
  _ModerationStatus: 'mod_status',
  _ModerationComments: 'mod_comments',
  _UIVersionString: 'version',
  ContentTypeId: 'fsobj',
  ContentType: 'fsobj',
  Attachments: '0',
  ItemChildCount: 'id',
  FolderChildCount: 'id',
};

export function shapeOf(f: FieldDef): Shape {
  if (f.internal === 'Author' || f.internal === 'Editor') return 'user';
  if (f.builtin && SYSTEM_COLUMN[f.internal] !== undefined) return 'system';
  return SHAPES[f.typeAsString] ?? 'system';
}

/** [guid, internal, title, kind, typeAsString, props] of the fields a generic list starts with (well-known SharePoint field ids). */
const BUILTINS: Array<[string, string, string, number, string, Record<string, unknown>]> = [
  ['1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID', 5, 'Counter', { ReadOnlyField: true, Indexed: false }],
  ['03e45e84-1992-4d42-9116-26f756012634', 'ContentTypeId', 'Content Type ID', 25, 'ContentTypeId', { Hidden: true, ReadOnlyField: true }],
  ['fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', 'Title', 2, 'Text', { Required: true, MaxLength: 255 }],
  ['28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified', 4, 'DateTime', { ReadOnlyField: true, DisplayFormat: 1 }],
  ['8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created', 4, 'DateTime', { ReadOnlyField: true, DisplayFormat: 1 }],
  ['1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By', 20, 'User', { ReadOnlyField: true, SelectionMode: 1 }],
  ['d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By', 20, 'User', { ReadOnlyField: true, SelectionMode: 1 }],
  ['dce8262a-3ae9-45aa-aab4-83bd75fb738a', '_UIVersionString', 'Version', 2, 'Text', { ReadOnlyField: true }],
  ['67df98f4-9dec-48ff-a553-29bece9c5bf4', 'Attachments', 'Attachments', 19, 'Attachments', { ReadOnlyField: true }],
  ['c042a256-787d-4a6f-8a8a-cf6ab767f12d', 'ContentType', 'Content Type', 12, 'Computed', { ReadOnlyField: true }],
  ['ae069f25-3ac2-4256-b9c3-15dbc15da0e0', 'GUID', 'GUID', 14, 'Guid', { Hidden: true, ReadOnlyField: true }],
  ['56605df6-8fa1-47e4-a04c-5b384d59609f', 'FileDirRef', 'Path', 7, 'Lookup', { Hidden: true, ReadOnlyField: true }],
  ['8553196d-ec8d-4564-9861-3dbe931050c8', 'FileLeafRef', 'Name', 18, 'File', { Hidden: true, ReadOnlyField: true }],
  ['94f89715-e097-4e8b-ba79-ea02aa8b7adb', 'FileRef', 'URL Path', 7, 'Lookup', { Hidden: true, ReadOnlyField: true }],
  ['30bb605f-5bae-48fe-b4e3-1f81d9772af9', 'FSObjType', 'Item Type', 7, 'Lookup', { Hidden: true, ReadOnlyField: true }],
  ['b824e17e-a1b3-426e-aecf-f0184d900485', 'ItemChildCount', 'Item Child Count', 7, 'Lookup', { Hidden: true, ReadOnlyField: true }],
  ['960ff01f-2b6d-4f1b-9c3f-e19ad8927341', 'FolderChildCount', 'Folder Child Count', 7, 'Lookup', { Hidden: true, ReadOnlyField: true }],
  [
    'fdc3b2ed-5bf2-4835-a4bc-b885f3396a61',
    '_ModerationStatus',
    'Approval Status',
    23,
    'ModStat',
    { Hidden: true, ReadOnlyField: true, Choices: ['0;#Approved', '1;#Rejected', '2;#Pending', '3;#Draft', '4;#Scheduled'] },
  ],
  ['34ad21eb-75bd-4544-8c73-0e08330291fe', '_ModerationComments', 'Approver Comments', 3, 'Note', { Hidden: true, ReadOnlyField: true }],
];

export function builtinRows(listId: number): Array<[number, string, string, string, number, string, number, number, string]> {
  return BUILTINS.map(([guid, internal, title, kind, tas, props], i) => [
    listId,
    guid,
    internal,
    title,
    kind,
    tas,
    1,
    i,
    JSON.stringify(props),
  ]);
}

type RawField = {
  list_id: number;
  guid: string;
  internal_name: string;
  title: string;
  type_kind: number;
  type_as_string: string;
  builtin: number;
  ord: number;
  props: string;
};

function toDef(r: RawField): FieldDef {
  return {
    listId: r.list_id,
    guid: r.guid,
    internal: r.internal_name,
    title: r.title,
    kind: r.type_kind,
    typeAsString: r.type_as_string,
    builtin: r.builtin === 1,
    ord: r.ord,
    props: parseJson(r.props, {}),
  };
}

const fieldCache = new WeakMap<DatabaseSync, Map<number, FieldDef[]>>();

/** The fields of a list, cached until a field or list changes (invalidateFields). Treat as read-only. */
export function fieldsOf(db: DatabaseSync, listId: number): FieldDef[] {
  let m = fieldCache.get(db);
  if (!m) {
    m = new Map();
    fieldCache.set(db, m);
  }
  let defs = m.get(listId);
  if (!defs) {
    defs = all<RawField>(db, 'SELECT * FROM sp_fields WHERE list_id = ? ORDER BY ord', listId).map(toDef);
    m.set(listId, defs);
  }
  return defs;
}

export function invalidateFields(db: DatabaseSync): void {
  fieldCache.delete(db);
}

/** REST name of a field: internal names starting with '_' get the OData_ prefix. */
export function entityName(internal: string): string {
  return internal.startsWith('_') ? `OData_${internal}` : internal;
}

/**
 * Fields by their REST (entity property) name and by internal name, matched exactly. SharePoint
 * documents list item fields in $select/$filter/$orderby by their internal name only
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests)
 * and CAML, which REST queries become, references a field by `FieldRef Name` = internal name
 * (https://learn.microsoft.com/sharepoint/dev/schema/fieldref-element-query). Public reports find
 * the names case-sensitive on items (Graph list item fields: https://github.com/O365/python-o365/issues/393;
 * item values keyed by exact internal name: https://github.com/pnp/powershell/issues/3385), unlike
 * the fixed-type properties of odata.ts keyOf. No Microsoft page says so outright.
 */
export class FieldSet {
  list: ListRow;
  fields: FieldDef[];
  byName: Map<string, FieldDef>;
  constructor(list: ListRow, fields: FieldDef[]) {
    this.list = list;
    this.fields = fields;
    this.byName = new Map();
    for (const f of fields) {
      this.byName.set(entityName(f.internal), f);
      this.byName.set(f.internal, f);
    }
  }
  get(name: string): FieldDef | undefined {
    return this.byName.get(name);
  }
}

export function fieldSet(db: DatabaseSync, list: ListRow): FieldSet {
  return new FieldSet(list, fieldsOf(db, list.id));
}

export function isMulti(f: FieldDef): boolean {
  return f.typeAsString === 'UserMulti' || f.typeAsString === 'LookupMulti' || f.typeAsString === 'MultiChoice';
}

export function schemaXml(f: FieldDef): string {
  const p = f.props;
  const attrs: string[] = [`Type="${f.typeAsString}"`, `DisplayName="${xmlEsc(f.title)}"`, `Required="${p.Required ? 'TRUE' : 'FALSE'}"`];
  if (p.Indexed) attrs.push('Indexed="TRUE"');
  if (p.EnforceUniqueValues) attrs.push('EnforceUniqueValues="TRUE"');
  if (p.AllowMultipleValues) attrs.push('Mult="TRUE"');
  if (p.LookupList) attrs.push(`List="${p.LookupList}"`, `ShowField="${p.LookupField ?? 'Title'}"`);
  attrs.push(`ID="{${f.guid}}"`, `StaticName="${f.internal}"`, `Name="${f.internal}"`);
  const choices =
    Array.isArray(p.Choices) && !f.builtin
      ? `<CHOICES>${(p.Choices as string[]).map((c) => `<CHOICE>${xmlEsc(c)}</CHOICE>`).join('')}</CHOICES>`
      : '';
  return `<Field ${attrs.join(' ')}>${choices}</Field>`;
}

function xmlEsc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

export function fieldEnt(rq: Rq, list: ListRow, f: FieldDef): Ent {
  const link = `Web/Lists(guid'${list.guid}')/Fields(guid'${f.guid}')`;
  const p = f.props;
  const props: Record<string, unknown> = {
    AutoIndexed: false,
    CanBeDeleted: !f.builtin,
    // Column formatting JSON as a string (SP.Field.CustomFormatter,
    // https://learn.microsoft.com/sharepoint/dev/declarative-customization/column-formatting).
    CustomFormatter: p.CustomFormatter ?? null,
    DefaultValue: p.DefaultValue ?? null,
    Description: p.Description ?? '',
    EnforceUniqueValues: p.EnforceUniqueValues === true,
    EntityPropertyName: entityName(f.internal),
    Filterable: true,
    FromBaseType: f.builtin,
    Group: p.Group ?? (f.builtin ? '_Hidden' : 'Custom Columns'),
    Hidden: p.Hidden === true,
    Id: f.guid,
    Indexed: p.Indexed === true || f.internal === 'ID',
    InternalName: f.internal,
    ReadOnlyField: p.ReadOnlyField === true,
    Required: p.Required === true,
    SchemaXml: schemaXml(f),
    Scope: rootFolderUrl(rq.sitePath, list),
    Sealed: f.builtin,
    Sortable: !isMulti(f),
    StaticName: p.StaticName ?? f.internal,
    Title: f.title,
    FieldTypeKind: f.kind,
    TypeAsString: f.typeAsString,
    TypeDisplayName: f.typeAsString,
    ValidationFormula: null,
    ValidationMessage: null,
  };
  if (f.kind === 2) props.MaxLength = p.MaxLength ?? 255;
  if (f.kind === 6 || f.kind === 15 || f.kind === 23) {
    props.Choices = new Multi('Edm.String', (p.Choices as string[] | undefined) ?? []);
    props.FillInChoice = p.FillInChoice === true;
    props.EditFormat = p.EditFormat ?? 0;
  }
  if (f.kind === 3)
    Object.assign(props, {
      NumberOfLines: p.NumberOfLines ?? 6,
      RichText: p.RichText ?? false,
      AllowHyperlink: p.AllowHyperlink ?? false,
      AppendOnly: p.AppendOnly ?? false,
      RestrictedMode: p.RestrictedMode ?? true,
    });
  if (f.kind === 4)
    Object.assign(props, {
      DisplayFormat: p.DisplayFormat ?? 0,
      DateTimeCalendarType: p.DateTimeCalendarType ?? 0,
      FriendlyDisplayFormat: p.FriendlyDisplayFormat ?? 0,
    });
  if (f.kind === 9 || f.kind === 10)
    Object.assign(props, {
      MinimumValue: p.MinimumValue ?? -1.7976931348623157e308,
      MaximumValue: p.MaximumValue ?? 1.7976931348623157e308,
    });
  if (f.kind === 11) props.DisplayFormat = p.DisplayFormat ?? 0;
  if (f.kind === 7 || f.kind === 20) {
    Object.assign(props, {
      AllowMultipleValues: p.AllowMultipleValues === true,
      LookupField: p.LookupField ?? (f.kind === 20 ? 'ImnName' : 'Title'),
      LookupList: p.LookupList ?? (f.kind === 20 ? '{user-information-list}' : ''),
    });
  }
  if (f.kind === 20) Object.assign(props, { SelectionMode: p.SelectionMode ?? 0, SelectionGroup: p.SelectionGroup ?? 0, Presence: true });
  return new Ent({
    type: FIELD_CLASS[f.kind] ?? 'SP.Field',
    uri: `${rq.site}/_api/${link}`,
    editLink: link,
    set: 'SP.ApiData.Fields',
    props,
  });
}
