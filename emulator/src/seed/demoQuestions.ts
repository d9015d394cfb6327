/**
 * The demo's questions and answers (issue 16): a few questions in two communities, asked and answered
 * by staff each as themselves (so Author, the folder and WriteSecurity apply exactly as on a real
 * site), through the same service the web parts use: one answered and accepted by its asker, one with
 * an answer not yet accepted, one unanswered. The people the tests sign in as ask and answer nothing.
 */
import { createServices, type ServiceSource } from '../../../src/data/factory.ts';
import type { Community } from '../../../src/domain/models.ts';
import type { EmuContext, EmulatorUser } from '../types.ts';
import { TEST_PEOPLE } from './demoRegistrations.ts';

interface DemoQuestion {
  community: string;
  title: string;
  details: string;
  topics: string[];
  answers: string[];
  /** The index of the answer its asker accepts. */
  accepted?: number;
}

export const DEMO_QUESTIONS: readonly DemoQuestion[] = [
  {
    community: 'Data and Insight',
    title: 'Where do we find last year’s applications data?',
    details: 'I need the 2025 application numbers by school for a planning paper. Is there a shared source?',
    topics: ['Reporting', 'Data sources'],
    answers: [
      'The planning dashboard has them by school, under Admissions > History.',
      'If you need the raw extract, the data team can share the monthly snapshot.',
    ],
    accepted: 0,
  },
  {
    community: 'Data and Insight',
    title: 'How do we check a survey sample is big enough?',
    details: 'We have 140 responses from about 2,000 staff. Can we report by department?',
    topics: ['Surveys'],
    answers: ['Overall yes; by department only where a department has 20 or more responses.'],
  },
  {
    community: 'Student Recruitment',
    title: 'Can we brainstorm ideas for the spring open day?',
    details: 'Last year’s format felt tired. What has worked elsewhere?',
    topics: ['Open days', 'Events'],
    answers: [],
  },
];

export async function addQuestions(
  ctx: EmuContext,
  communities: readonly Community[],
  as: (u: EmulatorUser) => ServiceSource,
): Promise<void> {
  const people = ctx.users.filter((u) => !TEST_PEOPLE.some((t) => u.userPrincipalName.startsWith(`${t}@`))).slice(-8);
  let next = 0;
  const someone = (): EmulatorUser => people[next++ % people.length];
  for (const d of DEMO_QUESTIONS) {
    const community = communities.find((c) => c.title === d.community);
    if (!community || people.length < 2) continue;
    const asker = createServices(as(someone())).questions;
    if (!asker) return;
    const question = await asker.ask(community.id, d);
    const answers = [];
    for (const body of d.answers) {
      const answerer = createServices(as(someone()));
      answers.push(await answerer.questions!.answer(question, body));
      // The asker is told in Teams; the seed is done once that is in their feed, not while it is sent.
      await answerer.notifications.idle();
    }
    const accepted = d.accepted === undefined ? undefined : answers[d.accepted];
    if (accepted) await asker.accept(question, accepted);
  }
}
