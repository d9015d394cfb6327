/**
 * What a series' repeat rule says, for describing a community's rhythm from its sessions (issue 17)
 * rather than from free text that can contradict them. A plain reading of the RRULE text (no rrule
 * library, so the directory's cards carry none): the frequency, its interval, the weekdays, and for a
 * monthly rule which of them in the month. Rules this doesn't describe faithfully (several BYDAY
 * positions, BYMONTHDAY, BYSETPOS, hourly) give undefined, and the free text stays.
 */
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface RecurrencePattern {
  freq: 'daily' | 'weekly' | 'monthly';
  /** 1 for every, 2 for every other, … */
  interval: number;
  /** The weekdays it meets on (weekly), or the one weekday (monthly); empty for daily. */
  weekdays: Weekday[];
  /** Monthly: which of those weekdays in the month, 1 to 4, or -1 for the last. */
  nth?: number;
}

export function recurrencePattern(rule: string | undefined): RecurrencePattern | undefined {
  const body = (rule ?? '').trim().replace(/^RRULE:/i, '');
  if (!body) return undefined;
  const parts = new Map(
    body.split(';').map((p) => {
      const [k, v = ''] = p.split('=');
      return [k.trim().toUpperCase(), v.trim().toUpperCase()] as const;
    }),
  );
  if (['BYMONTHDAY', 'BYSETPOS', 'BYYEARDAY', 'BYWEEKNO', 'BYHOUR', 'BYMINUTE'].some((k) => parts.has(k))) return undefined;
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  const days = (parts.get('BYDAY') ?? '').split(',').filter(Boolean);
  const parsed = days.map((d) => /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d));
  if (parsed.some((m) => !m)) return undefined;
  const weekdays = parsed.map((m) => m![2] as Weekday);
  const positions = parsed.map((m) => (m![1] ? Number(m![1]) : undefined));
  switch (parts.get('FREQ')) {
    case 'DAILY':
      return days.length ? undefined : { freq: 'daily', interval, weekdays: [] };
    case 'WEEKLY':
      if (!weekdays.length || positions.some((p) => p !== undefined)) return undefined;
      return { freq: 'weekly', interval, weekdays: WEEKDAYS.filter((w) => weekdays.includes(w)) };
    case 'MONTHLY': {
      const nth = positions[0];
      if (weekdays.length !== 1 || nth === undefined || !(nth === -1 || (nth >= 1 && nth <= 4))) return undefined;
      return { freq: 'monthly', interval, weekdays, nth };
    }
    default:
      return undefined;
  }
}

/**
 * Days between sessions a pattern stands for (a month counts 31, as communities declare it): what
 * the health score checks the last session against when a community has a series, instead of the
 * rhythm it declared in words.
 */
export function patternDays(p: RecurrencePattern): number {
  switch (p.freq) {
    case 'daily':
      return p.interval;
    case 'weekly':
      return Math.ceil((7 * p.interval) / Math.max(1, p.weekdays.length));
    case 'monthly':
      return 31 * p.interval;
  }
}

/** The shortest rhythm of these series (events without a rule we read don't count); undefined with none. */
export function seriesDays(events: ReadonlyArray<{ recurrence?: string }>): number | undefined {
  const days = events.flatMap((e) => {
    const p = recurrencePattern(e.recurrence);
    return p ? [patternDays(p)] : [];
  });
  return days.length ? Math.min(...days) : undefined;
}
