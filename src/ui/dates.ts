/**
 * Every date and time CoP Hub shows, formatted in one place by the viewer's locale and time zone:
 * the regional settings SharePoint gives the page (`pageContext.cultureInfo.currentCultureName`,
 * e.g. en-GB, and the person's or else the site's time zone, see timeZones.ts), so a UK audience
 * reads "Tuesday 5 January 2027 at 10:00 GMT" and a New York one "Tuesday, January 5, 2027 at 5:00
 * AM EST". A session's time names its zone, so the daylight-saving change (GMT/BST, EST/EDT) is
 * visible. Web parts pass both to their root, which provides them to every component below.
 */
import * as React from 'react';
import { supportedTimeZone, viewerTimeZone, type PageValue, type TimeZonePageData } from './timeZones';

/** The shapes a date takes on screen. */
export type DateStyle =
  /** A calendar day: "2 Dec 2026". */
  | 'day'
  /** A day and time: "2 Dec 2026, 14:05". */
  | 'dayTime'
  /** A session in a card or row, its zone named: "Thu 10 Dec, 14:00 GMT". */
  | 'session'
  /** A session in full, its zone named: "Thursday 10 December 2026 at 14:00 GMT". */
  | 'sessionFull'
  /** A session's start before its end in 'timeZone' (which names the zone): "Thursday 10 December 2026 at 14:00". */
  | 'sessionFrom'
  /** A time with its zone: "14:00 GMT". */
  | 'timeZone'
  /** A month of a report, in UTC: "Dec 2026". */
  | 'month'
  /** A date-only column (stored as midnight UTC), shown as that day wherever the viewer is. */
  | 'dateOnly';

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  dayTime: { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  session: { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  sessionFull: {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  },
  sessionFrom: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  timeZone: { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  dateOnly: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
};

export interface DateFormats {
  /** The locale in use (a supported one: an unknown tag falls back to the browser's). */
  locale: string;
  /** The IANA time zone times are shown in (an unknown zone falls back to the browser's). */
  timeZone: string;
  format: (style: DateStyle, date: Date) => string;
  /** For an ISO string that may be missing or not a date: '' then. */
  formatIso: (style: DateStyle, iso: string | undefined) => string;
}

/** A supported BCP 47 tag for what SharePoint calls the culture name, or undefined for the browser's. */
export function supportedLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale])[0];
  } catch {
    return undefined; // not a well-formed tag
  }
}

const cache = new Map<string, DateFormats>();

/**
 * Formatters for a locale and time zone, made once per pair (Intl formatters are costly to build).
 * Without a zone (or with one the browser doesn't know), times are in the browser's own zone; the
 * UTC styles ('month', 'dateOnly') keep UTC whatever the zone.
 */
export function dateFormats(locale?: string, timeZone?: string): DateFormats {
  const tag = supportedLocale(locale);
  const zone = supportedTimeZone(timeZone);
  const key = `${tag ?? ''}|${zone ?? ''}`;
  const known = cache.get(key);
  if (known) return known;
  const formatters = new Map<DateStyle, Intl.DateTimeFormat>();
  const formatter = (style: DateStyle): Intl.DateTimeFormat => {
    let f = formatters.get(style);
    if (!f) formatters.set(style, (f = new Intl.DateTimeFormat(tag, { timeZone: zone, ...STYLES[style] })));
    return f;
  };
  // ICU pads the hour when a zone is named in some locales (en-GB: "05:00 GMT-5" but "5:00" without
  // it), so a range read "5:00 to 06:00 GMT-5". Styles that name the zone take the hour as written
  // without the zone, keeping the locale's order of the parts.
  const bareHours = new Map<DateStyle, Intl.DateTimeFormat>();
  const write = (style: DateStyle, date: Date): string => {
    const { timeZoneName, ...bare } = STYLES[style];
    if (!timeZoneName || !bare.hour) return formatter(style).format(date);
    let b = bareHours.get(style);
    if (!b) bareHours.set(style, (b = new Intl.DateTimeFormat(tag, { timeZone: zone, ...bare })));
    const hour = b.formatToParts(date).find((p) => p.type === 'hour')?.value;
    return formatter(style)
      .formatToParts(date)
      .map((p) => (p.type === 'hour' && hour ? hour : p.value))
      .join('')
      .replace(/\u202f/g, ' '); // as format() writes it: V8 turns ICU's narrow no-break space into a space there, not in formatToParts
  };
  const formats: DateFormats = {
    locale: formatter('day').resolvedOptions().locale,
    timeZone: formatter('day').resolvedOptions().timeZone,
    format: (style, date) => (Number.isNaN(date.getTime()) ? '' : write(style, date)),
    formatIso: (style, iso) => (iso && !Number.isNaN(Date.parse(iso)) ? write(style, new Date(iso)) : ''),
  };
  cache.set(key, formats);
  return formats;
}

const DatesContext = React.createContext<DateFormats>(dateFormats());

/** Gives the components below the viewer's locale and time zone for dates. */
export const DatesProvider: React.FC<{ locale?: string; timeZone?: string; children?: React.ReactNode }> = ({
  locale,
  timeZone,
  children,
}) => React.createElement(DatesContext.Provider, { value: dateFormats(locale, timeZone) }, children);

/** The viewer's date formats (the browser's locale and zone outside a DatesProvider). */
export function useDates(): DateFormats {
  return React.useContext(DatesContext);
}

/** The smallest part of an SPFx context this module needs (so tests and the workbench pass a plain object). */
export interface CultureContext {
  pageContext: { cultureInfo: { currentCultureName: string }; legacyPageContext?: PageValue<TimeZonePageData> };
}

/** A web part's root, given the page's regional settings (locale, and the person's or site's time zone) for its dates. */
export function withDates(context: CultureContext, root: React.ReactElement): React.ReactElement {
  const { cultureInfo, legacyPageContext } = context.pageContext;
  return React.createElement(DatesProvider, { locale: cultureInfo.currentCultureName, timeZone: viewerTimeZone(legacyPageContext) }, root);
}
