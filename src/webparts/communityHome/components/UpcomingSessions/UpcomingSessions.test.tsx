import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as shared from 'CopHubSharedStrings';
import type { CommunityEvent } from '../../../../domain/models';
import { community, fakeServices } from '../../../../ui/testing/fakeServices';
import { fakeRegistrations } from '../../../../ui/testing/fakeRegistrations';
import { UpcomingSessions } from './UpcomingSessions';

const meeting: CommunityEvent = {
  id: 1,
  communityId: 3,
  title: 'Community meeting',
  eventType: 'meeting',
  start: '2026-01-06T10:00:00Z',
  end: '2026-01-06T11:00:00Z',
  timeZone: 'Europe/London',
  recurrence: 'FREQ=MONTHLY;BYDAY=1TU',
  location: 'Teams',
  onlineUrl: 'https://teams.example/meet/1',
};
const visit: CommunityEvent = {
  id: 2,
  communityId: 3,
  title: 'Site visit',
  eventType: 'visit',
  start: '2026-04-15T13:00:00Z',
  end: '2026-04-15T15:00:00Z',
  timeZone: 'Europe/London',
};
const LOADING = shared.Loading;
const home = community(3, { rhythm: 'Monthly, first Tuesday', rhythmDays: 31 });
const at =
  (iso: string): (() => Date) =>
  () =>
    new Date(iso);

async function renderSessions(
  events: CommunityEvent[],
  now: string,
  over: Partial<React.ComponentProps<typeof UpcomingSessions>> = {},
): Promise<jest.Mock> {
  const download = jest.fn();
  render(<UpcomingSessions content={fakeServices({ events }).content} community={home} now={at(now)} download={download} {...over} />);
  await screen.findByRole('heading', { name: 'Upcoming sessions' });
  // Loaded once the skeleton (role status, named by the shared "Loading" string) has gone.
  await waitFor(() => expect(screen.queryByRole('status', { name: LOADING })).toBeNull());
  return download;
}

describe('UpcomingSessions', () => {
  afterEach(cleanup);
  it('lists the next sessions of every series in time order, with a link to join online', async () => {
    await renderSessions([visit, meeting], '2026-04-01T00:00:00Z');
    const titles = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(titles).toEqual(['Community meeting', 'Site visit', 'Community meeting', 'Community meeting']);
    expect(screen.getAllByRole('link', { name: 'Join Community meeting online' })[0].getAttribute('href')).toBe(
      'https://teams.example/meet/1',
    );
    expect(screen.queryByText(/longer than this community's rhythm/)).toBeNull();
  });

  it('downloads an .ics for one session or the whole series from the keyboard-reachable menu', async () => {
    const download = await renderSessions([meeting], '2026-04-01T00:00:00Z');
    const [first] = screen.getAllByRole('button', { name: /^Add to calendar: Community meeting/ });
    fireEvent.click(first);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'This session' }));
    expect(download).toHaveBeenLastCalledWith(
      'Community-meeting-2026-04-07.ics',
      expect.stringContaining('DTSTART;TZID=Europe/London:20260407T100000'),
      'text/calendar;charset=utf-8',
    );
    const one = download.mock.calls[0][1] as string;
    expect(one.slice(one.indexOf('BEGIN:VEVENT'))).not.toContain('RRULE');

    fireEvent.click(first);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Every session in the series' }));
    expect(download).toHaveBeenLastCalledWith(
      'Community-meeting.ics',
      expect.stringContaining('RRULE:FREQ=MONTHLY;BYDAY=1TU'),
      'text/calendar;charset=utf-8',
    );
  });

  it('offers "Add to Outlook": Outlook on the web composing this session, its times as UTC instants, the online link in the body', async () => {
    await renderSessions([meeting], '2026-04-01T00:00:00Z');
    fireEvent.click(screen.getAllByRole('button', { name: /^Add to calendar: Community meeting/ })[0]);
    const outlook = await screen.findByRole('menuitem', { name: 'Add to Outlook (opens in a new tab)' });
    const href = outlook.getAttribute('href') ?? '';
    expect(href.startsWith('https://outlook.office.com/calendar/0/deeplink/compose?')).toBe(true);
    const p = new URL(href).searchParams;
    // 10:00 in London on 7 April 2026 is 09:00 UTC (summer time).
    expect([p.get('subject'), p.get('startdt'), p.get('enddt'), p.get('location')]).toEqual([
      'Community meeting',
      '2026-04-07T09:00:00.000Z',
      '2026-04-07T10:00:00.000Z',
      'Teams',
    ]);
    expect(p.get('body')).toContain('https://teams.example/meet/1');
    expect(outlook.getAttribute('target')).toBe('_blank');
  });

  it('offers only "This session" for a one-off event', async () => {
    await renderSessions([visit], '2026-04-01T00:00:00Z');
    fireEvent.click(screen.getByRole('button', { name: /^Add to calendar: Site visit/ }));
    await screen.findByRole('menuitem', { name: 'This session' });
    expect(screen.queryByRole('menuitem', { name: 'Every session in the series' })).toBeNull();
  });

  it('flags a community that has not met for longer than its rhythm', async () => {
    await renderSessions([visit], '2026-06-01T00:00:00Z');
    expect(screen.getByText("No session for 46 days: longer than this community's rhythm (Monthly, first Tuesday).")).toBeTruthy();
    expect(screen.getByText('No sessions are planned in the next three months.')).toBeTruthy();
  });

  describe('checks the rhythm its series keep, as health does (issue 17)', () => {
    const fortnightly: CommunityEvent = {
      ...meeting,
      start: '2026-09-03T13:00:00Z',
      end: '2026-09-03T14:00:00Z',
      recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
    };
    it('flags a "monthly" community whose fortnightly series last met 18 days ago, in the days it keeps', async () => {
      const quiet = { ...fortnightly, recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20261113T000000Z' };
      await renderSessions([quiet], '2026-12-01T09:00:00Z');
      expect(screen.getByText("No session for 18 days: longer than this community's rhythm (every 14 days).")).toBeTruthy();
    });
    it('does not flag a "weekly" community meeting every other week, and names the series for the charter', async () => {
      const onSeriesRhythm = jest.fn();
      await renderSessions([fortnightly], '2026-12-06T09:00:00Z', {
        community: { id: 3, rhythm: 'Weekly', rhythmDays: 7 },
        onSeriesRhythm,
      });
      // Last met 26 November: 10 days, longer than the declared week but within the fortnight it keeps.
      expect(screen.queryByText(/longer than this community's rhythm/)).toBeNull();
      await waitFor(() => expect(onSeriesRhythm).toHaveBeenLastCalledWith(expect.stringMatching(/^Every other Thursday, .* — meeting$/)));
    });
    it('tells the charter there is no series where there is only a one-off', async () => {
      const onSeriesRhythm = jest.fn();
      await renderSessions([visit], '2026-04-01T00:00:00Z', { onSeriesRhythm });
      expect(onSeriesRhythm).toHaveBeenLastCalledWith(undefined);
    });
  });

  it('flags a community with a rhythm that has never met', async () => {
    await renderSessions([], '2026-06-01T00:00:00Z', { community: { id: 3, rhythm: '', rhythmDays: 14 } });
    expect(screen.getByText("No session has taken place yet, though this community's rhythm is every 14 days.")).toBeTruthy();
  });

  it('offers Register on each session once my id is known, and shows my standing after registering', async () => {
    const fake = fakeRegistrations({ id: 21, name: 'Sam Taylor' }, [], at('2026-04-01T00:00:00Z'));
    await renderSessions([{ ...visit, capacity: 1 }], '2026-04-01T00:00:00Z', { registrations: { service: fake, me: 21 } });
    fireEvent.click(await screen.findByRole('button', { name: 'Register for Site visit' }));
    expect(await screen.findByText('Registered')).toBeTruthy();
    expect(fake.items).toEqual([
      expect.objectContaining({ eventId: visit.id, registrantId: 21, occurrenceStart: visit.start.replace('Z', '.000Z') }),
    ]);
  });

  it('shows an error with a retry when the events cannot be read', async () => {
    render(<UpcomingSessions content={fakeServices({ failWith: new Error('Network down') }).content} community={home} />);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
