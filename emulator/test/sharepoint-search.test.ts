/**
 * SharePoint Search (`_api/search/query`, `_api/search/postquery`) with real PnPjs `sp.search()` and
 * `SearchQueryBuilder`: result shapes in minimal and verbose metadata, KQL, ranking, paging,
 * refiners, duplicates, security trimming, the crawl delay, and the limits refused by name.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, test } from 'node:test';
import '@pnp/sp/search';
import { SearchQueryBuilder, type ISearchQuery, type ISearchResponse, type SearchQueryInit, type SearchResults } from '@pnp/sp/search';
import type { IList } from '@pnp/sp/lists';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { spClient } from './clients.ts';
import { MEMBER, MEMBER2, OWNER, spErrorOf } from './sp-helpers.ts';

let emu: RunningEmulator;
let resourcesId = '';

async function setUp(e: RunningEmulator): Promise<void> {
  const sp = spClient(e.siteUrl, OWNER);
  const communities = (await sp.web.lists.ensure('Communities')).list;
  await communities.items.add({ Title: 'Student Recruitment' });
  await communities.items.add({ Title: 'Events Management' });
  const ensured = await sp.web.lists.ensure('Resources');
  const resources = ensured.list;
  const cid = (await communities.select('Id')()).Id;
  await resources.fields.addLookup('Community', { LookupListId: cid, LookupFieldName: 'Title' });
  await resources.fields.addChoice('ResourceType', { Choices: ['template', 'guide', 'story'] });
  await resources.fields.addMultilineText('Description');
  resourcesId = (await resources.select('Id')()).Id;
  const add = (Title: string, CommunityId: number, ResourceType: string, Description: string): Promise<unknown> =>
    resources.items.add({ Title, CommunityId, ResourceType, Description });
  await add('Induction plan template', 1, 'template', 'A week-one plan for new starters.');
  await add('Open day checklist', 1, 'template', 'Everything for an open day, including the induction talk.');
  await add('Venue booking guide', 2, 'guide', 'How to book a venue for an event.');
  await add('Story of our first conference', 2, 'story', 'What we learned running a conference.');
  await add('Interview scoring template', 2, 'template', 'Score candidates consistently.');
}

before(async () => {
  emu = await startEmulator({ port: 0 });
  await setUp(emu);
});
after(() => emu.close());

const search = (q: SearchQueryInit, upn = MEMBER): Promise<SearchResults> => spClient(emu.siteUrl, upn).search(q);

async function digest(upn: string): Promise<string> {
  const r = await fetch(`${emu.siteUrl}/_api/contextinfo`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'X-Emulator-User': upn },
  });
  return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
}

describe('result shapes', () => {
  test('minimal metadata: PrimaryQueryResult.RelevantResults with RowCount, TotalRows and Cells of Key/Value/ValueType', async () => {
    const r = await search(
      SearchQueryBuilder('template', { TrimDuplicates: false }).rowLimit(10).selectProperties('Title', 'Path', 'ListItemID', 'Write'),
    );
    const raw = r.RawSearchResults as ISearchResponse & Record<string, unknown>;
    assert.match(String(raw['odata.metadata']), /_api\/\$metadata#Microsoft\.Office\.Server\.Search\.REST\.SearchResult$/);
    const rel = raw.PrimaryQueryResult?.RelevantResults;
    assert.ok(rel?.Table);
    assert.equal(rel.RowCount, 3);
    assert.equal(rel.TotalRows, 3);
    assert.equal(rel.TotalRowsIncludingDuplicates, 3);
    const cells = rel.Table.Rows[0].Cells;
    assert.deepEqual(
      cells.slice(0, 4).map((c) => c.Key),
      ['Title', 'Path', 'ListItemID', 'Write'],
    );
    assert.equal(cells.find((c) => c.Key === 'Write')?.ValueType, 'Edm.DateTime');
    assert.equal(cells.find((c) => c.Key === 'Rank')?.ValueType, 'Edm.Double');
    assert.ok(cells.every((c) => c.Value === null || typeof c.Value === 'string'));
    const titles = r.PrimarySearchResults.map((x) => x.Title);
    assert.deepEqual([...titles].sort(), ['Induction plan template', 'Interview scoring template', 'Open day checklist']);
    const first = r.PrimarySearchResults[0] as Record<string, unknown>;
    assert.match(String(first.Path), /\/sites\/cop\/Lists\/Resources\/DispForm\.aspx\?ID=\d+$/);
  });

  test('verbose: d.postquery and d.query with __metadata and {results:[…]} collections', async () => {
    const headers = {
      Accept: 'application/json;odata=verbose',
      'Content-Type': 'application/json;odata=verbose',
      'X-Emulator-User': MEMBER,
      'X-RequestDigest': await digest(MEMBER),
    };
    const body = {
      request: {
        __metadata: { type: 'Microsoft.Office.Server.Search.REST.SearchRequest' },
        Querytext: 'venue',
        RowLimit: 5,
        SelectProperties: { results: ['Title', 'ResourceTypeOWSCHCS'] },
        Refiners: 'ResourceTypeOWSCHCS',
        SortList: { results: [{ __metadata: { type: 'Microsoft.SharePoint.Client.Search.Query.Sort' }, Property: 'Write', Direction: 1 }] },
      },
    };
    const post = await fetch(`${emu.siteUrl}/_api/search/postquery`, { method: 'POST', headers, body: JSON.stringify(body) });
    assert.equal(post.status, 200);
    type V = {
      d: Record<
        string,
        {
          __metadata: { type: string };
          PrimaryQueryResult: {
            RelevantResults: {
              RowCount: number;
              Table: { Rows: { results: Array<{ Cells: { results: Array<{ Key: string; Value: string }> } }> } };
            };
            RefinementResults: {
              Refiners: {
                results: Array<{ Name: string; Entries: { results: Array<{ RefinementName: string; RefinementToken: string }> } }>;
              };
            };
          };
        }
      >;
    };
    const v = (await post.json()) as V;
    assert.equal(v.d.postquery.__metadata.type, 'Microsoft.Office.Server.Search.REST.SearchResult');
    const rel = v.d.postquery.PrimaryQueryResult.RelevantResults;
    assert.equal(rel.RowCount, 1);
    assert.deepEqual(
      rel.Table.Rows.results[0].Cells.results.slice(0, 2).map((c) => [c.Key, c.Value]),
      [
        ['Title', 'Venue booking guide'],
        ['ResourceTypeOWSCHCS', 'guide'],
      ],
    );
    const refiner = v.d.postquery.PrimaryQueryResult.RefinementResults.Refiners.results[0];
    assert.equal(refiner.Name, 'ResourceTypeOWSCHCS');
    assert.equal(refiner.Entries.results[0].RefinementToken, `"ǂǂ${Buffer.from('guide').toString('hex')}"`);
    const get = await fetch(`${emu.siteUrl}/_api/search/query?querytext='venue'&selectproperties='Title'&rowlimit=1`, {
      headers: { Accept: 'application/json;odata=verbose', 'X-Emulator-User': MEMBER },
    });
    const g = (await get.json()) as V;
    assert.equal(g.d.query.PrimaryQueryResult.RelevantResults.Table.Rows.results[0].Cells.results[0].Value, 'Venue booking guide');
  });
});

describe('KQL', () => {
  const titles = async (q: string): Promise<string[]> =>
    (await search({ Querytext: q, RowLimit: 50, TrimDuplicates: false, SelectProperties: ['Title'] })).PrimarySearchResults.map((x) =>
      String(x.Title),
    ).sort();

  test('terms, implicit AND, phrases, OR, NOT, -term and prefixes', async () => {
    assert.deepEqual(await titles('induction'), ['Induction plan template', 'Open day checklist']);
    assert.deepEqual(await titles('induction talk'), ['Open day checklist']);
    assert.deepEqual(await titles('"plan template"'), ['Induction plan template']);
    assert.deepEqual(await titles('"template plan"'), []);
    assert.deepEqual(await titles('venue OR conference'), ['Story of our first conference', 'Venue booking guide']);
    assert.deepEqual(await titles('template NOT interview'), ['Induction plan template', 'Open day checklist']);
    assert.deepEqual(await titles('template -interview'), ['Induction plan template', 'Open day checklist']);
    assert.deepEqual(await titles('conf*'), ['Story of our first conference']);
    assert.deepEqual(await titles('(venue OR story) AND event'), ['Venue booking guide']);
    // Lower-case operators are words.
    assert.deepEqual(await titles('venue or conference'), []);
  });

  test('property restrictions on built-in and automatically created managed properties', async () => {
    assert.deepEqual(await titles('ResourceTypeOWSCHCS:template'), [
      'Induction plan template',
      'Interview scoring template',
      'Open day checklist',
    ]);
    assert.deepEqual(await titles('resourcetypeowschcs:guide'), ['Venue booking guide']);
    assert.deepEqual(await titles('CommunityOWSLOOK:"Events Management" template'), ['Interview scoring template']);
    assert.deepEqual(await titles('Title:template'), ['Induction plan template', 'Interview scoring template']);
    assert.equal((await titles(`ListId:${resourcesId}`)).length, 5);
    assert.equal((await titles(`ListId:{${resourcesId.toUpperCase()}} AND story`)).length, 1);
    assert.equal((await titles(`Path:"${emu.siteUrl}/Lists/Resources"`)).length, 5);
    assert.equal((await titles(`ContentTypeId:0x0100* AND guide`)).length, 1);
    assert.deepEqual(await titles('DescriptionOWSMTXT:candidates'), ['Interview scoring template']);
    assert.deepEqual(await titles('ResourceTypeOWSCHCS<>template AND ListId:' + resourcesId), [
      'Story of our first conference',
      'Venue booking guide',
    ]);
    // A property the schema doesn't have matches nothing (SharePoint: no results, no error).
    assert.deepEqual(await titles('NoSuchPropertyOWSTEXT:template'), []);
  });

  test('a title match ranks above a body match', async () => {
    const r = await search({ Querytext: 'induction', SelectProperties: ['Title', 'Rank'] });
    assert.deepEqual(
      r.PrimarySearchResults.map((x) => x.Title),
      ['Induction plan template', 'Open day checklist'],
    );
    assert.ok(Number(r.PrimarySearchResults[0].Rank) > Number(r.PrimarySearchResults[1].Rank));
  });

  test('words ranked by relevance come in tiers: every word in the title first, then the rest, each newest first; pages follow', async () => {
    const base = { Querytext: 'template', SelectProperties: ['Title', 'Rank', 'DocId'], TrimDuplicates: false };
    const r = await search({ ...base, RowLimit: 50 });
    const rows = r.PrimarySearchResults.map((x) => ({ title: String(x.Title), rank: Number(x.Rank), doc: Number(x.DocId) }));
    const titled = rows.filter((x) => /template/i.test(x.title));
    assert.ok(titled.length >= 2 && rows.length > titled.length, JSON.stringify(rows));
    assert.deepEqual(rows.slice(0, titled.length), titled, 'title matches first');
    for (const tier of [titled, rows.slice(titled.length)]) {
      assert.deepEqual(
        tier.map((x) => x.doc),
        [...tier.map((x) => x.doc)].sort((a, b) => b - a),
        'newest first within a tier',
      );
    }
    assert.ok(titled[titled.length - 1].rank > rows[titled.length].rank);
    const paged: string[] = [];
    for (let start = 0; start < rows.length; start++) {
      const p = await search({ ...base, RowLimit: 1, StartRow: start });
      assert.equal(p.TotalRows, rows.length);
      paged.push(String(p.PrimarySearchResults[0].Title));
    }
    assert.deepEqual(
      paged,
      rows.map((x) => x.title),
    );
  });

  test('hit highlighting marks what matched', async () => {
    const r = await search({ Querytext: 'venue', SelectProperties: ['Title', 'HitHighlightedSummary', 'HitHighlightedProperties'] });
    const hit = r.PrimarySearchResults[0] as Record<string, string>;
    assert.match(hit.HitHighlightedSummary, /<c0>venue<\/c0>/i);
    assert.match(hit.HitHighlightedProperties, /<HHTitle><c0>Venue<\/c0> booking guide<\/HHTitle>/);
  });

  test('bad input gets results or a clear 400, never a 500', async () => {
    assert.equal((await titles('"plan template')).length, 1, 'unclosed quote closes at the end');
    assert.equal((await titles('(venue OR story')).length, 2, 'unclosed parenthesis closes at the end');
    assert.equal((await titles('venue)')).length, 1, 'a stray ) is skipped');
    assert.equal((await titles('Title:x OR *')).length, 7, '* matches everything this reader may read (both lists)');
    assert.deepEqual(await titles('!!!'), []);
    assert.deepEqual(await titles(`${'template '.repeat(220)}`.trim()), [
      'Induction plan template',
      'Interview scoring template',
      'Open day checklist',
    ]);
    for (const q of ['', 'AND', 'NOT', 'OR OR', 'x'.repeat(4097)]) {
      const err = await spErrorOf(search({ Querytext: q }));
      assert.equal(err.status, 400, q.slice(0, 20));
      assert.equal(err.code, '-1, Microsoft.Office.Server.Search.Query.QueryMalformedException');
    }
  });
});

describe('paging, sorting and duplicates', () => {
  test('RowLimit and StartRow page through; StartRow past the end gives an empty page', async () => {
    const base = {
      Querytext: `ListId:${resourcesId}`,
      SelectProperties: ['Title'],
      TrimDuplicates: false,
      SortList: [{ Property: 'DocId', Direction: 0 }],
    };
    const page1 = await search({ ...base, RowLimit: 2 });
    assert.equal(page1.RowCount, 2);
    assert.equal(page1.TotalRows, 5);
    const page2 = await page1.getPage(2);
    assert.ok(page2);
    assert.equal(page2.RowCount, 2);
    const page3 = await search({ ...base, RowLimit: 2, StartRow: 4 });
    const seen = [...page1.PrimarySearchResults, ...page2.PrimarySearchResults, ...page3.PrimarySearchResults].map((x) => x.Title);
    assert.equal(new Set(seen).size, 5);
    const past = await search({ ...base, RowLimit: 2, StartRow: 50 });
    assert.equal(past.RowCount, 0);
    assert.equal(past.TotalRows, 5);
    // RowLimit 0: no rows, and still what matched.
    const none = await search({ ...base, RowLimit: 0 });
    assert.equal(none.RowCount, 0);
    assert.equal(none.TotalRows, 5);
  });

  test('SortList on Write; sorting on a property that is not sortable is refused as SharePoint refuses it', async () => {
    const r = await search({
      Querytext: `ListId:${resourcesId}`,
      SelectProperties: ['Title', 'Write'],
      SortList: [
        { Property: 'Write', Direction: 1 },
        { Property: 'DocId', Direction: 1 },
      ],
    });
    assert.equal(r.PrimarySearchResults[0].Title, 'Interview scoring template');
    const err = await spErrorOf(search({ Querytext: 'template', SortList: [{ Property: 'ResourceTypeOWSCHCS', Direction: 0 }] }));
    assert.equal(err.status, 400);
    assert.match(err.message, /Property doesn't exist or is used in a manner inconsistent with schema settings/);
  });

  test('TrimDuplicates (on by default) collapses items with the same title and text', async () => {
    const list = spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Resources');
    const a = await list.items.add({ Title: 'Duplicate welcome pack', CommunityId: 1, ResourceType: 'guide', Description: 'same' });
    const b = await list.items.add({ Title: 'Duplicate welcome pack', CommunityId: 1, ResourceType: 'guide', Description: 'same' });
    const trimmed = await search('welcome pack');
    assert.equal(trimmed.TotalRows, 1);
    assert.equal(trimmed.TotalRowsIncludingDuplicates, 2);
    const all = await search(SearchQueryBuilder('welcome pack', { TrimDuplicates: false }));
    assert.equal(all.TotalRows, 2);
    await list.items.getById(a.Id).delete();
    await list.items.getById(b.Id).delete();
  });
});

describe('refiners', () => {
  test('Refiners count values over all matches; RefinementFilters narrow by token or value', async () => {
    const r = await search({
      Querytext: `ListId:${resourcesId}`,
      Refiners: 'ResourceTypeOWSCHCS,CommunityOWSLOOK',
      SelectProperties: ['Title'],
      TrimDuplicates: false,
      RowLimit: 1,
    });
    const refiners = r.RawSearchResults.PrimaryQueryResult?.RefinementResults?.Refiners ?? [];
    const types = refiners.find((x) => x.Name === 'ResourceTypeOWSCHCS');
    assert.deepEqual(
      types?.Entries.map((e) => [e.RefinementValue, Number(e.RefinementCount)]),
      [
        ['template', 3],
        ['guide', 1],
        ['story', 1],
      ],
    );
    const communities = refiners.find((x) => x.Name === 'CommunityOWSLOOK');
    assert.deepEqual(
      communities?.Entries.map((e) => [e.RefinementName, Number(e.RefinementCount)]),
      [
        ['Events Management', 3],
        ['Student Recruitment', 2],
      ],
    );
    const token = types?.Entries.find((e) => e.RefinementValue === 'template')?.RefinementToken ?? '';
    const narrowed = await search({
      Querytext: `ListId:${resourcesId}`,
      RefinementFilters: [`ResourceTypeOWSCHCS:${token}`],
      TrimDuplicates: false,
      SelectProperties: ['Title'],
    });
    assert.equal(narrowed.TotalRows, 3);
    const both = await search({
      Querytext: `ListId:${resourcesId}`,
      RefinementFilters: ['and(ResourceTypeOWSCHCS:equals("template"),CommunityOWSLOOK:"Events Management")'],
      TrimDuplicates: false,
      SelectProperties: ['Title'],
    });
    assert.deepEqual(
      both.PrimarySearchResults.map((x) => x.Title),
      ['Interview scoring template'],
    );
    const either = await search({
      Querytext: `ListId:${resourcesId}`,
      RefinementFilters: ['ResourceTypeOWSCHCS:or("guide","story")'],
      TrimDuplicates: false,
    });
    assert.equal(either.TotalRows, 2);
  });

  test('refinement filters narrow alike whether a search is answered in memory (words and Path) or in SQL (a sort)', async () => {
    // Words and a Path restriction, ranked by relevance: matched in one full-text scan and trimmed and
    // refined in memory (searchInMemory). The same with a SortList goes through SQL. Both must agree.
    const where = `a* Path:"${emu.siteUrl}/Lists/Resources"`;
    const found = async (filters: string[], sorted: boolean): Promise<{ total: number; titles: string[] }> => {
      const r = await search({
        Querytext: where,
        RefinementFilters: filters,
        TrimDuplicates: false,
        SelectProperties: ['Title'],
        RowLimit: 50,
        ...(sorted ? { SortList: [{ Property: 'DocId', Direction: 0 }] } : {}),
      });
      return { total: r.TotalRows, titles: r.PrimarySearchResults.map((x) => String(x.Title)).sort() };
    };
    const cases: Array<[string[], string[]]> = [
      [[], ['Induction plan template', 'Open day checklist', 'Story of our first conference', 'Venue booking guide']],
      [['ResourceTypeOWSCHCS:"template"'], ['Induction plan template', 'Open day checklist']],
      [['ResourceTypeOWSCHCS:or("guide","story")'], ['Story of our first conference', 'Venue booking guide']],
      [['and(ResourceTypeOWSCHCS:"template",CommunityOWSLOOK:"Student Recruitment")'], ['Induction plan template', 'Open day checklist']],
      [
        ['or(ResourceTypeOWSCHCS:"guide",CommunityOWSLOOK:"Student Recruitment")'],
        ['Induction plan template', 'Open day checklist', 'Venue booking guide'],
      ],
      [['not(ResourceTypeOWSCHCS:"template")'], ['Story of our first conference', 'Venue booking guide']],
      [['ResourceTypeOWSCHCS:"story"', 'CommunityOWSLOOK:"Events Management"'], ['Story of our first conference']],
      [['ResourceTypeOWSCHCS:"story"', 'CommunityOWSLOOK:"Student Recruitment"'], []],
      // A value no document holds, and a filter on a property read from the documents (not the refiner table).
      [['ResourceTypeOWSCHCS:"recipe"'], []],
      [['and(ResourceTypeOWSCHCS:"guide",Title:"Venue booking guide")'], ['Venue booking guide']],
    ];
    for (const [filters, titles] of cases) {
      const [memory, sql] = [await found(filters, false), await found(filters, true)];
      assert.deepEqual(memory, { total: titles.length, titles }, `in memory: ${filters.join(' ')}`);
      assert.deepEqual(sql, memory, `in SQL: ${filters.join(' ')}`);
    }
  });

  test('refiner values follow an item as it changes; a filter value matches whatever its case and spaces', async () => {
    const list = spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Resources');
    const counts = async (): Promise<Array<[string, number]>> => {
      const r = await search({
        Querytext: `ListId:${resourcesId}`,
        Refiners: 'ResourceTypeOWSCHCS',
        SelectProperties: ['Title'],
        TrimDuplicates: false,
        RowLimit: 1,
      });
      return (r.RawSearchResults.PrimaryQueryResult?.RefinementResults?.Refiners?.[0]?.Entries ?? []).map((e) => [
        e.RefinementValue,
        Number(e.RefinementCount),
      ]);
    };
    const added = await list.items.add({ Title: 'Refiner mover', CommunityId: 1, ResourceType: 'story', Description: 'moves' });
    try {
      assert.deepEqual(await counts(), [
        ['template', 3],
        ['story', 2],
        ['guide', 1],
      ]);
      await list.items.getById(added.Id).update({ ResourceType: 'guide' });
      assert.deepEqual(await counts(), [
        ['template', 3],
        ['guide', 2],
        ['story', 1],
      ]);
      const loose = await search({
        Querytext: 'mover',
        RefinementFilters: ['ResourceTypeOWSCHCS:"  GUIDE "'],
        TrimDuplicates: false,
        SelectProperties: ['Title'],
      });
      assert.deepEqual(
        loose.PrimarySearchResults.map((x) => x.Title),
        ['Refiner mover'],
      );
    } finally {
      await list.items.getById(added.Id).delete();
    }
    assert.deepEqual(await counts(), [
      ['template', 3],
      ['guide', 1],
      ['story', 1],
    ]);
  });
});

describe('security trimming', () => {
  test('a reader gets only items they can read, through the same check as list reads', async () => {
    const owner = spClient(emu.siteUrl, OWNER);
    const list = owner.web.lists.getByTitle('Resources');
    const secret = await list.items.add({
      Title: 'Confidential salary benchmark',
      CommunityId: 1,
      ResourceType: 'guide',
      Description: 'owners only',
    });
    await list.items.getById(secret.Id).breakRoleInheritance(false, false);
    const member = spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Resources');
    await assert.rejects(member.items.getById(secret.Id)(), /404|does not exist/);
    assert.equal((await search('salary benchmark', MEMBER)).TotalRows, 0);
    assert.equal((await search('salary benchmark', OWNER)).TotalRows, 1);
    // Refiner counts are trimmed too.
    const r = await search({ Querytext: 'benchmark OR salary', Refiners: 'ResourceTypeOWSCHCS' }, MEMBER);
    const refiner = r.RawSearchResults.PrimaryQueryResult?.RefinementResults?.Refiners?.[0];
    assert.equal(refiner?.Name, 'ResourceTypeOWSCHCS');
    assert.deepEqual(refiner?.Entries, []);
  });

  test("a reader's access is weighed again after permissions change between two searches", async () => {
    // Each reader's read condition on a list is kept between queries; a change of permissions must end it.
    const owner = spClient(emu.siteUrl, OWNER);
    const item = owner.web.lists
      .getByTitle('Resources')
      .items.getById(
        (
          await owner.web.lists
            .getByTitle('Resources')
            .items.add({ Title: 'Quarterly gamma forecast', CommunityId: 1, ResourceType: 'guide' })
        ).Id,
      );
    assert.equal((await search('gamma forecast', MEMBER)).TotalRows, 1);
    await item.breakRoleInheritance(false, false);
    assert.equal((await search('gamma forecast', MEMBER)).TotalRows, 0);
    await item.resetRoleInheritance();
    assert.equal((await search('gamma forecast', MEMBER)).TotalRows, 1);
  });

  test('searches as hub search asks them (words, Path, no duplicate trimming) are trimmed in memory as list reads trim', async () => {
    // Words and Path restrictions ranked by relevance are trimmed on the documents' facts in memory
    // (docFacts.ts, visibilityTest); a sort on DocId takes the SQL path (visibilitySql). Both must keep
    // what the list read keeps: drafts to their author and approvers, the last approved version to
    // others, a uniquely secured item to those it is shared with, own items on a ReadSecurity=2 list.
    const owner = spClient(emu.siteUrl, OWNER);
    await owner.web.lists.ensure('Walrus drafts', '', 100, false, { EnableModeration: true });
    await owner.web.lists.ensure('Walrus notes', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
    const drafts = (upn: string): IList => spClient(emu.siteUrl, upn).web.lists.getByTitle('Walrus drafts');
    const approved = await drafts(MEMBER).items.add({ Title: 'walrus plan approved' });
    await drafts(OWNER).items.getById(approved.Id).update({ OData__ModerationStatus: 0 });
    // Edited again: the member and approvers see the draft, others the last approved version.
    await drafts(MEMBER).items.getById(approved.Id).update({ Title: 'walrus plan redrafted' });
    await drafts(MEMBER).items.add({ Title: 'walrus pending idea' });
    const secret = await drafts(OWNER).items.add({ Title: 'walrus owners only' });
    await drafts(OWNER).items.getById(secret.Id).update({ OData__ModerationStatus: 0 });
    await drafts(OWNER).items.getById(secret.Id).breakRoleInheritance(false, false);
    await spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Walrus notes').items.add({ Title: 'walrus note of sam' });
    await spClient(emu.siteUrl, MEMBER2).web.lists.getByTitle('Walrus notes').items.add({ Title: 'walrus note of alex' });
    const path = `(Path:"${emu.siteUrl}/Lists/Walrus drafts" OR Path:"${emu.siteUrl}/Lists/Walrus notes")`;
    const found = async (upn: string, sortList?: ISearchQuery['SortList']): Promise<string[]> =>
      (
        await search(
          { Querytext: `walrus ${path}`, TrimDuplicates: false, SelectProperties: ['Title'], RowLimit: 50, SortList: sortList },
          upn,
        )
      ).PrimarySearchResults.map((x) => String(x.Title)).sort();
    const listed = async (upn: string): Promise<string[]> => {
      const web = spClient(emu.siteUrl, upn).web;
      const rows = [
        ...(await web.lists.getByTitle('Walrus drafts').items.select('Title')()),
        ...(await web.lists.getByTitle('Walrus notes').items.select('Title')()),
      ];
      return rows.map((x: { Title: string }) => x.Title).sort();
    };
    for (const upn of [OWNER, MEMBER, MEMBER2]) {
      const inMemory = await found(upn);
      assert.deepEqual(inMemory, await listed(upn), upn);
      assert.deepEqual(await found(upn, [{ Property: 'DocId', Direction: 0 }]), inMemory, upn);
    }
    assert.deepEqual(await found(MEMBER2), ['walrus note of alex', 'walrus plan approved']);
    assert.deepEqual(await found(MEMBER), ['walrus note of sam', 'walrus pending idea', 'walrus plan redrafted']);
    // An item's permissions change between two searches: trimmed at once, and given back at once.
    await drafts(OWNER).items.getById(secret.Id).resetRoleInheritance();
    assert.ok((await found(MEMBER2)).includes('walrus owners only'));
    await drafts(OWNER).items.getById(secret.Id).breakRoleInheritance(false, false);
    assert.ok(!(await found(MEMBER2)).includes('walrus owners only'));
  });

  test('a list with ReadSecurity=2 shows each reader only their own items', async () => {
    const owner = spClient(emu.siteUrl, OWNER);
    await owner.web.lists.ensure('Notes', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
    await spClient(emu.siteUrl, MEMBER).web.lists.getByTitle('Notes').items.add({ Title: 'my private zebra note' });
    await spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Notes').items.add({ Title: 'owner zebra note' });
    const mine = await search({ Querytext: 'zebra', SelectProperties: ['Title'] }, MEMBER);
    assert.deepEqual(
      mine.PrimarySearchResults.map((x) => x.Title),
      ['my private zebra note'],
    );
  });
});

describe('named refusals', () => {
  test('KQL and search features the emulator does not serve are refused by name', async () => {
    const cases: Array<[ISearchQuery, RegExp]> = [
      [{ Querytext: 'venue NEAR booking' }, /KQL operator 'NEAR'/],
      [{ Querytext: 'venue XRANK(cb=1) booking' }, /KQL operator 'XRANK'/],
      [{ Querytext: 'ResourceTypeOWSCHCS:(guide OR story)' }, /grouped KQL property restrictions/],
      [{ Querytext: 'Write:2020-01-01..2030-01-01' }, /KQL range restrictions/],
      [{ Querytext: 'venue', QueryTemplate: '{searchterms} IsDocument:1' }, /search request property 'querytemplate'/],
      [{ Querytext: 'venue', CollapseSpecification: 'Title:1' }, /search request property 'collapsespecification'/],
      [{ Querytext: 'venue', Refiners: 'ResourceTypeOWSCHCS(filter=10/0/*)' }, /refiner options/],
      [{ Querytext: 'venue', RefinementFilters: ['Write:range(min, max)'] }, /FQL operator 'range'/],
    ];
    for (const [q, message] of cases) {
      const err = await spErrorOf(search(q));
      assert.equal(err.status, 400, String(q.Querytext));
      assert.equal(err.code, '-1, System.NotSupportedException');
      assert.match(err.message, message);
    }
    const suggest = await fetch(`${emu.siteUrl}/_api/search/suggest?querytext='ven'`, {
      headers: { Accept: 'application/json', 'X-Emulator-User': MEMBER },
    });
    assert.equal(suggest.status, 400);
    assert.match(await suggest.text(), /_api\/search\/suggest/);
  });
});

describe('crawl delay', () => {
  let slow: RunningEmulator;
  before(async () => {
    slow = await startEmulator({ port: 0, searchDelayMs: 600 });
  });
  after(() => slow.close());

  test('a new, changed or deleted item reaches search only after the delay', async () => {
    const sp = spClient(slow.siteUrl, OWNER);
    const list = (await sp.web.lists.ensure('Resources')).list;
    const sql = (text: string): Promise<SearchResults> => sp.search({ Querytext: text, SelectProperties: ['Title'] });
    // As hub search asks (words and a Path, duplicates kept): trimmed on the facts kept in memory, which
    // each crawl brings up to date (docFacts.ts factsIndexed) rather than reading them all again.
    const inMemory = (text: string): Promise<SearchResults> =>
      sp.search({ Querytext: `${text} Path:"${slow.siteUrl}/Lists/Resources"`, SelectProperties: ['Title'], TrimDuplicates: false });
    const total = async (text: string): Promise<number> => {
      const [a, b] = [(await sql(text)).TotalRows, (await inMemory(text)).TotalRows];
      assert.equal(b, a, `${text}: the same whichever way it is asked`);
      return a;
    };
    await list.items.add({ Title: 'Handbook index' });
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.equal(await total('handbook'), 1, 'the facts are read before the next changes');
    const added = await list.items.add({ Title: 'Mentoring handbook' });
    assert.equal(await total('mentoring'), 0, 'not yet crawled');
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.equal(await total('mentoring'), 1, 'crawled after the delay');
    await list.items.getById(added.Id).update({ Title: 'Coaching handbook' });
    assert.equal(await total('mentoring'), 1, 'the index still holds the old title');
    assert.equal(await total('coaching'), 0);
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.equal(await total('coaching'), 1);
    assert.equal(await total('mentoring'), 0);
    await list.items.getById(added.Id).delete();
    assert.equal(await total('coaching'), 1, 'a deleted item stays until the next crawl');
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.equal(await total('coaching'), 0);
    assert.equal(await total('handbook'), 1);
  });
});

describe('document numbers', () => {
  test('an item indexed again keeps its DocId; a new item gets a higher one', async () => {
    const list = spClient(emu.siteUrl, OWNER).web.lists.getByTitle('Resources');
    const docId = async (title: string): Promise<number> => {
      const r = await search({ Querytext: `Title:"${title}"`, SelectProperties: ['Title', 'DocId'], TrimDuplicates: false });
      assert.equal(r.TotalRows, 1, title);
      return Number(r.PrimarySearchResults[0]?.DocId);
    };
    const first = await list.items.add({ Title: 'Wombat rota', CommunityId: 1, ResourceType: 'guide', Description: 'first' });
    const second = await list.items.add({ Title: 'Numbat rota', CommunityId: 1, ResourceType: 'guide', Description: 'second' });
    try {
      const [wombat, numbat] = [await docId('Wombat rota'), await docId('Numbat rota')];
      assert.ok(numbat > wombat);
      // Indexed again after a change (not the highest number, so a new one would be past Numbat's).
      await list.items.getById(first.Id).update({ Description: 'changed' });
      assert.equal(await docId('Wombat rota'), wombat);
    } finally {
      await list.items.getById(first.Id).delete();
      await list.items.getById(second.Id).delete();
    }
  });
});

describe('an index from an older emulator', () => {
  test('is rebuilt on start when its full-text table has other prefix indexes, and every item is found again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cop-hub-search-'));
    const file = join(dir, 'site.db');
    try {
      const first = await startEmulator({ port: 0, dataFile: file });
      await spClient(first.siteUrl, OWNER).web.lists.ensure('Notes');
      await spClient(first.siteUrl, OWNER).web.lists.getByTitle('Notes').items.add({ Title: 'Quokka census' });
      // Searched once, so the item is in the index (and no longer queued) when the emulator stops.
      const found = await spClient(first.siteUrl, MEMBER).search({ Querytext: 'quokka', SelectProperties: ['Title'] });
      assert.equal(found.TotalRows, 1);
      await first.close();
      // As an emulator before the prefixes of 4 and 5 characters left it: the table made with prefix '2 3', empty.
      const db = new DatabaseSync(file);
      db.exec("DROP TABLE sp_search_fts; CREATE VIRTUAL TABLE sp_search_fts USING fts5(title, body, prefix = '2 3')");
      db.close();
      const second = await startEmulator({ port: 0, dataFile: file });
      try {
        const r = await spClient(second.siteUrl, MEMBER).search({
          Querytext: 'quokk*',
          SelectProperties: ['Title'],
          TrimDuplicates: false,
        });
        assert.deepEqual(
          r.PrimarySearchResults.map((x) => x.Title),
          ['Quokka census'],
        );
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
