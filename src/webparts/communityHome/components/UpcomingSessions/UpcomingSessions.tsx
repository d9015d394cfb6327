import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { IContextualMenuItem } from '@fluentui/react/lib/ContextualMenu';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CommunityHomeWebPartStrings';
import { icsFileName, ICS_MIME_TYPE, seriesIcs, sessionIcs } from '../../../../domain/calendarFile';
import { httpUrlProblem } from '../../../../domain/contentValidation';
import { checkRhythm, upcomingSessions, type RhythmCheck, type Session } from '../../../../domain/rhythm';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { downloadText } from '../../../../ui/download';
import { useDates } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { plural } from '../../../../ui/plural';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { firstFrom } from '../../../../ui/hooks/preload';
import type { IUpcomingSessionsProps } from './IUpcomingSessionsProps';
import { getUpcomingSessionsClassNames } from './UpcomingSessions.styles';


const RhythmFlag: React.FC<{ check: RhythmCheck; rhythm: string; rhythmDays: number }> = ({ check, rhythm, rhythmDays }) => {
  const declared = rhythm.trim() || plural(strings.RhythmEveryDays, rhythmDays);
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      {check.daysSinceLast === undefined ? fill(strings.RhythmNeverMet, declared) : plural(strings.RhythmLapsed, check.daysSinceLast, check.daysSinceLast, declared)}
    </MessageBar>
  );
};

/** The community's rhythm: its next sessions, each one addable to a calendar, and a flag when it has gone quiet. */
export const UpcomingSessions: React.FC<IUpcomingSessionsProps> = ({ content, community, preloaded, now = () => new Date(), download = downloadText }) => {
  // In the viewer's own zone and locale: the series' zone only decides when sessions happen.
  const dates = useDates();
  const classes = getUpcomingSessionsClassNames(useTheme());
  const load = React.useMemo(() => firstFrom(preloaded, () => content.events(community.id)), [preloaded, content, community.id]);
  const { state, reload } = useAsync(load, [load]);

  const body = ((): React.ReactNode => {
    if (state.status === 'loading') return <LoadingView rows={3} />;
    if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
    const at = now();
    const sessions = upcomingSessions(state.data, at);
    const rhythm = checkRhythm(community, state.data, at);
    const menuFor = (s: Session): IContextualMenuItem[] => [
      { key: 'session', text: strings.ThisSession, onClick: () => download(icsFileName(s.event.title, s.start), sessionIcs(s), ICS_MIME_TYPE) },
      ...(s.event.recurrence
        ? [{ key: 'series', text: strings.WholeSeries, onClick: () => download(icsFileName(s.event.title), seriesIcs(s.event), ICS_MIME_TYPE) }]
        : []),
    ];
    return (
      <>
        {rhythm.lapsed && community.rhythmDays !== undefined && <RhythmFlag check={rhythm} rhythm={community.rhythm} rhythmDays={community.rhythmDays} />}
        {sessions.length === 0 ? (
          <Text block>{strings.NoUpcomingSessions}</Text>
        ) : (
          <ul className={classes.list}>
            {sessions.map((s) => {
              const when = fill(strings.SessionTime, dates.format('sessionFull', s.start), dates.format('timeZone', s.end));
              const kind = strings.EventTypes[s.event.eventType] ?? s.event.eventType;
              return (
                <li key={`${s.event.id}-${s.start.getTime()}`} className={classes.session}>
                  <div className={classes.details}>
                    <Text as="h4" variant="mediumPlus" className={classes.title}>{s.event.title}</Text>
                    <Text>{when}</Text>
                    <Text variant="small">{[kind, s.event.location].filter(Boolean).join(' · ')}</Text>
                    {s.event.onlineUrl && !httpUrlProblem(s.event.onlineUrl, true) && (
                      <Link href={s.event.onlineUrl} target="_blank" rel="noopener noreferrer">{fill(strings.JoinOnline, s.event.title)}</Link>
                    )}
                  </div>
                  <DefaultButton
                    text={strings.AddToCalendar}
                    ariaLabel={fill(strings.AddToCalendarLabel, s.event.title, when)}
                    iconProps={{ iconName: 'AddEvent' }}
                    menuProps={{ items: menuFor(s) }}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </>
    );
  })();

  return (
    <section aria-labelledby="community-sessions">
      <Text as="h3" variant="large" id="community-sessions" block>{strings.UpcomingSessions}</Text>
      {body}
    </section>
  );
};
