/**
 * Questions by community (issue 16): how many each has (directory cards), and its participation
 * figures (health score, sponsor report). Counted from what no reader can forge: a question counts
 * only in the folder of the community it names and not hidden by a gardener (src/domain/questions.ts).
 * Reads filter on the indexed Community lookup of Questions and Answers, in chunks, never the whole
 * list, so no query trips the list view threshold (the scale seed keeps each community's answers under
 * 5,000); they travel with the view's other reads of the moment.
 */
import type { SPFI } from '@pnp/sp';
import { isHidden, questionCounts, questionFigures, type Question, type QuestionActivity, type QuestionFigures } from '../domain/questions';
import type { IQuestionStatsService } from '../domain/services';
import { LIST_TITLES } from '../schema/lists';
import type { SpItem } from './mappers';
import { readAll } from './paging';
import { toAnswer, toQuestion } from './questionService';
import { readsOf } from './readBatcher';

/** Ids per query: an OR of equalities on an indexed lookup keeps the URL short. */
const ID_CHUNK = 60;
export const QUESTION_COUNT_SELECT = [
  'Id',
  'AuthorId',
  'CommunityId',
  'AcceptedAnswer',
  'Created',
  'FileDirRef',
  'OData__ModerationStatus',
  'OData__ModerationComments',
];
export const ANSWER_FIGURE_SELECT = [
  'Id',
  'QuestionId',
  'AuthorId',
  'Created',
  'FileDirRef',
  'OData__ModerationStatus',
  'OData__ModerationComments',
];

function chunks(ids: readonly number[]): number[][] {
  const unique = [...new Set(ids.map((id) => Math.trunc(id)).filter((id) => id > 0))];
  const out: number[][] = [];
  for (let i = 0; i < unique.length; i += ID_CHUNK) out.push(unique.slice(i, i + ID_CHUNK));
  return out;
}

export class QuestionStatsService implements IQuestionStatsService {
  constructor(private readonly sp: SPFI) {}

  private async read(list: string, field: 'CommunityId' | 'QuestionId', ids: readonly number[], select: string[]): Promise<SpItem[]> {
    const reads = readsOf(this.sp);
    const pages = await Promise.all(
      chunks(ids).map((chunk) =>
        readAll(
          this.sp.web.lists
            .getByTitle(list)
            .items.select(...select)
            .filter(chunk.map((id) => `${field} eq ${id}`).join(' or ')),
          reads,
        ),
      ),
    );
    return pages.flat();
  }

  private async questionsOf(communityIds: readonly number[]): Promise<Question[]> {
    const rows = await this.read(LIST_TITLES.questions, 'CommunityId', communityIds, QUESTION_COUNT_SELECT);
    // The asker is the item's Author; only its id is read (no expand): the figures need no names.
    return rows.map(toQuestion);
  }

  public async counts(communityIds: readonly number[]): Promise<Record<number, number>> {
    const questions = await this.questionsOf(communityIds);
    const out: Record<number, number> = {};
    for (const id of communityIds) out[id] = 0;
    for (const q of questions) if (questionCounts(q) && !isHidden(q) && q.communityId in out) out[q.communityId] += 1;
    return out;
  }

  /**
   * The communities' questions (asked since `since`) and their answers, read together in one round
   * trip: answers by their own indexed Community lookup, beside the questions. Which count is derived
   * (answersOf: in the question's folder, to it); an answer filed under another community's name is
   * not read here, which only its own answerer can do to their own answer.
   */
  public async activity(communityIds: readonly number[], since?: Date): Promise<QuestionActivity> {
    const [questions, rows] = await Promise.all([
      this.questionsOf(communityIds),
      this.read(LIST_TITLES.answers, 'CommunityId', communityIds, ANSWER_FIGURE_SELECT),
    ]);
    return { questions: questions.filter((q) => !since || Date.parse(q.created) >= since.getTime()), answers: rows.map(toAnswer) };
  }

  public async figures(communityIds: readonly number[], since?: Date): Promise<Record<number, QuestionFigures>> {
    const { questions, answers } = await this.activity(communityIds, since);
    const out: Record<number, QuestionFigures> = {};
    for (const id of communityIds) out[id] = questionFigures(id, questions, answers);
    return out;
  }
}
