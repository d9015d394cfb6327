import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopAdminConsoleWebPartStrings';
import { buildPortfolio } from '../../../domain/portfolio';
import { NotifyNotice } from '../../../ui/components/NotifyNotice';
import { ErrorView, LoadingView } from '../../../ui/components/StatusViews';
import { downloadText } from '../../../ui/download';
import { errorStatus } from '../../../ui/errors';
import { useAsync } from '../../../ui/hooks/useAsync';
import { useAdminData, type AdminData } from '../hooks/useAdminData';
import type { ICopAdminConsoleProps } from './ICopAdminConsoleProps';
import { LaunchPanel } from './LaunchPanel';
import { Portfolio } from './Portfolio';
import { Queues } from './Queues';
import { SetupPanel } from './SetupPanel';
import { useId } from '../../../ui/hooks/useId';

// Tabs people open less often load on first use, so the portfolio (what the console opens on) loads least.
const SponsorReport = React.lazy(() =>
  import(/* webpackChunkName: 'cop-admin-sponsor-report' */ './SponsorReport').then((m) => ({ default: m.SponsorReport })),
);
const ProgrammeWords = React.lazy(() =>
  import(/* webpackChunkName: 'cop-admin-programme-words' */ './ProgrammeWords').then((m) => ({ default: m.ProgrammeWords })),
);
const CommunityHistory = React.lazy(() =>
  import(/* webpackChunkName: 'cop-admin-history' */ './CommunityHistory').then((m) => ({ default: m.CommunityHistory })),
);

/** The POD team's console. Others see a polite "not for you"; SharePoint enforces it either way. */
const PodConsole: React.FC<ICopAdminConsoleProps> = ({ services, now, download = downloadText, print, focusSuggestionId }) => {
  const admin = useAdminData(services);
  const today = React.useMemo(() => now ?? new Date(), [now, admin.state]);
  const portfolio = React.useMemo(
    () => (admin.state.status === 'ready' ? buildPortfolio({ ...admin.state.data, now: today }) : []),
    [admin.state, today],
  );
  // A suggestion's notification opens the console on Queues, where POD reviews it.
  const [tab, setTab] = React.useState(focusSuggestionId === undefined ? 'portfolio' : 'queues');
  // One Try again recovers the whole console: the data, and the setup check if it failed too.
  const [retries, setRetries] = React.useState(0);
  const retry = React.useCallback(() => {
    setRetries((n) => n + 1);
    admin.refresh();
  }, [admin.refresh]);
  const needsData = (body: (data: AdminData) => React.ReactNode): React.ReactNode => {
    if (admin.state.status === 'loading') return <LoadingView rows={4} />;
    // A missing list (404) means the site isn't set up yet: the panel below does that.
    if (admin.state.status === 'error')
      return errorStatus(admin.state.error) === 404 ? (
        <MessageBar messageBarType={MessageBarType.warning}>{strings.NeedsSetup}</MessageBar>
      ) : (
        <ErrorView error={admin.state.error} onRetry={retry} />
      );
    return body(admin.state.data);
  };
  return (
    <>
      <Pivot
        aria-label={strings.TabsLabel}
        selectedKey={tab}
        onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey)}
        overflowBehavior="menu"
        overflowAriaLabel={strings.MoreTabs}
      >
        <PivotItem itemKey="portfolio" headerText={strings.TabPortfolio}>
          {needsData(() => (
            <Portfolio rows={portfolio} now={today} download={download} />
          ))}
        </PivotItem>
        <PivotItem itemKey="queues" headerText={strings.TabQueues}>
          {needsData((data) => (
            <Queues data={data} services={services} onChanged={admin.refresh} focusSuggestionId={focusSuggestionId} />
          ))}
        </PivotItem>
        <PivotItem itemKey="launch" headerText={strings.TabLaunch}>
          {needsData((data) => (
            <LaunchPanel data={data} services={services} onChanged={admin.refresh} />
          ))}
        </PivotItem>
        <PivotItem itemKey="report" headerText={strings.TabReport}>
          <React.Suspense fallback={<LoadingView rows={4} />}>
            {needsData((data) => (
              <SponsorReport data={data} admin={services.admin} now={today} print={print} />
            ))}
          </React.Suspense>
        </PivotItem>
        <PivotItem itemKey="history" headerText={strings.TabHistory}>
          <React.Suspense fallback={<LoadingView rows={4} />}>
            {needsData((data) => (
              <CommunityHistory communities={data.communities} admin={services.admin} />
            ))}
          </React.Suspense>
        </PivotItem>
        <PivotItem itemKey="words" headerText={strings.TabWords}>
          <React.Suspense fallback={<LoadingView rows={4} />}>
            <ProgrammeWords programme={services.programme} />
          </React.Suspense>
        </PivotItem>
      </Pivot>
      {/* Always in view: on a site that isn't set up, this is the first thing to do. */}
      <SetupPanel setup={services.setup} onDone={admin.refresh} retryKey={retries} />
    </>
  );
};

const CopAdminConsole: React.FC<ICopAdminConsoleProps> = (props) => {
  const copAdminTitleId = useId('cop-admin-title');
  const { services } = props;
  const me = useAsync(() => services.people.me(), [services]);
  return (
    <section aria-labelledby={copAdminTitleId}>
      <Text as="h2" variant="xLarge" id={copAdminTitleId} block>
        {strings.Title}
      </Text>
      <NotifyNotice notifications={services.notifications} />
      {me.state.status === 'loading' && <LoadingView rows={2} />}
      {me.state.status === 'error' && <ErrorView error={me.state.error} onRetry={me.reload} />}
      {me.state.status === 'ready' && !me.state.data.isPodAdmin && <MessageBar>{strings.NotForYou}</MessageBar>}
      {me.state.status === 'ready' && me.state.data.isPodAdmin && <PodConsole {...props} />}
    </section>
  );
};

export default CopAdminConsole;
