/**
 * Projecting list items: `$select` and `$expand` of person and lookup fields, the built-in item
 * properties and the REST shape of field values
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests).
 * Which rows are read, in what order and page, is items-read.ts.
 */
import { badRequest, CODE, columnNotFound, fieldOrPropertyNotFound, invalidProjection, needsExpand, unsupported } from './errors.ts';
import { entityName, fieldSet, shapeOf, type FieldDef, type FieldSet } from './fields.ts';
import { isPersonOrLookup, restValues, storedIds } from './fieldvalues.ts';
import { itemById, listByGuid, lp, type ItemRow, type ListRow } from './model.ts';
import { Complex, Ent } from './odata.ts';
import { hasUnique, highLow, itemMask } from './permissions.ts';
import { principalById } from './principals.ts';
import type { Principal, Rq } from './rq.ts';
import { all, parseJson } from './store.ts';

type Out = (row: ItemRow, data: Record<string, unknown>, props: Record<string, unknown>) => void;

export interface ReadPlan {
  rq: Rq;
  list: ListRow;
  fs: FieldSet;
  expand: Set<string>;
  out: Out[];
  users: Map<number, Principal | undefined>;
  sys?: Record<string, (row: ItemRow) => unknown>;
}

const USER_PROPS: Record<string, (p: Principal, x: Record<string, unknown>) => unknown> = {
  Id: (p) => p.id,
  ID: (p) => p.id,
  Title: (p) => p.title,
  EMail: (p) => p.email,
  Name: (p) => p.login_name,
  UserName: (p) => p.upn,
  SipAddress: (p) => p.email,
  FirstName: (_p, x) => x.FirstName ?? null,
  LastName: (_p, x) => x.LastName ?? null,
  JobTitle: (_p, x) => x.JobTitle ?? null,
  Department: (_p, x) => x.Department ?? null,
  Office: (_p, x) => x.Office ?? null,
  IsSiteAdmin: (p) => p.is_site_admin === 1,
};

function stored(f: FieldDef, row: ItemRow, data: Record<string, unknown>): unknown {
  if (f.internal === 'Author') return row.author_id;
  if (f.internal === 'Editor') return row.editor_id;
  return data[f.internal] ?? null;
}

function childCount(plan: ReadPlan, row: ItemRow, folders: boolean): string {
  if (row.fsobj !== 1) return '0';
  const n = all<{ n: number }>(
    plan.rq.db,
    'SELECT COUNT(*) AS n FROM sp_items WHERE list_id = ? AND kind = 0 AND dir_ref = ? AND fsobj = ?',
    plan.list.id,
    `${row.dir_ref}/${row.leaf}`,
    folders ? 1 : 0,
  )[0].n;
  return String(n);
}

/** Built-in item properties by REST name. */
function systemProp(plan: ReadPlan, name: string): ((row: ItemRow) => unknown) | undefined {
  if (plan.sys) return plan.sys[name];
  const hex = plan.list.guid.replace(/-/g, '').toUpperCase();
  const map: Record<string, (row: ItemRow) => unknown> = {
    FileSystemObjectType: (r) => r.fsobj,
    Id: (r) => r.id,
    ID: (r) => r.id,
    ServerRedirectedEmbedUri: () => null,
    ServerRedirectedEmbedUrl: () => '',
    ContentTypeId: (r) => `${r.fsobj === 1 ? '0x0120' : '0x0100'}${hex}`,
    ComplianceAssetId: () => null,
    Modified: (r) => r.modified,
    Created: (r) => r.created,
    AuthorId: (r) => r.author_id,
    EditorId: (r) => r.editor_id,
    OData__UIVersionString: (r) => `${r.version}.0`,
    Attachments: () => false,
    GUID: (r) => r.guid,
    FileRef: (r) => `${r.dir_ref}/${r.leaf}`,
    FileDirRef: (r) => r.dir_ref,
    FileLeafRef: (r) => r.leaf,
    FSObjType: (r) => r.fsobj,
    ItemChildCount: (r) => childCount(plan, r, false),
    FolderChildCount: (r) => childCount(plan, r, true),
    OData__ModerationStatus: (r) => r.mod_status ?? 0,
    OData__ModerationComments: (r) => r.mod_comments,
    EffectiveBasePermissions: (r) => new Complex('SP.BasePermissions', highLow(itemMask(plan.rq, plan.list, r))),
    HasUniqueRoleAssignments: (r) => hasUnique(plan.rq.db, { kind: 'item', list: plan.list, item: r }),
  };
  plan.sys = map;
  return map[name];
}

function userOf(plan: ReadPlan, id: number): Principal | undefined {
  if (!plan.users.has(id)) plan.users.set(id, principalById(plan.rq.db, id));
  return plan.users.get(id);
}

function expandedValue(plan: ReadPlan, f: FieldDef, subs: string[], row: ItemRow, data: Record<string, unknown>): unknown {
  const ids = storedIds(f, stored(f, row, data));
  const person = shapeOf(f) === 'user' || shapeOf(f) === 'usermulti';
  const target = person ? undefined : listByGuid(plan.rq.db, String(f.props.LookupList ?? ''));
  const tfs = target ? fieldSet(plan.rq.db, target) : undefined;
  const ents: Ent[] = [];
  for (const id of ids) {
    const props: Record<string, unknown> = {};
    if (person) {
      const p = userOf(plan, id);
      if (!p) continue;
      const extra = parseJson<Record<string, unknown>>(p.props, {});
      for (const s of subs) props[s] = USER_PROPS[s](p, extra);
      const link = `Web/SiteUserInfoList/Items(${id})`;
      ents.push(
        new Ent({ type: 'SP.Data.UserInfoItem', uri: `${plan.rq.site}/_api/${link}`, editLink: link, set: 'SP.Data.UserInfoItems', props }),
      );
    } else if (target && tfs) {
      const t = itemById(plan.rq.db, target.id, id);
      if (!t) continue;
      const tdata = parseJson<Record<string, unknown>>(t.data, {});
      for (const s of subs) {
        if (s === 'Id' || s === 'ID') props[s] = t.id;
        else props[s] = tdata[(tfs.get(s) as FieldDef).internal] ?? null;
      }
      const link = `Web/Lists(guid'${target.guid}')/Items(${id})`;
      ents.push(
        new Ent({
          type: `SP.Data.${target.entity_name}Item`,
          uri: `${plan.rq.site}/_api/${link}`,
          editLink: link,
          set: `SP.ListData.${target.entity_name}Items`,
          props,
        }),
      );
    }
  }
  if (f.typeAsString === 'UserMulti' || f.typeAsString === 'LookupMulti') return ents;
  return ents[0] ?? null;
}

/**
 * Target field types a lookup projection can read: the simple ones a lookup column offers as
 * additional fields. Choice, Note (multiple lines), Boolean (pnpjs#1258), Calculated (pnpjs#1258),
 * URL, person and lookup targets are refused (pnpjs#189; see invalidProjection).
 */
const PROJECTABLE = new Set(['Text', 'Number', 'Currency', 'Integer', 'Counter', 'DateTime']);

function checkSub(plan: ReadPlan, f: FieldDef, sub: string, path: string): void {
  if (shapeOf(f) === 'user' || shapeOf(f) === 'usermulti') {
    if (!USER_PROPS[sub]) throw columnNotFound(path);
    return;
  }
  const target = listByGuid(plan.rq.db, String(f.props.LookupList ?? ''));
  if (sub === 'Id' || sub === 'ID') return;
  const tf = target ? fieldSet(plan.rq.db, target).get(sub) : undefined;
  if (!tf || (tf.builtin && tf.internal !== 'Title')) throw columnNotFound(path);
  if (!PROJECTABLE.has(tf.typeAsString)) throw invalidProjection(path);
}

function defaultOut(plan: ReadPlan): Out[] {
  const names = ['FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId', 'Title'];
  if (lp(plan.list, 'EnableModeration', false)) names.push('OData__ModerationComments', 'OData__ModerationStatus');
  names.push('ComplianceAssetId');
  const outs: Out[] = names.map((n) => namedOut(plan, n));
  for (const f of plan.fs.fields) {
    if (f.builtin) continue;
    outs.push((row, data, props) => {
      for (const [k, v] of restValues(f, stored(f, row, data))) props[k] = v;
    });
  }
  for (const n of ['ID', 'Modified', 'Created', 'AuthorId', 'EditorId', 'OData__UIVersionString', 'Attachments', 'GUID'])
    outs.push(namedOut(plan, n));
  return outs;
}

function namedOut(plan: ReadPlan, name: string): Out {
  const sys = systemProp(plan, name);
  if (sys)
    return (row, _d, props) => {
      props[name] = sys(row);
    };
  let f = plan.fs.get(name);
  if (f && isPersonOrLookup(f)) {
    if (!plan.expand.has(name)) throw needsExpand(name, name);
    const fd = f;
    const subs = defaultSubs(fd);
    return (row, data, props) => {
      props[name] = expandedValue(plan, fd, subs, row, data);
    };
  }
  const idField =
    !f && (name.endsWith('StringId') ? plan.fs.get(name.slice(0, -8)) : name.endsWith('Id') ? plan.fs.get(name.slice(0, -2)) : undefined);
  if (idField && isPersonOrLookup(idField)) f = idField;
  if (!f || (f.builtin && f.internal !== 'Title')) throw columnNotFound(name);
  const fd = f;
  return (row, data, props) => {
    for (const [k, v] of restValues(fd, stored(fd, row, data))) if (k === name) props[k] = v;
  };
}

/** Navigation properties of an item that SharePoint expands and the emulator does not. */
const UNSERVED_EXPANSIONS = [
  'FieldValuesAsText',
  'FieldValuesAsHtml',
  'ContentType',
  'RoleAssignments',
  'File',
  'Folder',
  'AttachmentFiles',
  'Versions',
];

/** The person and lookup fields `$expand` names, by entity name. */
function expansions(rq: Rq, fs: FieldSet): Set<string> {
  const expand = new Set<string>();
  for (const raw of (rq.query.get('$expand') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const f = fs.get(raw);
    if (!f) {
      if (UNSERVED_EXPANSIONS.includes(raw)) throw unsupported(`$expand=${raw} on list items`);
      throw fieldOrPropertyNotFound(raw);
    }
    if (!isPersonOrLookup(f)) throw badRequest(`The field '${raw}' is not a Person or Lookup field and cannot be expanded.`, CODE.argument);
    expand.add(entityName(f.internal));
  }
  return expand;
}

/** The properties an expanded person or lookup shows when `$select` names none of its own. */
function defaultSubs(f: FieldDef): string[] {
  return shapeOf(f).startsWith('user') ? ['Id', 'Title', 'EMail'] : ['Id', String(f.props.LookupField ?? 'Title')];
}

/** The item's projection: `$expand` then `$select` (all default properties when there is none). */
export function planRead(rq: Rq, list: ListRow): ReadPlan {
  const fs = fieldSet(rq.db, list);
  const plan: ReadPlan = { rq, list, fs, expand: expansions(rq, fs), out: [], users: new Map() };
  const select = rq.query.get('$select');
  const names = select
    ? select
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : ['*'];
  const subs = new Map<string, string[]>();
  for (const n of names) {
    if (n === '*') plan.out.push(...defaultOut(plan));
    else if (n.includes('/')) {
      const [head, sub, ...rest] = n.split('/');
      const f = fs.get(head);
      if (!f || !isPersonOrLookup(f) || rest.length > 0) throw columnNotFound(n);
      if (!plan.expand.has(head)) throw needsExpand(n, head);
      checkSub(plan, f, sub, n);
      if (!subs.has(head)) subs.set(head, []);
      (subs.get(head) as string[]).push(sub);
    } else plan.out.push(namedOut(plan, n));
  }
  for (const head of plan.expand) {
    if (!subs.has(head) && (!select || names.includes('*'))) subs.set(head, defaultSubs(fs.get(head) as FieldDef));
  }
  for (const [head, s] of subs) {
    const f = fs.get(head) as FieldDef;
    plan.out.push((row, data, props) => {
      props[head] = expandedValue(plan, f, s, row, data);
    });
  }
  return plan;
}

/** The default projection, with no `$select` or `$expand` (the response of items.add, for one). */
export function defaultPlan(rq: Rq, list: ListRow): ReadPlan {
  const plan: ReadPlan = { rq, list, fs: fieldSet(rq.db, list), expand: new Set(), out: [], users: new Map() };
  plan.out = defaultOut(plan);
  return plan;
}

export function itemLink(list: ListRow, id: number): string {
  return `Web/Lists(guid'${list.guid}')/Items(${id})`;
}

export function entOf(plan: ReadPlan, row: ItemRow): Ent {
  const data = parseJson<Record<string, unknown>>(row.data, {});
  const props: Record<string, unknown> = {};
  for (const o of plan.out) o(row, data, props);
  const link = itemLink(plan.list, row.id);
  return new Ent({
    type: `SP.Data.${plan.list.entity_name}Item`,
    uri: `${plan.rq.site}/_api/${link}`,
    editLink: link,
    id: row.guid,
    etag: `"${row.version}"`,
    set: `SP.ListData.${plan.list.entity_name}Items`,
    props,
  });
}
