import { TZDate } from '@date-fns/tz';
import ICAL from 'ical.js';
import { icsFileName, seriesIcs, sessionIcs } from './calendarFile';
import type { CommunityEvent } from '../domain/models';
import { sessionsBetween } from '../domain/rhythm';

const meeting: CommunityEvent = {
  id: 4,
  communityId: 1,
  title: 'Meeting; planning, review \\ more',
  eventType: 'meeting',
  start: '2026-03-17T10:00:00Z',
  end: '2026-03-17T11:00:00Z',
  timeZone: 'Europe/London',
  recurrence: 'FREQ=WEEKLY;BYDAY=TU',
  location: 'Room 2, Main Building',
  onlineUrl: 'https://teams.example/meet/4',
  description: 'Agenda:\nitem one; item two',
};
const stamp = new Date('2026-03-01T00:00:00Z');

interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** A minimal RFC 5545 reader for the tests: unfolds lines, splits name;params:value, unescapes text. */
function parseIcs(text: string): IcsProperty[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      const [name, ...params] = line.slice(0, colon).split(';');
      return { name, params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])), value: line.slice(colon + 1) };
    });
}
const unescape = (v: string): string => v.replace(/\\n/gi, '\n').replace(/\\([\\;,])/g, '$1');
/** A property of the VEVENT (the VTIMEZONE before it has DTSTART and RRULE of its own). */
const prop = (props: IcsProperty[], name: string): IcsProperty => {
  const p = props.slice(props.findIndex((x) => x.name === 'BEGIN' && x.value === 'VEVENT')).find((x) => x.name === name);
  if (!p) throw new Error(`${name} missing`);
  return p;
};
/** DTSTART;TZID=zone:YYYYMMDDTHHMMSS back to an instant. */
function instantOf(p: IcsProperty): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(p.value);
  if (!m || !p.params.TZID) throw new Error(`not a zoned local time: ${p.value}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, s, p.params.TZID).getTime());
}

describe('.ics for the whole series', () => {
  const text = seriesIcs(meeting, stamp);
  const props = parseIcs(text);
  it('is one VEVENT after its VTIMEZONE in a VCALENDAR, with CRLF line ends and lines of at most 75 octets', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(props.filter((p) => p.name === 'BEGIN').map((p) => p.value)).toEqual([
      'VCALENDAR',
      'VTIMEZONE',
      'DAYLIGHT',
      'STANDARD',
      'VEVENT',
    ]);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });
  it('anchors the series in its IANA zone with the RRULE', () => {
    expect(prop(props, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/London' }, value: '20260317T100000' });
    expect(prop(props, 'DTEND').value).toBe('20260317T110000');
    expect(prop(props, 'RRULE').value).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(prop(props, 'UID').value).toBe('cophub-event-4@cophub');
  });
  it('escapes text fields so they read back exactly', () => {
    expect(prop(props, 'SUMMARY').value).toBe('Meeting\\; planning\\, review \\\\ more');
    expect(unescape(prop(props, 'SUMMARY').value)).toBe(meeting.title);
    expect(unescape(prop(props, 'DESCRIPTION').value)).toBe(meeting.description);
    expect(unescape(prop(props, 'LOCATION').value)).toBe(meeting.location);
  });
  it('parses back into the same sessions, across the clock change', () => {
    const back: CommunityEvent = {
      ...meeting,
      start: instantOf(prop(props, 'DTSTART')).toISOString(),
      end: instantOf(prop(props, 'DTEND')).toISOString(),
      timeZone: prop(props, 'DTSTART').params.TZID,
      recurrence: prop(props, 'RRULE').value,
    };
    const window: [Date, Date] = [new Date('2026-03-20T00:00:00Z'), new Date('2026-04-10T00:00:00Z')];
    expect(sessionsBetween(back, ...window)).toEqual(sessionsBetween(meeting, ...window).map((s) => ({ ...s, event: back })));
  });
});

describe('.ics for one session', () => {
  const [afterChange] = sessionsBetween(meeting, new Date('2026-03-30T00:00:00Z'), new Date('2026-04-02T00:00:00Z'));
  const props = parseIcs(sessionIcs(afterChange, stamp));
  it('holds that session at its local time, without a recurrence', () => {
    expect(prop(props, 'DTSTART')).toMatchObject({ params: { TZID: 'Europe/London' }, value: '20260331T100000' });
    expect(instantOf(prop(props, 'DTSTART')).toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(() => prop(props, 'RRULE')).toThrow('RRULE missing');
    expect(prop(props, 'UID').value).not.toBe('cophub-event-4@cophub');
  });
});

it('starts a series on its first real occurrence when the stored start does not fit the rule', () => {
  // Stored start Sunday 1 March 2026; "first Tuesday" first happens on 3 March, at the same London time.
  const text = seriesIcs(
    { ...meeting, start: '2026-03-01T10:00:00Z', end: '2026-03-01T11:00:00Z', recurrence: 'FREQ=MONTHLY;BYDAY=1TU' },
    stamp,
  );
  expect(prop(parseIcs(text), 'DTSTART').value).toBe('20260303T100000');
  expect(prop(parseIcs(text), 'DTEND').value).toBe('20260303T110000');
});

it('names the file after the event, safely', () => {
  expect(icsFileName('Meeting; planning / review', new Date('2026-03-31T09:00:00Z'))).toBe('Meeting-planning-review-2026-03-31.ics');
  expect(icsFileName('???')).toBe('event.ics');
});

describe('.ics read by a strict parser (ical.js)', () => {
  const read = (text: string): ICAL.Component => new ICAL.Component(ICAL.parse(text));
  it('defines the zone it names: a VTIMEZONE for Europe/London before the event (RFC 5545 3.6.5)', () => {
    const cal = read(seriesIcs(meeting, stamp));
    const zones = cal.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/London']);
    expect(
      zones[0]
        .getAllSubcomponents()
        .map((o) => o.name)
        .sort(),
    ).toEqual(['daylight', 'standard']);
  });
  it('resolves the series to the right instants across the clock change', () => {
    const event = new ICAL.Event(read(seriesIcs(meeting, stamp)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.zone?.tzid).toBe('Europe/London');
    const it = event.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next && starts.length < 4; next = it.next()) starts.push(next.toJSDate().toISOString());
    // 10:00 London is 10:00 UTC before 29 March 2026 and 09:00 UTC after it.
    expect(starts).toEqual([
      '2026-03-17T10:00:00.000Z',
      '2026-03-24T10:00:00.000Z',
      '2026-03-31T09:00:00.000Z',
      '2026-04-07T09:00:00.000Z',
    ]);
  });
  it('resolves one session after the change, and one before the autumn change, to their instants', () => {
    const [spring] = sessionsBetween(meeting, new Date('2026-03-30T00:00:00Z'), new Date('2026-04-02T00:00:00Z'));
    const [autumn] = sessionsBetween(meeting, new Date('2026-10-26T00:00:00Z'), new Date('2026-10-30T00:00:00Z'));
    const start = (s: typeof spring): string =>
      new ICAL.Event(read(sessionIcs(s, stamp)).getFirstSubcomponent('vevent')!).startDate.toJSDate().toISOString();
    expect(start(spring)).toBe('2026-03-31T09:00:00.000Z');
    expect(start(autumn)).toBe('2026-10-27T10:00:00.000Z');
  });
});
