import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { sessionsBetween } from '../domain/rhythm';
import type { CommunityEvent } from '../domain/models';
import { dateFormats, supportedLocale, useDates, withDates, type CultureContext } from './dates';

// A local wall-clock time, so the expectations hold in any time zone the tests run in (the
// browser's zone is used when none is given).
const local = new Date(2026, 11, 10, 14, 5);

describe("dates by the viewer's locale", () => {
  it('shows a UK audience day-month order and the 24-hour clock', () => {
    const gb = dateFormats('en-GB');
    expect(gb.format('day', local)).toBe('10 Dec 2026');
    expect(gb.format('session', local)).toMatch(/^Thu 10 Dec, 14:05 \S+$/);
    expect(gb.format('sessionFull', local)).toMatch(/^Thursday, 10 December 2026 at 14:05 \S+$/);
    expect(gb.format('sessionFrom', local)).toBe('Thursday, 10 December 2026 at 14:05');
    expect(gb.format('dayTime', local)).toBe('10 Dec 2026, 14:05');
  });

  it('shows a US audience month-day order and the 12-hour clock', () => {
    const us = dateFormats('en-US');
    expect(us.format('day', local)).toBe('Dec 10, 2026');
    expect(us.format('session', local)).toMatch(/^Thu, Dec 10, 2:05 PM \S+$/);
    expect(us.format('sessionFull', local)).toMatch(/^Thursday, December 10, 2026 at 2:05 PM \S+$/);
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

// A weekly series at 14:00 in London across the spring of 2027: the US moves its clocks on 14 March,
// the UK on 28 March, so for two weeks New York is 4 hours behind London instead of 5.
const series: CommunityEvent = {
  id: 1,
  communityId: 1,
  title: 'Insights session',
  eventType: 'meeting' as CommunityEvent['eventType'],
  start: '2027-03-04T14:00:00.000Z',
  end: '2027-03-04T15:00:00.000Z',
  timeZone: 'Europe/London',
  recurrence: 'FREQ=WEEKLY;BYDAY=TH',
};
const spring = sessionsBetween(series, new Date('2027-03-01T00:00:00Z'), new Date('2027-04-02T00:00:00Z')).map((s) => s.start);

describe("times in the viewer's zone, across daylight saving", () => {
  it('shows a London viewer 14:00 GMT before 28 March 2027 and 14:00 BST after', () => {
    const london = dateFormats('en-GB', 'Europe/London');
    expect(spring.map((d) => london.format('session', d))).toEqual([
      'Thu 4 Mar, 14:00 GMT',
      'Thu 11 Mar, 14:00 GMT',
      'Thu 18 Mar, 14:00 GMT',
      'Thu 25 Mar, 14:00 GMT',
      'Thu 1 Apr, 14:00 BST',
    ]);
    expect(london.format('sessionFull', spring[4])).toBe('Thursday, 1 April 2027 at 14:00 BST');
    expect(london.timeZone).toBe('Europe/London');
  });

  it('shows a New York viewer the same sessions at 09:00 EST, 10:00 EDT while only the US has moved, then 09:00 EDT', () => {
    const newYork = dateFormats('en-US', 'America/New_York');
    expect(spring.map((d) => newYork.format('session', d))).toEqual([
      'Thu, Mar 4, 9:00 AM EST',
      'Thu, Mar 11, 9:00 AM EST',
      'Thu, Mar 18, 10:00 AM EDT',
      'Thu, Mar 25, 10:00 AM EDT',
      'Thu, Apr 1, 9:00 AM EDT',
    ]);
    // A UK reader living in New York keeps the UK's way of writing dates, in New York's time.
    expect(dateFormats('en-GB', 'America/New_York').format('timeZone', spring[2])).toBe('10:00 GMT-4');
  });

  it('writes the hour the same way with and without the zone, so a range reads "5:00 to 6:00 GMT-5"', () => {
    const gb = dateFormats('en-GB', 'America/New_York');
    const start = new Date('2027-01-07T10:00:00Z');
    const end = new Date('2027-01-07T11:00:00Z');
    expect(gb.format('sessionFrom', start)).toMatch(/ 5:00$/);
    expect(gb.format('timeZone', end)).toBe('6:00 GMT-5');
    expect(gb.format('session', start)).toBe('Thu 7 Jan, 5:00 GMT-5');
    expect(dateFormats('en-US', 'America/New_York').format('timeZone', end)).toBe('6:00 AM EST');
  });

  it("shows the day of an instant in the viewer's zone, but date-only columns and report months as stored", () => {
    const lateEvening = new Date('2027-01-05T23:30:00Z');
    expect(dateFormats('en-GB', 'Australia/Sydney').format('day', lateEvening)).toBe('6 Jan 2027');
    expect(dateFormats('en-GB', 'America/New_York').format('day', lateEvening)).toBe('5 Jan 2027');
    expect(dateFormats('en-GB', 'Australia/Sydney').formatIso('dateOnly', '2027-01-05T00:00:00Z')).toBe('5 Jan 2027');
    expect(dateFormats('en-GB', 'Pacific/Honolulu').formatIso('month', '2026-11-01T00:00:00Z')).toBe('Nov 2026');
  });

  it("falls back to the browser's zone for a zone it doesn't know, without throwing", () => {
    const browser = dateFormats('en-GB');
    expect(dateFormats('en-GB', 'Mars/Olympus_Mons')).toBe(browser);
    expect(browser.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it("gives a web part's root the person's zone from the page, else the site's", () => {
    const Probe: React.FC = () => React.createElement('span', null, useDates().format('session', spring[4]));
    const page = (legacyPageContext: object | undefined): CultureContext => ({
      pageContext: { cultureInfo: { currentCultureName: 'en-GB' }, legacyPageContext },
    });
    const { unmount } = render(withDates(page({ webTimeZoneData: { Id: 2 }, userTimeZoneData: { Id: 10 } }), React.createElement(Probe)));
    expect(screen.getByText('Thu 1 Apr, 9:00 GMT-4')).toBeTruthy();
    unmount();
    render(withDates(page({ webTimeZoneData: { Id: 2 } }), React.createElement(Probe)));
    expect(screen.getByText('Thu 1 Apr, 14:00 BST')).toBeTruthy();
  });
});
