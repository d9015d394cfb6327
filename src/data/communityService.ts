import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import type { Community, CommunityStatus } from '../domain/models';
import { isGroupId, TeamAlreadyLinked, TransitionRefused } from '../domain/errors';
import { transition } from '../domain/lifecycle';
import { compareTitles } from '../domain/titleOrder';
import type { ICommunityService } from '../domain/services';
import { LIST_TITLES } from '../schema/lists';
import {
  COMMUNITY_EXPAND,
  COMMUNITY_LISTING_EXPAND,
  COMMUNITY_LISTING_SELECT,
  COMMUNITY_SELECT,
  toCommunity,
  type SpItem,
} from './mappers';
import { odataString, readAll } from './paging';
import { readsOf } from './readBatcher';

export class CommunityService implements ICommunityService {
  constructor(private readonly sp: SPFI) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(LIST_TITLES.communities);
  }

  public async all(): Promise<Community[]> {
    const items = await readAll(this.list.items.select(...COMMUNITY_SELECT).expand(...COMMUNITY_EXPAND), readsOf(this.sp));
    return items.map(toCommunity).sort((a, b) => compareTitles(a.title, b.title));
  }

  public async listing(): Promise<Community[]> {
    const items = await readAll(this.list.items.select(...COMMUNITY_LISTING_SELECT).expand(...COMMUNITY_LISTING_EXPAND), readsOf(this.sp));
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
}
