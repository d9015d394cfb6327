import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Question } from '../../../../domain/questions';
import type { IQuestionFollowService, MyQuestion, MyQuestions as Mine } from '../../../../domain/services';
import { MyQuestions } from './MyQuestions';

const question = (id: number, title: string, extra: Partial<Question> = {}): Question => ({
  id,
  title,
  details: '',
  topics: [],
  communityId: 5,
  folderCommunityId: 5,
  askerId: 1,
  askerName: 'Sam Taylor',
  created: '2026-12-01T10:00:00Z',
  modified: '2026-12-01T10:00:00Z',
  moderationStatus: 2,
  ...extra,
});
const mine = (q: Question, answered: boolean, answers: number): MyQuestion => ({
  question: q,
  communityTitle: 'Events Management',
  answered,
  answers,
});

function fake(data: Mine): IQuestionFollowService & { unfollowed: number[] } {
  const unfollowed: number[] = [];
  return {
    unfollowed,
    myQuestions: () => Promise.resolve({ ...data, followed: data.followed.filter((f) => !unfollowed.includes(f.question.id)) }),
    unfollow: (q) => {
      unfollowed.push(q.id);
      return Promise.resolve();
    },
    follow: () => Promise.resolve(),
    following: () => Promise.resolve([]),
    followers: () => Promise.resolve([]),
  };
}

describe('MyQuestions', () => {
  it('lists what I asked and what I follow, answered or not, opening each at its community', async () => {
    const follows = fake({
      asked: [
        mine(question(12, 'Which venues take 300?'), false, 2),
        mine(question(13, 'Off topic', { moderationStatus: 1, moderationComments: 'Hidden: Not about events' }), false, 0),
      ],
      followed: [mine(question(20, 'Open day ideas?'), true, 1)],
    });
    render(<MyQuestions follows={follows} communityPageUrl="/sites/cop/SitePages/Community.aspx?community={id}" />);
    const asked = await screen.findByRole('list', { name: 'Asked by me' });
    const link = within(asked).getByRole('link', { name: 'Which venues take 300?' });
    expect(link.getAttribute('href')).toBe('/sites/cop/SitePages/Community.aspx?community=5&section=questions&item=12');
    expect(within(asked).getByText('Events Management · Not answered yet · 2 answers')).toBeTruthy();
    expect(within(asked).getByText('Hidden by a gardener: Not about events')).toBeTruthy();
    const following = screen.getByRole('list', { name: 'Following' });
    expect(within(following).getByText('Events Management · Answered · 1 answer')).toBeTruthy();
    fireEvent.click(within(following).getByRole('button', { name: 'Stop following Open day ideas?' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Following' })).toBeNull());
    expect(follows.unfollowed).toEqual([20]);
  });

  it('says so when there are none, and offers a retry when they cannot be read', async () => {
    const { unmount } = render(<MyQuestions follows={fake({ asked: [], followed: [] })} />);
    expect(await screen.findByText(/haven't asked or followed any questions/)).toBeTruthy();
    unmount();
    const broken = fake({ asked: [], followed: [] });
    broken.myQuestions = () => Promise.reject(Object.assign(new Error('down'), { status: 503 }));
    render(<MyQuestions follows={broken} />);
    expect(await screen.findByRole('button', { name: /try again/i })).toBeTruthy();
  });
});
