/**
 * A community's rhythm in words from its series (issue 17), e.g. "Every other Thursday, 14:00 —
 * insights session": the weekday and time in the series' own zone (a 14:00 London session is at
 * 14:00 London time all year), in the viewer's locale. Undefined where the rule is one this doesn't
 * describe faithfully, so the community's own words are shown instead.
 */
import * as strings from 'CopHubSharedStrings';
import type { CommunityEvent } from '../domain/models';
import { recurrencePattern, WEEKDAYS, type Weekday } from '../domain/recurrencePattern';
import { nextSession } from '../domain/rhythm';
import { fill } from './format';

function weekdayName(day: Weekday, locale: string | undefined): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))),
  );
}

function timeIn(start: Date, zone: string, locale: string | undefined, named: boolean): string {
  try {
    return new Intl.DateTimeFormat(locale, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: zone,
      timeZoneName: named ? 'short' : undefined,
    }).format(start);
  } catch {
    return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(start);
  }
}

/** How often: "Every other Thursday", "First Tuesday of every month"; undefined when not described. */
export function repeatText(rule: string | undefined, locale?: string): string | undefined {
  const p = recurrencePattern(rule);
  if (!p) return undefined;
  const days = p.weekdays.map((d) => weekdayName(d, locale)).join(strings.RhythmAnd);
  switch (p.freq) {
    case 'daily':
      return p.interval === 1 ? strings.RhythmDaily : fill(strings.RhythmEveryNDays, p.interval);
    case 'weekly':
      return p.interval === 1
        ? fill(strings.RhythmWeekly, days)
        : p.interval === 2
          ? fill(strings.RhythmFortnightly, days)
          : fill(strings.RhythmEveryNWeeks, days, p.interval);
    case 'monthly': {
      const nth = p.nth === -1 ? strings.RhythmLast : strings.RhythmNth[(p.nth ?? 1) - 1];
      return p.interval === 1
        ? fill(strings.RhythmMonthly, days, nth)
        : p.interval === 2
          ? fill(strings.RhythmEveryOtherMonth, days, nth)
          : fill(strings.RhythmEveryNMonths, days, nth, p.interval);
    }
  }
}

/** Whether a viewer in `viewerZone` reads the series' clock differently: another zone than the series'. */
function otherZone(seriesZone: string, viewerZone: string | undefined): boolean {
  if (!viewerZone) return false;
  try {
    const resolved = (zone: string): string => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return resolved(seriesZone) !== resolved(viewerZone);
  } catch {
    return true; // a zone the browser doesn't know: say which clock the time is on
  }
}

/**
 * "Every other Thursday, 14:00 — insights session" for a series, from one of its sessions' start:
 * the time on the series' own clock, which names its zone ("14:00 GMT") for a viewer elsewhere.
 */
export function seriesRhythmText(
  event: Pick<CommunityEvent, 'recurrence' | 'timeZone' | 'eventType'>,
  start: Date,
  locale?: string,
  viewerZone?: string,
): string | undefined {
  const repeat = repeatText(event.recurrence, locale);
  if (!repeat) return undefined;
  return fill(
    strings.RhythmWithTime,
    repeat,
    timeIn(start, event.timeZone, locale, otherZone(event.timeZone, viewerZone)),
    strings.RhythmEventTypes[event.eventType] ?? event.eventType,
  );
}

/**
 * A community's rhythm in words from its series (issue 17): the series that meets soonest, so a
 * series that has ended no longer speaks for it; undefined with none (its own words are shown then).
 */
export function communityRhythmText(
  events: readonly CommunityEvent[],
  now: Date,
  locale?: string,
  viewerZone?: string,
): string | undefined {
  const series = nextSession(
    events.filter((e) => e.recurrence),
    now,
  );
  return series && seriesRhythmText(series.event, series.start, locale, viewerZone);
}
