/**
 * Hostile input through SharePoint and Graph: what people type goes into lists and queries, and
 * comes back to other people's screens.
 *
 * Threats (tests/security/README.md maps each to its test):
 *   H1 script or HTML payloads become markup when shown (here: no code path renders HTML from data;
 *      the rendered screens are checked in the jest tests named in the README)
 *   H2 a script or data link written straight into a URL column by REST reaches a screen
 *   H3 search text or ids break out of an OData string literal (O'Brien, "' or 1 eq 1")
 *   H4 very long text is cut silently, or the form's limits and the list's disagree
 *   H5 Unicode, right-to-left text and emoji are mangled on the way through SharePoint
 * Property tests for the pure rules (validation, filters, .ics, CSV) live beside them as
 * src/domain/*.property.test.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { RunningEmulator } from '../../emulator/src/server.ts';
import { parseFilter } from '../../emulator/src/sharepoint/filter.ts';
import { odataString } from '../../src/data/paging.ts';
import { resourceFolder } from '../../src/data/resourceWrites.ts';
import { CONTENT_LIMITS } from '../../src/domain/contentValidation.ts';
import { SUGGESTION_LIMITS } from '../../src/domain/validation.ts';
import { COMMUNITIES, EVENTS, RESOURCES, SUGGESTIONS } from '../../src/schema/lists.ts';
import type { ListSpec } from '../../src/schema/types.ts';
import { communityByTitle, listPath, POD, Rest, servicesAs, STAFF, STAFF2, startDemo } from './helpers.ts';

let emu: RunningEmulator;
before(async () => {
  emu = await startDemo();
});
after(() => emu?.close());

const INJECTIONS = [
  "O'Brien",
  "' or 1 eq 1 or Title ne '",
  "') or substringof('a',Title) or ('",
  "'';--",
  "\\'",
  "x' and Id gt 0 and Title eq 'y",
];

describe('H2 script and data links written by REST', () => {
  test("a member's resource with a script or data address reads back with no address at all", async () => {
    const recruitment = await communityByTitle(emu, 'Student Recruitment');
    const SCRIPT = ['java', 'script:'].join('');
    const hostile = [
      `${SCRIPT}alert(document.cookie)`,
      'data:text/html,<script>alert(1)</script>',
      '//evil.example/x',
      '/\\evil.example/x',
      ` ${SCRIPT.toUpperCase()}x`,
    ];
    for (const [i, address] of hostile.entries()) {
      // Into the community's folder, where members add (the list's root is read-only to them); approved so every reader gets it.
      const r = await new Rest(emu, STAFF).post(`${listPath('resources')}/AddValidateUpdateItemUsingPath`, {
        listItemCreateInfo: { FolderPath: { DecodedUrl: resourceFolder(emu.siteUrl, recruitment.id) }, UnderlyingObjectType: 0 },
        formValues: [
          { FieldName: 'Title', FieldValue: `hostile ${i}` },
          { FieldName: 'Community', FieldValue: String(recruitment.id) },
          { FieldName: 'ResourceType', FieldValue: 'link' },
          { FieldName: 'ResourceUrl', FieldValue: `${address}, x` },
        ],
        bNewDocumentUpdate: false,
      });
      const values = (r.body.value ?? []) as Array<{ FieldName: string; FieldValue: string; HasException: boolean }>;
      assert.equal(r.status, 200, 'SharePoint stores it (the emulator accepts any address in a URL column)');
      assert.ok(!values.some((v) => v.HasException), JSON.stringify(values));
      const id = Number(values.find((v) => v.FieldName === 'Id')?.FieldValue);
      assert.equal((await new Rest(emu, POD).merge(`${listPath('resources')}/items(${id})`, { OData__ModerationStatus: 0 })).status, 204);
    }
    const read = (await servicesAs(emu, STAFF2).content.resources(recruitment.id)).filter((r) => r.title.startsWith('hostile'));
    assert.deepEqual(
      read.map((r) => r.url),
      hostile.map(() => ''),
    );
  });

  test("a community's team or site link that is not http(s) is not a link", async () => {
    const events = await communityByTitle(emu, 'Events Management');
    const r = await new Rest(emu, POD).merge(`${listPath('communities')}/items(${events.id})`, {
      TeamsUrl: { Url: 'data:text/html,x', Description: 'Team' },
      SiteUrl: { Url: ['vb', 'script:x'].join(''), Description: 'Site' },
    });
    assert.equal(r.status, 204);
    const read = await servicesAs(emu, STAFF).communities.get(events.id);
    assert.deepEqual([read?.teamsUrl, read?.siteUrl], [undefined, undefined]);
  });
});

describe('H3 OData injection', () => {
  test('any text inside odataString() is one literal that reads back as itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...INJECTIONS)), (text) => {
        const f = parseFilter(`GroupId eq ${odataString(text)}`);
        assert.equal(f.t, 'cmp');
        assert.deepEqual(f.t === 'cmp' ? [f.field, f.op, f.value] : [], [['GroupId'], 'eq', { kind: 'string', v: text }]);
      }),
      { numRuns: 500 },
    );
  });

  test('a team id that tries to widen the query finds nothing; the real id finds its community', async () => {
    const staff = servicesAs(emu, STAFF);
    for (const attempt of INJECTIONS) assert.equal(await staff.communities.getByGroupId(attempt), undefined, attempt);
    const events = await communityByTitle(emu, 'Events Management');
    assert.equal((await staff.communities.getByGroupId(events.groupId!))?.id, events.id);
  });

  test('people search with quotes and operators is a search, not a query', async () => {
    const staff = servicesAs(emu, STAFF);
    assert.deepEqual(
      await staff.people.search('" OR displayName:a'),
      await staff.people.search(' OR displayName:a'),
      'quotes are dropped, not obeyed',
    );
    for (const attempt of INJECTIONS) await staff.people.search(attempt);
    assert.ok((await staff.people.search("O'Brien")).some((p) => p.email === 'liam.obrien@cophub.example'));
  });
});

describe('H4 length limits are clear and the same everywhere', () => {
  const maxOf = (spec: ListSpec, name: string): number | undefined =>
    name === 'Title' ? 255 : spec.fields.find((f) => f.name === name)?.maxLength;

  test('each form limit equals the list column it is saved to', () => {
    assert.equal(SUGGESTION_LIMITS.title, maxOf(SUGGESTIONS, 'Title'));
    assert.equal(SUGGESTION_LIMITS.practiceArea, maxOf(SUGGESTIONS, 'PracticeArea'));
    assert.equal(CONTENT_LIMITS.title, maxOf(RESOURCES, 'Title'));
    assert.equal(CONTENT_LIMITS.location, maxOf(EVENTS, 'Location'));
    assert.ok(maxOf(COMMUNITIES, 'PracticeArea')! <= 255);
  });

  test("SharePoint itself refuses text over a column's limit, so nothing is cut silently", async () => {
    const staff = servicesAs(emu, STAFF);
    await assert.rejects(
      staff.content.suggest({ title: 'x'.repeat(256), description: 'd', practiceArea: '', kind: 'new idea' }),
      (e: { status?: number }) => e.status === 400,
    );
    const direct = await new Rest(emu, STAFF).post(`${listPath('suggestions')}/items`, {
      Title: 't',
      Description: 'd',
      SuggestionKind: 'new idea',
      PracticeArea: 'p'.repeat(121),
    });
    assert.equal(direct.status, 400, 'the 120-character practice area column refuses 121');
    const atLimit = await staff.content.suggest({
      title: 'x'.repeat(255),
      description: 'd'.repeat(SUGGESTION_LIMITS.description),
      practiceArea: 'p'.repeat(120),
      kind: 'new idea',
    });
    assert.equal(atLimit.title.length, 255);
  });
});

describe('H5 Unicode through SharePoint', () => {
  const SAMPLES = [
    'مجتمع البيانات',
    'קהילת נתונים',
    '数据与洞察',
    'Équipe données',
    '👩🏽‍💻 Data 🎉',
    'O\'Brien & "Sons" <b>',
    'a\u202eb',
    'Zoë 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  ];

  test('titles and descriptions in any script read back exactly, and can be found by an exact filter', async () => {
    const staff = servicesAs(emu, STAFF);
    for (const title of SAMPLES) {
      const saved = await staff.content.suggest({
        title,
        description: `${title}\nline two`,
        practiceArea: title.slice(0, 10),
        kind: 'existing network',
      });
      const back = (await servicesAs(emu, POD).content.suggestions()).find((s) => s.id === saved.id);
      assert.deepEqual([back?.title, back?.description], [title, `${title}\nline two`]);
      const filtered = await new Rest(emu, POD).get(
        `${listPath('suggestions')}/items?$select=Id&$filter=${encodeURIComponent(`Title eq ${odataString(title)}`)}`,
      );
      assert.deepEqual(
        filtered.body.value?.map((i) => i.Id),
        [saved.id],
        title,
      );
    }
  });
});

describe('H1 no code path turns data into markup', () => {
  /** Every TypeScript source file under src, except tests. */
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });
  }

  test('no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML, document.write or eval in the product', () => {
    const risky = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/;
    const found = sources(join(import.meta.dirname, '../../src')).filter((f) => risky.test(readFileSync(f, 'utf8')));
    assert.deepEqual(found, [], 'every one of these renders text as HTML; React text nodes are the only way data reaches the page');
  });
});
