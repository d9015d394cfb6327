/** Applies the request method to the resource the router found. */
import type { EmuResponse } from '../types.ts';
import { badRequest, CODE, fieldOrPropertyNotFound, notFoundSegment, unsupported } from './errors.ts';
import { createField, deleteField, fieldFromAddBody, fieldFromCreationInfo, fieldFromXml, updateField } from './fields-write.ts';
import { FIELD_CLASS, fieldEnt, fieldsOf } from './fields.ts';
import { createFolder, folderEnt, sendFolder, sendFolderItem, subFolders } from './folders.ts';
import { defaultItemEnt, getItem, getItems } from './items-read.ts';
import { addItem, deleteItem, itemTypeName, updateItem } from './items-write.ts';
import { allLists, createList, deleteList, listEnt, updateList } from './lists.ts';
import { itemById, type ItemRow } from './model.ts';
import { Complex, Ent, noContent, sendCollection, sendEntity, sendProperty } from './odata.ts';
import { argBool, argInt, argString } from './path.ts';
import { breakInheritance, demand, P, resetInheritance, WEB_SCOPE } from './permissions.ts';
import {
  addToGroup,
  allGroups,
  allUsers,
  createGroup,
  deleteGroup,
  ensureUser,
  groupBy,
  groupEnt,
  groupMembers,
  groupsOf,
  principalById,
  principalEnt,
  removeFromGroup,
  userBy,
  userEnt,
} from './principals.ts';
import { jsonBody, type Principal, type Rq } from './rq.ts';
import { securableOf, type Node } from './router.ts';
import {
  allRoleDefs,
  bindings,
  changeAssignment,
  createRoleDef,
  deleteRoleDef,
  roleAssignmentOf,
  roleAssignments,
  roleDefEnt,
  sendEffective,
  sendUserEffective,
  updateRoleDef,
} from './security-api.ts';
import { addValidate, validateUpdate } from './validate.ts';
import { versionEnt1, versionEnts } from './versions.ts';
import { addView, changeViewFields, contentTypeEnts, deleteView, updateView, viewEnt, viewFieldsEnt, viewsOf } from './views.ts';
import { updateWeb, webEnt } from './web.ts';
import { contextInfo } from './contextinfo.ts';
import { unservedMethod, unservedProperty } from './unserved.ts';
import { handleSearch } from './search/index.ts';

function methodNotAllowed(rq: Rq, what: string): never {
  throw badRequest(`The HTTP method '${rq.method}' is not supported on ${what}.`, CODE.invalidQuery);
}

/** The entity behind a node, for property reads like `…/ItemCount`. */
function entityOf(rq: Rq, n: Node): Ent | undefined {
  switch (n.k) {
    case 'web':
      return webEnt(rq);
    case 'list':
      return listEnt(rq, n.list);
    case 'item':
      return defaultItemEnt(rq, n.list, n.row);
    case 'folder':
      return folderEnt(rq, n.f.list, n.f.url, n.f.item);
    default:
      return undefined;
  }
}

function sendProp(rq: Rq, n: Extract<Node, { k: 'prop' }>): EmuResponse {
  const e = entityOf(rq, n.of);
  if (!e) throw fieldOrPropertyNotFound(n.name);
  const key = [...Object.keys(e.props), ...Object.keys(e.extra)].find((k) => k.toLowerCase() === n.name);
  if (key) {
    const v = key in e.props ? e.props[key] : e.extra[key]();
    const edm = typeof v === 'number' ? 'Edm.Int32' : typeof v === 'boolean' ? 'Edm.Boolean' : v instanceof Complex ? v.type : 'Edm.String';
    return sendProperty(rq, key, v, edm);
  }
  const navKey = Object.keys(e.nav).find((k) => k.toLowerCase() === n.name);
  if (navKey) {
    const v = e.nav[navKey]();
    if (v instanceof Ent) return sendEntity(rq, v);
    if (Array.isArray(v)) return sendCollection(rq, v as Ent[], 'SP.ApiData');
  }
  // A real property the emulator leaves out is its limit; any other name is the client's mistake.
  if (unservedProperty(e.type, n.name)) throw unsupported(`the property '${n.name}' of ${e.type}`);
  throw notFoundSegment(n.name);
}

function itemRow(rq: Rq, n: Extract<Node, { k: 'item' }>): ItemRow {
  return itemById(rq.db, n.list.id, n.row.id) ?? n.row;
}

function call(rq: Rq, n: Extract<Node, { k: 'call' }>, body: () => Record<string, unknown>): EmuResponse {
  if (n.of.k === 'search') return handleSearch(rq, n.name);
  const sec = securableOf(rq, n.of);
  const isGet = rq.method === 'GET';
  if (sec && (n.name === 'effectivebasepermissions' || n.name === 'effectivebasepermissionsforui')) {
    if (!isGet) methodNotAllowed(rq, n.name);
    return sendEffective(rq, sec);
  }
  if (sec && n.name === 'getusereffectivepermissions') return sendUserEffective(rq, sec, argString(n.args, 'user'));
  if (isGet) methodNotAllowed(rq, n.name);
  if (sec && n.name === 'breakroleinheritance') {
    breakInheritance(rq, sec, argBool(n.args, 'copyRoleAssignments', true), argBool(n.args, 'clearSubscopes', false));
    return noContent();
  }
  if (sec && n.name === 'resetroleinheritance') {
    resetInheritance(rq, sec);
    return noContent();
  }
  switch (n.name) {
    case 'contextinfo':
      return contextInfo(rq);
    case 'ensureuser':
      return sendEntity(rq, userEnt(rq, ensureUser(rq, String(body().logonName ?? ''))));
    case 'recycle': {
      if (n.of.k === 'list') throw unsupported('recycling a whole list (delete it instead)');
      const of = n.of;
      const row = of.k === 'item' ? itemRow(rq, of) : of.k === 'folder' && of.f.item ? of.f.item : undefined;
      if (!row || (of.k !== 'item' && of.k !== 'folder')) throw badRequest('The root folder of a list cannot be recycled.', CODE.argument);
      const list = of.k === 'item' ? of.list : of.f.list;
      return sendProperty(rq, 'Recycle', deleteItem(rq, list, row, true), 'Edm.Guid');
    }
    case 'addvalidateupdateitemusingpath':
      if (n.of.k === 'list') return addValidate(rq, n.of.list, jsonBody(rq, 'SP.ListItemCreationInformationUsingPath'));
      break;
    case 'validateupdatelistitem':
      if (n.of.k === 'item') return validateUpdate(rq, n.of.list, itemRow(rq, n.of), jsonBody(rq, 'SP.ListItem'));
      break;
    case 'createfieldasxml':
    case 'addfield':
      if (n.of.k === 'fields') {
        const spec = n.name === 'addfield' ? fieldFromCreationInfo(body()) : fieldFromXml(body());
        return sendEntity(rq, fieldEnt(rq, n.of.list, createField(rq, n.of.list, spec)));
      }
      break;
    case 'addviewfield':
    case 'removeviewfield':
    case 'removeallviewfields':
    case 'moveviewfieldto':
      if (n.of.k === 'viewfields') {
        const b = n.name === 'moveviewfieldto' ? body() : {};
        const fieldName =
          n.name === 'moveviewfieldto'
            ? String(b.field ?? '')
            : n.name === 'removeallviewfields'
              ? undefined
              : argString(n.args, 'fieldName');
        changeViewFields(rq, n.of.list, n.of.v, n.name, fieldName, Number(b.index ?? 0));
        return noContent();
      }
      break;
    case 'addusingpath':
      if (n.of.k === 'folders') {
        const f = createFolder(rq, n.of.parent, argString(n.args, 'DecodedUrl', 'decodedurl'), argBool(n.args, 'overwrite', false));
        return sendFolder(rq, f);
      }
      break;
    case 'addsubfolderusingpath':
      if (n.of.k === 'folder') {
        const leaf = (body().leafPath as { DecodedUrl?: string } | undefined)?.DecodedUrl;
        createFolder(rq, n.of.f, String(leaf ?? ''), false);
        return noContent();
      }
      break;
    case 'addroleassignment':
    case 'removeroleassignment':
      if (n.of.k === 'roleassignments') {
        return changeAssignment(
          rq,
          n.of.sec,
          n.name === 'addroleassignment',
          argInt(n.args, 'principalId', 'principalid'),
          argInt(n.args, 'roleDefId', 'roledefid'),
        );
      }
      break;
    case 'removebyid':
    case 'removebyloginname': {
      // The site group collection holds groups only: its removeById/removeByLoginName find a group
      // (a group's login name is its title) or answer "Group cannot be found", never touching a user
      // (SP.GroupCollection in https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference).
      if (n.of.k === 'sitegroups') {
        deleteGroup(
          rq,
          n.name === 'removebyid' ? groupBy(rq, 'id', argInt(n.args, 'id')) : groupBy(rq, 'name', argString(n.args, 'loginName')),
        );
        return noContent();
      }
      const user =
        n.name === 'removebyid' ? principalById(rq.db, argInt(n.args, 'id')) : userBy(rq, 'login', argString(n.args, 'loginName'));
      if (!user) throw badRequest('User cannot be found.', CODE.spException);
      if (n.of.k === 'groupusers') {
        removeFromGroup(rq, n.of.g, user);
        return noContent();
      }
      throw unsupported(`removing users from the site ('siteusers/${n.name}')`);
    }
    default:
      break;
  }
  throw unsupported(`'${n.name}' here`);
}

export function execute(rq: Rq, n: Node): EmuResponse {
  const m = rq.method;
  const body = (type = 'SP.Data'): Record<string, unknown> => jsonBody(rq, type);
  if (n.k === 'call') return call(rq, n, () => body('SP.Object'));
  if (n.k === 'prop') {
    if (m !== 'GET') methodNotAllowed(rq, n.name);
    return sendProp(rq, n);
  }
  switch (n.k) {
    case 'web':
      if (m === 'GET') {
        demand(rq, WEB_SCOPE, P.Open);
        return sendEntity(rq, webEnt(rq));
      }
      if (m === 'MERGE') return (updateWeb(rq, body('SP.Web')), noContent());
      break;
    case 'lists':
      if (m === 'GET')
        return sendCollection(
          rq,
          allLists(rq).map((l) => listEnt(rq, l)),
          'SP.ApiData.Lists',
        );
      if (m === 'POST') return sendEntity(rq, listEnt(rq, createList(rq, body('SP.List'))), { status: 201 });
      break;
    case 'list':
      if (m === 'GET') return sendEntity(rq, listEnt(rq, n.list));
      if (m === 'MERGE') return (updateList(rq, n.list, body('SP.List')), noContent());
      if (m === 'DELETE') return (deleteList(rq, n.list), noContent());
      break;
    case 'items':
      if (m === 'GET') return getItems(rq, n.list);
      if (m === 'POST') {
        const row = addItem(rq, n.list, body(itemTypeName(n.list)));
        return sendEntity(rq, defaultItemEnt(rq, n.list, row), { status: 201, projected: true });
      }
      break;
    case 'item':
      if (m === 'GET') return getItem(rq, n.list, n.row);
      if (m === 'MERGE') {
        const row = updateItem(rq, n.list, itemRow(rq, n), body(itemTypeName(n.list)));
        return noContent({ etag: `"${row.version}"` });
      }
      if (m === 'DELETE') return (deleteItem(rq, n.list, itemRow(rq, n), false), noContent());
      break;
    case 'versions':
      if (m === 'GET')
        return sendCollection(rq, versionEnts(rq, n.list, itemById(rq.db, n.list.id, n.row.id) ?? n.row), 'SP.ApiData.ListItemVersions', {
          projected: true,
        });
      break;
    case 'version':
      if (m === 'GET')
        return sendEntity(rq, versionEnt1(rq, n.list, itemById(rq.db, n.list.id, n.row.id) ?? n.row, n.versionId), { projected: true });
      break;
    case 'fields':
      if (m === 'GET')
        return sendCollection(
          rq,
          fieldsOf(rq.db, n.list.id).map((f) => fieldEnt(rq, n.list, f)),
          'SP.ApiData.Fields',
        );
      if (m === 'POST') {
        const raw = JSON.parse(rq.req.body.toString('utf8') || '{}') as { FieldTypeKind?: number };
        const type = FIELD_CLASS[Number(raw.FieldTypeKind)] ?? 'SP.Field';
        return sendEntity(rq, fieldEnt(rq, n.list, createField(rq, n.list, fieldFromAddBody(jsonBody(rq, type, ['SP.Field'])))), {
          status: 201,
        });
      }
      break;
    case 'field':
      if (m === 'GET') return sendEntity(rq, fieldEnt(rq, n.list, n.f));
      if (m === 'MERGE')
        return (updateField(rq, n.list, n.f, jsonBody(rq, FIELD_CLASS[n.f.kind] ?? 'SP.Field', ['SP.Field'])), noContent());
      if (m === 'DELETE') return (deleteField(rq, n.list, n.f), noContent());
      break;
    case 'views':
      if (m === 'GET')
        return sendCollection(
          rq,
          viewsOf(rq.db, n.list.id).map((v) => viewEnt(rq, n.list, v)),
          'SP.ApiData.Views',
        );
      if (m === 'POST') return sendEntity(rq, viewEnt(rq, n.list, addView(rq, n.list, body('SP.View'))), { status: 201 });
      break;
    case 'view':
      if (m === 'GET') return sendEntity(rq, viewEnt(rq, n.list, n.v));
      if (m === 'MERGE') return (updateView(rq, n.list, n.v, body('SP.View')), noContent());
      if (m === 'DELETE') return (deleteView(rq, n.list, n.v), noContent());
      break;
    case 'viewfields':
      if (m === 'GET') return sendEntity(rq, viewFieldsEnt(rq, n.list, n.v));
      break;
    case 'contenttypes':
      if (m === 'GET') return sendCollection(rq, contentTypeEnts(rq, n.list), 'SP.ApiData.ContentTypes');
      break;
    case 'folder':
      if (m === 'GET') return sendFolder(rq, n.f);
      if (m === 'DELETE' && n.f.item) return (deleteItem(rq, n.f.list, n.f.item, false), noContent());
      break;
    case 'folders':
      if (m === 'GET') {
        const parent = n.parent;
        if (!parent) throw unsupported("listing the web's top-level folders; use a list's rootFolder/folders");
        return sendCollection(
          rq,
          subFolders(rq, parent).map((f) => folderEnt(rq, f.list, f.url, f.item)),
          'SP.ApiData.Folders',
        );
      }
      if (m === 'POST') {
        const url = (body('SP.Folder').ServerRelativeUrl as string | undefined) ?? '';
        return sendFolder(rq, createFolder(rq, n.parent, url, false));
      }
      break;
    case 'folderitem':
      if (m === 'GET') return sendFolderItem(rq, n.f);
      break;
    case 'siteusers':
      if (m === 'GET')
        return sendCollection(
          rq,
          allUsers(rq).map((u) => userEnt(rq, u)),
          'SP.ApiData.Users',
        );
      if (m === 'POST') {
        demand(rq, WEB_SCOPE, P.ManagePermissions);
        return sendEntity(rq, userEnt(rq, ensureUser(rq, String(body('SP.User').LoginName ?? ''))));
      }
      break;
    case 'user':
      if (m === 'GET') return sendEntity(rq, userEnt(rq, n.p));
      if (m === 'DELETE' && n.group) return (removeFromGroup(rq, n.group, n.p), noContent());
      break;
    case 'usergroups':
      if (m === 'GET')
        return sendCollection(
          rq,
          groupsOf(rq, n.p.id).map((g) => groupEnt(rq, g)),
          'SP.ApiData.Groups',
        );
      break;
    case 'sitegroups':
      if (m === 'GET')
        return sendCollection(
          rq,
          allGroups(rq).map((g) => groupEnt(rq, g)),
          'SP.ApiData.Groups',
        );
      if (m === 'POST') return sendEntity(rq, groupEnt(rq, createGroup(rq, body('SP.Group'))), { status: 201 });
      break;
    case 'group':
      if (m === 'GET') return sendEntity(rq, groupEnt(rq, n.p));
      if (m === 'DELETE') return (deleteGroup(rq, n.p), noContent());
      break;
    case 'groupusers':
      if (m === 'GET')
        return sendCollection(
          rq,
          groupMembers(rq, n.g.id).map((u: Principal) => userEnt(rq, u)),
          'SP.ApiData.Users',
        );
      if (m === 'POST') return sendEntity(rq, userEnt(rq, addToGroup(rq, n.g, body('SP.User').LoginName)), { status: 201 });
      break;
    case 'roledefs':
      if (m === 'GET')
        return sendCollection(
          rq,
          allRoleDefs(rq).map((d) => roleDefEnt(rq, d)),
          'SP.ApiData.RoleDefinitions',
        );
      if (m === 'POST') return sendEntity(rq, roleDefEnt(rq, createRoleDef(rq, body('SP.RoleDefinition'))), { status: 201 });
      break;
    case 'roledef':
      if (m === 'GET') return sendEntity(rq, roleDefEnt(rq, n.d));
      if (m === 'MERGE') return (updateRoleDef(rq, n.d, body('SP.RoleDefinition')), noContent());
      if (m === 'DELETE') return (deleteRoleDef(rq, n.d), noContent());
      break;
    case 'roleassignments':
      if (m === 'GET') return sendCollection(rq, roleAssignments(rq, n.sec), 'SP.ApiData.RoleAssignments');
      break;
    case 'roleassignment':
      if (m === 'GET') return sendEntity(rq, roleAssignmentOf(rq, n.sec, n.pid));
      if (m === 'DELETE') return changeAssignment(rq, n.sec, false, n.pid);
      break;
    case 'bindings':
      if (m === 'GET') {
        roleAssignmentOf(rq, n.sec, n.pid);
        const scope = n.sec.kind === 'web' ? WEB_SCOPE : n.sec.kind === 'list' ? n.sec.list.scope_id : n.sec.item.scope_id;
        return sendCollection(
          rq,
          bindings(rq, scope, n.pid).map((d) => roleDefEnt(rq, d)),
          'SP.ApiData.RoleDefinitions',
        );
      }
      break;
    case 'member':
      if (m === 'GET') return sendEntity(rq, principalEnt(rq, principalById(rq.db, n.pid) as Principal));
      break;
    default:
      break;
  }
  if (n.k === 'root') throw badRequest('Nothing is served at /_api itself; start with /_api/web.', CODE.invalidQuery);
  const limit = unservedMethod(n.k, m);
  if (limit) throw unsupported(limit);
  return methodNotAllowed(rq, `'${n.k}'`);
}
