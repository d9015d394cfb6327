/**
 * The CSV export of the whole portfolio, loaded on the first click (with papaparse). Unlike a page,
 * an export needs every community's figures, so it reads the lists whole (what the console used to
 * read on opening): a deliberate, occasional cost that the first view no longer pays.
 */
import { buildPortfolio } from '../../../../domain/portfolio';
import {
  matchesFilter,
  orderCommunities,
  sortPortfolioRows,
  type PortfolioFilter,
  type PortfolioSortKey,
} from '../../../../domain/portfolioPaging';
import type { CopServices } from '../../../../domain/services';
import { portfolioCsv, type PortfolioCsvHeadings } from '../../../../formats/csvExport';
import { loadAdminData } from '../../hooks/useAdminData';

export async function exportPortfolio(
  services: CopServices,
  filter: PortfolioFilter,
  sort: { key: PortfolioSortKey; descending: boolean },
  now: Date,
  headings: PortfolioCsvHeadings,
): Promise<string> {
  const [data, records] = await Promise.all([
    loadAdminData(services),
    // Attendance for the health score, as a page reads it; a site without the list scores without it.
    services.admin.sessionRecords().catch(() => undefined),
  ]);
  const communities = orderCommunities(
    data.communities.filter((c) => matchesFilter(c, filter)),
    sort.key,
    sort.descending,
  );
  // In the order the table sorts, across every community (a page sorts only its own rows).
  const rows = sortPortfolioRows(buildPortfolio({ ...data, records, communities, now }), sort.key, sort.descending);
  return portfolioCsv(rows, headings);
}
