/**
 * Following questions (issue 16), and the questions a person asked or follows (My communities).
 * A follow is an item of Question Follows in the question's community folder, its follower the
 * Author (WriteSecurity 2: nobody follows, or stops following, for someone else). Whoever answers
 * reads the followers to tell them (delegated TeamsActivity.Send, src/data/notifyingServices.ts).
 */
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import type { Person } from '../domain/models';
import { questionState, isHidden, questionCounts, type Question } from '../domain/questions';
import type { IQuestionFollowService, MyQuestion, MyQuestions } from '../domain/services';
import { LIST_TITLES, QUESTION_FOLLOWS, QUESTIONS } from '../schema/lists';
import type { CurrentUserCache } from './currentUser';
import { personSelect, toPerson, type SpItem } from './mappers';
import { communityFolderPath } from './membershipWrites';
import { readsOf } from './readBatcher';
import { QUESTION_FIELDS, toQuestion, type QuestionService } from './questionService';

/** The questions My communities lists of each kind, newest first. */
export const MY_QUESTIONS_LIMIT = 20;
/** Follows read per person: far more than anyone keeps. */
const FOLLOWS_READ = 500;

function status(e: unknown): number | undefined {
  return (e as { status?: number }).status;
}

/** A site set up before Question Follows answers 404 for the list: nobody follows anything there. */
function absentList<T>(fallback: T): (e: unknown) => T {
  return (e: unknown) => {
    if (status(e) === 404) return fallback;
    throw e;
  };
}

export class QuestionFollowService implements IQuestionFollowService {
  constructor(
    private readonly sp: SPFI,
    private readonly me: CurrentUserCache,
    private readonly siteUrl: string,
    private readonly questions: Pick<QuestionService, 'answersFor'>,
  ) {}

  private list(): IList {
    return this.sp.web.lists.getByTitle(LIST_TITLES.questionFollows);
  }

  /** My follow items, by the indexed Author (one request). */
  private async mine(): Promise<SpItem[]> {
    const me = await this.me.siteUser();
    // Through the read batcher: opening the Questions section reads this with its questions, in one request.
    return (await readsOf(this.sp)
      .read(this.list().items.select('Id', 'QuestionId').filter(`AuthorId eq ${me.id}`).orderBy('Id', false).top(FOLLOWS_READ))
      .catch(absentList([]))) as SpItem[];
  }

  public async followedIds(): Promise<number[]> {
    return [...new Set((await this.mine()).map((r) => Number(r.QuestionId)))];
  }

  public async following(questionIds: readonly number[]): Promise<number[]> {
    const wanted = new Set(questionIds.map((id) => Math.trunc(id)));
    return [...new Set((await this.mine()).map((r) => Number(r.QuestionId)).filter((id) => wanted.has(id)))];
  }

  public async follow(question: Pick<Question, 'id' | 'communityId' | 'folderCommunityId'>): Promise<void> {
    // Following twice leaves one follow: what I already follow is read first.
    if ((await this.mine()).some((r) => Number(r.QuestionId) === question.id)) return;
    const community = question.folderCommunityId ?? question.communityId;
    // The folder is under the list's URL, which provisioning makes from its title (lists.ensure).
    await this.list().addValidateUpdateItemUsingPath(
      [
        { FieldName: 'Title', FieldValue: `Question ${Math.trunc(question.id)}` },
        { FieldName: 'Question', FieldValue: String(Math.trunc(question.id)) },
        { FieldName: 'Community', FieldValue: String(Math.trunc(community)) },
      ],
      communityFolderPath(this.siteUrl, QUESTION_FOLLOWS.title, community),
    );
  }

  public async unfollow(question: Pick<Question, 'id'>): Promise<void> {
    const mine = (await this.mine()).filter((r) => Number(r.QuestionId) === question.id);
    for (const r of mine) await this.list().items.getById(Number(r.Id)).delete();
  }

  public async followers(question: Pick<Question, 'id'>): Promise<Person[]> {
    const rows = (await this.list()
      .items.select('Id', ...personSelect('Author'))
      .expand('Author')
      .filter(`QuestionId eq ${Math.trunc(question.id)}`)
      .top(5000)()
      .catch(absentList([]))) as SpItem[];
    const people = rows.map((r) => toPerson(r.Author)).filter((p): p is Person => p !== undefined);
    return people.filter((p, i) => people.findIndex((x) => x.id === p.id) === i);
  }

  public async myQuestions(): Promise<MyQuestions> {
    // Asked (by the indexed Author) and followed at once; then the followed questions and every
    // question's answers, at once: four requests at most, at any size.
    const me = await this.me.siteUser();
    const read = (filter: string): Promise<SpItem[]> =>
      this.sp.web.lists
        .getByTitle(QUESTIONS.title)
        .items.select(...QUESTION_FIELDS, 'Community/Title')
        .expand('Author', 'Community')
        .filter(filter)
        .orderBy('Id', false)
        .top(MY_QUESTIONS_LIMIT)() as Promise<SpItem[]>;
    const [askedRows, follows] = await Promise.all([read(`AuthorId eq ${me.id}`), this.mine()]);
    const asked = askedRows.map((r) => ({ q: toQuestion(r), community: communityTitle(r) }));
    const followedIds = [...new Set(follows.map((r) => Number(r.QuestionId)))]
      .filter((id) => !asked.some((a) => a.q.id === id))
      .slice(0, MY_QUESTIONS_LIMIT);
    const [followedRows, answers] = await Promise.all([
      followedIds.length ? read(followedIds.map((id) => `Id eq ${id}`).join(' or ')) : Promise.resolve([]),
      this.questions.answersFor([...asked.map((a) => a.q.id), ...followedIds]),
    ]);
    const followed = followedRows.map((r) => ({ q: toQuestion(r), community: communityTitle(r) }));
    const view = (q: Question, community?: string): MyQuestion => ({
      question: q,
      communityTitle: community,
      answered: questionState(q, answers) === 'answered',
      answers: answers.filter((a) => a.questionId === q.id && !isHidden(a)).length,
    });
    return {
      asked: asked.filter((a) => questionCounts(a.q)).map((a) => view(a.q, a.community)),
      // Hidden ones are left out of what I follow (I see my own, with the reason, where I asked them).
      followed: followed.filter((f) => questionCounts(f.q) && !isHidden(f.q)).map((f) => view(f.q, f.community)),
    };
  }
}

function communityTitle(row: SpItem): string | undefined {
  const t = (row.Community as { Title?: unknown } | undefined)?.Title;
  return typeof t === 'string' && t ? t : undefined;
}
