/**
 * How much a community's sessions are attended (issue 17), from what its gardeners recorded: the
 * sessions held against the declared rhythm, attendance over the last six sessions and its trend,
 * distinct attendees and new attendees. Pure, so the health score and the sponsor report can take it.
 */
import type { CommunityEvent, SessionRecord } from './models';
import { recordOf } from './registrations';
import { sessionsBetween } from './rhythm';

const DAY = 86400000;

export interface Participation {
  /** Sessions that took place in the period (the series' own dates). */
  held: number;
  /** Sessions the declared rhythm asks for in the period; undefined without a rhythm. */
  expected?: number;
  /** Attendees at each of the last six sessions held, oldest first (a session nobody recorded counts 0). */
  lastSix: number[];
  /** Later three of the last six against the earlier three: up, down or level (undefined with fewer than six). */
  trend?: 'up' | 'down' | 'level';
  /** Different people recorded at any session in the period. */
  distinctAttendees: number;
  /** People recorded in the period who had attended nothing before it. */
  newAttendees: number;
}

export function participation(
  events: readonly CommunityEvent[],
  records: readonly SessionRecord[],
  rhythmDays: number | undefined,
  from: Date,
  to: Date,
): Participation {
  const heldSessions = events
    .flatMap((e) => sessionsBetween(e, from, to))
    .filter((s) => s.start.getTime() >= from.getTime() && s.start.getTime() <= to.getTime())
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const attendeesOf = (s: { event: CommunityEvent; start: Date }): string[] =>
    (recordOf(records, s.event, s.start)?.attendees ?? []).map((p) => p.email.toLowerCase() || `#${p.id}`);
  const lastSix = heldSessions.slice(-6).map((s) => new Set(attendeesOf(s)).size);
  let trend: Participation['trend'];
  if (lastSix.length === 6) {
    const earlier = lastSix.slice(0, 3).reduce((a, b) => a + b, 0);
    const later = lastSix.slice(3).reduce((a, b) => a + b, 0);
    trend = later > earlier ? 'up' : later < earlier ? 'down' : 'level';
  }
  const inPeriod = new Set(heldSessions.flatMap(attendeesOf));
  // Everyone recorded at a session of these events before the period.
  const before = new Set(
    events
      .flatMap((e) => sessionsBetween(e, new Date(0), from))
      .filter((s) => s.start.getTime() < from.getTime())
      .flatMap(attendeesOf),
  );
  const days = (to.getTime() - from.getTime()) / DAY;
  return {
    held: heldSessions.length,
    expected: rhythmDays && rhythmDays > 0 ? Math.max(1, Math.round(days / rhythmDays)) : undefined,
    lastSix,
    trend,
    distinctAttendees: inPeriod.size,
    newAttendees: [...inPeriod].filter((p) => !before.has(p)).length,
  };
}
