import { ConsistencyLevel, type GraphFI } from '@pnp/graph';
import type { CurrentUser, Person } from '../domain/models';
import type { IPeopleService } from '../domain/services';
import type { CurrentUserCache } from './currentUser';

export class PeopleService implements IPeopleService {
  constructor(private readonly graph: GraphFI, private readonly current: CurrentUserCache) {}

  public me(): Promise<CurrentUser> {
    return this.current.get();
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
    return users.map((u) => ({ id: 0, aadId: u.id ?? undefined, displayName: u.displayName ?? '', email: u.mail ?? u.userPrincipalName ?? '' }));
  }
}
