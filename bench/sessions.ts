/**
 * Sessions (issue 17) at demo and scale: the writes of registering for a session (budget 1), and the
 * threshold errors of every registration, session record and feedback read a screen makes (a
 * community's, my communities', the hub's), run through the real services as staff.
 */
import '../src/data/pnpImports.ts';
import { createServices } from '../src/data/factory.ts';
import { upcomingSessions } from '../src/domain/rhythm.ts';
import type { RunningEmulator } from '../emulator/src/server.ts';
import { resetStats, stats } from './views.ts';

export interface SessionsResult {
  /** Writes of one registration; undefined when no community had a session to register for. */
  writesPerRegistration?: number;
  /** Threshold errors over every sessions read exercised. */
  throttled: number;
  errors: string[];
}

export async function measureSessions(emu: RunningEmulator, upn: string): Promise<SessionsResult> {
  const errors: string[] = [];
  const staff = createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': upn } });
  const registrations = staff.registrations;
  if (!registrations) throw new Error('The services offer no registrations.');
  const before = emu.ctx.stats.throttled;
  const communities = await staff.communities.all();
  const mine = await staff.memberships.mine();
  const ids = communities.map((c) => c.id);
  const busiest = communities.find((c) => c.title === 'Data and Insight') ?? communities[0];
  const tries: Array<[string, () => Promise<unknown>]> = [
    ['registrations of a community', () => registrations.forCommunity(busiest.id)],
    ['registrations of my communities', () => registrations.forCommunities(mine.map((m) => m.communityId))],
    ['registrations of a page of communities', () => registrations.forCommunities(ids.slice(0, 60))],
    ["registrations for the hub's sessions", () => registrations.forHub?.() ?? Promise.resolve([])],
    ["the hub's sessions", () => staff.content.hubEvents?.() ?? Promise.resolve([])],
    ['session records of a community', () => staff.sessionRecords?.ofCommunity(busiest.id) ?? Promise.resolve([])],
    ['feedback of a community', () => staff.feedback?.ofCommunity(busiest.id) ?? Promise.resolve([])],
  ];
  for (const [what, run] of tries) {
    try {
      await run();
    } catch (e) {
      errors.push(`${what}: ${(e as Error).message.slice(0, 160)}`);
    }
  }
  // One registration, for the next session of the first community with one ahead.
  let writesPerRegistration: number | undefined;
  const events = await staff.content.eventsOf(ids.slice(0, 60));
  const [next] = upcomingSessions(events, new Date(), 366, 1);
  if (next) {
    await resetStats(emu);
    const r = await registrations.register(next.event, next.start);
    writesPerRegistration = (await stats(emu)).writes;
    await registrations.cancel(r);
  } else errors.push('no session ahead to register for');
  return { writesPerRegistration, throttled: emu.ctx.stats.throttled - before, errors };
}
