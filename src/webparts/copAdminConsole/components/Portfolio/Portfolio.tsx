import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DetailsList, DetailsListLayoutMode, SelectionMode, type IColumn } from '@fluentui/react/lib/DetailsList';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopAdminConsoleWebPartStrings';
import { COMMUNITY_STATUSES, type CommunityStatus } from '../../../../domain/models';
import {
  EMPTY_PORTFOLIO_FILTER,
  filterPortfolio,
  sortPortfolio,
  type PortfolioFilter,
  type PortfolioRow,
  type PortfolioSortKey,
} from '../../../../domain/portfolio';
import { ErrorView } from '../../../../ui/components/StatusViews';
import { useDates, type DateFormats } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { healthText } from '../../../../ui/health';
import { plural } from '../../../../ui/plural';
import { useStageName } from '../../../../ui/stageNames';
import { HealthExplainer } from '../HealthExplainer';
import type { IPortfolioProps } from './IPortfolioProps';
import { classes } from './Portfolio.styles';
import { useId } from '../../../../ui/hooks/useId';

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

/** Every community with what says whether it is alive; sortable, filterable, exportable. */
export const Portfolio: React.FC<IPortfolioProps> = ({ rows, now, download }) => {
  const copAdminPortfolioId = useId('cop-admin-portfolio');
  const dates = useDates();
  const stageName = useStageName();
  const [filter, setFilter] = React.useState<PortfolioFilter>(EMPTY_PORTFOLIO_FILTER);
  const [sort, setSort] = React.useState<{ key: PortfolioSortKey; descending: boolean }>({ key: 'title', descending: false });
  const shown = React.useMemo(() => sortPortfolio(filterPortfolio(rows, filter), sort.key, sort.descending), [rows, filter, sort]);

  const column = (
    key: string,
    name: string,
    onRender: (r: PortfolioRow) => React.ReactNode,
    sortKey?: PortfolioSortKey,
    minWidth = 80,
  ): IColumn => ({
    // Values wrap rather than end in "…": a health band or a list of gardeners is read in full.
    key,
    name,
    minWidth,
    maxWidth: minWidth * 2.5,
    isResizable: true,
    isMultiline: true,
    onRender,
    isSorted: sortKey !== undefined && sort.key === sortKey,
    isSortedDescending: sortKey !== undefined && sort.key === sortKey && sort.descending,
    sortAscendingAriaLabel: strings.SortedAscending,
    sortDescendingAriaLabel: strings.SortedDescending,
    onColumnClick: sortKey
      ? () => setSort((s) => ({ key: sortKey, descending: s.key === sortKey ? !s.descending : sortKey === 'health' }))
      : undefined,
  });
  const columns: IColumn[] = [
    column('title', strings.ColCommunity, (r) => <strong>{r.community.title}</strong>, 'title', 160),
    column('status', strings.ColStatus, (r) => stageName(r.community.status), 'status', 70),
    column(
      'members',
      `${strings.ColCore} / ${strings.ColWider}`,
      (r) => (r.community.status === 'forming' ? `${strings.ColPledged}: ${r.members.pledged}` : `${r.members.core} / ${r.members.wider}`),
      'members',
      110,
    ),
    column(
      'gardener',
      strings.ColGardener,
      (r) =>
        r.hasGardener ? (
          r.community.gardeners.map((g) => g.displayName).join(', ')
        ) : (
          <span className={classes.missing}>{strings.Missing}</span>
        ),
      undefined,
      110,
    ),
    column(
      'sponsor',
      strings.ColSponsor,
      (r) => r.community.sponsor?.displayName ?? <span className={classes.missing}>{strings.Missing}</span>,
      undefined,
      110,
    ),
    column('lastSession', strings.ColLastSession, (r) => lastSession(r, dates), 'lastSession', 140),
    column(
      'freshness',
      strings.ColFreshness,
      (r) => (r.resources ? fill(strings.FreshOf, r.resources - r.resourcesDueForReview, r.resources) : strings.NoResources),
      'freshness',
      130,
    ),
    column(
      'health',
      strings.ColHealth,
      (r) => (r.health ? <span className={classes[r.health.band]}>{healthText(r.health)}</span> : healthText(undefined)),
      'health',
      170,
    ),
  ];

  const [exportError, setExportError] = React.useState<unknown>();
  const exportCsv = (): void => {
    setExportError(undefined);
    // The CSV writer (papaparse) loads on first export.
    import(/* webpackChunkName: 'cop-admin-csv' */ '../../../../formats/csvExport')
      .then(({ portfolioCsv }) => {
        // The byte order mark makes spreadsheet programs read the file as UTF-8.
        download(
          fill(strings.CsvFileName, now.toISOString().slice(0, 10)),
          `\uFEFF${portfolioCsv(shown, CSV_HEADINGS)}`,
          'text/csv;charset=utf-8',
        );
      })
      .catch(setExportError);
  };

  return (
    <section aria-labelledby={copAdminPortfolioId}>
      <Text as="h3" variant="large" id={copAdminPortfolioId} block>
        {strings.PortfolioTitle}
      </Text>
      <HealthExplainer />
      {rows.length === 0 ? (
        <MessageBar>{strings.PortfolioNone}</MessageBar>
      ) : (
        <>
          <div className={classes.toolbar}>
            <SearchBox
              className={classes.search}
              placeholder={strings.PortfolioSearch}
              ariaLabel={strings.PortfolioSearch}
              value={filter.text}
              onChange={(_, v) => setFilter((f) => ({ ...f, text: v ?? '' }))}
            />
            <Dropdown
              className={classes.status}
              label={strings.PortfolioStatus}
              placeholder={strings.PortfolioAllStatuses}
              multiSelect
              options={COMMUNITY_STATUSES.map((s) => ({ key: s, text: stageName(s) }))}
              selectedKeys={[...filter.statuses]}
              onChange={(_, o) =>
                o &&
                setFilter((f) => ({
                  ...f,
                  statuses: o.selected ? [...f.statuses, o.key as CommunityStatus] : f.statuses.filter((s) => s !== o.key),
                }))
              }
            />
            <Checkbox
              label={strings.PortfolioNeedsLeadership}
              checked={filter.needsLeadership}
              onChange={(_, c) => setFilter((f) => ({ ...f, needsLeadership: !!c }))}
            />
            <DefaultButton iconProps={{ iconName: 'Download' }} onClick={exportCsv} disabled={shown.length === 0}>
              {strings.PortfolioExport}
            </DefaultButton>
          </div>
          {exportError !== undefined && <ErrorView error={exportError} onRetry={exportCsv} />}
          <Text block className={classes.count} role="status">
            {plural(strings.PortfolioCount, rows.length, shown.length, rows.length)}
          </Text>
          {shown.length === 0 ? (
            <MessageBar>{strings.PortfolioEmpty}</MessageBar>
          ) : (
            <div className={classes.table}>
              <DetailsList
                items={shown}
                columns={columns}
                selectionMode={SelectionMode.none}
                layoutMode={DetailsListLayoutMode.justified}
                ariaLabelForGrid={strings.PortfolioTableLabel}
                getKey={(r: PortfolioRow) => String(r.community.id)}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
};
