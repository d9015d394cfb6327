import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopHubSharedStrings';
import { onlineLink, outlookComposeUrl } from '../../../formats/outlookLink';
import type { Registration } from '../../../domain/models';
import type { Session } from '../../../domain/rhythm';
import type { IRegistrationService } from '../../../domain/services';
import { useDates } from '../../dates';
import { fill } from '../../format';
import type { RegistrationUpdate } from '../../hooks/useRegistrationChanges';

const SessionRegistration = React.lazy(() =>
  import(/* webpackChunkName: 'cop-registration' */ '../SessionRegistration').then((m) => ({ default: m.SessionRegistration })),
);

export interface IHubSessionListProps {
  /** The hub's upcoming sessions, soonest first. */
  sessions: readonly Session[];
  /** Labels the list (the heading above it). */
  labelledBy: string;
  /** Registrations for the hub's sessions; undefined where they could not be read (no Register then). */
  registrations?: readonly Registration[];
  /** My site user id (what a registration's Author holds). */
  me?: number;
  service?: Pick<IRegistrationService, 'register' | 'cancel'>;
  onChanged: (update: RegistrationUpdate) => void;
  now?: () => Date;
}

const classes = (divider: string): Record<'list' | 'row', string> =>
  mergeStyleSets({
    list: { listStyle: 'none', margin: '8px 0 0', padding: 0, minWidth: 0, overflowWrap: 'anywhere' },
    row: { display: 'flex', flexDirection: 'column', gap: 4, padding: '8px 0', borderBottom: `1px solid ${divider}` },
  });

/** The hub's own sessions (issue 17): when, where, the online link, and Register or my standing, as on a community's. */
export const HubSessionList: React.FC<IHubSessionListProps> = ({ sessions, labelledBy, registrations, me, service, onChanged, now }) => {
  const dates = useDates();
  const c = classes(useTheme().semanticColors.bodyDivider);
  return (
    <ul className={c.list} aria-labelledby={labelledBy}>
      {sessions.map((s) => (
        <li key={`${s.event.id}-${s.start.getTime()}`} className={c.row}>
          <Text variant="mediumPlus">{s.event.title}</Text>
          <Text variant="small">{[dates.format('session', s.start), s.event.location].filter(Boolean).join(' · ')}</Text>
          {s.event.description && <Text variant="small">{s.event.description}</Text>}
          {onlineLink(s.event.onlineUrl) && (
            <Link href={onlineLink(s.event.onlineUrl)} target="_blank" rel="noopener noreferrer">
              {fill(strings.HubSessionJoinOnline, s.event.title)}
            </Link>
          )}
          <Link
            href={outlookComposeUrl(s)}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={fill(strings.HubAddToOutlookLabel, s.event.title, dates.format('session', s.start))}
          >
            {strings.HubAddToOutlook}
          </Link>
          {service && registrations && me !== undefined && (
            <React.Suspense fallback={null}>
              <SessionRegistration
                event={s.event}
                start={s.start}
                registrations={registrations}
                me={me}
                service={service}
                onChanged={onChanged}
                now={now}
              />
            </React.Suspense>
          )}
        </li>
      ))}
    </ul>
  );
};
