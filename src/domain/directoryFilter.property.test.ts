/**
 * Search and filter building under any input (threat H3 in tests/security/README.md): search text is
 * only ever text matched in memory, never a query. Any text at all is a valid search, a community
 * is always found by its own title (whatever script or emoji it is written in), and nothing typed
 * widens the results beyond what the filters allow.
 */
import fc from 'fast-check';
import { EMPTY_QUERY, filterCommunities, foldText, indexCommunities, searchWords, visibleStatuses } from './directoryFilter';
import { COMMUNITY_STATUSES, type Community } from './models';

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom("O'Brien", "' or 1 eq 1", "') or substringof('", '*', '%', '.*', '\\', 'مرحبا بالعالم', '👩🏽‍💻 team', 'Équipe', '\u202e'),
);

const communityArb = fc
  .record({
    id: fc.integer({ min: 1, max: 10_000 }),
    title: text,
    domain: text,
    practiceArea: text,
    tags: fc.array(text, { maxLength: 3 }),
    status: fc.constantFrom(...COMMUNITY_STATUSES),
  })
  .map((c): Community => ({ ...c, practice: '', audience: '', gardeners: [], joinPolicy: 'open', rhythm: '', groundRules: '' }));

const ctx = { visible: visibleStatuses({ showForming: true, showClosed: false }), myCommunityIds: new Set<number>() };

describe('directory search under any input', () => {
  it('treats any text as a search, and only ever narrows the visible communities', () => {
    fc.assert(
      fc.property(fc.array(communityArb, { maxLength: 12 }), text, (communities, search) => {
        const index = indexCommunities(communities);
        const all = filterCommunities(index, EMPTY_QUERY, ctx);
        const found = filterCommunities(index, { ...EMPTY_QUERY, text: search }, ctx);
        expect(found.every((c) => all.includes(c))).toBe(true);
        expect(all.every((c) => ctx.visible.includes(c.status))).toBe(true);
        expect(searchWords(search).length).toBeLessThanOrEqual(12);
      }),
      { numRuns: 300 },
    );
  });

  it('always finds a visible community by its own title, in any script', () => {
    fc.assert(
      fc.property(fc.array(communityArb, { minLength: 1, maxLength: 8 }), fc.nat(), (communities, pick) => {
        const target = communities[pick % communities.length];
        if (!ctx.visible.includes(target.status) || searchWords(target.title).length > 12) return;
        const found = filterCommunities(indexCommunities(communities), { ...EMPTY_QUERY, text: target.title }, ctx);
        expect(found).toContain(target);
      }),
      { numRuns: 300 },
    );
  });

  it('folds text without losing what it does not fold (emoji, right-to-left scripts)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const folded = foldText(t);
        for (const ch of ['👩🏽‍💻', 'مرحبا']) if (t.includes(ch)) expect(folded).toContain(ch);
      }),
    );
  });
});
