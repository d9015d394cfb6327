import {
  httpUrlProblem,
  parseTopics,
  recurrenceProblem,
  topicsProblem,
  validateEvent,
  validateProfile,
  validateResource,
} from './contentValidation';

const resource = {
  title: 'Event risk template',
  resourceType: 'template' as const,
  url: 'https://cophub.example/t.docx',
  description: '',
  reviewDate: '2027-01-01',
};
const event = {
  title: 'Monthly meeting',
  eventType: 'meeting' as const,
  start: '2026-12-01T10:00:00Z',
  end: '2026-12-01T11:00:00Z',
  recurrence: 'FREQ=MONTHLY;BYDAY=1TU',
  location: '',
  onlineUrl: '',
};

describe('links', () => {
  it('accepts http and https only', () => {
    expect(httpUrlProblem('https://cophub.example/x', true)).toBeUndefined();
    expect(httpUrlProblem('http://intranet/x', true)).toBeUndefined();
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://x/y', 'cophub.example', 'JaVaScRiPt:alert(1)']) {
      expect(httpUrlProblem(bad, true)).toEqual({ rule: 'notHttpUrl' });
    }
  });
  it('requires a link only where one is needed, and limits its length', () => {
    expect(httpUrlProblem(' ', true)).toEqual({ rule: 'required' });
    expect(httpUrlProblem('', false)).toBeUndefined();
    expect(httpUrlProblem(`https://x.example/${'a'.repeat(2000)}`, true)).toMatchObject({ rule: 'tooLong', max: 2000 });
  });
});

describe('recurrence rules', () => {
  it('limits a rule to 255 characters', () => {
    const long = `FREQ=WEEKLY;BYDAY=${Array.from({ length: 90 }, () => 'MO').join(',')}`;
    expect(recurrenceProblem(long)).toEqual({ rule: 'tooLong', max: 255, length: long.length });
  });
  it.each(['FREQ=MONTHLY;BYDAY=1TU', 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=YEARLY;BYMONTH=9', ''])(
    'accepts %s',
    (rule) => {
      expect(recurrenceProblem(rule)).toBeUndefined();
    },
  );
  it.each([
    ['FREQ=SOMETIMES', /FREQ 'SOMETIMES' is not one of/],
    ['INTERVAL=2', /FREQ is missing/],
    ['FREQ=DAILY;FOO=1', /Unknown RRULE property/],
    ['FREQ=DAILY;INTERVAL=0', /whole number/],
    ['FREQ=DAILY;INTERVAL=abc', /whole number/],
    ['FREQ=WEEKLY;BYDAY=XX', /not a list of weekdays/],
    ['FREQ=YEARLY;BYMONTH=13', /not a month/],
    ['FREQ=DAILY;UNTIL=20000101T000000Z', /the rule never occurs/],
  ])('refuses %s', (rule, why) => {
    const p = recurrenceProblem(rule);
    expect(p?.rule).toBe('invalidRecurrence');
    expect(p && 'detail' in p ? p.detail : '').toMatch(why);
  });
});

describe('resources', () => {
  it('accepts a complete resource, trimmed', () => {
    expect(validateResource({ ...resource, title: '  Event risk template ' })).toEqual({
      ok: true,
      value: { ...resource, title: 'Event risk template' },
    });
  });
  it('names every problem at once', () => {
    expect(
      validateResource({ title: '', resourceType: '', url: 'javascript:alert(1)', description: 'x'.repeat(2001), reviewDate: 'next week' }),
    ).toEqual({
      ok: false,
      problems: {
        title: { rule: 'required' },
        resourceType: { rule: 'required' },
        url: { rule: 'notHttpUrl' },
        description: { rule: 'tooLong', max: 2000, length: 2001 },
        reviewDate: { rule: 'notADate' },
      },
    });
  });
  it('refuses a type that is not one of the choices', () => {
    expect(validateResource({ ...resource, resourceType: 'podcast' as never })).toMatchObject({
      ok: false,
      problems: { resourceType: { rule: 'notAChoice' } },
    });
  });
});

describe('events', () => {
  it('accepts a consistent event', () => {
    expect(validateEvent(event).ok).toBe(true);
  });
  it('refuses an end before the start', () => {
    expect(validateEvent({ ...event, end: '2026-12-01T09:00:00Z' })).toEqual({ ok: false, problems: { end: { rule: 'endBeforeStart' } } });
  });
  it('takes places as empty (no limit) or a whole number from 1, and a deadline at or before the start', () => {
    const start = '2026-12-01T10:00';
    const at = { ...event, start, end: '2026-12-01T11:00' };
    expect(validateEvent({ ...at, places: ' 12 ', deadline: '2026-11-30T17:00' })).toMatchObject({
      ok: true,
      value: { places: '12', deadline: '2026-11-30T17:00' },
    });
    expect(validateEvent({ ...at, places: '', deadline: start }).ok).toBe(true);
    for (const places of ['0', '2.5', '-1', 'ten', '100001'])
      expect(validateEvent({ ...at, places })).toEqual({
        ok: false,
        problems: { places: { rule: 'notWholeNumber', min: 1, max: 100000 } },
      });
    expect(validateEvent({ ...at, deadline: '2026-12-01T10:01' })).toEqual({ ok: false, problems: { deadline: { rule: 'afterStart' } } });
    expect(validateEvent({ ...at, deadline: 'soon' })).toEqual({ ok: false, problems: { deadline: { rule: 'notADate' } } });
    // Without a start there is nothing to compare a deadline with: only the start is named.
    expect(validateEvent({ ...at, start: '', deadline: '2026-12-01T10:01' })).toMatchObject({
      ok: false,
      problems: { start: { rule: 'required' } },
    });
    expect(validateEvent({ ...at, start: '', deadline: '2026-12-01T10:01' })).not.toMatchObject({ problems: { deadline: {} } });
  });
  it('refuses a session that ends as it starts', () => {
    expect(validateEvent({ ...event, end: event.start })).toEqual({ ok: false, problems: { end: { rule: 'endBeforeStart' } } });
  });
  it('takes only https meeting links, trimmed', () => {
    expect(validateEvent({ ...event, onlineUrl: 'http://teams.example/meet' })).toEqual({
      ok: false,
      problems: { onlineUrl: { rule: 'notHttpsUrl' } },
    });
    expect(validateEvent({ ...event, onlineUrl: ' https://teams.example/meet ', location: ' Room 2 ' })).toMatchObject({
      ok: true,
      value: { onlineUrl: 'https://teams.example/meet', location: 'Room 2' },
    });
  });
  it('refuses a missing title and type, with an RRULE: prefix taken off a good rule', () => {
    expect(validateEvent({ ...event, title: '  ', eventType: '' })).toEqual({
      ok: false,
      problems: { title: { rule: 'required' }, eventType: { rule: 'required' } },
    });
    expect(validateEvent({ ...event, eventType: 'party' as never })).toEqual({
      ok: false,
      problems: { eventType: { rule: 'notAChoice' } },
    });
    expect(validateEvent({ ...event, recurrence: 'RRULE:FREQ=WEEKLY;COUNT=4' })).toMatchObject({
      ok: true,
      value: { recurrence: 'FREQ=WEEKLY;COUNT=4' },
    });
  });
  it('refuses missing dates, a bad rule and a non-web meeting link', () => {
    const r = validateEvent({ ...event, start: '', recurrence: 'FREQ=NEVER', onlineUrl: 'data:text/html,hi' });
    expect(r).toMatchObject({
      ok: false,
      problems: { start: { rule: 'required' }, recurrence: { rule: 'invalidRecurrence' }, onlineUrl: { rule: 'notHttpUrl' } },
    });
  });
});

describe('topics', () => {
  it('limits how many and how long', () => {
    expect(topicsProblem(['facilitation', 'SQL'])).toBeUndefined();
    expect(topicsProblem(Array.from({ length: 21 }, (_, i) => `t${i}`))).toEqual({ rule: 'tooMany', max: 20, count: 21 });
    expect(topicsProblem(['x'.repeat(61)])).toEqual({ rule: 'tooLong', max: 60, length: 61 });
  });
});

describe('a profile', () => {
  it('splits topics on commas, semicolons and new lines, dropping blanks and repeats', () => {
    expect(parseTopics('Power BI, sql;\n  SQL ,, data   viz')).toEqual(['Power BI', 'sql', 'data viz']);
  });

  it('is accepted with topics and a practice area, trimmed', () => {
    expect(validateProfile({ canHelpWith: 'Power BI', wantsToLearn: '', practiceArea: ' Data and Insight ' })).toEqual({
      ok: true,
      value: { canHelpWith: ['Power BI'], wantsToLearn: [], practiceArea: 'Data and Insight' },
    });
  });

  it('refuses a topic longer than 60 characters, more than 20 topics, and a long practice area', () => {
    const r = validateProfile({
      canHelpWith: 'x'.repeat(61),
      wantsToLearn: Array.from({ length: 21 }, (_, i) => `t${i}`).join(','),
      practiceArea: 'p'.repeat(121),
    });
    expect(r).toEqual({
      ok: false,
      problems: {
        canHelpWith: { rule: 'tooLong', max: 60, length: 61 },
        wantsToLearn: { rule: 'tooMany', max: 20, count: 21 },
        practiceArea: { rule: 'tooLong', max: 120, length: 121 },
      },
    });
  });
});
