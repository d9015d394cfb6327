/**
 * The period a sponsor report covers: whole calendar months (UTC), from one month to another, the
 * last never later than the current month. A period is written in the page address as
 * `cop-report=2026-01..2026-11`, so a link opens the same report; the address is input from anyone
 * who sends a link, so decoding trusts nothing (bad months are ignored, the length is capped).
 */

/** yyyy-mm. */
export type MonthKey = string;

export interface ReportPeriod {
  from: MonthKey;
  to: MonthKey;
}

export const PERIOD_PRESETS = ['last3', 'last6', 'last12', 'thisYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The longest period a report covers, in months (a page per community stays one page). */
export const MAX_PERIOD_MONTHS = 36;

/** The address parameter that holds the period (and opens the report). */
export const REPORT_URL_KEY = 'cop-report';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthOf(d: Date): MonthKey {
  return d.toISOString().slice(0, 7);
}

/** Months between two keys: 0 for the same month, negative when `b` comes first. */
function monthIndex(key: MonthKey): number {
  const [y, m] = key.split('-').map(Number);
  return y * 12 + (m - 1);
}

function keyOf(index: number): MonthKey {
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function addMonths(key: MonthKey, n: number): MonthKey {
  return keyOf(monthIndex(key) + n);
}

/** Every month of the period, oldest first. */
export function monthsOf(period: ReportPeriod): MonthKey[] {
  const out: MonthKey[] = [];
  for (let i = monthIndex(period.from); i <= monthIndex(period.to); i++) out.push(keyOf(i));
  return out;
}

/** The first instant of a month and the first instant after it (UTC). */
export function monthStart(key: MonthKey): Date {
  const [y, m] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

export function monthEnd(key: MonthKey): Date {
  return new Date(monthStart(addMonths(key, 1)).getTime() - 1);
}

export function presetPeriod(preset: PeriodPreset, now: Date): ReportPeriod {
  const to = monthOf(now);
  switch (preset) {
    case 'last3':
      return { from: addMonths(to, -2), to };
    case 'last6':
      return { from: addMonths(to, -5), to };
    case 'thisYear':
      return { from: `${to.slice(0, 4)}-01`, to };
    default:
      return { from: addMonths(to, -11), to };
  }
}

/** The preset a period equals today, if any (so the picker shows "last 6 months" rather than dates). */
export function presetOf(period: ReportPeriod, now: Date): PeriodPreset | undefined {
  return PERIOD_PRESETS.find((p) => {
    const q = presetPeriod(p, now);
    return q.from === period.from && q.to === period.to;
  });
}

/**
 * A period made sensible: months in order, none after the current month, and at most
 * MAX_PERIOD_MONTHS long (the end is kept; the start moves).
 */
export function normalisePeriod(period: ReportPeriod, now: Date): ReportPeriod {
  const current = monthOf(now);
  let { from, to } = period;
  if (monthIndex(to) > monthIndex(current)) to = current;
  if (monthIndex(from) > monthIndex(to)) from = to;
  if (monthIndex(to) - monthIndex(from) + 1 > MAX_PERIOD_MONTHS) from = addMonths(to, -(MAX_PERIOD_MONTHS - 1));
  return { from, to };
}

export function formatPeriod(period: ReportPeriod): string {
  return `${period.from}..${period.to}`;
}

/** The period an address names (`2026-01..2026-11` or a preset's name), or undefined. */
export function parsePeriod(text: string | undefined, now: Date): ReportPeriod | undefined {
  const value = (text ?? '').trim().slice(0, 40);
  const preset = PERIOD_PRESETS.find((p) => p === value);
  if (preset) return presetPeriod(preset, now);
  const [from, to, ...rest] = value.split('..');
  if (rest.length > 0 || !MONTH.test(from ?? '') || !MONTH.test(to ?? '')) return undefined;
  return normalisePeriod({ from, to }, now);
}

/** The period the address holds, or the last twelve months. */
export function periodFromSearch(search: string, now: Date): ReportPeriod {
  return parsePeriod(new URLSearchParams(search).get(REPORT_URL_KEY) ?? undefined, now) ?? presetPeriod('last12', now);
}

/** True when the address asks for the report. */
export function wantsReport(search: string): boolean {
  return new URLSearchParams(search).has(REPORT_URL_KEY);
}

/** The address with this period, every other parameter kept as it was. */
export function searchWithPeriod(search: string, period: ReportPeriod): string {
  const params = new URLSearchParams(search);
  params.set(REPORT_URL_KEY, formatPeriod(period));
  return `?${params.toString()}`;
}

/** The address without the report (closing it). */
export function searchWithoutReport(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(REPORT_URL_KEY);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * A community page's address that opens its sponsor report for `period` (a preset's name or
 * `yyyy-mm..yyyy-mm`; the last twelve months by default), its other parameters and fragment kept.
 */
export function reportAddress(pageHref: string, period: string = 'last12'): string {
  const hashAt = pageHref.indexOf('#');
  const beforeHash = hashAt < 0 ? pageHref : pageHref.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : pageHref.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt < 0 ? '' : beforeHash.slice(queryAt + 1));
  params.set(REPORT_URL_KEY, period);
  return `${path}?${params.toString()}${hash}`;
}
