/**
 * Ask the community (issue 16), written as Registrations are: into the community's folder, as the
 * signed-in person, whom SharePoint records as the Author and alone lets edit the item (WriteSecurity
 * 2). One write per question or answer, made once with a client request id. Hiding, restoring and a
 * gardener's acceptance are content approval, which SharePoint lets only that community's gardeners
 * (Approve on its folder) and POD set; the asker's acceptance is their own question's AcceptedAnswer.
 */
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import type { IQuestionService, QuestionPage, QueuePage } from '../domain/services';
import {
  ACCEPTED_NOTE,
  answerProblem,
  filterQuestions,
  gardenerQueue,
  HIDDEN_PREFIX,
  normaliseTopics,
  questionProblem,
  type QuestionProblem,
  type Answer,
  type Moderation,
  type Question,
  type QuestionDraft,
  type QuestionFilter,
} from '../domain/questions';
import type { MemberProfile, Person } from '../domain/models';
import { MAX_INVITES, topicMatch, type HelperCandidate } from '../domain/questionRouting';
import { ANSWERS, LIST_TITLES, QUESTIONS } from '../schema/lists';
import type { CurrentUserCache } from './currentUser';
import { filedCommunityId, personSelect, toPerson, toProfile, type SpItem } from './mappers';
import { MAX_PAGE, readAll } from './paging';
import { communityFolderPath, type IFormValue } from './membershipWrites';
import { readsOf } from './readBatcher';
import { folderCommunity } from './registrationService';
import { addInFolderOnce } from './sessionLists';

const MODERATION = ['OData__ModerationStatus', 'OData__ModerationComments'];
export const QUESTION_FIELDS = [
  'Id',
  'Title',
  'Details',
  'Topics',
  'CommunityId',
  'AcceptedAnswer',
  'Created',
  'Modified',
  'FileDirRef',
  ...MODERATION,
  ...personSelect('Author'),
];
export const ANSWER_FIELDS = ['Id', 'QuestionId', 'Body', 'Created', 'Modified', 'FileDirRef', ...MODERATION, ...personSelect('Author')];
/** Questions read per page of the Questions section. */
export const QUESTION_PAGE_SIZE = 20;

/** Server-relative path of the folder a community's questions (or answers) go in. */
export function questionFolder(siteUrl: string, listUrl: string, communityId: number): string {
  return communityFolderPath(siteUrl, listUrl, communityId);
}

export function questionFormValues(communityId: number, draft: QuestionDraft): IFormValue[] {
  return [
    { FieldName: 'Title', FieldValue: draft.title.trim() },
    { FieldName: 'Details', FieldValue: draft.details },
    { FieldName: 'Topics', FieldValue: normaliseTopics(draft.topics).join('\n') },
    { FieldName: 'Community', FieldValue: String(Math.trunc(communityId)) },
  ];
}

export function answerFormValues(question: Pick<Question, 'id' | 'title' | 'communityId'>, body: string): IFormValue[] {
  return [
    { FieldName: 'Title', FieldValue: `Re: ${question.title}`.slice(0, 255) },
    { FieldName: 'Question', FieldValue: String(Math.trunc(question.id)) },
    { FieldName: 'Body', FieldValue: body },
    { FieldName: 'Community', FieldValue: String(Math.trunc(question.communityId)) },
  ];
}

function moderationOf(item: SpItem): Moderation {
  const status = Number(item.OData__ModerationStatus ?? 0);
  const comments = item.OData__ModerationComments;
  return {
    moderationStatus: Number.isFinite(status) ? status : 0,
    moderationComments: typeof comments === 'string' ? comments : undefined,
  };
}

export function toQuestion(item: SpItem): Question {
  const author = toPerson(item.Author);
  const accepted = Number(item.AcceptedAnswer);
  return {
    id: Number(item.Id),
    title: String(item.Title ?? ''),
    details: String(item.Details ?? ''),
    topics: normaliseTopics(String(item.Topics ?? '').split('\n')),
    communityId: Number(item.CommunityId ?? 0),
    folderCommunityId: folderCommunity(item.FileDirRef) || undefined,
    askerId: author?.id ?? Number(item.AuthorId ?? 0),
    askerName: author?.displayName ?? '',
    askerEmail: author?.email || undefined,
    acceptedAnswerId: item.AcceptedAnswer !== null && item.AcceptedAnswer !== undefined && accepted > 0 ? accepted : undefined,
    created: String(item.Created ?? ''),
    modified: String(item.Modified ?? item.Created ?? ''),
    etag: typeof item['odata.etag'] === 'string' ? item['odata.etag'] : undefined,
    ...moderationOf(item),
  };
}

export function toAnswer(item: SpItem): Answer {
  const author = toPerson(item.Author);
  return {
    id: Number(item.Id),
    questionId: Number(item.QuestionId ?? 0),
    body: String(item.Body ?? ''),
    folderCommunityId: folderCommunity(item.FileDirRef) || undefined,
    answererId: author?.id ?? Number(item.AuthorId ?? 0),
    answererName: author?.displayName ?? '',
    answererEmail: author?.email || undefined,
    created: String(item.Created ?? ''),
    modified: String(item.Modified ?? item.Created ?? ''),
    etag: typeof item['odata.etag'] === 'string' ? item['odata.etag'] : undefined,
    ...moderationOf(item),
  };
}

/** Refuses bad input before any request, in words for the person. */
/** Refuses bad input before anything is sent, as SharePoint would (400), with the problem for the interface to word. */
function refuse(problem: QuestionProblem | { rule: 'reasonRequired' } | undefined): void {
  if (problem) throw Object.assign(new Error(`The question or answer was refused: ${problem.rule}`), { status: 400, problem });
}

/** Matching colleagues whose memberships are read (one request); rankHelpers shows the best ten. */
const MAX_HELPER_READS = 50;

export class QuestionService implements IQuestionService {
  private profiles?: Promise<MemberProfile[]>;

  constructor(
    private readonly sp: SPFI,
    private readonly me: CurrentUserCache,
    private readonly siteUrl: string,
  ) {}

  private questions(): IList {
    return this.sp.web.lists.getByTitle(LIST_TITLES.questions);
  }

  private answers(): IList {
    return this.sp.web.lists.getByTitle(LIST_TITLES.answers);
  }

  public async page(communityId: number, filter: QuestionFilter, before?: number, withHidden = false): Promise<QuestionPage> {
    // One request for a page of the community's questions (newest first, by the indexed CommunityId
    // and, for "mine", Author), one for their answers: two at any size.
    const clauses = [`CommunityId eq ${Math.trunc(communityId)}`];
    if (filter.kind === 'mine') clauses.push(`AuthorId eq ${Math.trunc(filter.userId)}`);
    if (before !== undefined) clauses.push(`Id lt ${Math.trunc(before)}`);
    // Through the read batcher: a read started in the same turn (what I follow) travels with it.
    const rows = (await readsOf(this.sp).read(
      this.questions()
        .items.select(...QUESTION_FIELDS)
        .expand('Author')
        .filter(clauses.join(' and '))
        .orderBy('Id', false)
        .top(QUESTION_PAGE_SIZE + 1),
    )) as SpItem[];
    const read = rows.slice(0, QUESTION_PAGE_SIZE).map(toQuestion);
    const answers = await this.answersFor(read.map((q) => q.id));
    const viewer = (await this.me.siteUser()).id;
    return {
      // Hidden ones are a gardener's decision, not a permission: SharePoint shows them to every reader
      // (draftVisibility 0), so listing them for the gardeners who may restore them reveals nothing.
      questions: filterQuestions(communityId, read, answers, filter, viewer, withHidden),
      answers,
      nextBefore: rows.length > QUESTION_PAGE_SIZE ? read[read.length - 1].id : undefined,
    };
  }

  public async unanswered(communityId: number, after?: number): Promise<QueuePage> {
    // The community's questions oldest first by the indexed CommunityId and Id, a page at a time
    // (the first comparison is on an indexed column, as the list view threshold asks), and their
    // answers: two requests a page. Hidden and answered ones are left out here, so a page can show
    // fewer than it read; `nextAfter` goes on from the last one read.
    const clauses = [`CommunityId eq ${Math.trunc(communityId)}`];
    if (after !== undefined) clauses.push(`Id gt ${Math.trunc(after)}`);
    const rows = (await this.questions()
      .items.select(...QUESTION_FIELDS)
      .expand('Author')
      .filter(clauses.join(' and '))
      .orderBy('Id', true)
      .top(QUESTION_PAGE_SIZE + 1)()) as SpItem[];
    const read = rows.slice(0, QUESTION_PAGE_SIZE).map(toQuestion);
    const answers = await this.answersFor(read.map((q) => q.id));
    return {
      questions: gardenerQueue(communityId, read, answers),
      answers,
      nextAfter: rows.length > QUESTION_PAGE_SIZE ? read[read.length - 1].id : undefined,
    };
  }

  /** Questions by id (up to 100 a call: the filter stays short), any community; those I can't read are left out. */
  public async byIds(ids: readonly number[]): Promise<Question[]> {
    const wanted = [...new Set(ids.map((id) => Math.trunc(id)).filter((id) => id > 0))].slice(0, 100);
    if (wanted.length === 0) return [];
    const rows = (await this.questions()
      .items.select(...QUESTION_FIELDS)
      .expand('Author')
      .filter(wanted.map((id) => `Id eq ${id}`).join(' or '))
      .top(wanted.length)()) as SpItem[];
    return rows.map(toQuestion);
  }

  /** The question each answer (by id) answers, believed only in the question's folder (checked by the caller). */
  public async questionsOfAnswers(answerIds: readonly number[]): Promise<Map<number, number>> {
    const wanted = [...new Set(answerIds.map((id) => Math.trunc(id)).filter((id) => id > 0))].slice(0, 100);
    if (wanted.length === 0) return new Map();
    const rows = (await this.answers()
      .items.select('Id', 'QuestionId')
      .filter(wanted.map((id) => `Id eq ${id}`).join(' or '))
      .top(wanted.length)()) as SpItem[];
    return new Map(rows.map((r) => [Number(r.Id), Number(r.QuestionId ?? 0)]));
  }

  public async answersFor(questionIds: readonly number[]): Promise<Answer[]> {
    const ids = [...new Set(questionIds.map((id) => Math.trunc(id)).filter((id) => id > 0))];
    if (ids.length === 0) return [];
    const rows = (await this.answers()
      .items.select(...ANSWER_FIELDS)
      .expand('Author')
      .filter(ids.map((id) => `QuestionId eq ${id}`).join(' or '))
      .orderBy('Id', true)
      .top(5000)()) as SpItem[];
    return rows.map(toAnswer);
  }

  public async ask(communityId: number, draft: QuestionDraft): Promise<Question> {
    refuse(questionProblem(draft));
    const me = await this.me.siteUser();
    const item = await addInFolderOnce(
      this.questions(),
      questionFormValues(communityId, draft),
      questionFolder(this.siteUrl, QUESTIONS.url, communityId),
      {
        authorId: me.id,
        select: QUESTION_FIELDS,
        expand: ['Author'],
      },
    );
    return toQuestion(item);
  }

  public async answer(question: Question, body: string): Promise<Answer> {
    refuse(answerProblem(body, question));
    const me = await this.me.siteUser();
    const folder = questionFolder(this.siteUrl, ANSWERS.url, question.folderCommunityId ?? question.communityId);
    const item = await addInFolderOnce(this.answers(), answerFormValues(question, body), folder, {
      authorId: me.id,
      select: ANSWER_FIELDS,
      expand: ['Author'],
    });
    return toAnswer(item);
  }

  public async editQuestion(question: Question, draft: QuestionDraft): Promise<Question> {
    refuse(questionProblem(draft));
    // With its etag: a stale edit fails with 412 rather than overwriting a newer version.
    await this.questions()
      .items.getById(question.id)
      .update(
        { Title: draft.title.trim(), Details: draft.details, Topics: normaliseTopics(draft.topics).join('\n') },
        question.etag ?? '*',
      );
    return this.readQuestion(question.id);
  }

  public async editAnswer(answer: Answer, body: string): Promise<Answer> {
    refuse(answerProblem(body));
    await this.answers()
      .items.getById(answer.id)
      .update({ Body: body }, answer.etag ?? '*');
    return this.readAnswer(answer.id);
  }

  public async accept(question: Question, answer: Answer): Promise<void> {
    const me = await this.me.siteUser();
    if (me.id === question.askerId) {
      await this.questions()
        .items.getById(question.id)
        .update({ AcceptedAnswer: answer.id }, question.etag ?? '*');
    } else {
      // A gardener's acceptance: approving the answer, which only approvers of its folder can do.
      await this.answers()
        .items.getById(answer.id)
        .update({ OData__ModerationStatus: 0, OData__ModerationComments: ACCEPTED_NOTE }, answer.etag ?? '*');
    }
  }

  public async hide(item: { kind: 'question' | 'answer'; id: number; etag?: string }, reason: string): Promise<void> {
    const why = reason.trim();
    refuse(why ? undefined : { rule: 'reasonRequired' }); // its author sees the reason
    await this.moderate(item, { OData__ModerationStatus: 1, OData__ModerationComments: `${HIDDEN_PREFIX}${why}`.slice(0, 1000) });
  }

  public async restore(item: { kind: 'question' | 'answer'; id: number; etag?: string }): Promise<void> {
    await this.moderate(item, { OData__ModerationStatus: 0, OData__ModerationComments: 'Restored' });
  }

  private async moderate(
    item: { kind: 'question' | 'answer'; id: number; etag?: string },
    changes: Record<string, unknown>,
  ): Promise<void> {
    const list = item.kind === 'question' ? this.questions() : this.answers();
    await list.items.getById(Math.trunc(item.id)).update(changes, item.etag ?? '*');
  }

  public async helpers(topics: readonly string[]): Promise<HelperCandidate[]> {
    const asked = normaliseTopics(topics);
    if (asked.length === 0) return [];
    const profiles = await this.allProfiles();
    const matching = profiles
      .filter((p) => p.person.id > 0 && p.canHelpWith.some((o) => asked.some((a) => topicMatch(a, o) > 0)))
      .slice(0, MAX_HELPER_READS);
    if (matching.length === 0) return [];
    // Their memberships by the indexed Author, with their communities' titles: one request.
    const rows = (await this.sp.web.lists
      .getByTitle(LIST_TITLES.memberships)
      .items.select('AuthorId', 'CommunityId', 'Community/Title', 'FileDirRef', 'MemberStatus', 'OData__ModerationStatus')
      .expand('Community')
      .filter(matching.map((p) => `AuthorId eq ${Math.trunc(p.person.id)}`).join(' or '))
      .top(MAX_PAGE)()) as SpItem[];
    const communities = new Map<number, Array<{ id: number; title: string }>>();
    for (const row of rows) {
      const id = filedCommunityId(row);
      const title = (row.Community as { Title?: unknown } | undefined)?.Title;
      // Active and not declined (content approval 1): who they are in the hub, not a permission.
      if (id <= 0 || row.MemberStatus !== 'active' || Number(row.OData__ModerationStatus) === 1 || typeof title !== 'string') continue;
      const person = Number(row.AuthorId);
      const list = communities.get(person) ?? [];
      if (!list.some((c) => c.id === id)) list.push({ id, title });
      communities.set(person, list);
    }
    return matching.map((p) => ({ person: p.person, canHelpWith: p.canHelpWith, communities: communities.get(p.person.id) ?? [] }));
  }

  public async invite(question: Question, people: readonly Person[]): Promise<Person[]> {
    const unique = people.filter((p, i) => p.id !== question.askerId && people.findIndex((x) => x.id === p.id) === i);
    if (unique.length > MAX_INVITES) throw Object.assign(new Error('At most five colleagues are invited'), { status: 400 });
    return unique;
  }

  /** Everyone's profiles, read once per page (by Id, 5,000 a request: never an unindexed filter). */
  private allProfiles(): Promise<MemberProfile[]> {
    this.profiles ??= readAll(
      this.sp.web.lists
        .getByTitle(LIST_TITLES.profiles)
        .items.select('Id', 'CanHelpWith', 'AuthorId', ...personSelect('Author'))
        .expand('Author'),
    ).then(
      (rows) => rows.map(toProfile),
      (e: unknown) => {
        this.profiles = undefined;
        throw e;
      },
    );
    return this.profiles;
  }

  private async readQuestion(id: number): Promise<Question> {
    return toQuestion(
      await this.questions()
        .items.getById(id)
        .select(...QUESTION_FIELDS)
        .expand('Author')(),
    );
  }

  private async readAnswer(id: number): Promise<Answer> {
    return toAnswer(
      await this.answers()
        .items.getById(id)
        .select(...ANSWER_FIELDS)
        .expand('Author')(),
    );
  }
}
