import {
  directoryFacets,
  EMPTY_QUERY,
  filterCommunities,
  foldText,
  groupByPracticeArea,
  indexCommunities,
  isFiltered,
  pruneQuery,
  searchWords,
  stemWord,
  visibleStatuses,
  type DirectoryQuery,
  type FilterContext,
} from './directoryFilter';
import { COMMUNITY_STATUSES, type Community } from './models';

function community(id: number, over: Partial<Community> = {}): Community {
  return {
    id,
    title: `Community ${id}`,
    practiceArea: 'Communications',
    status: 'launched',
    domain: '',
    practice: '',
    audience: '',
    gardeners: [],
    joinPolicy: 'open',
    rhythm: '',
    groundRules: '',
    tags: [],
    ...over,
  };
}

const margaret = { id: 21, displayName: 'Margaret Whitfield', email: 'margaret.whitfield@cophub.example' };
const anand = { id: 24, displayName: 'Anand Iyer', email: 'anand.iyer@cophub.example' };
const COMMUNITIES = [
  community(1, { title: 'Student Recruitment', practiceArea: 'Marketing and Recruitment', sponsor: margaret, tags: ['open days', 'CRM'] }),
  community(2, {
    title: 'Data and Insight',
    practiceArea: 'Planning and Insight',
    sponsor: anand,
    domain: 'Turning institutional data into decisions.',
    tags: ['Power BI', 'SQL'],
  }),
  community(3, { title: 'Équipe numérique', practiceArea: 'Communications', sponsor: margaret }),
  community(4, { title: 'Widening Participation', practiceArea: 'Marketing and Recruitment', status: 'forming' }),
  community(5, { title: 'Old Network', status: 'closed', tags: ['data'] }),
  community(6, { title: 'Idea under review', status: 'proposed' }),
];
const everything: FilterContext = { visible: visibleStatuses({ showForming: true, showClosed: true }), myCommunityIds: new Set([2, 4]) };
const ids = (query: Partial<DirectoryQuery>, ctx = everything): number[] =>
  filterCommunities(indexCommunities(COMMUNITIES), { ...EMPTY_QUERY, ...query }, ctx).map((c) => c.id);

describe('search', () => {
  it('matches title, domain, practice area and tags, ignoring case', () => {
    expect(ids({ text: 'recruitment' })).toEqual([1, 4]);
    expect(ids({ text: 'DECISIONS' })).toEqual([2]);
    expect(ids({ text: 'power bi' })).toEqual([2]);
    expect(ids({ text: 'crm' })).toEqual([1]);
  });
  it('needs every word to match, in any order', () => {
    expect(ids({ text: 'insight data' })).toEqual([2]);
    expect(ids({ text: 'data recruitment' })).toEqual([]);
  });
  it('ignores accents both ways', () => {
    expect(ids({ text: 'equipe numerique' })).toEqual([3]);
    expect(foldText('ÉQUIPE')).toBe('equipe');
  });
  it('treats blank text as no search and keeps at most 12 distinct words', () => {
    expect(ids({ text: '   ' })).toEqual([1, 2, 3, 4, 5]);
    expect(searchWords('a a b')).toEqual(['a', 'b']);
    expect(searchWords(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
  });
  it('covers what a card shows and a person would type: practice, audience, rhythm, sponsor and gardener names', () => {
    const more = [
      community(7, {
        title: 'Teaching Excellence',
        rhythm: 'Monthly lunch and learn',
        audience: 'Lecturers and tutors',
        gardeners: [anand],
      }),
      community(8, {
        title: 'Insight Network',
        rhythm: 'Monthly insights session',
        practice: 'Shared dashboards and SQL snippets',
        sponsor: margaret,
      }),
    ];
    const find = (text: string): number[] =>
      filterCommunities(indexCommunities(more), { ...EMPTY_QUERY, text }, everything).map((c) => c.id);
    expect(find('lunch')).toEqual([7]);
    expect(find('tutors')).toEqual([7]);
    expect(find('snippets')).toEqual([8]);
    expect(find('iyer')).toEqual([7]);
    expect(find('whitfield insight')).toEqual([8]);
  });
  it('finds simple word forms both ways: learning finds "lunch and learn", insights and insight find each other', () => {
    const more = [
      community(7, { title: 'Teaching Excellence', rhythm: 'Monthly lunch and learn' }),
      community(8, { title: 'Data Network', rhythm: 'Monthly insights session', tags: ['planning'] }),
      community(9, { title: 'Sharing Practice', domain: 'Communities that share templates' }),
    ];
    const find = (text: string): number[] =>
      filterCommunities(indexCommunities(more), { ...EMPTY_QUERY, text }, everything).map((c) => c.id);
    expect(find('learning')).toEqual([7]);
    expect(find('learns')).toEqual([7]);
    expect(find('insights')).toEqual([8]);
    expect(find('insight')).toEqual([8]);
    expect(find('planned')).toEqual([8]);
    expect(find('sessions')).toEqual([8]);
    expect(find('shared')).toEqual([9]);
    expect(find('community')).toEqual([9]);
    expect(find('LEARNING')).toEqual([7]);
    // A word being typed still matches as it grows, and a stem only meets whole words.
    expect(find('lea')).toEqual([7]);
    expect(find('date')).toEqual([]);
  });
  it('stems only the simple English endings, and leaves short words alone', () => {
    expect(['learning', 'learns', 'learned', 'learn'].map(stemWord)).toEqual(['learn', 'learn', 'learn', 'learn']);
    expect(['communities', 'community'].map(stemWord)).toEqual(['community', 'community']);
    expect(['planning', 'planned', 'plan'].map(stemWord)).toEqual(['plan', 'plan', 'plan']);
    expect(['classes', 'class'].map(stemWord)).toEqual(['clas', 'clas']);
    expect(['sharing', 'share', 'shared'].map(stemWord)).toEqual(['shar', 'shar', 'shar']);
    expect(['bus', 'is', 'sql', 'data'].map(stemWord)).toEqual(['bus', 'is', 'sql', 'data']);
  });
  it('treats regular-expression characters as plain text', () => {
    expect(ids({ text: '.*' })).toEqual([]);
    expect(() => ids({ text: '(' })).not.toThrow();
  });
});

describe('filters', () => {
  it('filter by practice area, status, sponsor and my communities, together', () => {
    expect(ids({ practiceAreas: ['Marketing and Recruitment'] })).toEqual([1, 4]);
    expect(ids({ statuses: ['forming', 'closed'] })).toEqual([4, 5]);
    expect(ids({ sponsorIds: [21] })).toEqual([1, 3]);
    expect(ids({ mineOnly: true })).toEqual([2, 4]);
    expect(ids({ practiceAreas: ['Marketing and Recruitment'], mineOnly: true })).toEqual([4]);
  });
  it('never shows proposed communities, and shows forming and closed only when the web part says so', () => {
    expect(ids({})).not.toContain(6);
    const launchedOnly = { ...everything, visible: visibleStatuses({ showForming: false, showClosed: false }) };
    expect(ids({}, launchedOnly)).toEqual([1, 2, 3]);
    expect(ids({ statuses: ['forming'] }, launchedOnly)).toEqual([]);
  });
  it('knows when anything narrows the list', () => {
    expect(isFiltered(EMPTY_QUERY)).toBe(false);
    expect(isFiltered({ ...EMPTY_QUERY, text: ' ' })).toBe(false);
    expect(isFiltered({ ...EMPTY_QUERY, mineOnly: true })).toBe(true);
  });
});

describe('grouping by practice area', () => {
  it('groups in alphabetical order of area, matching areas without regard to case, communities without one last', () => {
    const groups = groupByPracticeArea([
      community(1, { title: 'B', practiceArea: 'People' }),
      community(2, { title: 'A', practiceArea: '' }),
      community(3, { title: 'C', practiceArea: 'Communications' }),
      community(4, { title: 'D', practiceArea: 'people ' }),
      community(5, { title: 'E', practiceArea: 'Équipe' }),
    ]);
    expect(groups.map((g) => [g.area, g.communities.map((c) => c.id)])).toEqual([
      ['Communications', [3]],
      ['Équipe', [5]],
      ['People', [1, 4]],
      ['', [2]],
    ]);
  });
  it('keeps every community exactly once, and nothing for no communities', () => {
    expect(groupByPracticeArea([])).toEqual([]);
    const all = groupByPracticeArea(COMMUNITIES).flatMap((g) => g.communities.map((c) => c.id));
    expect([...all].sort()).toEqual(COMMUNITIES.map((c) => c.id).sort());
  });
});

describe('facets', () => {
  it('offers the practice areas, stages and sponsors of the communities shown, sorted', () => {
    const facets = directoryFacets(COMMUNITIES, visibleStatuses({ showForming: true, showClosed: false }));
    expect(facets.practiceAreas).toEqual(['Communications', 'Marketing and Recruitment', 'Planning and Insight']);
    expect(facets.statuses).toEqual(['forming', 'launched']);
    expect(facets.sponsors.map((p) => p.displayName)).toEqual(['Anand Iyer', 'Margaret Whitfield']);
  });
  it('drops filter values the directory cannot show and adopts the data spelling', () => {
    const facets = directoryFacets(COMMUNITIES, visibleStatuses({ showForming: true, showClosed: false }));
    const pruned = pruneQuery(
      {
        ...EMPTY_QUERY,
        practiceAreas: ['communications', 'Astrology', 'Communications'],
        statuses: ['closed', 'forming'],
        sponsorIds: [21, 999],
      },
      facets,
    );
    expect(pruned).toEqual({ ...EMPTY_QUERY, practiceAreas: ['Communications'], statuses: ['forming'], sponsorIds: [21] });
  });
});

describe('at the scale of 2,000 communities', () => {
  const areas = ['Communications', 'Events', 'People', 'Research', 'Technical Services'];
  const many = Array.from({ length: 2000 }, (_, i) =>
    community(i + 1, {
      title: `Community ${i + 1}`,
      practiceArea: areas[i % areas.length],
      status: COMMUNITY_STATUSES[i % COMMUNITY_STATUSES.length],
      tags: i % 100 === 0 ? ['needle'] : ['hay'],
    }),
  );
  const index = indexCommunities(many);
  const ctx: FilterContext = { visible: visibleStatuses({ showForming: true, showClosed: true }), myCommunityIds: new Set() };

  it('finds exactly the matching communities', () => {
    const found = filterCommunities(index, { ...EMPTY_QUERY, text: 'needle' }, ctx);
    // Every 100th is tagged; ids 1, 101, 201… of which the proposed ones (every 5th status) are hidden.
    expect(found.every((c) => c.tags.includes('needle') && c.status !== 'proposed')).toBe(true);
    expect(found).toHaveLength(many.filter((c) => c.tags.includes('needle') && c.status !== 'proposed').length);
  });
  it('combines text with filters over the whole set', () => {
    const found = filterCommunities(index, { ...EMPTY_QUERY, text: 'community 1', practiceAreas: ['Events'], statuses: ['forming'] }, ctx);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.practiceArea === 'Events' && c.status === 'forming' && c.title.includes('1'))).toBe(true);
  });
});
