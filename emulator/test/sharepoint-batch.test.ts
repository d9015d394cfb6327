/** $batch, throttling retries, concurrency and start-up of the SharePoint half. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { spClient } from './clients.ts';
import { GARDENER, MEMBER, MEMBER2, OWNER, spErrorOf } from './sp-helpers.ts';

let emu: RunningEmulator;

before(async () => {
  const t0 = performance.now();
  emu = await startEmulator({ port: 0 });
  console.log(`# emulator started in ${Math.round(performance.now() - t0)} ms`);
  const sp = spClient(emu.siteUrl, OWNER);
  await sp.web.lists.ensure('Batched');
  await sp.web.lists.getByTitle('Batched').fields.addNumber('N');
});
after(() => emu.close());

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis
test('a $batch of 20 mixed reads and writes runs in order, as the caller', async () => {
  const sp = spClient(emu.siteUrl, MEMBER);
  const seed = await sp.web.lists.getByTitle('Batched').items.add({ Title: 'seed', N: 0 });
  const [batched, execute] = sp.batched();
  const list = batched.web.lists.getByTitle('Batched');
  const adds: Array<Promise<{ Id: number; AuthorId: number }>> = [];
  for (let i = 0; i < 10; i++) adds.push(list.items.add({ Title: `b${i}`, N: i }));
  const update = list.items.getById(seed.Id).update({ N: 42 });
  const reads = [list.items.getById(seed.Id).select('N')(), list.select('Title')(), batched.web.currentUser.select('Email')()];
  const more: Array<Promise<unknown>> = [];
  for (let i = 0; i < 5; i++) more.push(list.items.add({ Title: `c${i}` }));
  const denied = list.items.add({ Title: 'bad', Nope: 1 });
  denied.catch(() => undefined);
  await execute();
  const added = await Promise.all(adds);
  assert.equal(new Set(added.map((a) => a.Id)).size, 10);
  assert.ok(added.every((a) => a.AuthorId === added[0].AuthorId));
  assert.match((await update).etag ?? '', /"2"/);
  const [item, listInfo, me] = (await Promise.all(reads)) as [{ N: number }, { Title: string }, { Email: string }];
  assert.equal(item.N, 42, 'the read after the update in the same batch sees it');
  assert.equal(listInfo.Title, 'Batched');
  assert.equal(me.Email, MEMBER);
  await Promise.all(more);
  const err = await spErrorOf(denied);
  assert.equal(err.status, 400);
  assert.equal((await sp.web.lists.getByTitle('Batched').items.filter("startswith(Title,'c')")()).length, 5);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis
test('a $batch of 21 parts is refused with a clear error', async () => {
  const sp = spClient(emu.siteUrl, MEMBER);
  const [batched, execute] = sp.batched({ maxRequests: 21 });
  for (let i = 0; i < 21; i++)
    batched.web.lists
      .getByTitle('Batched')
      .items.add({ Title: `x${i}` })
      .catch(() => undefined);
  const err = await spErrorOf(execute());
  assert.equal(err.status, 400);
  assert.match(err.message, /21 requests; this project allows at most 20/);
});

// Follows https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
test('a 429 with Retry-After is retried by PnPjs and then succeeds', async () => {
  const res = await fetch(`${emu.origin}/_emulator/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ match: "/_api/web/lists/getByTitle\\('Batched'\\)/items$", status: 429, times: 1, retryAfter: 1 }),
  });
  assert.equal(res.status, 201);
  const t0 = performance.now();
  const items = await spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Batched').items.select('Id').top(1)();
  assert.equal(items.length, 1);
  assert.ok(performance.now() - t0 >= 900, 'PnPjs waited Retry-After seconds before retrying');
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
test('200 concurrent writes from several clients: no lost writes, no "database is locked"', async () => {
  const users = [OWNER, MEMBER, MEMBER2, GARDENER];
  const clients = users.map((u) => spClient(emu.siteUrl, u).web.lists.getByTitle('Batched'));
  const t0 = performance.now();
  const added = await Promise.all(Array.from({ length: 200 }, (_, i) => clients[i % 4].items.add({ Title: `conc ${i}`, N: i })));
  assert.equal(new Set(added.map((a) => a.Id)).size, 200);
  await Promise.all(added.map((a, i) => clients[(i + 1) % 4].items.getById(a.Id).update({ N: 1000 + i })));
  console.log(`# 400 concurrent writes in ${Math.round(performance.now() - t0)} ms`);
  const all: Array<{ Title: string; N: number }> = [];
  for await (const page of clients[0].items.filter("startswith(Title,'conc ')").select('Title', 'N').top(5000))
    all.push(...(page as typeof all));
  assert.equal(all.length, 200);
  for (const row of all) assert.equal(row.N, 1000 + Number(row.Title.slice(5)));
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest#update-list-item
test('optimistic concurrency: racing read-modify-write with etags never loses an increment', async () => {
  const sp = spClient(emu.siteUrl, OWNER);
  const counter = await sp.web.lists.getByTitle('Batched').items.add({ Title: 'counter', N: 0 });
  const users = [OWNER, MEMBER, MEMBER2, GARDENER];
  let conflicts = 0;
  await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const item = spClient(emu.siteUrl, users[i % 4])
        .web.lists.getByTitle('Batched')
        .items.getById(counter.Id);
      for (;;) {
        const cur = await item.select('N')();
        try {
          await item.update({ N: cur.N + 1 }, cur['odata.etag']);
          return;
        } catch (e) {
          if ((e as { status?: number }).status !== 412) throw e;
          conflicts++;
        }
      }
    }),
  );
  const final = await sp.web.lists.getByTitle('Batched').items.getById(counter.Id).select('N')();
  assert.equal(final.N, 20);
  console.log(`# 20 racing increments, ${conflicts} answered 412 and retried`);
});

/** A raw $batch as `upn`, parts in the order given (PnPjs sends a write only after its digest, so its order can't be set). */
async function rawBatch(siteUrl: string, upn: string, parts: Array<{ method: 'GET' | 'POST'; path: string }>): Promise<number[]> {
  const user = { 'X-Emulator-User': upn };
  const info = await fetch(`${siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', ...user } });
  const { FormDigestValue } = (await info.json()) as { FormDigestValue: string };
  const body = parts
    .map(
      (p) =>
        `--batch_1\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n${p.method} ${siteUrl}/_api/${p.path} HTTP/1.1\nAccept: application/json\n\n`,
    )
    .join('')
    .concat('--batch_1--\n');
  const res = await fetch(`${siteUrl}/_api/$batch`, {
    method: 'POST',
    headers: { 'Content-Type': 'multipart/mixed; boundary=batch_1', 'X-RequestDigest': FormDigestValue, ...user },
    body,
  });
  assert.equal(res.status, 200);
  return [...(await res.text()).matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
}

// The parts of one $batch share the caller's permission masks (same caller, same moment); a part
// that writes must drop them, so a later part sees the permissions as they now are.
test('a $batch part that changes permissions is seen by the parts after it', async () => {
  const owner = spClient(emu.siteUrl, OWNER);
  const list = owner.web.lists.getByTitle('Batched');
  const added = await list.items.add({ Title: 'shared, then not' });
  const item = list.items.getById(added.Id);
  await item.breakRoleInheritance(false, false);
  const gardener = await owner.web.ensureUser(GARDENER);
  const FULL_CONTROL = 1073741829;
  await item.roleAssignments.add(gardener.Id, FULL_CONTROL);
  const path = `web/lists/getByTitle('Batched')/items(${added.Id})`;
  const statuses = await rawBatch(emu.siteUrl, GARDENER, [
    { method: 'GET', path },
    { method: 'POST', path: `${path}/roleassignments/removeroleassignment(principalid=${gardener.Id},roledefid=${FULL_CONTROL})` },
    { method: 'GET', path },
  ]);
  assert.deepEqual(statuses, [200, 204, 404], 'read, give up her own access, then the item is out of her sight');
});
