/**
 * The demo's session registrations (issue 17): a few communities give their series a number of
 * places, and staff register for the next session, each as themselves (so Author, the folder and
 * WriteSecurity apply exactly as on a real site), through the same service the web parts use. One
 * community is full, with people on its waiting list; the people the tests sign in as register for
 * nothing, so each test starts from what it sees.
 */
import { createServices, type ServiceSource } from '../../../src/data/factory.ts';
import type { Community, CommunityEvent } from '../../../src/domain/models.ts';
import { sessionsBetween, upcomingSessions } from '../../../src/domain/rhythm.ts';
import { TZDate } from '@date-fns/tz';
import type { EmuContext, EmulatorUser } from '../types.ts';

/** Places per community's series, and how many people register for its next session. */
export const DEMO_PLACES: Record<string, { places: number; registrants: number }> = {
  'Student Recruitment': { places: 6, registrants: 8 },
  'Data and Insight': { places: 20, registrants: 5 },
};

/** People who sign in in the tests (POD, staff, gardeners, sponsor) register for nothing. */
export const TEST_PEOPLE = ['priya.desai', 'sam.taylor', 'alex.adams', 'grace.okafor', 'liam.obrien', 'mei.chen', 'margaret.whitfield'];

export async function addRegistrations(
  ctx: EmuContext,
  communities: readonly Community[],
  as: (u: EmulatorUser) => ServiceSource,
  today: Date,
): Promise<void> {
  const pod = ctx.users.find((u) => u.roles.includes('pod')) as EmulatorUser;
  const content = createServices(as(pod)).content;
  const people = ctx.users.filter((u) => !TEST_PEOPLE.some((t) => u.userPrincipalName.startsWith(`${t}@`)));
  // Each community's registrants are people of their own (none registers twice), its communities side by side.
  const plans = Object.entries(DEMO_PLACES);
  let first = 0;
  await Promise.all(
    plans.map(async ([title, plan]) => {
      const registrants = people.slice(first, (first += plan.registrants));
      const community = communities.find((c) => c.title === title);
      if (!community) return;
      const [session] = upcomingSessions(await content.events(community.id), today, 92, 1);
      if (!session) return;
      // One after another: the order they registered in is who gets a place.
      for (const person of registrants) await createServices(as(person)).registrations?.register(session.event, session.start);
    }),
  );
}

/** Days no demo session falls on: the UK's fixed-date public holidays (month 1-12, day). */
const HOLIDAYS: ReadonlyArray<[number, number]> = [
  [1, 1],
  [12, 25],
  [12, 26],
];

/** Month and day in London (made once: a formatter takes far longer to make than to use). */
const LONDON_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', month: 'numeric', day: 'numeric' });
const LONDON_MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', month: 'numeric' });

/** True when `d` is, in London, one of the fixed-date public holidays. */
export function onHoliday(d: Date): boolean {
  const [month, day] = LONDON_DAY.formatToParts(d).reduce<[number, number]>(
    (acc, p) => (p.type === 'month' ? [Number(p.value), acc[1]] : p.type === 'day' ? [acc[0], Number(p.value)] : acc),
    [0, 0],
  );
  return HOLIDAYS.some(([m, dd]) => m === month && dd === day);
}

/** The month (1-12) of `d` in London. */
function londonMonth(d: Date): number {
  return Number(LONDON_MONTH.format(d));
}

/**
 * A demo series moved clear of the public holidays in its first `days`: a monthly one skips the
 * months it would meet on one (BYMONTH: no lunch and learn in December when its last Friday is
 * Christmas Day); any other starts a week later, until none falls on one.
 */
export function clearOfHolidays<E extends Pick<CommunityEvent, 'start' | 'end' | 'recurrence'>>(event: E, days = 400): E {
  let e = event;
  for (let tries = 0; tries < 8; tries++) {
    const probe = { id: 0, communityId: 0, title: '', eventType: 'meeting' as const, timeZone: 'Europe/London', ...e };
    const from = new Date(e.start);
    const hits = sessionsBetween(probe, from, new Date(from.getTime() + days * 86400000)).filter((s) => onHoliday(s.start));
    if (!hits.length) return e;
    if (e.recurrence && /FREQ=MONTHLY/i.test(e.recurrence)) {
      const skip = new Set(hits.map((h) => londonMonth(h.start)));
      const kept = /BYMONTH=([\d,]+)/i.exec(e.recurrence)?.[1].split(',').map(Number) ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
      const months = kept.filter((m) => !skip.has(m)).join(',');
      e = { ...e, recurrence: `${e.recurrence.replace(/;?BYMONTH=[\d,]+/i, '')};BYMONTH=${months}` };
    } else {
      // A week later at the same London wall-clock time, across a clock change too.
      const later = new TZDate(Date.parse(e.start), 'Europe/London');
      later.setDate(later.getDate() + 7);
      const length = Date.parse(e.end) - Date.parse(e.start);
      e = { ...e, start: new Date(later.getTime()).toISOString(), end: new Date(later.getTime() + length).toISOString() };
    }
  }
  return e;
}

/** The POD team's own sessions (no community): a fortnightly insights session and a conference slot. */
export const DEMO_HUB_EVENTS = [
  {
    title: 'Insights session: what is a community of practice?',
    eventType: 'insights session' as const,
    /** Days from today to the first session, its London hour, and its length. */
    inDays: 10,
    hour: 14,
    minutes: 60,
    recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=6',
    location: 'Teams',
    onlineUrl: 'https://teams.microsoft.com/l/meetup-join/cop-insights',
    description: 'An hour on what a community of practice is, how to start one and how the POD team helps. Open to all staff.',
    capacity: 30,
    registrants: 4,
  },
  {
    title: 'Professional Services Conference: communities of practice',
    eventType: 'workshop' as const,
    inDays: 45,
    hour: 11,
    minutes: 45,
    recurrence: undefined,
    location: 'Conference centre, room 2',
    onlineUrl: undefined,
    description: 'Our slot at the Professional Services Conference: three communities tell how they began.',
    capacity: 80,
    registrants: 0,
  },
];

/**
 * Schedules the hub's own sessions as the POD team (into the hub's folder, which only they write),
 * none on a public holiday (a first session on one moves a week on, as does a series touching one),
 * and registers a few people (none the tests sign in as) for the insights session's first session.
 */
export async function addHubEvents(ctx: EmuContext, as: (u: EmulatorUser) => ServiceSource, today: Date): Promise<void> {
  const pod = ctx.users.find((u) => u.roles.includes('pod')) as EmulatorUser;
  const content = createServices(as(pod)).content;
  const people = ctx.users.filter((u) => !TEST_PEOPLE.some((t) => u.userPrincipalName.startsWith(`${t}@`))).reverse();
  for (const h of DEMO_HUB_EVENTS) {
    const day = new Date(today.getTime() + h.inDays * 86400000);
    const at = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h.hour, 0, 'Europe/London').getTime();
    const clear = clearOfHolidays({
      start: new Date(at).toISOString(),
      end: new Date(at + h.minutes * 60000).toISOString(),
      recurrence: h.recurrence,
    });
    const saved = await content.addEvent({
      communityId: 0,
      title: h.title,
      eventType: h.eventType,
      ...clear,
      timeZone: 'Europe/London',
      location: h.location,
      onlineUrl: h.onlineUrl,
      description: h.description,
      capacity: h.capacity,
    });
    const [first] = upcomingSessions([saved], today, 400, 1);
    for (const person of people.slice(0, h.registrants)) await createServices(as(person)).registrations?.register(saved, first.start);
  }
}
