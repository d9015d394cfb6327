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
import type { Securable } from './permissions.ts';
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
import { regionalSettingsEnt, timeZoneEnt, timeZoneEnts } from './regional.ts';
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
    case 'regional':
      return regionalSettingsEnt(rq);
    case 'timezone':
      return timeZoneEnt(rq, n.zone, n.path);
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

/** The table's entry for `key`, never an inherited property such as `constructor`. */
function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

type CallNode = Extract<Node, { k: 'call' }>;
type Body = () => Record<string, unknown>;
/** One function a path ends in; `undefined` when it isn't served on the node it was called on. */
type CallHandler = (rq: Rq, n: CallNode, body: Body) => EmuResponse | undefined;

/** The permission reads every securable (web, list, item) answers: effective permissions. */
function permissionRead(rq: Rq, n: CallNode, sec: Securable): EmuResponse | undefined {
  if (n.name === 'effectivebasepermissions' || n.name === 'effectivebasepermissionsforui') {
    if (rq.method !== 'GET') methodNotAllowed(rq, n.name);
    return sendEffective(rq, sec);
  }
  if (n.name === 'getusereffectivepermissions') return sendUserEffective(rq, sec, argString(n.args, 'user'));
  return undefined;
}

/** Breaking and resetting a securable's role inheritance. */
function inheritanceChange(rq: Rq, n: CallNode, sec: Securable): EmuResponse | undefined {
  if (n.name === 'breakroleinheritance') {
    breakInheritance(rq, sec, argBool(n.args, 'copyRoleAssignments', true), argBool(n.args, 'clearSubscopes', false));
    return noContent();
  }
  if (n.name === 'resetroleinheritance') {
    resetInheritance(rq, sec);
    return noContent();
  }
  return undefined;
}

function recycle(rq: Rq, n: CallNode): EmuResponse {
  if (n.of.k === 'list') throw unsupported('recycling a whole list (delete it instead)');
  const of = n.of;
  const row = of.k === 'item' ? itemRow(rq, of) : of.k === 'folder' && of.f.item ? of.f.item : undefined;
  if (!row || (of.k !== 'item' && of.k !== 'folder')) throw badRequest('The root folder of a list cannot be recycled.', CODE.argument);
  const list = of.k === 'item' ? of.list : of.f.list;
  return sendProperty(rq, 'Recycle', deleteItem(rq, list, row, true), 'Edm.Guid');
}

const addField: CallHandler = (rq, n, body) => {
  if (n.of.k !== 'fields') return undefined;
  const spec = n.name === 'addfield' ? fieldFromCreationInfo(body()) : fieldFromXml(body());
  return sendEntity(rq, fieldEnt(rq, n.of.list, createField(rq, n.of.list, spec)));
};

const changeViewField: CallHandler = (rq, n, body) => {
  if (n.of.k !== 'viewfields') return undefined;
  const b = n.name === 'moveviewfieldto' ? body() : {};
  const fieldName =
    n.name === 'moveviewfieldto' ? String(b.field ?? '') : n.name === 'removeallviewfields' ? undefined : argString(n.args, 'fieldName');
  changeViewFields(rq, n.of.list, n.of.v, n.name, fieldName, Number(b.index ?? 0));
  return noContent();
};

const changeRoleAssignment: CallHandler = (rq, n) => {
  if (n.of.k !== 'roleassignments') return undefined;
  return changeAssignment(
    rq,
    n.of.sec,
    n.name === 'addroleassignment',
    argInt(n.args, 'principalId', 'principalid'),
    argInt(n.args, 'roleDefId', 'roledefid'),
  );
};

const removeMember: CallHandler = (rq, n) => {
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
  const user = n.name === 'removebyid' ? principalById(rq.db, argInt(n.args, 'id')) : userBy(rq, 'login', argString(n.args, 'loginName'));
  if (!user) throw badRequest('User cannot be found.', CODE.spException);
  if (n.of.k === 'groupusers') {
    removeFromGroup(rq, n.of.g, user);
    return noContent();
  }
  throw unsupported(`removing users from the site ('siteusers/${n.name}')`);
};

/** The functions (other than the securables' permission calls) a path can end in, by lower-cased name. */
const CALLS: Record<string, CallHandler> = {
  contextinfo: (rq) => contextInfo(rq),
  ensureuser: (rq, _n, body) => sendEntity(rq, userEnt(rq, ensureUser(rq, String(body().logonName ?? '')))),
  recycle,
  addvalidateupdateitemusingpath: (rq, n) =>
    n.of.k === 'list' ? addValidate(rq, n.of.list, jsonBody(rq, 'SP.ListItemCreationInformationUsingPath')) : undefined,
  validateupdatelistitem: (rq, n) =>
    n.of.k === 'item' ? validateUpdate(rq, n.of.list, itemRow(rq, n.of), jsonBody(rq, 'SP.ListItem')) : undefined,
  createfieldasxml: addField,
  addfield: addField,
  addviewfield: changeViewField,
  removeviewfield: changeViewField,
  removeallviewfields: changeViewField,
  moveviewfieldto: changeViewField,
  addusingpath: (rq, n) => {
    if (n.of.k !== 'folders') return undefined;
    const f = createFolder(rq, n.of.parent, argString(n.args, 'DecodedUrl', 'decodedurl'), argBool(n.args, 'overwrite', false));
    return sendFolder(rq, f);
  },
  addsubfolderusingpath: (rq, n, body) => {
    if (n.of.k !== 'folder') return undefined;
    const leaf = (body().leafPath as { DecodedUrl?: string } | undefined)?.DecodedUrl;
    createFolder(rq, n.of.f, String(leaf ?? ''), false);
    return noContent();
  },
  addroleassignment: changeRoleAssignment,
  removeroleassignment: changeRoleAssignment,
  removebyid: removeMember,
  removebyloginname: removeMember,
};

function call(rq: Rq, n: CallNode, body: Body): EmuResponse {
  if (n.of.k === 'search') return handleSearch(rq, n.name);
  const sec = securableOf(rq, n.of);
  const read = sec && permissionRead(rq, n, sec);
  if (read) return read;
  if (rq.method === 'GET') methodNotAllowed(rq, n.name);
  const changed = (sec && inheritanceChange(rq, n, sec)) ?? own(CALLS, n.name)?.(rq, n, body);
  if (changed) return changed;
  throw unsupported(`'${n.name}' here`);
}

/** The resources served by method; calls, property reads and the root are handled apart. */
type Resource = Exclude<Node['k'], 'call' | 'prop' | 'root' | 'search'>;
type NodeOf<K extends Node['k']> = Extract<Node, { k: K }>;
/** What one method does to one resource; `undefined` when it isn't served there after all. */
type Handler<K extends Resource> = (rq: Rq, n: NodeOf<K>) => EmuResponse | undefined;
type Methods<K extends Resource> = Partial<Record<'GET' | 'POST' | 'MERGE' | 'DELETE', Handler<K>>>;

const RESOURCES: { [K in Resource]: Methods<K> } = {
  web: {
    GET: (rq) => {
      demand(rq, WEB_SCOPE, P.Open);
      return sendEntity(rq, webEnt(rq));
    },
    MERGE: (rq) => {
      updateWeb(rq, jsonBody(rq, 'SP.Web'));
      return noContent();
    },
  },
  lists: {
    GET: (rq) =>
      sendCollection(
        rq,
        allLists(rq).map((l) => listEnt(rq, l)),
        'SP.ApiData.Lists',
      ),
    POST: (rq) => sendEntity(rq, listEnt(rq, createList(rq, jsonBody(rq, 'SP.List'))), { status: 201 }),
  },
  list: {
    GET: (rq, n) => sendEntity(rq, listEnt(rq, n.list)),
    MERGE: (rq, n) => {
      updateList(rq, n.list, jsonBody(rq, 'SP.List'));
      return noContent();
    },
    DELETE: (rq, n) => {
      deleteList(rq, n.list);
      return noContent();
    },
  },
  items: {
    GET: (rq, n) => getItems(rq, n.list),
    POST: (rq, n) => {
      const row = addItem(rq, n.list, jsonBody(rq, itemTypeName(n.list)));
      return sendEntity(rq, defaultItemEnt(rq, n.list, row), { status: 201, projected: true });
    },
  },
  item: {
    GET: (rq, n) => getItem(rq, n.list, n.row),
    MERGE: (rq, n) => {
      const row = updateItem(rq, n.list, itemRow(rq, n), jsonBody(rq, itemTypeName(n.list)));
      return noContent({ etag: `"${row.version}"` });
    },
    DELETE: (rq, n) => {
      deleteItem(rq, n.list, itemRow(rq, n), false);
      return noContent();
    },
  },
  versions: {
    GET: (rq, n) =>
      sendCollection(rq, versionEnts(rq, n.list, itemById(rq.db, n.list.id, n.row.id) ?? n.row), 'SP.ApiData.ListItemVersions', {
        projected: true,
      }),
  },
  version: {
    GET: (rq, n) =>
      sendEntity(rq, versionEnt1(rq, n.list, itemById(rq.db, n.list.id, n.row.id) ?? n.row, n.versionId), { projected: true }),
  },
  fields: {
    GET: (rq, n) =>
      sendCollection(
        rq,
        fieldsOf(rq.db, n.list.id).map((f) => fieldEnt(rq, n.list, f)),
        'SP.ApiData.Fields',
      ),
    POST: (rq, n) => {
      const raw = JSON.parse(rq.req.body.toString('utf8') || '{}') as { FieldTypeKind?: number };
      const type = FIELD_CLASS[Number(raw.FieldTypeKind)] ?? 'SP.Field';
      return sendEntity(rq, fieldEnt(rq, n.list, createField(rq, n.list, fieldFromAddBody(jsonBody(rq, type, ['SP.Field'])))), {
        status: 201,
      });
    },
  },
  field: {
    GET: (rq, n) => sendEntity(rq, fieldEnt(rq, n.list, n.f)),
    MERGE: (rq, n) => {
      updateField(rq, n.list, n.f, jsonBody(rq, FIELD_CLASS[n.f.kind] ?? 'SP.Field', ['SP.Field']));
      return noContent();
    },
    DELETE: (rq, n) => {
      deleteField(rq, n.list, n.f);
      return noContent();
    },
  },
  views: {
    GET: (rq, n) =>
      sendCollection(
        rq,
        viewsOf(rq.db, n.list.id).map((v) => viewEnt(rq, n.list, v)),
        'SP.ApiData.Views',
      ),
    POST: (rq, n) => sendEntity(rq, viewEnt(rq, n.list, addView(rq, n.list, jsonBody(rq, 'SP.View'))), { status: 201 }),
  },
  view: {
    GET: (rq, n) => sendEntity(rq, viewEnt(rq, n.list, n.v)),
    MERGE: (rq, n) => {
      updateView(rq, n.list, n.v, jsonBody(rq, 'SP.View'));
      return noContent();
    },
    DELETE: (rq, n) => {
      deleteView(rq, n.list, n.v);
      return noContent();
    },
  },
  viewfields: {
    GET: (rq, n) => sendEntity(rq, viewFieldsEnt(rq, n.list, n.v)),
  },
  contenttypes: {
    GET: (rq, n) => sendCollection(rq, contentTypeEnts(rq, n.list), 'SP.ApiData.ContentTypes'),
  },
  folder: {
    GET: (rq, n) => sendFolder(rq, n.f),
    DELETE: (rq, n) => {
      if (!n.f.item) return undefined;
      deleteItem(rq, n.f.list, n.f.item, false);
      return noContent();
    },
  },
  folders: {
    GET: (rq, n) => {
      const parent = n.parent;
      if (!parent) throw unsupported("listing the web's top-level folders; use a list's rootFolder/folders");
      return sendCollection(
        rq,
        subFolders(rq, parent).map((f) => folderEnt(rq, f.list, f.url, f.item)),
        'SP.ApiData.Folders',
      );
    },
    POST: (rq, n) => {
      const url = (jsonBody(rq, 'SP.Folder').ServerRelativeUrl as string | undefined) ?? '';
      return sendFolder(rq, createFolder(rq, n.parent, url, false));
    },
  },
  folderitem: {
    GET: (rq, n) => sendFolderItem(rq, n.f),
  },
  siteusers: {
    GET: (rq) =>
      sendCollection(
        rq,
        allUsers(rq).map((u) => userEnt(rq, u)),
        'SP.ApiData.Users',
      ),
    POST: (rq) => {
      demand(rq, WEB_SCOPE, P.ManagePermissions);
      return sendEntity(rq, userEnt(rq, ensureUser(rq, String(jsonBody(rq, 'SP.User').LoginName ?? ''))));
    },
  },
  user: {
    GET: (rq, n) => sendEntity(rq, userEnt(rq, n.p)),
    DELETE: (rq, n) => {
      if (!n.group) return undefined;
      removeFromGroup(rq, n.group, n.p);
      return noContent();
    },
  },
  usergroups: {
    GET: (rq, n) =>
      sendCollection(
        rq,
        groupsOf(rq, n.p.id).map((g) => groupEnt(rq, g)),
        'SP.ApiData.Groups',
      ),
  },
  sitegroups: {
    GET: (rq) =>
      sendCollection(
        rq,
        allGroups(rq).map((g) => groupEnt(rq, g)),
        'SP.ApiData.Groups',
      ),
    POST: (rq) => sendEntity(rq, groupEnt(rq, createGroup(rq, jsonBody(rq, 'SP.Group'))), { status: 201 }),
  },
  group: {
    GET: (rq, n) => sendEntity(rq, groupEnt(rq, n.p)),
    DELETE: (rq, n) => {
      deleteGroup(rq, n.p);
      return noContent();
    },
  },
  groupusers: {
    GET: (rq, n) =>
      sendCollection(
        rq,
        groupMembers(rq, n.g.id).map((u: Principal) => userEnt(rq, u)),
        'SP.ApiData.Users',
      ),
    POST: (rq, n) => sendEntity(rq, userEnt(rq, addToGroup(rq, n.g, jsonBody(rq, 'SP.User').LoginName)), { status: 201 }),
  },
  roledefs: {
    GET: (rq) =>
      sendCollection(
        rq,
        allRoleDefs(rq).map((d) => roleDefEnt(rq, d)),
        'SP.ApiData.RoleDefinitions',
      ),
    POST: (rq) => sendEntity(rq, roleDefEnt(rq, createRoleDef(rq, jsonBody(rq, 'SP.RoleDefinition'))), { status: 201 }),
  },
  roledef: {
    GET: (rq, n) => sendEntity(rq, roleDefEnt(rq, n.d)),
    MERGE: (rq, n) => {
      updateRoleDef(rq, n.d, jsonBody(rq, 'SP.RoleDefinition'));
      return noContent();
    },
    DELETE: (rq, n) => {
      deleteRoleDef(rq, n.d);
      return noContent();
    },
  },
  roleassignments: {
    GET: (rq, n) => sendCollection(rq, roleAssignments(rq, n.sec), 'SP.ApiData.RoleAssignments'),
  },
  roleassignment: {
    GET: (rq, n) => sendEntity(rq, roleAssignmentOf(rq, n.sec, n.pid)),
    DELETE: (rq, n) => changeAssignment(rq, n.sec, false, n.pid),
  },
  bindings: {
    GET: (rq, n) => {
      roleAssignmentOf(rq, n.sec, n.pid);
      const scope = n.sec.kind === 'web' ? WEB_SCOPE : n.sec.kind === 'list' ? n.sec.list.scope_id : n.sec.item.scope_id;
      return sendCollection(
        rq,
        bindings(rq, scope, n.pid).map((d) => roleDefEnt(rq, d)),
        'SP.ApiData.RoleDefinitions',
      );
    },
  },
  member: {
    GET: (rq, n) => sendEntity(rq, principalEnt(rq, principalById(rq.db, n.pid) as Principal)),
  },
  // Regional settings are read by anyone who can open the site (regional.ts).
  regional: {
    GET: (rq) => {
      demand(rq, WEB_SCOPE, P.Open);
      return sendEntity(rq, regionalSettingsEnt(rq));
    },
  },
  // SP.TimeZoneCollection.getById is a POST as PnPjs calls it (https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj247146(v=office.15)).
  timezone: {
    GET: (rq, n) => sendZone(rq, n),
    POST: (rq, n) => sendZone(rq, n),
  },
  timezones: {
    GET: (rq) => {
      demand(rq, WEB_SCOPE, P.Open);
      return sendCollection(rq, timeZoneEnts(rq), 'SP.ApiData.TimeZones');
    },
  },
};

function sendZone(rq: Rq, n: NodeOf<'timezone'>): EmuResponse {
  demand(rq, WEB_SCOPE, P.Open);
  return sendEntity(rq, timeZoneEnt(rq, n.zone, n.path));
}

function isResource(n: Node): n is NodeOf<Resource> {
  return Object.hasOwn(RESOURCES, n.k);
}

/** The method's handler on the resource, if it has one. */
function serve<K extends Resource>(rq: Rq, k: K, n: NodeOf<K>): EmuResponse | undefined {
  const methods: Methods<K> = RESOURCES[k];
  return own(methods, rq.method)?.(rq, n);
}

export function execute(rq: Rq, n: Node): EmuResponse {
  if (n.k === 'call') return call(rq, n, () => jsonBody(rq, 'SP.Object'));
  if (n.k === 'prop') {
    if (rq.method !== 'GET') methodNotAllowed(rq, n.name);
    return sendProp(rq, n);
  }
  const served = isResource(n) ? serve(rq, n.k, n) : undefined;
  if (served) return served;
  if (n.k === 'root') throw badRequest('Nothing is served at /_api itself; start with /_api/web.', CODE.invalidQuery);
  const limit = unservedMethod(n.k, rq.method);
  if (limit) throw unsupported(limit);
  return methodNotAllowed(rq, `'${n.k}'`);
}
