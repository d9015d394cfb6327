import { repeatText, seriesRhythmText } from './rhythmText';

describe('rhythm in words from a series', () => {
  it('says how often, in the locale’s weekday names', () => {
    expect(repeatText('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'en-GB')).toBe('Every other Thursday');
    expect(repeatText('FREQ=WEEKLY;BYDAY=MO,WE', 'en-GB')).toBe('Every Monday and Wednesday');
    expect(repeatText('FREQ=WEEKLY;INTERVAL=3;BYDAY=TU', 'en-GB')).toBe('Every 3 weeks on Tuesday');
    expect(repeatText('FREQ=MONTHLY;BYDAY=1TU', 'en-GB')).toBe('First Tuesday of every month');
    expect(repeatText('FREQ=MONTHLY;BYDAY=-1FR;BYMONTH=1,2,3,4,5,6,7,8,9,10,11', 'en-GB')).toBe('Last Friday of every month');
    expect(repeatText('FREQ=MONTHLY;INTERVAL=2;BYDAY=3WE', 'en-GB')).toBe('Third Wednesday of every other month');
    expect(repeatText('FREQ=DAILY', 'en-GB')).toBe('Every day');
    expect(repeatText('FREQ=MONTHLY;BYMONTHDAY=15', 'en-GB')).toBeUndefined();
  });

  it('gives the time in the series’ own zone, the same in winter and summer, and the kind of session', () => {
    const series = { recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', timeZone: 'Europe/London', eventType: 'insights session' as const };
    // 14:00 in London: 14:00 UTC in January, 13:00 UTC in July.
    expect(seriesRhythmText(series, new Date('2027-01-14T14:00:00Z'), 'en-GB')).toBe('Every other Thursday, 14:00 — insights session');
    expect(seriesRhythmText(series, new Date('2027-07-15T13:00:00Z'), 'en-GB')).toBe('Every other Thursday, 14:00 — insights session');
    expect(seriesRhythmText(series, new Date('2027-07-15T13:00:00Z'), 'en-US')).toBe('Every other Thursday, 2:00 PM — insights session');
    expect(seriesRhythmText({ ...series, recurrence: undefined }, new Date(), 'en-GB')).toBeUndefined();
  });

  it('names the series’ clock for a viewer in another zone, and not for one on the same clock', () => {
    const series = { recurrence: 'FREQ=WEEKLY;BYDAY=TH', timeZone: 'Europe/London', eventType: 'insights session' as const };
    const winter = new Date('2027-01-14T14:00:00Z');
    const summer = new Date('2027-07-15T13:00:00Z');
    expect(seriesRhythmText(series, winter, 'en-GB', 'Europe/London')).toBe('Every Thursday, 14:00 — insights session');
    expect(seriesRhythmText(series, winter, 'en-US', 'America/New_York')).toBe('Every Thursday, 2:00 PM GMT — insights session');
    expect(seriesRhythmText(series, summer, 'en-GB', 'America/New_York')).toBe('Every Thursday, 14:00 BST — insights session');
    expect(seriesRhythmText(series, summer, 'en-GB', 'Mars/Olympus_Mons')).toBe('Every Thursday, 14:00 BST — insights session');
  });
});
