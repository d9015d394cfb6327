import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CommunityEvent } from '../../../../domain/models';
import { community, fakeServices } from '../../../../ui/testing/fakeServices';
import { UpcomingSessions } from '../UpcomingSessions';
import { toLocalInput } from './SessionForm';

const meeting: CommunityEvent = {
  id: 1,
  communityId: 3,
  title: 'Community meeting',
  eventType: 'meeting',
  start: '2026-05-05T09:00:00Z',
  end: '2026-05-05T10:00:00Z',
  timeZone: 'Europe/London',
};
const home = community(3, { rhythm: 'Monthly', rhythmDays: 31 });
const now = (): Date => new Date('2026-04-01T00:00:00Z');

function renderAs(gardener: boolean): { events: CommunityEvent[] } {
  const events = [{ ...meeting }];
  const { content } = fakeServices({ events });
  render(<UpcomingSessions content={content} scheduler={gardener ? content : undefined} community={home} now={now} />);
  return { events };
}

const type = (label: RegExp, value: string): void => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};

describe('Scheduling sessions from Upcoming sessions', () => {
  afterEach(cleanup);

  it("offers nothing to schedule or edit to someone who is not the community's gardener", async () => {
    renderAs(false);
    await screen.findByRole('heading', { name: 'Community meeting' });
    expect(screen.queryByRole('button', { name: 'Schedule a session' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit Community meeting' })).toBeNull();
  });

  it('lets the gardener schedule a session: problems at their fields first, then saved and listed', async () => {
    const { events } = renderAs(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Schedule a session' }));
    const form = await screen.findByRole('form', { name: 'Schedule a session' });
    type(/^Title/, 'Writing workshop');
    type(/^Starts/, '2026-06-10T14:00');
    type(/^Ends/, '2026-06-10T13:00');
    type(/^Online meeting link/, 'http://teams.example/meet');
    type(/^Repeats/, 'FREQ=SOMETIMES');
    fireEvent.click(within(form).getByRole('button', { name: 'Save session' }));
    expect(await within(form).findByText('Ends must be after the start.')).toBeTruthy();
    expect(within(form).getByText('Online meeting link must be a secure web address starting with https://.')).toBeTruthy();
    expect(within(form).getByText(/^Repeats \(optional\) isn't a repeat pattern we understand/)).toBeTruthy();
    expect(within(form).getByText('Type is required.')).toBeTruthy();
    expect(events).toHaveLength(1);

    fireEvent.click(within(form).getByRole('combobox', { name: /^Type/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Workshop' }));
    type(/^Ends/, '2026-06-10T15:30');
    type(/^Online meeting link/, 'https://teams.example/meet');
    type(/^Repeats/, '');
    fireEvent.click(within(form).getByRole('button', { name: 'Save session' }));
    expect(await screen.findByText('Writing workshop is scheduled.')).toBeTruthy();
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      communityId: 3,
      title: 'Writing workshop',
      eventType: 'workshop',
      onlineUrl: 'https://teams.example/meet',
      recurrence: '',
    });
    expect(new Date(events[1].end).getTime() - new Date(events[1].start).getTime()).toBe(90 * 60000);
    expect(await screen.findByRole('heading', { name: 'Writing workshop' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Schedule a session' })));
  });

  it('lets the gardener set places and when registration closes, each checked at its field, and clear them', async () => {
    const { events } = renderAs(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Community meeting' }));
    const form = await screen.findByRole('form', { name: 'Edit Community meeting' });
    expect((within(form).getByLabelText(/^Places/) as HTMLInputElement).value).toBe('');
    type(/^Places/, '0');
    type(/^Registration closes/, toLocalInput('2026-05-05T09:30:00Z'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save session' }));
    expect(await within(form).findByText('Places must be a whole number from 1 to 100,000, or empty.')).toBeTruthy();
    expect(within(form).getByText('Registration closes must be at or before the start.')).toBeTruthy();
    expect(events[0].capacity).toBeUndefined();

    type(/^Places/, '12');
    type(/^Registration closes/, '');
    type(/^Registration closes/, toLocalInput('2026-05-04T17:00:00Z'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save session' }));
    expect(await screen.findByText('Community meeting is updated.')).toBeTruthy();
    expect(events[0]).toMatchObject({ capacity: 12, registrationDeadline: '2026-05-04T17:00:00.000Z' });

    fireEvent.click(await screen.findByRole('button', { name: 'Edit Community meeting' }));
    const again = await screen.findByRole('form', { name: 'Edit Community meeting' });
    expect((within(again).getByLabelText(/^Places/) as HTMLInputElement).value).toBe('12');
    type(/^Places/, '');
    type(/^Registration closes/, '');
    fireEvent.click(within(again).getByRole('button', { name: 'Save session' }));
    await waitFor(() => expect(events[0].capacity).toBeUndefined());
    expect(events[0].registrationDeadline).toBeUndefined();
  });

  it('lets the gardener edit a session, starting from what it is', async () => {
    const { events } = renderAs(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Community meeting' }));
    const form = await screen.findByRole('form', { name: 'Edit Community meeting' });
    expect((within(form).getByLabelText(/^Starts/) as HTMLInputElement).value).toBe(toLocalInput(meeting.start));
    type(/^Title/, 'Community meeting (room 4)');
    fireEvent.click(within(form).getByRole('button', { name: 'Save session' }));
    expect(await screen.findByText('Community meeting (room 4) is updated.')).toBeTruthy();
    expect(events).toEqual([
      expect.objectContaining({ id: 1, title: 'Community meeting (room 4)', eventType: 'meeting', start: '2026-05-05T09:00:00.000Z' }),
    ]);
  });
});
