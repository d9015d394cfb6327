import fc from 'fast-check';
import { answersOf, filterQuestions, gardenerQueue, questionFigures, questionState, type Answer, type Question } from './questions';

const created = fc.integer({ min: 0, max: 60 * 86400 }).map((s) => new Date(Date.UTC(2026, 10, 1) + s * 1000).toISOString());
const moderation = fc.record({
  moderationStatus: fc.constantFrom(0, 1, 2),
  moderationComments: fc.option(fc.constantFrom('Hidden: rude', 'Restored', ''), { nil: undefined }),
});
const question: fc.Arbitrary<Question> = fc
  .record({
    id: fc.integer({ min: 1, max: 30 }),
    communityId: fc.constantFrom(4, 5),
    folderCommunityId: fc.option(fc.constantFrom(4, 5), { nil: undefined }),
    askerId: fc.integer({ min: 1, max: 5 }),
    acceptedAnswerId: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    topics: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
    created,
    m: moderation,
  })
  .map(({ m, ...r }) => ({ ...r, ...m, title: 'Title', details: '', askerName: '', modified: r.created }));
const answer: fc.Arbitrary<Answer> = fc
  .record({
    id: fc.integer({ min: 1, max: 40 }),
    questionId: fc.integer({ min: 1, max: 30 }),
    folderCommunityId: fc.option(fc.constantFrom(4, 5), { nil: undefined }),
    answererId: fc.integer({ min: 1, max: 5 }),
    created,
    m: moderation,
  })
  .map(({ m, ...r }) => ({ ...r, ...m, body: 'b', answererName: '', modified: r.created }));

describe('questions (properties)', () => {
  it('answered and unanswered split every counted question in two; the figures agree with them', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(question, { selector: (x) => x.id, maxLength: 12 }),
        fc.uniqueArray(answer, { selector: (x) => x.id }),
        (qs, as) => {
          const all = filterQuestions(4, qs, as, { kind: 'all' }, -1);
          const yes = filterQuestions(4, qs, as, { kind: 'answered' }, -1);
          const no = filterQuestions(4, qs, as, { kind: 'unanswered' }, -1);
          expect(yes.length + no.length).toBe(all.length);
          const figures = questionFigures(4, qs, as);
          expect(figures.asked).toBe(all.length);
          expect(figures.answered).toBe(yes.length);
          expect(figures.shareAnswered).toBeGreaterThanOrEqual(0);
          expect(figures.shareAnswered).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
  it('nothing from another folder changes what a question shows, and the queue is oldest first', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(question, { selector: (x) => x.id, maxLength: 12 }),
        fc.uniqueArray(answer, { selector: (x) => x.id }),
        (qs, as) => {
          for (const q of qs) {
            const stray = as.filter((x) => x.folderCommunityId !== q.folderCommunityId);
            const rest = as.filter((x) => x.folderCommunityId === q.folderCommunityId);
            expect(questionState(q, [...rest, ...stray])).toBe(questionState(q, rest));
            expect(answersOf(q, as).every((x) => x.questionId === q.id && x.folderCommunityId === q.folderCommunityId)).toBe(true);
          }
          const queue = gardenerQueue(4, qs, as);
          for (let i = 1; i < queue.length; i++) expect(Date.parse(queue[i - 1].created)).toBeLessThanOrEqual(Date.parse(queue[i].created));
        },
      ),
    );
  });
});
