/**
 * Threshold safety at scale: every service call a screen or an admin action makes, run through the
 * real PnPjs services as the person who would make it, against the scale emulator. Each action's
 * list view threshold errors (SPQueryThrottledException, counted by the emulator, batch parts too)
 * are recorded; other failures are reported with their message, never hidden.
 */
import '../src/data/pnpImports.ts';
import { createServices } from '../src/data/factory.ts';
import type { Community } from '../src/domain/models.ts';
import { PORTFOLIO_PAGE_SIZE } from '../src/domain/portfolioPaging.ts';
import type { CopServices } from '../src/domain/services.ts';
import type { RunningEmulator } from '../emulator/src/server.ts';

export interface ActionResult {
  action: string;
  throttled: number;
  error?: string;
}

function servicesAs(emu: RunningEmulator, upn: string): CopServices {
  return createServices({ kind: 'url', siteUrl: emu.siteUrl, graphUrl: emu.graphUrl, headers: { 'X-Emulator-User': upn } });
}

export async function exerciseActions(emu: RunningEmulator, staffUpn: string, podUpn: string): Promise<ActionResult[]> {
  const results: ActionResult[] = [];
  const run = async <T>(action: string, fn: () => Promise<T>): Promise<T | undefined> => {
    const before = emu.ctx.stats.throttled;
    try {
      const value = await fn();
      results.push({ action, throttled: emu.ctx.stats.throttled - before });
      return value;
    } catch (e) {
      results.push({ action, throttled: emu.ctx.stats.throttled - before, error: (e as Error).message.slice(0, 160) });
      return undefined;
    }
  };
  const staff = servicesAs(emu, staffUpn);
  const pod = servicesAs(emu, podUpn);

  // Staff: the directory, a community's home, My communities and their own actions.
  await run('setup check', () => staff.setup.check());
  const communities = (await run('all communities', () => staff.communities.all())) ?? [];
  const mine = (await run('my memberships', () => staff.memberships.mine())) ?? [];
  await run('member counts of a page of communities', () => staff.memberships.counts(communities.slice(0, 12)));
  const busiest = communities.find((c) => c.title === 'Data and Insight') ?? communities[0];
  await run('members of a community (first page)', () => staff.memberships.ofCommunity(busiest.id));
  await run('resources of a community', () => staff.content.resources(busiest.id));
  await run('events of a community', () => staff.content.events(busiest.id));
  await run('events of my communities', () => staff.content.eventsOf(mine.map((m) => m.communityId)));
  await run('community by group id', () => staff.communities.getByGroupId(busiest.groupId ?? '00000000-0000-0000-0000-000000000000'));
  await run('my profile', () => staff.content.myProfile());
  await run('save my profile', () =>
    staff.content.saveProfile({ canHelpWith: ['facilitation'], wantsToLearn: ['Power BI'], practiceArea: 'Communications' }),
  );
  await run('suggestions', () => staff.content.suggestions());
  await run('suggest a community', () =>
    staff.content.suggest({ title: 'Bench idea', description: 'Suggested by the bench.', practiceArea: 'Digital', kind: 'new idea' }),
  );
  const joinable = communities.find((c) => c.status === 'launched' && c.joinPolicy === 'open' && !mine.some((m) => m.communityId === c.id));
  const joined = joinable && (await run('join a community', () => staff.memberships.join(joinable, 'wider')));
  if (joined) {
    const changed = await run('change my level', () => staff.memberships.changeLevel(joined, 'wider'));
    await run('leave a community', () => staff.memberships.leave(changed ?? joined));
  }
  const forming = communities.find((c) => c.status === 'forming' && !mine.some((m) => m.communityId === c.id));
  if (forming) await run('pledge as a founding member', () => staff.memberships.pledge(forming));
  const approval = communities.find(
    (c) => c.status === 'launched' && c.joinPolicy === 'approval' && !mine.some((m) => m.communityId === c.id),
  );
  const request = approval && (await run('ask to join an approval community', () => staff.memberships.join(approval, 'wider')));

  // POD: the admin console's reads and actions (a page of the portfolio and the queue are what it opens on).
  await run('admin: a page of the portfolio', () => pod.admin.portfolioPage(communities.slice(0, PORTFOLIO_PAGE_SIZE)));
  await run('admin: the oldest pending requests', () => pod.admin.pendingRequests(101));
  await run('admin: all memberships (the export)', () => pod.admin.memberships());
  await run('admin: all resources', () => pod.admin.resources());
  await run('admin: all events', () => pod.admin.events());
  await run('admin: all profiles', () => pod.admin.profiles());
  if (request) await run('admin: approve a request', () => pod.memberships.decide(request, true));
  const suggestions = (await run('admin: suggestions', () => pod.content.suggestions())) ?? [];
  const fresh = suggestions.filter((s) => s.status === 'new');
  if (fresh[0]) await run('admin: accept a suggestion', () => pod.admin.acceptSuggestion(fresh[0]));
  if (fresh[1]) await run('admin: decline a suggestion', () => pod.admin.declineSuggestion(fresh[1], 'Covered by an existing community.'));
  const launchable: Community | undefined = communities.find((c) => c.status === 'forming' && c.id !== forming?.id);
  if (launchable) await run('admin: launch a community', () => pod.admin.launch(launchable, 'Enough founders pledged.'));
  await run('admin: history of a community', () => pod.admin.history(busiest));
  await run('admin: set up or repair lists (again)', () => pod.setup.provision());
  return results;
}
