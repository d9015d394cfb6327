/**
 * `--seed demo`: provisions the hub site from the list schema and fills it with the demo programme,
 * through the same PnPjs services the web parts use, each write made as the person who would make
 * it (so Author, content approval and permissions are exercised exactly as on a real site).
 */
import type { SPFI } from '@pnp/sp';
import '../../../src/data/pnpImports.ts';
import { createClients } from '../../../src/data/clients.ts';
import { createServices } from '../../../src/data/factory.ts';
import { provision } from '../../../src/schema/provision.ts';
import { LIST_TITLES } from '../../../src/schema/lists.ts';
import type { Community } from '../../../src/domain/models.ts';
import { createGroup } from '../graph/index.ts';
import { DEMO_DOMAIN } from '../identities.ts';
import type { EmuContext, EmulatorUser } from '../types.ts';
import { DEMO_COMMUNITIES, DEMO_SUGGESTIONS, EVENT_SERIES, RESOURCE_TEMPLATES } from './demoContent.ts';

const TOPICS = ['facilitation', 'Power BI', 'copywriting', 'event risk', 'coaching', 'SharePoint', 'survey design', 'budgeting', 'accessibility', 'stakeholder mapping', 'process mapping', 'presenting'];

/** A small deterministic generator, so the demo is the same on every run. */
function sequence(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function upn(handle: string): string {
  return `${handle}@${DEMO_DOMAIN}`;
}

export interface DemoSeedOptions {
  /** Today's date for review dates and event series (fixed in tests for stable output). */
  today?: Date;
}

export async function seedDemo(ctx: EmuContext, options: DemoSeedOptions = {}): Promise<void> {
  const today = options.today ?? new Date();
  const siteUrl = `${ctx.origin}/sites/cop`;
  const graphUrl = `${ctx.origin}/graph/v1.0`;
  const as = (u: EmulatorUser | string) => ({ kind: 'url' as const, siteUrl, graphUrl, headers: { 'X-Emulator-User': typeof u === 'string' ? u : u.userPrincipalName } });
  const pod = ctx.users.find((u) => u.roles.includes('pod'));
  if (!pod) throw new Error('The demo needs a POD account.');
  const { sp } = createClients(as(pod));

  await provision(sp);
  const siteUsers = await sp.web.siteUsers.select('Id', 'Email')();
  const spId = new Map(siteUsers.map((u: { Id: number; Email: string }) => [u.Email.toLowerCase(), u.Id]));
  const idOf = (handle: string): number => {
    const id = spId.get(upn(handle));
    if (id === undefined) throw new Error(`Demo user ${handle} is not a site user.`);
    return id;
  };
  const aadOf = (handle: string): string => ctx.users.find((u) => u.userPrincipalName === upn(handle))?.id ?? '';

  const communityIds = await addCommunities(sp, ctx, idOf, aadOf);
  await provision(sp); // now that communities exist: one approval folder per community
  const communities = await createServices(as(pod)).communities.all();
  await addMemberships(ctx, communities, as);
  await addContent(sp, communityIds, today);
  for (const s of DEMO_SUGGESTIONS) {
    await createServices(as(upn(s.by))).content.suggest(s);
  }
}

async function addCommunities(sp: SPFI, ctx: EmuContext, idOf: (h: string) => number, aadOf: (h: string) => string): Promise<number[]> {
  const list = sp.web.lists.getByTitle(LIST_TITLES.communities);
  const ids: number[] = [];
  for (const c of DEMO_COMMUNITIES) {
    let groupId = '';
    if (c.status === 'launched') {
      groupId = createGroup(ctx, {
        displayName: c.title,
        mailNickname: c.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        description: c.domain,
        ownerIds: c.gardeners.map(aadOf),
        memberIds: c.gardeners.map(aadOf),
      });
    }
    const added = await list.items.add({
      Title: c.title,
      PracticeArea: c.practiceArea,
      CopStatus: c.status,
      Domain: c.domain,
      Practice: c.practice,
      Audience: c.audience,
      SponsorId: idOf(c.sponsor),
      GardenersId: c.gardeners.map(idOf),
      JoinPolicy: c.joinPolicy,
      FoundingTarget: c.foundingTarget ?? null,
      Rhythm: c.rhythm,
      RhythmDays: c.rhythmDays ?? null,
      GroundRules: 'Be kind, share generously, keep confidences, and welcome newcomers.',
      Tags: c.tags,
      GroupId: groupId || null,
      ContactEmail: c.gardeners.length ? upn(c.gardeners[0]) : null,
    });
    ids.push((added as { Id: number }).Id);
  }
  return ids;
}

type SourceOf = (u: EmulatorUser | string) => Parameters<typeof createServices>[0];

async function addMemberships(ctx: EmuContext, communities: Community[], as: SourceOf): Promise<void> {
  const rand = sequence(42);
  const launched = communities.filter((c) => c.status === 'launched');
  const forming = communities.filter((c) => c.status === 'forming');
  const byTitle = new Map(communities.map((c) => [c.title, c]));
  const gardenerOf = new Map<string, Community>();
  for (const d of DEMO_COMMUNITIES) for (const g of d.gardeners) gardenerOf.set(upn(g), byTitle.get(d.title) as Community);

  for (const [i, user] of ctx.users.entries()) {
    const services = createServices(as(user));
    const own = gardenerOf.get(user.userPrincipalName);
    if (own) {
      // Gardeners are core members of the community they keep.
      if (own.status === 'launched') await services.memberships.join(own, 'core');
      else await services.memberships.pledge(own);
    }
    if (user.roles.includes('sponsor') || i % 7 === 6) continue; // some staff belong to nothing yet
    const core = launched[Math.floor(rand() * launched.length)];
    if (!own && core) await services.memberships.join(core, 'core');
    const wider = launched[Math.floor(rand() * launched.length)];
    if (wider && wider.id !== core?.id && wider.id !== own?.id) await services.memberships.join(wider, 'wider');
    const founding = forming[Math.floor(rand() * forming.length)];
    if (founding && founding.id !== own?.id && rand() < 0.5) await services.memberships.pledge(founding);
    if (rand() < 0.6) {
      const pick = (): string => TOPICS[Math.floor(rand() * TOPICS.length)];
      await services.content.saveProfile({ canHelpWith: [pick(), pick()], wantsToLearn: [pick()], practiceArea: user.department });
    }
  }

  // Each gardener of an approval community approves most of what is waiting, leaving some pending.
  for (const d of DEMO_COMMUNITIES.filter((x) => x.joinPolicy === 'approval' && x.status === 'launched')) {
    const community = byTitle.get(d.title) as Community;
    const gardener = createServices(as(upn(d.gardeners[0])));
    const { items } = await gardener.memberships.ofCommunity(community.id);
    const pending = items.filter((m) => m.approval === 'pending' && m.status !== 'interested');
    for (const m of pending.slice(0, Math.max(0, pending.length - 2))) await gardener.memberships.decide(m, true);
  }
}

async function addContent(sp: SPFI, communityIds: number[], today: Date): Promise<void> {
  const day = 24 * 3600 * 1000;
  const resources = sp.web.lists.getByTitle(LIST_TITLES.resources);
  const events = sp.web.lists.getByTitle(LIST_TITLES.events);
  for (const [n, id] of communityIds.entries()) {
    const d = DEMO_COMMUNITIES[n];
    if (d.status !== 'launched') continue;
    for (const [k, r] of RESOURCE_TEMPLATES.entries()) {
      if ((n + k) % 3 === 2) continue;
      await resources.items.add({
        Title: r.title,
        CommunityId: id,
        ResourceType: r.type,
        ResourceUrl: { Url: r.url, Description: r.title },
        Description: r.description,
        ReviewDate: new Date(today.getTime() + r.reviewInDays * day).toISOString(),
      });
    }
    const series = EVENT_SERIES[n % EVENT_SERIES.length];
    const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 2, 1, series.hour, 0));
    await events.items.add({
      Title: `${d.title}: ${series.title}`,
      CommunityId: id,
      EventType: series.type,
      StartTime: start.toISOString(),
      EndTime: new Date(start.getTime() + series.minutes * 60000).toISOString(),
      TimeZone: 'Europe/London',
      Recurrence: series.rrule,
      Location: 'Teams',
      Description: `The regular ${series.title.toLowerCase()} of ${d.title}.`,
    });
  }
}
