import {
  buildHubQuery,
  highlightParts,
  linkOf,
  personName,
  withJustWritten,
  withQuestionDetails,
  hitKey,
  MAX_SEARCH_TERMS,
  type HubSearchHit,
  type HubSearchPage,
} from './hubSearch';

const kql = (typed: string): string => {
  const q = buildHubQuery(typed);
  if (!q.ok) throw new Error(`no query for ${typed}`);
  return q.kql;
};

describe('buildHubQuery', () => {
  it('quotes each word, and matches the word being typed as a prefix', () => {
    expect(kql('induction pla')).toBe('"induction" pla*');
    expect(kql('induction plan ')).toBe('"induction" "plan"');
  });

  it('keeps quoted phrases as phrases and reads an unmatched quote as a character', () => {
    expect(kql('"plan template" new')).toBe('"plan template" new*');
    expect(kql('"plan template')).toBe('"plan" template*');
    expect(kql('say "hi')).toBe('"say" hi*');
  });

  it('never lets KQL through: operators, restrictions, wildcards and parentheses are searched as words', () => {
    expect(kql('Title:x OR *')).toBe('"title" "x" or*');
    expect(kql('NOT secret')).toBe('"not" secret*');
    expect(kql('(venue OR (story')).toBe('"venue" "or" story*');
    expect(kql('ListId:{abc} AND Path:"http://x"')).toBe('"listid" "abc" "and" "path" "http x"');
    expect(kql('a"b')).toBe('"a" "b"');
  });

  it('sends nothing for punctuation alone, or empty text', () => {
    expect(buildHubQuery('')).toEqual({ ok: false, reason: 'empty' });
    expect(buildHubQuery('  *** ) " ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('cuts 2,000 characters to a bounded query', () => {
    const q = buildHubQuery('word '.repeat(400));
    expect(q.ok && q.words.length).toBe(MAX_SEARCH_TERMS);
    expect(q.ok && q.kql.length).toBeLessThan(200);
    // A cut query doesn't treat its last kept word as a prefix.
    expect(q.ok && q.kql.endsWith('*')).toBe(false);
  });

  it('does a single letter exactly (a one-letter prefix would match nearly everything)', () => {
    expect(kql('plan a')).toBe('"plan" "a"');
  });

  it('keeps letters beyond ASCII', () => {
    expect(kql('Café Zoë')).toBe('"café" zoë*');
  });
});

describe('highlightParts', () => {
  it('marks matched words and reads gaps as an ellipsis', () => {
    expect(highlightParts('A <c0>venue</c0> guide<ddd/>book a <c1>venue</c1>.')).toEqual([
      { text: 'A ', match: false },
      { text: 'venue', match: true },
      { text: ' guide … book a ', match: false },
      { text: 'venue', match: true },
      { text: '.', match: false },
    ]);
  });

  it('drops any other markup and decodes entities, so text never becomes HTML', () => {
    expect(highlightParts('<script>alert(1)</script>x &amp; <b>y</b> &lt;z&gt;')).toEqual([{ text: 'alert(1)x & y <z>', match: false }]);
  });
});

describe('people and links in managed properties', () => {
  it('reads the display name and the address', () => {
    expect(personName('grace@x.example | Grace Okafor | i:0#.f|membership|grace@x.example')).toBe('Grace Okafor');
    expect(personName('')).toBeUndefined();
    expect(linkOf('https://example.org/doc, Induction plan')).toBe('https://example.org/doc');
    expect(linkOf(undefined)).toBeUndefined();
  });
});

describe('withJustWritten', () => {
  const page: HubSearchPage = {
    hits: [{ kind: 'resource', id: 1, title: 'Old plan', url: 'u', summary: '' }],
    total: 1,
    communities: [],
    resourceTypes: [],
    practiceAreas: [],
  };
  const fresh: HubSearchHit = {
    kind: 'resource',
    id: 9,
    title: 'Mentoring plan',
    url: 'u9',
    summary: 'for new gardeners',
    communityTitle: 'Events',
    resourceType: 'guide',
  };
  const req = { text: 'plan', scope: {}, startRow: 0, rowLimit: 10 };

  it('puts what I just added, and the index lacks, first', () => {
    const out = withJustWritten(page, [fresh], req, ['plan']);
    expect(out.hits.map((h) => [h.id, h.justAdded])).toEqual([
      [9, true],
      [1, undefined],
    ]);
    expect(out.total).toBe(2);
  });

  it('leaves it out once the index has it, when it does not match, on later pages, or outside the chosen scope', () => {
    expect(
      withJustWritten({ ...page, hits: [...page.hits, { ...fresh, justAdded: undefined }] }, [fresh], req, ['plan']).hits,
    ).toHaveLength(2);
    expect(withJustWritten(page, [fresh], req, ['budget']).hits).toHaveLength(1);
    expect(withJustWritten(page, [fresh], { ...req, startRow: 10 }, ['plan']).hits).toHaveLength(1);
    expect(withJustWritten(page, [fresh], { ...req, scope: { resourceType: 'template' } }, ['plan']).hits).toHaveLength(1);
    expect(withJustWritten(page, [fresh], { ...req, scope: { kind: 'community' } }, ['plan']).hits).toHaveLength(1);
    // A resource has no practice area: refining by one leaves it out.
    expect(withJustWritten(page, [fresh], { ...req, scope: { practiceArea: 'People' } }, ['plan']).hits).toHaveLength(1);
  });

  it('matches the last word as a prefix, as the search does', () => {
    expect(withJustWritten(page, [fresh], req, ['mentoring', 'pl']).hits[0].id).toBe(9);
  });
});

describe('withQuestionDetails', () => {
  const q = (id: number, viaAnswer?: boolean): HubSearchHit => ({ kind: 'question', id, viaAnswer, title: `Q${id}`, url: '', summary: '' });
  const res: HubSearchHit = { kind: 'resource', id: 4, title: 'R', url: '', summary: '' };
  const details = new Map([
    [hitKey(q(1)), { questionId: 1, communityId: 7, answered: true, hidden: false }],
    [hitKey(q(30, true)), { questionId: 1, communityId: 7, answered: true, hidden: false }],
    [hitKey(q(31, true)), { questionId: 2, communityId: 8, answered: false, hidden: false }],
    [hitKey(q(3)), { questionId: 3, communityId: 8, answered: false, hidden: true }],
  ]);

  it('keys a question found through an answer apart from a question of the same id', () => {
    expect(hitKey(q(5))).not.toBe(hitKey(q(5, true)));
  });

  it('adds what the items say, drops hidden questions, and shows a question once', () => {
    const out = withQuestionDetails([q(31, true), res, q(1), q(30, true), q(3), q(9)], details);
    expect(out.map((h) => [hitKey(h), h.question?.questionId, h.question?.answered])).toEqual([
      ['question:a31', 2, false],
      ['resource:4', undefined, undefined],
      ['question:1', 1, true],
      ['question:9', undefined, undefined],
    ]);
  });

  it('a question found by its own words and through an answer shows as itself, where the first of them ranked', () => {
    const out = withQuestionDetails([q(30, true), res, q(1)], details);
    expect(out.map((h) => [hitKey(h), h.question?.questionId])).toEqual([
      ['question:1', 1],
      ['resource:4', undefined],
    ]);
  });
});
