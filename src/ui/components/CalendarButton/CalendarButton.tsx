import * as React from 'react';
import type { IContextualMenuItem } from '@fluentui/react/lib/ContextualMenu';
import { MenuButton } from '../MenuButton';
import type { ICalendarButtonProps } from './ICalendarButtonProps';

/** The .ics writer (ical-generator) in its own chunk, fetched with the menu's code. */
const loadIcs = (): Promise<typeof import('../../../formats/calendarFile')> =>
  import(/* webpackChunkName: 'cop-calendar-menu' */ '../../../formats/calendarFile');

/** "Add to calendar" with its menu of .ics files: this session, and for a series every session in it. */
export const CalendarButton: React.FC<ICalendarButtonProps> = ({ session, text, ariaLabel, thisSession, wholeSeries, download }) => {
  const items = async (): Promise<IContextualMenuItem[]> => {
    const { icsFileName, ICS_MIME_TYPE, seriesIcs, sessionIcs } = await loadIcs();
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
    ];
  };
  return <MenuButton text={text} ariaLabel={ariaLabel} iconName="AddEvent" items={items} prepare={loadIcs} />;
};
