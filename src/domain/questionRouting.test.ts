import { canInviteMore, MAX_INVITES, rankHelpers, suggestTopics, topicMatch, type HelperCandidate } from './questionRouting';

function helper(id: number, name: string, canHelpWith: string[], communities: number[] = []): HelperCandidate {
  return {
    person: { id, displayName: name, email: `p${id}@cophub.example` },
    canHelpWith,
    communities: communities.map((c) => ({ id: c, title: `Community ${c}` })),
  };
}

describe('topicMatch', () => {
  it('is 2 for the same topic ignoring case and spaces', () => {
    expect(topicMatch('Power  BI', 'power bi')).toBe(2);
  });
  it('is 1 when every word of the shorter topic is in the longer', () => {
    expect(topicMatch('Power BI', 'Power BI dashboards')).toBe(1);
    expect(topicMatch('Power BI dashboards', 'power bi')).toBe(1);
  });
  it('is 0 for a different topic or a blank', () => {
    expect(topicMatch('Power BI', 'Power Automate')).toBe(0);
    expect(topicMatch('', 'anything')).toBe(0);
    expect(topicMatch('SQL', '')).toBe(0);
  });
});

describe('rankHelpers', () => {
  const people = [
    helper(1, 'Zoe Exact', ['Power BI'], [2]),
    helper(2, 'Ann Partial', ['Power BI dashboards'], [3]),
    helper(3, 'Bea Both', ['power bi', 'SQL'], [4]),
    helper(4, 'Cal Nothing', ['Gardening'], [1]),
    helper(5, 'Dee Home', ['Power BI'], [1]),
    helper(6, 'Asker', ['Power BI', 'SQL'], [1]),
  ];

  it('ranks by topics met, then closeness, then this community first, then name', () => {
    const ranked = rankHelpers(['Power BI', 'SQL'], people, { communityId: 1, excludeIds: [6] });
    expect(ranked.map((h) => h.person.displayName)).toEqual(['Bea Both', 'Dee Home', 'Zoe Exact', 'Ann Partial']);
    expect(ranked[0].matched).toEqual(['Power BI', 'SQL']);
    expect(ranked[1].inCommunity).toBe(true);
    expect(ranked[2].inCommunity).toBe(false);
  });

  it('reaches across communities: people of other communities are suggested with them', () => {
    const ranked = rankHelpers(['SQL'], people, { communityId: 1, excludeIds: [6] });
    expect(ranked).toHaveLength(1);
    expect(ranked[0].communities).toEqual([{ id: 4, title: 'Community 4' }]);
  });

  it('leaves out the asker, people already invited, repeats and people who match nothing', () => {
    const ranked = rankHelpers(['Power BI'], [...people, people[0]], { communityId: 1, excludeIds: [6, 5] });
    const ids = ranked.map((h) => h.person.id);
    expect(ids).not.toContain(6);
    expect(ids).not.toContain(5);
    expect(ids).not.toContain(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('suggests nobody without topics, and at most the limit', () => {
    expect(rankHelpers([], people, { communityId: 1 })).toEqual([]);
    expect(rankHelpers(['  '], people, { communityId: 1 })).toEqual([]);
    expect(rankHelpers(['Power BI'], people, { communityId: 1, limit: 2 })).toHaveLength(2);
  });

  it('names a matched topic as the question has it', () => {
    expect(rankHelpers(['POWER BI'], [people[0]], { communityId: 1 })[0].matched).toEqual(['POWER BI']);
  });
});

describe('suggestTopics', () => {
  const known = ['Power BI', 'Data governance', 'power bi', 'SQL', 'Dashboards in Power BI'];
  it('offers known topics starting with what is typed first, then ones with a word starting so', () => {
    expect(suggestTopics('pow', known, [])).toEqual(['Power BI', 'Dashboards in Power BI']);
  });
  it('leaves out chosen topics and offers nothing for nothing typed', () => {
    expect(suggestTopics('pow', known, ['power BI'])).toEqual(['Dashboards in Power BI']);
    expect(suggestTopics('  ', known, [])).toEqual([]);
  });
});

describe('canInviteMore', () => {
  it(`allows up to ${MAX_INVITES} invitations`, () => {
    expect(canInviteMore([1, 2, 3, 4])).toBe(true);
    expect(canInviteMore([1, 2, 3, 4, 5])).toBe(false);
  });
});
