import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import type { Community } from '../domain/models';
import type { ICommunityService } from '../domain/services';
import { LIST_TITLES } from '../schema/lists';
import { COMMUNITY_EXPAND, COMMUNITY_SELECT, toCommunity } from './mappers';
import { odataString, readAll } from './paging';

export class CommunityService implements ICommunityService {
  constructor(private readonly sp: SPFI) {}

  private get list(): IList {
    return this.sp.web.lists.getByTitle(LIST_TITLES.communities);
  }

  public async all(): Promise<Community[]> {
    const items = await readAll(this.list.items.select(...COMMUNITY_SELECT).expand(...COMMUNITY_EXPAND));
    return items.map(toCommunity).sort((a, b) => a.title.localeCompare(b.title));
  }

  public async get(id: number): Promise<Community | undefined> {
    const rows = await this.list.items.select(...COMMUNITY_SELECT).expand(...COMMUNITY_EXPAND).filter(`Id eq ${Math.trunc(id)}`).top(1)();
    return rows.length ? toCommunity(rows[0]) : undefined;
  }

  public async getByGroupId(groupId: string): Promise<Community | undefined> {
    const rows = await this.list.items.select(...COMMUNITY_SELECT).expand(...COMMUNITY_EXPAND).filter(`GroupId eq ${odataString(groupId)}`).top(1)();
    return rows.length ? toCommunity(rows[0]) : undefined;
  }
}
