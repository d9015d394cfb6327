import { recurrencePattern, seriesDays } from './recurrencePattern';

describe('recurrencePattern', () => {
  it('reads weekly, every-other-week, monthly nth and last, and daily rules', () => {
    expect(recurrencePattern('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH')).toEqual({ freq: 'weekly', interval: 2, weekdays: ['TH'] });
    expect(recurrencePattern('RRULE:FREQ=WEEKLY;BYDAY=TH,MO;COUNT=6')).toEqual({ freq: 'weekly', interval: 1, weekdays: ['MO', 'TH'] });
    expect(recurrencePattern('FREQ=MONTHLY;BYDAY=1TU')).toEqual({ freq: 'monthly', interval: 1, weekdays: ['TU'], nth: 1 });
    expect(recurrencePattern('FREQ=MONTHLY;BYDAY=-1FR;BYMONTH=1,2,3,4,5,6,7,8,9,10,11')).toEqual({
      freq: 'monthly',
      interval: 1,
      weekdays: ['FR'],
      nth: -1,
    });
    expect(recurrencePattern('FREQ=DAILY;INTERVAL=3')).toEqual({ freq: 'daily', interval: 3, weekdays: [] });
  });

  it('leaves what it would describe wrongly to the free text', () => {
    for (const rule of [
      undefined,
      '',
      'FREQ=MONTHLY;COUNT=12',
      'FREQ=MONTHLY;BYMONTHDAY=15',
      'FREQ=MONTHLY;BYDAY=1TU,3TU',
      'FREQ=MONTHLY;BYDAY=5TU',
      'FREQ=WEEKLY',
      'FREQ=WEEKLY;BYDAY=2TU',
      'FREQ=YEARLY;BYDAY=TU',
      'FREQ=WEEKLY;BYDAY=XX',
      'FREQ=WEEKLY;INTERVAL=0;BYDAY=TU',
      'FREQ=HOURLY',
    ])
      expect(recurrencePattern(rule)).toBeUndefined();
  });

  it('gives the days between sessions of the quickest series, a month as 31', () => {
    expect(seriesDays([{ recurrence: 'FREQ=MONTHLY;BYDAY=1TU' }, { recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH' }])).toBe(14);
    expect(seriesDays([{ recurrence: 'FREQ=WEEKLY;BYDAY=MO,TH' }])).toBe(4);
    expect(seriesDays([{ recurrence: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR' }])).toBe(62);
    expect(seriesDays([{ recurrence: undefined }, { recurrence: 'FREQ=MONTHLY;BYMONTHDAY=3' }])).toBeUndefined();
  });
});
