/**
 * Graph contract: the Teams activity feed's two send actions, through the real @pnp/graph client.
 * https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification
 * https://learn.microsoft.com/graph/api/teamwork-sendactivitynotificationtorecipients
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { GraphQueryable, graphPost, type GraphFI } from '@pnp/graph';
import { body } from '@pnp/queryable';
import type { RunningEmulator } from '../src/server.ts';
import { DEMO_USERS } from '../src/identities.ts';
import { graphClient } from './clients.ts';
import { GARDENER, graphFailure, POD, STAFF, start } from './graph-helpers.ts';

const LINK =
  'https://teams.microsoft.com/l/entity/1f547d3a-0e7b-45bb-a888-9259f2d8c4d0/directory?context=%7B%22subEntityId%22%3A%22community%3D1%22%7D';
const activity = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  activityType: 'requestApproved',
  topic: { source: 'text', value: 'Events Management', webUrl: LINK },
  previewText: { content: 'Events Management' },
  templateParameters: [{ name: 'community', value: 'Events Management' }],
  ...over,
});
const recipient = (userId: string): Record<string, unknown> => ({ '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId });

describe('Graph activity feed notifications', () => {
  let em: RunningEmulator;
  before(async () => {
    em = await start();
  });
  after(async () => {
    await em.close();
  });
  const graph = (upn = GARDENER.userPrincipalName): GraphFI => graphClient(em.origin, upn);
  const toUser = (id: string, payload: Record<string, unknown>, upn?: string): Promise<unknown> =>
    graphPost(GraphQueryable(graph(upn).users.getById(id), 'teamwork/sendActivityNotification'), body(payload));
  const toMany = (payload: Record<string, unknown>, upn?: string): Promise<unknown> =>
    graphPost(GraphQueryable(graph(upn).users, '../teamwork/sendActivityNotificationToRecipients'), body(payload));
  const feed = async (upn: string): Promise<Array<{ text: string; webUrl: string; actor: string; activityType: string }>> => {
    const res = await fetch(`${em.origin}/_emulator/activity-feed`, { headers: { 'X-Emulator-User': upn } });
    return ((await res.json()) as { value: Array<{ text: string; webUrl: string; actor: string; activityType: string }> }).value;
  };
  const install = (user: string, installed: boolean): Promise<Response> =>
    fetch(`${em.origin}/_emulator/teams-app`, { method: 'POST', body: JSON.stringify({ user, installed }) });

  test('one recipient: 204, and the feed shows the manifest template filled in, from the sender, with its link', async () => {
    const res = await fetch(`${em.graphUrl}/users/${STAFF.id}/teamwork/sendActivityNotification`, {
      method: 'POST',
      headers: { 'X-Emulator-User': GARDENER.userPrincipalName, 'Content-Type': 'application/json' },
      body: JSON.stringify(activity()),
    });
    assert.equal(res.status, 204);
    assert.equal(await res.text(), '');
    const [entry] = await feed(STAFF.userPrincipalName);
    assert.equal(entry.text, `${GARDENER.displayName} approved your request to join Events Management`);
    assert.equal(entry.actor, GARDENER.displayName);
    assert.equal(entry.webUrl, LINK);
  });

  test('several recipients: 202 with no body; each gets it once; the same chainId replaces rather than adds', async () => {
    const others = DEMO_USERS.filter((u) => u.id !== GARDENER.id).slice(0, 3);
    const payload = activity({ activityType: 'communityLaunched', chainId: 42, recipients: others.map((u) => recipient(u.id)) });
    const res = await fetch(`${em.graphUrl}/teamwork/sendActivityNotificationToRecipients`, {
      method: 'POST',
      headers: { 'X-Emulator-User': GARDENER.userPrincipalName, 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });
    assert.equal(res.status, 202);
    await toMany(payload);
    for (const u of others)
      assert.equal((await feed(u.userPrincipalName)).filter((e) => e.activityType === 'communityLaunched').length, 1, u.displayName);
  });

  test('an activity type the manifest does not declare is refused', async () => {
    const err = await graphFailure(() => toUser(STAFF.id, activity({ activityType: 'somethingElse' })), 400);
    assert.match(err.message, /not declared in the app manifest/);
  });

  test('a template parameter the manifest text needs is refused when missing', async () => {
    const err = await graphFailure(() => toUser(STAFF.id, activity({ activityType: 'requestDeclined' })), 400);
    assert.match(err.message, /'reason'.*missing/);
  });

  test('more than 100 recipients in one request is refused; 100 is accepted', async () => {
    const ids = DEMO_USERS.map((u) => u.id);
    const many = Array.from({ length: 101 }, (_, i) => recipient(ids[i % ids.length]));
    const err = await graphFailure(() => toMany(activity({ recipients: many })), 400);
    assert.match(err.message, /At most 100 recipients/);
    await toMany(activity({ recipients: many.slice(0, 100) }));
  });

  test('a recipient id that does not exist is 404; a recipient without the app is 403; nothing is recorded', async () => {
    const before = (await feed(POD.userPrincipalName)).length;
    await graphFailure(() => toUser('00000000-0000-0000-0000-00000000dead', activity()), 404);
    await graphFailure(() => toMany(activity({ recipients: [recipient(POD.id), recipient('00000000-0000-0000-0000-00000000dead')] })), 404);
    await install(POD.userPrincipalName, false);
    try {
      const err = await graphFailure(() => toUser(POD.id, activity()), 403);
      assert.match(err.message, /not installed/);
    } finally {
      await install(POD.userPrincipalName, true);
    }
    assert.equal((await feed(POD.userPrincipalName)).length, before);
  });

  test('a text topic needs a Teams deep link; markup in parameters is stored as text', async () => {
    await graphFailure(() => toUser(STAFF.id, activity({ topic: { source: 'text', value: 'x' } })), 400);
    await graphFailure(() => toUser(STAFF.id, activity({ topic: { source: 'text', value: 'x', webUrl: 'javascript:alert(1)' } })), 400);
    await toUser(STAFF.id, activity({ templateParameters: [{ name: 'community', value: '<script>alert(1)</script>' }] }));
    assert.equal(
      (await feed(STAFF.userPrincipalName))[0].text,
      `${GARDENER.displayName} approved your request to join <script>alert(1)</script>`,
    );
  });

  test('429 with Retry-After is waited out by the client and the notification arrives once; 412 reaches the caller', async () => {
    const count = async (): Promise<number> => (await feed(STAFF.userPrincipalName)).length;
    const start = await count();
    await fetch(`${em.origin}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ match: 'sendActivityNotification$', status: 429, times: 1, retryAfter: 1 }),
    });
    await toUser(STAFF.id, activity({ chainId: 7 }));
    assert.equal(await count(), start + 1);
    await fetch(`${em.origin}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ match: 'sendActivityNotification$', status: 412, times: 1 }),
    });
    await assert.rejects(toUser(STAFF.id, activity()), (e: { status?: number }) => e.status === 412);
    assert.equal(await count(), start + 1);
  });
});
