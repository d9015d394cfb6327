import { community } from '../ui/testing/fakeServices';
import type { Community, Person } from './models';
import type { PortfolioRow } from './portfolio';
import {
  EMPTY_PORTFOLIO_FILTER,
  matchesFilter,
  orderCommunities,
  pageOf,
  PORTFOLIO_PAGE_SIZE,
  sortPortfolioRows,
  sortsWholePortfolio,
} from './portfolioPaging';

const person = (id: number, displayName: string): Person => ({ id, displayName, email: `${id}@x.example` });
const row = (c: Community, over: Partial<PortfolioRow> = {}): PortfolioRow => ({
  community: c,
  members: { core: 0, wider: 0, pledged: 0 },
  hasSponsor: false,
  hasGardener: false,
  lapsed: false,
  resources: 0,
  resourcesDueForReview: 0,
  ...over,
});

describe('pageOf', () => {
  const items = Array.from({ length: 65 }, (_, i) => i + 1);

  it("fits a page's figures in one $batch of 20: a count per community, and events, resources, records, questions and answers", () => {
    expect(PORTFOLIO_PAGE_SIZE).toBe(15);
    expect(pageOf(items, 0).items).toHaveLength(PORTFOLIO_PAGE_SIZE);
  });

  it('cuts pages and says which items are shown', () => {
    const first = pageOf(items, 0, 30);
    expect([first.items.length, first.items[0], first.page, first.pages, first.total, first.from, first.to]).toEqual([
      30, 1, 0, 3, 65, 1, 30,
    ]);
    const last = pageOf(items, 2, 30);
    expect([last.items, last.from, last.to]).toEqual([[61, 62, 63, 64, 65], 61, 65]);
  });

  it('keeps the page within the pages there are (after a filter shrinks the list, or a bad number)', () => {
    expect(pageOf(items, 7, 30).page).toBe(2);
    expect(pageOf(items, -3, 30).page).toBe(0);
    expect(pageOf(items, 1.8, 30).page).toBe(1);
  });

  it('has one empty page when nothing matches', () => {
    expect(pageOf([], 4)).toEqual({ items: [], page: 0, pages: 1, total: 0, from: 0, to: 0 });
  });

  it('takes any page size', () => {
    expect(pageOf(items, 1, 10).items).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  });
});

describe('orderCommunities', () => {
  const cs = [
    community(1, { title: 'beta', status: 'forming' }),
    community(2, { title: 'Alpha', status: 'launched' }),
    community(3, { title: 'gamma', status: 'forming' }),
    community(4, { title: 'Delta', status: 'proposed' }),
  ];

  it('orders the whole portfolio by title whatever the case, either way', () => {
    expect(orderCommunities(cs, 'title').map((c) => c.id)).toEqual([2, 1, 4, 3]);
    expect(orderCommunities(cs, 'title', true).map((c) => c.id)).toEqual([3, 4, 1, 2]);
  });

  it('orders by stage (proposed first), titles breaking ties', () => {
    expect(orderCommunities(cs, 'status').map((c) => c.id)).toEqual([4, 1, 3, 2]);
    expect(orderCommunities(cs, 'status', true).map((c) => c.id)).toEqual([2, 1, 3, 4]);
  });

  it('keeps title order for figures only a page has read (they sort the page instead)', () => {
    for (const key of ['members', 'lastSession', 'freshness', 'health'] as const) {
      expect(sortsWholePortfolio(key)).toBe(false);
      expect(orderCommunities(cs, key, true).map((c) => c.id)).toEqual([2, 1, 4, 3]);
    }
    expect(sortsWholePortfolio('title')).toBe(true);
    expect(sortsWholePortfolio('status')).toBe(true);
  });

  it('does not change the list it was given', () => {
    const before = cs.map((c) => c.id);
    orderCommunities(cs, 'title', true);
    expect(cs.map((c) => c.id)).toEqual(before);
  });
});

describe('matchesFilter', () => {
  const led = community(1, {
    title: 'Data',
    practiceArea: 'Analytics',
    sponsor: person(5, 'Anand Iyer'),
    gardeners: [person(6, 'Daniel Novak')],
  });
  const unled = community(2, { title: 'Events', status: 'forming' });

  it('finds every word in the title, practice area, sponsor or gardeners, in any case', () => {
    expect(matchesFilter(led, { ...EMPTY_PORTFOLIO_FILTER, text: 'NOVAK data' })).toBe(true);
    expect(matchesFilter(led, { ...EMPTY_PORTFOLIO_FILTER, text: 'analytics iyer' })).toBe(true);
    expect(matchesFilter(led, { ...EMPTY_PORTFOLIO_FILTER, text: 'novak events' })).toBe(false);
  });

  it('keeps only the stages chosen, and only communities missing a sponsor or gardener when asked', () => {
    expect(matchesFilter(unled, { ...EMPTY_PORTFOLIO_FILTER, statuses: ['forming'] })).toBe(true);
    expect(matchesFilter(led, { ...EMPTY_PORTFOLIO_FILTER, statuses: ['forming'] })).toBe(false);
    expect(matchesFilter(unled, { ...EMPTY_PORTFOLIO_FILTER, needsLeadership: true })).toBe(true);
    expect(matchesFilter(led, { ...EMPTY_PORTFOLIO_FILTER, needsLeadership: true })).toBe(false);
    expect(matchesFilter({ ...led, gardeners: [] }, { ...EMPTY_PORTFOLIO_FILTER, needsLeadership: true })).toBe(true);
  });
});

describe('sortPortfolioRows', () => {
  const rows = [
    row(community(1, { title: 'B' }), {
      health: { score: 40, band: 'atRisk', parts: [] } as never,
      members: { core: 5, wider: 1, pledged: 0 },
    }),
    row(community(2, { title: 'A' }), { members: { core: 1, wider: 1, pledged: 0 } }),
    row(community(3, { title: 'C' }), {
      health: { score: 90, band: 'healthy', parts: [] } as never,
      members: { core: 1, wider: 1, pledged: 0 },
    }),
  ];

  it('sorts a page by health, unscored lowest', () => {
    expect(sortPortfolioRows(rows, 'health', true).map((r) => r.community.id)).toEqual([3, 1, 2]);
    expect(sortPortfolioRows(rows, 'health').map((r) => r.community.id)).toEqual([2, 1, 3]);
  });

  it('sorts by members with ties in title order', () => {
    expect(sortPortfolioRows(rows, 'members').map((r) => r.community.id)).toEqual([2, 3, 1]);
  });
});
