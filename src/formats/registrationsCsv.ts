/** Who is coming to a session, as CSV for the gardener (formula-safe, through csvExport's toCsv). */
import type { Attendance } from '../domain/registrations';
import { toCsv } from './csvExport';

export interface RegistrationsCsvHeadings {
  name: string;
  email: string;
  standing: string;
  registered: string;
  confirmed: string;
  waiting: string;
}

/** One row per person: confirmed first, then the waiting list in its order. */
export function registrationsCsv(a: Attendance, h: RegistrationsCsvHeadings): string {
  const rows = [
    ...a.confirmed.map((r) => [r.registrantName, r.registrantEmail, h.confirmed, r.modified]),
    ...a.waiting.map((r, i) => [r.registrantName, r.registrantEmail, `${h.waiting} ${i + 1}`, r.modified]),
  ];
  return toCsv([h.name, h.email, h.standing, h.registered], rows);
}

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';
