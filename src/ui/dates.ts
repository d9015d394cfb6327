/**
 * Every date and time CoP Hub shows, formatted in one place by the viewer's locale: the regional
 * settings SharePoint gives the page (`pageContext.cultureInfo.currentCultureName`, e.g. en-GB), so
 * a UK audience reads "Tuesday 5 January 2027 at 10:00" and a US one "Tuesday, January 5, 2027 at
 * 10:00 AM". Web parts pass the locale to their root, which provides it to every component below.
 */
import * as React from 'react';

/** The shapes a date takes on screen. */
export type DateStyle =
  /** A calendar day: "2 Dec 2026". */
  | 'day'
  /** A day and time: "2 Dec 2026, 14:05". */
  | 'dayTime'
  /** A session in a card or row: "Thu 10 Dec, 14:00". */
  | 'session'
  /** A session in full: "Thursday 10 December 2026 at 14:00". */
  | 'sessionFull'
  /** A time with its zone: "14:00 GMT". */
  | 'timeZone'
  /** A month of a report, in UTC: "Dec 2026". */
  | 'month'
  /** A date-only column (stored as midnight UTC), shown as that day wherever the viewer is. */
  | 'dateOnly';

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  dayTime: { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  session: { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' },
  sessionFull: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  timeZone: { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  dateOnly: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
};

export interface DateFormats {
  /** The locale in use (a supported one: an unknown tag falls back to the browser's). */
  locale: string;
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

/** Formatters for a locale, made once per locale (Intl formatters are costly to build). */
export function dateFormats(locale?: string): DateFormats {
  const tag = supportedLocale(locale);
  const key = tag ?? '';
  const known = cache.get(key);
  if (known) return known;
  const formatters = new Map<DateStyle, Intl.DateTimeFormat>();
  const formatter = (style: DateStyle): Intl.DateTimeFormat => {
    let f = formatters.get(style);
    if (!f) formatters.set(style, (f = new Intl.DateTimeFormat(tag, STYLES[style])));
    return f;
  };
  const formats: DateFormats = {
    locale: formatter('day').resolvedOptions().locale,
    format: (style, date) => (Number.isNaN(date.getTime()) ? '' : formatter(style).format(date)),
    formatIso: (style, iso) => (iso && !Number.isNaN(Date.parse(iso)) ? formatter(style).format(new Date(iso)) : ''),
  };
  cache.set(key, formats);
  return formats;
}

const DatesContext = React.createContext<DateFormats>(dateFormats());

/** Gives the components below the viewer's locale for dates. */
export const DatesProvider: React.FC<{ locale?: string; children?: React.ReactNode }> = ({ locale, children }) =>
  React.createElement(DatesContext.Provider, { value: dateFormats(locale) }, children);

/** The viewer's date formats (the browser's locale outside a DatesProvider). */
export function useDates(): DateFormats {
  return React.useContext(DatesContext);
}

/** The smallest part of an SPFx context this module needs (so tests and the workbench pass a plain object). */
export interface CultureContext {
  pageContext: { cultureInfo: { currentCultureName: string } };
}

/** A web part's root, given the page's regional settings for its dates. */
export function withDates(context: CultureContext, root: React.ReactElement): React.ReactElement {
  return React.createElement(DatesProvider, { locale: context.pageContext.cultureInfo.currentCultureName }, root);
}
