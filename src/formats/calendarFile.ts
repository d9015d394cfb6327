/**
 * iCalendar (.ics) files for a session or a whole series, built with ical-generator (which escapes
 * text fields and folds long lines). Times carry the series' IANA TZID, so a calendar app keeps a
 * 10:00 London meeting at 10:00 London time across daylight-saving changes; each zone named is defined
 * in a VTIMEZONE (icsTimezone), as RFC 5545 requires. ical-generator formats a
 * plain Date in the machine's zone, so times are passed as TZDate (@date-fns/tz) in the event's zone.
 */
import { TZDate } from '@date-fns/tz';
import ical, { type ICalCalendar } from 'ical-generator';
import type { CommunityEvent } from '../domain/models';
import { recurrenceProblem } from '../domain/contentValidation';
import { safeHref } from '../domain/links';
import { firstSession, zoneOf, type Session } from '../domain/rhythm';
import { vtimezone } from './icsTimezone';

export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';

/**
 * RFC 5545 TEXT escaping (section 3.3.11). ical-generator escapes event fields itself but writes the
 * calendar's NAME and X-WR-CALNAME as given, so a title with a line break in it could add lines of
 * its own (another VEVENT, an ATTENDEE) to the file.
 */
export function icsText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A calendar that defines every zone its events name (RFC 5545 requires a VTIMEZONE for each TZID),
 * covering the years around `from`, the first date it holds.
 */
function calendar(name: string, from: Date): ICalCalendar {
  return ical({
    prodId: { company: 'CoP Hub', product: 'Community home', language: 'EN' },
    name: icsText(name),
    timezone: { name: null, generator: (zone) => vtimezone(zone, from) ?? null },
  });
}

function addEvent(cal: ICalCalendar, event: CommunityEvent, start: Date, end: Date, uid: string, stamp: Date, recurrence?: string): void {
  const zone = zoneOf(event);
  cal.createEvent({
    id: uid,
    stamp,
    start: new TZDate(start.getTime(), zone),
    end: new TZDate(end.getTime(), zone),
    timezone: zone,
    summary: event.title,
    description: event.description || null,
    location: event.location || null,
    // Only http(s): a calendar app may render the URL as a link.
    url: safeHref(event.onlineUrl) ?? null,
    repeating: recurrence ?? null,
  });
}

/** A stable UID per event, so importing the file twice updates rather than duplicates it. */
function uidOf(event: CommunityEvent): string {
  return `cophub-event-${event.id}@cophub`;
}

/** One session: a single VEVENT with no recurrence. */
export function sessionIcs(s: Session, stamp: Date = new Date()): string {
  const cal = calendar(s.event.title, s.start);
  addEvent(cal, s.event, s.start, s.end, `${uidOf(s.event).replace('@', `-${s.start.toISOString().replace(/[-:.]/g, '')}@`)}`, stamp);
  return cal.toString();
}

/**
 * The whole series: its first session with the RRULE (or the one-off event as it is). DTSTART is
 * the first real occurrence, because RFC 5545 leaves a DTSTART outside the rule undefined.
 */
export function seriesIcs(event: CommunityEvent, stamp: Date = new Date()): string {
  const body = (event.recurrence ?? '').trim().replace(/^RRULE:/i, '');
  const rule = body !== '' && !recurrenceProblem(body) ? body : undefined;
  const first = firstSession(event) ?? { start: new Date(event.start), end: new Date(event.end) };
  const cal = calendar(event.title, first.start);
  addEvent(cal, event, first.start, first.end, uidOf(event), stamp, rule);
  return cal.toString();
}

/** A file name a person recognises, safe on every OS. */
export function icsFileName(title: string, start?: Date): string {
  const base =
    title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'event';
  return `${base}${start ? `-${start.toISOString().slice(0, 10)}` : ''}.ics`;
}
