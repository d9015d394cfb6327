import * as React from 'react';
import { ThemeProvider, useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'CopDirectoryWebPartStrings';
import { EMPTY_QUERY, isFiltered } from '../../../../domain/directoryFilter';
import type { Community, Membership } from '../../../../domain/models';
import { NotifyNotice } from '../../../../ui/components/NotifyNotice';
import { ActionNotice } from '../../../../ui/components/Withdrawal';
import { communityLinks, questionHref } from '../../../../domain/links';
import { HubSearchLauncher } from '../../../../ui/components/HubSearch';
import { SetupGate } from '../../../../ui/components/SetupGate';
import { ErrorView } from '../../../../ui/components/StatusViews';
import { fill } from '../../../../ui/format';
import { StageNamesProvider } from '../../../../ui/stageNames';
import { NO_PROGRAMME_SETTINGS } from '../../../../domain/programme';
import { browserUrlState } from '../../../../ui/hooks/urlState';
import { useDirectoryData, type DirectoryDataResult } from '../../hooks/useDirectoryData';
import { useDirectoryView } from '../../hooks/useDirectoryView';
import { useCardActions } from '../../hooks/useCardActions';
import { useDirectoryResults } from '../../hooks/useDirectoryResults';
import { useMembershipActions } from '../../hooks/useMembershipActions';
import { CommunityResults } from '../CommunityResults';
import { DirectoryFlows, loadJoinDialog } from './DirectoryFlows';
import { DirectorySkeleton } from '../DirectorySkeleton';
import { DirectoryToolbar } from '../DirectoryToolbar';
import { MembershipExplainer } from '../MembershipExplainer';
import { ProgrammeContactView } from '../ProgrammeContact';
import { getCopDirectoryClassNames } from './CopDirectory.styles';
import type { ICopDirectoryProps } from './ICopDirectoryProps';
import { LightButton } from '../../../../ui/components/LightButton';
import { Notice } from '../../../../ui/components/Notice';

const PRELOAD_JOIN_AFTER_MS = 2000;

// The hub's own sessions (issue 17): code and reads after the directory's first view.
const HubEventsSection = React.lazy(
  () => import(/* webpackChunkName: 'cop-hub-events-section' */ '../../../../ui/components/HubEvents/HubEventsSection'),
);

const NO_COMMUNITIES: Community[] = [];
const NO_MEMBERSHIPS: Membership[] = [];

export function clampPageSize(size: number | undefined): number {
  return size && Number.isFinite(size) ? Math.min(100, Math.max(1, Math.round(size))) : 12;
}

/** The directory below its heading: toolbar, results, and the join and suggest flows. */
const Directory: React.FC<ICopDirectoryProps & { data: DirectoryDataResult }> = (props) => {
  const { services, showForming = true, showClosed = false } = props;
  const classes = getCopDirectoryClassNames(useTheme());
  const pageSize = clampPageSize(props.pageSize);
  const defaults = {
    query: { ...EMPTY_QUERY, ...props.defaultFilters },
    layout: props.defaultLayout ?? 'cards',
    grouped: !!props.defaultGrouped,
  };
  const { view, setQuery, setLayout, setGrouped, clearFilters } = useDirectoryView(defaults, props.urlState ?? browserUrlState);
  const { data } = props;
  const ready = data.state.status === 'ready' ? data.state.data : undefined;
  const communities = ready?.communities ?? NO_COMMUNITIES;
  const mine = ready?.mine ?? NO_MEMBERSHIPS;
  const programme = ready?.programme ?? NO_PROGRAMME_SETTINGS;
  const actions = useMembershipActions(services, communities, data.refreshMembership);
  const [suggesting, setSuggesting] = React.useState(false);
  const { facets, standings, query, results, unrecognised } = useDirectoryResults({
    communities,
    mine,
    programme,
    asked: view.query,
    showForming,
    showClosed,
  });
  const { onJoin, onPledge, onWithdraw } = useCardActions(actions, standings, communities);
  const queryKey = React.useMemo(() => JSON.stringify(query), [query]);
  const isReady = data.state.status === 'ready';
  React.useEffect(() => {
    if (!isReady) return undefined;
    const t = setTimeout(() => loadJoinDialog().catch(() => undefined), PRELOAD_JOIN_AFTER_MS);
    return () => clearTimeout(t);
  }, [isReady]);
  // Mounted once the communities are on screen, so its chunk and reads follow the first view.
  const [hubShown, setHubShown] = React.useState(false);
  React.useEffect(() => {
    if (isReady) setHubShown(true);
  }, [isReady]);
  const hubContent = React.useMemo(() => {
    const read = services.content.hubEvents?.bind(services.content);
    return read ? { hubEvents: read } : undefined;
  }, [services.content]);

  if (data.state.status === 'loading') return <DirectorySkeleton layout={view.layout} />;
  if (data.state.status === 'error') return <ErrorView error={data.state.error} onRetry={data.reload} />;

  return (
    <StageNamesProvider names={programme.stageNames}>
      <DirectoryToolbar
        query={query}
        facets={facets}
        layout={view.layout}
        grouped={view.grouped}
        onQueryChange={setQuery}
        onLayoutChange={setLayout}
        onGroupedChange={setGrouped}
        onClearFilters={clearFilters}
      />
      <HubSearchLauncher
        search={services.search}
        initialText={query.text}
        communityHref={(hit) => communityLinks(communities.find((c) => c.id === hit.id) ?? { id: hit.id }, props.communityPageUrl).page}
        questionHref={(q) => questionHref(props.communityPageUrl, q.communityId, q.questionId)}
      />
      {unrecognised.length > 0 && (
        <Notice className={classes.notice} kind="warning" isMultiline>
          <strong>{strings.UnrecognisedTitle} </strong>
          {fill(strings.UnrecognisedBody, unrecognised.join('; '))}
        </Notice>
      )}
      <ActionNotice className={classes.notice} notice={actions.notice} onDismiss={actions.dismissNotice} />
      <CommunityResults
        resetKey={queryKey}
        communities={results}
        pageSize={pageSize}
        layout={view.layout}
        grouped={view.grouped}
        filtered={isFiltered(query)}
        standings={standings}
        counts={data.counts}
        sessions={data.sessions}
        onShown={data.showCountsFor}
        communityPageUrl={props.communityPageUrl}
        busyId={actions.busyId}
        changedId={actions.changedId}
        onJoin={onJoin}
        onPledge={onPledge}
        onWithdraw={onWithdraw}
        onClearFilters={clearFilters}
        onSuggest={() => setSuggesting(true)}
        summaryEnd={
          <LightButton kind="action" className={classes.suggest} iconName="Lightbulb" onClick={() => setSuggesting(true)}>
            {strings.SuggestButton}
          </LightButton>
        }
      />
      {hubShown && hubContent && (
        <React.Suspense fallback={null}>
          <HubEventsSection content={hubContent} registrations={services.registrations} people={services.people} />
        </React.Suspense>
      )}
      <DirectoryFlows
        actions={actions}
        communities={communities}
        standings={standings}
        suggesting={suggesting}
        setSuggesting={setSuggesting}
        suggest={(suggestion) => services.content.suggest(suggestion)}
        practiceAreas={facets.practiceAreas}
      />
    </StageNamesProvider>
  );
};

/** The CoP directory: every community staff can discover, join or help to found. */
const CopDirectory: React.FC<ICopDirectoryProps> = (props) => {
  // Read while the setup check runs, so both travel in one $batch; the gate decides what shows.
  const data = useDirectoryData(props.services);
  const classes = getCopDirectoryClassNames(useTheme());
  const [ids] = React.useState(() => ({ title: getId('cop-directory-title'), explainer: getId('cop-directory-explainer') }));
  const content = (
    <section className={classes.root} aria-labelledby={ids.title}>
      <h2 className={classes.title} id={ids.title}>
        {props.title || strings.DefaultTitle}
      </h2>
      <MembershipExplainer headingId={ids.explainer} />
      <NotifyNotice notifications={props.services.notifications} />
      <SetupGate
        setup={props.services.setup}
        // The directory's data is read beside the check; when both failed, one Try again reads both.
        onRetry={data.state.status === 'error' ? data.reload : undefined}
        loading={<DirectorySkeleton layout={props.defaultLayout ?? 'cards'} />}
      >
        <Directory {...props} data={data} />
      </SetupGate>
      {props.contact && <ProgrammeContactView contact={props.contact} />}
    </section>
  );
  return props.theme ? <ThemeProvider theme={props.theme}>{content}</ThemeProvider> : content;
};

export default CopDirectory;
