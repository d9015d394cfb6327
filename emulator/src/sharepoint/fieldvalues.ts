/**
 * Converting item values between the REST wire format and storage. Person and lookup fields are
 * written and read as `<Field>Id` (a number, or an array / {results:[...]} for multi-value), read as
 * objects only through $expand; multi-choice values are arrays; URL values are {Description, Url};
 * dates are ISO 8601 UTC (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest).
 */
import type { DatabaseSync } from 'node:sqlite';
import { badRequest, CODE, propertyNotFound, SpError } from './errors.ts';
import { entityName, isMulti, shapeOf, type FieldDef, type FieldSet } from './fields.ts';
import { MAX_NOTE, MAX_TITLE, MAX_URL } from './limits.ts';
import { Multi } from './odata.ts';
import { unwrapResults } from './rq.ts';
import { get, spDate } from './store.ts';

/** Fields SharePoint maintains itself; a request that sets them is refused rather than trusted. */
export const SERVER_MAINTAINED = new Set([
  'ID',
  'Id',
  'Created',
  'Modified',
  'AuthorId',
  'EditorId',
  'Author',
  'Editor',
  'GUID',
  'FileRef',
  'FileDirRef',
  'FileLeafRef',
  'FSObjType',
  'FileSystemObjectType',
  'ItemChildCount',
  'FolderChildCount',
  'ContentTypeId',
  'ContentType',
  'OData__UIVersionString',
  'Attachments',
]);
export const MODERATION_KEYS = new Set([
  'OData__ModerationStatus',
  'OData__ModerationComments',
  '_ModerationStatus',
  '_ModerationComments',
]);

export function readOnlyField(name: string): SpError {
  return new SpError(400, CODE.argument, `The field '${name}' is maintained by SharePoint and cannot be set by the client.`);
}

function invalid(f: FieldDef, v: unknown): SpError {
  return badRequest(`Invalid value ${JSON.stringify(v)} for the field '${f.internal}' of type ${f.typeAsString}.`, CODE.argument);
}

export function normaliseDate(f: FieldDef, v: unknown): string | null {
  if (v === null || v === '') return null;
  const d = typeof v === 'string' || typeof v === 'number' ? new Date(v) : undefined;
  if (!d || Number.isNaN(d.getTime())) throw invalid(f, v);
  return spDate(d);
}

function userId(db: DatabaseSync, f: FieldDef, v: unknown): number {
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw invalid(f, v);
  const p = get<{ kind: number }>(db, 'SELECT kind FROM sp_principals WHERE id = ?', n);
  const groupsAllowed = Number(f.props.SelectionMode ?? 0) === 1;
  if (!p || (p.kind !== 1 && !groupsAllowed)) throw new SpError(400, CODE.spException, 'The user does not exist or is not unique.');
  return n;
}

function lookupId(f: FieldDef, v: unknown): number {
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw invalid(f, v);
  return n;
}

/** Converts one body value for field f into its stored form. */
export function toStored(db: DatabaseSync, f: FieldDef, v: unknown): unknown {
  if (v === undefined) return undefined;
  switch (shapeOf(f)) {
    case 'text':
    case 'note':
    case 'choice': {
      if (v === null || v === '') return null;
      if (typeof v !== 'string') throw invalid(f, v);
      const max = shapeOf(f) === 'note' ? MAX_NOTE : Number(f.props.MaxLength ?? MAX_TITLE);
      if (shapeOf(f) !== 'choice' && v.length > max)
        throw new SpError(
          400,
          CODE.argument,
          `The value of the field '${f.internal}' is longer than its maximum length of ${max} characters.`,
        );
      return v;
    }
    case 'number':
    case 'int': {
      if (v === null || v === '') return null;
      const n = typeof v === 'string' ? Number(v) : v;
      if (typeof n !== 'number' || Number.isNaN(n)) throw invalid(f, v);
      return n;
    }
    case 'bool':
      if (v === null) return null;
      if (typeof v === 'boolean') return v;
      if (v === 1 || v === 0) return v === 1;
      throw invalid(f, v);
    case 'date':
      return normaliseDate(f, v);
    case 'multichoice': {
      const arr = unwrapResults(v);
      if (arr === null) return null;
      if (!Array.isArray(arr) || arr.some((x) => typeof x !== 'string')) throw invalid(f, v);
      return arr.length > 0 ? arr : null;
    }
    case 'user':
      return v === null || v === '' ? null : userId(db, f, v);
    case 'lookup':
      return v === null || v === '' || v === 0 ? null : lookupId(f, v);
    case 'usermulti':
    case 'lookupmulti': {
      const arr = unwrapResults(v);
      if (arr === null) return null;
      if (!Array.isArray(arr)) throw invalid(f, v);
      const ids = arr.map((x) => (shapeOf(f) === 'usermulti' ? userId(db, f, x) : lookupId(f, x)));
      return ids.length > 0 ? ids : null;
    }
    case 'url': {
      if (v === null) return null;
      if (typeof v !== 'object' || Array.isArray(v)) throw invalid(f, v);
      const o = v as Record<string, unknown>;
      const url = { Description: String(o.Description ?? o.Url ?? ''), Url: String(o.Url ?? '') };
      // SharePoint's wording for a URL value it can't store (https://github.com/pnp/pnpframework/issues/320, translated there from German).
      if (url.Url.length > MAX_URL || url.Description.length > MAX_URL)
        throw new SpError(400, CODE.spException, 'A URL field contains invalid data. Check the input and try again.');
      return url;
    }
    default:
      throw readOnlyField(f.internal);
  }
}

/**
 * Maps body keys to fields and stored values. Person/lookup fields are written as <Field>Id;
 * unknown names get SharePoint's "property does not exist on type" error.
 */
export function bodyToData(db: DatabaseSync, fs: FieldSet, body: Record<string, unknown>, typeName: string): Map<FieldDef, unknown> {
  const out = new Map<FieldDef, unknown>();
  for (const [key, v] of Object.entries(body)) {
    if (MODERATION_KEYS.has(key)) continue;
    if (SERVER_MAINTAINED.has(key)) throw readOnlyField(key);
    let f = fs.get(key);
    if (f && (shapeOf(f) === 'user' || shapeOf(f) === 'usermulti' || shapeOf(f) === 'lookup' || shapeOf(f) === 'lookupmulti')) {
      throw badRequest(`The field '${key}' is a ${f.typeAsString} field: set it through '${key}Id'.`, CODE.invalidQuery);
    }
    if (!f && key.endsWith('Id') && !key.endsWith('StringId')) {
      const base = fs.get(key.slice(0, -2));
      if (base && ['user', 'usermulti', 'lookup', 'lookupmulti'].includes(shapeOf(base))) f = base;
    }
    if (!f) throw propertyNotFound(key, typeName);
    if (f.builtin && f.internal !== 'Title') throw readOnlyField(key);
    out.set(f, toStored(db, f, v));
  }
  return out;
}

/** REST property name(s) and value(s) of a stored field value, in minimal-metadata form. */
export function restValues(f: FieldDef, stored: unknown): Array<[string, unknown]> {
  const name = entityName(f.internal);
  const shape = shapeOf(f);
  const v = stored === undefined ? null : stored;
  if (shape === 'user')
    return [
      [`${name}Id`, v],
      [`${name}StringId`, v === null ? null : String(v)],
    ];
  if (shape === 'usermulti') {
    const arr = v as number[] | null;
    return [
      [`${name}Id`, arr === null ? null : new Multi('Edm.Int32', arr)],
      [`${name}StringId`, arr === null ? null : new Multi('Edm.String', arr.map(String))],
    ];
  }
  if (shape === 'lookup') return [[`${name}Id`, v]];
  if (shape === 'lookupmulti') return [[`${name}Id`, v === null ? null : new Multi('Edm.Int32', v as number[])]];
  if (shape === 'multichoice') return [[name, v === null ? null : new Multi('Edm.String', v as string[])]];
  return [[name, v]];
}

export function isPersonOrLookup(f: FieldDef): boolean {
  const s = shapeOf(f);
  return s === 'user' || s === 'usermulti' || s === 'lookup' || s === 'lookupmulti';
}

export function storedIds(f: FieldDef, stored: unknown): number[] {
  if (stored === null || stored === undefined) return [];
  return isMulti(f) ? (stored as number[]) : [stored as number];
}
