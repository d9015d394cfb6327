/**
 * Feedback on a session (issue 17), written as registrations are: into the event's community folder
 * (the hub's for POD's own sessions) as the signed-in attendee, who SharePoint records as Author and
 * alone lets change it. One item per person and session: a second save changes the first.
 */
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import type { CommunityEvent, SessionFeedback } from '../domain/models';
import { occurrenceKey } from '../domain/registrations';
import type { IFeedbackService } from '../domain/services';
import { LIST_TITLES, SESSION_FEEDBACK } from '../schema/lists';
import { formResult } from './contentService';
import type { CurrentUserCache } from './currentUser';
import { personSelect, toPerson, type SpItem } from './mappers';
import type { IFormValue } from './membershipWrites';
import { folderCommunity } from './registrationService';
import { addInFolderOnce, readByLookup, sessionFolder } from './sessionLists';

const FEEDBACK_FIELDS = ['Id', 'EventId', 'OccurrenceStart', 'Rating', 'Comment', 'Modified', 'FileDirRef', ...personSelect('Author')];

export function feedbackFolder(siteUrl: string, event: Pick<CommunityEvent, 'communityId'>): string {
  return sessionFolder(siteUrl, SESSION_FEEDBACK.title, event.communityId);
}

export function feedbackFormValues(event: CommunityEvent, start: Date, rating: number, comment: string): IFormValue[] {
  return [
    { FieldName: 'Title', FieldValue: `${event.title} — ${occurrenceKey(start)}`.slice(0, 255) },
    { FieldName: 'Event', FieldValue: String(Math.trunc(event.id)) },
    { FieldName: 'Community', FieldValue: event.communityId > 0 ? String(Math.trunc(event.communityId)) : '' },
    { FieldName: 'OccurrenceStart', FieldValue: occurrenceKey(start) },
    { FieldName: 'Rating', FieldValue: String(rating) },
    { FieldName: 'Comment', FieldValue: comment },
  ];
}

export function toFeedback(item: SpItem): SessionFeedback {
  const author = toPerson(item.Author);
  return {
    id: Number(item.Id),
    eventId: Number(item.EventId ?? 0),
    occurrenceStart: typeof item.OccurrenceStart === 'string' ? occurrenceKey(new Date(item.OccurrenceStart)) : '',
    rating: typeof item.Rating === 'number' ? item.Rating : Number.NaN,
    comment: typeof item.Comment === 'string' ? item.Comment : '',
    authorId: author?.id ?? 0,
    authorName: author?.displayName ?? '',
    authorEmail: author?.email || undefined,
    modified: String(item.Modified ?? ''),
    folderCommunityId: folderCommunity(item.FileDirRef),
  };
}

export class FeedbackService implements IFeedbackService {
  constructor(
    private readonly sp: SPFI,
    private readonly me: CurrentUserCache,
    private readonly siteUrl: string,
  ) {}

  private list(): IList {
    return this.sp.web.lists.getByTitle(LIST_TITLES.sessionFeedback);
  }

  public async ofCommunity(communityId: number): Promise<SessionFeedback[]> {
    return (await readByLookup(this.sp, this.list(), 'CommunityId', [communityId], FEEDBACK_FIELDS, 'Author')).map(toFeedback);
  }

  public async give(event: CommunityEvent, start: Date, rating: number, comment: string, mine?: SessionFeedback): Promise<SessionFeedback> {
    const list = this.list();
    const form = feedbackFormValues(event, start, rating, comment);
    if (mine) {
      // My own item: WriteSecurity lets nobody else change it.
      formResult(await list.items.getById(Math.trunc(mine.id)).validateUpdateListItem(form));
      return toFeedback(
        await list.items
          .getById(mine.id)
          .select(...FEEDBACK_FIELDS)
          .expand('Author')(),
      );
    }
    const me = await this.me.siteUser();
    const item = await addInFolderOnce(list, form, feedbackFolder(this.siteUrl, event), {
      authorId: me.id,
      select: FEEDBACK_FIELDS,
      expand: ['Author'],
    });
    return toFeedback(item);
  }
}
