import * as React from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { CommunityEvent } from '../../../../domain/models';
import { fakeServices } from '../../../../ui/testing/fakeServices';
import { HubEventsPanel } from './HubEventsPanel';

jest.setTimeout(20_000);

const conference: CommunityEvent = {
  id: 1,
  communityId: 0,
  title: 'Professional Services Conference: communities of practice',
  eventType: 'insights session',
  start: '2027-03-18T10:00:00Z',
  end: '2027-03-18T10:45:00Z',
  timeZone: 'Europe/London',
  capacity: 80,
};
const ofACommunity: CommunityEvent = { ...conference, id: 2, communityId: 3, title: 'A community meeting', capacity: undefined };

const type = (form: HTMLElement, label: RegExp, value: string): void => {
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
};

describe('HubEventsPanel', () => {
  afterEach(cleanup);

  it('lists the hub’s own events only, and schedules one of no community: bad places refused at the field first', async () => {
    const events = [conference, ofACommunity];
    const { content } = fakeServices({ events });
    render(<HubEventsPanel content={{ ...content, hubEvents: content.hubEvents! }} />);
    const list = await screen.findByRole('list', { name: 'Hub events' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.firstChild?.textContent),
    ).toEqual([conference.title]);
    expect(within(list).getByText(/80 places/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Schedule a hub event' }));
    const form = await screen.findByRole('form', { name: 'Schedule a session' });
    type(form, /^Title/, 'Insights session: what is a community of practice?');
    fireEvent.click(within(form).getByRole('combobox', { name: /^Type/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Workshop' }));
    type(form, /^Starts/, '2027-02-04T14:00');
    type(form, /^Ends/, '2027-02-04T15:00');
    type(form, /^Places/, '0');
    fireEvent.click(within(form).getByRole('button', { name: 'Save session' }));
    expect(await within(form).findByText('Places must be a whole number from 1 to 100,000, or empty.')).toBeTruthy();
    expect(events).toHaveLength(2);

    type(form, /^Places/, '30');
    fireEvent.click(within(form).getByRole('button', { name: 'Save session' }));
    expect(await screen.findByText(/is scheduled\. Staff see it in the directory and in My communities\./)).toBeTruthy();
    expect(events[2]).toMatchObject({ communityId: 0, title: 'Insights session: what is a community of practice?', capacity: 30 });
    expect(await screen.findByText('Insights session: what is a community of practice?')).toBeTruthy();
  });

  it('says when there are none, and offers Try again when the read fails', async () => {
    let fail = true;
    const { content } = fakeServices({ events: [ofACommunity] });
    render(
      <HubEventsPanel
        content={{
          ...content,
          hubEvents: async () => {
            if (fail) throw Object.assign(new Error('down'), { status: 503 });
            return content.hubEvents!();
          },
        }}
      />,
    );
    const retry = await screen.findByRole('button', { name: /try again/i });
    fail = false;
    fireEvent.click(retry);
    expect(await screen.findByText('No hub events yet.')).toBeTruthy();
  });
});
