/**
 * Questions (issue 16) at demo and at scale, through the real services as a member of staff: the
 * requests of opening a community's Questions section (the section's own call sequence: one page of
 * questions and their answers, QuestionService.page), the writes of posting a question, and the
 * threshold errors of every questions read a screen makes (the page, a filter, counts and figures of a
 * page of communities, My communities' questions, hub search's question details).
 */
import '../src/data/pnpImports.ts';
import { createServices } from '../src/data/factory.ts';
import type { CopServices } from '../src/domain/services.ts';
import type { RunningEmulator } from '../emulator/src/server.ts';
import { resetStats, stats } from './views.ts';

export interface QuestionFigures {
  /** Requests of opening the Questions section (after the community home's own first view). */
  sectionRequests: number;
  /** Writes of posting one question. */
  writesPerQuestion: number;
  /** Threshold errors over every questions read exercised. */
  throttled: number;
  /** Reads that failed otherwise, with their message. */
  errors: string[];
}

function servicesAs(emu: RunningEmulator, upn: string): CopServices {
  return createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': upn } });
}

export async function measureQuestions(emu: RunningEmulator, upn: string, communityId: number): Promise<QuestionFigures> {
  const errors: string[] = [];
  const staff = servicesAs(emu, upn);
  const questions = staff.questions;
  if (!questions) throw new Error('The services offer no questions.');
  const before = emu.ctx.stats.throttled;
  // The community home has read who I am for its first view; the section's own requests follow.
  await staff.questionFollows?.following([]);
  await resetStats(emu);
  const first = await questions.page(communityId, { kind: 'all' });
  const sectionRequests = (await stats(emu)).requests;

  await resetStats(emu);
  await questions.ask(communityId, {
    title: 'Bench: how many writes does asking take?',
    details: 'Posted by the bench.',
    topics: ['Bench'],
  });
  const writesPerQuestion = (await stats(emu)).writes;

  const communities = (await staff.communities.listing()).slice(0, 30);
  const tries: Array<[string, () => Promise<unknown>]> = [
    ['next page of questions', () => questions.page(communityId, { kind: 'all' }, first.nextBefore)],
    ['unanswered questions', () => questions.page(communityId, { kind: 'unanswered' })],
    ['my questions in a community', async () => questions.page(communityId, { kind: 'mine', userId: (await staff.people.me()).id })],
    ['questions counts of a page of communities', () => staff.questionStats!.counts(communities.map((c) => c.id))],
    ['question figures of a page of communities', () => staff.questionStats!.figures(communities.map((c) => c.id))],
    ['questions I asked or follow', () => staff.questionFollows!.myQuestions()],
    [
      'hub search: question details',
      async () => {
        const page = await staff.search!.search({ text: 'template', scope: { kind: 'question' }, startRow: 0, rowLimit: 10 });
        return staff.search!.questionDetails!(page.hits);
      },
    ],
  ];
  for (const [what, run] of tries) {
    try {
      await run();
    } catch (e) {
      errors.push(`${what}: ${(e as Error).message.slice(0, 160)}`);
    }
  }
  return { sectionRequests, writesPerQuestion, throttled: emu.ctx.stats.throttled - before, errors };
}
