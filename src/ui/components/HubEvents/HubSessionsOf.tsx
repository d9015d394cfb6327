import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopHubSharedStrings';
import type { CommunityEvent } from '../../../domain/models';
import { upcomingSessions } from '../../../domain/rhythm';
import { HubSessionList, type IHubSessionListProps } from './HubSessionList';

export interface IHubSessionsOfProps extends Omit<IHubSessionListProps, 'sessions'> {
  /** The hub's events as read; their upcoming sessions are listed. */
  events: readonly CommunityEvent[];
}

/** How far ahead, and how many, of the hub's sessions are shown. */
export const HUB_DAYS_AHEAD = 183;
export const HUB_SESSIONS_SHOWN = 6;

/** The hub's upcoming sessions of events already read (My communities reads them with my sessions), in their own chunk. */
const HubSessionsOf: React.FC<IHubSessionsOfProps> = ({ events, now, ...rest }) => {
  const at = (now ?? (() => new Date()))().getTime();
  const sessions = React.useMemo(() => upcomingSessions(events, new Date(at), HUB_DAYS_AHEAD, HUB_SESSIONS_SHOWN), [events, at]);
  return sessions.length === 0 ? <Text block>{strings.HubEventsNone}</Text> : <HubSessionList sessions={sessions} now={now} {...rest} />;
};

export default HubSessionsOf;
