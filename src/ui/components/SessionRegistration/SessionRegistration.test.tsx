import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { CommunityEvent, Registration } from '../../../domain/models';
import { fakeRegistrations, type FakeRegistrations } from '../../testing/fakeRegistrations';
import { SessionRegistration } from './SessionRegistration';

const START = new Date('2027-03-02T12:00:00.000Z');
const NOW = new Date('2027-02-20T09:00:00.000Z');
const lunch: CommunityEvent = {
  id: 7,
  communityId: 3,
  title: 'Lunch and learn',
  eventType: 'lunch and learn',
  start: START.toISOString(),
  end: '2027-03-02T13:00:00.000Z',
  timeZone: 'Europe/London',
  capacity: 1,
};
const ME = { id: 21, name: 'Sam Taylor' };
const other = (id: number, registrantId: number): Registration => ({
  id,
  eventId: 7,
  occurrenceStart: START.toISOString(),
  registrantId,
  registrantName: `Person ${registrantId}`,
  created: '2027-02-01T09:00:00.000Z',
  modified: '2027-02-01T09:00:00.000Z',
  folderCommunityId: 3,
});

/** The component over a fake list, re-rendered with the list each change leaves, as the page does. */
const Harness: React.FC<{ fake: FakeRegistrations; event: CommunityEvent; now?: Date }> = ({ fake, event, now = NOW }) => {
  const [list, setList] = React.useState<readonly Registration[]>(() => [...fake.items]);
  return (
    <SessionRegistration
      event={event}
      start={START}
      registrations={list}
      me={ME.id}
      service={fake}
      onChanged={(update) => setList(update)}
      now={() => now}
    />
  );
};

describe('SessionRegistration', () => {
  afterEach(cleanup);

  it('registers me with one write, says Registered, and moves focus to Cancel', async () => {
    const fake = fakeRegistrations(ME, [], () => NOW);
    render(<Harness fake={fake} event={{ ...lunch, capacity: 3 }} />);
    expect(screen.getByText('3 places left')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Register for Lunch and learn' }));
    const cancel = await screen.findByRole('button', { name: 'Cancel registration for Lunch and learn' });
    expect(screen.getByText('Registered')).toBeTruthy();
    expect(fake.items).toHaveLength(1);
    expect(fake.items[0]).toMatchObject({ registrantId: ME.id, occurrenceStart: START.toISOString() });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
  });

  it('puts me on the waiting list when the session is full, at my position, and Cancel takes me off it', async () => {
    const fake = fakeRegistrations(ME, [other(1, 5), other(2, 6)], () => NOW);
    render(<Harness fake={fake} event={lunch} />);
    expect(screen.getByText('Full: registering puts you on the waiting list')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Join the waiting list for Lunch and learn' }));
    expect(await screen.findByText('On the waiting list, position 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel registration for Lunch and learn' }));
    expect(await screen.findByRole('button', { name: 'Join the waiting list for Lunch and learn' })).toBeTruthy();
    expect(fake.items.map((r) => r.registrantId)).toEqual([5, 6]);
  });

  it('offers this session or the whole series for a series, and a series registration is cancelled as one', async () => {
    const fake = fakeRegistrations(ME, [], () => NOW);
    render(<Harness fake={fake} event={{ ...lunch, capacity: undefined, recurrence: 'FREQ=WEEKLY' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Register for Lunch and learn' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Every session in the series' }));
    expect(await screen.findByRole('button', { name: 'Cancel registration for the series: Lunch and learn' })).toBeTruthy();
    expect(fake.items[0].occurrenceStart).toBeUndefined();
  });

  it('says Registration closed after the deadline and offers nothing', () => {
    const fake = fakeRegistrations(ME, [], () => NOW);
    render(<Harness fake={fake} event={{ ...lunch, registrationDeadline: '2027-02-19T17:00:00.000Z' }} />);
    expect(screen.getByText('Registration closed')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says what went wrong in words when SharePoint refuses, and changes nothing', async () => {
    const fake = fakeRegistrations(ME, [], () => NOW);
    fake.register = () => Promise.reject(Object.assign(new Error('[403] ::> {"odata.error":{}}'), { status: 403 }));
    render(<Harness fake={fake} event={lunch} />);
    fireEvent.click(screen.getByRole('button', { name: 'Register for Lunch and learn' }));
    expect(await screen.findByText(/You don't have permission to do that/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Register for Lunch and learn' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/odata|403/);
  });
});
