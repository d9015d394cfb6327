/**
 * List views (what a list shows in the SharePoint UI): the default "All Items" view, views.add,
 * view MERGE/DELETE and the view fields collection (addviewfield, removeviewfield,
 * removeallviewfields, moveviewfieldto), as @pnp/sp views/types.js calls them
 * (https://pnp.github.io/pnpjs/sp/views/).
 * Views don't filter REST item queries; they only describe the UI.
 */
import type { DatabaseSync } from 'node:sqlite';
import { badRequest, CODE, propertyNotFound, SpError } from './errors.ts';
import { fieldsOf } from './fields.ts';
import { checkLength, MAX_TITLE } from './limits.ts';
import { rootFolderUrl, type ListRow } from './model.ts';
import { Ent, Multi } from './odata.ts';
import { demand, P } from './permissions.ts';
import type { Rq } from './rq.ts';
import { all, get, newGuid, parseJson, run } from './store.ts';

export interface ViewRow {
  list_id: number;
  guid: string;
  title: string;
  is_default: number;
  ord: number;
  props: string;
  fields: string;
}

const VIEW_PROPS = new Set([
  'Title',
  'PersonalView',
  'ViewQuery',
  'RowLimit',
  'Paged',
  'Hidden',
  'DefaultView',
  'ViewType',
  'Scope',
  'JSLink',
  'Aggregations',
  'TabularView',
  'CustomFormatter',
  'ViewType2',
  'ListViewXml',
]);

export function createDefaultView(db: DatabaseSync, listId: number): void {
  run(
    db,
    "INSERT INTO sp_views(list_id, guid, title, is_default, ord, props, fields) VALUES (?, ?, 'All Items', 1, 0, ?, ?)",
    listId,
    newGuid(),
    JSON.stringify({ RowLimit: 30, Paged: true, ViewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>' }),
    JSON.stringify(['LinkTitle']),
  );
}

export function viewsOf(db: DatabaseSync, listId: number): ViewRow[] {
  return all<ViewRow>(db, 'SELECT * FROM sp_views WHERE list_id = ? ORDER BY ord', listId);
}

function notFound(): SpError {
  return new SpError(404, CODE.argument, 'The specified view is invalid.');
}

export function viewBy(rq: Rq, list: ListRow, how: 'title' | 'id' | 'default', value = ''): ViewRow {
  const sql = how === 'title' ? 'title = ? COLLATE NOCASE' : how === 'id' ? 'guid = ? COLLATE NOCASE' : 'is_default = 1 AND ? = ?';
  const v = get<ViewRow>(
    rq.db,
    `SELECT * FROM sp_views WHERE list_id = ? AND ${sql}`,
    list.id,
    value.replace(/[{}]/g, ''),
    ...(how === 'default' ? [value] : []),
  );
  if (!v) throw notFound();
  return v;
}

export function viewEnt(rq: Rq, list: ListRow, v: ViewRow): Ent {
  const link = `Web/Lists(guid'${list.guid}')/Views(guid'${v.guid}')`;
  const p = parseJson<Record<string, unknown>>(v.props, {});
  const fields = parseJson<string[]>(v.fields, []);
  return new Ent({
    type: 'SP.View',
    uri: `${rq.site}/_api/${link}`,
    editLink: link,
    set: 'SP.ApiData.Views',
    props: {
      DefaultView: v.is_default === 1,
      Hidden: p.Hidden === true,
      Id: v.guid,
      Paged: p.Paged !== false,
      PersonalView: p.PersonalView === true,
      RowLimit: p.RowLimit ?? 30,
      Scope: p.Scope ?? 0,
      ServerRelativeUrl: `${rootFolderUrl(rq.sitePath, list)}/${v.is_default === 1 ? 'AllItems' : v.title.replace(/\s/g, '')}.aspx`,
      Title: v.title,
      ViewQuery: p.ViewQuery ?? '',
      ViewType: p.ViewType ?? 'HTML',
      ViewFields: new Multi('Edm.String', fields),
    },
    nav: { ViewFields: () => viewFieldsEnt(rq, list, v) },
  });
}

export function viewFieldsEnt(rq: Rq, list: ListRow, v: ViewRow): Ent {
  const link = `Web/Lists(guid'${list.guid}')/Views(guid'${v.guid}')/ViewFields`;
  const fields = parseJson<string[]>(v.fields, []);
  return new Ent({
    type: 'SP.ViewFieldCollection',
    uri: `${rq.site}/_api/${link}`,
    editLink: link,
    set: 'SP.ApiData.ViewFieldCollections',
    props: {
      SchemaXml: `<FieldRef Name="${fields.join('" /><FieldRef Name="')}" />`.replace('<FieldRef Name="" />', ''),
      Items: new Multi('Edm.String', fields),
    },
  });
}

function checkBody(body: Record<string, unknown>): void {
  for (const k of Object.keys(body)) if (!VIEW_PROPS.has(k)) throw propertyNotFound(k, 'SP.View');
  if (typeof body.Title === 'string') checkLength(body.Title.trim(), 'the view title', MAX_TITLE);
}

export function addView(rq: Rq, list: ListRow, body: Record<string, unknown>): ViewRow {
  demand(rq, list.scope_id, body.PersonalView === true ? P.ManagePersonalViews : P.ManageLists);
  checkBody(body);
  const title = String(body.Title ?? '').trim();
  if (!title) throw badRequest('The view title is required.', CODE.argumentMinus1);
  const guid = newGuid();
  const ord = viewsOf(rq.db, list.id).length;
  const { Title: _t, DefaultView, ...rest } = body;
  if (DefaultView === true) run(rq.db, 'UPDATE sp_views SET is_default = 0 WHERE list_id = ?', list.id);
  run(
    rq.db,
    'INSERT INTO sp_views(list_id, guid, title, is_default, ord, props, fields) VALUES (?,?,?,?,?,?,?)',
    list.id,
    guid,
    title,
    DefaultView === true ? 1 : 0,
    ord,
    JSON.stringify(rest),
    JSON.stringify(['LinkTitle']),
  );
  return viewBy(rq, list, 'id', guid);
}

export function updateView(rq: Rq, list: ListRow, v: ViewRow, body: Record<string, unknown>): void {
  demand(rq, list.scope_id, P.ManageLists);
  checkBody(body);
  const { Title, DefaultView, ...rest } = body;
  const props = { ...parseJson<Record<string, unknown>>(v.props, {}), ...rest };
  if (DefaultView === true) run(rq.db, 'UPDATE sp_views SET is_default = 0 WHERE list_id = ?', list.id);
  run(
    rq.db,
    'UPDATE sp_views SET title = ?, props = ?, is_default = ? WHERE list_id = ? AND guid = ?',
    typeof Title === 'string' ? Title : v.title,
    JSON.stringify(props),
    DefaultView === true ? 1 : v.is_default,
    list.id,
    v.guid,
  );
}

export function deleteView(rq: Rq, list: ListRow, v: ViewRow): void {
  demand(rq, list.scope_id, P.ManageLists);
  if (v.is_default === 1) throw new SpError(400, CODE.spException, 'The default view of a list cannot be deleted.');
  run(rq.db, 'DELETE FROM sp_views WHERE list_id = ? AND guid = ?', list.id, v.guid);
}

/** viewfields/addviewfield('X') etc. Names are internal names or titles of existing fields. */
export function changeViewFields(rq: Rq, list: ListRow, v: ViewRow, op: string, name?: string, index?: number): void {
  demand(rq, list.scope_id, P.ManageLists);
  let fields = parseJson<string[]>(v.fields, []);
  const resolve = (n: string): string => {
    if (n === 'LinkTitle' || n === 'LinkTitleNoMenu' || n === 'Edit' || n === 'DocIcon') return n;
    const f = fieldsOf(rq.db, list.id).find((x) => x.internal === n || x.title === n);
    if (!f) throw new SpError(400, CODE.argument, `Column '${n}' does not exist. It may have been deleted by another user.`);
    return f.internal;
  };
  if (op === 'addviewfield') {
    const internal = resolve(name ?? '');
    if (!fields.includes(internal)) fields.push(internal);
  } else if (op === 'removeviewfield') fields = fields.filter((f) => f !== resolve(name ?? ''));
  else if (op === 'removeallviewfields') fields = [];
  else if (op === 'moveviewfieldto') {
    const internal = resolve(name ?? '');
    fields = fields.filter((f) => f !== internal);
    fields.splice(Math.max(0, Math.min(index ?? 0, fields.length)), 0, internal);
  }
  run(rq.db, 'UPDATE sp_views SET fields = ? WHERE list_id = ? AND guid = ?', JSON.stringify(fields), list.id, v.guid);
}

/** list/contenttypes: the Item and Folder content types of a generic list (read-only here). */
export function contentTypeEnts(rq: Rq, list: ListRow): Ent[] {
  const hex = list.guid.replace(/-/g, '').toUpperCase();
  return [
    ['Item', `0x0100${hex}`, 'Create a new list item.'],
    ['Folder', `0x0120${hex}`, 'Create a new folder.'],
  ].map(([name, id, desc]) => {
    const link = `Web/Lists(guid'${list.guid}')/ContentTypes('${id}')`;
    return new Ent({
      type: 'SP.ContentType',
      uri: `${rq.site}/_api/${link}`,
      editLink: link,
      set: 'SP.ApiData.ContentTypes',
      props: {
        Id: { StringValue: id },
        Name: name,
        Description: desc,
        Group: 'List Content Types',
        Hidden: false,
        ReadOnly: false,
        Sealed: false,
        StringId: id,
      },
    });
  });
}
