import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CopAdminConsoleWebPartStrings';
import type { ReportData } from '../../../../domain/adminModels';
import type { Community, Person } from '../../../../domain/models';
import type { IAdminService } from '../../../../domain/services';
import {
  addMonths,
  MAX_PERIOD_MONTHS,
  monthOf,
  normalisePeriod,
  PERIOD_PRESETS,
  periodFromSearch,
  presetOf,
  presetPeriod,
  searchWithPeriod,
  type PeriodPreset,
  type ReportPeriod,
} from '../../../../domain/reportPeriod';
import { canReadReport, sponsorReport, sponsoredBy, type SponsorReport as Report } from '../../../../domain/sponsorReport';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { useDates } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { plural } from '../../../../ui/plural';
import { browserUrlState } from '../../../../ui/hooks/urlState';
import type { ICommunityReportProps, ISponsorReportProps } from './ISponsorReportProps';
import { classes, PRINT, PRINT_CSS } from './SponsorReport.styles';
import { ParticipationText } from './ParticipationText';
import { QuestionsText } from './QuestionsText';
import { useId } from '../../../../ui/hooks/useId';

/** What the community did, named: how many, the first `show` of them, and how many more. */
const Listed: React.FC<{
  count: { one: string; other: string };
  none: string;
  items: ReadonlyArray<{ key: string; text: string }>;
  show?: number;
}> = ({ count, none, items, show = 10 }) => {
  if (items.length === 0) return <p>{none}</p>;
  const more = items.length - show;
  return (
    <>
      <p>{plural(count, items.length)}</p>
      <ul className={classes.list}>
        {items.slice(0, show).map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
      </ul>
      {more > 0 && <p>{plural(strings.ReportMore, more)}</p>}
    </>
  );
};

/** One printed page: the community's members over time and who joined, sessions held, what was added to the repertoire, and knowledge gaps. */
export const ReportPage: React.FC<{ report: Report }> = ({ report }) => {
  const dates = useDates();
  const c = report.community;
  const peak = Math.max(1, ...report.membersOverTime.map((m) => m.members));
  const headingId = `cop-report-${c.id}`;
  return (
    <article className={`${classes.page} ${PRINT.page}`} aria-labelledby={headingId}>
      <h3 id={headingId} style={{ margin: 0 }}>
        {fill(strings.ReportHeading, c.title)}
      </h3>
      <p>
        {fill(strings.ReportPeriod, dates.format('day', report.from), dates.format('day', report.to))}.{' '}
        {fill(
          strings.ReportSponsorLine,
          c.sponsor?.displayName ?? strings.None,
          c.gardeners.map((g) => g.displayName).join(', ') || strings.None,
        )}
      </p>
      <div className={classes.grid}>
        <section>
          <h4>{strings.ReportMembersTitle}</h4>
          <p>
            {fill(strings.ReportMembersNow, report.activeNow.core + report.activeNow.wider, report.activeNow.core, report.activeNow.wider)}
          </p>
          <table className={classes.table}>
            <thead>
              <tr>
                <th scope="col">{strings.ReportMonth}</th>
                <th scope="col">{strings.ReportMembers}</th>
                <th aria-hidden="true" />
              </tr>
            </thead>
            <tbody>
              {report.membersOverTime.map((m) => (
                <tr key={m.month}>
                  <td>{dates.formatIso('month', `${m.month}-01T00:00:00Z`)}</td>
                  <td>{m.members}</td>
                  <td style={{ width: '50%' }} aria-hidden="true">
                    <div className={classes.bar} style={{ width: `${(m.members / peak) * 100}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>{strings.ReportNewMembersTitle}</h4>
          <Listed
            count={strings.ReportNewMembersCount}
            none={strings.ReportNoNewMembers}
            show={5}
            items={report.newMembers.map((n) => ({
              key: String(n.person.id),
              text: fill(strings.ReportNewMember, n.person.displayName, dates.format('day', n.joined)),
            }))}
          />
        </section>
        <section>
          <h4>{strings.ReportSessionsTitle}</h4>
          <Listed
            count={strings.ReportSessionsCount}
            none={strings.ReportNoSessions}
            items={report.sessions.map((s) => ({
              key: `${s.event.id}-${s.start.toISOString()}`,
              text: fill(strings.ReportSession, dates.format('day', s.start), s.event.title),
            }))}
          />
          <ParticipationText participation={report.participation} fallback={strings.ReportAttendance} />
          <h4>{strings.ReportQuestionsTitle}</h4>
          <QuestionsText questions={report.questions} />
          <h4>{strings.ReportResourcesTitle}</h4>
          <Listed
            count={strings.ReportResourcesCount}
            none={strings.ReportNoResources}
            items={report.resourcesAdded.map((r) => ({ key: String(r.id), text: r.title }))}
          />
          <h4>{strings.ReportGapsTitle}</h4>
          {report.gaps.length === 0 ? (
            <p>{strings.ReportNoGaps}</p>
          ) : (
            <>
              <p>{strings.ReportGapsIntro}</p>
              <ul className={classes.list}>
                {report.gaps.slice(0, 10).map((g) => (
                  <li key={g.key}>{fill(strings.ReportWanted, g.topic, g.wanting.length)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </article>
  );
};

const PRESET_TEXT: Record<PeriodPreset, string> = {
  last3: strings.ReportLast3,
  last6: strings.ReportLast6,
  last12: strings.ReportLast12,
  thisYear: strings.ReportThisYear,
};
const CHOSEN = 'chosen';

/** The months a report covers: a preset, or any months up to three years back. */
export const PeriodPicker: React.FC<{ period: ReportPeriod; now: Date; onChange: (p: ReportPeriod) => void }> = ({
  period,
  now,
  onChange,
}) => {
  const dates = useDates();
  const [chosen, setChosen] = React.useState(presetOf(period, now) === undefined);
  const preset = chosen ? undefined : presetOf(period, now);
  const current = monthOf(now);
  const months = React.useMemo(
    () =>
      Array.from({ length: MAX_PERIOD_MONTHS }, (_, i) => addMonths(current, -i)).map((m) => ({
        key: m,
        text: dates.formatIso('month', `${m}-01T00:00:00Z`),
      })),
    [current, dates],
  );
  return (
    <>
      <Dropdown
        className={classes.picker}
        label={strings.ReportPeriodLabel}
        selectedKey={preset ?? CHOSEN}
        options={[...PERIOD_PRESETS.map((p) => ({ key: p, text: PRESET_TEXT[p] })), { key: CHOSEN, text: strings.ReportChosenMonths }]}
        onChange={(_, o) => {
          if (!o) return;
          setChosen(o.key === CHOSEN);
          if (o.key !== CHOSEN) onChange(presetPeriod(o.key as PeriodPreset, now));
        }}
      />
      {preset === undefined && (
        <>
          <Dropdown
            label={strings.ReportFrom}
            options={months}
            selectedKey={period.from}
            onChange={(_, o) => o && onChange(normalisePeriod({ from: String(o.key), to: period.to }, now))}
          />
          <Dropdown
            label={strings.ReportTo}
            options={months}
            selectedKey={period.to}
            onChange={(_, o) => o && onChange(normalisePeriod({ from: period.from, to: String(o.key) }, now))}
          />
        </>
      )}
    </>
  );
};

type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: Map<number, ReportData> };

/** Each chosen community's report data, with its members' status over time (SharePoint's versions). */
function useReportData(admin: Pick<IAdminService, 'reportData'>, communities: readonly Community[]): { loaded: Loaded; retry: () => void } {
  const [loaded, setLoaded] = React.useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const key = communities.map((c) => c.id).join(',');
  React.useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    Promise.all(communities.map((c) => admin.reportData(c)))
      .then((all) => live && setLoaded({ status: 'ready', data: new Map(communities.map((c, i) => [c.id, all[i]])) }))
      .catch((error: unknown) => live && setLoaded({ status: 'error', error }));
    return () => {
      live = false;
    };
  }, [admin, key, attempt]);
  return { loaded, retry: () => setAttempt((n) => n + 1) };
}

function reportsOf(communities: readonly Community[], data: Map<number, ReportData>, now: Date, period: ReportPeriod): Report[] {
  return communities.flatMap((community) => {
    const d = data.get(community.id);
    return d ? [sponsorReport({ community, ...d, now, period })] : [];
  });
}

/** Copies the link to this report and says so; where the browser refuses, shows the link to copy by hand. */
const CopyLink: React.FC<{ link: string; copy: (text: string) => Promise<void> }> = ({ link, copy }) => {
  const [outcome, setOutcome] = React.useState<'copied' | 'failed' | undefined>();
  React.useEffect(() => setOutcome(undefined), [link]);
  return (
    <>
      <DefaultButton
        iconProps={{ iconName: 'Link' }}
        onClick={() =>
          copy(link).then(
            () => setOutcome('copied'),
            () => setOutcome('failed'),
          )
        }
      >
        {strings.ReportCopyLink}
      </DefaultButton>
      <div role="status" className={classes.status}>
        {outcome === 'copied' && <MessageBar messageBarType={MessageBarType.success}>{strings.ReportLinkCopied}</MessageBar>}
        {outcome === 'failed' && (
          <TextField label={strings.ReportLinkToCopy} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        )}
      </div>
    </>
  );
};

const copyToClipboard = (text: string): Promise<void> => navigator.clipboard.writeText(text);
const linkHere = (search: string): string => `${window.location.origin}${window.location.pathname}${search}${window.location.hash}`;

const AllowedReport: React.FC<{
  community: Community;
  admin: Pick<IAdminService, 'reportData'>;
  now: Date;
  period: ReportPeriod;
  choose: (p: ReportPeriod) => void;
  print: () => void;
  copy: (text: string) => Promise<void>;
  link: string;
}> = ({ community, admin, now, period, choose, print, copy, link }) => {
  const communities = React.useMemo(() => [community], [community]);
  const { loaded, retry } = useReportData(admin, communities);
  return (
    <section aria-label={strings.ReportTitle}>
      <style>{PRINT_CSS}</style>
      <div className={`${classes.controls} ${PRINT.noPrint}`}>
        <PeriodPicker period={period} now={now} onChange={choose} />
        <PrimaryButton iconProps={{ iconName: 'Print' }} onClick={print} disabled={loaded.status !== 'ready'}>
          {strings.ReportPrint}
        </PrimaryButton>
        <CopyLink link={link} copy={copy} />
      </div>
      {loaded.status === 'loading' && <LoadingView rows={4} />}
      {loaded.status === 'error' && <ErrorView error={loaded.error} onRetry={retry} />}
      {loaded.status === 'ready' && (
        <div className={PRINT.root}>
          {reportsOf(communities, loaded.data, now, period).map((r) => (
            <ReportPage key={r.community.id} report={r} />
          ))}
        </div>
      )}
    </section>
  );
};

/**
 * One community's sponsor report, for its sponsor or the POD team, over the months the page address
 * names (`cop-report`), with a link to share and Print. Anyone else is told whose report it is.
 */
export const CommunityReport: React.FC<ICommunityReportProps> = ({
  community,
  me,
  admin,
  now,
  urlState = browserUrlState,
  print = () => window.print(),
  copy = copyToClipboard,
  linkFor = linkHere,
}) => {
  const allowed = canReadReport(community, me);
  const [period, setPeriod] = React.useState(() => periodFromSearch(urlState.read(), now));
  // The address names the report and its months from the moment it opens, so a copied address works too.
  React.useEffect(() => {
    if (allowed) urlState.write(searchWithPeriod(urlState.read(), period));
  }, [allowed, period, urlState]);
  if (!allowed)
    return (
      <MessageBar messageBarType={MessageBarType.info}>
        {fill(strings.ReportNotAllowed, community.title, community.sponsor?.displayName ?? strings.None)}
      </MessageBar>
    );
  return (
    <AllowedReport
      community={community}
      admin={admin}
      now={now}
      period={period}
      choose={setPeriod}
      print={print}
      copy={copy}
      link={linkFor(searchWithPeriod(urlState.read(), period))}
    />
  );
};

/** A printable one-page report per community, or one page for each of a sponsor's communities. */
export const SponsorReport: React.FC<ISponsorReportProps> = ({ data, admin, now, print = () => window.print() }) => {
  const copAdminReportId = useId('cop-admin-report');
  const communities = data.communities.filter((c) => c.status !== 'closed');
  const sponsors = React.useMemo(() => {
    const byId = new Map<number, Person>();
    for (const c of data.communities) if (c.sponsor) byId.set(c.sponsor.id, c.sponsor);
    return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  }, [data.communities]);
  const [mode, setMode] = React.useState<'community' | 'sponsor'>('community');
  const [communityId, setCommunityId] = React.useState<number | undefined>(communities[0]?.id);
  const [sponsorId, setSponsorId] = React.useState<number | undefined>(sponsors[0]?.id);
  const [period, setPeriod] = React.useState(() => presetPeriod('last12', now));

  const chosen: Community[] =
    mode === 'community'
      ? communities.filter((c) => c.id === (communityId ?? communities[0]?.id))
      : sponsorId !== undefined
        ? sponsoredBy(data.communities, sponsorId)
        : [];
  const { loaded, retry } = useReportData(admin, chosen);
  const reports = loaded.status === 'ready' ? reportsOf(chosen, loaded.data, now, period) : [];

  return (
    <section aria-labelledby={copAdminReportId}>
      <style>{PRINT_CSS}</style>
      <h3 id={copAdminReportId} className={PRINT.noPrint}>
        {strings.ReportTitle}
      </h3>
      <div className={`${classes.controls} ${PRINT.noPrint}`}>
        <ChoiceGroup
          label={strings.ReportFor}
          selectedKey={mode}
          options={[
            { key: 'community', text: strings.ReportForCommunity },
            { key: 'sponsor', text: strings.ReportForSponsor },
          ]}
          onChange={(_, o) => o && setMode(o.key as 'community' | 'sponsor')}
        />
        {mode === 'community' ? (
          <Dropdown
            className={classes.picker}
            label={strings.ReportCommunity}
            options={communities.map((c) => ({ key: c.id, text: c.title }))}
            selectedKey={communityId ?? null}
            onChange={(_, o) => o && setCommunityId(Number(o.key))}
          />
        ) : (
          <Dropdown
            className={classes.picker}
            label={strings.ReportSponsor}
            options={sponsors.map((s) => ({ key: s.id, text: s.displayName }))}
            selectedKey={sponsorId ?? null}
            onChange={(_, o) => o && setSponsorId(Number(o.key))}
          />
        )}
        <PeriodPicker period={period} now={now} onChange={setPeriod} />
        <PrimaryButton iconProps={{ iconName: 'Print' }} onClick={print} disabled={reports.length === 0}>
          {strings.ReportPrint}
        </PrimaryButton>
      </div>
      {mode === 'sponsor' && sponsors.length === 0 && <MessageBar>{strings.ReportNoSponsors}</MessageBar>}
      {mode === 'sponsor' && sponsors.length > 0 && chosen.length === 0 && <MessageBar>{strings.ReportNothing}</MessageBar>}
      {chosen.length > 0 && loaded.status === 'loading' && <LoadingView rows={4} />}
      {loaded.status === 'error' && <ErrorView error={loaded.error} onRetry={retry} />}
      <div className={PRINT.root}>
        {reports.map((r) => (
          <ReportPage key={r.community.id} report={r} />
        ))}
      </div>
    </section>
  );
};
