import type { SPFI } from '@pnp/sp';
import type { IList, IListItemFormUpdateValue } from '@pnp/sp/lists';
import type { CommunityEvent, MemberProfile, Resource, Suggestion } from '../domain/models';
import type { IContentService, ResourceChanges, NewEvent, NewResource } from '../domain/services';
import { CLIENT_REQUEST_ID, LIST_TITLES } from '../schema/lists';
import { resourceFolder, resourceFormValues, resourceUpdate } from './resourceWrites';
import { eventFolder, eventFormValues } from './eventWrites';
import { folderCommunity } from './registrationService';
import type { CurrentUserCache } from './currentUser';
import { joinList, latestReviews, personSelect, REVIEW_SELECT, toEvent, toProfile, toResource, toSuggestion, type SpItem } from './mappers';
import { addOnce } from './addOnce';
import { chunks } from './chunks';
import { readAll } from './paging';
import { readsOf } from './readBatcher';
import type { RecentWrites } from './recentWrites';

const PROFILE_FIELDS = ['Id', 'CanHelpWith', 'WantsToLearn', 'PracticeArea', 'AuthorId'];
const EVENT_FIELDS = [
  'Id',
  'Title',
  'CommunityId',
  'EventType',
  'StartTime',
  'EndTime',
  'TimeZone',
  'Recurrence',
  'Location',
  'OnlineUrl',
  'Description',
  'Capacity',
  'RegistrationDeadline',
];
/** Ids per query: "AuthorId eq 12345 or " is ~20 characters, so 60 stay near 1,200 of the URL. */
const ID_CHUNK = 60;

/** Distinct positive whole ids, in chunks of `size`. */
function chunksOf(ids: readonly number[], size: number): number[][] {
  return chunks([...new Set(ids.map((id) => Math.trunc(id)).filter((id) => id > 0))], size);
}

/**
 * `field eq a or field eq b …` over an indexed lookup or person id: SharePoint REST has no `in`, and
 * an OR of equalities on an indexed column stays under the list view threshold. Chunks keep the URL
 * well inside SharePoint's 2,048-character limit for a query string.
 */
function anyOf(field: string, ids: readonly number[]): string {
  return ids.map((id) => `${field} eq ${id}`).join(' or ');
}
const DISMISSED_FIELD = 'DismissedRequests';
/** Semicolon-separated positive ids, as kept in a Note column. */
function parseIds(text: unknown): number[] {
  return typeof text === 'string'
    ? text
        .split(';')
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0)
    : [];
}
const SUGGESTION_FIELDS = ['Id', 'Title', 'Description', 'PracticeArea', 'SuggestionKind', 'Created', ...personSelect('Author')];
const RESOURCE_FIELDS = [
  'Id',
  'Title',
  'CommunityId',
  'ResourceType',
  'ResourceUrl',
  'Description',
  'Tags',
  'ReviewDate',
  'Modified',
  'AuthorId',
  'OData__ModerationStatus',
];

/** The new item's id from form-value results; a refused value is a 400 in words (describeError), naming its column for addOnce. */
/** The new or changed item's id from form values' results, or the first field SharePoint refused. */
export function formResult(results: IListItemFormUpdateValue[]): number {
  const failed = results.find((x) => x.HasException);
  if (failed)
    throw Object.assign(new Error(`${failed.ErrorMessage ?? ''} '${failed.FieldName ?? ''}'`), { status: 400, field: failed.FieldName });
  return Number(results.find((x) => x.FieldName === 'Id')?.FieldValue);
}

export class ContentService implements IContentService {
  constructor(
    private readonly sp: SPFI,
    private readonly me: CurrentUserCache,
    private readonly siteUrl: string,
    private readonly recent?: RecentWrites,
  ) {}

  private list(title: string): IList {
    return this.sp.web.lists.getByTitle(title);
  }

  public async resources(communityId: number): Promise<Resource[]> {
    const items = await readAll(
      this.list(LIST_TITLES.resources)
        .items.select(...RESOURCE_FIELDS, ...personSelect('ResourceOwner'))
        .expand('ResourceOwner')
        .filter(`CommunityId eq ${Math.trunc(communityId)}`),
      readsOf(this.sp),
    );
    return items.map(toResource);
  }

  public async addResource(r: NewResource): Promise<Resource> {
    const me = await this.me.get();
    const list = this.list(LIST_TITLES.resources);
    // Into the community's folder: anyone may add there, and content approval holds it for the
    // community's gardeners (the list's root is read-only to members).
    const item = await addOnce(
      list,
      {},
      {
        authorId: me.id,
        select: [...RESOURCE_FIELDS, ...personSelect('ResourceOwner')],
        expand: ['ResourceOwner'],
        add: async (extra) => {
          const key = extra[CLIENT_REQUEST_ID.name];
          const values = [
            ...resourceFormValues(r, me.email || undefined),
            ...(typeof key === 'string' ? [{ FieldName: CLIENT_REQUEST_ID.name, FieldValue: key }] : []),
          ];
          return formResult(await list.addValidateUpdateItemUsingPath(values, resourceFolder(this.siteUrl, r.communityId)));
        },
      },
    );
    // Read back with the owner expanded, as the list shows it.
    const added = toResource(item);
    this.recent?.resourceAdded(added);
    return added;
  }

  public async updateResource(resource: Resource, changes: ResourceChanges): Promise<Resource> {
    const item = this.list(LIST_TITLES.resources).items.getById(Math.trunc(resource.id));
    // With the etag it was read with: changed meanwhile, SharePoint answers 412 rather than overwrite it.
    // Content approval sends the edit back to the gardener; readers keep the approved version meanwhile.
    await item.update(resourceUpdate(changes), resource.etag ?? '*');
    return toResource(await item.select(...RESOURCE_FIELDS, ...personSelect('ResourceOwner')).expand('ResourceOwner')<SpItem>());
  }

  public async removeResource(resource: Resource): Promise<void> {
    // To the recycle bin, where its owner can restore it; WriteSecurity lets no one else.
    await this.list(LIST_TITLES.resources).items.getById(Math.trunc(resource.id)).recycle();
  }

  public async events(communityId: number): Promise<CommunityEvent[]> {
    const items = await readAll(
      this.list(LIST_TITLES.events)
        .items.select(...EVENT_FIELDS)
        .filter(`CommunityId eq ${Math.trunc(communityId)}`),
      readsOf(this.sp),
    );
    return items.map(toEvent);
  }

  public async addEvent(e: NewEvent): Promise<CommunityEvent> {
    // Into the community's folder: only its gardeners (and the POD team) may write there.
    const list = this.list(LIST_TITLES.events);
    const id = formResult(await list.addValidateUpdateItemUsingPath(eventFormValues(e), eventFolder(this.siteUrl, e.communityId)));
    return toEvent(await list.items.getById(id).select(...EVENT_FIELDS)());
  }

  public async updateEvent(id: number, e: NewEvent): Promise<CommunityEvent> {
    const item = this.list(LIST_TITLES.events).items.getById(Math.trunc(id));
    formResult(await item.validateUpdateListItem(eventFormValues(e)));
    return toEvent(await item.select(...EVENT_FIELDS)());
  }

  public async eventsOf(communityIds: readonly number[]): Promise<CommunityEvent[]> {
    const list = this.list(LIST_TITLES.events);
    const pages = await Promise.all(
      chunksOf(communityIds, ID_CHUNK).map((chunk) =>
        readAll(list.items.select(...EVENT_FIELDS).filter(anyOf('CommunityId', chunk)), readsOf(this.sp)),
      ),
    );
    return pages.flat().map(toEvent);
  }

  public async hubEvents(): Promise<CommunityEvent[]> {
    // The Community lookup is indexed: its empty value finds the hub's items (and the folders) under
    // the list view threshold. Only what is filed in the hub's folder counts: a gardener could clear
    // the Community of an event in their own folder, but not write in the hub's.
    const items = await readAll(
      this.list(LIST_TITLES.events)
        .items.select(...EVENT_FIELDS, 'FileDirRef')
        .filter('CommunityId eq null and FSObjType eq 0'),
      readsOf(this.sp),
    );
    return items.filter((i) => folderCommunity(i.FileDirRef) === 0).map(toEvent);
  }

  public async suggest(s: Pick<Suggestion, 'title' | 'description' | 'practiceArea' | 'kind'>): Promise<Suggestion> {
    const me = await this.me.siteUser();
    const added = await addOnce(
      this.list(LIST_TITLES.suggestions),
      {
        Title: s.title,
        Description: s.description,
        PracticeArea: s.practiceArea,
        SuggestionKind: s.kind,
        SuggestionStatus: 'new',
      },
      { authorId: me.id, select: SUGGESTION_FIELDS, expand: ['Author'] },
    );
    return toSuggestion(added); // new: nobody has reviewed it yet
  }

  /** Every suggestion, each with the POD team's latest review (its status, answer and community). */
  public async suggestions(): Promise<Suggestion[]> {
    const [items, reviews] = await Promise.all([
      readAll(
        this.list(LIST_TITLES.suggestions)
          .items.select(...SUGGESTION_FIELDS)
          .expand('Author'),
        readsOf(this.sp),
      ),
      readAll(this.list(LIST_TITLES.suggestionReviews).items.select(...REVIEW_SELECT), readsOf(this.sp)),
    ]);
    const latest = latestReviews(reviews);
    return items.map((item) => toSuggestion(item, latest.get(Number(item.Id))));
  }

  public async mySuggestions(): Promise<Suggestion[]> {
    const me = await this.me.siteUser();
    const items = await readAll(
      this.list(LIST_TITLES.suggestions)
        .items.select(...SUGGESTION_FIELDS)
        .expand('Author')
        .filter(`AuthorId eq ${me.id}`),
      readsOf(this.sp),
    );
    const ids = items.map((i) => Number(i.Id));
    const reviews = (
      await Promise.all(
        chunksOf(ids, ID_CHUNK).map((chunk) =>
          readAll(
            this.list(LIST_TITLES.suggestionReviews)
              .items.select(...REVIEW_SELECT)
              .filter(anyOf('SuggestionId', chunk)),
            readsOf(this.sp),
          ),
        ),
      )
    ).flat();
    const latest = latestReviews(reviews);
    return items.map((item) => toSuggestion(item, latest.get(Number(item.Id))));
  }

  /** My profile item's dismissed requests; a site whose lists predate the column has none (400). */
  private async myDismissals(): Promise<{ id?: number; etag?: string; ids: number[] }> {
    const me = await this.me.siteUser();
    try {
      const rows = await this.list(LIST_TITLES.profiles).items.select('Id', DISMISSED_FIELD).filter(`AuthorId eq ${me.id}`).top(1)<
        SpItem[]
      >();
      const row = rows[0];
      return {
        id: row ? Number(row.Id) : undefined,
        etag: row?.['odata.etag'] as string | undefined,
        ids: parseIds(row?.[DISMISSED_FIELD]),
      };
    } catch (e) {
      if ((e as { status?: number }).status === 400) return { ids: [] };
      throw e;
    }
  }

  public async dismissedRequests(): Promise<number[]> {
    return (await this.myDismissals()).ids;
  }

  public async dismissRequest(membershipId: number): Promise<number[]> {
    const mine = await this.myDismissals();
    const value = [...new Set([...mine.ids, Math.trunc(membershipId)])].filter((id) => id > 0).join(';');
    const list = this.list(LIST_TITLES.profiles);
    if (mine.id) await list.items.getById(mine.id).update({ [DISMISSED_FIELD]: value }, mine.etag ?? '*');
    else await list.items.add({ Title: (await this.me.get()).displayName, [DISMISSED_FIELD]: value });
    return this.dismissedRequests();
  }

  public async myProfile(): Promise<MemberProfile | undefined> {
    // The site user id is all the filter needs (Author is indexed): no Graph call first.
    const me = await this.me.siteUser();
    const rows = await readsOf(this.sp).read<SpItem[]>(
      this.list(LIST_TITLES.profiles)
        .items.select(...PROFILE_FIELDS, ...personSelect('Author'))
        .expand('Author')
        .filter(`AuthorId eq ${me.id}`)
        .top(1),
    );
    return rows.length ? toProfile(rows[0]) : undefined;
  }

  public async profilesOf(personIds: readonly number[]): Promise<MemberProfile[]> {
    const list = this.list(LIST_TITLES.profiles);
    const pages = await Promise.all(
      chunksOf(personIds, ID_CHUNK).map((chunk) =>
        readAll(
          list.items
            .select(...PROFILE_FIELDS, ...personSelect('Author'))
            .expand('Author')
            .filter(anyOf('AuthorId', chunk)),
          readsOf(this.sp),
        ),
      ),
    );
    return pages.flat().map(toProfile);
  }

  public async saveProfile(p: Pick<MemberProfile, 'canHelpWith' | 'wantsToLearn' | 'practiceArea'>): Promise<MemberProfile> {
    const me = await this.me.get();
    const values = {
      Title: me.displayName,
      CanHelpWith: joinList(p.canHelpWith),
      WantsToLearn: joinList(p.wantsToLearn),
      PracticeArea: p.practiceArea ?? '',
    };
    const existing = await this.myProfile();
    const list = this.list(LIST_TITLES.profiles);
    if (existing) await list.items.getById(existing.id).update(values, existing.etag ?? '*');
    else await list.items.add(values);
    const saved = await this.myProfile();
    if (!saved) throw new Error('Your profile was saved but could not be read back. Reload and try again.');
    return saved;
  }
}
