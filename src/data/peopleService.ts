import { ConsistencyLevel, type GraphFI } from '@pnp/graph';
import { chunks } from './chunks';
import type { CurrentUser, Person } from '../domain/models';
import type { IPeopleService, SiteRoles } from '../domain/services';
import type { CurrentUserCache } from './currentUser';

export class PeopleService implements IPeopleService {
  constructor(
    private readonly graph: GraphFI,
    private readonly current: CurrentUserCache,
  ) {}

  public me(): Promise<CurrentUser> {
    return this.current.get();
  }

  public myRoles(): Promise<SiteRoles> {
    return this.current.roles();
  }

  public async myId(): Promise<number> {
    return (await this.current.siteUser()).id;
  }

  /** People search through Graph; $search needs ConsistencyLevel: eventual. */
  public async search(text: string): Promise<Person[]> {
    const term = text.replace(/["\\]/g, '').trim();
    if (term.length < 2) return [];
    const users = await this.graph.users
      .search(`"displayName:${term}"`)
      .select('id', 'displayName', 'mail', 'userPrincipalName')
      .top(10)
      .using(ConsistencyLevel())();
    return users.map((u) => ({
      id: 0,
      aadId: u.id ?? undefined,
      displayName: u.displayName ?? '',
      email: u.mail ?? u.userPrincipalName ?? '',
    }));
  }

  public async byIds(aadIds: string[]): Promise<Person[]> {
    const ids = [...new Set(aadIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id)))];
    const found: Person[] = [];
    // Graph allows at most 15 values in an `in` filter.
    for (const chunk of chunks(ids, 15)) {
      const list = chunk.map((id) => `'${id}'`).join(',');
      const users = await this.graph.users.filter(`id in (${list})`).select('id', 'displayName', 'mail', 'userPrincipalName')();
      found.push(
        ...users.map((u) => ({
          id: 0,
          aadId: u.id ?? undefined,
          displayName: u.displayName ?? '',
          email: u.mail ?? u.userPrincipalName ?? '',
        })),
      );
    }
    return found;
  }
}
