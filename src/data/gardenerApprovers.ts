/**
 * Keeps each community's Memberships, Resources and Events folders in step with its Gardeners field: every gardener holds
 * the "CoP Gardener (approve)" level on that folder (Contribute on Events'), and nobody else does. Provisioning grants it
 * when it creates a folder, but SharePoint doesn't carry later edits of the Gardeners field over to
 * the folder's permissions, so without this a former gardener would go on deciding requests and a
 * new one couldn't. It also flags folders that don't have their own permissions (the folder of a
 * community that was created by someone else before the community existed, say).
 */
import '@pnp/sp/folders';
import type { SPFI } from '@pnp/sp';
import type { IItem } from '@pnp/sp/items';
import { communityFolderName, LIST_SCHEMA, LIST_TITLES } from '../schema/lists';
import { APPROVER_ROLE } from '../schema/provision';
import { readAll } from './paging';

const BATCH_PARTS = 20;

interface Assignment {
  PrincipalId: number;
  RoleDefinitionBindings?: Array<{ Id: number }>;
}

function ids(v: unknown): number[] {
  if (Array.isArray(v)) return v.filter((n): n is number => typeof n === 'number');
  const results = (v as { results?: unknown } | null)?.results;
  return Array.isArray(results) ? ids(results) : [];
}

/** Runs the calls `BATCH_PARTS` at a time in one $batch each, in order. */
async function batched<T>(sp: SPFI, calls: Array<(b: SPFI) => Promise<T>>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < calls.length; i += BATCH_PARTS) {
    const [b, execute] = sp.batched();
    const pending = calls.slice(i, i + BATCH_PARTS).map((call) => call(b));
    await execute();
    out.push(...(await Promise.all(pending)));
  }
  return out;
}

/** Brings every community folder's approvers in line with its gardeners; returns what changed. */
export async function syncGardenerApprovers(sp: SPFI, log: (change: string) => void = () => undefined): Promise<string[]> {
  const changes: string[] = [];
  const note = (c: string): void => {
    changes.push(c);
    log(c);
  };
  const roles = (await sp.web.roleDefinitions.select('Id', 'Name')()) as Array<{ Id: number; Name: string }>;
  if (!roles.some((r) => r.Name === APPROVER_ROLE)) return changes; // not provisioned yet: provisioning creates the level with the folders
  const communities = await readAll(sp.web.lists.getByTitle(LIST_TITLES.communities).items.select('Id', 'GardenersId'));
  // Lists whose folders give gardeners nothing more (Registrations) have nothing to keep in step.
  for (const spec of LIST_SCHEMA.filter((l) => l.folderPerCommunity && l.gardenerRole !== 'none')) {
    // Each list's gardener level: the approve level, or the one it names (Contribute in Events). No
    // site group holds that level on a community folder, so whoever holds it there and isn't a gardener goes.
    const role = roles.find((r) => r.Name === (spec.gardenerRole ?? APPROVER_ROLE));
    if (role) await syncList(sp, spec.title, role.Id, communities, note);
  }
  return changes;
}

async function syncList(
  sp: SPFI,
  title: string,
  roleId: number,
  communities: Array<Record<string, unknown>>,
  note: (c: string) => void,
): Promise<void> {
  // The root folder's subfolders, not items filtered on FSObjType: that column has no index, so on
  // a list past 5,000 items the filter is refused (list view threshold).
  const folderRows = (await sp.web.lists
    .getByTitle(title)
    .rootFolder.folders.select('Name', 'ListItemAllFields/Id', 'ListItemAllFields/HasUniqueRoleAssignments')
    .expand('ListItemAllFields')()) as Array<{
    Name: string;
    ListItemAllFields?: { Id?: number; HasUniqueRoleAssignments?: boolean } | null;
  }>;
  const folders = folderRows
    .filter((f) => f.ListItemAllFields?.Id !== undefined)
    .map((f) => ({
      Id: f.ListItemAllFields?.Id,
      FileLeafRef: f.Name,
      HasUniqueRoleAssignments: f.ListItemAllFields?.HasUniqueRoleAssignments,
    }));
  const folderByName = new Map(folders.map((f) => [String(f.FileLeafRef), f]));
  const targets = communities
    .map((c) => ({ id: Number(c.Id), gardeners: ids(c.GardenersId), folder: folderByName.get(communityFolderName(Number(c.Id))) }))
    .filter((t): t is typeof t & { folder: NonNullable<typeof t.folder> } => t.folder !== undefined);
  const item = (b: SPFI, folderId: unknown): IItem => b.web.lists.getByTitle(title).items.getById(Number(folderId));

  const unique = targets.filter((t) => t.folder.HasUniqueRoleAssignments === true);
  for (const t of targets.filter((x) => x.folder.HasUniqueRoleAssignments !== true)) {
    // Granting approvers here would grant them on the whole list; a site owner has to look at it.
    note(
      `${title}: folder ${communityFolderName(t.id)} has no permissions of its own (was it created outside setup?); its gardeners can't approve until a site owner fixes it`,
    );
  }
  const assignments = await batched(
    sp,
    unique.map(
      (t) => (b: SPFI) =>
        item(b, t.folder.Id)
          .roleAssignments.expand('RoleDefinitionBindings')
          .select('PrincipalId', 'RoleDefinitionBindings/Id')() as Promise<Assignment[]>,
    ),
  );

  const writes: Array<(b: SPFI) => Promise<void>> = [];
  unique.forEach((t, i) => {
    const have = new Set(
      assignments[i].filter((a) => (a.RoleDefinitionBindings ?? []).some((d) => d.Id === roleId)).map((a) => a.PrincipalId),
    );
    const want = new Set(t.gardeners);
    const add = t.gardeners.filter((g) => !have.has(g));
    const remove = [...have].filter((p) => !want.has(p));
    for (const g of add) writes.push((b) => item(b, t.folder.Id).roleAssignments.add(g, roleId));
    for (const p of remove) writes.push((b) => item(b, t.folder.Id).roleAssignments.remove(p, roleId));
    if (add.length || remove.length)
      note(
        `${title}: folder ${communityFolderName(t.id)} approvers now match its gardeners (${add.length} added, ${remove.length} removed)`,
      );
  });
  await batched(sp, writes);
}
