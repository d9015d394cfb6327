import { dateFormats, supportedLocale } from './dates';

// A local wall-clock time, so the expectations hold in any time zone the tests run in.
const local = new Date(2026, 11, 10, 14, 5);

describe("dates by the viewer's locale", () => {
  it('shows a UK audience day-month order and the 24-hour clock', () => {
    const gb = dateFormats('en-GB');
    expect(gb.format('day', local)).toBe('10 Dec 2026');
    expect(gb.format('session', local)).toBe('Thu 10 Dec, 14:05');
    expect(gb.format('sessionFull', local)).toBe('Thursday, 10 December 2026 at 14:05');
    expect(gb.format('dayTime', local)).toBe('10 Dec 2026, 14:05');
  });

  it('shows a US audience month-day order and the 12-hour clock', () => {
    const us = dateFormats('en-US');
    expect(us.format('day', local)).toBe('Dec 10, 2026');
    expect(us.format('session', local)).toBe('Thu, Dec 10, 2:05 PM');
    expect(us.format('sessionFull', local)).toBe('Thursday, December 10, 2026 at 2:05 PM');
  });

  it('shows date-only columns and report months as the stored day, wherever the viewer is', () => {
    expect(dateFormats('en-GB').formatIso('dateOnly', '2027-01-05T00:00:00Z')).toBe('5 Jan 2027');
    expect(dateFormats('en-US').formatIso('dateOnly', '2027-01-05T00:00:00Z')).toBe('Jan 5, 2027');
    expect(dateFormats('en-GB').formatIso('month', '2026-11-01T00:00:00Z')).toBe('Nov 2026');
  });

  it('says nothing for a missing or broken date, rather than "Invalid Date"', () => {
    const gb = dateFormats('en-GB');
    expect(gb.formatIso('day', undefined)).toBe('');
    expect(gb.formatIso('day', 'not a date')).toBe('');
    expect(gb.format('day', new Date(Number.NaN))).toBe('');
  });

  it("takes SharePoint culture names, and falls back to the browser for a tag it can't use", () => {
    expect(supportedLocale('en-GB')).toBe('en-GB');
    expect(supportedLocale('de-DE')).toBe('de-DE');
    expect(supportedLocale('')).toBeUndefined();
    expect(supportedLocale('not a locale!')).toBeUndefined();
    expect(dateFormats('de-DE').format('day', local)).toBe('10. Dez. 2026');
    expect(() => dateFormats('x-<script>').format('day', local)).not.toThrow();
  });

  it('makes the formatters of a locale once', () => {
    expect(dateFormats('en-GB')).toBe(dateFormats('en-GB'));
    expect(dateFormats('en-GB').locale).toBe('en-GB');
  });
});
