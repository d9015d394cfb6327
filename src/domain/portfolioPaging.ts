/**
 * The admin console's portfolio a page at a time (issue 20). The whole portfolio is the Communities
 * list: filtered and ordered here on what its items hold (title, stage, practice area, sponsor,
 * gardeners), so paging through 2,000 communities reads nothing more. What needs each community's
 * own items (members, sessions, resources, and the health score made of them) is read for the page
 * on screen only, and sorting by those columns orders that page.
 */
import type { Community, CommunityStatus } from './models';
import type { PortfolioRow } from './portfolio';

/**
 * Communities on one page of the portfolio. Its figures are one read per community (member counts,
 * each by its own items) and one read per list for the page's ids: events, resources, session
 * records, questions and answers. With SharePoint $batch parts 20 at a time (readBatcher), 15 + 5
 * fill one batch at any size; a bigger page would take two once the portfolio outgrew it, and the
 * first view's requests would grow with the site.
 */
export const PORTFOLIO_PAGE_LIST_READS = 5;
export const PORTFOLIO_PAGE_SIZE = 20 - PORTFOLIO_PAGE_LIST_READS;

export const PORTFOLIO_SORT_KEYS = ['title', 'status', 'members', 'lastSession', 'freshness', 'health'] as const;
export type PortfolioSortKey = (typeof PORTFOLIO_SORT_KEYS)[number];

/** Keys the Communities list itself holds: they order the whole portfolio; the others order a page. */
export const PORTFOLIO_WIDE_SORT_KEYS: readonly PortfolioSortKey[] = ['title', 'status'];

export function sortsWholePortfolio(key: PortfolioSortKey): boolean {
  return PORTFOLIO_WIDE_SORT_KEYS.includes(key);
}

export interface PortfolioFilter {
  /** Words that must all appear in the title, practice area, sponsor or a gardener's name. */
  text: string;
  /** Only these statuses; empty for all. */
  statuses: readonly CommunityStatus[];
  /** Only communities missing a sponsor or a gardener. */
  needsLeadership: boolean;
}

export const EMPTY_PORTFOLIO_FILTER: PortfolioFilter = { text: '', statuses: [], needsLeadership: false };

/** Whether a community passes the filter: everything it tests is on the community's own item. */
export function matchesFilter(c: Community, filter: PortfolioFilter): boolean {
  if (filter.statuses.length && !filter.statuses.includes(c.status)) return false;
  if (filter.needsLeadership && c.sponsor !== undefined && c.gardeners.length > 0) return false;
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = [c.title, c.practiceArea, c.sponsor?.displayName ?? '', ...c.gardeners.map((g) => g.displayName)]
    .join(' ')
    .toLocaleLowerCase();
  return words.every((w) => haystack.includes(w));
}

export const STATUS_ORDER: Record<CommunityStatus, number> = { proposed: 0, forming: 1, launched: 2, dormant: 3, closed: 4 };

/**
 * The whole portfolio in the order the table asks: by title or stage (descending when asked), ties
 * in title order. A key the list doesn't hold (members, health…) keeps title order here; the page
 * is sorted by it once its rows are read (sortPortfolio).
 */
export function orderCommunities(communities: readonly Community[], key: PortfolioSortKey, descending = false): Community[] {
  const dir = descending && sortsWholePortfolio(key) ? -1 : 1;
  const byTitle = (a: Community, b: Community): number =>
    a.title.toLocaleLowerCase().localeCompare(b.title.toLocaleLowerCase()) || a.id - b.id;
  return [...communities].sort((a, b) => {
    if (key === 'status') return dir * (STATUS_ORDER[a.status] - STATUS_ORDER[b.status]) || byTitle(a, b);
    return dir * byTitle(a, b);
  });
}

export interface PortfolioPage<T> {
  items: T[];
  /** Zero-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** How many items in all (every page). */
  total: number;
  /** One-based positions of the first and last item shown; 0 and 0 when there are none. */
  from: number;
  to: number;
}

/** Page `page` (zero-based) of `items`; a page past the end shows the last one. */
export function pageOf<T>(items: readonly T[], page: number, size = PORTFOLIO_PAGE_SIZE): PortfolioPage<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const at = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const slice = items.slice(at * size, at * size + size);
  return {
    items: slice,
    page: at,
    pages,
    total: items.length,
    from: slice.length ? at * size + 1 : 0,
    to: at * size + slice.length,
  };
}

/** The value a column sorts by; missing values (never met, unscored) sort as the lowest. */
function sortValue(row: PortfolioRow, key: PortfolioSortKey): number | string {
  switch (key) {
    case 'title':
      return row.community.title.toLocaleLowerCase();
    case 'status':
      return STATUS_ORDER[row.community.status];
    case 'members':
      return row.members.core + row.members.wider;
    case 'lastSession':
      return row.lastSession?.getTime() ?? -Infinity;
    case 'freshness':
      return row.freshness ?? -Infinity;
    case 'health':
      return row.health?.score ?? -Infinity;
  }
}

/** A stable sort of portfolio rows (a page's, or every row for an export); ties keep title order. */
export function sortPortfolioRows(rows: readonly PortfolioRow[], key: PortfolioSortKey, descending = false): PortfolioRow[] {
  const dir = descending ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = sortValue(a.row, key);
      const y = sortValue(b.row, key);
      if (x < y) return -dir;
      if (x > y) return dir;
      return a.row.community.title.localeCompare(b.row.community.title) || a.i - b.i;
    })
    .map((x) => x.row);
}
