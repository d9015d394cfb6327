/** Which of the hub's lists a list view is, for the POD actions command set (by list title). */
import type { AdminListKind } from '../domain/podCommands';
import { LIST_TITLES } from './lists';

const KINDS: Record<string, AdminListKind> = {
  [LIST_TITLES.memberships.toLowerCase()]: 'memberships',
  [LIST_TITLES.suggestions.toLowerCase()]: 'suggestions',
  [LIST_TITLES.communities.toLowerCase()]: 'communities',
};

export function adminListKind(listTitle: string | undefined): AdminListKind | undefined {
  return listTitle ? KINDS[listTitle.toLowerCase()] : undefined;
}
