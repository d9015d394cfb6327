/**
 * VTIMEZONE components (RFC 5545 section 3.6.5) built from the zone data the runtime already has
 * (Intl, through @date-fns/tz), so a file that names TZID=Europe/London also says what that zone
 * is, and no zone database ships in the bundle. The zone's changes are scanned from the year before
 * `around` for `years` years; an observance that happens every year on the same rule (same month,
 * weekday, nth or last weekday, local time) becomes a yearly RRULE, any other becomes RDATEs.
 */
import { tzOffset, tzScan } from '@date-fns/tz';

interface Change {
  at: Date;
  from: number;
  to: number;
}

const MINUTE = 60_000;

/** +HHMM / -HHMM from minutes east of UTC. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** A local date-time (its UTC fields) as YYYYMMDDTHHMMSS. */
function localText(local: Date): string {
  return local.toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** tzScan finds a change to the hour; narrow it to the minute (some zones change on the half hour). */
function changesOf(zone: string, start: Date, end: Date): Change[] {
  return tzScan(zone, { start, end }).map((c) => {
    let lo = c.date.getTime() - 60 * MINUTE;
    let hi = c.date.getTime();
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
      if (tzOffset(zone, new Date(mid)) === c.offset) hi = mid;
      else lo = mid;
    }
    return { at: new Date(hi), from: c.offset - c.change, to: c.offset };
  });
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** A yearly RRULE that produces exactly these onsets (local times, one a year in consecutive years up to `lastYear`), if there is one. */
function yearlyRule(onsets: Date[], lastYear: number): string | undefined {
  const first = onsets[0];
  const sameDayNumber = (d: Date): number => Math.ceil(d.getUTCDate() / 7);
  const isLast = (d: Date): boolean =>
    new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 7)).getUTCMonth() !== d.getUTCMonth();
  const consistent = onsets.every(
    (d, i) =>
      d.getUTCFullYear() === first.getUTCFullYear() + i &&
      d.getUTCMonth() === first.getUTCMonth() &&
      d.getUTCDay() === first.getUTCDay() &&
      localText(d).slice(8) === localText(first).slice(8),
  );
  if (!consistent || onsets[onsets.length - 1].getUTCFullYear() !== lastYear) return undefined;
  const day = WEEKDAYS[first.getUTCDay()];
  const month = first.getUTCMonth() + 1;
  if (onsets.every(isLast)) return `FREQ=YEARLY;BYMONTH=${month};BYDAY=-1${day}`;
  if (onsets.every((d) => sameDayNumber(d) === sameDayNumber(first)))
    return `FREQ=YEARLY;BYMONTH=${month};BYDAY=${sameDayNumber(first)}${day}`;
  return undefined;
}

/**
 * The VTIMEZONE for an IANA zone, covering `around` (the year before it and `years` years on), or
 * undefined for a zone the runtime does not know.
 */
export function vtimezone(zone: string, around: Date, years = 10): string | undefined {
  const firstYear = around.getUTCFullYear() - 1;
  const start = new Date(Date.UTC(firstYear, 0, 1));
  const end = new Date(Date.UTC(firstYear + years, 0, 1));
  const offset = tzOffset(zone, start);
  if (Number.isNaN(offset)) return undefined;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const changes = changesOf(zone, start, end);
  if (changes.length === 0) {
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(offset)}`,
      `TZOFFSETTO:${offsetText(offset)}`,
      'END:STANDARD',
    );
  }
  const groups = new Map<string, Change[]>();
  for (const c of changes) {
    const key = `${c.from}/${c.to}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    const { from, to } = group[0];
    const kind = to > from ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART and RDATE of an observance are local times before the change (RFC 5545 3.6.5).
    const onsets = group.map((c) => new Date(c.at.getTime() + from * MINUTE));
    const rule = yearlyRule(onsets, firstYear + years - 1);
    lines.push(`BEGIN:${kind}`, `DTSTART:${localText(onsets[0])}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`);
    if (rule) lines.push(`RRULE:${rule}`);
    else for (const onset of onsets.slice(1)) lines.push(`RDATE:${localText(onset)}`);
    lines.push(`END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return `${lines.join('\r\n')}\r\n`;
}
