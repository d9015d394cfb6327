/**
 * Hostile text in .ics files: whatever a member types as a session's title, description or location
 * (line breaks, commas, semicolons, backslashes, right-to-left text, emoji, "BEGIN:VEVENT"), the file
 * holds exactly one event whose fields read back as typed, and no typed text becomes a property.
 * Threats H7 (tests/security/README.md): the calendar name was written unescaped by ical-generator,
 * so a title with a line break could add an ATTENDEE or a second VEVENT; and script links as URL.
 */
import fc from 'fast-check';
import { seriesIcs, sessionIcs } from './calendarFile';
import type { CommunityEvent } from '../domain/models';

const base: CommunityEvent = {
  id: 9,
  communityId: 1,
  title: 'x',
  eventType: 'meeting',
  start: '2026-03-17T10:00:00Z',
  end: '2026-03-17T11:00:00Z',
  timeZone: 'Europe/London',
};
const stamp = new Date('2026-03-01T00:00:00Z');

/** Unfolds (CRLF + one space or tab) and splits into content lines, as RFC 5545 section 3.1 reads them. */
function contentLines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
}

/** RFC 5545 section 3.3.11 TEXT unescaping, in one pass. */
function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function valueOf(lines: string[], name: string): string | undefined {
  const line = lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  return line === undefined ? undefined : unescapeText(line.slice(line.indexOf(':') + 1));
}

/** Text with the characters that matter to iCalendar, plus right-to-left and astral-plane text. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\n', '\r\n', ',', ';', '\\', ':', '"', 'BEGIN:VEVENT', 'END:VCALENDAR', 'مرحبا', 'שלום', '\u202e', '👩🏽‍💻', '🎉', 'é'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
  ),
  minLength: 1,
  maxLength: 60,
});

/** Line breaks become \n in an .ics file (a lone CR has no escape), so that is what reads back. */
const asStored = (s: string): string => s.replace(/\r\n?/g, '\n');

describe('.ics fields under hostile input', () => {
  it('holds one event whose summary, description and location read back as typed', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (title, description, location) => {
        for (const ics of [
          seriesIcs({ ...base, title, description, location }, stamp),
          sessionIcs({ event: { ...base, title, description, location }, start: new Date(base.start), end: new Date(base.end) }, stamp),
        ]) {
          const lines = contentLines(ics);
          expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
          expect(lines.filter((l) => l.startsWith('BEGIN:') || l.startsWith('END:'))).toEqual([
            'BEGIN:VCALENDAR',
            'BEGIN:VTIMEZONE',
            'BEGIN:DAYLIGHT',
            'END:DAYLIGHT',
            'BEGIN:STANDARD',
            'END:STANDARD',
            'END:VTIMEZONE',
            'BEGIN:VEVENT',
            'END:VEVENT',
            'END:VCALENDAR',
          ]);
          expect(valueOf(lines, 'SUMMARY')).toBe(asStored(title));
          expect(valueOf(lines, 'X-WR-CALNAME')).toBe(asStored(title));
          expect(valueOf(lines, 'DESCRIPTION')).toBe(asStored(description));
          expect(valueOf(lines, 'LOCATION')).toBe(asStored(location));
          // Folded lines stay within 75 octets and never split a character.
          for (const raw of ics.split('\r\n')) {
            expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(75);
            expect(raw).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never writes a script or data link as the event URL', () => {
    const SCRIPT = ['java', 'script:'].join('');
    for (const onlineUrl of [`${SCRIPT}alert(1)`, 'data:text/html,<script>alert(1)</script>', ` ${SCRIPT.toUpperCase()}x`]) {
      expect(contentLines(seriesIcs({ ...base, onlineUrl }, stamp)).some((l) => l.startsWith('URL'))).toBe(false);
    }
    expect(valueOf(contentLines(seriesIcs({ ...base, onlineUrl: 'https://teams.example/meet/9' }, stamp)), 'URL')).toBe(
      'https://teams.example/meet/9',
    );
  });

  it('ignores a recurrence that tries to smuggle in properties', () => {
    const lines = contentLines(seriesIcs({ ...base, recurrence: 'FREQ=WEEKLY\r\nATTENDEE:mailto:all@example.com' }, stamp));
    expect(lines.some((l) => l.startsWith('ATTENDEE'))).toBe(false);
  });
});
