import ICAL from 'ical.js';
import { TZDate, tzOffset } from '@date-fns/tz';
import { vtimezone } from './icsTimezone';

/** The zone as ical.js understands it from our VTIMEZONE alone. */
function parsed(zone: string, around: Date): ICAL.Timezone {
  const text = vtimezone(zone, around);
  if (!text) throw new Error(`no VTIMEZONE for ${zone}`);
  return new ICAL.Timezone(
    new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${text}END:VCALENDAR\r\n`)).getFirstSubcomponent(
      'vtimezone',
    )!,
  );
}

describe('VTIMEZONE from the runtime zone data', () => {
  const around = new Date('2026-03-17T10:00:00Z');
  it.each(['Europe/London', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Sao_Paulo'])(
    // What a calendar does with DTSTART;TZID=zone:local: ical.js turns the local time into an instant
    // with our VTIMEZONE alone. Local times within 90 minutes of a change (skipped or repeated) are left out.
    '%s: a local time in the file means the same instant as in the runtime, for years ahead',
    (zone) => {
      const tz = parsed(zone, around);
      const wrong: string[] = [];
      for (let t = Date.UTC(2025, 6, 1); t < Date.UTC(2034, 0, 1); t += 2 * 3600_000 + 13 * 60_000) {
        if (tzOffset(zone, new Date(t - 90 * 60_000)) !== tzOffset(zone, new Date(t + 90 * 60_000))) continue;
        const local = new TZDate(t, zone);
        const time = new ICAL.Time(
          {
            year: local.getFullYear(),
            month: local.getMonth() + 1,
            day: local.getDate(),
            hour: local.getHours(),
            minute: local.getMinutes(),
            second: 0,
          },
          tz,
        );
        if (time.toUnixTime() * 1000 !== t)
          wrong.push(`${new Date(t).toISOString()} read as ${new Date(time.toUnixTime() * 1000).toISOString()}`);
      }
      expect(wrong.slice(0, 3)).toEqual([]);
    },
  );
  it('uses a yearly rule for a zone with a regular rule, and a fixed offset for a zone without changes', () => {
    expect(vtimezone('Europe/London', around)).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n');
    expect(vtimezone('Asia/Kolkata', around)).toContain('TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\n');
  });
  it('gives nothing for a zone the runtime does not know', () => {
    expect(vtimezone('Nowhere/Atlantis', around)).toBeUndefined();
  });
});
