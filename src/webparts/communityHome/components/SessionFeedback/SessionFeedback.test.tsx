import * as React from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { CommunityEvent, SessionFeedback, SessionRecord } from '../../../../domain/models';
import { MyFeedback } from './SessionFeedback';

const NOW = new Date('2027-03-05T09:00:00.000Z');
const event: CommunityEvent = {
  id: 7,
  communityId: 3,
  title: 'Lunch and learn',
  eventType: 'lunch and learn',
  start: '2027-03-02T12:00:00.000Z',
  end: '2027-03-02T13:00:00.000Z',
  timeZone: 'Europe/London',
};
const record = (attendeeId: number): SessionRecord => ({
  id: 1,
  eventId: 7,
  occurrenceStart: event.start,
  attendees: [{ id: attendeeId, displayName: 'Sam Taylor', email: 'sam@x.example' }],
  notes: '',
  folderCommunityId: 3,
});

// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- a test helper handing back its jest mocks, typed by inference
function renderMine(attendeeId: number, given: SessionFeedback[] = []) {
  const give = jest.fn(
    async (_e: CommunityEvent, _s: Date, rating: number, comment: string, _mine?: SessionFeedback): Promise<SessionFeedback> => ({
      id: 9,
      eventId: 7,
      occurrenceStart: event.start,
      rating,
      comment,
      authorId: 21,
      authorName: 'Sam Taylor',
      modified: NOW.toISOString(),
      folderCommunityId: 3,
    }),
  );
  render(
    <MyFeedback
      events={[event]}
      communityId={3}
      me={21}
      records={{ ofCommunity: async () => [record(attendeeId)] }}
      feedback={{ ofCommunity: async () => given, give }}
      now={NOW}
    />,
  );
  return give;
}

describe('MyFeedback', () => {
  afterEach(cleanup);

  it('offers feedback on a session I attended: a rating is needed, and then it can be changed', async () => {
    const give = renderMine(21);
    const send = await screen.findByRole('button', { name: 'Send feedback' });
    fireEvent.click(send);
    expect(await screen.findByText('Choose a rating from 1 to 5.')).toBeTruthy();
    expect(give).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Comment (optional)' }), { target: { value: 'Useful' } });
    fireEvent.click(send);
    expect(await screen.findByText(/your feedback is saved/)).toBeTruthy();
    expect(give.mock.calls[0].slice(2)).toEqual([4, 'Useful', undefined]);
    fireEvent.click(screen.getByRole('radio', { name: '2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change my feedback' }));
    await screen.findAllByText(/your feedback is saved/);
    expect(give.mock.calls[1][4]).toMatchObject({ id: 9 });
  });

  it('offers nothing for sessions I was not recorded at', async () => {
    renderMine(99);
    expect(await screen.findByText('No session in the last three months records you as attending.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
