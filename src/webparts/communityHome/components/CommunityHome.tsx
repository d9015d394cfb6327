import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import * as strings from 'CommunityHomeWebPartStrings';
import type { Community, CommunityCharter, CommunityEvent, Membership, Registration } from '../../../domain/models';
import type { SetupReport, SiteRoles } from '../../../domain/services';
import { LightTabs } from '../../../ui/components/LightTabs';
import { Notice } from '../../../ui/components/Notice';
import { NotifyNotice } from '../../../ui/components/NotifyNotice';
import { SetupGate } from '../../../ui/components/SetupGate';
import { ErrorView, LoadingView } from '../../../ui/components/StatusViews';
import { fill } from '../../../ui/format';
import { useAsync } from '../../../ui/hooks/useAsync';
import { browserUrlState } from '../../../ui/hooks/urlState';
import { searchWithoutReport, wantsReport } from '../../../domain/reportPeriod';
import { canReadReport } from '../../../domain/reportAccess';
import { firstFrom, preload, type Preloaded } from '../../../ui/hooks/preload';
import { useEarlyReads } from '../../../ui/hooks/useEarlyReads';
import { teamsFluentTheme } from '../../../ui/theme/teamsTheme';
import { getCommunityHomeClassNames } from './CommunityHome.styles';
import { CharterSection } from './Charter';
import type { CommunitySection, ICommunityHomeProps } from './ICommunityHomeProps';
import { MyMembership } from './MyMembership';
import { UpcomingSessions } from './UpcomingSessions';
import { LazyQuestions } from './Questions';
import { useId } from '../../../ui/hooks/useId';

/** The sponsor report is a section only its sponsor and the POD team see (and a shared link opens). */
type Section = CommunitySection | 'report';

// Loaded only when the report opens: staff who never see it never download it.
const CommunityReport = React.lazy(() =>
  import(/* webpackChunkName: 'cop-community-report-section' */ '../../copAdminConsole/components/SponsorReport').then((m) => ({
    default: m.CommunityReport,
  })),
);

// The sections behind the other tabs load when one is opened: the first view draws the overview only.
const CommunityMembers = React.lazy(() =>
  import(/* webpackChunkName: 'cop-members-section' */ './CommunityMembers').then((m) => ({ default: m.CommunityMembers })),
);
const SharedRepertoire = React.lazy(() =>
  import(/* webpackChunkName: 'cop-repertoire-section' */ './SharedRepertoire').then((m) => ({ default: m.SharedRepertoire })),
);
const MyTopics = React.lazy(() =>
  import(/* webpackChunkName: 'cop-knowledge-section' */ './MyTopics').then((m) => ({ default: m.MyTopics })),
);
const CommunityKnowledge = React.lazy(() =>
  import(/* webpackChunkName: 'cop-knowledge-section' */ './CommunityKnowledge').then((m) => ({ default: m.CommunityKnowledge })),
);
// Linking a team to a community is a one-time setup, only in a Teams tab not yet linked.
const TeamLink = React.lazy(() =>
  import(/* webpackChunkName: 'cop-team-link-setup' */ './TeamLink').then((m) => ({ default: m.TeamLink })),
);

/** What the first view reads, started together so it travels in one `$batch` with the setup check. */
interface EarlyReads {
  setup: Preloaded<SetupReport>;
  community: Preloaded<Community | undefined>;
  mine: Preloaded<Membership[]>;
  /** Who I am and whether I'm POD: decides the gardener's and the sponsor report's offers. */
  roles: Preloaded<SiteRoles>;
  /** Only when the community's id is known up front (a SharePoint page, not a Teams tab). */
  events?: Preloaded<CommunityEvent[]>;
  /** The charter its gardeners saved, likewise only when the id is known up front. */
  charter?: Preloaded<CommunityCharter | undefined>;
  /** Who registered for its sessions (issue 17), likewise. */
  registrations?: Preloaded<Registration[]>;
}

/** The community this home shows: the team's, in a Teams tab; else the one chosen in the property pane. */
function readCommunity({ services, communityId, teamGroupId }: ICommunityHomeProps): Promise<Community | undefined> {
  return teamGroupId ? services.communities.getByGroupId(teamGroupId) : services.communities.get(communityId ?? 0);
}

function startEarlyReads(props: ICommunityHomeProps): EarlyReads | undefined {
  const { services, communityId, teamGroupId } = props;
  const { registrations } = services;
  if (!teamGroupId && !communityId) return undefined;
  return {
    setup: preload(() => services.setup.check()),
    community: preload(() => readCommunity(props)),
    mine: preload(() => services.memberships.mine()),
    roles: preload(() => services.people.myRoles()),
    events: !teamGroupId && communityId ? preload(() => services.content.events(communityId)) : undefined,
    charter: !teamGroupId && communityId ? preload(() => services.communities.charter(communityId)) : undefined,
    registrations: !teamGroupId && communityId && registrations ? preload(() => registrations.forCommunity(communityId)) : undefined,
  };
}

/**
 * One community, in sections. Only the open section loads its data, so the first view costs the
 * community, my membership and its sessions, and nothing else.
 */
const Sections: React.FC<{ community: Community; early?: EarlyReads } & ICommunityHomeProps> = (props) => {
  const { community, services, early, initialSection } = props;
  const classes = getCommunityHomeClassNames();
  const urlState = props.urlState ?? browserUrlState;
  const [section, setSection] = React.useState<Section>(() => (wantsReport(urlState.read()) ? 'report' : (initialSection ?? 'overview')));
  const [membersVersion, setMembersVersion] = React.useState(0);
  const [profilesVersion, setProfilesVersion] = React.useState(0);
  // The rhythm in words from the community's series, once the sessions' events are read (issue 17).
  const [seriesRhythm, setSeriesRhythm] = React.useState<string | undefined>(undefined);
  // Who I am and whether I'm POD decide what to offer: SharePoint reads in the first $batch, no Graph call.
  const loadMe = React.useMemo(() => firstFrom(early?.roles, () => services.people.myRoles()), [early, services]);
  const { state: me } = useAsync(loadMe, [loadMe]);
  const mayReport = me.status === 'ready' && canReadReport(community, me.data);
  // The community's gardeners answer its requests here; SharePoint lets them do so in its folder only.
  const gardener = me.status === 'ready' && community.gardeners.some((g) => g.id === me.data.id) ? { me: me.data, services } : undefined;
  const choose = (next: Section): void => {
    // Leaving the report takes its period out of the address, so a link copied later opens the home.
    if (section === 'report' && next !== 'report') urlState.write(searchWithoutReport(urlState.read()));
    setSection(next);
  };
  const tabs = [
    { key: 'overview', text: strings.TabOverview },
    { key: 'members', text: strings.TabMembers },
    { key: 'repertoire', text: strings.TabRepertoire },
    { key: 'knowledge', text: strings.TabKnowledge },
    ...(services.questions ? [{ key: 'questions', text: strings.Questions.Tab }] : []),
    ...(mayReport || section === 'report' ? [{ key: 'report', text: strings.TabReport }] : []),
  ];
  const panel = ((): React.ReactNode => {
    switch (section) {
      case 'members':
        return (
          <CommunityMembers
            memberships={services.memberships}
            community={community}
            refreshKey={membersVersion}
            focusItemId={props.focusItemId}
            gardener={gardener}
          />
        );
      case 'repertoire':
        return (
          <SharedRepertoire
            content={services.content}
            search={services.search}
            communityId={community.id}
            myId={me.status === 'ready' ? me.data.id : undefined}
          />
        );
      case 'knowledge':
        return (
          <>
            <MyTopics content={services.content} onSaved={() => setProfilesVersion((v) => v + 1)} />
            <CommunityKnowledge
              key={`${membersVersion}-${profilesVersion}`}
              community={community}
              memberships={services.memberships}
              content={services.content}
              people={services.people}
              questions={services.questions}
            />
          </>
        );
      case 'questions':
        return me.status === 'ready' ? (
          <LazyQuestions community={community} services={services} me={me.data} focusItemId={props.focusItemId} now={props.now} />
        ) : (
          <LoadingView rows={4} />
        );
      case 'report':
        return (
          <>
            {me.status === 'loading' && <LoadingView rows={4} />}
            {me.status === 'error' && <ErrorView error={me.error} />}
            {me.status === 'ready' && (
              <CommunityReport
                community={community}
                me={me.data}
                admin={services.admin}
                now={props.now ?? new Date()}
                urlState={urlState}
              />
            )}
          </>
        );
      default:
        return (
          <>
            <CharterSection
              community={community}
              communities={services.communities}
              preloaded={early?.charter}
              seriesRhythm={seriesRhythm}
              canEdit={gardener !== undefined}
              className={classes.charter}
            />
            <MyMembership
              memberships={services.memberships}
              community={community}
              preloaded={early?.mine}
              onChanged={() => setMembersVersion((v) => v + 1)}
              focusItemId={props.focusItemId}
            />
            <UpcomingSessions
              content={services.content}
              community={community}
              preloaded={early?.events}
              onSeriesRhythm={setSeriesRhythm}
              scheduler={gardener ? services.content : undefined}
              gardenerTools={
                gardener && services.sessionRecords
                  ? {
                      records: services.sessionRecords,
                      feedback: services.feedback,
                      people: services.people,
                      content: services.content,
                      homeLink: window.location.href,
                    }
                  : undefined
              }
              feedbackTools={
                services.sessionRecords && services.feedback && me.status === 'ready'
                  ? { me: me.data.id, records: services.sessionRecords, feedback: services.feedback }
                  : undefined
              }
              registrations={
                services.registrations && me.status === 'ready'
                  ? { service: services.registrations, me: me.data.id, preloaded: early?.registrations }
                  : undefined
              }
            />
          </>
        );
    }
  })();
  return (
    <LightTabs ariaLabel={strings.SectionsLabel} tabs={tabs} selectedKey={section} onSelect={(key) => choose(key as Section)}>
      <div className={classes.panel}>
        <React.Suspense fallback={<LoadingView rows={4} />}>{panel}</React.Suspense>
      </div>
    </LightTabs>
  );
};

const Home: React.FC<ICommunityHomeProps & { early?: EarlyReads }> = (props) => {
  const communityTitleId = useId('community-title');
  const { services, communityId, teamGroupId, early } = props;
  const classes = getCommunityHomeClassNames();
  const [linked, setLinked] = React.useState<Community | undefined>(undefined);
  const load = React.useMemo(
    () => firstFrom(early?.community, () => readCommunity({ services, communityId, teamGroupId })),
    [early, services, communityId, teamGroupId],
  );
  const { state, reload } = useAsync(load, [load]);
  if (state.status === 'loading') return <LoadingView rows={6} />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  const community = linked ?? state.data;
  if (!community) {
    if (teamGroupId)
      return (
        <React.Suspense fallback={<LoadingView rows={3} />}>
          <TeamLink groupId={teamGroupId} communities={services.communities} people={services.people} onLinked={setLinked} />
        </React.Suspense>
      );
    return <Notice>{strings.NotFound}</Notice>;
  }
  return (
    <article aria-labelledby={communityTitleId} className={classes.root}>
      <Text as="h2" variant="xLarge" id={communityTitleId} block>
        {community.title}
      </Text>
      <Text block variant="small">
        {community.practiceArea}
      </Text>
      {linked && <Notice kind="success">{fill(strings.LinkDone, linked.title)}</Notice>}
      <Sections {...props} community={community} early={linked ? undefined : early} />
    </article>
  );
};

/** A community's home: charter, members, repertoire, rhythm and knowledge map (SharePoint page or Teams tab). */
const CommunityHome: React.FC<ICommunityHomeProps> = (props) => {
  const { services, communityId, teamGroupId } = props;
  // Started together, in an effect: the setup check, the community, my memberships and (on a page)
  // its events, charter and registrations all queue for the same $batch.
  const { started, early } = useEarlyReads(() => startEarlyReads(props), [services, communityId, teamGroupId]);
  const content =
    !teamGroupId && !communityId ? (
      <Notice>{props.personalApp ? strings.OpenFromDirectory : strings.ChooseCommunity}</Notice>
    ) : !started ? (
      <LoadingView rows={6} />
    ) : (
      <>
        <NotifyNotice notifications={services.notifications} />
        <SetupGate setup={services.setup} preloaded={early?.setup}>
          <Home {...props} early={early} />
        </SetupGate>
      </>
    );
  const theme = teamsFluentTheme(props.teamsTheme);
  return theme ? <ThemeProvider theme={theme}>{content}</ThemeProvider> : content;
};

export default CommunityHome;
