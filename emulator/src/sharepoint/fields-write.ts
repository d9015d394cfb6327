/**
 * Creating, changing and deleting fields: `fields` POST (the verbose body of @pnp/sp `fields.add*`),
 * `fields/addfield` (SP.FieldCreationInformation, used by `addLookup`), `fields/createfieldasxml`,
 * field MERGE and DELETE, and column indexes (at most 20 per list:
 * https://support.microsoft.com/office/add-an-index-to-a-list-or-library-column-f3f00554-b7dc-44d1-a2ed-d477eac463b0).
 */
import { inTransaction } from '../db.ts';
import { badRequest, CODE, propertyNotFound, SpError, unsupported } from './errors.ts';
import { FIELD_CLASS, fieldsOf, invalidateFields, shapeOf, SYSTEM_COLUMN, TYPE_NAME, type FieldDef } from './fields.ts';
import { listByGuid, listByTitle, lp, type ListRow } from './model.ts';
import { MAX_INTERNAL_NAME, MAX_TITLE, OUT_OF_RANGE } from './limits.ts';
import { demand, P } from './permissions.ts';
import { unwrapResults, type Rq } from './rq.ts';
import { get, newGuid, run } from './store.ts';

export const MAX_INDEXES = 20;
const SUPPORTED_KINDS = new Set([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 15, 20]);

/** Properties a client may set when creating or updating a field (others are refused by name). */
const SETTABLE = new Set([
  'Title',
  'FieldTypeKind',
  'Required',
  'EnforceUniqueValues',
  'Indexed',
  'Hidden',
  'Description',
  'Group',
  'DefaultValue',
  'StaticName',
  'ReadOnlyField',
  'MaxLength',
  'Choices',
  'FillInChoice',
  'EditFormat',
  'SelectionMode',
  'SelectionGroup',
  'AllowMultipleValues',
  'Presence',
  'LookupList',
  'LookupListId',
  'LookupField',
  'LookupFieldName',
  'LookupWebId',
  'DisplayFormat',
  'DateTimeCalendarType',
  'FriendlyDisplayFormat',
  'NumberOfLines',
  'RichText',
  'AllowHyperlink',
  'AppendOnly',
  'RestrictedMode',
  'UnlimitedLengthInDocumentLibrary',
  'MinimumValue',
  'MaximumValue',
  'CurrencyLocaleId',
  'ShowAsPercentage',
  'ValidationFormula',
  'ValidationMessage',
  'JSLink',
  'CustomFormatter',
  'OutputType',
  'Formula',
]);

/** SharePoint encodes characters outside [A-Za-z0-9_] as _xHHHH_ and keeps 32 characters. */
export function encodeInternalName(title: string): string {
  let out = '';
  for (const ch of title) out += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}_`;
  return out.slice(0, MAX_INTERNAL_NAME);
}

function uniqueInternal(existing: FieldDef[], base: string): string {
  const taken = new Set(existing.map((f) => f.internal.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 0; ; i++) {
    const candidate = `${base.slice(0, 31 - String(i).length + 1)}${i}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export function indexName(listId: number, internal: string): string {
  return `ix_sp_${listId}_${internal.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

export function columnExpr(internal: string): string {
  return SYSTEM_COLUMN[internal] ?? `json_extract(data, '$."${internal}"')`;
}

const TEXT_SYSTEM = new Set(['GUID', 'FileDirRef', 'FileLeafRef', 'FileRef', '_ModerationComments']);

/**
 * A partial expression index for one list's column. Text columns are compared case-insensitively
 * (as SharePoint's collation does), so their index uses NOCASE to serve those comparisons. ANALYZE
 * gives the planner the statistics it needs to prefer the index over an ID-ordered scan.
 */
function createIndex(rq: Rq, list: ListRow, f: FieldDef): void {
  const text =
    SYSTEM_COLUMN[f.internal] === undefined
      ? ['text', 'note', 'choice', 'multichoice', 'url'].includes(shapeOf(f))
      : TEXT_SYSTEM.has(f.internal);
  rq.db.exec(
    `CREATE INDEX IF NOT EXISTS "${indexName(list.id, f.internal)}" ON sp_items(list_id, kind, ${columnExpr(f.internal)}${text ? ' COLLATE NOCASE' : ''}) WHERE list_id = ${list.id}`,
  );
  rq.db.exec('ANALYZE sp_items');
}

export function dropIndex(rq: Rq, list: ListRow, internal: string): void {
  rq.db.exec(`DROP INDEX IF EXISTS "${indexName(list.id, internal)}"`);
}

function indexedCount(fields: FieldDef[]): number {
  return fields.filter((f) => f.props.Indexed === true && f.internal !== 'ID').length;
}

interface FieldSpec {
  title: string;
  kind: number;
  internal?: string;
  props: Record<string, unknown>;
}

function normaliseProps(kind: number, body: Record<string, unknown>, odataType: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (!SETTABLE.has(k)) throw propertyNotFound(k, odataType);
    if (k === 'Title' || k === 'FieldTypeKind') continue;
    if (k === 'Choices') props.Choices = (unwrapResults(v) as unknown[] | null)?.map(String) ?? [];
    else if (k === 'LookupListId') props.LookupList = v;
    else if (k === 'LookupFieldName') props.LookupField = v;
    else if (k === 'Indexed' || k === 'Required' || k === 'EnforceUniqueValues' || k === 'Hidden' || k === 'AllowMultipleValues')
      props[k] = v === true;
    else props[k] = v;
  }
  if (kind === 17 || props.Formula !== undefined) throw unsupported('calculated fields (FieldTypeKind 17 / Formula)');
  return props;
}

function typeAsString(kind: number, props: Record<string, unknown>): string {
  if (kind === 20 && props.AllowMultipleValues) return 'UserMulti';
  if (kind === 7 && props.AllowMultipleValues) return 'LookupMulti';
  return TYPE_NAME[kind];
}

/** Inserts a field after validating type, lookup target, index budget; returns it. */
export function createField(rq: Rq, list: ListRow, spec: FieldSpec): FieldDef {
  demand(rq, list.scope_id, P.ManageLists);
  if (!SUPPORTED_KINDS.has(spec.kind)) throw unsupported(`fields of FieldTypeKind ${spec.kind} (${TYPE_NAME[spec.kind] ?? 'unknown'})`);
  if (!spec.title || !spec.title.trim()) throw badRequest('The field title is required.', CODE.argumentMinus1);
  checkFieldLimits(spec.kind, spec.props);
  const existing = fieldsOf(rq.db, list.id);
  if (spec.kind === 7) {
    const target =
      typeof spec.props.LookupList === 'string'
        ? (listByGuid(rq.db, spec.props.LookupList) ?? listByTitle(rq.db, spec.props.LookupList))
        : undefined;
    if (!target) throw badRequest('The lookup field needs LookupListId, the id of an existing list.', CODE.argumentMinus1);
    spec.props.LookupList = `{${target.guid}}`;
    spec.props.LookupField = spec.props.LookupField ?? 'Title';
  }
  if (spec.props.Indexed && indexedCount(existing) >= MAX_INDEXES) throw tooManyIndexes();
  if (spec.props.EnforceUniqueValues && !spec.props.Indexed) throw mustIndex();
  if (spec.props.EnforceUniqueValues) refuseWithOwnItemsReading(list);
  const internal = uniqueInternal(existing, spec.internal?.slice(0, MAX_INTERNAL_NAME) ?? encodeInternalName(spec.title));
  const def: FieldDef = {
    listId: list.id,
    guid: newGuid(),
    internal,
    title: spec.title,
    kind: spec.kind,
    typeAsString: typeAsString(spec.kind, spec.props),
    builtin: false,
    ord: existing.length,
    props: spec.props,
  };
  inTransaction(rq.db, () => {
    run(
      rq.db,
      'INSERT INTO sp_fields(list_id, guid, internal_name, title, type_kind, type_as_string, builtin, ord, props) VALUES (?,?,?,?,?,?,0,?,?)',
      list.id,
      def.guid,
      def.internal,
      def.title,
      def.kind,
      def.typeAsString,
      def.ord,
      JSON.stringify(def.props),
    );
    if (def.props.Indexed) createIndex(rq, list, def);
  });
  invalidateFields(rq.db);
  return def;
}

/**
 * A single line of text holds 1 to 255 characters (FieldText.MaxLength: "Its value must be equal to
 * or greater than 1. Its value must be equal to or less than 255",
 * https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee541910(v=office.15)).
 */
function checkFieldLimits(kind: number, props: Record<string, unknown>): void {
  const max = props.MaxLength;
  if (kind === 2 && max !== undefined && !(Number.isInteger(Number(max)) && Number(max) >= 1 && Number(max) <= MAX_TITLE)) {
    throw new SpError(
      400,
      OUT_OF_RANGE,
      `MaxLength of a single line of text field must be between 1 and ${MAX_TITLE}, not ${JSON.stringify(max)}.`,
    );
  }
}

function tooManyIndexes(): SpError {
  return new SpError(
    400,
    CODE.spException,
    `This list already has ${MAX_INDEXES} indexed columns, the maximum SharePoint allows. Remove an index before adding another.`,
  );
}

/**
 * Unique values (https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee536168(v=office.14),
 * "Enforcing Uniqueness in Column Values"): only on a column that can be indexed, compared without
 * case, and checked over every item of the list, whoever can see or edit it and whatever folder
 * holds it (checkUnique in items-write.ts). The message is SharePoint's own.
 */
function mustIndex(): SpError {
  return new SpError(400, CODE.spException, 'The field must first be indexed to enforce unique values.');
}

/**
 * A list whose readers see only their own items (ReadSecurity 2) can't enforce unique values, and a
 * list with such a column can't switch to it: the list settings page refuses both ways
 * (https://www.formsandflows.nl/2023/10/23/item-level-permissions/). Microsoft documents no REST
 * error for it; the emulator refuses with SharePoint's general exception.
 */
function refuseWithOwnItemsReading(list: ListRow): void {
  if (Number(lp(list, 'ReadSecurity', 1)) === 2) {
    throw new SpError(
      400,
      CODE.spException,
      "Unique values can't be enforced on a list whose item-level permissions let people read only their own items.",
    );
  }
}

/** POST fields with {Title, FieldTypeKind, ...} (verbose from @pnp/sp's fields.add*). */
export function fieldFromAddBody(body: Record<string, unknown>): FieldSpec {
  const kind = Number(body.FieldTypeKind);
  return { title: String(body.Title ?? ''), kind, props: normaliseProps(kind, body, FIELD_CLASS[kind] ?? 'SP.Field') };
}

/** POST fields/addfield {parameters: SP.FieldCreationInformation}. */
export function fieldFromCreationInfo(body: Record<string, unknown>): FieldSpec {
  const params = (body.parameters ?? {}) as Record<string, unknown>;
  const kind = Number(params.FieldTypeKind);
  return { title: String(params.Title ?? ''), kind, props: normaliseProps(kind, params, 'SP.FieldCreationInformation') };
}

const XML_TYPES: Record<string, number> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  Lookup: 7,
  LookupMulti: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  MultiChoice: 15,
  User: 20,
  UserMulti: 20,
  Integer: 1,
};

/**
 * POST fields/createfieldasxml {parameters:{SchemaXml, Options}}. Without the
 * AddFieldInternalNameHint option (8) SharePoint derives the internal name from DisplayName
 * (https://github.com/pnp/PnP/issues/940, https://github.com/SharePoint/sp-dev-docs/issues/3286).
 */
export function fieldFromXml(body: Record<string, unknown>): FieldSpec {
  const params = (body.parameters ?? {}) as Record<string, unknown>;
  const xml = String(params.SchemaXml ?? '');
  const options = Number(params.Options ?? 0);
  const root = /^\s*<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!root) throw badRequest('SchemaXml must be a <Field .../> element.', CODE.argumentMinus1);
  const attrs: Record<string, string> = {};
  for (const m of root[1].matchAll(/([A-Za-z_:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[m[1]] = unXml(m[2] ?? m[3]);
  const type = attrs.Type;
  const kind = XML_TYPES[type];
  if (kind === undefined) throw unsupported(`Field Type="${type}" in createfieldasxml`);
  const t = (v: string | undefined): boolean => v?.toUpperCase() === 'TRUE';
  const props: Record<string, unknown> = {
    Required: t(attrs.Required),
    Indexed: t(attrs.Indexed),
    EnforceUniqueValues: t(attrs.EnforceUniqueValues),
  };
  if (type === 'UserMulti' || type === 'LookupMulti' || t(attrs.Mult)) props.AllowMultipleValues = true;
  if (attrs.List) props.LookupList = attrs.List.replace(/^Lists\//i, '');
  if (attrs.ShowField) props.LookupField = attrs.ShowField;
  if (attrs.Description) props.Description = attrs.Description;
  if (attrs.Group) props.Group = attrs.Group;
  if (attrs.MaxLength) props.MaxLength = Number(attrs.MaxLength);
  if (attrs.Format === 'DateTime') props.DisplayFormat = 1;
  if (attrs.UserSelectionMode) props.SelectionMode = attrs.UserSelectionMode === 'PeopleOnly' ? 0 : 1;
  if (attrs.RichText) props.RichText = t(attrs.RichText);
  const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => unXml(m[1]));
  if (choices.length > 0) props.Choices = choices;
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  if (def) props.DefaultValue = unXml(def[1]);
  const title = attrs.DisplayName ?? attrs.Name ?? '';
  const hint = (options & 8) === 8;
  return { title, kind, internal: hint && attrs.Name ? attrs.Name : undefined, props };
}

function unXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Field MERGE: Title, Required, Indexed (index budget), EnforceUniqueValues (needs an index and no duplicates), Choices, … */
export function updateField(rq: Rq, list: ListRow, f: FieldDef, body: Record<string, unknown>): void {
  demand(rq, list.scope_id, P.ManageLists);
  const changes = normaliseProps(f.kind, body, FIELD_CLASS[f.kind] ?? 'SP.Field');
  const title = typeof body.Title === 'string' ? body.Title : f.title;
  if ('FieldTypeKind' in body && Number(body.FieldTypeKind) !== f.kind) throw unsupported('changing the type of an existing field');
  const next = { ...f.props, ...changes };
  checkFieldLimits(f.kind, changes);
  const fields = fieldsOf(rq.db, list.id);
  if (next.Indexed && !f.props.Indexed && indexedCount(fields) >= MAX_INDEXES) throw tooManyIndexes();
  if (next.EnforceUniqueValues && !next.Indexed) throw mustIndex();
  if (next.EnforceUniqueValues && !f.props.EnforceUniqueValues) {
    refuseWithOwnItemsReading(list);
    const dup = get(
      rq.db,
      `SELECT 1 AS x FROM sp_items WHERE list_id = ? AND kind = 0 AND ${columnExpr(f.internal)} IS NOT NULL GROUP BY ${columnExpr(f.internal)} HAVING COUNT(*) > 1 LIMIT 1`,
      list.id,
    );
    if (dup)
      throw new SpError(
        400,
        CODE.spException,
        'This field contains duplicate values. Remove all duplicate values and try the operation again.',
      );
  }
  if (f.builtin) {
    for (const k of Object.keys(changes)) {
      if (!['Indexed', 'Required', 'Hidden', 'Description', 'EnforceUniqueValues', 'DefaultValue', 'MaxLength'].includes(k))
        throw unsupported(`changing '${k}' of the built-in field '${f.internal}'`);
    }
    if (f.internal === 'ID' && 'Indexed' in changes) throw badRequest('The ID field is always indexed.', CODE.spException);
  }
  const tas = typeAsString(f.kind, next);
  inTransaction(rq.db, () => {
    run(
      rq.db,
      'UPDATE sp_fields SET title = ?, props = ?, type_as_string = ? WHERE list_id = ? AND internal_name = ?',
      title,
      JSON.stringify(next),
      f.builtin ? f.typeAsString : tas,
      list.id,
      f.internal,
    );
    if (next.Indexed && !f.props.Indexed) createIndex(rq, list, f);
    if (!next.Indexed && f.props.Indexed) dropIndex(rq, list, f.internal);
  });
  invalidateFields(rq.db);
}

export function deleteField(rq: Rq, list: ListRow, f: FieldDef): void {
  demand(rq, list.scope_id, P.ManageLists);
  if (f.builtin) throw new SpError(400, CODE.spException, 'You cannot delete a built-in field of the list (CanBeDeleted is false).');
  inTransaction(rq.db, () => {
    dropIndex(rq, list, f.internal);
    run(rq.db, 'DELETE FROM sp_fields WHERE list_id = ? AND internal_name = ?', list.id, f.internal);
  });
  invalidateFields(rq.db);
}
