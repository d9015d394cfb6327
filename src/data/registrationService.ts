/**
 * Session registrations (issue 17), written as Memberships are: into the event's community folder
 * (or the hub's folder), as the signed-in person, who SharePoint records as the Author and alone lets
 * remove it (WriteSecurity 2). One write per registration, made once with a client request id.
 */
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import type { CommunityEvent, Registration } from '../domain/models';
import type { IRegistrationService } from '../domain/services';
import { occurrenceKey } from '../domain/registrations';
import { communityFolderName, HUB_FOLDER, LIST_TITLES, REGISTRATIONS } from '../schema/lists';
import type { CurrentUserCache } from './currentUser';
import { personSelect, toPerson, type SpItem } from './mappers';
import type { IFormValue } from './membershipWrites';
import { readAll } from './paging';
import { readsOf } from './readBatcher';
import { addInFolderOnce, readByLookup, sessionFolder } from './sessionLists';

export const REGISTRATION_FIELDS = ['Id', 'EventId', 'OccurrenceStart', 'Created', 'Modified', 'FileDirRef', ...personSelect('Author')];

/** Server-relative path of the folder an event's registrations go in. */
export function registrationFolder(siteUrl: string, event: Pick<CommunityEvent, 'communityId'>): string {
  return sessionFolder(siteUrl, REGISTRATIONS.url, event.communityId);
}

/** Form values of a registration: the session, and its start when it is for one session only. */
export function registrationFormValues(
  registrant: string,
  event: Pick<CommunityEvent, 'id' | 'title' | 'communityId'>,
  occurrenceStart?: Date,
): IFormValue[] {
  return [
    { FieldName: 'Title', FieldValue: `${registrant} — ${event.title}`.slice(0, 255) },
    { FieldName: 'Event', FieldValue: String(Math.trunc(event.id)) },
    { FieldName: 'Community', FieldValue: event.communityId > 0 ? String(Math.trunc(event.communityId)) : '' },
    ...(occurrenceStart ? [{ FieldName: 'OccurrenceStart', FieldValue: occurrenceKey(occurrenceStart) }] : []),
  ];
}

/** The community whose folder a FileDirRef is (0 for the hub's folder), undefined for anywhere else. */
export function folderCommunity(fileDirRef: unknown): number | undefined {
  const last = String(fileDirRef ?? '')
    .replace(/\/+$/, '')
    .split('/')
    .pop()
    ?.toLowerCase();
  if (last === HUB_FOLDER) return 0;
  const m = /^community-(\d+)$/.exec(last ?? '');
  return m && communityFolderName(Number(m[1])) === last ? Number(m[1]) : undefined;
}

export function toRegistration(item: SpItem): Registration {
  const author = toPerson(item.Author);
  const start =
    typeof item.OccurrenceStart === 'string' && item.OccurrenceStart ? occurrenceKey(new Date(item.OccurrenceStart)) : undefined;
  return {
    id: Number(item.Id),
    eventId: Number(item.EventId ?? (item.Event as { Id?: number } | undefined)?.Id ?? 0),
    occurrenceStart: start,
    registrantId: author?.id ?? Number(item.AuthorId ?? 0),
    registrantName: author?.displayName ?? '',
    registrantEmail: author?.email || undefined,
    created: String(item.Created ?? ''),
    modified: String(item.Modified ?? item.Created ?? ''),
    folderCommunityId: folderCommunity(item.FileDirRef),
  };
}

export class RegistrationService implements IRegistrationService {
  constructor(
    private readonly sp: SPFI,
    private readonly me: CurrentUserCache,
    private readonly siteUrl: string,
  ) {}

  private list(): IList {
    return this.sp.web.lists.getByTitle(LIST_TITLES.registrations);
  }

  public forEvents(eventIds: readonly number[]): Promise<Registration[]> {
    return this.byLookup('EventId', eventIds);
  }

  public forCommunity(communityId: number): Promise<Registration[]> {
    return this.byLookup('CommunityId', [communityId]);
  }

  public forCommunities(communityIds: readonly number[]): Promise<Registration[]> {
    return this.byLookup('CommunityId', communityIds);
  }

  public async forHub(): Promise<Registration[]> {
    // As the hub's events (contentService.hubEvents): the empty indexed Community, the hub's folder only.
    const items = await readAll(
      this.list()
        .items.select(...REGISTRATION_FIELDS)
        .expand('Author')
        .filter('CommunityId eq null and FSObjType eq 0'),
      readsOf(this.sp),
    );
    return items.map(toRegistration).filter((r) => r.folderCommunityId === 0);
  }

  private async byLookup(field: 'EventId' | 'CommunityId', ids: readonly number[]): Promise<Registration[]> {
    return (await readByLookup(this.sp, this.list(), field, ids, REGISTRATION_FIELDS, 'Author')).map(toRegistration);
  }

  public async register(event: CommunityEvent, occurrenceStart?: Date): Promise<Registration> {
    const me = await this.me.siteUser();
    const item = await addInFolderOnce(
      this.list(),
      registrationFormValues(me.displayName, event, occurrenceStart),
      registrationFolder(this.siteUrl, event),
      { authorId: me.id, select: REGISTRATION_FIELDS, expand: ['Author'] },
    );
    return toRegistration(item);
  }

  public async cancel(registration: Registration): Promise<void> {
    // Deleted, not recycled: restored from the recycle bin it would keep its id, and with it its old place in the queue.
    await this.list().items.getById(Math.trunc(registration.id)).delete();
  }
}
