import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import * as strings from 'CopAdminConsoleWebPartStrings';
import type { Community, Person } from '../../../../domain/models';
import { sponsorReport, sponsoredBy, type SponsorReport as Report } from '../../../../domain/sponsorReport';
import { useDates } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import type { ISponsorReportProps } from './ISponsorReportProps';
import { classes, PRINT, PRINT_CSS } from './SponsorReport.styles';


/** One printed page: the community's members over time, sessions, resources and knowledge gaps. */
const ReportPage: React.FC<{ report: Report }> = ({ report }) => {
  const dates = useDates();
  const c = report.community;
  const peak = Math.max(1, ...report.membersOverTime.map((m) => m.members));
  const headingId = `cop-report-${c.id}`;
  return (
    <article className={`${classes.page} ${PRINT.page}`} aria-labelledby={headingId}>
      <h3 id={headingId} style={{ margin: 0 }}>{fill(strings.ReportHeading, c.title)}</h3>
      <p>{fill(strings.ReportPeriod, dates.format('day', report.from), dates.format('day', report.to))}. {fill(strings.ReportSponsorLine, c.sponsor?.displayName ?? strings.None, c.gardeners.map((g) => g.displayName).join(', ') || strings.None)}</p>
      <div className={classes.grid}>
        <section>
          <h4>{strings.ReportMembersTitle}</h4>
          <p>{fill(strings.ReportMembersNow, report.activeNow.core + report.activeNow.wider, report.activeNow.core, report.activeNow.wider)}</p>
          <table className={classes.table}>
            <thead><tr><th scope="col">{strings.ReportMonth}</th><th scope="col">{strings.ReportMembers}</th><th aria-hidden="true" /></tr></thead>
            <tbody>
              {report.membersOverTime.map((m) => (
                <tr key={m.month}>
                  <td>{dates.formatIso('month', `${m.month}-01T00:00:00Z`)}</td>
                  <td>{m.members}</td>
                  <td style={{ width: '50%' }} aria-hidden="true"><div className={classes.bar} style={{ width: `${(m.members / peak) * 100}%` }} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h4>{strings.ReportSessionsTitle}</h4>
          <p>{fill(strings.ReportSessionsCount, report.sessions.length)}</p>
          <ul className={classes.list}>
            {report.sessions.slice(0, 6).map((s) => <li key={`${s.event.id}-${s.start.toISOString()}`}>{dates.format('day', s.start)}: {s.event.title}</li>)}
          </ul>
          <h4>{strings.ReportResourcesTitle}</h4>
          <p>{fill(strings.ReportResourcesCount, report.resourcesAdded.length)}</p>
          <ul className={classes.list}>
            {report.resourcesAdded.slice(0, 6).map((r) => <li key={r.id}>{r.title} ({r.resourceType})</li>)}
          </ul>
          <h4>{strings.ReportGapsTitle}</h4>
          {report.gaps.length === 0 ? <p>{strings.ReportNoGaps}</p> : (
            <>
              <p>{strings.ReportGapsIntro}</p>
              <ul className={classes.list}>
                {report.gaps.slice(0, 10).map((g) => <li key={g.key}>{fill(strings.ReportWanted, g.topic, g.wanting.length)}</li>)}
              </ul>
            </>
          )}
        </section>
      </div>
    </article>
  );
};

/** A printable one-page report per community, or one page for each of a sponsor's communities. */
export const SponsorReport: React.FC<ISponsorReportProps> = ({ data, now, print = () => window.print() }) => {
  const communities = data.communities.filter((c) => c.status !== 'closed');
  const sponsors = React.useMemo(() => {
    const byId = new Map<number, Person>();
    for (const c of data.communities) if (c.sponsor) byId.set(c.sponsor.id, c.sponsor);
    return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  }, [data.communities]);
  const [mode, setMode] = React.useState<'community' | 'sponsor'>('community');
  const [communityId, setCommunityId] = React.useState<number | undefined>(communities[0]?.id);
  const [sponsorId, setSponsorId] = React.useState<number | undefined>(sponsors[0]?.id);

  const chosen: Community[] = mode === 'community'
    ? communities.filter((c) => c.id === (communityId ?? communities[0]?.id))
    : sponsorId !== undefined ? sponsoredBy(data.communities, sponsorId) : [];
  const reports = chosen.map((community) => sponsorReport({ community, memberships: data.memberships, events: data.events, resources: data.resources, profiles: data.profiles, now }));

  return (
    <section aria-labelledby="cop-admin-report">
      <style>{PRINT_CSS}</style>
      <h3 id="cop-admin-report" className={PRINT.noPrint}>{strings.ReportTitle}</h3>
      <div className={`${classes.controls} ${PRINT.noPrint}`}>
        <ChoiceGroup
          label={strings.ReportFor}
          selectedKey={mode}
          options={[{ key: 'community', text: strings.ReportForCommunity }, { key: 'sponsor', text: strings.ReportForSponsor }]}
          onChange={(_, o) => o && setMode(o.key as 'community' | 'sponsor')}
        />
        {mode === 'community' ? (
          <Dropdown className={classes.picker} label={strings.ReportCommunity} options={communities.map((c) => ({ key: c.id, text: c.title }))} selectedKey={communityId ?? null} onChange={(_, o) => o && setCommunityId(Number(o.key))} />
        ) : (
          <Dropdown className={classes.picker} label={strings.ReportSponsor} options={sponsors.map((s) => ({ key: s.id, text: s.displayName }))} selectedKey={sponsorId ?? null} onChange={(_, o) => o && setSponsorId(Number(o.key))} />
        )}
        <PrimaryButton iconProps={{ iconName: 'Print' }} onClick={print} disabled={reports.length === 0}>{strings.ReportPrint}</PrimaryButton>
      </div>
      {mode === 'sponsor' && sponsors.length === 0 && <MessageBar>{strings.ReportNoSponsors}</MessageBar>}
      {mode === 'sponsor' && sponsors.length > 0 && reports.length === 0 && <MessageBar>{strings.ReportNothing}</MessageBar>}
      <div className={PRINT.root}>
        {reports.map((r) => <ReportPage key={r.community.id} report={r} />)}
      </div>
    </section>
  );
};
