import * as React from 'react';
import { ThemeProvider, useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'CopDirectoryWebPartStrings';
import {
  directoryFacets,
  EMPTY_QUERY,
  filterCommunities,
  indexCommunities,
  isFiltered,
  pruneQuery,
  visibleStatuses,
} from '../../../../domain/directoryFilter';
import { isCurrent, myStandings } from '../../../../domain/membershipRules';
import type { Community, Membership } from '../../../../domain/models';
import { NotifyNotice } from '../../../../ui/components/NotifyNotice';
import { ActionNotice } from '../../../../ui/components/Withdrawal';
import { communityLinks } from '../../../../domain/links';
import { HubSearchLauncher } from '../../../../ui/components/HubSearch';
import { SetupGate } from '../../../../ui/components/SetupGate';
import { ErrorView } from '../../../../ui/components/StatusViews';
import { fill } from '../../../../ui/format';
import { StageNamesProvider } from '../../../../ui/stageNames';
import { NO_PROGRAMME_SETTINGS, practiceAreaOptions } from '../../../../domain/programme';
import { browserUrlState } from '../../../../ui/hooks/urlState';
import { useDirectoryData, type DirectoryDataResult } from '../../hooks/useDirectoryData';
import { useDirectoryView } from '../../hooks/useDirectoryView';
import { useMembershipActions } from '../../hooks/useMembershipActions';
import { CommunityResults } from '../CommunityResults';
import { DirectorySkeleton } from '../DirectorySkeleton';
import { DirectoryToolbar } from '../DirectoryToolbar';
import { MembershipExplainer } from '../MembershipExplainer';
import { ProgrammeContactView } from '../ProgrammeContact';
import { getCopDirectoryClassNames } from './CopDirectory.styles';
import type { ICopDirectoryProps } from './ICopDirectoryProps';
import { LightButton } from '../../../../ui/components/LightButton';
import { Notice } from '../../../../ui/components/Notice';

// Opened by a person, never part of the first render: the dialogs' Fluent Dialog, ChoiceGroup, Panel
// and TextField load on demand, in their own chunks (the join dialog is fetched once the page is idle).
const loadJoinDialog = (): Promise<typeof import('../JoinDialog')> =>
  import(/* webpackChunkName: 'cop-directory-join-dialog' */ '../JoinDialog');
const JoinDialog = React.lazy(() => loadJoinDialog().then((m) => ({ default: m.JoinDialog })));
const SuggestPanel = React.lazy(() =>
  import(/* webpackChunkName: 'cop-directory-suggest-panel' */ '../SuggestPanel').then((m) => ({ default: m.SuggestPanel })),
);
const PRELOAD_JOIN_AFTER_MS = 2000;

/** True from the first time `open` is true: a lazy dialog stays mounted so it can close and give focus back. */
function useOpenedOnce(open: boolean): boolean {
  const opened = React.useRef(false);
  if (open) opened.current = true;
  return opened.current;
}

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

  const visible = React.useMemo(() => visibleStatuses({ showForming, showClosed }), [showForming, showClosed]);
  const index = React.useMemo(() => indexCommunities(communities), [communities]);
  const facets = React.useMemo(() => {
    const held = directoryFacets(communities, visible);
    // The POD team's known areas first (one place), then any other area a shown community holds.
    return { ...held, practiceAreas: practiceAreaOptions(programme.practiceAreas, held.practiceAreas) };
  }, [communities, visible, programme]);
  const standings = React.useMemo(() => myStandings(mine, communities), [mine, communities]);
  // Values a shared link names that this directory can't show are ignored, not obeyed.
  const query = React.useMemo(() => pruneQuery(view.query, facets), [view.query, facets]);
  const results = React.useMemo(() => {
    const myIds = new Set<number>();
    standings.forEach((s, id) => isCurrent(s.effective) && myIds.add(id));
    return filterCommunities(index, query, { visible, myCommunityIds: myIds });
  }, [index, query, visible, standings]);

  // Communities whose stored values the domain didn't recognise: said once, in words, naming them.
  const unrecognised = communities.flatMap((c) =>
    (c.unrecognised ?? []).map((u) =>
      fill(u.field === 'status' ? strings.UnrecognisedStatus : strings.UnrecognisedJoinPolicy, c.title, u.value),
    ),
  );

  // Stable callbacks, so cards that didn't change skip rendering (CommunityCard is memoised).
  const latest = React.useRef(actions);
  latest.current = actions;
  const latestStandings = React.useRef(standings);
  latestStandings.current = standings;
  const latestCommunities = React.useRef(communities);
  latestCommunities.current = communities;
  const onJoin = React.useCallback((c: Community) => latest.current.openJoin(c), []);
  const onPledge = React.useCallback((c: Community) => {
    // Core elsewhere (active): the dialog first asks what launch should do, one core at a time.
    const core = [...latestStandings.current.values()].find(
      (s) => s.membership.level === 'core' && s.effective === 'active' && s.membership.communityId !== c.id,
    );
    const currentCore = core && latestCommunities.current.find((x) => x.id === core.membership.communityId);
    latest.current.pledge(c, undefined, currentCore).catch(() => undefined); // never rejects: outcomes arrive as notices
  }, []);
  const onWithdraw = React.useCallback((c: Community) => {
    const standing = latestStandings.current.get(c.id);
    if (standing) latest.current.withdraw(c, standing.membership).catch(() => undefined); // outcomes arrive as notices
  }, []);
  const queryKey = React.useMemo(() => JSON.stringify(query), [query]);
  const joinOpened = useOpenedOnce(actions.step !== undefined);
  const suggestOpened = useOpenedOnce(suggesting);
  const isReady = data.state.status === 'ready';
  React.useEffect(() => {
    if (!isReady) return undefined;
    const t = setTimeout(() => loadJoinDialog().catch(() => undefined), PRELOAD_JOIN_AFTER_MS);
    return () => clearTimeout(t);
  }, [isReady]);

  if (data.state.status === 'loading') return <DirectorySkeleton layout={view.layout} />;
  if (data.state.status === 'error') return <ErrorView error={data.state.error} onRetry={data.reload} />;

  const currentCore = communities.find((c) => {
    const s = standings.get(c.id);
    return s?.membership.level === 'core' && (s.effective === 'active' || s.effective === 'pending');
  });

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
      {joinOpened && (
        <React.Suspense fallback={null}>
          <JoinDialog
            step={actions.step}
            currentCore={currentCore}
            currentCorePending={currentCore !== undefined && standings.get(currentCore.id)?.effective === 'pending'}
            busy={actions.busyId !== undefined}
            error={actions.dialogError}
            onJoin={(level, moveCore) => {
              actions.join(level, moveCore).catch(() => undefined); // never rejects: outcomes show in the dialog
            }}
            onPledge={(choice) => {
              if (actions.step) actions.pledge(actions.step.community, choice).catch(() => undefined); // outcomes arrive as notices or in the dialog
            }}
            onDismiss={actions.closeJoin}
          />
        </React.Suspense>
      )}
      {suggestOpened && (
        <React.Suspense fallback={null}>
          <SuggestPanel
            isOpen={suggesting}
            onSubmit={(s) => services.content.suggest(s)}
            onSubmitted={(s) => {
              setSuggesting(false);
              actions.announce({ kind: 'success', text: fill(strings.SuggestionThanks, s.title) });
            }}
            onDismiss={() => setSuggesting(false)}
            practiceAreas={facets.practiceAreas}
          />
        </React.Suspense>
      )}
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
