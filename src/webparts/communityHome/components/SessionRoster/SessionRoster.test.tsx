import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { CommunityEvent, Registration, SessionRecord } from '../../../../domain/models';
import { SessionRoster } from './SessionRoster';

const START = new Date('2027-03-02T12:00:00.000Z');
const event: CommunityEvent = {
  id: 7,
  communityId: 3,
  title: 'Lunch and learn',
  eventType: 'lunch and learn',
  start: START.toISOString(),
  end: '2027-03-02T13:00:00.000Z',
  timeZone: 'Europe/London',
  capacity: 1,
};
const reg = (id: number, name: string): Registration => ({
  id,
  eventId: 7,
  occurrenceStart: START.toISOString(),
  registrantId: id + 100,
  registrantName: name,
  registrantEmail: `${name.split(' ')[0].toLowerCase()}@cophub.example`,
  created: `2027-02-0${id}T09:00:00.000Z`,
  modified: `2027-02-0${id}T09:00:00.000Z`,
  folderCommunityId: 3,
});
const registrations = [reg(1, 'Ann Lee'), reg(2, '=HYPERLINK("x") Bob')];

// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- a test helper handing back its jest mocks, typed by inference
function renderRoster(over: Partial<React.ComponentProps<typeof SessionRoster>> = {}) {
  const save = jest.fn(
    async (_e: CommunityEvent, _s: Date, v: { attendees: readonly { email: string }[]; notes: string; storyUrl?: string }) => {
      const saved: SessionRecord = {
        id: 1,
        eventId: 7,
        occurrenceStart: START.toISOString(),
        attendees: v.attendees.map((p, i) => ({ id: i, displayName: p.email, email: p.email })),
        notes: v.notes,
        storyUrl: v.storyUrl,
        folderCommunityId: 3,
      };
      return saved;
    },
  );
  const addResource = jest.fn(async () => ({ id: 55 }) as never);
  const search = jest.fn(async () => [{ id: 0, displayName: 'Walk In', email: 'walk.in@cophub.example' }]);
  const download = jest.fn();
  const onRecorded = jest.fn();
  render(
    <SessionRoster
      event={event}
      start={START}
      registrations={registrations}
      held={false}
      records={{ save }}
      people={{ search }}
      content={{ addResource }}
      sessionLink="https://hub.example/community?community=3"
      onRecorded={onRecorded}
      download={download}
      {...over}
    />,
  );
  return { save, addResource, search, download, onRecorded };
}

describe('SessionRoster', () => {
  afterEach(cleanup);

  it('lists who is registered and who waits, and downloads them as formula-safe CSV', () => {
    const { download } = renderRoster();
    expect(screen.getByText('Registered (1)')).toBeTruthy();
    expect(screen.getByText('Waiting list (1)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV of who is coming to Lunch and learn' }));
    const [name, csv] = download.mock.calls[0] as [string, string];
    expect(name).toBe('Lunch-and-learn-2027-03-02.csv');
    const lines = csv.split('\r\n');
    expect(lines.slice(0, 2)).toEqual([
      'Name,Email,Standing,Registered at',
      'Ann Lee,ann@cophub.example,Confirmed,2027-02-01T09:00:00.000Z',
    ]);
    // A name that would run as a formula in a spreadsheet is written as text.
    expect(lines[2].startsWith(`"'=HYPERLINK(""x"") Bob"`)).toBe(true);
    expect(lines[2]).toContain('"Waiting list, position 1"');
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('after the session: ticks a registrant, adds a walk-in, notes what was discussed, saves, and makes it a story', async () => {
    const { save, addResource, search, onRecorded } = renderRoster({ held: true });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ann Lee' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Add a walk-in: name' }), { target: { value: 'Walk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add Walk In' }));
    expect(screen.getByRole('checkbox', { name: 'Walk In (walk-in)' })).toBeTruthy();
    expect(search).toHaveBeenCalledWith('Walk');
    fireEvent.change(screen.getByRole('textbox', { name: 'What was discussed' }), { target: { value: '<script>x</script> Onboarding' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save attendance and notes' }));
    expect(await screen.findByText('Attendance and notes saved.')).toBeTruthy();
    expect(save.mock.calls[0][2]).toEqual({
      attendees: [
        { id: 101, displayName: 'Ann Lee', email: 'ann@cophub.example' },
        { id: 0, displayName: 'Walk In', email: 'walk.in@cophub.example' },
      ],
      notes: '<script>x</script> Onboarding',
      storyUrl: undefined,
    });
    expect(document.querySelector('script')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add to the shared repertoire as a story' }));
    expect(await screen.findByText(/Added to the shared repertoire as a story/)).toBeTruthy();
    expect(addResource).toHaveBeenCalledWith(
      expect.objectContaining({ communityId: 3, resourceType: 'story', url: 'https://hub.example/community?community=3' }),
    );
    await waitFor(() => expect(onRecorded).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1][2].storyUrl).toBe('https://hub.example/community?community=3&section=repertoire&resource=55');
  });

  it('refuses a note of more than 4,000 characters, and saves nothing', async () => {
    const { save } = renderRoster({ held: true });
    fireEvent.change(screen.getByRole('textbox', { name: 'What was discussed' }), { target: { value: 'x'.repeat(10000) } });
    expect(await screen.findByText('Keep the note to 4,000 characters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save attendance and notes' }));
    expect(save).not.toHaveBeenCalled();
  });
});
