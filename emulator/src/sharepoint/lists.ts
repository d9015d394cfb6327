/**
 * Lists: create (SP.List body, minimal or verbose), get by title / id / URL, MERGE of settings,
 * DELETE and recycle, and the SP.List JSON. Item-level permission settings ReadSecurity/WriteSecurity
 * and content approval (EnableModeration, DraftVersionVisibility) live here as list properties
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest).
 */
import { inTransaction } from '../db.ts';
import { badRequest, CODE, listNotFound, propertyNotFound, SpError, unsupported } from './errors.ts';
import { encodeInternalName, dropIndex } from './fields-write.ts';
import { builtinRows, fieldsOf, invalidateFields } from './fields.ts';
import { folderEnt } from './folders.ts';
import { checkLength, MAX_TITLE } from './limits.ts';
import { listByGuid, listById, listByTitle, listByUrlName, lp, rootFolderUrl, toList, type ListRow } from './model.ts';
import { Complex, Ent } from './odata.ts';
import { demand, has, hasUnique, highLow, P, scopeMask, WEB_SCOPE } from './permissions.ts';
import type { Rq } from './rq.ts';
import { all, newGuid, run, spDate } from './store.ts';
import { createDefaultView } from './views.ts';
import { webEnt } from './web.ts';

/** List properties a client may set, with their defaults on a new generic list. */
export const LIST_DEFAULTS: Record<string, unknown> = {
  Description: '',
  EnableModeration: false,
  DraftVersionVisibility: 0,
  ReadSecurity: 1,
  WriteSecurity: 1,
  EnableVersioning: true,
  EnableMinorVersions: false,
  MajorVersionLimit: 50,
  MajorWithMinorVersionsLimit: 0,
  EnableFolderCreation: false,
  EnableAttachments: true,
  Hidden: false,
  NoCrawl: false,
  OnQuickLaunch: false,
  ContentTypesEnabled: false,
  AllowContentTypes: true,
  ForceCheckout: false,
  DisableGridEditing: false,
  ListExperienceOptions: 0,
  IrmEnabled: false,
  EnableRequestSignOff: true,
  Direction: 'none',
  ImageUrl: '',
  ValidationFormula: '',
  ValidationMessage: '',
  DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
};
const CREATE_ONLY = new Set(['Title', 'BaseTemplate', 'TemplateFeatureId', 'QuickLaunchOption']);

function checkSettings(body: Record<string, unknown>, creating: boolean): void {
  for (const [k, v] of Object.entries(body)) {
    if (k === 'Title') {
      if (typeof v !== 'string' || !v.trim()) throw badRequest('The list title must be a non-empty string.', CODE.argumentMinus1);
      checkLength(v.trim(), 'the list title', MAX_TITLE);
      continue;
    }
    if (CREATE_ONLY.has(k)) {
      if (!creating && k !== 'Title') throw badRequest(`The property '${k}' can only be set when the list is created.`, CODE.invalidQuery);
      continue;
    }
    if (!(k in LIST_DEFAULTS)) throw propertyNotFound(k, 'SP.List');
  }
  if (body.ReadSecurity !== undefined && ![1, 2].includes(Number(body.ReadSecurity)))
    throw badRequest('ReadSecurity must be 1 (all items) or 2 (own items).', CODE.argument);
  if (body.WriteSecurity !== undefined && ![1, 2, 4].includes(Number(body.WriteSecurity)))
    throw badRequest('WriteSecurity must be 1 (all), 2 (own) or 4 (none).', CODE.argument);
  if (body.DraftVersionVisibility !== undefined && ![0, 1, 2].includes(Number(body.DraftVersionVisibility)))
    throw badRequest('DraftVersionVisibility must be 0 (reader), 1 (author) or 2 (approver).', CODE.argument);
}

/** Characters SharePoint does not allow in a list URL are dropped from the title. */
function urlNameFor(rq: Rq, title: string): string {
  const base = title.replace(/[~"#%&*:<>?/\\{|}.]/g, '').trim() || 'List';
  let name = base;
  for (let i = 1; listByUrlName(rq.db, name); i++) name = `${base}${i}`;
  return name;
}

export function createList(rq: Rq, body: Record<string, unknown>): ListRow {
  demand(rq, WEB_SCOPE, P.ManageLists);
  checkSettings(body, true);
  const title = String(body.Title ?? '').trim();
  if (!title) throw badRequest('The list title must be a non-empty string.', CODE.argumentMinus1);
  const template = Number(body.BaseTemplate ?? 100);
  if (template !== 100)
    throw unsupported(
      `lists of BaseTemplate ${template} (document libraries and other list templates); it serves generic lists, BaseTemplate 100`,
    );
  if (listByTitle(rq.db, title)) {
    throw new SpError(
      400,
      CODE.spException,
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    );
  }
  const urlName = urlNameFor(rq, title);
  const encoded = encodeInternalName(urlName);
  const entity = `${encoded.charAt(0).toUpperCase()}${encoded.slice(1)}List`;
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (k in LIST_DEFAULTS) props[k] = v;
  if (props.EnableModeration === true && props.DraftVersionVisibility === undefined) props.DraftVersionVisibility = 2;
  const now = spDate();
  const guid = newGuid();
  inTransaction(rq.db, () => {
    const id = run(
      rq.db,
      'INSERT INTO sp_lists(guid, title, url_name, entity_name, base_template, scope_id, created, modified, props) VALUES (?,?,?,?,?,?,?,?,?)',
      guid,
      title,
      urlName,
      entity,
      template,
      WEB_SCOPE,
      now,
      now,
      JSON.stringify(props),
    ).lastInsertRowid;
    for (const r of builtinRows(id))
      run(
        rq.db,
        'INSERT INTO sp_fields(list_id, guid, internal_name, title, type_kind, type_as_string, builtin, ord, props) VALUES (?,?,?,?,?,?,?,?,?)',
        ...r,
      );
    createDefaultView(rq.db, id);
  });
  invalidateFields(rq.db);
  return listByGuid(rq.db, guid) as ListRow;
}

/**
 * List MERGE. Turning content approval on marks existing items approved
 * (https://support.microsoft.com/office/require-approval-of-items-in-a-list-or-library-cd0761c4-8c3f-4ea2-9435-13c28aa23d08)
 * and, unless the request says otherwise, shows drafts only to approvers and authors — the default
 * the list settings page applies when approval is switched on
 * (https://www.webucator.com/tutorial/advanced-microsoft-sharepoint/content-approval/enabling-content-approval-reading.cfm).
 * Whether a REST MERGE of EnableModeration alone does the same on SharePoint Online is not
 * documented: provisioning should set DraftVersionVisibility explicitly.
 */
export function updateList(rq: Rq, list: ListRow, body: Record<string, unknown>): ListRow {
  demand(rq, list.scope_id, P.ManageLists);
  checkSettings(body, false);
  // Reading only one's own items and unique values exclude each other (see refuseWithOwnItemsReading).
  if (Number(body.ReadSecurity) === 2 && fieldsOf(rq.db, list.id).some((f) => f.props.EnforceUniqueValues)) {
    throw new SpError(
      400,
      CODE.spException,
      "People can't be limited to reading their own items in a list with a column that enforces unique values.",
    );
  }
  const props = { ...list.props };
  for (const [k, v] of Object.entries(body)) if (k in LIST_DEFAULTS) props[k] = v;
  const wasModerated = lp(list, 'EnableModeration', false);
  if (props.EnableModeration === true && !wasModerated && body.DraftVersionVisibility === undefined) props.DraftVersionVisibility = 2;
  const title = typeof body.Title === 'string' ? body.Title.trim() : list.title;
  if (title.toLowerCase() !== list.title.toLowerCase() && listByTitle(rq.db, title)) {
    throw new SpError(
      400,
      CODE.spException,
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    );
  }
  inTransaction(rq.db, () => {
    run(rq.db, 'UPDATE sp_lists SET title = ?, props = ? WHERE id = ?', title, JSON.stringify(props), list.id);
    if (props.EnableModeration === true && !wasModerated)
      run(rq.db, 'UPDATE sp_items SET mod_status = 0 WHERE list_id = ? AND mod_status IS NULL', list.id);
    if (props.EnableModeration !== true && wasModerated) run(rq.db, 'DELETE FROM sp_items WHERE list_id = ? AND kind = 1', list.id);
  });
  return listById(rq.db, list.id) as ListRow;
}

export function deleteList(rq: Rq, list: ListRow): void {
  demand(rq, list.scope_id, P.ManageLists);
  inTransaction(rq.db, () => {
    for (const f of fieldsOf(rq.db, list.id)) if (f.props.Indexed) dropIndex(rq, list, f.internal);
    run(rq.db, 'DELETE FROM sp_items WHERE list_id = ?', list.id);
    run(rq.db, 'DELETE FROM sp_fields WHERE list_id = ?', list.id);
    run(rq.db, 'DELETE FROM sp_views WHERE list_id = ?', list.id);
    run(rq.db, 'DELETE FROM sp_role_assignments WHERE scope_id IN (SELECT id FROM sp_scopes WHERE list_id = ?)', list.id);
    run(rq.db, 'DELETE FROM sp_scopes WHERE list_id = ?', list.id);
    run(rq.db, 'DELETE FROM sp_lists WHERE id = ?', list.id);
  });
  invalidateFields(rq.db);
}

/** A list the caller can see: SharePoint hides lists the user has no access to. */
export function canSeeList(rq: Rq, list: ListRow): boolean {
  const m = scopeMask(rq, list.scope_id);
  return has(m, P.ViewListItems) || has(m, P.Open);
}

export function visibleList(rq: Rq, list: ListRow | undefined, name: string): ListRow {
  if (!list || !canSeeList(rq, list)) throw listNotFound(name, rq.site);
  return list;
}

export function allLists(rq: Rq): ListRow[] {
  return all<Parameters<typeof toList>[0] & object>(rq.db, 'SELECT * FROM sp_lists ORDER BY id')
    .map((r) => toList(r) as ListRow)
    .filter((l) => canSeeList(rq, l));
}

export function listLink(list: ListRow): string {
  return `Web/Lists(guid'${list.guid}')`;
}

export function listEnt(rq: Rq, list: ListRow): Ent {
  const link = listLink(list);
  const settings: Record<string, unknown> = {};
  for (const k of Object.keys(LIST_DEFAULTS)) settings[k] = lp(list, k, LIST_DEFAULTS[k]);
  return new Ent({
    type: 'SP.List',
    uri: `${rq.site}/_api/${link}`,
    editLink: link,
    set: 'SP.ApiData.Lists',
    props: {
      ...settings,
      BaseTemplate: list.base_template,
      BaseType: 0,
      Created: list.created,
      EntityTypeName: list.entity_name,
      HasExternalDataSource: false,
      Id: list.guid,
      ImagePath: new Complex('SP.ResourcePath', { DecodedUrl: '/_layouts/15/images/itgen.png?rev=47' }),
      IsApplicationList: false,
      IsCatalog: false,
      IsPrivate: false,
      ItemCount: list.item_count,
      LastItemDeletedDate: list.modified,
      LastItemModifiedDate: list.modified,
      LastItemUserModifiedDate: list.modified,
      ListItemEntityTypeFullName: `SP.Data.${list.entity_name}Item`,
      ParentWebPath: new Complex('SP.ResourcePath', { DecodedUrl: rq.sitePath }),
      ParentWebUrl: rq.sitePath,
      ServerTemplateCanCreateFolders: true,
      TemplateFeatureId: '00bfea71-de22-43b2-a848-c05709900100',
      Title: list.title,
    },
    nav: {
      RootFolder: () => folderEnt(rq, list, rootFolderUrl(rq.sitePath, list)),
      ParentWeb: () => webEnt(rq),
    },
    extra: {
      HasUniqueRoleAssignments: () => hasUnique(rq.db, { kind: 'list', list }),
      EffectiveBasePermissions: () => new Complex('SP.BasePermissions', highLow(scopeMask(rq, list.scope_id))),
    },
  });
}
