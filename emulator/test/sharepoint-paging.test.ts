/**
 * Large lists: paging through 12,000 items with odata.nextLink, the 5,000-item list view threshold
 * on non-indexed filters and sorts, and success once the column is indexed.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { insertItems } from '../src/sharepoint/index.ts';
import { spClient } from './clients.ts';
import { OWNER, spErrorOf } from './sp-helpers.ts';

const TOTAL = 12000;
let emu: RunningEmulator;

before(async () => {
  emu = await startEmulator({ port: 0 });
  const sp = spClient(emu.siteUrl, OWNER);
  await sp.web.lists.ensure('Big');
  const fields = sp.web.lists.getByTitle('Big').fields;
  await fields.addText('Category');
  await fields.addText('Bucket');
  await fields.addNumber('Num');
  const rows = Array.from({ length: TOTAL }, (_, i) => ({
    Title: `Item ${i + 1}`,
    Category: ['a', 'b', 'c', 'd'][i % 4],
    Bucket: i < 6000 ? 'big' : 'small',
    Num: (i * 7919) % 10007,
  }));
  const t0 = performance.now();
  insertItems(emu.ctx, 'Big', rows, OWNER);
  console.log(`# seeded ${TOTAL} items in ${Math.round(performance.now() - t0)} ms`);
});
after(() => emu.close());

// Follows:
//   https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
//   https://pnp.github.io/pnpjs/sp/items/
test('pages through 12,000 items with top(5000) and odata.nextLink', async () => {
  const list = spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Big');
  const t0 = performance.now();
  const sizes: number[] = [];
  const seen = new Set<number>();
  for await (const page of list.items.select('Id', 'Title').top(5000)) {
    sizes.push(page.length);
    for (const i of page as Array<{ Id: number }>) seen.add(i.Id);
  }
  const ms = Math.round(performance.now() - t0);
  console.log(`# paged ${seen.size} items in ${sizes.length} pages in ${ms} ms`);
  assert.deepEqual(sizes, [5000, 5000, 2000]);
  assert.equal(seen.size, TOTAL);
  const count = await list.select('ItemCount')();
  assert.equal(count.ItemCount, TOTAL);
});

// Follows https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
test('the default page is 100 items and nextLink follows $skiptoken=Paged=TRUE&p_ID=N', async () => {
  const res = await fetch(`${emu.siteUrl}/_api/web/lists/getbytitle('Big')/items?$select=Id`, {
    headers: { Accept: 'application/json', 'X-Emulator-User': OWNER },
  });
  const body = (await res.json()) as { value: Array<{ Id: number }>; 'odata.nextLink': string };
  assert.equal(body.value.length, 100);
  const next = new URL(body['odata.nextLink']);
  assert.equal(next.searchParams.get('$skiptoken'), 'Paged=TRUE&p_ID=100');
  assert.equal(next.searchParams.get('$select'), 'Id');
});

// Follows:
//   https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee570450(v=office.15) (SPQueryThrottledException)
//   https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee557257(v=office.14) (large lists)
test('a filter on a non-indexed column over more than 5,000 items is throttled (HTTP 500)', async () => {
  const list = spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Big');
  const err = await spErrorOf(list.items.filter("Category eq 'a'").top(10)());
  assert.equal(err.status, 500);
  assert.equal(err.code, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
  assert.match(err.message, /exceeds the list view threshold/);
  const sort = await spErrorOf(list.items.orderBy('Num').top(10)());
  assert.equal(sort.status, 500);
  const byId = await list.items.filter('ID gt 11990').select('Id')();
  assert.equal(byId.length, 10, 'ID is always indexed');
});

// Follows https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee557257(v=office.14) (large lists)
test('once the column is indexed the same filter works, and sorted paging follows nextLink', async () => {
  const list = spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Big');
  await list.fields.getByInternalNameOrTitle('Category').update({ Indexed: true });
  await list.fields.getByInternalNameOrTitle('Num').update({ Indexed: true });
  const t0 = performance.now();
  const page = await list.items.filter("Category eq 'a'").select('Id', 'Category').top(5000)();
  console.log(`# indexed filter over ${TOTAL} items returned ${page.length} in ${Math.round(performance.now() - t0)} ms`);
  assert.equal(page.length, 3000);
  const nums: number[] = [];
  for await (const p of list.items.filter("Category eq 'b'").orderBy('Num', false).select('Id', 'Num').top(1000)) {
    for (const i of p as Array<{ Num: number }>) nums.push(i.Num);
  }
  assert.equal(nums.length, 3000);
  assert.deepEqual(
    nums,
    [...nums].sort((x, y) => y - x),
  );
});

// Follows https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee557257(v=office.14) (large lists)
test('an indexed first clause that still matches more than 5,000 items is throttled; a narrower first clause passes', async () => {
  const list = spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Big');
  await list.fields.getByInternalNameOrTitle('Bucket').update({ Indexed: true });
  const wide = await spErrorOf(list.items.filter("Bucket eq 'big'").top(10)());
  assert.equal(wide.status, 500);
  const narrow = await list.items.filter("Category eq 'c' and Bucket eq 'big'").select('Id').top(5000)();
  assert.equal(narrow.length, 1500);
  const orNonIndexed = await spErrorOf(list.items.filter("Category eq 'c' or Title eq 'Item 1'").top(10)());
  assert.equal(orNonIndexed.status, 500);
});
