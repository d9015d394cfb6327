import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopAdminConsoleWebPartStrings';
import { LightTabs } from '../../../ui/components/LightTabs';
import { Notice } from '../../../ui/components/Notice';
import { NotifyNotice } from '../../../ui/components/NotifyNotice';
import { ErrorView, LoadingView } from '../../../ui/components/StatusViews';
import { downloadText } from '../../../ui/download';
import { errorStatus } from '../../../ui/errors';
import { useAsync } from '../../../ui/hooks/useAsync';
import { useId } from '../../../ui/hooks/useId';
import { useConsoleData, type ConsoleData } from '../hooks/useConsoleData';
import type { ICopAdminConsoleProps } from './ICopAdminConsoleProps';
import { Portfolio } from './Portfolio';
import { SetupPanel } from './SetupPanel';

// The portfolio is what the console opens on; every other tab loads its code when first opened.
const Queues = React.lazy(() => import(/* webpackChunkName: 'cop-queues-panel' */ './Queues').then((m) => ({ default: m.Queues })));
const LaunchPanel = React.lazy(() =>
  import(/* webpackChunkName: 'cop-launch-panel' */ './LaunchPanel').then((m) => ({ default: m.LaunchPanel })),
);
const SponsorReport = React.lazy(() =>
  import(/* webpackChunkName: 'cop-sponsor-report-panel' */ './SponsorReport').then((m) => ({ default: m.SponsorReport })),
);
const ProgrammeWords = React.lazy(() =>
  import(/* webpackChunkName: 'cop-programme-words-panel' */ './ProgrammeWords').then((m) => ({ default: m.ProgrammeWords })),
);
const CommunityHistory = React.lazy(() =>
  import(/* webpackChunkName: 'cop-history-panel' */ './CommunityHistory').then((m) => ({ default: m.CommunityHistory })),
);
const HubEventsPanel = React.lazy(() =>
  import(/* webpackChunkName: 'cop-hub-events-panel' */ './HubEventsPanel').then((m) => ({ default: m.HubEventsPanel })),
);

const TABS = [
  { key: 'portfolio', text: strings.TabPortfolio },
  { key: 'queues', text: strings.TabQueues },
  { key: 'launch', text: strings.TabLaunch },
  { key: 'report', text: strings.TabReport },
  { key: 'history', text: strings.TabHistory },
  { key: 'words', text: strings.TabWords },
  { key: 'hubEvents', text: strings.TabHubEvents },
];

/** The content service with its hub events read, which the panel needs; undefined where the host has none. */
function hubContent(
  content: ICopAdminConsoleProps['services']['content'],
): React.ComponentProps<typeof HubEventsPanel>['content'] | undefined {
  const read = content.hubEvents?.bind(content);
  return read ? { addEvent: (e) => content.addEvent(e), updateEvent: (id, e) => content.updateEvent(id, e), hubEvents: read } : undefined;
}

/** The POD team's console. Others see a polite "not for you"; SharePoint enforces it either way. */
const PodConsole: React.FC<ICopAdminConsoleProps> = ({ services, now, download = downloadText, print, focusSuggestionId }) => {
  const admin = useConsoleData(services);
  const hubEvents = React.useMemo(() => hubContent(services.content), [services.content]);
  const today = React.useMemo(() => now ?? new Date(), [now, admin.state]);
  // A suggestion's notification opens the console on Queues, where POD reviews it.
  const [tab, setTab] = React.useState(focusSuggestionId === undefined ? 'portfolio' : 'queues');
  // One Try again recovers the whole console: the data, and the setup check if it failed too.
  const [retries, setRetries] = React.useState(0);
  const retry = React.useCallback(() => {
    setRetries((n) => n + 1);
    admin.refresh();
  }, [admin.refresh]);
  const needsData = (body: (data: ConsoleData) => React.ReactNode): React.ReactNode => {
    if (admin.state.status === 'loading') return <LoadingView rows={4} />;
    // A missing list (404) means the site isn't set up yet: the panel below does that.
    if (admin.state.status === 'error')
      return errorStatus(admin.state.error) === 404 ? (
        <Notice kind="warning">{strings.NeedsSetup}</Notice>
      ) : (
        <ErrorView error={admin.state.error} onRetry={retry} />
      );
    return body(admin.state.data);
  };
  const body = (): React.ReactNode => {
    switch (tab) {
      case 'queues':
        return needsData((data) => (
          <Queues version={admin.version} data={data} services={services} onChanged={admin.refresh} focusSuggestionId={focusSuggestionId} />
        ));
      case 'launch':
        return needsData((data) => <LaunchPanel version={admin.version} data={data} services={services} onChanged={admin.refresh} />);
      case 'report':
        return needsData((data) => <SponsorReport data={data} admin={services.admin} now={today} print={print} />);
      case 'history':
        return needsData((data) => <CommunityHistory communities={data.communities} admin={services.admin} />);
      case 'words':
        return <ProgrammeWords programme={services.programme} />;
      case 'hubEvents':
        // The hub's own sessions (issue 17); a host without them offers nothing here.
        return hubEvents ? <HubEventsPanel content={hubEvents} /> : null;
      default:
        return needsData((data) => (
          <Portfolio
            version={admin.version}
            communities={data.communities}
            admin={services.admin}
            services={services}
            now={today}
            download={download}
          />
        ));
    }
  };
  return (
    <>
      <LightTabs tabs={TABS} selectedKey={tab} onSelect={setTab} ariaLabel={strings.TabsLabel}>
        <React.Suspense fallback={<LoadingView rows={4} />}>{body()}</React.Suspense>
      </LightTabs>
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
      {me.state.status === 'ready' && !me.state.data.isPodAdmin && <Notice>{strings.NotForYou}</Notice>}
      {me.state.status === 'ready' && me.state.data.isPodAdmin && <PodConsole {...props} />}
    </section>
  );
};

export default CopAdminConsole;
