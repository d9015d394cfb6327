import type { SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import type { IList } from '@pnp/sp/lists';
import type { CharterText, Community, CommunityCharter, CommunityStatus } from '../domain/models';
import { isGroupId, TeamAlreadyLinked, TransitionRefused } from '../domain/errors';
import { transition } from '../domain/lifecycle';
import { compareTitles } from '../domain/titleOrder';
import type { ICommunityService } from '../domain/services';
import { CHARTERS, LIST_TITLES } from '../schema/lists';
import {
  COMMUNITY_EXPAND,
  COMMUNITY_LISTING_EXPAND,
  COMMUNITY_LISTING_SELECT,
  COMMUNITY_SELECT,
  CHARTER_SELECT,
  toCharter,
  toCommunity,
  type SpItem,
} from './mappers';
import { odataString, readAll } from './paging';
import { readsOf } from './readBatcher';
import { communityFolderPath, type IFormValue } from './membershipWrites';

/** Server-relative path of a community's folder in Charters (made by setup, its gardeners Contribute there). */
export function charterFolder(siteUrl: string, communityId: number): string {
  return communityFolderPath(siteUrl, CHARTERS.url, communityId);
}

/** The Charters columns a save writes (a blank clears its column). */
export function charterUpdate(text: CharterText): Record<string, string> {
  return {
    Domain: text.domain,
    Practice: text.practice,
    Audience: text.audience,
    GroundRules: text.groundRules,
    Rhythm: text.rhythm.slice(0, 255),
  };
}

/** Form values for a community's first charter item, in its folder. */
export function charterFormValues(community: Pick<Community, 'id' | 'title'>, text: CharterText): IFormValue[] {
  return [
    { FieldName: 'Title', FieldValue: community.title.slice(0, 255) },
    { FieldName: 'Community', FieldValue: String(Math.trunc(community.id)) },
    ...Object.entries(charterUpdate(text)).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })),
  ];
}

export class CommunityService implements ICommunityService {
  constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
  ) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(LIST_TITLES.communities);
  }

  public async all(): Promise<Community[]> {
    const items = await readAll(this.list.items.select(...COMMUNITY_SELECT).expand(...COMMUNITY_EXPAND), readsOf(this.sp));
    return items.map(toCommunity).sort((a, b) => compareTitles(a.title, b.title));
  }

  /**
   * Without OData metadata (JSON light's `odata=nometadata`: no type, id, edit link or etag on each row
   * and person, half the bytes of a row; https://devblogs.microsoft.com/microsoft365dev/json-light-support-in-rest-sharepoint-api-released/):
   * the directory shows and searches these and edits no community, so no etag is needed.
   */
  public async listing(): Promise<Community[]> {
    const query = this.list.items
      .select(...COMMUNITY_LISTING_SELECT)
      .expand(...COMMUNITY_LISTING_EXPAND)
      .using(InjectHeaders({ Accept: 'application/json;odata=nometadata' }));
    const items = await readAll(query, readsOf(this.sp));
    return items.map(toCommunity).sort((a, b) => compareTitles(a.title, b.title));
  }

  public async get(id: number): Promise<Community | undefined> {
    const rows = await readsOf(this.sp).read<SpItem[]>(
      this.list.items
        .select(...COMMUNITY_SELECT)
        .expand(...COMMUNITY_EXPAND)
        .filter(`Id eq ${Math.trunc(id)}`)
        .top(1),
    );
    return rows.length ? toCommunity(rows[0]) : undefined;
  }

  public async changeStatus(community: Community, to: CommunityStatus, reason: string): Promise<Community> {
    const result = transition(community.status, to, reason);
    if (!result.ok) throw new TransitionRefused(result.problem);
    await this.list.items.getById(community.id).update({ CopStatus: result.to, StatusReason: result.reason }, community.etag ?? '*');
    const updated = await this.get(community.id);
    if (!updated) throw new Error('The community was changed but could not be read back.');
    return updated;
  }

  public async linkTeam(community: Community, groupId: string): Promise<Community> {
    if (!isGroupId(groupId)) throw new Error(`"${groupId}" is not a Microsoft 365 group id.`);
    const id = groupId.trim().toLowerCase();
    const holder = await this.getByGroupId(id);
    if (holder && holder.id !== community.id) throw new TeamAlreadyLinked(holder.title);
    // The community's etag: if someone changed it meanwhile, SharePoint answers 412 instead of overwriting.
    await this.list.items.getById(community.id).update({ GroupId: id }, community.etag ?? '*');
    const updated = await this.get(community.id);
    if (!updated) throw new Error('The community was linked but could not be read back.');
    return updated;
  }

  public async getByGroupId(groupId: string): Promise<Community | undefined> {
    const rows = await readsOf(this.sp).read<SpItem[]>(
      this.list.items
        .select(...COMMUNITY_SELECT)
        .expand(...COMMUNITY_EXPAND)
        .filter(`GroupId eq ${odataString(groupId)}`)
        .top(1),
    );
    return rows.length ? toCommunity(rows[0]) : undefined;
  }

  public async gardenedBy(userId: number): Promise<Array<Pick<Community, 'id' | 'title'>>> {
    // A person field holding several people is filtered through its expansion (Gardeners/Id).
    // The first page joins the reads of the moment (the command set's roles) in one $batch.
    const rows = await readAll(
      this.list.items
        .select('Id', 'Title', 'Gardeners/Id')
        .expand('Gardeners')
        .filter(`Gardeners/Id eq ${Math.trunc(userId)}`),
      readsOf(this.sp),
    );
    return rows.map((r) => ({ id: Number(r.Id), title: String(r.Title ?? '') })).sort((a, b) => compareTitles(a.title, b.title));
  }

  public async charter(communityId: number): Promise<CommunityCharter | undefined> {
    let rows: SpItem[];
    try {
      rows = await readsOf(this.sp).read<SpItem[]>(
        this.charters.items
          .select(...CHARTER_SELECT)
          .expand('Editor')
          // Only what lies in this community's own folder, where only its gardeners write: an item naming
          // it from another community's folder is neither its charter nor able to push it out of the page.
          .filter(`CommunityId eq ${Math.trunc(communityId)} and FileDirRef eq ${odataString(charterFolder(this.siteUrl, communityId))}`)
          .orderBy('Modified', false)
          .top(1),
      );
    } catch (e) {
      // A site set up before the list: the Communities item's texts stand.
      if ((e as { status?: number }).status === 404) return undefined;
      throw e;
    }
    // filedCommunityId reads an item whose folder and Community disagree as 0: not this charter.
    return rows.map(toCharter).find((c) => c.communityId === communityId);
  }

  public async saveCharter(
    community: Pick<Community, 'id' | 'title'>,
    text: CharterText,
    current?: CommunityCharter,
  ): Promise<CommunityCharter> {
    if (current) {
      // With the etag it was read with: saved by someone else meanwhile, SharePoint answers 412.
      await this.charters.items.getById(current.id).update(charterUpdate(text), current.etag ?? '*');
      return this.readCharter(current.id);
    }
    const results = await this.charters.addValidateUpdateItemUsingPath(
      charterFormValues(community, text),
      charterFolder(this.siteUrl, community.id),
    );
    const failed = results.find((r) => r.HasException);
    if (failed) throw Object.assign(new Error(failed.ErrorMessage), { status: 400, field: failed.FieldName });
    return this.readCharter(Number(results.find((r) => r.FieldName === 'Id')?.FieldValue));
  }

  private get charters(): IList {
    return this.sp.web.lists.getByTitle(LIST_TITLES.charters);
  }

  private async readCharter(id: number): Promise<CommunityCharter> {
    return toCharter(
      await this.charters.items
        .getById(id)
        .select(...CHARTER_SELECT)
        .expand('Editor')<SpItem>(),
    );
  }
}
