/**
 * A community's rhythm: its events expanded into sessions, the next one, and whether it has gone
 * quiet for longer than its declared rhythm.
 *
 * A series is anchored in its IANA time zone, not in UTC: a 10:00 Europe/London meeting stays at
 * 10:00 London time when the clocks change. rrule expands in "floating" wall-clock time (UTC dates
 * whose fields are read as local time, the package's documented convention), and TZDate turns each
 * wall-clock occurrence back into the instant it is in that zone.
 */
import { TZDate } from '@date-fns/tz';
import { RRule } from 'rrule';
import type { Community, CommunityEvent } from './models';
import { recurrenceProblem } from './contentValidation';
import { seriesDays } from './recurrencePattern';

/** One occurrence of an event: the event itself when it is a one-off. */
export interface Session {
  event: CommunityEvent;
  start: Date;
  end: Date;
}

const DAY = 24 * 60 * 60 * 1000;

/** The event's zone when the runtime knows it; UTC otherwise, so a typo never hides a session. */
export function zoneOf(event: Pick<CommunityEvent, 'timeZone'>): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: event.timeZone }).resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

/** The wall-clock time of `instant` in `zone`, as a floating date. */
function toFloating(instant: Date, zone: string): Date {
  const z = new TZDate(instant.getTime(), zone);
  return new Date(Date.UTC(z.getFullYear(), z.getMonth(), z.getDate(), z.getHours(), z.getMinutes(), z.getSeconds()));
}

/** The instant a floating wall-clock time is in `zone`. */
function fromFloating(floating: Date, zone: string): Date {
  const f = floating;
  return new Date(
    new TZDate(f.getUTCFullYear(), f.getUTCMonth(), f.getUTCDate(), f.getUTCHours(), f.getUTCMinutes(), f.getUTCSeconds(), zone).getTime(),
  );
}

/** The series rule with DTSTART at the first session's wall-clock time; undefined for a one-off (or a broken rule). */
function seriesRule(event: CommunityEvent): RRule | undefined {
  const body = (event.recurrence ?? '').trim().replace(/^RRULE:/i, '');
  if (body === '' || recurrenceProblem(body)) return undefined;
  return new RRule({ ...RRule.parseString(body), dtstart: toFloating(new Date(event.start), zoneOf(event)) });
}

function duration(event: CommunityEvent): number {
  return Math.max(0, Date.parse(event.end) - Date.parse(event.start)) || 0;
}

function session(event: CommunityEvent, start: Date): Session {
  return { event, start, end: new Date(start.getTime() + duration(event)) };
}

/**
 * The first session: the event's start when it is a one-off, else the rule's first occurrence at or
 * after it (a start that doesn't fit the rule, e.g. the 1st for "first Tuesday", is not a session).
 */
export function firstSession(event: CommunityEvent): Session | undefined {
  const rule = seriesRule(event);
  if (!rule) return session(event, new Date(event.start));
  const f = rule.after(rule.options.dtstart, true);
  return f ? session(event, fromFloating(f, zoneOf(event))) : undefined;
}

/** The sessions of one event that overlap [from, to), in time order. */
export function sessionsBetween(event: CommunityEvent, from: Date, to: Date): Session[] {
  const rule = seriesRule(event);
  const zone = zoneOf(event);
  const starts = rule
    ? rule
        .between(toFloating(new Date(from.getTime() - duration(event) - DAY), zone), toFloating(new Date(to.getTime() + DAY), zone), true)
        .map((f) => fromFloating(f, zone))
    : [new Date(event.start)];
  return starts.map((s) => session(event, s)).filter((s) => s.end.getTime() > from.getTime() && s.start.getTime() < to.getTime());
}

/** Sessions of every event that have not ended by `now`, within `days`, soonest first, at most `limit`. */
export function upcomingSessions(events: readonly CommunityEvent[], now: Date, days = 92, limit = 8): Session[] {
  const to = new Date(now.getTime() + days * DAY);
  return events
    .flatMap((e) => sessionsBetween(e, now, to))
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, limit);
}

/** The next session (one in progress counts), or undefined when nothing is planned within a year. */
export function nextSession(events: readonly CommunityEvent[], now: Date): Session | undefined {
  return upcomingSessions(events, now, 366, 1)[0];
}

/** The latest session that started at or before `now`. */
export function lastSession(events: readonly CommunityEvent[], now: Date): Session | undefined {
  let latest: Session | undefined;
  for (const event of events) {
    const rule = seriesRule(event);
    const zone = zoneOf(event);
    let start: Date | undefined;
    if (rule) {
      const f = rule.before(toFloating(now, zone), true);
      start = f ? fromFloating(f, zone) : undefined;
    } else if (Date.parse(event.start) <= now.getTime()) {
      start = new Date(event.start);
    }
    if (start && (!latest || start.getTime() > latest.start.getTime())) latest = session(event, start);
  }
  return latest;
}

export interface RhythmCheck {
  /** True when the community declares a rhythm and has not met within it. */
  lapsed: boolean;
  /** Whole days since the last session started; undefined when it never met. */
  daysSinceLast?: number;
  last?: Session;
}

/** "No session for longer than the declared rhythm": a community without `rhythmDays` never lapses. */
export function checkRhythm(community: Pick<Community, 'rhythmDays'>, events: readonly CommunityEvent[], now: Date): RhythmCheck {
  const last = lastSession(events, now);
  const daysSinceLast = last ? Math.floor((now.getTime() - last.start.getTime()) / DAY) : undefined;
  const days = community.rhythmDays;
  const lapsed = days !== undefined && days > 0 && (daysSinceLast === undefined || daysSinceLast > days);
  return { lapsed, daysSinceLast, last };
}

/**
 * The days between sessions a community keeps: from its series that met in the last 92 days or meet
 * in the next (an ended series no longer says), else the rhythm it declared.
 */
export function currentRhythmDays(
  community: Pick<Community, 'rhythmDays'>,
  events: readonly CommunityEvent[],
  now: Date,
): number | undefined {
  const window = 92 * DAY;
  const current = events.filter(
    (e) => e.recurrence && sessionsBetween(e, new Date(now.getTime() - window), new Date(now.getTime() + window)).length > 0,
  );
  return seriesDays(current) ?? community.rhythmDays;
}
