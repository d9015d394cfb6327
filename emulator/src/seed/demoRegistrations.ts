/**
 * The demo's session registrations (issue 17): a few communities give their series a number of
 * places, and staff register for the next session, each as themselves (so Author, the folder and
 * WriteSecurity apply exactly as on a real site), through the same service the web parts use. One
 * community is full, with people on its waiting list; the people the tests sign in as register for
 * nothing, so each test starts from what it sees.
 */
import { createServices, type ServiceSource } from '../../../src/data/factory.ts';
import type { Community } from '../../../src/domain/models.ts';
import { upcomingSessions } from '../../../src/domain/rhythm.ts';
import type { EmuContext, EmulatorUser } from '../types.ts';

/** Places per community's series, and how many people register for its next session. */
export const DEMO_PLACES: Record<string, { places: number; registrants: number }> = {
  'Student Recruitment': { places: 6, registrants: 8 },
  'Data and Insight': { places: 20, registrants: 5 },
};

/** People who sign in in the tests (POD, staff, gardeners, sponsor) register for nothing. */
export const TEST_PEOPLE = ['priya.desai', 'sam.taylor', 'alex.adams', 'grace.okafor', 'liam.obrien', 'mei.chen', 'margaret.whitfield'];

export async function addRegistrations(
  ctx: EmuContext,
  communities: readonly Community[],
  as: (u: EmulatorUser) => ServiceSource,
  today: Date,
): Promise<void> {
  const pod = ctx.users.find((u) => u.roles.includes('pod')) as EmulatorUser;
  const content = createServices(as(pod)).content;
  const people = ctx.users.filter((u) => !TEST_PEOPLE.some((t) => u.userPrincipalName.startsWith(`${t}@`)));
  // Each community's registrants are people of their own (none registers twice), its communities side by side.
  const plans = Object.entries(DEMO_PLACES);
  let first = 0;
  await Promise.all(
    plans.map(async ([title, plan]) => {
      const registrants = people.slice(first, (first += plan.registrants));
      const community = communities.find((c) => c.title === title);
      if (!community) return;
      const [session] = upcomingSessions(await content.events(community.id), today, 92, 1);
      if (!session) return;
      // One after another: the order they registered in is who gets a place.
      for (const person of registrants) await createServices(as(person)).registrations?.register(session.event, session.start);
    }),
  );
}
