/**
 * What the command set reads when a list view opens. On a list that isn't CoP Hub's: nothing, not
 * even the services' code. On CoP Hub's lists: one $batch, my roles (site user and the owners group)
 * and, on Memberships, the communities I garden, found by the site user id the page already holds, so
 * a gardener's commands and filtered view need no second round trip.
 */
import type { Community } from '../../domain/models';
import type { AdminListKind, CommandAudience } from '../../domain/podCommands';
import type { CopServices } from '../../domain/services';
import { adminListKind } from '../../schema/adminLists';

export interface AudienceRead {
  list: AdminListKind;
  audience: CommandAudience;
  /** The communities a gardener (not POD) gardens, for their filtered view. */
  gardened: Array<Pick<Community, 'id' | 'title'>>;
}

export async function readAudience(
  listTitle: string | undefined,
  services: () => Promise<Pick<CopServices, 'people' | 'communities'>>,
  siteUserId: number | undefined,
): Promise<AudienceRead | undefined> {
  const list = adminListKind(listTitle);
  if (!list) return undefined;
  const s = await services();
  const memberships = list === 'memberships';
  // Started in the same moment, so both travel in one $batch.
  const [roles, gardened] = await Promise.all([
    s.people.myRoles(),
    memberships && siteUserId ? s.communities.gardenedBy(siteUserId) : Promise.resolve(undefined),
  ]);
  if (roles.isPodAdmin || !memberships) return { list, audience: { isPodAdmin: roles.isPodAdmin, gardenerOf: [] }, gardened: [] };
  // A page without the id (it always has one in SharePoint) asks once it knows who I am.
  const mine = gardened ?? (await s.communities.gardenedBy(roles.id));
  return { list, audience: { isPodAdmin: false, gardenerOf: mine.map((c) => c.id) }, gardened: mine };
}
