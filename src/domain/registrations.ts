/**
 * Who is coming to a session (issue 17), derived and never stored: the confirmed people and the
 * waiting list come from the order of the active registrations (when SharePoint last recorded each,
 * then their ids: neither can be set by anyone) and the event's capacity, so a cancellation (the registrant removing their
 * own item) promotes the next person without anyone writing anything.
 *
 * What the code believes only ever narrows what the list holds: a registration counts once per
 * registrant (their earliest), only in the folder of its event's community (or the hub's folder for
 * a hub event), and only when it was last written before registration closed for that session. An
 * edit of one's own registration (pointing an early one at a full session) goes to the back.
 */
import type { CommunityEvent, Registration, SessionRecord } from './models';

/** An occurrence: its series (the event) and its start. */
export interface Occurrence {
  eventId: number;
  start: Date;
}

/** How a registration names one session: its start as an ISO instant (the same before and after a clock change). */
export function occurrenceKey(start: Date): string {
  return new Date(start.getTime()).toISOString();
}

/** Whether `r` is for this session: this session's start, or the whole series. */
export function registrationCovers(r: Pick<Registration, 'eventId' | 'occurrenceStart'>, o: Occurrence): boolean {
  if (r.eventId !== o.eventId) return false;
  if (r.occurrenceStart === undefined || r.occurrenceStart === '') return true;
  return Date.parse(r.occurrenceStart) === o.start.getTime();
}

/** When SharePoint last wrote it (its place in the queue); unreadable reads as last of all. */
function writtenAt(r: Pick<Registration, 'modified' | 'created'>): number {
  const t = Date.parse(r.modified || r.created);
  return Number.isNaN(t) ? Infinity : t;
}

/**
 * When registration for this session closes: at its start, or earlier when the event has a deadline.
 * A series' deadline is set against its first session, and every later session closes as long before
 * its own start.
 */
export function registrationClosesAt(event: Pick<CommunityEvent, 'start' | 'registrationDeadline'>, sessionStart: Date): Date {
  const deadline = event.registrationDeadline ? Date.parse(event.registrationDeadline) : NaN;
  const first = Date.parse(event.start);
  if (Number.isNaN(deadline) || Number.isNaN(first)) return sessionStart;
  const lead = Math.max(0, first - deadline);
  return new Date(sessionStart.getTime() - lead);
}

export interface Attendance {
  /** Who has a place, in the order they registered. */
  confirmed: Registration[];
  /** Who waits, in order: the first is promoted when someone confirmed cancels. */
  waiting: Registration[];
}

/**
 * The confirmed people and the waiting list of one session. `registrations` may hold anything the
 * list does (other sessions, other folders, duplicates, late ones): only what counts is kept.
 * A capacity that is not a positive whole number means no limit.
 */
export function deriveAttendance(
  registrations: readonly Registration[],
  event: Pick<CommunityEvent, 'id' | 'communityId' | 'start' | 'capacity' | 'registrationDeadline'>,
  sessionStart: Date,
): Attendance {
  const o: Occurrence = { eventId: event.id, start: sessionStart };
  // A hub event (no community) keeps its registrations in the hub's folder (0).
  const folder = event.communityId > 0 ? event.communityId : 0;
  const closes = registrationClosesAt(event, sessionStart).getTime();
  const seen = new Set<number>();
  const counted = registrations
    .filter((r) => registrationCovers(r, o) && r.folderCommunityId === folder && !(writtenAt(r) > closes))
    .sort((a, b) => writtenAt(a) - writtenAt(b) || a.id - b.id)
    .filter((r) => {
      if (seen.has(r.registrantId)) return false;
      seen.add(r.registrantId);
      return true;
    });
  const cap = event.capacity;
  const limit = cap !== undefined && Number.isInteger(cap) && cap > 0 ? cap : Infinity;
  return { confirmed: counted.slice(0, limit), waiting: counted.slice(limit) };
}

/** Where the signed-in person stands for one session. */
export type Standing =
  | { kind: 'registered'; registration: Registration }
  | { kind: 'waiting'; position: number; registration: Registration }
  /** Registration has closed (or the session has started) and they have no place. */
  | { kind: 'closed' }
  /** They may register; `full` when they would join the waiting list. */
  | { kind: 'open'; full: boolean; placesLeft?: number };

export function standingOf(
  attendance: Attendance,
  me: number,
  event: Pick<CommunityEvent, 'start' | 'capacity' | 'registrationDeadline'>,
  sessionStart: Date,
  now: Date,
): Standing {
  const confirmed = attendance.confirmed.find((r) => r.registrantId === me);
  if (confirmed) return { kind: 'registered', registration: confirmed };
  const waitingAt = attendance.waiting.findIndex((r) => r.registrantId === me);
  if (waitingAt >= 0) return { kind: 'waiting', position: waitingAt + 1, registration: attendance.waiting[waitingAt] };
  if (now.getTime() >= registrationClosesAt(event, sessionStart).getTime()) return { kind: 'closed' };
  const cap = event.capacity;
  if (cap === undefined || !Number.isInteger(cap) || cap <= 0) return { kind: 'open', full: false };
  const left = Math.max(0, cap - attendance.confirmed.length);
  return { kind: 'open', full: left === 0 || attendance.waiting.length > 0, placesLeft: left };
}

/** The registration of mine that a Cancel removes: for this session, or the series it belongs to. */
export function myRegistrations(registrations: readonly Registration[], me: number, o: Occurrence): Registration[] {
  return registrations.filter((r) => r.registrantId === me && registrationCovers(r, o));
}

export const MAX_PLACES = 100000;

export type SessionPlacesProblem = { rule: 'notWhole' } | { rule: 'belowOne' } | { rule: 'tooMany'; max: number };

/** The places typed for a session: empty (no limit) or a whole number from 1. */
export function capacityProblem(text: string): SessionPlacesProblem | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (!/^\d+$/.test(t)) return { rule: 'notWhole' };
  const n = Number(t);
  if (n < 1) return { rule: 'belowOne' };
  if (n > MAX_PLACES) return { rule: 'tooMany', max: MAX_PLACES };
  return undefined;
}

export type DeadlineProblem = { rule: 'notADate' } | { rule: 'afterStart' };

/** A registration deadline: none, or an instant at or before the session's start. */
export function deadlineProblem(deadline: string | undefined, start: string): DeadlineProblem | undefined {
  if (!deadline) return undefined;
  const d = Date.parse(deadline);
  if (Number.isNaN(d)) return { rule: 'notADate' };
  if (d > Date.parse(start)) return { rule: 'afterStart' };
  return undefined;
}

/**
 * The record of one session: the latest saved in its event's folder (a gardener writes only in their
 * own community's folder, so one filed elsewhere is not believed).
 */
export function recordOf(
  records: readonly SessionRecord[],
  event: Pick<CommunityEvent, 'id' | 'communityId'>,
  start: Date,
): SessionRecord | undefined {
  const folder = event.communityId > 0 ? event.communityId : 0;
  return records
    .filter((r) => r.eventId === event.id && r.folderCommunityId === folder && Date.parse(r.occurrenceStart) === start.getTime())
    .sort((a, b) => Date.parse(b.modified ?? '') - Date.parse(a.modified ?? '') || b.id - a.id)[0];
}
