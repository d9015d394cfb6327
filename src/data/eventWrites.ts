/** How a session is written: into its community's Events folder (one per community), as form values. */
import { EVENTS, HUB_FOLDER } from '../schema/lists';
import type { NewEvent } from '../domain/services';
import { communityFolderPath, type IFormValue } from './membershipWrites';

/**
 * Server-relative path of a community's folder in the Events list. Setup makes the list by its title
 * (lists.ensure), so its address is /Lists/Events, not the schema's `url`.
 */
export function eventFolder(siteUrl: string, communityId: number): string {
  // The hub's own sessions (no community, issue 17) live in the hub's folder, which only the POD team writes.
  if (communityId <= 0) return `${new URL(siteUrl).pathname.replace(/\/$/, '')}/Lists/${EVENTS.title}/${HUB_FOLDER}`;
  return communityFolderPath(siteUrl, EVENTS.title, communityId);
}

/**
 * Form values for AddValidateUpdateItemUsingPath / ValidateUpdateListItem. Times go as ISO instants;
 * a link is "url, description" (a checked address holds no space); blanks clear their column.
 */
export function eventFormValues(e: NewEvent): IFormValue[] {
  return [
    { FieldName: 'Title', FieldValue: e.title.slice(0, 255) },
    { FieldName: 'Community', FieldValue: e.communityId > 0 ? String(Math.trunc(e.communityId)) : '' },
    { FieldName: 'EventType', FieldValue: e.eventType },
    { FieldName: 'StartTime', FieldValue: new Date(e.start).toISOString() },
    { FieldName: 'EndTime', FieldValue: new Date(e.end).toISOString() },
    { FieldName: 'TimeZone', FieldValue: e.timeZone || 'Europe/London' },
    { FieldName: 'Recurrence', FieldValue: e.recurrence ?? '' },
    { FieldName: 'Location', FieldValue: e.location ?? '' },
    { FieldName: 'OnlineUrl', FieldValue: e.onlineUrl ? `${e.onlineUrl}, ${e.title.slice(0, 200)}` : '' },
    { FieldName: 'Description', FieldValue: e.description ?? '' },
    // Written only when given, so a form that doesn't offer them leaves them as they are.
    ...(e.capacity === undefined ? [] : [{ FieldName: 'Capacity', FieldValue: e.capacity === null ? '' : String(Math.trunc(e.capacity)) }]),
    ...(e.registrationDeadline === undefined
      ? []
      : [
          {
            FieldName: 'RegistrationDeadline',
            FieldValue: e.registrationDeadline === null ? '' : new Date(e.registrationDeadline).toISOString(),
          },
        ]),
  ];
}
