import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { CommunityEvent, Registration } from '../../../domain/models';
import { fakeServices } from '../../testing/fakeServices';
import { fakeRegistrations } from '../../testing/fakeRegistrations';
import HubEventsSection from './HubEventsSection';

const insights: CommunityEvent = {
  id: 50,
  communityId: 0,
  title: 'Insights session: what is a community of practice?',
  eventType: 'workshop',
  start: '2027-02-04T14:00:00Z',
  end: '2027-02-04T15:00:00Z',
  timeZone: 'Europe/London',
  recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=6',
  location: 'Teams',
  onlineUrl: 'https://teams.example/meet/insights',
  capacity: 1,
};
const community: CommunityEvent = { ...insights, id: 51, communityId: 3, title: 'A community meeting', recurrence: undefined };
const now = (): Date => new Date('2027-02-01T09:00:00Z');
const taken = (by: number): Registration => ({
  id: 1,
  eventId: 50,
  occurrenceStart: '2027-02-04T14:00:00.000Z',
  registrantId: by,
  registrantName: 'Someone',
  created: '2027-01-20T00:00:00Z',
  modified: '2027-01-20T00:00:00Z',
  folderCommunityId: 0,
});

function renderSection(registrations = fakeRegistrations({ id: 7, name: 'Sam' }, [], now)): ReturnType<typeof fakeServices> {
  const services = fakeServices({ events: [insights, community] });
  services.people.myId = async () => 7;
  render(
    <HubEventsSection
      content={{ hubEvents: () => services.content.hubEvents!() }}
      registrations={registrations}
      people={services.people}
      now={now}
    />,
  );
  return services;
}

jest.setTimeout(20000);

describe('HubEventsSection', () => {
  afterEach(cleanup);

  it('lists the hub’s own upcoming sessions only, with the online link, and registers me for one', async () => {
    const registrations = fakeRegistrations({ id: 7, name: 'Sam' }, [], now);
    renderSection(registrations);
    expect(screen.getByRole('heading', { name: 'Learn about communities of practice' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Learn about communities of practice' });
    expect(list.querySelectorAll('li')).toHaveLength(6);
    expect(screen.queryByText('A community meeting')).toBeNull();
    expect(
      screen.getAllByRole('link', { name: 'Join Insights session: what is a community of practice? online' })[0].getAttribute('href'),
    ).toBe('https://teams.example/meet/insights');
    const register = await screen.findAllByRole('button', { name: 'Register for Insights session: what is a community of practice?' });
    fireEvent.click(register[0]);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'This session' }));
    await screen.findByText('Registered');
    expect(registrations.items).toHaveLength(1);
    expect(registrations.items[0]).toMatchObject({ eventId: 50, occurrenceStart: '2027-02-04T14:00:00.000Z', folderCommunityId: 0 });
  });

  it('puts me on the waiting list when the one place is taken', async () => {
    renderSection(fakeRegistrations({ id: 7, name: 'Sam' }, [taken(9)], now));
    const join = await screen.findAllByRole('button', { name: /waiting list/i });
    fireEvent.click(join[0]);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'This session' }));
    await screen.findByText(/On the waiting list, position 1/);
  });

  it('says so when none are planned, and offers Try again when the read fails', async () => {
    const services = fakeServices({ events: [community] });
    let fail = true;
    render(
      <HubEventsSection
        content={{
          hubEvents: async () => {
            if (fail) throw Object.assign(new Error('down'), { status: 503 });
            return services.content.hubEvents!();
          },
        }}
        people={services.people}
        now={now}
      />,
    );
    fail = true;
    const retry = await screen.findByRole('button', { name: /try again/i });
    fail = false;
    fireEvent.click(retry);
    await waitFor(() => expect(screen.getByText(/No sessions are planned just now/)).toBeTruthy());
  });
});
