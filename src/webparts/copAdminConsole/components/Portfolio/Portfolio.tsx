import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopAdminConsoleWebPartStrings';
import { COMMUNITY_STATUSES, type Community, type CommunityStatus } from '../../../../domain/models';
import type { PortfolioRow } from '../../../../domain/portfolio';
import {
  EMPTY_PORTFOLIO_FILTER,
  matchesFilter,
  orderCommunities,
  pageOf,
  sortPortfolioRows,
  type PortfolioFilter,
  type PortfolioSortKey,
} from '../../../../domain/portfolioPaging';
import { FilterDropdown } from '../../../../ui/components/FilterDropdown';
import { LightButton } from '../../../../ui/components/LightButton';
import { Notice } from '../../../../ui/components/Notice';
import { SearchField } from '../../../../ui/components/SearchField';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { useDates, type DateFormats } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { healthText } from '../../../../ui/health';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { useId } from '../../../../ui/hooks/useId';
import { plural } from '../../../../ui/plural';
import { useStageName } from '../../../../ui/stageNames';
import { HealthExplainer } from '../HealthExplainer';
import type { IPortfolioProps } from './IPortfolioProps';
import { classes } from './Portfolio.styles';

/** The CSV's headings, in the UI's words. */
export const CSV_HEADINGS = {
  title: strings.ColCommunity,
  status: strings.ColStatus,
  practiceArea: strings.ColPracticeArea,
  core: strings.ColCore,
  wider: strings.ColWider,
  pledged: strings.ColPledged,
  sponsor: strings.ColSponsor,
  gardeners: strings.ColGardeners,
  lastSession: strings.ColLastSession,
  rhythmDays: strings.ColRhythmDays,
  resources: strings.ColResources,
  dueForReview: strings.ColDueForReview,
  health: strings.ColHealth,
};

function lastSession(r: PortfolioRow, dates: DateFormats): React.ReactNode {
  if (!r.lastSession) return r.community.rhythmDays ? <span className={classes.lapsed}>{strings.NeverMet}</span> : strings.NeverMet;
  const days = r.daysSinceLastSession ?? 0;
  const text = plural(strings.DaysAgo, days, dates.format('day', r.lastSession), days);
  return r.lapsed ? (
    <span className={classes.lapsed}>
      {text}, {strings.Lapsed}
    </span>
  ) : (
    text
  );
}

interface Column {
  key: string;
  name: string;
  render: (r: PortfolioRow) => React.ReactNode;
  sortKey?: PortfolioSortKey;
  minWidth: number;
}

interface Sort {
  key: PortfolioSortKey;
  descending: boolean;
}

/**
 * The figures of one page's communities: their counts and items read for them alone, and the
 * rhythm and health arithmetic (rrule) fetched beside that read, so neither is in the first render.
 */
function usePageRows(
  admin: IPortfolioProps['admin'],
  page: readonly Community[],
  now: Date,
  version: number | undefined,
): ReturnType<typeof useAsync<PortfolioRow[]>> {
  const key = page.map((c) => c.id).join(',');
  return useAsync(async () => {
    const [data, { buildPortfolio }] = await Promise.all([
      admin.portfolioPage(page),
      import(/* webpackChunkName: 'cop-portfolio-sessions' */ '../../../../domain/portfolio'),
    ]);
    return buildPortfolio({ ...data, communities: page, now });
  }, [admin, key, now, version]);
}

/**
 * Every community, a page at a time, with what says whether it is alive; filtered and ordered by
 * title or stage across the whole portfolio, by the figures within the page; exported whole.
 */
export const Portfolio: React.FC<IPortfolioProps> = ({ communities, admin, services, now, download, version }) => {
  const copAdminPortfolioId = useId('cop-admin-portfolio');
  const dates = useDates();
  const stageName = useStageName();
  const [filter, setFilter] = React.useState<PortfolioFilter>(EMPTY_PORTFOLIO_FILTER);
  const [sort, setSort] = React.useState<Sort>({ key: 'title', descending: false });
  const [pageIndex, setPageIndex] = React.useState(0);
  const matching = React.useMemo(
    () =>
      orderCommunities(
        communities.filter((c) => matchesFilter(c, filter)),
        sort.key,
        sort.descending,
      ),
    [communities, filter, sort],
  );
  const page = React.useMemo(() => pageOf(matching, pageIndex), [matching, pageIndex]);
  const rows = usePageRows(admin, page.items, now, version);
  const shown = React.useMemo(
    () => (rows.state.status === 'ready' ? sortPortfolioRows(rows.state.data, sort.key, sort.descending) : []),
    [rows.state, sort],
  );
  const changeFilter = (f: (old: PortfolioFilter) => PortfolioFilter): void => {
    setFilter(f);
    setPageIndex(0);
  };
  const sortBy = (key: PortfolioSortKey): void => {
    setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'health' }));
    setPageIndex(0);
  };

  const columns: Column[] = [
    { key: 'title', name: strings.ColCommunity, render: (r) => <strong>{r.community.title}</strong>, sortKey: 'title', minWidth: 160 },
    { key: 'status', name: strings.ColStatus, render: (r) => stageName(r.community.status), sortKey: 'status', minWidth: 70 },
    {
      key: 'members',
      name: `${strings.ColCore} / ${strings.ColWider}`,
      render: (r) =>
        r.community.status === 'forming' ? `${strings.ColPledged}: ${r.members.pledged}` : `${r.members.core} / ${r.members.wider}`,
      sortKey: 'members',
      minWidth: 110,
    },
    {
      key: 'gardener',
      name: strings.ColGardener,
      render: (r) =>
        r.hasGardener ? (
          r.community.gardeners.map((g) => g.displayName).join(', ')
        ) : (
          <span className={classes.missing}>{strings.Missing}</span>
        ),
      minWidth: 110,
    },
    {
      key: 'sponsor',
      name: strings.ColSponsor,
      render: (r) => r.community.sponsor?.displayName ?? <span className={classes.missing}>{strings.Missing}</span>,
      minWidth: 110,
    },
    { key: 'lastSession', name: strings.ColLastSession, render: (r) => lastSession(r, dates), sortKey: 'lastSession', minWidth: 140 },
    {
      key: 'freshness',
      name: strings.ColFreshness,
      render: (r) => (r.resources ? fill(strings.FreshOf, r.resources - r.resourcesDueForReview, r.resources) : strings.NoResources),
      sortKey: 'freshness',
      minWidth: 130,
    },
    {
      key: 'health',
      name: strings.ColHealth,
      render: (r) => (r.health ? <span className={classes[r.health.band]}>{healthText(r.health)}</span> : healthText(undefined)),
      sortKey: 'health',
      minWidth: 170,
    },
  ];

  const [exportState, setExportState] = React.useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const exportCsv = (): void => {
    setExportState({ busy: true });
    // The export's code (papaparse, the whole-portfolio read) loads on first export.
    import(/* webpackChunkName: 'cop-portfolio-export-admin' */ './portfolioExport')
      .then(({ exportPortfolio }) => exportPortfolio(services, filter, sort, now, CSV_HEADINGS))
      .then((csv) => {
        // The byte order mark makes spreadsheet programs read the file as UTF-8.
        download(fill(strings.CsvFileName, now.toISOString().slice(0, 10)), `\uFEFF${csv}`, 'text/csv;charset=utf-8');
        setExportState({ busy: false });
      })
      .catch((error: unknown) => setExportState({ busy: false, error }));
  };

  const ariaSort = (c: Column): 'ascending' | 'descending' | undefined =>
    c.sortKey !== undefined && sort.key === c.sortKey ? (sort.descending ? 'descending' : 'ascending') : undefined;

  return (
    <section aria-labelledby={copAdminPortfolioId}>
      <Text as="h3" variant="large" id={copAdminPortfolioId} block>
        {strings.PortfolioTitle}
      </Text>
      <HealthExplainer />
      {communities.length === 0 ? (
        <Notice>{strings.PortfolioNone}</Notice>
      ) : (
        <>
          <div className={classes.toolbar}>
            <SearchField
              className={classes.search}
              label={strings.PortfolioSearch}
              placeholder={strings.PortfolioSearch}
              value={filter.text}
              onChange={(v) => changeFilter((f) => ({ ...f, text: v }))}
            />
            <FilterDropdown
              className={classes.status}
              label={strings.PortfolioStatus}
              placeholder={strings.PortfolioAllStatuses}
              multiSelect
              options={COMMUNITY_STATUSES.map((s) => ({ key: s, text: stageName(s) }))}
              selectedKeys={[...filter.statuses]}
              onChange={(_, o) =>
                o &&
                changeFilter((f) => ({
                  ...f,
                  statuses: o.selected ? [...f.statuses, o.key as CommunityStatus] : f.statuses.filter((s) => s !== o.key),
                }))
              }
            />
            <label className={classes.check}>
              <input
                type="checkbox"
                checked={filter.needsLeadership}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  changeFilter((f) => ({ ...f, needsLeadership: checked }));
                }}
              />
              {strings.PortfolioNeedsLeadership}
            </label>
            <LightButton iconName="Download" onClick={exportCsv} disabled={matching.length === 0 || exportState.busy}>
              {strings.PortfolioExport}
            </LightButton>
          </div>
          {exportState.busy && <Notice>{strings.PortfolioExporting}</Notice>}
          {exportState.error !== undefined && <ErrorView error={exportState.error} onRetry={exportCsv} />}
          <Text block className={classes.count} role="status">
            {plural(strings.PortfolioCount, communities.length, matching.length, communities.length)}
          </Text>
          {matching.length === 0 ? (
            <Notice>{strings.PortfolioEmpty}</Notice>
          ) : (
            <>
              {page.pages > 1 && <Text block>{fill(strings.PortfolioShowing, page.from, page.to, page.total)}</Text>}
              <div className={classes.table}>
                <table className={classes.grid} aria-label={strings.PortfolioTableLabel} aria-busy={rows.state.status === 'loading'}>
                  <thead>
                    <tr>
                      {columns.map((c) => (
                        <th key={c.key} scope="col" aria-sort={ariaSort(c)} style={{ minWidth: c.minWidth }}>
                          {c.sortKey ? (
                            <button type="button" className={classes.sort} onClick={() => c.sortKey && sortBy(c.sortKey)}>
                              {c.name}
                              {ariaSort(c) && <FontIcon iconName={sort.descending ? 'SortDown' : 'SortUp'} aria-hidden />}
                            </button>
                          ) : (
                            c.name
                          )}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  {rows.state.status === 'ready' && (
                    <tbody>
                      {shown.map((r) => (
                        <tr key={r.community.id}>
                          {columns.map((c) => (
                            <td key={c.key}>{c.render(r)}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  )}
                </table>
              </div>
              {rows.state.status === 'loading' && <LoadingView rows={4} />}
              {rows.state.status === 'error' && <ErrorView error={rows.state.error} onRetry={rows.reload} />}
              {page.pages > 1 && (
                <nav aria-label={strings.PortfolioPages} className={classes.pager}>
                  <LightButton onClick={() => setPageIndex(page.page - 1)} disabled={page.page === 0}>
                    {strings.PortfolioPrevious}
                  </LightButton>
                  <span>{fill(strings.PortfolioPageOf, page.page + 1, page.pages)}</span>
                  <LightButton onClick={() => setPageIndex(page.page + 1)} disabled={page.page + 1 >= page.pages}>
                    {strings.PortfolioNext}
                  </LightButton>
                </nav>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
};
