/**
 * The Microsoft Graph half of the emulator, served under /graph/v1.0/. See README.md in this folder
 * for the endpoints, what MGT and @pnp/graph call, and what is deliberately not emulated.
 */
import type { EmuContext, Handler } from '../types.ts';
import { handleGraphRequest } from './router.ts';
import { findGroupByNickname, findUserRow, initStore, insertGroup, type NewGroup } from './store.ts';

export { hasDemoPhoto, insertUsers } from './store.ts';
export type { NewGroup } from './store.ts';

/** Creates the graph_ tables and seeds users, photos, presence and a few organisation-wide groups. */
export function initGraph(ctx: EmuContext): void {
  initStore(ctx);
}

export const handleGraph: Handler = (req, ctx) => handleGraphRequest(req, ctx);

/**
 * Creates a Microsoft 365 group (for the project's seed: one per community) and returns its id.
 * Owners are not made members automatically, as in Graph: pass them in memberIds as well if they
 * should appear in the member list. Ids are user object ids or UPNs.
 */
export function createGroup(ctx: EmuContext, group: NewGroup): string {
  if (group.displayName.trim() === '') throw new Error('createGroup: displayName is required.');
  if (!/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]{1,64}$/.test(group.mailNickname))
    throw new Error(`createGroup: invalid mailNickname '${group.mailNickname}'.`);
  if (findGroupByNickname(ctx.db, group.mailNickname))
    throw new Error(`createGroup: a group with mailNickname '${group.mailNickname}' already exists.`);
  const resolve = (key: string): string => {
    const row = findUserRow(ctx.db, key);
    if (!row) throw new Error(`createGroup: unknown user '${key}'.`);
    return row.id;
  };
  return insertGroup(ctx.db, { ...group, ownerIds: group.ownerIds.map(resolve), memberIds: group.memberIds.map(resolve) });
}
