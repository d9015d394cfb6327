/**
 * Idempotent provisioning from the list schema: ensures every list, field, index, view and
 * permission, and one folder per community where its gardeners can approve. Running it twice
 * changes nothing; on an older site it adds only what is missing and never deletes data.
 * It returns the changes it made, so the admin console and the Node command can report them.
 */
// The PnPjs parts only setup uses, imported here so they load with it (not in every page's first render).
import '@pnp/sp/folders';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/views';
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import { PermissionKind } from '@pnp/sp/security';
import { AddFieldOptions, type IField } from '@pnp/sp/fields';
import type { IView } from '@pnp/sp/views';
import type { IItem } from '@pnp/sp/items';
import { fieldXml } from './fieldXml';
import { communityFolderName, HUB_FOLDER, LIST_SCHEMA, LIST_TITLES } from './lists';
import type { ListSpec, RoleName, SiteGroup } from './types';

/** "1 item", "2 items": the setup log is a technical log in English (the CLI prints it too). */
const count = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;

/** Custom role for gardeners on their community's folder: read, add, and approve. */
export const APPROVER_ROLE = 'CoP Gardener (approve)';

type Log = (change: string) => void;

/** SharePoint $batch parts per request; the project keeps batches at 20 (see the emulator). */
const BATCH_PARTS = 20;

/**
 * Runs writes in $batch requests of at most 20 parts, in order: SharePoint executes a batch's
 * change set sequentially, so a batch is as safe as one call after another and far fewer round trips.
 */
async function inBatches(sp: SPFI, writes: Array<(batched: SPFI) => Promise<unknown>>): Promise<void> {
  for (let i = 0; i < writes.length; i += BATCH_PARTS) {
    const [batched, execute] = sp.batched();
    const results = writes.slice(i, i + BATCH_PARTS).map((w) => w(batched));
    await execute();
    await Promise.all(results);
  }
}

interface SiteContext {
  groups: Record<SiteGroup, number>;
  roles: Record<RoleName, number>;
  listIds: Record<string, string>;
}

async function siteContext(sp: SPFI): Promise<SiteContext> {
  const [owners, members, visitors, defs] = await Promise.all([
    sp.web.associatedOwnerGroup.select('Id')(),
    sp.web.associatedMemberGroup.select('Id')(),
    sp.web.associatedVisitorGroup.select('Id')(),
    sp.web.roleDefinitions.select('Id', 'Name')(),
  ]);
  const byName = (n: string): number => {
    const d = defs.find((r: { Name: string }) => r.Name === n);
    if (!d) throw new Error(`The site has no '${n}' permission level.`);
    return d.Id;
  };
  return {
    groups: { owners: owners.Id, members: members.Id, visitors: visitors.Id },
    roles: { 'Full Control': byName('Full Control'), Edit: byName('Edit'), Contribute: byName('Contribute'), Read: byName('Read') },
    listIds: {},
  };
}

async function ensureList(sp: SPFI, spec: ListSpec, ctx: SiteContext, log: Log): Promise<IList> {
  const { created, list } = await sp.web.lists.ensure(spec.title, spec.description, 100, false);
  if (created) log(`Created list ${spec.title}`);
  const info = (await list.select(
    'Id',
    'EnableModeration',
    'DraftVersionVisibility',
    'EnableVersioning',
    'ReadSecurity',
    'WriteSecurity',
    'NoCrawl',
    'HasUniqueRoleAssignments',
  )()) as unknown as Record<string, unknown> & { Id: string; HasUniqueRoleAssignments: boolean };
  ctx.listIds[spec.title] = info.Id;
  const wanted: Record<string, unknown> = {
    EnableModeration: spec.enableModeration ?? false,
    ...(spec.enableModeration ? { DraftVersionVisibility: spec.draftVisibility ?? 2 } : {}),
    EnableVersioning: spec.enableVersioning ?? false,
    ReadSecurity: spec.readSecurity ?? 1,
    WriteSecurity: spec.writeSecurity ?? 1,
    NoCrawl: spec.noCrawl ?? false,
  };
  const changes = Object.fromEntries(Object.entries(wanted).filter(([k, v]) => info[k] !== v));
  // Switching approval on resets who sees drafts, so the two always travel together.
  if ('EnableModeration' in changes && 'DraftVersionVisibility' in wanted) changes.DraftVersionVisibility = wanted.DraftVersionVisibility;
  if (Object.keys(changes).length) {
    await list.update(changes);
    log(`${spec.title}: set ${Object.keys(changes).join(', ')}`);
  }
  if (spec.permissions.unique && !info.HasUniqueRoleAssignments) {
    await inBatches(sp, [
      (b) => b.web.lists.getByTitle(spec.title).breakRoleInheritance(false, true),
      ...spec.permissions.grants.map(
        (g) => (b: SPFI) => b.web.lists.getByTitle(spec.title).roleAssignments.add(ctx.groups[g.group], ctx.roles[g.role]),
      ),
    ]);
    log(`${spec.title}: unique permissions (${spec.permissions.grants.map((g) => `${g.group} ${g.role}`).join(', ')})`);
  }
  return list;
}

async function ensureFields(sp: SPFI, list: IList, spec: ListSpec, ctx: SiteContext, log: Log): Promise<void> {
  const existing = await list.fields.select('InternalName', 'Indexed', 'Required', 'CustomFormatter')();
  const byName = new Map(
    existing.map((f: { InternalName: string; Indexed: boolean; Required?: boolean; CustomFormatter?: string | null }) => [
      f.InternalName,
      f,
    ]),
  );
  const writes: Array<(b: SPFI) => Promise<unknown>> = [];
  const field = (b: SPFI, name: string): IField => b.web.lists.getByTitle(spec.title).fields.getByInternalNameOrTitle(name);
  for (const f of spec.fields) {
    const have = byName.get(f.name);
    if (!have) {
      const xml = fieldXml(f, f.lookupList ? ctx.listIds[f.lookupList] : undefined);
      // Without the internal-name hint SharePoint derives the internal name from DisplayName.
      writes.push((b) =>
        b.web.lists.getByTitle(spec.title).fields.createFieldAsXml({ SchemaXml: xml, Options: AddFieldOptions.AddFieldInternalNameHint }),
      );
      log(`${spec.title}: added field ${f.name}`);
    } else if (f.indexed && !have.Indexed) {
      writes.push((b) => field(b, f.name).update({ Indexed: true }));
      log(`${spec.title}: indexed ${f.name}`);
    }
    if (have && have.Required === true && !f.required) {
      // A requirement the schema lifted (Events' Community, for the hub's own sessions); never the other way, which existing items may not meet.
      writes.push((b) => field(b, f.name).update({ Required: false }));
      log(`${spec.title}: ${f.name} no longer required`);
    }
    const format = f.customFormatter ? JSON.stringify(f.customFormatter) : undefined;
    if (format && (have?.CustomFormatter ?? '') !== format) {
      // After the field exists: the batch runs its parts in order.
      writes.push((b) => field(b, f.name).update({ CustomFormatter: format }));
      log(`${spec.title}: formatted ${f.name}`);
    }
  }
  for (const name of spec.indexedBuiltIns ?? []) {
    const have = byName.get(name);
    if (have && !have.Indexed) {
      writes.push((b) => field(b, name).update({ Indexed: true }));
      log(`${spec.title}: indexed ${name}`);
    }
  }
  await inBatches(sp, writes);
}

/** Repairs views that exist but drifted from the schema (their query or their columns and order). */
async function repairViews(
  sp: SPFI,
  spec: ListSpec,
  existing: Array<{ Id: string; Title: string; ViewQuery?: string }>,
  log: Log,
): Promise<void> {
  const have = spec.views
    .map((v) => ({ v, e: existing.find((x) => x.Title === v.title) }))
    .filter((x): x is { v: ListSpec['views'][number]; e: { Id: string; Title: string; ViewQuery?: string } } => x.e !== undefined);
  if (!have.length) return;
  const [batched, execute] = sp.batched();
  const reads = have.map(({ e }) => batched.web.lists.getByTitle(spec.title).views.getById(e.Id).fields.select('Items')());
  const settled = Promise.all(reads);
  await execute();
  const columns = await settled;
  const writes: Array<(b: SPFI) => Promise<unknown>> = [];
  have.forEach(({ v, e }, i) => {
    const view = (b: SPFI): IView => b.web.lists.getByTitle(spec.title).views.getById(e.Id);
    const items = (columns[i] as { Items?: string[] | { results: string[] } }).Items;
    const current = Array.isArray(items) ? items : (items?.results ?? []);
    const queryDrift = (e.ViewQuery ?? '') !== (v.query ?? '') && !v.isDefault;
    const fieldsDrift = current.join('|') !== v.fields.join('|');
    if (queryDrift) writes.push((b) => view(b).update({ ViewQuery: v.query ?? '' }));
    if (fieldsDrift) writes.push((b) => view(b).fields.removeAll(), ...v.fields.map((f) => (b: SPFI) => view(b).fields.add(f)));
    if (queryDrift || fieldsDrift) log(`${spec.title}: repaired view ${v.title}`);
  });
  await inBatches(sp, writes);
}

async function ensureViews(sp: SPFI, list: IList, spec: ListSpec, log: Log): Promise<void> {
  const existing = await list.views.select('Id', 'Title', 'ViewQuery')();
  const titles = new Set(existing.map((v: { Title: string }) => v.Title));
  await repairViews(sp, spec, existing, log);
  for (const v of spec.views) {
    if (titles.has(v.title)) continue;
    const added = await list.views.add(v.title, false, {
      RowLimit: v.rowLimit ?? 100,
      ViewQuery: v.query ?? '',
      DefaultView: v.isDefault ?? false,
    });
    const view = (b: SPFI): IView => b.web.lists.getByTitle(spec.title).views.getById(added.Id);
    await inBatches(sp, [(b) => view(b).fields.removeAll(), ...v.fields.map((f) => (b: SPFI) => view(b).fields.add(f))]);
    log(`${spec.title}: added view ${v.title}`);
  }
}

async function ensureApproverRole(sp: SPFI, log: Log): Promise<number> {
  const defs = await sp.web.roleDefinitions.select('Id', 'Name')();
  const have = defs.find((d: { Name: string }) => d.Name === APPROVER_ROLE);
  if (have) return have.Id;
  const perms = [
    PermissionKind.ViewListItems,
    PermissionKind.AddListItems,
    PermissionKind.EditListItems,
    PermissionKind.OpenItems,
    PermissionKind.ViewVersions,
    PermissionKind.ApproveItems,
    PermissionKind.ViewPages,
    PermissionKind.Open,
    PermissionKind.BrowseUserInfo,
  ];
  let low = 0;
  let high = 0;
  for (const p of perms) {
    // PermissionKind values are 1-based bit positions over a 64-bit mask split into Low and High.
    if (p <= 32) low |= 1 << (p - 1);
    else high |= 1 << (p - 33);
  }
  const created = await sp.web.roleDefinitions.add(APPROVER_ROLE, 'Approve membership requests of one community.', 200, {
    Low: String(low >>> 0),
    High: String(high >>> 0),
  } as never);
  log(`Created permission level ${APPROVER_ROLE}`);
  return (created.data as { Id: number }).Id;
}

/** A community as its folders need it: its id and its gardeners (SharePoint may send an empty field as null). */
type CommunityFolderRow = Parameters<typeof gardenerIds>[0];

function gardenerIds(c: { Id: number; GardenersId?: unknown }): number[] {
  const v = c.GardenersId as number[] | { results?: number[] } | undefined;
  return Array.isArray(v) ? v : (v?.results ?? []);
}

/** The lists kept in one folder per community (Memberships, Resources, Events). */
const FOLDER_LISTS = LIST_SCHEMA.filter((l) => l.folderPerCommunity);

/**
 * One folder per community in Memberships and Resources; its gardeners (and POD) approve what lands in it.
 * The folder gets the list's own grants written out, not a copy of the list's assignments: a copy
 * would carry every earlier gardener's Limited Access entry into every new folder, so at 2,000
 * communities each folder's ACL would hold thousands of entries (SharePoint's guidance is to keep
 * scopes small: https://learn.microsoft.com/sharepoint/troubleshoot/lists-and-libraries/error-share-break-inheritance).
 */
async function ensureFolders(sp: SPFI, log: Log, ctx: SiteContext, approverRoleId: number): Promise<void> {
  const communities = await sp.web.lists.getByTitle(LIST_TITLES.communities).items.select('Id', 'GardenersId').top(5000)();
  for (const spec of FOLDER_LISTS) await ensureListFolders(sp, spec, log, ctx, approverRoleId, communities);
}

async function ensureListFolders(
  sp: SPFI,
  spec: ListSpec,
  log: Log,
  ctx: SiteContext,
  approverRoleId: number,
  communities: CommunityFolderRow[],
): Promise<void> {
  const list = sp.web.lists.getByTitle(spec.title);
  const root = await list.rootFolder.select('ServerRelativeUrl', 'ItemCount')();
  const folders = (await list.rootFolder.folders
    .select('Name', 'ItemCount', 'ListItemAllFields/Id', 'ListItemAllFields/HasUniqueRoleAssignments')
    .expand('ListItemAllFields')()) as FolderRow[];
  // Items a site set up before community folders keeps at the root: left where they are (nothing is
  // lost, readers still see them), and reported, as members can no longer edit them there.
  const atRoot = Number((root as { ItemCount?: number }).ItemCount ?? 0) - folders.length;
  if (atRoot > 0)
    log(
      `${spec.title}: ${count(atRoot, 'item is', 'items are')} at the list's root, outside any community's folder; they stay as they are (read-only to members) until a site owner moves them into their community's folder`,
    );
  const have = new Set(await takeOverSquats(sp, spec.title, folders, log));
  const missing = communities.filter((c) => !have.has(communityFolderName(c.Id)));
  const gardenerRole = spec.gardenerRole === 'none' ? undefined : spec.gardenerRole ? ctx.roles[spec.gardenerRole] : approverRoleId;
  // The missing folders are made together (in $batch requests of 20, run in order), then their items are
  // read in one request and each is given permissions of its own: a few round trips for the whole list,
  // rather than three per folder.
  const wanted = [
    ...(spec.hubFolder && !have.has(HUB_FOLDER) ? [{ name: HUB_FOLDER, gardeners: [] as number[], hub: true }] : []),
    ...missing.map((c) => ({ name: communityFolderName(c.Id), gardeners: gardenerIds(c), hub: false })),
  ];
  if (!wanted.length) return;
  await inBatches(
    sp,
    wanted.map((w) => (b: SPFI) => b.web.lists.getByTitle(spec.title).rootFolder.folders.addUsingPath(w.name)),
  );
  const made = (await list.rootFolder.folders.select('Name', 'ListItemAllFields/Id').expand('ListItemAllFields')()) as FolderRow[];
  const itemIds = new Map(made.map((f) => [f.Name, f.ListItemAllFields?.Id]));
  const grants = spec.folderGrants ?? spec.permissions.grants;
  await inBatches(
    sp,
    wanted.flatMap((w) => {
      const id = itemIds.get(w.name);
      if (id === undefined) throw new Error(`${spec.title}: the folder ${w.name} was made but its item can't be read.`);
      const item = (b: SPFI): IItem => b.web.lists.getByTitle(spec.title).items.getById(id);
      return [
        (b: SPFI) => item(b).breakRoleInheritance(false, false),
        ...grants.map((g) => (b: SPFI) => item(b).roleAssignments.add(ctx.groups[g.group], ctx.roles[g.role])),
        ...(gardenerRole === undefined ? [] : w.gardeners.map((g) => (b: SPFI) => item(b).roleAssignments.add(g, gardenerRole))),
      ];
    }),
  );
  for (const { name, gardeners, hub } of wanted) {
    if (hub) log(`${spec.title}: folder ${HUB_FOLDER} (the hub's own sessions)`);
    else if (gardenerRole === undefined) log(`${spec.title}: folder ${name}`);
    else {
      const what = spec.gardenerRole
        ? `gardener${gardeners.length === 1 ? '' : 's'} with ${spec.gardenerRole}`
        : `gardener approver${gardeners.length === 1 ? '' : 's'}`;
      log(`${spec.title}: folder ${name} (${gardeners.length} ${what})`);
    }
  }
}

interface FolderRow {
  Name: string;
  ItemCount?: number;
  /** The folder's own item (read with ?. : SharePoint may send null). */
  ListItemAllFields?: { Id?: number; HasUniqueRoleAssignments?: boolean };
}

/**
 * A folder setup makes always has permissions of its own; one that inherits the list's was made by
 * someone else (before members lost Add Items at the root, any member could), and its author may
 * delete it with whatever is inside. An empty one is deleted here, so setup makes the community's
 * folder afresh; one with items is left for a site owner (members only read it now, so nobody can
 * delete it) and reported. Returns the names of the folders that stay.
 */
async function takeOverSquats(sp: SPFI, title: string, folders: FolderRow[], log: Log): Promise<string[]> {
  const kept: string[] = [];
  for (const f of folders) {
    const squat =
      /^community-\d+$/.test(f.Name) && f.ListItemAllFields?.Id !== undefined && f.ListItemAllFields.HasUniqueRoleAssignments !== true;
    if (squat && (f.ItemCount ?? 0) === 0) {
      await sp.web.lists.getByTitle(title).items.getById(Number(f.ListItemAllFields?.Id)).delete();
      log(`${title}: folder ${f.Name} was made outside setup and was empty; replaced by setup's own`);
      continue;
    }
    if (squat)
      log(
        `${title}: folder ${f.Name} was made outside setup and holds ${count(f.ItemCount ?? 0, 'item', 'items')}; members can only read them until a site owner moves them into a folder setup made`,
      );
    kept.push(f.Name);
  }
  return kept;
}

/**
 * On a site set up before community folders had grants of their own, members contributed at the
 * list's root too. Once every setup folder has its own grants (ensureFolders ran), the root's are put
 * back to the schema's (members Read), so no one but a site owner can add a folder there again.
 */
async function ensureRootGrants(sp: SPFI, spec: ListSpec, ctx: SiteContext, log: Log): Promise<void> {
  if (!spec.folderGrants) return;
  const assignments = (await sp.web.lists
    .getByTitle(spec.title)
    .roleAssignments.expand('RoleDefinitionBindings')
    .select('PrincipalId', 'RoleDefinitionBindings/Id')()) as Array<{
    PrincipalId: number;
    RoleDefinitionBindings?: Array<{ Id: number }>;
  }>;
  const builtIn = new Set(Object.values(ctx.roles));
  const writes: Array<(b: SPFI) => Promise<unknown>> = [];
  const changed: string[] = [];
  for (const g of spec.permissions.grants) {
    const principal = ctx.groups[g.group];
    const want = ctx.roles[g.role];
    const have = (assignments.find((a) => a.PrincipalId === principal)?.RoleDefinitionBindings ?? [])
      .map((d) => d.Id)
      .filter((id) => builtIn.has(id));
    const extra = have.filter((id) => id !== want);
    if (!have.includes(want)) writes.push((b) => b.web.lists.getByTitle(spec.title).roleAssignments.add(principal, want));
    for (const id of extra) writes.push((b) => b.web.lists.getByTitle(spec.title).roleAssignments.remove(principal, id));
    if (extra.length || !have.includes(want)) changed.push(`${g.group} ${g.role}`);
  }
  if (!writes.length) return;
  await inBatches(sp, writes);
  log(`${spec.title}: the list's root now grants ${changed.join(', ')} (members contribute only in community folders)`);
}

export async function provision(sp: SPFI, onProgress?: (step: string) => void): Promise<string[]> {
  const changes: string[] = [];
  const log: Log = (c) => {
    changes.push(c);
    onProgress?.(c);
  };
  const ctx = await siteContext(sp);
  // The lists one after another (in the schema's order), then their columns and views, the lists side by
  // side: each list's own are made in order, and every lookup's list exists by then. What they changed
  // is reported list by list, as before.
  const lists: IList[] = [];
  for (const spec of LIST_SCHEMA) lists.push(await ensureList(sp, spec, ctx, log));
  const done = await Promise.allSettled(
    LIST_SCHEMA.map(async (spec, k) => {
      const lines: string[] = [];
      const own: Log = (c) => lines.push(c);
      await ensureFields(sp, lists[k], spec, ctx, own);
      await ensureViews(sp, lists[k], spec, own);
      return lines;
    }),
  );
  for (const d of done) if (d.status === 'fulfilled') d.value.forEach(log);
  const failed = done.find((d): d is PromiseRejectedResult => d.status === 'rejected');
  if (failed) throw failed.reason;
  if (changes.includes(`Created list ${LIST_TITLES.suggestionReviews}`)) await carryOverDecisions(sp, log);
  const approver = await ensureApproverRole(sp, log);
  await ensureFolders(sp, log, ctx, approver);
  for (const spec of FOLDER_LISTS) await ensureRootGrants(sp, spec, ctx, log);
  return changes;
}

/**
 * On a site set up before Suggestion Reviews existed, decisions were kept on the suggestion itself.
 * When the list is first made, a decision is carried over only where someone other than the author
 * made the item's last edit (only a site owner can edit another person's suggestion); one the author
 * set on their own item is not believed, and that suggestion reads as new until the POD team decides.
 */
async function carryOverDecisions(sp: SPFI, log: Log): Promise<void> {
  const rows = (await sp.web.lists
    .getByTitle(LIST_TITLES.suggestions)
    .items.select('Id', 'Title', 'SuggestionStatus', 'LinkedCommunityId', 'PodResponse', 'AuthorId', 'EditorId')
    .filter("SuggestionStatus ne 'new'")
    .top(5000)()) as Array<{
    Id: number;
    Title?: string;
    SuggestionStatus?: string;
    LinkedCommunityId?: number;
    PodResponse?: string;
    AuthorId?: number;
    EditorId?: number;
  }>;
  const decided = rows.filter((r) => ['reviewing', 'accepted', 'declined'].includes(r.SuggestionStatus ?? '') && r.EditorId !== r.AuthorId);
  await inBatches(
    sp,
    decided.map(
      (r) => (b: SPFI) =>
        b.web.lists.getByTitle(LIST_TITLES.suggestionReviews).items.add({
          Title: (r.Title ?? '').slice(0, 255),
          SuggestionId: r.Id,
          ReviewStatus: r.SuggestionStatus,
          LinkedCommunityId: r.LinkedCommunityId ?? null,
          PodResponse: r.PodResponse ?? null,
        }),
    ),
  );
  if (decided.length)
    log(`${LIST_TITLES.suggestionReviews}: carried over ${count(decided.length, 'earlier decision', 'earlier decisions')}`);
}

/** Just the per-community approval folders (after communities were added); returns the changes. */
export async function ensureCommunityFolders(sp: SPFI): Promise<string[]> {
  const changes: string[] = [];
  const log: Log = (c) => changes.push(c);
  await ensureFolders(sp, log, await siteContext(sp), await ensureApproverRole(sp, log));
  return changes;
}
