import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopHubSharedStrings';
import type { IContentService, IPeopleService, IRegistrationService } from '../../../domain/services';
import { upcomingSessions } from '../../../domain/rhythm';
import { useAsync } from '../../hooks/useAsync';
import { useId } from '../../hooks/useId';
import { useRegistrationChanges } from '../../hooks/useRegistrationChanges';
import { ErrorView, LoadingView } from '../StatusViews';
import { HubSessionList } from './HubSessionList';
import { HUB_DAYS_AHEAD, HUB_SESSIONS_SHOWN } from './HubSessionsOf';

export interface IHubEventsSectionProps {
  content: Required<Pick<IContentService, 'hubEvents'>>;
  registrations?: Pick<IRegistrationService, 'forHub' | 'register' | 'cancel'>;
  people: Pick<IPeopleService, 'myId'>;
  now?: () => Date;
}

/**
 * "Learn about communities of practice": the POD team's own sessions, with Register. Its code and
 * its reads (the hub's events, their registrations and my id, in one $batch) come after the page's
 * first view, so the directory's first render is unchanged.
 */
const HubEventsSection: React.FC<IHubEventsSectionProps> = ({ content, registrations, people, now }) => {
  const headingId = useId('cop-hub-events');
  const clock = React.useRef(now ?? (() => new Date()));
  const { state, reload } = useAsync(async () => {
    const [events, read, me] = await Promise.all([
      content.hubEvents(),
      // Unreadable registrations leave the sessions listed, without Register.
      registrations?.forHub ? registrations.forHub().catch(() => undefined) : Promise.resolve(undefined),
      people.myId().catch(() => undefined),
    ]);
    return { sessions: upcomingSessions(events, clock.current(), HUB_DAYS_AHEAD, HUB_SESSIONS_SHOWN), read, me };
  }, [content, registrations, people]);
  const registered = useRegistrationChanges(state.status === 'ready' ? state.data.read : undefined);
  return (
    <section aria-labelledby={headingId}>
      <Text as="h3" variant="large" id={headingId} block>
        {strings.HubEventsTitle}
      </Text>
      <Text block variant="small">
        {strings.HubEventsIntro}
      </Text>
      {state.status === 'loading' && <LoadingView rows={2} />}
      {state.status === 'error' && <ErrorView error={state.error} onRetry={reload} />}
      {state.status === 'ready' &&
        (state.data.sessions.length === 0 ? (
          <Text block>{strings.HubEventsNone}</Text>
        ) : (
          <HubSessionList
            sessions={state.data.sessions}
            labelledBy={headingId}
            registrations={registered.list}
            me={state.data.me}
            service={registrations}
            onChanged={registered.change}
            now={now}
          />
        ))}
    </section>
  );
};

export default HubEventsSection;
