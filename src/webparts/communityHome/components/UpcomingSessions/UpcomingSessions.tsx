import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CommunityHomeWebPartStrings';
import * as shared from 'CopHubSharedStrings';
import { httpUrlProblem } from '../../../../domain/httpUrl';
import type { RhythmCheck, Session } from '../../../../domain/rhythm';
import { CalendarButton } from '../../../../ui/components/CalendarButton';
import { LightButton } from '../../../../ui/components/LightButton';
import { Notice } from '../../../../ui/components/Notice';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { loadRhythm, type RhythmModule } from '../../../../ui/rhythmChunk';
import { downloadText } from '../../../../ui/download';
import { useDates } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { plural } from '../../../../ui/plural';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { useRegistrationChanges } from '../../../../ui/hooks/useRegistrationChanges';
import { firstFrom } from '../../../../ui/hooks/preload';
import type { CommunityEvent, Registration } from '../../../../domain/models';
import type { IUpcomingSessionsProps } from './IUpcomingSessionsProps';
import { getUpcomingSessionsClassNames } from './UpcomingSessions.styles';
// Feedback on sessions I attended: the button is here at once, its form loads when opened.
import { MyFeedbackToggle } from '../SessionFeedback/FeedbackToggle';
import { useId } from '../../../../ui/hooks/useId';

// Only the community's gardeners see the form: its code loads when one of them opens it.
const SessionForm = React.lazy(() =>
  import(/* webpackChunkName: 'cop-session-form' */ '../SessionForm').then((m) => ({ default: m.SessionForm })),
);

// Register and Cancel load with their own chunk, after the sessions are on screen (first-render bytes unchanged).
const SessionRegistration = React.lazy(() =>
  import(/* webpackChunkName: 'cop-registration' */ '../../../../ui/components/SessionRegistration').then((m) => ({
    default: m.SessionRegistration,
  })),
);

// The gardener's roster, attendance and notes: their own chunk, loaded when a gardener opens one.
const SessionRosterLoader = React.lazy(() =>
  import(/* webpackChunkName: 'cop-session-roster-panel' */ '../SessionRoster').then((m) => ({ default: m.SessionRosterLoader })),
);

/** A session's key: its series and its start. */
const keyOf = (s: Session): string => `${s.event.id}-${s.start.getTime()}`;

/**
 * The community's registrations, read once my id is known (with the first view's $batch when
 * preloaded). A registration or cancellation of mine is applied to the list as SharePoint answered it.
 */
function useRegistrations(
  registrations: IUpcomingSessionsProps['registrations'],
  communityId: number,
): ReturnType<typeof useRegistrationChanges> {
  const service = registrations?.service;
  const preloaded = registrations?.preloaded;
  const load = React.useMemo(
    () => (service ? firstFrom(preloaded, () => service.forCommunity(communityId)) : async (): Promise<Registration[]> => []),
    [service, preloaded, communityId],
  );
  const { state } = useAsync(load, [load]);
  return useRegistrationChanges(service && state.status === 'ready' ? state.data : undefined);
}

/** For the gardener: the sessions of the last three months (latest first, at most six), each with its attendance and notes. */
const RecentSessions: React.FC<{
  events: CommunityEvent[];
  rhythm: RhythmModule;
  now: Date;
  render: (s: Session) => React.ReactNode;
}> = ({ events, rhythm, now, render }) => {
  const communityRecentSessionsId = useId('community-recent-sessions');
  const dates = useDates();
  const held = events
    .flatMap((e) => rhythm.sessionsBetween(e, new Date(now.getTime() - 92 * 86400000), now))
    .filter((s) => s.start.getTime() <= now.getTime())
    .sort((a, b) => b.start.getTime() - a.start.getTime())
    .slice(0, 6);
  return (
    <section aria-labelledby={communityRecentSessionsId}>
      <Text as="h4" variant="mediumPlus" id={communityRecentSessionsId} block>
        {shared.RecentSessions}
      </Text>
      {held.length === 0 ? (
        <Text block>{shared.NoRecentSessions}</Text>
      ) : (
        <ul>
          {held.map((s) => (
            <li key={keyOf(s)}>
              <Text block>{[s.event.title, dates.format('sessionFull', s.start)].join(' · ')}</Text>
              {render(s)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

const RhythmFlag: React.FC<{ check: RhythmCheck; rhythm: string; rhythmDays: number }> = ({ check, rhythm, rhythmDays }) => {
  const declared = rhythm.trim() || plural(strings.RhythmEveryDays, rhythmDays);
  return (
    <Notice kind="warning">
      {check.daysSinceLast === undefined
        ? fill(strings.RhythmNeverMet, declared)
        : plural(strings.RhythmLapsed, check.daysSinceLast, check.daysSinceLast, declared)}
    </Notice>
  );
};

/** The community's rhythm: its next sessions, each one addable to a calendar, and a flag when it has gone quiet. */
export const UpcomingSessions: React.FC<IUpcomingSessionsProps> = ({
  content,
  scheduler,
  community,
  preloaded,
  now = () => new Date(),
  download = downloadText,
  registrations,
  gardenerTools,
  feedbackTools,
  onSeriesRhythm,
}) => {
  const communitySessionsId = useId('community-sessions');
  // In the viewer's own zone and locale: the series' zone only decides when sessions happen.
  const dates = useDates();
  const classes = getUpcomingSessionsClassNames(useTheme());
  // The events and the session arithmetic that expands them, fetched side by side.
  const load = React.useMemo(() => {
    const events = firstFrom(preloaded, () => content.events(community.id));
    return async (): Promise<{ events: CommunityEvent[]; rhythm: RhythmModule }> => {
      const [list, rhythm] = await Promise.all([events(), loadRhythm()]);
      return { events: list, rhythm };
    };
  }, [preloaded, content, community.id]);
  const { state, reload } = useAsync(load, [load]);
  // The rhythm in words from its series (issue 17), for the flag here and the charter beside.
  const seriesRhythm = React.useMemo(
    () =>
      state.status === 'ready' ? state.data.rhythm.communityRhythmText(state.data.events, now(), dates.locale, dates.timeZone) : undefined,
    // Read again with the events, not on every render's clock.
    [state, dates.locale, dates.timeZone],
  );
  // Told once read, so a reload after scheduling doesn't blank the charter's rhythm meanwhile.
  const ready = state.status === 'ready';
  React.useEffect(() => {
    if (ready) onSeriesRhythm?.(seriesRhythm);
  }, [onSeriesRhythm, seriesRhythm, ready]);
  const registered = useRegistrations(registrations, community.id);
  // The session whose roster (or attendance) a gardener has open.
  const [roster, setRoster] = React.useState<string | undefined>(undefined);
  const rosterFor = (s: Session, held: boolean): React.ReactNode => {
    if (!gardenerTools || !registered.list) return null;
    const key = `${held ? 'held' : 'next'}-${keyOf(s)}`;
    const when = dates.format('sessionFull', s.start);
    return (
      <div>
        <LightButton
          text={held ? shared.RosterRecord : shared.RosterShow}
          ariaLabel={fill(held ? shared.RosterRecordLabel : shared.RosterShowLabel, s.event.title, when)}
          expanded={roster === key}
          iconName={held ? 'CheckList' : 'People'}
          onClick={() => setRoster(roster === key ? undefined : key)}
        />
        {roster === key && (
          <React.Suspense fallback={<LoadingView rows={2} />}>
            <SessionRosterLoader
              event={s.event}
              start={s.start}
              held={held}
              registrations={registered.list ?? []}
              records={gardenerTools.records}
              feedback={gardenerTools.feedback}
              people={gardenerTools.people}
              content={gardenerTools.content}
              sessionLink={gardenerTools.homeLink}
            />
          </React.Suspense>
        )}
      </div>
    );
  };
  // The form open: 'new' to schedule, or the session being edited.
  const [editing, setEditing] = React.useState<'new' | CommunityEvent | undefined>(undefined);
  const [saved, setSaved] = React.useState<string | undefined>(undefined);
  const scheduleButton = React.useRef<HTMLButtonElement>(null);
  const closeForm = (): void => {
    setEditing(undefined);
    // Back to where the person started, for keyboard users.
    setTimeout(() => scheduleButton.current?.focus(), 0);
  };
  const onSaved = (e: CommunityEvent): void => {
    setSaved(fill(editing === 'new' ? strings.SessionScheduled : strings.SessionUpdated, e.title));
    closeForm();
    reload();
  };

  const body = ((): React.ReactNode => {
    if (state.status === 'loading') return <LoadingView rows={3} />;
    if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
    const at = now();
    const { events } = state.data;
    const sessions = state.data.rhythm.upcomingSessions(events, at);
    // The days its current series keep, as the admin console's health counts them (issue 17); the declared rhythm without one.
    const rhythmDays = state.data.rhythm.currentRhythmDays(community, events, at);
    const rhythm = state.data.rhythm.checkRhythm({ rhythmDays }, events, at);
    return (
      <>
        {rhythm.lapsed && rhythmDays !== undefined && (
          <RhythmFlag
            check={rhythm}
            // Its series in words; its own words only while they are the rhythm checked, else the days.
            rhythm={seriesRhythm ?? (rhythmDays === community.rhythmDays ? community.rhythm : '')}
            rhythmDays={rhythmDays}
          />
        )}
        {sessions.length === 0 ? (
          <Text block>{strings.NoUpcomingSessions}</Text>
        ) : (
          <ul className={classes.list}>
            {sessions.map((s) => {
              const when = fill(strings.SessionTime, dates.format('sessionFrom', s.start), dates.format('timeZone', s.end));
              const kind = strings.EventTypes[s.event.eventType] ?? s.event.eventType;
              return (
                <li key={`${s.event.id}-${s.start.getTime()}`} className={classes.session}>
                  <div className={classes.details}>
                    <Text as="h4" variant="mediumPlus" className={classes.title}>
                      {s.event.title}
                    </Text>
                    <Text>{when}</Text>
                    <Text variant="small">{[kind, s.event.location].filter(Boolean).join(' · ')}</Text>
                    {s.event.onlineUrl && !httpUrlProblem(s.event.onlineUrl, true) && (
                      <Link href={s.event.onlineUrl} target="_blank" rel="noopener noreferrer">
                        {fill(strings.JoinOnline, s.event.title)}
                      </Link>
                    )}
                    {rosterFor(s, false)}
                    {registrations && registered.list && (
                      <React.Suspense fallback={null}>
                        <SessionRegistration
                          event={s.event}
                          start={s.start}
                          registrations={registered.list}
                          me={registrations.me}
                          service={registrations.service}
                          onChanged={registered.change}
                          now={now}
                        />
                      </React.Suspense>
                    )}
                  </div>
                  <div className={classes.actions}>
                    <CalendarButton
                      session={s}
                      text={strings.AddToCalendar}
                      ariaLabel={fill(strings.AddToCalendarLabel, s.event.title, when)}
                      thisSession={strings.ThisSession}
                      wholeSeries={strings.WholeSeries}
                      outlook={strings.AddToOutlook}
                      download={download}
                    />
                    {scheduler && (
                      <LightButton
                        text={strings.EditSession}
                        ariaLabel={fill(strings.EditSessionLabel, s.event.title)}
                        iconName="Edit"
                        onClick={() => {
                          setSaved(undefined);
                          setEditing(s.event);
                        }}
                      />
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {feedbackTools && (
          <MyFeedbackToggle
            events={events}
            communityId={community.id}
            me={feedbackTools.me}
            records={feedbackTools.records}
            feedback={feedbackTools.feedback}
            now={at}
          />
        )}
        {gardenerTools && registered.list && (
          <RecentSessions events={events} rhythm={state.data.rhythm} now={at} render={(s) => rosterFor(s, true)} />
        )}
      </>
    );
  })();

  return (
    <section aria-labelledby={communitySessionsId}>
      <Text as="h3" variant="large" id={communitySessionsId} block>
        {strings.UpcomingSessions}
      </Text>
      {saved && (
        <Notice kind="success" onDismiss={() => setSaved(undefined)} dismissButtonAriaLabel={shared.NoticeClose}>
          {saved}
        </Notice>
      )}
      {scheduler && editing === undefined && (
        <LightButton
          elementRef={scheduleButton}
          text={strings.ScheduleSession}
          iconName="Add"
          onClick={() => {
            setSaved(undefined);
            setEditing('new');
          }}
        />
      )}
      {scheduler && editing !== undefined && (
        <React.Suspense fallback={<LoadingView rows={4} />}>
          <SessionForm
            key={editing === 'new' ? 'new' : editing.id}
            communityId={community.id}
            content={scheduler}
            event={editing === 'new' ? undefined : editing}
            onSaved={onSaved}
            onCancel={closeForm}
          />
        </React.Suspense>
      )}
      {body}
    </section>
  );
};
