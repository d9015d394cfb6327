/**
 * Graph contract with the Microsoft Graph Toolkit: runs MGT 4.6's own data functions (the code
 * behind mgt-person, mgt-people, mgt-people-picker and mgt-person-card) against the emulator, with
 * MGT's Graph and Batch classes over @microsoft/microsoft-graph-client, as a ProxyProvider-style
 * client does in the workbench. Every URL, $select list and batch MGT sends for those components
 * is exercised here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CacheService, chainMiddleware, Graph, Providers, ProviderState, SimpleProvider } from '@microsoft/mgt-element';
import {
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import {
  findGroupMembers,
  findUsers,
  getMe,
  getUser,
  getUsers,
  getUsersForPeopleQueries,
  getUsersForUserIds,
} from '@microsoft/mgt-components/dist/es6/graph/graph.user.js';
import { findPeople, getPeople, getPeopleFromResource } from '@microsoft/mgt-components/dist/es6/graph/graph.people.js';
import { getGroupImage, getPersonImage, getUserPhoto } from '@microsoft/mgt-components/dist/es6/graph/graph.photos.js';
import { getUserWithPhoto } from '@microsoft/mgt-components/dist/es6/graph/graph.userWithPhoto.js';
import { getUserPresence, getUsersPresenceByPeople } from '@microsoft/mgt-components/dist/es6/graph/graph.presence.js';
import { findGroups, findGroupsFromGroup, getGroup, getGroupsForGroupIds } from '@microsoft/mgt-components/dist/es6/graph/graph.groups.js';
import { getPersonCardGraphData } from '@microsoft/mgt-components/dist/es6/components/mgt-person-card/mgt-person-card.graph.js';
import type { RunningEmulator } from '../src/server.ts';
import { DEMO_USERS } from '../src/identities.ts';
import { GARDENER, POD, STAFF, start, WITH_PHOTO, WITHOUT_PHOTO } from './graph-helpers.ts';

type Obj = Record<string, unknown>;

/** mgt-person's defaultPersonProperties (mgt-person.js), the $select MGT sends for a person. */
const PERSON_PROPS = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'department',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
  'userType',
];

/** Adds the emulator identity header, as a ProxyProvider's custom headers would. */
function identityMiddleware(upn: string): Middleware {
  let next: Middleware | undefined;
  return {
    async execute(context: Context): Promise<void> {
      const options = (context.options ??= {});
      if (options.headers instanceof Headers) options.headers.set('X-Emulator-User', upn);
      else options.headers = { ...(options.headers as Record<string, string> | undefined), 'X-Emulator-User': upn };
      if (context.request instanceof Request) context.request.headers.set('X-Emulator-User', upn);
      await next!.execute(context);
    },
    setNext(n: Middleware): void {
      next = n;
    },
  };
}

/** MGT's Graph over a Graph client whose base URL is the emulator (ProxyProvider does the same). */
function mgtGraph(em: RunningEmulator, upn: string): Graph {
  const middleware = chainMiddleware(
    identityMiddleware(upn),
    new RetryHandler(new RetryHandlerOptions()),
    new TelemetryHandler(),
    new HTTPMessageHandler(),
  );
  const client = Client.initWithMiddleware({ baseUrl: `${em.origin}/graph`, middleware });
  return new Graph(client, 'v1.0');
}

describe('MGT 4.6 data functions against the Graph emulator', () => {
  let em: RunningEmulator;
  let graph: Graph;
  let allStaffId: string;
  let gardenersId: string;
  before(async () => {
    em = await start();
    graph = mgtGraph(em, STAFF.userPrincipalName);
    // MGT's prepScopes needs a global provider; IndexedDB caching is browser-only, so it is off here.
    const provider = new SimpleProvider(() => Promise.resolve('emulator'));
    provider.setState(ProviderState.SignedIn);
    Providers.globalProvider = provider;
    CacheService.config.isEnabled = false;
    // The person card reads its cache without checking that setting; with no window.indexedDB it gets null.
    (globalThis as { window?: unknown }).window ??= globalThis;
    // MGT reads photos with FileReader.readAsDataURL, a browser API: a minimal stand-in for Node.
    (globalThis as { FileReader?: unknown }).FileReader ??= class {
      result: string | null = null;
      onload: (() => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      readAsDataURL(blob: Blob): void {
        blob.arrayBuffer().then(
          (buf) => {
            this.result = `data:${blob.type};base64,${Buffer.from(buf).toString('base64')}`;
            this.onload?.();
          },
          (e: unknown) => this.onerror?.(e),
        );
      }
    };
    const groups = (await findGroups(graph, 'All Staff', 5)) as Obj[];
    allStaffId = String(groups[0].id);
    gardenersId = String(((await findGroups(graph, 'Community', 5)) as Obj[])[0].id);
  });
  after(async () => {
    await em.close();
  });

  // Follows:
  //   https://learn.microsoft.com/graph/json-batching
  //   https://learn.microsoft.com/graph/api/profilephoto-get
  test('mgt-person: getUserWithPhoto batches the user ($select) and photo/$value into a data: URL', async () => {
    const user = (await getUserWithPhoto(graph, WITH_PHOTO.id, PERSON_PROPS)) as Obj;
    assert.equal(user.displayName, WITH_PHOTO.displayName);
    assert.equal(user.department, WITH_PHOTO.department);
    assert.equal(user.userType, 'Member');
    assert.match(String(user.personImage), /^data:image\/png;base64,iVBOR/);
    const me = (await getUserWithPhoto(graph)) as Obj;
    assert.equal(me.id, STAFF.id);
    const noPhoto = (await getUserWithPhoto(graph, WITHOUT_PHOTO.id, PERSON_PROPS)) as Obj;
    assert.equal(noPhoto.displayName, WITHOUT_PHOTO.displayName);
    assert.ok(!noPhoto.personImage);
  });

  // Follows:
  //   https://learn.microsoft.com/graph/api/user-get
  //   https://learn.microsoft.com/graph/api/profilephoto-get
  test('mgt-person: getMe, getUser, getUserPhoto, getPersonImage', async () => {
    assert.equal(((await getMe(graph, PERSON_PROPS)) as Obj).department, STAFF.department);
    assert.equal(((await getUser(graph, POD.userPrincipalName, PERSON_PROPS)) as Obj).id, POD.id);
    assert.match(String(await getUserPhoto(graph, WITH_PHOTO.userPrincipalName)), /^data:image\/png;base64,/);
    assert.equal(await getUserPhoto(graph, WITHOUT_PHOTO.id), null);
    const person = ((await findPeople(graph, WITH_PHOTO.givenName, 1)) as Obj[])[0];
    assert.match(String(await getPersonImage(graph, person as never)), /^data:image\/png;base64,/);
  });

  // Follows:
  //   https://learn.microsoft.com/graph/search-query-parameter
  //   https://learn.microsoft.com/graph/aad-advanced-queries
  test('mgt-people-picker: findUsers ($search, ConsistencyLevel, $count), getUsers, findPeople, getPeople', async () => {
    const found = (await findUsers(graph, 'grace', 10)) as Obj[];
    assert.deepEqual(
      found.map((u) => u.displayName),
      ['Grace Okafor'],
    );
    const byMail = (await findUsers(graph, POD.mail, 10)) as Obj[];
    assert.deepEqual(
      byMail.map((u) => u.id),
      [POD.id],
    );
    assert.equal(((await getUsers(graph, '', 10)) as Obj[]).length, 10);
    const finance = (await getUsers(graph, "department eq 'Finance'", 50)) as Obj[];
    assert.equal(finance.length, DEMO_USERS.filter((u) => u.department === 'Finance').length);
    const people = (await findPeople(graph, 'gr', 10, 'user')) as Obj[];
    assert.ok(people.some((p) => p.displayName === 'Grace Okafor'));
    assert.equal(((await getPeople(graph, 'user')) as Obj[]).length, 10);
    assert.equal(((await getPeople(graph, 'any', '', 5)) as Obj[]).length, 5);
  });

  // Follows https://learn.microsoft.com/graph/json-batching
  test('mgt-people-picker: user ids and people queries resolved in batches', async () => {
    const users = (await getUsersForUserIds(graph, [POD.id, GARDENER.id, 'me'])) as Obj[];
    assert.deepEqual(
      users.map((u) => u.id),
      [POD.id, GARDENER.id, STAFF.id],
    );
    const byQuery = (await getUsersForPeopleQueries(graph, [GARDENER.displayName], [])) as Obj[];
    assert.equal(byQuery[0].id, GARDENER.id);
  });

  // Follows:
  //   https://learn.microsoft.com/graph/api/group-list-members
  //   https://learn.microsoft.com/graph/api/group-list-transitivemembers
  test('mgt-people / picker with group-id: findGroupMembers, transitive, and paging via getPeopleFromResource', async () => {
    const s = (await findGroupMembers(graph, GARDENER.givenName, gardenersId, 10, 'person')) as Obj[];
    assert.deepEqual(
      s.map((u) => u.id),
      [GARDENER.id],
    );
    const all = (await findGroupMembers(graph, null as unknown as string, gardenersId, 100, 'person', true)) as Obj[];
    assert.ok(all.length >= 14);
    assert.deepEqual(await findGroupMembers(graph, '', gardenersId, 10, 'group'), []);
    const everyone = (await getPeopleFromResource(graph, 'v1.0', `/groups/${allStaffId}/members?$top=7`, [])) as Obj[];
    assert.equal(everyone.length, DEMO_USERS.length, 'MGT follows @odata.nextLink to the end');
  });

  // Follows:
  //   https://learn.microsoft.com/graph/api/group-list
  //   https://learn.microsoft.com/graph/api/group-get
  test('mgt-people-picker type=group: findGroups (any, unified via batch, security), getGroup, getGroupsForGroupIds, getGroupImage', async () => {
    const any = (await findGroups(graph, 'Comm', 10, ['any'])) as Obj[];
    assert.deepEqual(
      any.map((g) => g.displayName),
      ['Community Gardeners'],
    );
    const unified = (await findGroups(graph, '', 10, ['unified'])) as Obj[];
    assert.ok(unified.length >= 3);
    assert.deepEqual(await findGroups(graph, '', 10, ['security']), []);
    assert.equal(((await getGroup(graph, gardenersId, ['displayName', 'mail'])) as Obj).mail, 'copgardeners@cophub.example');
    const byIds = (await getGroupsForGroupIds(graph, [gardenersId, allStaffId])) as Obj[];
    assert.deepEqual(
      byIds.map((g) => g.id),
      [gardenersId, allStaffId],
    );
    assert.deepEqual(await findGroupsFromGroup(graph, '', gardenersId, 10), []);
    assert.equal(await getGroupImage(graph, { id: gardenersId } as never), null);
  });

  // Follows:
  //   https://learn.microsoft.com/graph/api/presence-get
  //   https://learn.microsoft.com/graph/api/cloudcommunications-getpresencesbyuserid
  test('presence: getUserPresence (user and me) and getUsersPresenceByPeople', async () => {
    assert.equal(((await getUserPresence(graph, POD.id)) as Obj).id, POD.id);
    assert.equal(((await getUserPresence(graph)) as Obj).id, STAFF.id);
    const map = (await getUsersPresenceByPeople(graph, [{ id: POD.id }, { id: GARDENER.id }] as never)) as Record<string, Obj>;
    assert.equal(map[POD.id].id, POD.id);
    assert.equal(typeof map[GARDENER.id].availability, 'string');
  });

  // Follows:
  //   https://learn.microsoft.com/graph/api/user-list-manager
  //   https://learn.microsoft.com/graph/api/user-list-directreports
  test('mgt-person-card: org, works-with and profile data; mail/files/beta are refused and skipped', async () => {
    const data = (await getPersonCardGraphData(graph, { id: GARDENER.id, mail: GARDENER.mail } as never, false)) as Obj;
    assert.equal((data.person as Obj).displayName, GARDENER.displayName);
    assert.deepEqual(data.directReports, []);
    assert.ok(Array.isArray(data.people) && (data.people as Obj[]).length > 0);
    assert.equal(data.messages, undefined, 'me/messages is not emulated (501), so MGT leaves it out');
    assert.equal(data.profile, undefined, 'the beta profile endpoint is not emulated');
  });
});
