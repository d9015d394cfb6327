/** In-memory services for component tests: real behaviour of the seam, no HTTP. */
import type { Community, CurrentUser, Membership } from '../../domain/models';
import type { CopServices, SetupReport } from '../../domain/services';

export interface FakeData {
  communities?: Community[];
  mine?: Membership[];
  me?: Partial<CurrentUser>;
  setup?: SetupReport;
  /** When set, every read rejects with this. */
  failWith?: unknown;
}

export function community(id: number, over: Partial<Community> = {}): Community {
  return {
    id, title: `Community ${id}`, practiceArea: 'Communications', status: 'launched', domain: '', practice: '', audience: '',
    gardeners: [], joinPolicy: 'open', rhythm: '', groundRules: '', tags: [], ...over,
  };
}

export function fakeServices(data: FakeData = {}): CopServices {
  const read = <T>(value: T): Promise<T> => (data.failWith !== undefined ? Promise.reject(data.failWith) : Promise.resolve(value));
  const unsupported = (): Promise<never> => Promise.reject(new Error('Not used by this test'));
  const communities = data.communities ?? [];
  return {
    setup: { check: () => read(data.setup ?? { ready: true, missingLists: [], missingFields: [] }), provision: async () => ['Created list Communities'] },
    communities: {
      all: () => read(communities),
      get: (id) => read(communities.find((c) => c.id === id)),
      getByGroupId: (g) => read(communities.find((c) => c.groupId === g)),
    },
    memberships: {
      mine: () => read(data.mine ?? []), ofCommunity: () => read({ items: [] }), join: unsupported, pledge: unsupported,
      leave: unsupported, changeLevel: unsupported, decide: unsupported,
    },
    content: {
      resources: () => read([]), events: () => read([]), suggest: unsupported, suggestions: () => read([]),
      myProfile: () => read(undefined), saveProfile: unsupported,
    },
    people: {
      me: () => read({ id: 7, displayName: 'Sam Taylor', email: 'sam.taylor@cophub.example', isPodAdmin: false, ...data.me }),
      search: () => read([]),
    },
  };
}
