import * as React from 'react';
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { HubSearchPage } from '../../../../domain/hubSearch';
import type { Answer, Question } from '../../../../domain/questions';
import type { IHubSearchService } from '../../../../domain/services';
import { community, fakeServices } from '../../../../ui/testing/fakeServices';
import { fakeQuestions, type FakeQuestions } from '../../../../ui/testing/fakeQuestions';
import QuestionsSection, { type IQuestionsSectionProps } from './QuestionsSection';
import { LOOKUP_DELAY_MS } from './AskForm';

const SAM = { id: 7, name: 'Sam Taylor' };
const ALEX = { id: 8, name: 'Alex Adams' };
const GRACE = { id: 9, name: 'Grace Okafor' };
const NOW = new Date('2026-12-07T09:00:00Z');

const question = (over: Partial<Question> = {}): Question => ({
  id: 1,
  title: 'How do we induct a new starter remotely?',
  details: 'Any checklist?',
  topics: ['Inductions'],
  communityId: 3,
  folderCommunityId: 3,
  askerId: ALEX.id,
  askerName: ALEX.name,
  created: '2026-12-06T09:00:00Z',
  modified: '2026-12-06T09:00:00Z',
  moderationStatus: 2,
  ...over,
});

const answer = (over: Partial<Answer> = {}): Answer => ({
  id: 100,
  questionId: 1,
  body: 'Use the checklist.',
  folderCommunityId: 3,
  answererId: GRACE.id,
  answererName: GRACE.name,
  created: '2026-12-06T10:00:00Z',
  modified: '2026-12-06T10:00:00Z',
  moderationStatus: 2,
  ...over,
});

function setup(
  options: Parameters<typeof fakeQuestions>[1] = {},
  extra: { me?: { id: number; isPodAdmin: boolean }; gardeners?: number[]; closed?: boolean; search?: IHubSearchService } = {},
): { services: ReturnType<typeof fakeServices>; questions: FakeQuestions } {
  const services = fakeServices();
  const questions = fakeQuestions(SAM, { clock: () => NOW, approvers: { 3: extra.gardeners ?? [GRACE.id] }, ...options });
  const c = community(3, {
    title: 'Appraisals and Inductions',
    gardeners: (extra.gardeners ?? [GRACE.id]).map((id) => ({ id, displayName: `Person ${id}`, email: '' })),
    status: extra.closed ? 'closed' : 'launched',
  });
  render(
    <QuestionsSection
      community={c}
      questions={questions}
      content={services.content}
      search={extra.search}
      me={extra.me ?? { id: SAM.id, isPodAdmin: false }}
      loadTopics={async () => ['Inductions', 'Onboarding', 'Induction checklists']}
      homeLink="https://contoso.example/sites/cop/SitePages/Community.aspx?community=3"
      now={NOW}
    />,
  );
  return { services, questions };
}

/** The section on its own, for a fake service and a few props. */
function renderPlain(questions: FakeQuestions, extra: Partial<IQuestionsSectionProps> = {}): void {
  render(
    <QuestionsSection
      community={community(3)}
      questions={questions}
      content={fakeServices().content}
      me={{ id: SAM.id, isPodAdmin: false }}
      homeLink="https://contoso.example/"
      {...extra}
    />,
  );
}

async function wait(ms: number): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}

// Typing into Fluent fields is slow on a loaded machine: room for it, without changing what is asserted.
jest.setTimeout(90_000);
configure({ asyncUtilTimeout: 5_000 });

describe('QuestionsSection', () => {
  afterEach(() => {
    cleanup();
    jest.useRealTimers();
  });

  it('opens with two requests at most and shows the accepted answer first, the question as answered', async () => {
    const { questions } = setup({
      questions: [question({ acceptedAnswerId: 101 })],
      answers: [answer(), answer({ id: 101, body: 'Ask HR for the pack.', answererId: 10, answererName: 'Person 10' })],
    });
    const card = await screen.findByRole('article', { name: 'How do we induct a new starter remotely?' });
    expect(questions.calls).toEqual(['page']);
    expect(within(card).getByText('Answered')).toBeTruthy();
    const answers = within(card)
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.includes(' on '));
    expect(answers[0].textContent).toContain('Ask HR for the pack.');
    expect(answers[0].textContent).toContain('Accepted answer');
  });

  it('filters unanswered, answered, mine and by topic', async () => {
    setup({
      questions: [
        question({ id: 1, acceptedAnswerId: 100 }),
        question({ id: 2, title: 'Who runs the onboarding lunch?', topics: ['Onboarding'], askerId: SAM.id, askerName: SAM.name }),
      ],
      answers: [answer()],
    });
    await screen.findByRole('article', { name: 'Who runs the onboarding lunch?' });
    fireEvent.click(screen.getByRole('radio', { name: 'Unanswered' }));
    expect(screen.queryByRole('article', { name: /induct a new starter/ })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Answered' }));
    expect(screen.getByRole('article', { name: /induct a new starter/ })).toBeTruthy();
    expect(screen.queryByRole('article', { name: /onboarding lunch/ })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Asked by me' }));
    expect(await screen.findByRole('article', { name: /onboarding lunch/ })).toBeTruthy();
    expect(screen.queryByRole('article', { name: /induct a new starter/ })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'All' }));
    await screen.findByRole('article', { name: /induct a new starter/ });
    fireEvent.change(screen.getByRole('textbox', { name: 'Topic' }), { target: { value: 'onboarding' } });
    expect(screen.queryByRole('article', { name: /induct a new starter/ })).toBeNull();
    expect(screen.getByRole('article', { name: /onboarding lunch/ })).toBeTruthy();
    // With a choice too: answered questions about onboarding are none.
    fireEvent.click(screen.getByRole('radio', { name: 'Answered' }));
    expect(screen.queryByRole('article', { name: /onboarding lunch/ })).toBeNull();
    expect(screen.getByText('No questions match. Try another filter.')).toBeTruthy();
  });

  it('pages: More questions reads the next page', async () => {
    const many = Array.from({ length: 5 }, (_, i) => question({ id: i + 1, title: `Question number ${i + 1}` }));
    setup({ questions: many, pageSize: 3 });
    await screen.findByRole('article', { name: 'Question number 5' });
    expect(screen.queryByRole('article', { name: 'Question number 2' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'More questions' }));
    expect(await screen.findByRole('article', { name: 'Question number 1' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'More questions' })).toBeNull();
  });

  it('asks: refuses a one-character title and 20,000 characters of details in words, keeps what was typed, then posts once', async () => {
    const { questions } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Ask a question' }));
    const form = screen.getByRole('form', { name: 'Ask the community' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Your question/ }), { target: { value: 'x' } });
    const long = 'd'.repeat(20_000);
    fireEvent.change(within(form).getByRole('textbox', { name: 'Details' }), { target: { value: long } });
    fireEvent.click(within(form).getByRole('button', { name: 'Post question' }));
    expect(await within(form).findByText('Write a question of at least 3 characters.')).toBeTruthy();
    expect(await within(form).findByText(/The details are too long: at most 10000 characters/)).toBeTruthy();
    expect((within(form).getByRole('textbox', { name: 'Details' }) as HTMLTextAreaElement).value).toBe(long);
    expect(questions.questions).toHaveLength(0);

    fireEvent.change(within(form).getByRole('textbox', { name: /Your question/ }), { target: { value: 'How long is probation?' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Details' }), {
      target: { value: '<script>alert(1)</script> see https://example.org/policy.' },
    });
    const post = within(form).getByRole('button', { name: 'Post question' });
    fireEvent.click(post);
    fireEvent.click(post);
    const card = await screen.findByRole('article', { name: 'How long is probation?' });
    expect(questions.questions).toHaveLength(1);
    expect(screen.getByText('Your question is posted.')).toBeTruthy();
    // Written text is text; only the http(s) address is a link.
    expect(card.querySelector('script')).toBeNull();
    expect(within(card).getByText(/<script>alert\(1\)<\/script>/)).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'https://example.org/policy' }).getAttribute('href')).toBe('https://example.org/policy');
  });

  it('refuses 50 topics, suggests the knowledge map’s topics as one types', async () => {
    const { questions } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Ask a question' }));
    const form = screen.getByRole('form', { name: 'Ask the community' });
    const topic = within(form).getByRole('textbox', { name: /Add topic/ });
    fireEvent.change(topic, { target: { value: 'induc' } });
    const suggestions = await within(form).findByRole('list', { name: 'Suggested topics' });
    expect(
      within(suggestions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Induction checklists', 'Inductions']);
    fireEvent.click(within(suggestions).getByRole('button', { name: 'Inductions' }));
    expect(within(form).getByRole('button', { name: 'Remove topic Inductions' })).toBeTruthy();
    for (let i = 0; i < 50; i++) {
      fireEvent.change(topic, { target: { value: `topic ${i}` } });
      fireEvent.keyDown(topic, { key: 'Enter' });
    }
    fireEvent.change(within(form).getByRole('textbox', { name: /Your question/ }), { target: { value: 'A fine question' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Post question' }));
    expect(await within(form).findByText('Choose at most 10 topics.')).toBeTruthy();
    expect(questions.questions).toHaveLength(0);
  });

  it('shows answered questions like it from hub search, and colleagues across the hub to invite, five at most', async () => {
    jest.useFakeTimers();
    const page: HubSearchPage = {
      hits: [
        {
          kind: 'question',
          id: 40,
          title: 'How do we run a remote induction?',
          url: 'https://contoso.example/q/40',
          summary: '',
          communityTitle: 'Events Management',
          question: { questionId: 40, communityId: 5, answered: true, hidden: false },
        },
        {
          kind: 'question',
          id: 41,
          title: 'Remote induction, still open',
          url: 'https://contoso.example/q/41',
          summary: '',
          question: { questionId: 41, communityId: 5, answered: false, hidden: false },
        },
      ],
      total: 2,
      communities: [],
      resourceTypes: [],
      practiceAreas: [],
    };
    const search: IHubSearchService = { search: jest.fn(async () => page) };
    const helpers = Array.from({ length: 7 }, (_, i) => ({
      person: { id: 20 + i, displayName: `Helper ${i}`, email: `h${i}@cophub.example` },
      canHelpWith: ['Inductions'],
      communities: [{ id: 5, title: 'Events Management' }],
    }));
    const { questions } = setup({ helpers }, { search });
    fireEvent.click(await screen.findByRole('button', { name: 'Ask a question' }));
    const form = screen.getByRole('form', { name: 'Ask the community' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Your question/ }), { target: { value: 'Remote induction tips' } });
    await wait(LOOKUP_DELAY_MS);
    const similar = await within(form).findByRole('region', { name: 'Already answered, and maybe what you need' });
    await waitFor(() => expect(within(similar).getByRole('link', { name: 'How do we run a remote induction?' })).toBeTruthy());
    expect(within(similar).queryByText('Remote induction, still open')).toBeNull();
    expect(within(similar).getByText(/in Events Management/)).toBeTruthy();
    // Each of the title's longest words on its own (hub search ANDs every word of one query).
    expect((search.search as jest.Mock).mock.calls.map(([r]) => [r.text, r.scope])).toEqual([
      ['induction ', { kind: 'question' }],
      ['remote ', { kind: 'question' }],
      ['tips ', { kind: 'question' }],
    ]);

    const topic = within(form).getByRole('textbox', { name: /Add topic/ });
    fireEvent.change(topic, { target: { value: 'Inductions' } });
    fireEvent.keyDown(topic, { key: 'Enter' });
    await wait(LOOKUP_DELAY_MS);
    const people = await within(form).findByRole('region', { name: 'Colleagues who can help' });
    await waitFor(() => expect(within(people).getAllByRole('checkbox')).toHaveLength(7));
    expect(within(people).getAllByText(/Member of Events Management/)).toHaveLength(7);
    for (let i = 0; i < 6; i++) fireEvent.click(within(people).getByRole('checkbox', { name: `Invite Helper ${i}` }));
    expect(within(people).getByText('Five invited: the most one question can invite.')).toBeTruthy();
    expect((within(people).getByRole('checkbox', { name: 'Invite Helper 5' }) as HTMLInputElement).checked).toBe(false);
    jest.useRealTimers();
    fireEvent.click(within(form).getByRole('button', { name: 'Post question' }));
    expect(await screen.findByText(/Invited: Helper 0, Helper 1, Helper 2, Helper 3, Helper 4\./)).toBeTruthy();
    expect(questions.invited.map((p) => p.id)).toEqual([20, 21, 22, 23, 24]);
  });

  it('answers, and the asker accepts; nobody else is offered Accept', async () => {
    const { questions } = setup({ questions: [question({ askerId: SAM.id, askerName: SAM.name })], answers: [answer()] });
    const card = await screen.findByRole('article', { name: /induct a new starter/ });
    fireEvent.change(within(card).getByRole('textbox', { name: 'Your answer' }), { target: { value: 'And a buddy.' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Post answer' }));
    fireEvent.click(within(card).getByRole('button', { name: /Post/ }));
    expect(await within(card).findByText('And a buddy.')).toBeTruthy();
    expect(questions.answers.filter((a) => a.body === 'And a buddy.')).toHaveLength(1);
    fireEvent.click(within(card).getByRole('button', { name: 'Accept the answer by Grace Okafor' }));
    await waitFor(() => expect(within(card).getByText('Answered')).toBeTruthy());
    expect(questions.questions[0].acceptedAnswerId).toBe(100);
    cleanup();

    // As a third party (neither asker nor gardener): no Accept.
    setup({ questions: [question()], answers: [answer()] });
    const other = await screen.findByRole('article', { name: /induct a new starter/ });
    expect(within(other).queryByRole('button', { name: /Accept the answer/ })).toBeNull();
  });

  it('edits my own answer; a gardener’s acceptance survives the edit', async () => {
    const { questions } = setup({
      questions: [question()],
      answers: [answer({ answererId: SAM.id, answererName: SAM.name, moderationStatus: 0, moderationComments: 'Accepted' })],
    });
    const card = await screen.findByRole('article', { name: /induct a new starter/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Edit your answer' }));
    fireEvent.change(within(card).getByRole('textbox', { name: 'Edit your answer' }), { target: { value: 'Use the new checklist.' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    expect(await within(card).findByText('Use the new checklist.')).toBeTruthy();
    expect(questions.answers[0].moderationStatus).toBe(2);
    expect(within(card).getByText('Answered')).toBeTruthy();
    expect(within(card).getByText('Accepted answer')).toBeTruthy();
  });

  it('gardening: oldest unanswered first, flagged after 7 days; hides an answer with a reason the author sees', async () => {
    const { questions } = setup(
      {
        questions: [
          question({ id: 1, title: 'Old question', created: '2026-11-20T09:00:00Z' }),
          question({ id: 2, title: 'New question', created: '2026-12-06T09:00:00Z' }),
        ],
        answers: [answer({ id: 100, questionId: 2, answererId: ALEX.id, answererName: ALEX.name, body: 'Off-topic advert' })],
      },
      { me: { id: GRACE.id, isPodAdmin: false } },
    );
    questions.as(GRACE);
    const queue = await screen.findByRole('region', { name: 'Waiting for an answer' });
    // The queue is read when the gardener opens it, not with the section.
    expect(questions.calls).toEqual(['page']);
    fireEvent.click(within(queue).getByRole('button', { name: 'Show questions waiting for an answer' }));
    const items = await within(queue).findAllByRole('listitem');
    expect(questions.calls).toEqual(['page', 'unanswered']);
    expect(items.map((li) => li.textContent)).toEqual(['Old question · Unanswered for 17 days', 'New question']);
    const card = screen.getByRole('article', { name: 'New question' });
    fireEvent.click(within(card).getByRole('button', { name: 'Hide the answer by Alex Adams' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Hide it' }));
    expect(await screen.findByText('Say why, so its author knows.')).toBeTruthy();
    fireEvent.change(within(card).getByRole('textbox', { name: /Why/ }), { target: { value: 'Adverts break ground rule 3' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Hide it' }));
    await waitFor(() => expect(questions.answers[0].moderationComments).toBe('Hidden: Adverts break ground rule 3'));
    expect(within(card).getByRole('button', { name: 'Show again' })).toBeTruthy();
  });

  it('the gardeners’ queue reads the whole community oldest first, page by page, not only the questions loaded', async () => {
    const questions = fakeQuestions(GRACE, {
      pageSize: 2,
      approvers: { 3: [GRACE.id] },
      questions: [
        question({ id: 1, title: 'Oldest', created: '2026-11-01T09:00:00Z' }),
        question({ id: 2, title: 'Answered long ago', created: '2026-11-02T09:00:00Z', acceptedAnswerId: 100 }),
        question({ id: 3, title: 'Hidden one', created: '2026-11-03T09:00:00Z', moderationStatus: 1, moderationComments: 'Hidden: spam' }),
        question({ id: 4, title: 'Other community', communityId: 4, folderCommunityId: 4, created: '2026-11-04T09:00:00Z' }),
        question({ id: 5, title: 'Newer', created: '2026-12-05T09:00:00Z' }),
        question({ id: 6, title: 'Newest', created: '2026-12-06T09:00:00Z' }),
      ],
      answers: [answer({ id: 100, questionId: 2, answererId: SAM.id, answererName: SAM.name })],
    });
    renderPlain(questions, {
      community: community(3, { gardeners: [{ id: GRACE.id, displayName: GRACE.name, email: '' }] }),
      me: { id: GRACE.id, isPodAdmin: false },
      now: NOW,
    });
    const queue = await screen.findByRole('region', { name: 'Waiting for an answer' });
    // The section shows its first page (the two newest); the oldest isn't loaded.
    expect(screen.queryByRole('article', { name: 'Oldest' })).toBeNull();
    fireEvent.click(within(queue).getByRole('button', { name: 'Show questions waiting for an answer' }));
    expect((await within(queue).findAllByRole('listitem')).map((li) => li.textContent)).toEqual(['Oldest · Unanswered for 36 days']);
    fireEvent.click(within(queue).getByRole('button', { name: 'More waiting questions' }));
    await waitFor(() => expect(within(queue).getAllByRole('listitem')).toHaveLength(2));
    fireEvent.click(await within(queue).findByRole('button', { name: 'More waiting questions' }));
    await waitFor(() =>
      expect(
        within(queue)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['Oldest · Unanswered for 36 days', 'Newer', 'Newest']),
    );
    expect(within(queue).queryByRole('button', { name: 'More waiting questions' })).toBeNull();
    expect(questions.calls).toEqual(['page', 'unanswered', 'unanswered', 'unanswered']);
  });

  it('a gardener sees a hidden question with its reason and shows it again', async () => {
    const { questions } = setup(
      { questions: [question({ moderationStatus: 1, moderationComments: 'Hidden: Not about appraisals' })] },
      { me: { id: GRACE.id, isPodAdmin: false } },
    );
    questions.as(GRACE);
    const card = await screen.findByRole('article', { name: /induct a new starter/ });
    expect(
      await within(card).findByText(/Hidden by a gardener: Not about appraisals\. Only its asker and the gardeners see it\./),
    ).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Show again' }));
    await waitFor(() => expect(questions.questions[0].moderationStatus).toBe(0));
    expect(await within(card).findByRole('textbox', { name: 'Your answer' })).toBeTruthy();
  });

  it('a hidden question shows its asker the reason and takes no answers', async () => {
    setup({
      questions: [
        question({ askerId: SAM.id, askerName: SAM.name, moderationStatus: 1, moderationComments: 'Hidden: Not about appraisals' }),
      ],
    });
    const card = await screen.findByRole('article', { name: /induct a new starter/ });
    expect(await within(card).findByText(/Hidden by a gardener: Not about appraisals/)).toBeTruthy();
    expect(within(card).queryByRole('textbox', { name: 'Your answer' })).toBeNull();
    expect(within(card).getByText('This question is hidden, so it takes no answers.')).toBeTruthy();
  });

  it('adds an accepted answer to the shared repertoire as a guide, linked back to the question', async () => {
    const { services } = setup(
      { questions: [question({ acceptedAnswerId: 100 })], answers: [answer()] },
      { me: { id: GRACE.id, isPodAdmin: false } },
    );
    const card = await screen.findByRole('article', { name: /induct a new starter/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Guide' }));
    expect(await within(card).findByText(/Added to the shared repertoire as a Guide/)).toBeTruthy();
    expect(services.state.resources[0]).toMatchObject({
      communityId: 3,
      resourceType: 'guide',
      url: 'https://contoso.example/sites/cop/SitePages/Community.aspx?community=3&section=questions&item=1',
    });
  });

  it('shows what I already follow, and stops following it', async () => {
    const questions = fakeQuestions(SAM, {
      questions: [
        question(),
        question({ id: 3, title: 'Another question' }),
        question({ id: 2, title: 'My own question', askerId: SAM.id }),
      ],
    });
    const followed: number[] = [1];
    const follows = {
      follow: jest.fn(async (q: { id: number }): Promise<void> => {
        followed.push(q.id);
      }),
      unfollow: jest.fn(async (q: { id: number }): Promise<void> => {
        followed.splice(followed.indexOf(q.id), 1);
      }),
      following: jest.fn(),
      followedIds: jest.fn(async () => [...followed]),
      followers: jest.fn(),
      myQuestions: jest.fn(),
    };
    renderPlain(questions, { follows });
    const card = await screen.findByRole('article', { name: /induct a new starter/ });
    expect(await within(card).findByText('Following: you are told of its answers.')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Another question' })).getByRole('button', { name: /^Follow Another/ })).toBeTruthy();
    // One read of what I follow, started with the page (the read batcher sends them as one request).
    expect(follows.followedIds).toHaveBeenCalledTimes(1);
    expect(questions.calls).toEqual(['page']);
    fireEvent.click(within(card).getByRole('button', { name: 'Stop following' }));
    await waitFor(() => expect(followed).toEqual([]));
    expect(follows.unfollow).toHaveBeenCalledWith(expect.objectContaining({ id: 1 }));
    expect(await within(card).findByRole('button', { name: /^Follow How do we induct/ })).toBeTruthy();
    expect(within(card).queryByText('Following: you are told of its answers.')).toBeNull();
  });

  it('follows a question (not offered to its asker) and stops following it', async () => {
    const questions = fakeQuestions(SAM, { questions: [question(), question({ id: 2, title: 'My own question', askerId: SAM.id })] });
    const followed: number[] = [];
    const follows = {
      follow: jest.fn(async (q: { id: number }): Promise<void> => {
        followed.push(q.id);
      }),
      unfollow: jest.fn(async (q: { id: number }): Promise<void> => {
        followed.splice(followed.indexOf(q.id), 1);
      }),
      following: jest.fn(),
      followers: jest.fn(),
      myQuestions: jest.fn(),
    };
    renderPlain(questions, { follows: follows });
    const card = await screen.findByRole('article', { name: /induct a new starter/ });
    expect(within(screen.getByRole('article', { name: 'My own question' })).queryByRole('button', { name: /^Follow/ })).toBeNull();
    fireEvent.click(
      within(card).getByRole('button', { name: 'Follow How do we induct a new starter remotely?: you are told of its answers' }),
    );
    expect(await within(card).findByText('Following: you are told of its answers.')).toBeTruthy();
    expect(followed).toEqual([1]);
    fireEvent.click(within(card).getByRole('button', { name: 'Stop following' }));
    await waitFor(() => expect(followed).toEqual([]));
    expect(follows.following).not.toHaveBeenCalled();
  });

  it('opened from a link naming a question, focuses it; says so when it is not shown', async () => {
    const questions = fakeQuestions(SAM, { questions: [question(), question({ id: 2, title: 'Second question' })] });
    renderPlain(questions, { focusItemId: 1 });
    const heading = await screen.findByRole('heading', { name: /induct a new starter/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    cleanup();
    renderPlain(questions, { focusItemId: 99 });
    expect(await screen.findByText(/The question this link names isn’t among these questions/)).toBeTruthy();
    cleanup();

    // Beyond the first page: read by its id, shown and focused.
    const paged = fakeQuestions(SAM, {
      questions: Array.from({ length: 5 }, (_, i) => question({ id: i + 1, title: `Question number ${i + 1}` })),
      pageSize: 2,
    });
    renderPlain(paged, { focusItemId: 1 });
    const old = await screen.findByRole('heading', { name: 'Question number 1' });
    await waitFor(() => expect(document.activeElement).toBe(old));
    expect(paged.calls).toEqual(['page', 'byIds', 'answersFor']);
  });

  it('a closed community is read only, and says so', async () => {
    setup({ questions: [question({ askerId: SAM.id })], answers: [answer()] }, { closed: true });
    const card = await screen.findByRole('article', { name: /induct a new starter/ });
    expect(screen.getByText(/This community has closed/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ask a question' })).toBeNull();
    expect(within(card).queryByRole('textbox', { name: 'Your answer' })).toBeNull();
    expect(within(card).queryByRole('button', { name: /Accept|Edit/ })).toBeNull();
  });

  it('says when the questions can’t be read, and retries', async () => {
    const questions = fakeQuestions(SAM, { questions: [question()] });
    const page = questions.page.bind(questions);
    questions.page = jest
      .fn()
      .mockRejectedValueOnce(Object.assign(new Error('x'), { status: 503 }))
      .mockImplementation(page);
    renderPlain(questions);
    fireEvent.click(await screen.findByRole('button', { name: /Try again|Retry/ }));
    expect(await screen.findByRole('article', { name: /induct a new starter/ })).toBeTruthy();
  });
});
