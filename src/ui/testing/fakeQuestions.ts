/**
 * Questions in memory, as SharePoint keeps them: the asker and answerer are whoever is signed in
 * (`as` switches), only they edit their own, only the community's gardeners (`approvers`) hide,
 * restore or approve (a gardener's acceptance), and the asker alone sets their question's accepted
 * answer. Bad input is refused with the problem, as the real service refuses it.
 */
import {
  ACCEPTED_NOTE,
  answerProblem,
  filterQuestions,
  gardenerQueue,
  HIDDEN_PREFIX,
  normaliseTopics,
  questionProblem,
  type Answer,
  type Question,
  type QuestionDraft,
} from '../../domain/questions';
import { MAX_INVITES, type HelperCandidate } from '../../domain/questionRouting';
import type { Person } from '../../domain/models';
import type { IQuestionService } from '../../domain/services';

export type FakeQuestions = IQuestionService & {
  questions: Question[];
  answers: Answer[];
  invited: Person[];
  /** Requests made, by method: a test counts what opening a section cost. */
  calls: string[];
  as(me: { id: number; name: string }): void;
};

const refused = (problem: unknown): Error => Object.assign(new Error('Refused'), { status: 400, problem });
const denied = (): Error => Object.assign(new Error('Access denied'), { status: 403 });

export function fakeQuestions(
  me: { id: number; name: string },
  options: {
    questions?: Question[];
    answers?: Answer[];
    helpers?: HelperCandidate[];
    /** Site user ids allowed to approve, per community (its gardeners). */
    approvers?: Record<number, number[]>;
    pageSize?: number;
    clock?: () => Date;
  } = {},
): FakeQuestions {
  let who = me;
  const clock = options.clock ?? ((): Date => new Date());
  const pageSize = options.pageSize ?? 20;
  let nextId = 1000;
  const approver = (communityId: number | undefined): boolean => (options.approvers?.[communityId ?? 0] ?? []).includes(who.id);
  const stamp = (): string => clock().toISOString();
  const fake: FakeQuestions = {
    questions: [...(options.questions ?? [])],
    answers: [...(options.answers ?? [])],
    invited: [],
    calls: [],
    as(next) {
      who = next;
    },
    async page(communityId, filter, before, withHidden) {
      fake.calls.push('page');
      const read = fake.questions
        .filter((q) => q.communityId === communityId && (before === undefined || q.id < before))
        .filter((q) => filter.kind !== 'mine' || q.askerId === filter.userId)
        .sort((a, b) => b.id - a.id);
      const pageRows = read.slice(0, pageSize);
      const answers = fake.answers.filter((a) => pageRows.some((q) => q.id === a.questionId));
      return {
        questions: filterQuestions(communityId, pageRows, answers, filter, who.id, withHidden),
        answers,
        nextBefore: read.length > pageSize ? pageRows[pageRows.length - 1].id : undefined,
      };
    },
    async unanswered(communityId, after) {
      fake.calls.push('unanswered');
      const read = fake.questions
        .filter((q) => q.communityId === communityId && (after === undefined || q.id > after))
        .sort((a, b) => a.id - b.id);
      const pageRows = read.slice(0, pageSize);
      const answers = fake.answers.filter((a) => pageRows.some((q) => q.id === a.questionId));
      return {
        questions: gardenerQueue(communityId, pageRows, answers),
        answers,
        nextAfter: read.length > pageSize ? pageRows[pageRows.length - 1].id : undefined,
      };
    },
    async byIds(ids) {
      fake.calls.push('byIds');
      return fake.questions.filter((q) => ids.includes(q.id));
    },
    async answersFor(ids) {
      fake.calls.push('answersFor');
      return fake.answers.filter((a) => ids.includes(a.questionId));
    },
    async ask(communityId, draft: QuestionDraft) {
      fake.calls.push('ask');
      const problem = questionProblem(draft);
      if (problem) throw refused(problem);
      const at = stamp();
      const q: Question = {
        id: nextId++,
        title: draft.title.trim(),
        details: draft.details,
        topics: normaliseTopics(draft.topics),
        communityId,
        folderCommunityId: communityId,
        askerId: who.id,
        askerName: who.name,
        created: at,
        modified: at,
        moderationStatus: 2,
        etag: '"1"',
      };
      fake.questions.push(q);
      return q;
    },
    async answer(question, body) {
      fake.calls.push('answer');
      const stored = fake.questions.find((q) => q.id === question.id) ?? question;
      const problem = answerProblem(body, stored);
      if (problem) throw refused(problem);
      const at = stamp();
      const a: Answer = {
        id: nextId++,
        questionId: question.id,
        body,
        folderCommunityId: stored.folderCommunityId,
        answererId: who.id,
        answererName: who.name,
        created: at,
        modified: at,
        moderationStatus: 2,
        etag: '"1"',
      };
      fake.answers.push(a);
      return a;
    },
    async editQuestion(question, draft) {
      fake.calls.push('editQuestion');
      const stored = fake.questions.find((q) => q.id === question.id);
      if (!stored) throw Object.assign(new Error('Not found'), { status: 404 });
      if (stored.askerId !== who.id) throw denied();
      const problem = questionProblem(draft);
      if (problem) throw refused(problem);
      const edited: Question = {
        ...stored,
        title: draft.title.trim(),
        details: draft.details,
        topics: normaliseTopics(draft.topics),
        modified: stamp(),
        moderationStatus: stored.moderationStatus === 0 ? 2 : stored.moderationStatus === 1 ? 2 : stored.moderationStatus,
      };
      fake.questions = fake.questions.map((q) => (q.id === edited.id ? edited : q));
      return edited;
    },
    async editAnswer(answer, body) {
      fake.calls.push('editAnswer');
      const stored = fake.answers.find((a) => a.id === answer.id);
      if (!stored) throw Object.assign(new Error('Not found'), { status: 404 });
      if (stored.answererId !== who.id) throw denied();
      const problem = answerProblem(body);
      if (problem) throw refused(problem);
      // As SharePoint does: an edit goes back to pending and keeps the approver's note.
      const edited: Answer = { ...stored, body, modified: stamp(), moderationStatus: 2 };
      fake.answers = fake.answers.map((a) => (a.id === edited.id ? edited : a));
      return edited;
    },
    async accept(question, answer) {
      fake.calls.push('accept');
      const stored = fake.questions.find((q) => q.id === question.id);
      if (!stored) throw Object.assign(new Error('Not found'), { status: 404 });
      if (stored.askerId === who.id) {
        fake.questions = fake.questions.map((q) => (q.id === stored.id ? { ...q, acceptedAnswerId: answer.id } : q));
      } else if (approver(stored.folderCommunityId)) {
        fake.answers = fake.answers.map((a) => (a.id === answer.id ? { ...a, moderationStatus: 0, moderationComments: ACCEPTED_NOTE } : a));
      } else throw denied();
    },
    async hide(item, reason) {
      fake.calls.push('hide');
      if (!reason.trim()) throw refused({ rule: 'reasonRequired' });
      moderate(item, 1, `${HIDDEN_PREFIX}${reason.trim()}`);
    },
    async restore(item) {
      fake.calls.push('restore');
      moderate(item, 0, 'Restored');
    },
    async helpers(topics) {
      fake.calls.push('helpers');
      return topics.length ? [...(options.helpers ?? [])] : [];
    },
    async invite(question, people) {
      fake.calls.push('invite');
      const unique = people.filter((p, i) => p.id !== question.askerId && people.findIndex((x) => x.id === p.id) === i);
      if (unique.length > MAX_INVITES) throw refused({ rule: 'tooManyInvites' });
      fake.invited.push(...unique);
      return unique;
    },
  };
  function moderate(item: { kind: 'question' | 'answer'; id: number }, status: number, note: string): void {
    const folder =
      item.kind === 'question'
        ? fake.questions.find((x) => x.id === item.id)?.folderCommunityId
        : fake.answers.find((x) => x.id === item.id)?.folderCommunityId;
    if (!approver(folder)) throw denied();
    const change = <T extends { id: number }>(x: T): T =>
      x.id === item.id ? { ...x, moderationStatus: status, moderationComments: note } : x;
    if (item.kind === 'question') fake.questions = fake.questions.map(change);
    else fake.answers = fake.answers.map(change);
  }
  return fake;
}
