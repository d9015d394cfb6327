/**
 * What happened at a session (issue 17): the record its community's gardeners keep in the Session
 * Records list, one item per session, in the community's folder (the hub's for the POD team's own
 * sessions), where only they (and the POD team) may write. Attendees go as people pickers do, by
 * their claims, so walk-ins found through the people search need no hub site id first.
 */
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import type { CommunityEvent, Person, SessionRecord } from '../domain/models';
import { occurrenceKey } from '../domain/registrations';
import type { ISessionRecordService } from '../domain/services';
import { LIST_TITLES, SESSION_RECORDS } from '../schema/lists';
import { personSelect, toPerson, type SpItem } from './mappers';
import type { IFormValue } from './membershipWrites';
import { formResult } from './contentService';
import { folderCommunity } from './registrationService';
import { readByLookup, sessionFolder } from './sessionLists';

export const RECORD_FIELDS = [
  'Id',
  'EventId',
  'OccurrenceStart',
  'Notes',
  'StoryUrl',
  'FileDirRef',
  'Modified',
  ...personSelect('Attendees'),
];

/** Server-relative path of the folder an event's records go in (the list is made by its title). */
export function sessionRecordFolder(siteUrl: string, event: Pick<CommunityEvent, 'communityId'>): string {
  return sessionFolder(siteUrl, SESSION_RECORDS.title, event.communityId);
}

export interface SessionRecordValues {
  attendees: readonly Pick<Person, 'email'>[];
  notes: string;
  storyUrl?: string;
}

export function sessionRecordFormValues(event: CommunityEvent, start: Date, v: SessionRecordValues): IFormValue[] {
  const claims = v.attendees.filter((p) => p.email).map((p) => ({ Key: `i:0#.f|membership|${p.email}` }));
  return [
    { FieldName: 'Title', FieldValue: `${event.title} — ${occurrenceKey(start)}`.slice(0, 255) },
    { FieldName: 'Event', FieldValue: String(Math.trunc(event.id)) },
    { FieldName: 'Community', FieldValue: event.communityId > 0 ? String(Math.trunc(event.communityId)) : '' },
    { FieldName: 'OccurrenceStart', FieldValue: occurrenceKey(start) },
    { FieldName: 'Attendees', FieldValue: JSON.stringify(claims) },
    { FieldName: 'Notes', FieldValue: v.notes },
    { FieldName: 'StoryUrl', FieldValue: v.storyUrl ? `${v.storyUrl}, ${event.title.slice(0, 200)}` : '' },
  ];
}

function people(v: unknown): Person[] {
  const arr = Array.isArray(v)
    ? v
    : Array.isArray((v as { results?: unknown[] } | null)?.results)
      ? (v as { results: unknown[] }).results
      : [];
  return arr.map(toPerson).filter((p): p is Person => p !== undefined);
}

export function toSessionRecord(item: SpItem): SessionRecord {
  const story = item.StoryUrl as { Url?: string } | string | null | undefined;
  const storyUrl = typeof story === 'string' ? story : story?.Url;
  return {
    id: Number(item.Id),
    eventId: Number(item.EventId ?? 0),
    occurrenceStart: typeof item.OccurrenceStart === 'string' ? occurrenceKey(new Date(item.OccurrenceStart)) : '',
    attendees: people(item.Attendees),
    notes: typeof item.Notes === 'string' ? item.Notes : '',
    storyUrl: storyUrl && /^https?:\/\//i.test(storyUrl) ? storyUrl : undefined,
    folderCommunityId: folderCommunity(item.FileDirRef),
    modified: typeof item.Modified === 'string' ? item.Modified : undefined,
  };
}

export class SessionRecordService implements ISessionRecordService {
  constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
  ) {}

  private list(): IList {
    return this.sp.web.lists.getByTitle(LIST_TITLES.sessionRecords);
  }

  /** The records filed under a community (only those in its folder count: recordOf). */
  public async ofCommunity(communityId: number): Promise<SessionRecord[]> {
    return (await readByLookup(this.sp, this.list(), 'CommunityId', [communityId], RECORD_FIELDS, 'Attendees')).map(toSessionRecord);
  }

  /** Saves what happened at a session: a new record in its folder, or `current` changed. SharePoint lets only the community's gardeners and POD. */
  public async save(event: CommunityEvent, start: Date, values: SessionRecordValues, current?: SessionRecord): Promise<SessionRecord> {
    const list = this.list();
    const form = sessionRecordFormValues(event, start, values);
    const id = current
      ? (formResult(await list.items.getById(Math.trunc(current.id)).validateUpdateListItem(form)), current.id)
      : formResult(await list.addValidateUpdateItemUsingPath(form, sessionRecordFolder(this.siteUrl, event)));
    return toSessionRecord(
      await list.items
        .getById(id)
        .select(...RECORD_FIELDS)
        .expand('Attendees')(),
    );
  }
}
