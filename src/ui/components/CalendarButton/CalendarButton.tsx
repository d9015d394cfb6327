import * as React from 'react';
import type { IContextualMenuItem } from '@fluentui/react/lib/ContextualMenu';
import { MenuButton } from '../MenuButton';
import type { ICalendarButtonProps } from './ICalendarButtonProps';

/** The .ics writer (ical-generator) in its own chunk, fetched with the menu's code. */
const loadIcs = (): Promise<typeof import('../../../formats/calendarFile')> =>
  import(/* webpackChunkName: 'cop-calendar-menu' */ '../../../formats/calendarFile');

/** Outlook on the web's compose link, in the same chunk. */
const loadOutlook = (): Promise<typeof import('../../../formats/outlookLink')> =>
  import(/* webpackChunkName: 'cop-calendar-menu' */ '../../../formats/outlookLink');

/**
 * "Add to calendar" with its menu: .ics files of this session and, for a series, every session in
 * it; and "Add to Outlook", which opens Outlook on the web with this session filled in.
 */
export const CalendarButton: React.FC<ICalendarButtonProps> = ({
  session,
  text,
  ariaLabel,
  thisSession,
  wholeSeries,
  outlook,
  download,
}) => {
  const items = async (): Promise<IContextualMenuItem[]> => {
    const [{ icsFileName, ICS_MIME_TYPE, seriesIcs, sessionIcs }, { outlookComposeUrl }] = await Promise.all([loadIcs(), loadOutlook()]);
    return [
      {
        key: 'session',
        text: thisSession,
        onClick: () => download(icsFileName(session.event.title, session.start), sessionIcs(session), ICS_MIME_TYPE),
      },
      ...(session.event.recurrence
        ? [
            {
              key: 'series',
              text: wholeSeries,
              onClick: () => download(icsFileName(session.event.title), seriesIcs(session.event), ICS_MIME_TYPE),
            },
          ]
        : []),
      // A link: it opens in a new tab, and the menu closes as for any item.
      ...(outlook
        ? [{ key: 'outlook', text: outlook, href: outlookComposeUrl(session), target: '_blank', rel: 'noopener noreferrer' }]
        : []),
    ];
  };
  return <MenuButton text={text} ariaLabel={ariaLabel} iconName="AddEvent" items={items} prepare={loadIcs} />;
};
