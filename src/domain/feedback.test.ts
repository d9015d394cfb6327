import { countedFeedback, feedbackProblem, feedbackSummary } from './feedback';
import type { SessionFeedback, SessionRecord } from './models';

const START = new Date('2027-03-02T12:00:00.000Z');
const event = { id: 7, communityId: 3 };
const record: Pick<SessionRecord, 'attendees'> = {
  attendees: [
    { id: 1, displayName: 'Ann', email: 'ann@x.example' },
    { id: 2, displayName: 'Bob', email: 'bob@x.example' },
    { id: 3, displayName: 'Cy', email: 'cy@x.example' },
  ],
};
let n = 1;
const fb = (email: string, rating: number, over: Partial<SessionFeedback> = {}): SessionFeedback => ({
  id: n++,
  eventId: 7,
  occurrenceStart: START.toISOString(),
  rating,
  comment: '',
  authorId: 0,
  authorName: email.split('@')[0],
  authorEmail: email,
  modified: '2027-03-03T09:00:00.000Z',
  folderCommunityId: 3,
  ...over,
});

describe('feedback summaries', () => {
  it('counts attendees only, once each at their latest, whole ratings 1 to 5, in the session’s folder', () => {
    const items = [
      fb('ann@x.example', 2, { modified: '2027-03-03T09:00:00.000Z' }),
      fb('ann@x.example', 5, { modified: '2027-03-04T09:00:00.000Z', comment: 'Changed my mind: great' }),
      fb('bob@x.example', 4, { comment: 'Useful' }),
      fb('cy@x.example', 6),
      fb('cy@x.example', 0),
      fb('cy@x.example', 3.5),
      fb('mallory@x.example', 1, { comment: 'I was not there' }),
      fb('bob@x.example', 1, { folderCommunityId: 4, modified: '2027-03-05T09:00:00.000Z' }),
      fb('bob@x.example', 1, { occurrenceStart: '2027-03-09T12:00:00.000Z', modified: '2027-03-05T09:00:00.000Z' }),
    ];
    const s = feedbackSummary(countedFeedback(items, record, event, START));
    expect(s.count).toBe(2);
    expect(s.average).toBe(4.5);
    expect(s.distribution).toEqual([0, 0, 0, 1, 1]);
    expect(s.comments).toEqual([
      { name: 'ann', rating: 5, comment: 'Changed my mind: great' },
      { name: 'bob', rating: 4, comment: 'Useful' },
    ]);
  });

  it('has nothing to count before attendance is recorded', () => {
    expect(feedbackSummary(countedFeedback([fb('ann@x.example', 5)], undefined, event, START))).toEqual({
      count: 0,
      average: undefined,
      distribution: [0, 0, 0, 0, 0],
      comments: [],
    });
  });

  it('refuses feedback before the session, from someone who did not attend, a rating of 0 or 6, or a 10,000-character comment', () => {
    const after = new Date('2027-03-02T14:00:00.000Z');
    expect(feedbackProblem(4, '', true, START, new Date('2027-03-01T00:00:00Z'))).toEqual({ rule: 'notHeld' });
    expect(feedbackProblem(4, '', false, START, after)).toEqual({ rule: 'notAttended' });
    expect(feedbackProblem(0, '', true, START, after)).toEqual({ rule: 'rating' });
    expect(feedbackProblem(6, '', true, START, after)).toEqual({ rule: 'rating' });
    expect(feedbackProblem(undefined, '', true, START, after)).toEqual({ rule: 'rating' });
    expect(feedbackProblem(3, 'x'.repeat(10000), true, START, after)).toEqual({ rule: 'tooLong', max: 2000 });
    expect(feedbackProblem(5, 'Good', true, START, after)).toBeUndefined();
  });
});
