/**
 * CSV export through papaparse. A cell that starts with = + - @ (or a tab or carriage return) is
 * what spreadsheet programs run as a formula (OWASP "CSV injection"), so such cells are prefixed
 * with a single quote. papaparse's own `escapeFormulae: true` pattern ends in `.*$`, which misses a
 * value with a line break in it, so the pattern here looks at the first character only.
 */
import { unparse } from 'papaparse';
import type { PortfolioRow } from '../domain/portfolio';

export const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | undefined;

/** RFC 4180 text (CRLF line ends, quotes where needed) with a header row. */
export function toCsv(headers: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return unparse(
    { fields: [...headers], data: rows.map((r) => r.map((c) => (c === undefined ? '' : c))) },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  );
}

/** Column headings of the portfolio export, in order (from the UI's strings). */
export interface PortfolioCsvHeadings {
  title: string;
  status: string;
  practiceArea: string;
  core: string;
  wider: string;
  pledged: string;
  sponsor: string;
  gardeners: string;
  lastSession: string;
  rhythmDays: string;
  resources: string;
  dueForReview: string;
  health: string;
}

export function portfolioCsv(rows: readonly PortfolioRow[], h: PortfolioCsvHeadings): string {
  return toCsv(
    [
      h.title,
      h.status,
      h.practiceArea,
      h.core,
      h.wider,
      h.pledged,
      h.sponsor,
      h.gardeners,
      h.lastSession,
      h.rhythmDays,
      h.resources,
      h.dueForReview,
      h.health,
    ],
    rows.map((r) => [
      r.community.title,
      r.community.status,
      r.community.practiceArea,
      r.members.core,
      r.members.wider,
      r.members.pledged,
      r.community.sponsor?.displayName,
      r.community.gardeners.map((g) => g.displayName).join('; '),
      r.lastSession?.toISOString().slice(0, 10),
      r.community.rhythmDays,
      r.resources,
      r.resourcesDueForReview,
      r.health?.score,
    ]),
  );
}
