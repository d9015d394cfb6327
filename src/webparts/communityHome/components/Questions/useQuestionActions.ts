import * as React from 'react';
import * as strings from 'CommunityHomeWebPartStrings';
import type { Community, ResourceType } from '../../../../domain/models';
import { HIDDEN_PREFIX, type Answer, type Question, type QuestionDraft } from '../../../../domain/questions';
import type { IContentService, IQuestionService } from '../../../../domain/services';
import { fill } from '../../../../ui/format';
import { actionError } from './questionText';

const Q = strings.Questions;

export interface QuestionsData {
  questions: Question[];
  answers: Answer[];
  nextBefore?: number;
}

type Moderated = { kind: 'question' | 'answer'; id: number; etag?: string };

/** What a reader does to a question; each resolves true when it worked, else says why (what was typed stays). */
export interface QuestionActions {
  answer(q: Question, body: string): Promise<boolean>;
  editQuestion(q: Question, draft: QuestionDraft): Promise<boolean>;
  editAnswer(a: Answer, body: string): Promise<boolean>;
  accept(q: Question, a: Answer): Promise<boolean>;
  hide(item: Moderated, reason: string): Promise<boolean>;
  restore(item: Moderated): Promise<boolean>;
  /** Adds the accepted answer to the shared repertoire, its link back to the question. */
  toRepertoire(q: Question, a: Answer, type: ResourceType): Promise<void>;
}

/**
 * The address of a question: this page opened at its community's Questions section with the question,
 * as notifications and hub search link (`community=5&section=questions&item=12`).
 */
export function questionLink(homeLink: string, q: Pick<Question, 'id' | 'communityId'>): string {
  const url = new URL(homeLink);
  url.hash = '';
  url.searchParams.set('community', String(q.communityId));
  url.searchParams.set('section', 'questions');
  url.searchParams.set('item', String(q.id));
  return url.href;
}

export function useQuestionActions(
  service: IQuestionService,
  content: IContentService,
  community: Community,
  viewerId: number,
  homeLink: string,
  setData: React.Dispatch<React.SetStateAction<QuestionsData | undefined>>,
  say: (message: { error: boolean; text: string } | undefined) => void,
): QuestionActions {
  return React.useMemo(() => {
    /** Reads the question's answers again (an accept, edit or hide changed what counts). */
    const refreshAnswers = async (questionId: number): Promise<void> => {
      const fresh = await service.answersFor([questionId]);
      setData((d) => d && { ...d, answers: [...d.answers.filter((a) => a.questionId !== questionId), ...fresh] });
    };
    const updateQuestion = (q: Question): void => setData((d) => d && { ...d, questions: d.questions.map((x) => (x.id === q.id ? q : x)) });
    const run = async (work: () => Promise<void>): Promise<boolean> => {
      try {
        await work();
        say(undefined);
        return true;
      } catch (e) {
        say({ error: true, text: actionError(e) });
        return false;
      }
    };
    return {
      answer: (q, body) =>
        run(async () => {
          const a = await service.answer(q, body);
          setData((d) => d && { ...d, answers: [...d.answers, a] });
        }),
      editQuestion: (q, draft) => run(async () => updateQuestion(await service.editQuestion(q, draft))),
      editAnswer: (a, body) =>
        run(async () => {
          await service.editAnswer(a, body);
          await refreshAnswers(a.questionId);
        }),
      accept: (q, a) =>
        run(async () => {
          await service.accept(q, a);
          // The asker's acceptance is on the question (its etag changed: later edits send none).
          if (q.askerId === viewerId) updateQuestion({ ...q, acceptedAnswerId: a.id, etag: undefined });
          await refreshAnswers(q.id);
        }),
      hide: (item, reason) =>
        run(async () => {
          await service.hide(item, reason);
          moderated(item, 1, `${HIDDEN_PREFIX}${reason.trim()}`);
        }),
      restore: (item) =>
        run(async () => {
          await service.restore(item);
          moderated(item, 0, 'Restored');
        }),
      async toRepertoire(q, a, type) {
        await content.addResource({
          communityId: community.id,
          title: q.title,
          resourceType: type,
          url: questionLink(homeLink, q),
          description: fill(Q.ResourceDescription, q.title, a.body).slice(0, 1000),
          reviewDate: '',
        });
      },
    };

    function moderated(item: Moderated, status: number, note: string): void {
      setData(
        (d) =>
          d && {
            ...d,
            questions:
              item.kind === 'question'
                ? d.questions.map((x) =>
                    x.id === item.id ? { ...x, moderationStatus: status, moderationComments: note, etag: undefined } : x,
                  )
                : d.questions,
            answers:
              item.kind === 'answer'
                ? d.answers.map((x) =>
                    x.id === item.id ? { ...x, moderationStatus: status, moderationComments: note, etag: undefined } : x,
                  )
                : d.answers,
          },
      );
    }
  }, [service, content, community, viewerId, homeLink, setData, say]);
}
