/**
 * The question services (issue 16): questions and answers, follows, and the counts and figures by
 * community. Every web part loads this module on first use (factory.ts), in a chunk of its own: the
 * directory's counts, My communities' figures and the community home's Questions tab are all read
 * after the first render, so no first render carries this code.
 */
import type { SPFI } from '@pnp/sp';
import type { CurrentUserCache } from './currentUser';
import { QuestionFollowService } from './questionFollowService';
import { QuestionService } from './questionService';
import { QuestionStatsService } from './questionStats';

export interface QuestionParts {
  questions: QuestionService;
  follows: QuestionFollowService;
  stats: QuestionStatsService;
}

export function createQuestionParts(sp: SPFI, me: CurrentUserCache, siteUrl: string): QuestionParts {
  const questions = new QuestionService(sp, me, siteUrl);
  return { questions, follows: new QuestionFollowService(sp, me, siteUrl, questions), stats: new QuestionStatsService(sp) };
}
