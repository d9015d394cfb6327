import {
  ACCEPTED_NOTE,
  acceptedAnswer,
  answerProblem,
  filterQuestions,
  gardenerQueue,
  hiddenReason,
  HIDDEN_PREFIX,
  isFlagged,
  isHidden,
  normaliseTopics,
  questionFigures,
  questionProblem,
  questionProblems,
  questionState,
  type Answer,
  type Question,
} from './questions';

const q = (over: Partial<Question> = {}): Question => ({
  id: 1,
  title: 'How do we run an induction?',
  details: '',
  topics: ['Inductions'],
  communityId: 4,
  folderCommunityId: 4,
  askerId: 10,
  askerName: 'Sam',
  created: '2026-12-01T09:00:00Z',
  modified: '2026-12-01T09:00:00Z',
  moderationStatus: 2,
  ...over,
});
const a = (over: Partial<Answer> = {}): Answer => ({
  id: 100,
  questionId: 1,
  body: 'Like this.',
  folderCommunityId: 4,
  answererId: 20,
  answererName: 'Alex',
  created: '2026-12-01T12:00:00Z',
  modified: '2026-12-01T12:00:00Z',
  moderationStatus: 2,
  ...over,
});

describe('hidden', () => {
  it('is a rejection, or a pending edit still carrying the hiding reason, until approved', () => {
    expect(isHidden(q())).toBe(false);
    expect(isHidden(q({ moderationStatus: 1, moderationComments: `${HIDDEN_PREFIX}off topic` }))).toBe(true);
    expect(hiddenReason(q({ moderationStatus: 1, moderationComments: `${HIDDEN_PREFIX}off topic` }))).toBe('off topic');
    expect(isHidden(q({ moderationStatus: 2, moderationComments: `${HIDDEN_PREFIX}off topic` }))).toBe(true);
    expect(isHidden(q({ moderationStatus: 0, moderationComments: `${HIDDEN_PREFIX}off topic` }))).toBe(false);
    expect(isHidden(q({ moderationStatus: 2, moderationComments: 'Restored' }))).toBe(false);
  });
});

describe('accepted answer and state', () => {
  it('is unanswered with answers until one is accepted, by the asker or an approving gardener', () => {
    expect(questionState(q(), [a()])).toBe('unanswered');
    expect(questionState(q({ acceptedAnswerId: 100 }), [a()])).toBe('answered');
    expect(acceptedAnswer(q(), [a(), a({ id: 101, moderationStatus: 0 })])?.id).toBe(101);
  });
  it("keeps a gardener's acceptance when the answerer edits the answer (pending again, the note kept)", () => {
    const edited = a({ id: 101, moderationStatus: 2, moderationComments: ACCEPTED_NOTE });
    expect(acceptedAnswer(q(), [a(), edited])?.id).toBe(101);
    expect(acceptedAnswer(q(), [a(), a({ id: 101, moderationStatus: 2, moderationComments: 'Restored' })])).toBeUndefined();
  });
  it("ignores an accepted id that is another question's, in another folder, or hidden", () => {
    expect(questionState(q({ acceptedAnswerId: 100 }), [a({ questionId: 2 })])).toBe('unanswered');
    expect(questionState(q({ acceptedAnswerId: 100 }), [a({ folderCommunityId: 5 })])).toBe('unanswered');
    expect(questionState(q({ acceptedAnswerId: 100 }), [a({ moderationStatus: 1 })])).toBe('unanswered');
    expect(questionState(q({ acceptedAnswerId: 100 }), [a({ folderCommunityId: undefined })])).toBe('unanswered');
  });
});

describe('flag and gardener queue', () => {
  it('flags an unanswered question from 7 days after it was asked, not an answered one', () => {
    const asked = q();
    expect(isFlagged(asked, [], new Date('2026-12-08T08:59:59Z'))).toBe(false);
    expect(isFlagged(asked, [], new Date('2026-12-08T09:00:00Z'))).toBe(true);
    expect(isFlagged(q({ acceptedAnswerId: 100 }), [a()], new Date('2026-12-20T00:00:00Z'))).toBe(false);
  });
  it('lists unanswered questions that count, oldest first, without hidden ones or other folders', () => {
    const qs = [
      q({ id: 3, created: '2026-12-03T00:00:00Z' }),
      q({ id: 2, created: '2026-12-02T00:00:00Z' }),
      q({ id: 4, created: '2026-11-01T00:00:00Z', folderCommunityId: 5 }),
      q({ id: 5, created: '2026-11-01T00:00:00Z', moderationStatus: 1 }),
      q({ id: 6, created: '2026-11-02T00:00:00Z', acceptedAnswerId: 100 }),
    ];
    expect(gardenerQueue(4, qs, [a({ questionId: 6 })]).map((x) => x.id)).toEqual([2, 3]);
  });
});

describe('filters', () => {
  const qs = [q({ id: 1 }), q({ id: 2, askerId: 11, topics: ['Onboarding'], created: '2026-12-02T00:00:00Z', acceptedAnswerId: 200 })];
  const as = [a({ id: 200, questionId: 2 })];
  it('answered, unanswered, mine and topic (ignoring case), newest first', () => {
    expect(filterQuestions(4, qs, as, { kind: 'all' }).map((x) => x.id)).toEqual([2, 1]);
    expect(filterQuestions(4, qs, as, { kind: 'answered' }).map((x) => x.id)).toEqual([2]);
    expect(filterQuestions(4, qs, as, { kind: 'unanswered' }).map((x) => x.id)).toEqual([1]);
    expect(filterQuestions(4, qs, as, { kind: 'mine', userId: 10 }).map((x) => x.id)).toEqual([1]);
    expect(filterQuestions(4, qs, as, { kind: 'topic', topic: ' onboarding ' }).map((x) => x.id)).toEqual([2]);
  });
  it('shows a hidden question to its asker only', () => {
    const hidden = [q({ moderationStatus: 1 })];
    expect(filterQuestions(4, hidden, [], { kind: 'all' }, 11)).toEqual([]);
    expect(filterQuestions(4, hidden, [], { kind: 'all' }, 10).map((x) => x.id)).toEqual([1]);
  });
});

describe('figures', () => {
  it('counts asked, share answered and the median hours to a first answer by someone else', () => {
    const qs = [q({ id: 1, acceptedAnswerId: 100 }), q({ id: 2 }), q({ id: 3 }), q({ id: 4, folderCommunityId: 9 })];
    const as = [
      a({ id: 100, questionId: 1, created: '2026-12-01T11:00:00Z' }),
      a({ id: 101, questionId: 2, answererId: 10, created: '2026-12-01T10:00:00Z' }),
      a({ id: 102, questionId: 2, created: '2026-12-01T15:00:00Z' }),
      a({ id: 103, questionId: 4, created: '2026-12-01T10:00:00Z' }),
    ];
    expect(questionFigures(4, qs, as)).toEqual({ asked: 3, answered: 1, shareAnswered: 1 / 3, medianHoursToFirstAnswer: 4 });
    expect(questionFigures(4, [], [])).toEqual({ asked: 0, answered: 0, shareAnswered: 0, medianHoursToFirstAnswer: undefined });
  });
});

describe('bad input', () => {
  it('refuses short or long titles, 20,000 characters of details, 50 topics; a hidden question takes no answers', () => {
    expect(questionProblem({ title: 'x', details: '', topics: [] })).toEqual({ rule: 'titleTooShort', min: 3 });
    expect(questionProblem({ title: 'x'.repeat(256), details: '', topics: [] })).toEqual({ rule: 'titleTooLong', max: 255 });
    expect(questionProblem({ title: 'Fine title', details: 'd'.repeat(20_000), topics: [] })).toEqual({
      rule: 'detailsTooLong',
      max: 10000,
    });
    expect(questionProblem({ title: 'Fine title', details: '', topics: Array.from({ length: 50 }, (_, i) => `t${i}`) })).toEqual({
      rule: 'tooManyTopics',
      max: 10,
    });
    expect(questionProblem({ title: '  <script>x</script>  ', details: '[x](javascript:alert(1))', topics: ['a', 'A '] })).toBeUndefined();
    expect(answerProblem('   ')).toEqual({ rule: 'answerEmpty' });
    expect(answerProblem('ok', q({ moderationStatus: 1 }))).toEqual({ rule: 'questionHidden' });
    expect(normaliseTopics([' a ', 'A', '', 'b  c'])).toEqual(['a', 'b c']);
  });
});

describe('questionProblems', () => {
  it('names every field that is wrong, one problem each', () => {
    expect(questionProblems({ title: 'x', details: 'd'.repeat(20_000), topics: Array.from({ length: 50 }, (_, i) => `t${i}`) })).toEqual([
      { rule: 'titleTooShort', min: 3 },
      { rule: 'detailsTooLong', max: 10_000 },
      { rule: 'tooManyTopics', max: 10 },
    ]);
    expect(questionProblems({ title: 'A fine question', details: '', topics: [] })).toEqual([]);
  });
});

describe('filterQuestions for gardeners', () => {
  it('lists hidden questions too when asked (withHidden), so they can be restored; others see only their own', () => {
    const hidden = q({ id: 3, askerId: 11, moderationStatus: 1, moderationComments: 'Hidden: off topic' });
    expect(filterQuestions(hidden.communityId, [hidden], [], { kind: 'all' }, 99).map((x) => x.id)).toEqual([]);
    expect(filterQuestions(hidden.communityId, [hidden], [], { kind: 'all' }, 11).map((x) => x.id)).toEqual([3]);
    expect(filterQuestions(hidden.communityId, [hidden], [], { kind: 'all' }, 99, true).map((x) => x.id)).toEqual([3]);
  });
});
