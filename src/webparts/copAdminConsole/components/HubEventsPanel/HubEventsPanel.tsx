import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopAdminConsoleWebPartStrings';
import type { CommunityEvent } from '../../../../domain/models';
import type { IContentService } from '../../../../domain/services';
import { LightButton } from '../../../../ui/components/LightButton';
import { Notice } from '../../../../ui/components/Notice';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { useDates } from '../../../../ui/dates';
import { fill } from '../../../../ui/format';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { useId } from '../../../../ui/hooks/useId';

// The gardeners' session form, for a session of no community (communityId 0): loaded when opened.
const SessionForm = React.lazy(() =>
  import(/* webpackChunkName: 'cop-hub-event-form' */ '../../../communityHome/components/SessionForm').then((m) => ({
    default: m.SessionForm,
  })),
);

export interface IHubEventsPanelProps {
  /** SharePoint lets only the POD team write in the hub's folder; the console is theirs. */
  content: Required<Pick<IContentService, 'hubEvents'>> & Pick<IContentService, 'addEvent' | 'updateEvent'>;
}

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 12, minWidth: 0, overflowWrap: 'anywhere' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 8, padding: '8px 0' },
  meta: { display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0, flex: '1 1 240px' },
});

/**
 * The hub's own sessions (issue 17): the POD team's insights sessions and conference slots, of no
 * community, which staff find in the directory ("Learn about communities of practice") and in My
 * communities. Scheduled and edited with the gardeners' form, into the hub's folder.
 */
export const HubEventsPanel: React.FC<IHubEventsPanelProps> = ({ content }) => {
  const headingId = useId('cop-hub-events-admin');
  const dates = useDates();
  const { state, reload } = useAsync(() => content.hubEvents(), [content]);
  const [editing, setEditing] = React.useState<CommunityEvent | 'new' | undefined>(undefined);
  const [saved, setSaved] = React.useState<string | undefined>(undefined);
  const onSaved = (e: CommunityEvent): void => {
    setSaved(fill(editing === 'new' ? strings.HubEventScheduled : strings.HubEventUpdated, e.title));
    setEditing(undefined);
    reload();
  };
  const events =
    state.status === 'ready'
      ? [...state.data].sort((a, b) => Date.parse(b.start) - Date.parse(a.start) || a.title.localeCompare(b.title))
      : [];
  return (
    <section className={classes.root} aria-labelledby={headingId}>
      <Text as="h3" variant="large" id={headingId} block>
        {strings.HubEventsHeading}
      </Text>
      <Text block>{strings.HubEventsAdminIntro}</Text>
      {saved && (
        <Notice kind="success" onDismiss={() => setSaved(undefined)}>
          {saved}
        </Notice>
      )}
      {editing === undefined && (
        <LightButton
          text={strings.ScheduleHubEvent}
          iconName="Add"
          onClick={() => {
            setSaved(undefined);
            setEditing('new');
          }}
        />
      )}
      {editing !== undefined && (
        <React.Suspense fallback={<LoadingView rows={4} />}>
          <SessionForm
            key={editing === 'new' ? 'new' : editing.id}
            communityId={0}
            content={content}
            event={editing === 'new' ? undefined : editing}
            onSaved={onSaved}
            onCancel={() => setEditing(undefined)}
          />
        </React.Suspense>
      )}
      {state.status === 'loading' && <LoadingView rows={3} />}
      {state.status === 'error' && <ErrorView error={state.error} onRetry={reload} />}
      {state.status === 'ready' &&
        (events.length === 0 ? (
          <Text block>{strings.HubEventsAdminNone}</Text>
        ) : (
          <ul className={classes.list} aria-labelledby={headingId}>
            {events.map((e) => (
              <li key={e.id} className={classes.row}>
                <div className={classes.meta}>
                  <Text variant="mediumPlus">{e.title}</Text>
                  <Text variant="small">
                    {[
                      fill(e.recurrence ? strings.HubEventSeriesFrom : strings.HubEventOn, dates.formatIso('sessionFull', e.start)),
                      e.location,
                      e.capacity === undefined ? '' : fill(strings.HubEventPlaces, e.capacity),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </div>
                <LightButton
                  text={strings.EditHubEvent}
                  ariaLabel={fill(strings.EditHubEventLabel, e.title)}
                  iconName="Edit"
                  onClick={() => {
                    setSaved(undefined);
                    setEditing(e);
                  }}
                />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
};
