/**
 * `--seed demo`: provisions the hub site from the list schema and fills it with the demo programme,
 * through the same PnPjs services the web parts use, each write made as the person who would make
 * it (so Author, content approval and permissions are exercised exactly as on a real site). The
 * communities' folders alone are written in-process (communityFolders, as the scale seed does), with
 * the rows and grants setup would give them over REST.
 */
import { TZDate } from '@date-fns/tz';
import type { SPFI } from '@pnp/sp';
import '../../../src/data/pnpImports.ts';
import { createClients, type ServiceSource } from '../../../src/data/clients.ts';
import { joinList } from '../../../src/data/mappers.ts';
import { membershipFolder, membershipFormValues } from '../../../src/data/membershipWrites.ts';
import { resourceFolder, resourceFormValues } from '../../../src/data/resourceWrites.ts';
import { eventFolder, eventFormValues } from '../../../src/data/eventWrites.ts';
import { createServices } from '../../../src/data/factory.ts';
import { provision } from '../../../src/schema/provision.ts';
import { LIST_TITLES } from '../../../src/schema/lists.ts';
import type { Community, MembershipLevel, MembershipStatus } from '../../../src/domain/models.ts';
import { createGroup } from '../graph/index.ts';
import { DEMO_DOMAIN } from '../identities.ts';
import { seedHeaders } from '../server.ts';
import type { EmuContext, EmulatorUser } from '../types.ts';
import { DEMO_COMMUNITIES, DEMO_PRACTICE_AREAS, DEMO_SUGGESTIONS, EVENT_SERIES, RESOURCE_TEMPLATES } from './demoContent.ts';
import { addHubEvents, addRegistrations, clearOfHolidays, DEMO_PLACES } from './demoRegistrations.ts';
import { addQuestions } from './demoQuestions.ts';
import { communityFolders } from './scale.ts';

const TOPICS = [
  'facilitation',
  'Power BI',
  'copywriting',
  'event risk',
  'coaching',
  'SharePoint',
  'survey design',
  'budgeting',
  'accessibility',
  'stakeholder mapping',
  'process mapping',
  'presenting',
];

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
  const as: SourceOf = (u) => ({
    kind: 'url' as const,
    siteUrl,
    graphUrl,
    headers: { 'X-Emulator-User': typeof u === 'string' ? u : u.userPrincipalName, ...seedHeaders(ctx) },
    // Answered in the process (the same REST API, without a socket a request): faster, and in the order sent.
    fetch: ctx.fetch,
  });
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

  await addPracticeAreas(sp);
  await addCommunities(sp, ctx, idOf, aadOf);
  const communities = await createServices(as(pod)).communities.all();
  // Now that communities exist, one folder per community in each list kept by community, with the
  // grants setup gives it (ensureCommunityFolders in src/schema/provision.ts), written in-process as
  // the scale seed does: the same rows, scopes and role assignments, without ~900 $batch parts.
  communityFolders(
    ctx,
    pod,
    [...communities].sort((a, b) => a.id - b.id).map((c) => ({ id: c.id, gardeners: c.gardeners.map((g) => g.id) })),
  );
  await Promise.all([
    addMemberships(ctx, communities, as),
    addContent(sp, siteUrl, communities, today),
    // Each suggestion tells the POD team in Teams; the seed is done once those are in their feed too.
    ...DEMO_SUGGESTIONS.map(async (s) => {
      const services = createServices(as(upn(s.by)));
      await services.content.suggest(s);
      await services.notifications.idle();
    }),
  ]);
  await Promise.all([addRegistrations(ctx, communities, as, today), addHubEvents(ctx, as, today)]);
  await addQuestions(ctx, communities, as);
}

/** Sends a batch and waits for its parts: a part that fails fails the seed (rather than going unhandled). */
async function sent(parts: Array<Promise<unknown>>, execute: () => Promise<void>): Promise<void> {
  await Promise.all([...parts, execute()]);
}

async function addPracticeAreas(sp: SPFI): Promise<void> {
  const [batched, execute] = sp.batched();
  const list = batched.web.lists.getByTitle(LIST_TITLES.practiceAreas);
  await sent(
    DEMO_PRACTICE_AREAS.map((a) => list.items.add({ Title: a.title, Description: a.description })),
    execute,
  );
}

async function addCommunities(sp: SPFI, ctx: EmuContext, idOf: (h: string) => number, aadOf: (h: string) => string): Promise<void> {
  const [batched, execute] = sp.batched();
  const list = batched.web.lists.getByTitle(LIST_TITLES.communities);
  const parts: Array<Promise<unknown>> = [];
  for (const c of DEMO_COMMUNITIES) {
    const groupId =
      c.status !== 'launched'
        ? ''
        : createGroup(ctx, {
            displayName: c.title,
            mailNickname: c.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
            description: c.domain,
            ownerIds: c.gardeners.map(aadOf),
            memberIds: c.gardeners.map(aadOf),
          });
    parts.push(
      list.items.add({
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
      }),
    );
  }
  await sent(parts, execute);
}

type SourceOf = (u: EmulatorUser | string) => Extract<ServiceSource, { kind: 'url' }>;

interface PlannedMembership {
  community: Community;
  level: MembershipLevel;
  status: MembershipStatus;
}

/**
 * Who joins what: one core membership at most per person (the programme's recommendation), some
 * wider memberships and founding pledges, and a profile for most. Each person writes their own
 * items in one $batch, so Author is really them and the folder permissions apply.
 */
async function addMemberships(ctx: EmuContext, communities: Community[], as: SourceOf): Promise<void> {
  const rand = sequence(42);
  const launched = communities.filter((c) => c.status === 'launched');
  const forming = communities.filter((c) => c.status === 'forming');
  const byTitle = new Map(communities.map((c) => [c.title, c]));
  const gardenerOf = new Map<string, Community>();
  for (const d of DEMO_COMMUNITIES) for (const g of d.gardeners) gardenerOf.set(upn(g), byTitle.get(d.title) as Community);
  const requested = (c: Community): MembershipStatus => (c.joinPolicy === 'open' ? 'active' : 'pending');
  const pick = (): string => TOPICS[Math.floor(rand() * TOPICS.length)];

  const plans = ctx.users.map((user, i) => {
    const own = gardenerOf.get(user.userPrincipalName);
    const items: PlannedMembership[] = [];
    if (own) items.push({ community: own, level: 'core', status: own.status === 'launched' ? requested(own) : 'interested' });
    const core = launched[Math.floor(rand() * launched.length)];
    const wider = launched[Math.floor(rand() * launched.length)];
    const founding = rand() < 0.5 ? forming[Math.floor(rand() * forming.length)] : undefined;
    const profile =
      rand() < 0.6
        ? { CanHelpWith: joinList([pick(), pick()]), WantsToLearn: joinList([pick()]), PracticeArea: user.department }
        : undefined;
    if (!user.roles.includes('sponsor') && i % 7 !== 6) {
      // Some staff (and the sponsors) belong to nothing yet.
      if (!own) items.push({ community: core, level: 'core', status: requested(core) });
      if (wider.id !== core.id && wider.id !== own?.id) items.push({ community: wider, level: 'wider', status: requested(wider) });
      if (founding && founding.id !== own?.id) items.push({ community: founding, level: 'core', status: 'interested' });
    }
    return { user, items, profile };
  });

  // People joined over the past year (launched communities have held sessions for months); pledges
  // to forming communities are recent. A sequence of its own, so who joins what stays as it was.
  const days = sequence(7);
  const today = Date.now();
  const joinedOn = (m: PlannedMembership): Date =>
    new Date(today - Math.floor(m.status === 'interested' ? 5 + days() * 50 : 20 + days() * 330) * 86400000);
  await Promise.all(
    plans.map(async ({ user, items, profile }) => {
      if (items.length === 0 && !profile) return;
      const source = as(user);
      const [batched, execute] = createClients(source).sp.batched();
      const memberships = batched.web.lists.getByTitle(LIST_TITLES.memberships);
      const parts: Array<Promise<unknown>> = items.map((m) =>
        memberships.addValidateUpdateItemUsingPath(
          membershipFormValues(user.displayName, m.community, m.level, m.status, joinedOn(m)),
          membershipFolder(source.siteUrl, m.community.id),
        ),
      );
      if (profile) parts.push(batched.web.lists.getByTitle(LIST_TITLES.profiles).items.add({ Title: user.displayName, ...profile }));
      await sent(parts, execute);
    }),
  );

  // Each gardener of an approval community approves what is waiting, leaving the two newest pending.
  for (const d of DEMO_COMMUNITIES.filter((x) => x.joinPolicy === 'approval' && x.status === 'launched')) {
    const community = byTitle.get(d.title) as Community;
    const source = as(upn(d.gardeners[0]));
    const { items } = await createServices(source).memberships.ofCommunity(community.id);
    const pending = items.filter((m) => m.approval === 'pending' && m.status !== 'interested');
    const [batched, execute] = createClients(source).sp.batched();
    const list = batched.web.lists.getByTitle(LIST_TITLES.memberships);
    const decided = pending.slice(0, Math.max(0, pending.length - 2));
    // A gardener's own request is approved by the POD team: approving one's own would not count.
    const own = decided.filter((m) => community.gardeners.some((g) => g.id === m.member.id));
    await sent(
      decided.filter((m) => !own.includes(m)).map((m) => list.items.getById(m.id).update({ OData__ModerationStatus: 0 })),
      execute,
    );
    const pod = ctx.users.find((u) => u.roles.includes('pod')) as EmulatorUser;
    const podList = createClients(as(pod)).sp.web.lists.getByTitle(LIST_TITLES.memberships);
    for (const m of own) await podList.items.getById(m.id).update({ OData__ModerationStatus: 0 });
  }
}

async function addContent(sp: SPFI, siteUrl: string, communities: Community[], today: Date): Promise<void> {
  const day = 24 * 3600 * 1000;
  const writes: Array<(b: SPFI) => Promise<unknown>> = [];
  const resources: Array<(b: SPFI) => Promise<number>> = [];
  for (const d of DEMO_COMMUNITIES) {
    const community = communities.find((c) => c.title === d.title);
    if (!community || d.status !== 'launched') continue;
    const n = DEMO_COMMUNITIES.indexOf(d);
    for (const [k, r] of RESOURCE_TEMPLATES.entries()) {
      if ((n + k) % 3 === 2) continue;
      // Into the community's folder, approved (by the POD team, who added them).
      resources.push((b) =>
        b.web.lists
          .getByTitle(LIST_TITLES.resources)
          .addValidateUpdateItemUsingPath(
            resourceFormValues(
              {
                title: r.title,
                communityId: community.id,
                resourceType: r.type,
                url: r.url,
                description: r.description,
                reviewDate: new Date(today.getTime() + r.reviewInDays * day).toISOString(),
              },
              community.gardeners[0]?.email,
            ),
            resourceFolder(siteUrl, community.id),
          )
          .then((res) => Number(res.find((x) => x.FieldName === 'Id')?.FieldValue)),
      );
    }
    const series = EVENT_SERIES[n % EVENT_SERIES.length];
    // Anchored at the London wall-clock hour (a 10:00 meeting is 10:00 in London in summer and winter).
    const start = new Date(new TZDate(today.getUTCFullYear(), today.getUTCMonth() - 2, 1, series.hour, 0, 'Europe/London').getTime());
    // None on a public holiday such as Christmas Day (issue 17).
    const clear = clearOfHolidays({
      start: start.toISOString(),
      end: new Date(start.getTime() + series.minutes * 60000).toISOString(),
      recurrence: series.rrule,
    });
    // In the community's folder, where its gardeners can edit it.
    writes.push((b) =>
      b.web.lists.getByTitle(LIST_TITLES.events).addValidateUpdateItemUsingPath(
        eventFormValues({
          title: `${d.title}: ${series.title}`,
          communityId: community.id,
          eventType: series.type,
          ...clear,
          timeZone: 'Europe/London',
          location: 'Teams',
          description: `The regular ${series.title.toLowerCase()} of ${d.title}.`,
          capacity: DEMO_PLACES[d.title]?.places,
        }),
        eventFolder(siteUrl, community.id),
      ),
    );
  }
  await inBatchesOf20(sp, writes);
  // The resources in $batch requests too, in the same order (so with the same ids), then approved.
  const ids = await inBatchesOf20(sp, resources);
  await inBatchesOf20(
    sp,
    ids.map((id) => (b: SPFI) => b.web.lists.getByTitle(LIST_TITLES.resources).items.getById(id).update({ OData__ModerationStatus: 0 })),
  );
}

/** Runs writes in $batch requests one after another, their parts in order; returns their results in order. */
async function inBatchesOf20<T>(sp: SPFI, writes: Array<(b: SPFI) => Promise<T>>): Promise<T[]> {
  const results: T[] = [];
  // SharePoint batches are capped at 20 parts here (see the emulator's $batch limit).
  for (let i = 0; i < writes.length; i += 20) {
    const [batched, execute] = sp.batched();
    const parts = writes.slice(i, i + 20).map((w) => w(batched));
    await sent(parts, execute);
    results.push(...(await Promise.all(parts)));
  }
  return results;
}
