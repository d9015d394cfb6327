/**
 * Form-value writes: `list/AddValidateUpdateItemUsingPath()` and `item/ValidateUpdateListItem`.
 * Values arrive as strings the way the SharePoint forms send them (people as
 * `[{"Key":"i:0#.f|membership|upn"}]`, lookups as `3` or `1;#;#2`, multi-choice as `a;#b`), and errors
 * come back per field in a 200 response with HasException, not as an HTTP error
 * (https://pnp.github.io/pnpjs/sp/items/#add-items-using-addvalidateupdateitemusingpath).
 */
import type { EmuResponse } from '../types.ts';
import { inTransaction } from '../db.ts';
import { accessDenied, badRequest, CODE, SpError, unsupported } from './errors.ts';
import { entityName, fieldSet, isMulti, shapeOf, type FieldDef } from './fields.ts';
import { toStored } from './fieldvalues.ts';
import { createFolder, folderByPath } from './folders.ts';
import { checkEtag, demandAdd, insertItem, resolveFolder, snapshotApproved, updateItem } from './items-write.ts';
import { itemById, lp, type ItemRow, type ListRow } from './model.ts';
import { sendJson } from './odata.ts';
import { has, itemMask, P } from './permissions.ts';
import { ensureUser } from './principals.ts';
import type { Rq } from './rq.ts';
import { parseJson, run, spDate } from './store.ts';
import { keepVersion } from './versions.ts';

interface FormValue {
  FieldName: string;
  FieldValue: string | null;
}

interface Result {
  ErrorCode: number;
  ErrorMessage: string | null;
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ItemId: number;
}

function parseFormValue(rq: Rq, f: FieldDef, raw: string | null): unknown {
  const v = raw ?? '';
  if (v === '') return null;
  const shape = shapeOf(f);
  switch (shape) {
    case 'bool':
      if (/^(1|true|yes)$/i.test(v)) return true;
      if (/^(0|false|no)$/i.test(v)) return false;
      throw new Error('Invalid Boolean value.');
    case 'number':
    case 'int': {
      const n = Number(v.replace(/,/g, ''));
      if (Number.isNaN(n)) throw new Error('Invalid number value.');
      return n;
    }
    case 'date': {
      const d = new Date(v);
      if (Number.isNaN(d.getTime())) throw new Error('Invalid date/time value.');
      return d.toISOString();
    }
    case 'multichoice':
      return v.split(';#').filter((x) => x.length > 0);
    case 'user':
    case 'usermulti': {
      let keys: Array<{ Key?: string }>;
      try {
        keys = JSON.parse(v) as Array<{ Key?: string }>;
      } catch {
        throw new Error('The user value must be a JSON array of {"Key": "<login name>"}.');
      }
      const ids = keys.map((k) => ensureUser(rq, String(k.Key ?? '')).id);
      return shape === 'user' ? (ids[0] ?? null) : ids;
    }
    case 'lookup':
    case 'lookupmulti': {
      const parts = v.split(';#');
      const ids = parts
        .filter((_p, i) => i % 2 === 0)
        .filter((p) => p !== '')
        .map(Number);
      if (ids.some((n) => !Number.isInteger(n))) throw new Error('Invalid lookup value.');
      return shape === 'lookup' ? (ids[0] ?? null) : ids;
    }
    case 'url': {
      const [url, ...desc] = v.split(', ');
      return { Url: url, Description: desc.join(', ') || url };
    }
    default:
      return v;
  }
}

function convert(
  rq: Rq,
  list: ListRow,
  formValues: FormValue[],
  creating: boolean,
): { values: Map<FieldDef, unknown>; results: Result[]; failed: boolean } {
  const fs = fieldSet(rq.db, list);
  const values = new Map<FieldDef, unknown>();
  const results: Result[] = [];
  let failed = false;
  for (const fv of formValues) {
    const f = fs.get(fv.FieldName);
    const r: Result = {
      ErrorCode: 0,
      ErrorMessage: null,
      FieldName: fv.FieldName,
      FieldValue: fv.FieldValue,
      HasException: false,
      ItemId: 0,
    };
    try {
      if (!f) throw new Error(`Column '${fv.FieldName}' does not exist. It may have been deleted by another user.`);
      if (['Author', 'Editor', 'Created', 'Modified'].includes(f.internal))
        throw unsupported(
          `setting '${f.internal}' through form values (the emulator never lets clients set Author, Editor, Created or Modified)`,
        );
      if (f.builtin && f.internal !== 'Title') throw new Error(`The field '${f.internal}' is read-only.`);
      values.set(f, toStored(rq.db, f, parseFormValue(rq, f, fv.FieldValue)));
    } catch (e) {
      if (e instanceof SpError && e.code === CODE.notSupported) throw e;
      r.ErrorCode = -2146232832;
      r.ErrorMessage = e instanceof Error ? e.message : String(e);
      r.HasException = true;
      failed = true;
    }
    results.push(r);
  }
  if (creating) {
    for (const f of fs.fields) {
      const given = values.get(f);
      if (f.props.Required === true && (given === undefined || given === null || (isMulti(f) && (given as unknown[]).length === 0))) {
        results.push({
          ErrorCode: -2146232832,
          ErrorMessage: 'You must specify a value for this required field.',
          FieldName: entityName(f.internal),
          FieldValue: '',
          HasException: true,
          ItemId: 0,
        });
        failed = true;
      }
    }
  }
  return { values, results, failed };
}

function reply(rq: Rq, results: Result[]): EmuResponse {
  return sendJson(rq, 200, rq.fmt === 'verbose' ? { d: { AddValidateUpdateItemUsingPath: { results } } } : { value: results });
}

/** POST list/AddValidateUpdateItemUsingPath() {listItemCreateInfo, formValues, bNewDocumentUpdate}. */
export function addValidate(rq: Rq, list: ListRow, body: Record<string, unknown>): EmuResponse {
  const info = (body.listItemCreateInfo ?? {}) as {
    FolderPath?: { DecodedUrl?: string };
    UnderlyingObjectType?: number;
    LeafName?: { DecodedUrl?: string };
  };
  const formValues = (Array.isArray(body.formValues) ? body.formValues : []) as FormValue[];
  const folderPath = info.FolderPath?.DecodedUrl;
  if (info.UnderlyingObjectType === 1) {
    const leaf = info.LeafName?.DecodedUrl;
    if (!leaf) throw badRequest('LeafName is required to create a folder.', CODE.argumentMinus1);
    const parent = folderByPath(rq, resolveFolder(rq, list, folderPath));
    const title = formValues.find((f) => f.FieldName === 'Title')?.FieldValue;
    const folder = createFolder(rq, parent, leaf, false, title ?? undefined);
    const id = folder.item?.id ?? 0;
    return reply(rq, [
      ...formValues.map((f) => ({
        ErrorCode: 0,
        ErrorMessage: null,
        FieldName: f.FieldName,
        FieldValue: f.FieldValue,
        HasException: false,
        ItemId: id,
      })),
      { ErrorCode: 0, ErrorMessage: null, FieldName: 'Id', FieldValue: String(id), HasException: false, ItemId: id },
    ]);
  }
  if (info.UnderlyingObjectType !== undefined && info.UnderlyingObjectType !== 0)
    throw unsupported(`UnderlyingObjectType ${info.UnderlyingObjectType} (files) in AddValidateUpdateItemUsingPath`);
  const dir = resolveFolder(rq, list, folderPath);
  demandAdd(rq, list, dir);
  const { values, results, failed } = convert(rq, list, formValues, true);
  if (failed) return reply(rq, results);
  const row = inTransaction(rq.db, () => insertItem(rq, list, { dirRef: dir, fsobj: 0, values }));
  return reply(rq, [
    ...results.map((r) => ({ ...r, ItemId: row.id })),
    { ErrorCode: 0, ErrorMessage: null, FieldName: 'Id', FieldValue: String(row.id), HasException: false, ItemId: row.id },
  ]);
}

/** POST item/ValidateUpdateListItem {formValues, bNewDocumentUpdate}: an edit, so moderation sends it back to pending. */
export function validateUpdate(rq: Rq, list: ListRow, current: ItemRow, body: Record<string, unknown>): EmuResponse {
  if (rq.req.headers['if-match']) checkEtag(rq, current);
  const formValues = (Array.isArray(body.formValues) ? body.formValues : []) as FormValue[];
  const moderation = formValues.filter((f) => f.FieldName === '_ModerationStatus' || f.FieldName === '_ModerationComments');
  if (moderation.length > 0) {
    // Approving through form values follows the same rules as a MERGE of OData__ModerationStatus.
    const others = formValues.filter((f) => !moderation.includes(f));
    const modBody: Record<string, unknown> = Object.fromEntries(
      moderation.map((f) => [`OData_${f.FieldName}`, f.FieldName === '_ModerationStatus' ? Number(f.FieldValue) : f.FieldValue]),
    );
    for (const o of others) modBody[o.FieldName] = o.FieldValue;
    updateItem(rq, list, current, modBody, { etag: false });
    return reply(
      rq,
      formValues.map((f) => ({
        ErrorCode: 0,
        ErrorMessage: null,
        FieldName: f.FieldName,
        FieldValue: f.FieldValue,
        HasException: false,
        ItemId: current.id,
      })),
    );
  }
  if (!has(itemMask(rq, list, current), P.EditListItems)) throw accessDenied();
  const { values, results, failed } = convert(rq, list, formValues, false);
  if (failed) return reply(rq, results);
  const data = parseJson<Record<string, unknown>>(current.data, {});
  for (const [f, v] of values) {
    if (v === null) delete data[f.internal];
    else data[f.internal] = v;
  }
  const moderated = lp(list, 'EnableModeration', false);
  inTransaction(rq.db, () => {
    if (moderated && (current.mod_status ?? 0) === 0) snapshotApproved(rq.db, list, current);
    keepVersion(rq.db, list, current);
    run(
      rq.db,
      'UPDATE sp_items SET data = ?, editor_id = ?, modified = ?, version = version + 1, mod_status = ? WHERE list_id = ? AND kind = 0 AND id = ?',
      JSON.stringify(data),
      rq.me.id,
      spDate(),
      moderated ? 2 : current.mod_status,
      list.id,
      current.id,
    );
  });
  const updated = itemById(rq.db, list.id, current.id) as ItemRow;
  return reply(
    rq,
    results.map((r) => ({ ...r, ItemId: updated.id })),
  );
}
