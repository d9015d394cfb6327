/**
 * Ask the community (issue 16): what a question and its answers mean, derived only from what no
 * reader can forge. SharePoint sets each item's Author, Created and folder (staff add only in the
 * folders setup made), and only a community's gardeners and POD can set its content approval
 * (_ModerationStatus and _ModerationComments). The asker alone can write AcceptedAnswer
 * (WriteSecurity 2), and it is believed only for an answer to that question in that question's folder.
 */

/** Content approval as SharePoint reports it: 0 approved, 1 rejected, 2 pending (and 3 draft). */
export interface Moderation {
  moderationStatus: number;
  moderationComments?: string;
}

export interface Question extends Moderation {
  id: number;
  title: string;
  details: string;
  topics: string[];
  /** The community the asker named; believed only when it is also the item's folder. */
  communityId: number;
  /** The community whose folder holds the item (SharePoint's FileDirRef), undefined elsewhere. */
  folderCommunityId?: number;
  askerId: number;
  askerName: string;
  askerEmail?: string;
  /** The answer id the asker accepted, if any. */
  acceptedAnswerId?: number;
  created: string;
  modified: string;
  etag?: string;
}

export interface Answer extends Moderation {
  id: number;
  questionId: number;
  body: string;
  folderCommunityId?: number;
  answererId: number;
  answererName: string;
  answererEmail?: string;
  created: string;
  modified: string;
  etag?: string;
}

/** The start of a gardener's hiding reason in _ModerationComments; a restore approves without it. */
export const HIDDEN_PREFIX = 'Hidden: ';
/** A gardener's acceptance in _ModerationComments (only approvers write it); kept when the author edits the answer. */
export const ACCEPTED_NOTE = 'Accepted';
/** Unanswered questions are flagged to the gardeners after this long. */
export const FLAG_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

export const QUESTION_LIMITS = { titleMin: 3, titleMax: 255, detailsMax: 10_000, topicsMax: 10, topicMax: 60, bodyMax: 10_000 } as const;

/**
 * Hidden by a gardener: rejected, or rejected and edited since by its author (SharePoint puts an
 * edited item back to pending but keeps the approver's comment, which the author can't write), until
 * a gardener approves it again.
 */
export function isHidden(item: Moderation): boolean {
  if (item.moderationStatus === 0) return false;
  return item.moderationStatus === 1 || (item.moderationComments ?? '').startsWith(HIDDEN_PREFIX);
}

/** The reason a gardener gave for hiding it, shown to its author; undefined when it isn't hidden. */
export function hiddenReason(item: Moderation): string | undefined {
  if (!isHidden(item)) return undefined;
  const c = item.moderationComments ?? '';
  return c.startsWith(HIDDEN_PREFIX) ? c.slice(HIDDEN_PREFIX.length) : c;
}

/** A question counts only in the folder of the community it names. */
export function questionCounts(q: Question): boolean {
  return q.communityId > 0 && q.folderCommunityId === q.communityId;
}

/** The answers that count for a question: to it, in its folder, not hidden; oldest first. */
export function answersOf(q: Question, answers: readonly Answer[]): Answer[] {
  return answers.filter((a) => a.questionId === q.id && a.folderCommunityId === q.folderCommunityId && !isHidden(a)).sort(byCreated);
}

/**
 * The accepted answer: the asker's choice when it is one of the answers that count, otherwise the
 * latest answer a gardener approved (only approvers of the question's folder can approve one there),
 * edited since or not.
 */
export function acceptedAnswer(q: Question, answers: readonly Answer[]): Answer | undefined {
  const counted = answersOf(q, answers);
  const byAsker = q.acceptedAnswerId === undefined ? undefined : counted.find((a) => a.id === q.acceptedAnswerId);
  if (byAsker) return byAsker;
  // An author's edit puts an approved answer back to pending but keeps the approver's note, which
  // the author can't write: the gardener's acceptance survives the edit.
  const approved = counted.filter((a) => a.moderationStatus === 0 || a.moderationComments === ACCEPTED_NOTE);
  return approved[approved.length - 1];
}

export type QuestionState = 'answered' | 'unanswered';

/** Answered once an answer is accepted; until then unanswered, however many answers it has. */
export function questionState(q: Question, answers: readonly Answer[]): QuestionState {
  return acceptedAnswer(q, answers) ? 'answered' : 'unanswered';
}

/** The first answer that counts from someone other than the asker. */
export function firstAnswer(q: Question, answers: readonly Answer[]): Answer | undefined {
  return answersOf(q, answers).find((a) => a.answererId !== q.askerId);
}

/** Flagged to the gardeners: still unanswered this long after it was asked. */
export function isFlagged(q: Question, answers: readonly Answer[], now: Date): boolean {
  return questionState(q, answers) === 'unanswered' && now.getTime() - Date.parse(q.created) >= FLAG_AFTER_DAYS * DAY_MS;
}

function byCreated(a: { created: string; id: number }, b: { created: string; id: number }): number {
  return Date.parse(a.created) - Date.parse(b.created) || a.id - b.id;
}

/** What the gardeners look after: questions of the community that count, not hidden, unanswered, oldest first. */
export function gardenerQueue(communityId: number, questions: readonly Question[], answers: readonly Answer[]): Question[] {
  return questions
    .filter((q) => q.communityId === communityId && questionCounts(q) && !isHidden(q) && questionState(q, answers) === 'unanswered')
    .sort(byCreated);
}

export type QuestionFilter =
  { kind: 'all' } | { kind: 'answered' } | { kind: 'unanswered' } | { kind: 'mine'; userId: number } | { kind: 'topic'; topic: string };

/**
 * The questions of a community a reader sees under a filter, newest first: those that count, without
 * hidden ones except the reader's own (so they see the reason), or all of them for its gardeners
 * (`withHidden`: they restore what they hid).
 */
export function filterQuestions(
  communityId: number,
  questions: readonly Question[],
  answers: readonly Answer[],
  filter: QuestionFilter,
  viewerId?: number,
  withHidden = false,
): Question[] {
  const topic = filter.kind === 'topic' ? filter.topic.trim().toLowerCase() : '';
  return questions
    .filter((q) => q.communityId === communityId && questionCounts(q))
    .filter((q) => withHidden || !isHidden(q) || (viewerId !== undefined && q.askerId === viewerId))
    .filter((q) => {
      switch (filter.kind) {
        case 'answered':
          return questionState(q, answers) === 'answered';
        case 'unanswered':
          return questionState(q, answers) === 'unanswered';
        case 'mine':
          return q.askerId === filter.userId;
        case 'topic':
          return q.topics.some((t) => t.trim().toLowerCase() === topic);
        default:
          return true;
      }
    })
    .sort((a, b) => byCreated(b, a));
}

/** A community's questions and every answer to them, as read (what counts is derived). */
export interface QuestionActivity {
  questions: readonly Question[];
  answers: readonly Answer[];
}

export interface QuestionFigures {
  asked: number;
  answered: number;
  /** answered / asked, 0 when nothing was asked. */
  shareAnswered: number;
  /** Median hours from asking to the first answer by someone else, over questions that have one. */
  medianHoursToFirstAnswer?: number;
}

/** Participation figures of a community's questions (health score, sponsor report). */
export function questionFigures(communityId: number, questions: readonly Question[], answers: readonly Answer[]): QuestionFigures {
  const counted = questions.filter((q) => q.communityId === communityId && questionCounts(q) && !isHidden(q));
  const answered = counted.filter((q) => questionState(q, answers) === 'answered').length;
  const waits = counted
    .map((q) => {
      const first = firstAnswer(q, answers);
      return first ? (Date.parse(first.created) - Date.parse(q.created)) / 3_600_000 : undefined;
    })
    .filter((h): h is number => h !== undefined && Number.isFinite(h))
    .sort((a, b) => a - b);
  const mid = Math.floor(waits.length / 2);
  const median = waits.length === 0 ? undefined : waits.length % 2 ? waits[mid] : (waits[mid - 1] + waits[mid]) / 2;
  return {
    asked: counted.length,
    answered,
    shareAnswered: counted.length ? answered / counted.length : 0,
    medianHoursToFirstAnswer: median,
  };
}

export interface QuestionDraft {
  title: string;
  details: string;
  topics: string[];
}

/** Why a question or an answer can't be posted as it is (the interface says it in words). */
export type QuestionProblem =
  | { rule: 'titleTooShort'; min: number }
  | { rule: 'titleTooLong'; max: number }
  | { rule: 'detailsTooLong'; max: number }
  | { rule: 'tooManyTopics'; max: number }
  | { rule: 'topicTooLong'; max: number }
  | { rule: 'questionHidden' }
  | { rule: 'answerEmpty' }
  | { rule: 'answerTooLong'; max: number };

/** Why a question can't be posted as it is; undefined when it can. */
export function questionProblem(d: QuestionDraft): QuestionProblem | undefined {
  const title = d.title.trim();
  if (title.length < QUESTION_LIMITS.titleMin) return { rule: 'titleTooShort', min: QUESTION_LIMITS.titleMin };
  if (title.length > QUESTION_LIMITS.titleMax) return { rule: 'titleTooLong', max: QUESTION_LIMITS.titleMax };
  if (d.details.length > QUESTION_LIMITS.detailsMax) return { rule: 'detailsTooLong', max: QUESTION_LIMITS.detailsMax };
  const topics = normaliseTopics(d.topics);
  if (topics.length > QUESTION_LIMITS.topicsMax) return { rule: 'tooManyTopics', max: QUESTION_LIMITS.topicsMax };
  if (topics.some((t) => t.length > QUESTION_LIMITS.topicMax)) return { rule: 'topicTooLong', max: QUESTION_LIMITS.topicMax };
  return undefined;
}

/** Every reason a question can't be posted as it is, one per field (title, details, topics), so each is said where it is. */
export function questionProblems(d: QuestionDraft): QuestionProblem[] {
  const fine = 'x'.repeat(QUESTION_LIMITS.titleMin);
  return [
    questionProblem({ title: d.title, details: '', topics: [] }),
    questionProblem({ title: fine, details: d.details, topics: [] }),
    questionProblem({ title: fine, details: '', topics: d.topics }),
  ].filter((p): p is QuestionProblem => p !== undefined);
}

/** Why an answer can't be posted; undefined when it can. A hidden question takes no answers. */
export function answerProblem(body: string, q?: Question): QuestionProblem | undefined {
  if (q && isHidden(q)) return { rule: 'questionHidden' };
  if (body.trim().length === 0) return { rule: 'answerEmpty' };
  if (body.length > QUESTION_LIMITS.bodyMax) return { rule: 'answerTooLong', max: QUESTION_LIMITS.bodyMax };
  return undefined;
}

/** Topics trimmed, without blanks or repeats (ignoring case), in the order given. */
export function normaliseTopics(topics: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of topics) {
    const t = raw.replace(/\s+/g, ' ').trim();
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}
