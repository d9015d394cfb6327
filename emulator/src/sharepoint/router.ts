/**
 * Walks the segments of a REST path to the resource they name. Segment names are matched
 * case-insensitively, as SharePoint does (`GetByTitle`, `getbytitle`, `lists(guid'…')`, `items(3)`;
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service).
 * Anything not implemented ends in an error naming the segment, never a silent success.
 */
import { badRequest, CODE, itemNotFound, listNotFound, notFoundSegment, SpError, unsupported } from './errors.ts';
import { fieldsOf, type FieldDef } from './fields.ts';
import { folderByPath, folderOfItem, type FolderRef } from './folders.ts';
import { visibleItem } from './items-read.ts';
import { visibleList } from './lists.ts';
import { itemById, listByGuid, listByTitle, listByUrlName, rootFolderUrl, type ItemRow, type ListRow } from './model.ts';
import { argInt, argString, parseArgs, type Args, type Seg } from './path.ts';
import type { Securable } from './permissions.ts';
import { GROUP, groupBy, userBy } from './principals.ts';
import type { Principal, Rq } from './rq.ts';
import { siteTimeZone, timeZoneById, type TimeZoneRow } from './regional.ts';
import { roleDefBy, type RoleDefRow } from './security-api.ts';
import { unservedSegment } from './unserved.ts';
import { viewBy, type ViewRow } from './views.ts';

export type Node =
  | { k: 'root' }
  | { k: 'web' }
  | { k: 'lists' }
  | { k: 'list'; list: ListRow }
  | { k: 'items'; list: ListRow }
  | { k: 'item'; list: ListRow; row: ItemRow }
  | { k: 'versions'; list: ListRow; row: ItemRow }
  | { k: 'version'; list: ListRow; row: ItemRow; versionId: number }
  | { k: 'fields'; list: ListRow }
  | { k: 'field'; list: ListRow; f: FieldDef }
  | { k: 'views'; list: ListRow }
  | { k: 'view'; list: ListRow; v: ViewRow }
  | { k: 'viewfields'; list: ListRow; v: ViewRow }
  | { k: 'contenttypes'; list: ListRow }
  | { k: 'folder'; f: FolderRef }
  | { k: 'folders'; parent?: FolderRef }
  | { k: 'folderitem'; f: FolderRef }
  | { k: 'siteusers' }
  | { k: 'user'; p: Principal; group?: Principal }
  | { k: 'usergroups'; p: Principal }
  | { k: 'sitegroups' }
  | { k: 'group'; p: Principal }
  | { k: 'groupusers'; g: Principal }
  | { k: 'roledefs' }
  | { k: 'roledef'; d: RoleDefRow }
  | { k: 'roleassignments'; sec: Securable }
  | { k: 'roleassignment'; sec: Securable; pid: number }
  | { k: 'bindings'; sec: Securable; pid: number }
  | { k: 'member'; sec: Securable; pid: number }
  | { k: 'search' }
  | { k: 'regional' }
  | { k: 'timezone'; zone: TimeZoneRow; path: string }
  | { k: 'timezones' }
  | { k: 'prop'; of: Node; name: string }
  | { k: 'call'; of: Node; name: string; args: Args };

/** Functions (POST or GET) that end a path; the node they apply to is kept in `of`. */
const CALLS: Record<string, string[]> = {
  root: ['contextinfo', '$batch'],
  web: [
    'ensureuser',
    'breakroleinheritance',
    'resetroleinheritance',
    'getusereffectivepermissions',
    'effectivebasepermissions',
    'effectivebasepermissionsforui',
  ],
  list: [
    'breakroleinheritance',
    'resetroleinheritance',
    'getusereffectivepermissions',
    'effectivebasepermissions',
    'effectivebasepermissionsforui',
    'addvalidateupdateitemusingpath',
    'recycle',
  ],
  item: [
    'breakroleinheritance',
    'resetroleinheritance',
    'getusereffectivepermissions',
    'effectivebasepermissions',
    'effectivebasepermissionsforui',
    'recycle',
    'validateupdatelistitem',
  ],
  fields: ['createfieldasxml', 'addfield'],
  viewfields: ['addviewfield', 'removeviewfield', 'removeallviewfields', 'moveviewfieldto'],
  folders: ['addusingpath'],
  folder: ['addsubfolderusingpath', 'recycle'],
  siteusers: ['removebyid', 'removebyloginname'],
  sitegroups: ['removebyid', 'removebyloginname'],
  groupusers: ['removebyid', 'removebyloginname'],
  roleassignments: ['addroleassignment', 'removeroleassignment'],
};

export function securableOf(rq: Rq, n: Node): Securable | undefined {
  if (n.k === 'web') return { kind: 'web' };
  if (n.k === 'list') return { kind: 'list', list: n.list };
  if (n.k === 'item') return { kind: 'item', list: n.list, item: itemById(rq.db, n.list.id, n.row.id) ?? n.row };
  return undefined;
}

function listFromArg(rq: Rq, a: Args, how: 'title' | 'id' | 'url'): ListRow {
  const v = argString(a, how);
  if (how === 'title') return visibleList(rq, listByTitle(rq.db, v), v);
  if (how === 'id') return visibleList(rq, listByGuid(rq.db, v), v);
  const m = /\/Lists\/([^/]+)\/?$/i.exec(v);
  const list = m ? listByUrlName(rq.db, m[1]) : undefined;
  if (
    list &&
    rootFolderUrl(rq.sitePath, list).toLowerCase() !==
      v
        .replace(/^https?:\/\/[^/]+/, '')
        .replace(/\/$/, '')
        .toLowerCase()
  )
    throw listNotFound(v, rq.site);
  return visibleList(rq, list, v);
}

function item(rq: Rq, list: ListRow, a: Args): Node {
  const id = argInt(a, 'id');
  return { k: 'item', list, row: visibleItem(rq, list, id) };
}

function field(rq: Rq, list: ListRow, match: (f: FieldDef) => boolean, name: string): Node {
  const f = fieldsOf(rq.db, list.id).find(match);
  if (!f) throw new SpError(404, CODE.argument, `Column '${name}' does not exist. It may have been deleted by another user.`);
  return { k: 'field', list, f };
}

/** Top-level SharePoint Online REST endpoints outside what the emulator serves. */
const NOT_EMULATED = ['sp.userprofiles.peoplemanager', 'sitepages', 'navigation', 'sp.utilities.utility', 'sp.social.following'];

/** One segment being stepped into: its lower-cased name, its arguments, whether it had `(…)`. */
interface Step {
  rq: Rq;
  seg: Seg;
  name: string;
  a: Args;
  has: boolean;
}
type NodeOf<K extends Node['k']> = Extract<Node, { k: K }>;
/** Where a segment leads from one kind of node; `undefined` when the segment names nothing there. */
type Stepper<K extends Node['k']> = (s: Step, n: NodeOf<K>) => Node | undefined;

/** A plain name after an entity reads one of its properties, unless it is a segment the emulator leaves out. */
function propOf(s: Step, n: NodeOf<'web' | 'list' | 'item' | 'folder' | 'regional' | 'timezone'>): Node | undefined {
  return !s.has && !unservedSegment(n.k, s.name) ? { k: 'prop', of: n, name: s.name } : undefined;
}

function fromRoot({ name, seg }: Step): Node | undefined {
  if (name === 'web') return { k: 'web' };
  if (name === 'search') return { k: 'search' };
  if (name === '$metadata') throw unsupported('$metadata');
  if (name === 'site') throw unsupported("the site collection endpoint '_api/site'");
  // Real SharePoint Online endpoints CoP Hub doesn't use: named as unsupported, not as missing.
  if (NOT_EMULATED.includes(name)) throw unsupported(`the REST endpoint '_api/${seg.raw}'`);
  return undefined;
}

function fromWeb(s: Step, n: NodeOf<'web'>): Node | undefined {
  const { rq, name, a, has } = s;
  if (name === 'currentuser') return { k: 'user', p: rq.me };
  if (name === 'siteusers') return has ? { k: 'user', p: userBy(rq, 'login', argString(a, 'loginName')) } : { k: 'siteusers' };
  if (name === 'getuserbyid') return { k: 'user', p: userBy(rq, 'id', argInt(a, 'id')) };
  if (name === 'sitegroups') return has ? { k: 'group', p: groupBy(rq, 'id', argInt(a, 'id')) } : { k: 'sitegroups' };
  if (name === 'associatedownergroup') return { k: 'group', p: groupBy(rq, 'id', GROUP.Owners) };
  if (name === 'associatedmembergroup') return { k: 'group', p: groupBy(rq, 'id', GROUP.Members) };
  if (name === 'associatedvisitorgroup') return { k: 'group', p: groupBy(rq, 'id', GROUP.Visitors) };
  if (name === 'roledefinitions') return has ? { k: 'roledef', d: roleDefBy(rq, 'id', argInt(a, 'id')) } : { k: 'roledefs' };
  if (name === 'roleassignments') return { k: 'roleassignments', sec: { kind: 'web' } };
  if (name === 'lists') return has ? { k: 'list', list: listFromArg(rq, a, 'id') } : { k: 'lists' };
  if (name === 'getlist') return { k: 'list', list: listFromArg(rq, a, 'url') };
  if (name === 'getfolderbyserverrelativepath' || name === 'getfolderbyserverrelativeurl')
    return { k: 'folder', f: folderByPath(rq, argString(a, 'decodedUrl', 'decodedurl')) };
  if (name === 'folders') return { k: 'folders' };
  if (name === 'regionalsettings') return { k: 'regional' };
  return propOf(s, n);
}

/** `RegionalSettings/TimeZone`, `…/TimeZones`, `…/TimeZones(id)`, or one of its own properties (regional.ts). */
function fromRegional(s: Step, n: NodeOf<'regional'>): Node | undefined {
  const { rq, name, a, has } = s;
  if (name === 'timezone') return { k: 'timezone', zone: siteTimeZone(rq.db), path: 'Web/RegionalSettings/TimeZone' };
  if (name === 'timezones') return has ? zoneNode(argInt(a, 'id')) : { k: 'timezones' };
  return propOf(s, n);
}

function zoneNode(id: number): Node {
  return { k: 'timezone', zone: timeZoneById(id), path: `Web/RegionalSettings/TimeZones(${id})` };
}

function fromList(s: Step, n: NodeOf<'list'>): Node | undefined {
  const { rq, name, a, has } = s;
  if (name === 'items') return has ? item(rq, n.list, a) : { k: 'items', list: n.list };
  if (name === 'getitembyid') return item(rq, n.list, a);
  if (name === 'fields')
    return has
      ? field(rq, n.list, (f) => f.guid === argString(a, 'id').replace(/[{}]/g, '').toLowerCase(), argString(a, 'id'))
      : { k: 'fields', list: n.list };
  if (name === 'views')
    return has ? { k: 'view', list: n.list, v: viewBy(rq, n.list, 'id', argString(a, 'id')) } : { k: 'views', list: n.list };
  if (name === 'defaultview') return { k: 'view', list: n.list, v: viewBy(rq, n.list, 'default') };
  if (name === 'rootfolder') return { k: 'folder', f: { list: n.list, url: rootFolderUrl(rq.sitePath, n.list) } };
  if (name === 'contenttypes') return { k: 'contenttypes', list: n.list };
  if (name === 'roleassignments') return { k: 'roleassignments', sec: { kind: 'list', list: n.list } };
  return propOf(s, n);
}

function fromItem(s: Step, n: NodeOf<'item'>): Node | undefined {
  const { rq, name, a, has } = s;
  if (name === 'folder') return { k: 'folder', f: folderOfItem(rq, n.list, n.row) };
  if (name === 'roleassignments') return { k: 'roleassignments', sec: securableOf(rq, n) as Securable };
  if (name === 'versions')
    return has ? { k: 'version', list: n.list, row: n.row, versionId: argInt(a, 'id') } : { k: 'versions', list: n.list, row: n.row };
  return propOf(s, n);
}

function fromFields({ rq, name, a }: Step, n: NodeOf<'fields'>): Node | undefined {
  if (name === 'getbyinternalnameortitle') {
    const v = argString(a, 'name');
    return field(rq, n.list, (f) => f.internal === v || f.title === v, v);
  }
  if (name === 'getbytitle') return field(rq, n.list, (f) => f.title === argString(a, 'title'), argString(a, 'title'));
  if (name === 'getbyid')
    return field(rq, n.list, (f) => f.guid === argString(a, 'id').replace(/[{}]/g, '').toLowerCase(), argString(a, 'id'));
  return undefined;
}

function fromFolder(s: Step, n: NodeOf<'folder'>): Node | undefined {
  const { rq, name, a, has } = s;
  if (name === 'folders')
    return has ? { k: 'folder', f: folderByPath(rq, `${n.f.url}/${argString(a, 'name')}`) } : { k: 'folders', parent: n.f };
  if (name === 'listitemallfields') return n.f.item ? { k: 'item', list: n.f.list, row: n.f.item } : { k: 'folderitem', f: n.f };
  if (name === 'parentfolder') return { k: 'folder', f: folderByPath(rq, n.f.url.slice(0, n.f.url.lastIndexOf('/'))) };
  return propOf(s, n);
}

function fromSiteUsers({ rq, name, a }: Step): Node | undefined {
  if (name === 'getbyid') return { k: 'user', p: userBy(rq, 'id', argInt(a, 'id')) };
  if (name === 'getbyemail') return { k: 'user', p: userBy(rq, 'email', argString(a, 'email')) };
  if (name === 'getbyloginname') return { k: 'user', p: userBy(rq, 'login', argString(a, 'loginName')) };
  return undefined;
}

function fromGroupUsers({ rq, name, a }: Step, n: NodeOf<'groupusers'>): Node | undefined {
  const inGroup = (p: Principal): Node => ({ k: 'user', p, group: n.g });
  if (name === 'getbyid') return inGroup(userBy(rq, 'id', argInt(a, 'id')));
  if (name === 'getbyemail') return inGroup(userBy(rq, 'email', argString(a, 'email')));
  if (name === 'getbyloginname') return inGroup(userBy(rq, 'login', argString(a, 'loginName')));
  return undefined;
}

function fromRoleDefs({ rq, name, a }: Step): Node | undefined {
  if (name === 'getbyid') return { k: 'roledef', d: roleDefBy(rq, 'id', argInt(a, 'id')) };
  if (name === 'getbyname') return { k: 'roledef', d: roleDefBy(rq, 'name', argString(a, 'name')) };
  if (name === 'getbytype') return { k: 'roledef', d: roleDefBy(rq, 'type', argInt(a, 'type')) };
  return undefined;
}

/** The segments each kind of node leads on to (calls and search operations are found before these). */
const STEPS: { [K in Node['k']]?: Stepper<K> } = {
  root: fromRoot,
  web: fromWeb,
  lists: ({ rq, name, a }) => {
    if (name === 'getbytitle') return { k: 'list', list: listFromArg(rq, a, 'title') };
    if (name === 'getbyid') return { k: 'list', list: listFromArg(rq, a, 'id') };
    return undefined;
  },
  list: fromList,
  items: ({ rq, name, a }, n) => (name === 'getbyid' ? item(rq, n.list, a) : undefined),
  item: fromItem,
  fields: fromFields,
  versions: ({ name, a }, n) =>
    name === 'getbyid' ? { k: 'version', list: n.list, row: n.row, versionId: argInt(a, 'versionId') } : undefined,
  views: ({ rq, name, a }, n) => {
    if (name === 'getbytitle') return { k: 'view', list: n.list, v: viewBy(rq, n.list, 'title', argString(a, 'title')) };
    if (name === 'getbyid') return { k: 'view', list: n.list, v: viewBy(rq, n.list, 'id', argString(a, 'id')) };
    return undefined;
  },
  view: ({ name }, n) => (name === 'viewfields' ? { k: 'viewfields', list: n.list, v: n.v } : undefined),
  folder: fromFolder,
  folders: ({ rq, name, a }, n) =>
    name === 'getbyurl' && n.parent ? { k: 'folder', f: folderByPath(rq, `${n.parent.url}/${argString(a, 'url')}`) } : undefined,
  siteusers: fromSiteUsers,
  regional: fromRegional,
  timezones: ({ name, a }) => (name === 'getbyid' ? zoneNode(argInt(a, 'id')) : undefined),
  timezone: (s, n) => propOf(s, n),
  user: ({ name }, n) => (name === 'groups' ? { k: 'usergroups', p: n.p } : undefined),
  sitegroups: ({ rq, name, a }) => {
    if (name === 'getbyid') return { k: 'group', p: groupBy(rq, 'id', argInt(a, 'id')) };
    if (name === 'getbyname') return { k: 'group', p: groupBy(rq, 'name', argString(a, 'name')) };
    return undefined;
  },
  group: ({ name }, n) => (name === 'users' ? { k: 'groupusers', g: n.p } : undefined),
  groupusers: fromGroupUsers,
  roledefs: fromRoleDefs,
  roleassignments: ({ name, a, has }, n) =>
    name === 'getbyprincipalid' || (name === 'roleassignments' && has)
      ? { k: 'roleassignment', sec: n.sec, pid: argInt(a, 'principalId') }
      : undefined,
  roleassignment: ({ name }, n) => {
    if (name === 'roledefinitionbindings') return { k: 'bindings', sec: n.sec, pid: n.pid };
    if (name === 'member') return { k: 'member', sec: n.sec, pid: n.pid };
    return undefined;
  },
};

function stepFrom<K extends Node['k']>(k: K, n: NodeOf<K>, s: Step): Node | undefined {
  const stepper: Stepper<K> | undefined = STEPS[k];
  return stepper?.(s, n);
}

export function step(rq: Rq, n: Node, seg: Seg): Node {
  const a = parseArgs(seg.args, rq.query);
  const name = seg.name;
  const calls = CALLS[n.k];
  if (calls?.includes(name)) return { k: 'call', of: n, name, args: a };
  // _api/search/<operation>: served (or refused by name) in ./search/index.ts.
  if (n.k === 'search') return { k: 'call', of: n, name: seg.raw, args: a };
  const next = stepFrom(n.k, n, { rq, seg, name, a, has: seg.args !== null });
  if (next) return next;
  // A real SharePoint segment the emulator doesn't serve is named as an emulator limit (unserved.ts).
  const limit = unservedSegment(n.k, name);
  if (limit) throw unsupported(`${limit} ('${seg.raw}')`);
  if (n.k === 'call' || n.k === 'prop') throw badRequest(`Nothing can follow '${n.name}' in the path (at '${seg.raw}').`);
  throw notFoundSegment(seg.raw);
}

export function walk(rq: Rq, segs: Seg[]): Node {
  let n: Node = { k: 'root' };
  for (const s of segs) {
    if (n.k === 'root' && s.name === 'lists') throw notFoundSegment(s.raw);
    n = step(rq, n, s);
  }
  if (n.k === 'item' && !n.row) throw itemNotFound();
  return n;
}
