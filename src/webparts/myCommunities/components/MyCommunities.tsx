import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'MyCommunitiesWebPartStrings';
import * as shared from 'CopHubSharedStrings';
import { communityLinks, safeHref } from '../../../domain/links';
import type { Community, Suggestion } from '../../../domain/models';
import { decisionReason, wasRemoved } from '../../../domain/membershipRules';
import type { MyCommunity } from '../../../domain/myCommunities';
import { reportAddress } from '../../../domain/reportPeriod';
import { NotifyNotice } from '../../../ui/components/NotifyNotice';
import { SetupGate } from '../../../ui/components/SetupGate';
import { ActionNotice, WithdrawMembership } from '../../../ui/components/Withdrawal';
import { ErrorView, LoadingView } from '../../../ui/components/StatusViews';
import { downloadText } from '../../../ui/download';
import { onlineLink, outlookComposeUrl } from '../../../formats/outlookLink';
import { describeError } from '../../../ui/errors';
import { useDates } from '../../../ui/dates';
import { fill } from '../../../ui/format';
import { healthText } from '../../../ui/health';
import { useAsync } from '../../../ui/hooks/useAsync';
import { useRegistrationChanges } from '../../../ui/hooks/useRegistrationChanges';
import { useWithdrawal } from '../../../ui/hooks/useWithdrawal';
import type { IMyCommunitiesProps } from './IMyCommunitiesProps';
import { getMyCommunitiesClassNames } from './MyCommunities.styles';
import { loadMine, startEarlyReads, type EarlyReads } from './myView';
import { useId } from '../../../ui/hooks/useId';
import { useEarlyReads } from '../../../ui/hooks/useEarlyReads';
import { LightButton } from '../../../ui/components/LightButton';
import { Notice } from '../../../ui/components/Notice';

// Register and Cancel load with their own chunk once my sessions are on screen (issue 17).
const SessionRegistration = React.lazy(() =>
  import(/* webpackChunkName: 'cop-registration' */ '../../../ui/components/SessionRegistration').then((m) => ({
    default: m.SessionRegistration,
  })),
);

// The hub's own sessions (issue 17), read with my sessions, listed by code of their own.
const HubSessionsOf = React.lazy(
  () => import(/* webpackChunkName: 'cop-hub-sessions-section' */ '../../../ui/components/HubEvents/HubSessionsOf'),
);

// The .ics writer (ical-generator) loads when the pointer or focus reaches "Add to calendar".
const loadIcs = (): Promise<typeof import('../../../formats/calendarFile')> =>
  import(/* webpackChunkName: 'cop-calendar-menu' */ '../../../formats/calendarFile');
const prepareIcs = (): void => {
  loadIcs().catch(() => undefined); // a failure is met (and shown) by the click
};

// The profile form, for someone with no suggestions: loaded once the view knows it has none.
const MyTopics = React.lazy(() =>
  import(/* webpackChunkName: 'cop-my-topics-form' */ '../../communityHome/components/MyTopics').then((m) => ({ default: m.MyTopics })),
);

const CommunityTitle: React.FC<{ community?: Community; pageTemplate?: string }> = ({ community, pageTemplate }) => {
  if (!community) return <Text variant="mediumPlus">{strings.UnknownCommunity}</Text>;
  const links = communityLinks(community, pageTemplate);
  const href = links.team ?? links.page;
  if (!href) return <Text variant="mediumPlus">{community.title}</Text>;
  return (
    <Link
      href={href}
      target={links.team ? '_blank' : undefined}
      rel={links.team ? 'noopener noreferrer' : undefined}
      aria-label={fill(links.team ? strings.OpenTeam : strings.OpenCommunity, community.title)}
    >
      <Text variant="mediumPlus" styles={{ root: { color: 'inherit' } }}>
        {community.title}
      </Text>
    </Link>
  );
};

/** Where a community's report opens: its home on the hub's community page, else its own site's. */
function reportPage(community: Community, pageTemplate: string | undefined): string | undefined {
  const hub = communityLinks({ ...community, siteUrl: undefined }, pageTemplate).page;
  const page = hub ?? communityLinks(community).page;
  return page && reportAddress(page);
}

function standingText(r: MyCommunity): string {
  if (r.effective === 'pending') return strings.Status_pending;
  if (r.effective === 'interested') return strings.Status_interested;
  return r.membership.level === 'core' ? strings.Level_core : strings.Level_wider;
}

const Section: React.FC<{ id: string; title: string; children: React.ReactNode }> = ({ id, title, children }) => (
  <section aria-labelledby={id}>
    <Text as="h3" variant="large" id={id} block>
      {title}
    </Text>
    {children}
  </section>
);

/** A suggestion's status, the POD team's answer and the community it became, in words. */
function suggestionOutcome(s: Suggestion, byId: ReadonlyMap<number, Community>): string[] {
  const became = s.linkedCommunityId === undefined ? undefined : byId.get(s.linkedCommunityId)?.title;
  return [
    strings[`Suggestion_${s.status}`],
    s.response?.trim() ? fill(strings.SuggestionResponse, s.response.trim()) : '',
    became ? fill(strings.SuggestionCommunity, became) : '',
  ].filter(Boolean);
}

/** A declined request: the gardener's reason, until I dismiss it (my choice, kept on my own profile). */
const DeclinedRow: React.FC<{
  row: MyCommunity;
  pageTemplate?: string;
  className: string;
  metaClassName: string;
  onDismiss: () => Promise<void>;
}> = ({ row, pageTemplate, className, metaClassName, onDismiss }) => {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const reason = decisionReason(row.membership);
  return (
    <li className={className}>
      <div className={metaClassName}>
        <CommunityTitle community={row.community} pageTemplate={pageTemplate} />
        <Text variant="small" block>
          {wasRemoved(row.membership) ? strings.RemovedStatus : strings.DeclinedStatus}
        </Text>
        <Text variant="small" block>
          {reason ? fill(strings.DeclinedReason, reason) : strings.DeclinedNoReason}
        </Text>
        {error !== undefined && <Notice kind="error">{describeError(error)}</Notice>}
      </div>
      <LightButton
        text={strings.Dismiss}
        disabled={busy}
        ariaLabel={fill(strings.DismissLabel, row.community?.title ?? strings.UnknownCommunity)}
        onClick={() => {
          setBusy(true);
          setError(undefined);
          onDismiss().catch((e: unknown) => {
            setError(e);
            setBusy(false);
          });
        }}
      />
    </li>
  );
};

const Mine: React.FC<IMyCommunitiesProps & { early?: EarlyReads; titleId: string }> = ({
  services,
  early,
  communityPageUrl,
  directoryUrl,
  now = () => new Date(),
  download = downloadText,
  titleId,
}) => {
  const myCommunitiesDeclinedId = useId('my-communities-declined');
  const myCommunitiesRecommendedId = useId('my-communities-recommended');
  const myCommunitiesSessionsId = useId('my-communities-sessions');
  const myCommunitiesSponsoringId = useId('my-communities-sponsoring');
  const myCommunitiesHubId = useId('my-communities-hub-events');
  const myCommunitiesSuggestionsId = useId('my-communities-suggestions');
  const myCommunitiesWaitingId = useId('my-communities-waiting');
  const dates = useDates();
  const classes = getMyCommunitiesClassNames(useTheme());
  // The clock as of the latest render, without reloading whenever a new default clock is made.
  const clock = React.useRef(now);
  clock.current = now;
  const load = React.useMemo(() => () => loadMine(services, early, clock.current()), [services, early]);
  const { state, reload } = useAsync(load, [load]);
  // A pending request or a pledge can be withdrawn here, and put back from the notice.
  const withdrawal = useWithdrawal(services.memberships, reload);
  const notice = <ActionNotice notice={withdrawal.notice} onDismiss={withdrawal.dismiss} />;
  const registered = useRegistrationChanges(state.status === 'ready' ? state.data.registrations : undefined);
  // A calendar file whose code couldn't be fetched: said under my sessions.
  const [icsProblem, setIcsProblem] = React.useState<string>();
  if (state.status === 'loading') return <LoadingView rows={5} />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  const { view, sessions, recommendations, profile, suggestions, sponsoring, byId, myId, hubEvents } = state.data;
  const directory = safeHref(directoryUrl);
  const row = (r: MyCommunity): React.ReactNode => (
    <li key={r.membership.id} className={classes.row}>
      <div className={classes.meta}>
        <CommunityTitle community={r.community} pageTemplate={communityPageUrl} />
        <Text variant="small">{standingText(r)}</Text>
      </div>
      {r.community && r.effective !== 'active' && (
        <WithdrawMembership
          community={r.community}
          pledged={r.effective === 'interested'}
          busy={withdrawal.busyId === r.community.id}
          onWithdraw={() => r.community && withdrawal.withdraw(r.community, r.membership)}
        />
      )}
    </li>
  );

  return (
    <div className={classes.root}>
      {notice}
      {view.active.length === 0 ? (
        <Text block>
          {/* Underlined: told apart from the sentence by more than colour (axe link-in-text-block). */}
          {strings.Empty}{' '}
          {directory && (
            <Link href={directory} underline>
              {strings.FindOne}
            </Link>
          )}
        </Text>
      ) : (
        <ul className={classes.list} aria-labelledby={titleId}>
          {view.active.map(row)}
        </ul>
      )}
      {view.waiting.length > 0 && (
        <Section id={myCommunitiesWaitingId} title={strings.Waiting}>
          <ul className={classes.list} aria-labelledby={myCommunitiesWaitingId}>
            {view.waiting.map(row)}
          </ul>
        </Section>
      )}
      {view.declined.length > 0 && (
        <Section id={myCommunitiesDeclinedId} title={strings.Declined}>
          <ul className={classes.list} aria-labelledby={myCommunitiesDeclinedId}>
            {view.declined.map((r) => (
              <DeclinedRow
                key={r.membership.id}
                row={r}
                pageTemplate={communityPageUrl}
                className={classes.row}
                metaClassName={classes.meta}
                onDismiss={() => services.content.dismissRequest(r.membership.id).then(reload)}
              />
            ))}
          </ul>
        </Section>
      )}
      {suggestions.length > 0 && (
        <Section id={myCommunitiesSuggestionsId} title={strings.MySuggestions}>
          <ul className={classes.list} aria-labelledby={myCommunitiesSuggestionsId}>
            {suggestions.map((s) => (
              <li key={s.id} className={classes.row}>
                <div className={classes.meta}>
                  <Text variant="mediumPlus">{s.title}</Text>
                  {suggestionOutcome(s, byId).map((line) => (
                    <Text key={line} variant="small" block>
                      {line}
                    </Text>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {sponsoring.length > 0 && (
        <Section id={myCommunitiesSponsoringId} title={strings.Sponsoring}>
          <Text block variant="small">
            {strings.SponsoringHint}
          </Text>
          <ul className={classes.list} aria-labelledby={myCommunitiesSponsoringId}>
            {sponsoring.map((r) => {
              const page = reportPage(r.community, communityPageUrl);
              return (
                <li key={r.community.id} className={classes.row}>
                  <div className={classes.meta}>
                    <CommunityTitle community={r.community} pageTemplate={communityPageUrl} />
                    <Text variant="small">{fill(strings.SponsoredHealth, healthText(r.health))}</Text>
                  </div>
                  {page && (
                    <Link href={page} aria-label={fill(strings.OpenReportLabel, r.community.title)}>
                      {strings.OpenReport}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        </Section>
      )}
      {view.active.length > 0 && (
        <Section id={myCommunitiesSessionsId} title={strings.MySessions}>
          {icsProblem && (
            <Notice kind="error" onDismiss={() => setIcsProblem(undefined)} dismissButtonAriaLabel={shared.NoticeClose}>
              {icsProblem}
            </Notice>
          )}
          {sessions.length === 0 ? (
            <Text block>{strings.NoSessions}</Text>
          ) : (
            <ul className={classes.list} aria-labelledby={myCommunitiesSessionsId}>
              {sessions.map((s) => {
                const at = dates.format('session', s.start);
                return (
                  <li key={`${s.event.id}-${s.start.getTime()}`} className={classes.row}>
                    <div className={classes.meta}>
                      <Text variant="mediumPlus">{s.event.title}</Text>
                      <Text variant="small">
                        {fill(strings.SessionAt, at, byId.get(s.event.communityId)?.title ?? strings.UnknownCommunity)}
                      </Text>
                      {onlineLink(s.event.onlineUrl) && (
                        <Link href={onlineLink(s.event.onlineUrl)} target="_blank" rel="noopener noreferrer">
                          {fill(shared.HubSessionJoinOnline, s.event.title)}
                        </Link>
                      )}
                      {services.registrations && registered.list && (
                        <React.Suspense fallback={null}>
                          <SessionRegistration
                            event={s.event}
                            start={s.start}
                            registrations={registered.list}
                            me={myId}
                            service={services.registrations}
                            onChanged={registered.change}
                            now={now}
                          />
                        </React.Suspense>
                      )}
                    </div>
                    <LightButton
                      text={strings.AddToCalendar}
                      iconName="AddEvent"
                      ariaLabel={fill(strings.AddToCalendarLabel, s.event.title, at)}
                      onPrepare={prepareIcs}
                      onClick={() => {
                        loadIcs().then(
                          ({ icsFileName, ICS_MIME_TYPE, sessionIcs }) =>
                            download(icsFileName(s.event.title, s.start), sessionIcs(s), ICS_MIME_TYPE),
                          (e: unknown) => setIcsProblem(describeError(e)),
                        );
                      }}
                    />
                    {/* Outlook on the web's compose link: this session, filled in, in the viewer's own calendar. */}
                    <Link
                      href={outlookComposeUrl(s)}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-label={fill(strings.AddToOutlookLabel, s.event.title, at)}
                    >
                      {strings.AddToOutlook}
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
        </Section>
      )}
      {hubEvents.length > 0 && (
        <Section id={myCommunitiesHubId} title={shared.HubEventsTitle}>
          <React.Suspense fallback={<LoadingView rows={2} />}>
            <HubSessionsOf
              events={hubEvents}
              labelledBy={myCommunitiesHubId}
              registrations={services.registrations ? registered.list : undefined}
              me={myId}
              service={services.registrations}
              onChanged={registered.change}
              now={now}
            />
          </React.Suspense>
        </Section>
      )}
      <Section id={myCommunitiesRecommendedId} title={strings.Recommended}>
        {recommendations.length === 0 ? (
          <>
            <Text block>{strings.NoRecommendations}</Text>
            <React.Suspense fallback={<LoadingView rows={2} />}>
              <MyTopics content={services.content} known={{ profile }} onSaved={reload} />
            </React.Suspense>
          </>
        ) : (
          <>
            <Text block variant="small">
              {strings.RecommendedHint}
            </Text>
            <ul className={classes.list} aria-labelledby={myCommunitiesRecommendedId}>
              {recommendations.map((r) => (
                <li key={r.community.id} className={classes.row}>
                  <div className={classes.meta}>
                    <CommunityTitle community={r.community} pageTemplate={communityPageUrl} />
                    <Text variant="small">
                      {[r.practiceArea ? strings.BecauseArea : '', r.topics.length ? fill(strings.BecauseTopics, r.topics.join(', ')) : '']
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
    </div>
  );
};

const NotificationSettings = React.lazy(() =>
  import(/* webpackChunkName: 'my-communities-notifications-form' */ './NotificationSettings').then((m) => ({
    default: m.NotificationSettings,
  })),
);

/** My choice of Teams notifications: the settings load only when asked for. */
const Notifications: React.FC<Pick<IMyCommunitiesProps, 'services'>> = ({ services }) => {
  const myCommunitiesNotificationsId = useId('my-communities-notifications');
  const [open, setOpen] = React.useState(false);
  return (
    <Section id={myCommunitiesNotificationsId} title={strings.NotificationsTitle}>
      {open ? (
        <React.Suspense fallback={<LoadingView rows={2} />}>
          <NotificationSettings notifications={services.notifications} />
        </React.Suspense>
      ) : (
        <LightButton text={strings.NotificationsOpen} iconName="Ringer" onClick={() => setOpen(true)} />
      )}
    </Section>
  );
};

const MyQuestions = React.lazy(() =>
  import(/* webpackChunkName: 'my-communities-questions-section' */ './MyQuestions').then((m) => ({ default: m.MyQuestions })),
);

/** Questions I asked or follow (issue 16): read, with their code, only when asked for, so the first view doesn't grow. */
const Questions: React.FC<Pick<IMyCommunitiesProps, 'services' | 'communityPageUrl'>> = ({ services, communityPageUrl }) => {
  const myCommunitiesQuestionsId = useId('my-communities-questions');
  const [open, setOpen] = React.useState(false);
  const follows = services.questionFollows;
  if (!follows) return null;
  return (
    <Section id={myCommunitiesQuestionsId} title={strings.MyQuestionsTitle}>
      {open ? (
        <React.Suspense fallback={<LoadingView rows={2} />}>
          <MyQuestions follows={follows} communityPageUrl={communityPageUrl} />
        </React.Suspense>
      ) : (
        <LightButton text={strings.MyQuestionsOpen} iconName="Questionnaire" onClick={() => setOpen(true)} />
      )}
    </Section>
  );
};

/** My communities: my memberships and level in each, my sessions, my requests and pledges, and suggestions (Teams personal app and intranet). */
const MyCommunities: React.FC<IMyCommunitiesProps> = (props) => {
  const myCommunitiesTitleId = useId('my-communities-title');
  const { services } = props;
  // Started together in an effect (never during render), so they share the setup check's $batch.
  const { early } = useEarlyReads<EarlyReads>(() => startEarlyReads(services), [services]);
  return (
    <section aria-labelledby={myCommunitiesTitleId}>
      <Text as="h2" variant="xLarge" id={myCommunitiesTitleId} block>
        {strings.Title}
      </Text>
      <NotifyNotice notifications={services.notifications} />
      {early ? (
        <SetupGate setup={services.setup} preloaded={early.setup}>
          <Mine {...props} early={early} titleId={myCommunitiesTitleId} />
          <Questions services={services} communityPageUrl={props.communityPageUrl} />
          <Notifications services={services} />
        </SetupGate>
      ) : (
        <LoadingView rows={5} />
      )}
    </section>
  );
};

export default MyCommunities;
