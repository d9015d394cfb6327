import type { CommunityEvent } from '../domain/models';
import { sessionsBetween } from '../domain/rhythm';
import { OUTLOOK_COMPOSE, outlookComposeUrl } from './outlookLink';

const series: CommunityEvent = {
  id: 1,
  communityId: 3,
  title: 'Insights session & Q&A',
  eventType: 'insights session',
  start: '2027-03-18T14:00:00Z',
  end: '2027-03-18T15:00:00Z',
  timeZone: 'Europe/London',
  recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
  location: 'Room 2',
  onlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc?x=1&y=2',
  description: 'What a community of practice is.',
};

const params = (url: string): URLSearchParams => {
  expect(url.startsWith(`${OUTLOOK_COMPOSE}?`)).toBe(true);
  return new URL(url).searchParams;
};

describe('outlookComposeUrl', () => {
  it('fills subject, UTC start and end, location, and a body with the description and the online link, all encoded', () => {
    const [s] = sessionsBetween(series, new Date('2027-03-18T00:00:00Z'), new Date('2027-03-19T00:00:00Z'));
    const p = params(outlookComposeUrl(s));
    expect(p.get('subject')).toBe('Insights session & Q&A');
    expect(p.get('startdt')).toBe('2027-03-18T14:00:00.000Z');
    expect(p.get('enddt')).toBe('2027-03-18T15:00:00.000Z');
    expect(p.get('location')).toBe('Room 2');
    expect(p.get('body')).toBe('What a community of practice is.\n\nhttps://teams.microsoft.com/l/meetup-join/abc?x=1&y=2');
    expect(p.get('rru')).toBe('addevent');
  });

  it('keeps a London 14:00 at 14:00 London time across the clocks going forward (13:00 UTC in summer)', () => {
    const after = sessionsBetween(series, new Date('2027-04-01T00:00:00Z'), new Date('2027-04-02T00:00:00Z'));
    expect(after).toHaveLength(1);
    expect(params(outlookComposeUrl(after[0])).get('startdt')).toBe('2027-04-01T13:00:00.000Z');
  });

  it('uses the online link as the location when there is no place, and leaves out a link that is not https', () => {
    const online = { ...series, recurrence: undefined, location: undefined };
    const [s] = sessionsBetween(online, new Date('2027-03-18T00:00:00Z'), new Date('2027-03-19T00:00:00Z'));
    expect(params(outlookComposeUrl(s)).get('location')).toBe(series.onlineUrl);
    const unsafe = { ...online, onlineUrl: 'javascript:alert(1)', description: undefined };
    const [u] = sessionsBetween(unsafe, new Date('2027-03-18T00:00:00Z'), new Date('2027-03-19T00:00:00Z'));
    const p = params(outlookComposeUrl(u));
    expect(p.get('location')).toBeNull();
    expect(p.get('body')).toBeNull();
  });
});
