/**
 * `--seed scale`: the hub site at the size of a large organisation (by default 2,000 communities,
 * 50,000 people, 200,000 memberships, 20,000 resources, 10,000 events, 50,000 questions and 150,000
 * answers), for `npm run bench` and
 * for trying the screens against lists far past SharePoint's 5,000-item list view threshold.
 *
 * Deterministic (one seeded generator) and fast: the lists, fields, indexes and views are
 * provisioned through the project's own PnPjs provisioning, as on a real site; the communities'
 * folders (with the permissions setup gives them) and the rows are bulk-inserted in-process
 * (insertFolders, insertRows), each row with the Author, folder and approval state that a real
 * member's own request would have left. The demo accounts and the demo communities come first,
 * so the README's names and sign-ins work at scale too.
 */
import '../../../src/data/pnpImports.ts';
import { createClients } from '../../../src/data/clients.ts';
import { membershipFolder } from '../../../src/data/membershipWrites.ts';
import { resourceFolder } from '../../../src/data/resourceWrites.ts';
import { eventFolder } from '../../../src/data/eventWrites.ts';
import { registrationFolder } from '../../../src/data/registrationService.ts';
import { feedbackFolder } from '../../../src/data/feedbackService.ts';
import { questionFolder } from '../../../src/data/questionService.ts';
import {
  EVENT_TYPES,
  RESOURCE_TYPES,
  SUGGESTION_KINDS,
  type CommunityStatus,
  type JoinPolicy,
  type MembershipLevel,
  type MembershipStatus,
} from '../../../src/domain/models.ts';
import { APPROVER_ROLE, ensureCommunityFolders, provision } from '../../../src/schema/provision.ts';
import { ANSWERS, communityFolderName, LIST_SCHEMA, LIST_TITLES, QUESTIONS } from '../../../src/schema/lists.ts';
import type { SiteGroup } from '../../../src/schema/types.ts';
import { createGroup, insertUsers } from '../graph/index.ts';
import { DEMO_DOMAIN, demoGuid } from '../identities.ts';
import { insertFolders, insertRows, type BulkRow } from '../sharepoint/index.ts';
import { GROUP, siteUserFor } from '../sharepoint/principals.ts';
import { all } from '../sharepoint/store.ts';
import { inTransaction } from '../db.ts';
import type { EmuContext, EmulatorUser } from '../types.ts';
import { DEMO_COMMUNITIES, RESOURCE_TEMPLATES } from './demoContent.ts';
import { seedHeaders } from '../server.ts';

export interface ScaleSizes {
  communities: number;
  users: number;
  memberships: number;
  resources: number;
  events: number;
  /** Questions (issue 16), each in its community's folder as its asker's own item. */
  questions: number;
  /** Answers to those questions, in the question's folder. */
  answers: number;
  /** Session registrations (issue 17), each its registrant's own item in its event's community folder. */
  registrations: number;
  /** Feedback on past sessions (issue 17), each its attendee's own item in the community's folder. */
  feedback: number;
}

export const DEFAULT_SCALE: ScaleSizes = {
  communities: 2000,
  users: 50000,
  memberships: 200000,
  resources: 20000,
  events: 10000,
  questions: 50000,
  answers: 150000,
  registrations: 100000,
  feedback: 10000,
};

/**
 * No community gets more questions than this, so its Questions section (filtered on the indexed
 * Community column, newest first) and the counts of a page of communities stay under the threshold.
 */
export const MAX_QUESTIONS_PER_COMMUNITY = 1500;
/** Nor more answers than this: a community's answers are read by the indexed Community column (its health, its report). */
export const MAX_ANSWERS_PER_COMMUNITY = 4000;

/**
 * No community gets more membership items than this, so reading one community's members (filtered on
 * the indexed Community column) stays under the 5,000-item threshold, as the design assumes. The
 * largest real communities of practice are far smaller.
 */
export const MAX_MEMBERSHIPS_PER_COMMUNITY = 3000;

const AREAS = [
  'Communications',
  'Marketing and Recruitment',
  'Events',
  'People',
  'Planning and Insight',
  'Change and Projects',
  'Research',
  'Technical Services',
  'Administration',
  'Finance',
  'Digital',
  'Estates',
  'Library',
  'Student Experience',
  'Governance',
  'Procurement',
  'Health and Safety',
  'Teaching Support',
  'International',
  'Sustainability',
];
const TOPICS = [
  'Data',
  'Design',
  'Accessibility',
  'Budgeting',
  'Coaching',
  'Facilitation',
  'Evaluation',
  'Partnerships',
  'Risk',
  'Automation',
  'Storytelling',
  'Wellbeing',
  'Onboarding',
  'Analytics',
  'Compliance',
  'Outreach',
  'Innovation',
  'Service Design',
  'Leadership',
  'Writing',
];
const KINDS = ['Network', 'Forum', 'Circle', 'Community', 'Guild', 'Collective', 'Practitioners', 'Exchange'];
const GIVEN = [
  'Alex',
  'Bea',
  'Cal',
  'Dee',
  'Eli',
  'Fay',
  'Gus',
  'Hal',
  'Ivy',
  'Jo',
  'Kit',
  'Lou',
  'Max',
  'Ned',
  'Oli',
  'Pip',
  'Ray',
  'Sue',
  'Ted',
  'Uma',
];
const FAMILY = [
  'Ash',
  'Birch',
  'Cedar',
  'Dale',
  'Elm',
  'Fern',
  'Glen',
  'Hazel',
  'Iris',
  'Juniper',
  'Kale',
  'Lark',
  'Moss',
  'Oak',
  'Pine',
  'Reed',
  'Sage',
  'Thorn',
  'Wren',
  'Yew',
];

/** Park–Miller style generator: the same data on every run. */
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

/** Weighted pick; communities get a long-tailed popularity like real programmes. */
function pickWeighted(rand: () => number, cumulative: number[]): number {
  const x = rand() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function generatedUsers(count: number, from: number): EmulatorUser[] {
  return Array.from({ length: Math.max(0, count - from) }, (_, k) => {
    const n = from + k;
    const given = GIVEN[n % GIVEN.length];
    const family = `${FAMILY[Math.floor(n / GIVEN.length) % FAMILY.length]}${n}`;
    const upn = `${given.toLowerCase()}.${family.toLowerCase()}@${DEMO_DOMAIN}`;
    return {
      id: demoGuid(n + 1, 'a11ce'),
      userPrincipalName: upn,
      mail: upn,
      displayName: `${given} ${family}`,
      givenName: given,
      surname: family,
      jobTitle: 'Officer',
      department: AREAS[n % AREAS.length],
      officeLocation: 'Main Campus',
      roles: ['staff'],
    };
  });
}

/**
 * Every community's folder in each list kept in folders per community, with the grants setup gives it
 * over REST (ensureListFolders in src/schema/provision.ts): the list's folder grants to the site's
 * groups, and the community's gardeners at the list's gardener level (the approver level when none is
 * named; nothing more where it is 'none'). Written in bulk (6,000 folders over REST took most of the
 * seed's minute); the same rows and permissions result.
 */
export function communityFolders(ctx: EmuContext, pod: EmulatorUser, communities: Array<{ id: number; gardeners: number[] }>): void {
  const roles = new Map(all<{ id: number; name: string }>(ctx.db, 'SELECT id, name FROM sp_role_defs').map((r) => [r.name, r.id]));
  const groups: Record<SiteGroup, number> = { owners: GROUP.Owners, members: GROUP.Members, visitors: GROUP.Visitors };
  const role = (name: string): number => {
    const id = roles.get(name);
    if (id === undefined) throw new Error(`The site has no '${name}' permission level.`);
    return id;
  };
  for (const spec of LIST_SCHEMA.filter((l) => l.folderPerCommunity)) {
    const named = spec.gardenerRole as string | undefined;
    const gardenerRole = named === 'none' ? undefined : role(named ?? APPROVER_ROLE);
    const grants = (spec.folderGrants ?? spec.permissions.grants).map((g) => ({ principalId: groups[g.group], roleDefId: role(g.role) }));
    insertFolders(
      ctx,
      spec.title,
      pod.userPrincipalName,
      communities.map((c) => ({
        name: communityFolderName(c.id),
        grants: [...grants, ...(gardenerRole === undefined ? [] : c.gardeners.map((g) => ({ principalId: g, roleDefId: gardenerRole })))],
      })),
    );
  }
}

interface PlannedCommunity {
  status: CommunityStatus;
  joinPolicy: JoinPolicy;
}

export async function seedScale(ctx: EmuContext, sizes: ScaleSizes = DEFAULT_SCALE): Promise<void> {
  const rand = generator(20260801);
  // People: the demo accounts, then generated staff, in Graph and as site users.
  const extra = generatedUsers(sizes.users, ctx.users.length);
  insertUsers(ctx.db, extra, ctx.users.length, false);
  ctx.users.push(...extra);
  inTransaction(ctx.db, () => {
    for (const u of extra) siteUserFor(ctx.db, u);
  });
  const pod = ctx.users.find((u) => u.roles.includes('pod')) as EmulatorUser;
  const sponsors = ctx.users.filter((u) => u.roles.includes('sponsor'));
  const person = (): EmulatorUser => ctx.users[Math.floor(rand() * ctx.users.length)];
  const siteId = (u: EmulatorUser): number => siteUserFor(ctx.db, u).id;

  const siteUrl = `${ctx.origin}/sites/cop`;
  const { sp } = createClients({
    kind: 'url',
    siteUrl,
    graphUrl: `${ctx.origin}/graph/v1.0`,
    headers: { 'X-Emulator-User': pod.userPrincipalName, ...seedHeaders(ctx) },
    // Answered in the process, as the demo seed's requests are (no socket a request).
    fetch: ctx.fetch,
  });
  await provision(sp);

  // Communities: the demo programme first, then generated ones across every stage.
  const planned: PlannedCommunity[] = [];
  const communityRows: BulkRow[] = [];
  for (let i = 0; i < sizes.communities; i++) {
    const demo = DEMO_COMMUNITIES[i];
    const r = rand();
    const status: CommunityStatus =
      demo?.status ?? (r < 0.6 ? 'launched' : r < 0.75 ? 'forming' : r < 0.85 ? 'proposed' : r < 0.95 ? 'dormant' : 'closed');
    const joinPolicy: JoinPolicy = demo?.joinPolicy ?? (rand() < 0.7 ? 'open' : 'approval');
    const topic = TOPICS[i % TOPICS.length];
    const area = demo?.practiceArea ?? AREAS[Math.floor(rand() * AREAS.length)];
    const title = demo?.title ?? `${topic} ${KINDS[Math.floor(i / TOPICS.length) % KINDS.length]} ${String(i).padStart(4, '0')}`;
    const gardeners = demo ? [] : Array.from({ length: 1 + Math.floor(rand() * 2) }, person);
    const groupId =
      status === 'launched'
        ? createGroup(ctx, {
            displayName: title,
            mailNickname: `cop-${i}`,
            description: `${topic} in ${area}.`,
            ownerIds: gardeners.map((g) => g.id),
            memberIds: gardeners.map((g) => g.id),
          })
        : null;
    planned.push({ status, joinPolicy });
    communityRows.push({
      author: pod.userPrincipalName,
      values: {
        Title: title,
        PracticeArea: area,
        CopStatus: status,
        JoinPolicy: joinPolicy,
        Domain: demo?.domain ?? `Getting better at ${topic.toLowerCase()} in ${area.toLowerCase()}.`,
        Practice: demo?.practice ?? `Guides, templates and stories about ${topic.toLowerCase()}.`,
        Audience: demo?.audience ?? `Anyone working on ${topic.toLowerCase()}.`,
        SponsorId: siteId(sponsors[i % sponsors.length]),
        GardenersId: gardeners.map(siteId),
        FoundingTarget: status === 'forming' ? 6 + (i % 5) : null,
        Rhythm: demo?.rhythm ?? 'Monthly',
        RhythmDays: demo?.rhythmDays ?? 31,
        GroundRules: 'Be kind, share generously, keep confidences, and welcome newcomers.',
        Tags: demo?.tags ?? `${topic.toLowerCase()}; ${area.toLowerCase()}`,
        GroupId: groupId,
        ContactEmail: gardeners[0]?.mail ?? null,
      },
    });
  }
  const communityIds = insertRows(ctx, LIST_TITLES.communities, communityRows);
  communityFolders(
    ctx,
    pod,
    communityIds.map((id, i) => ({ id, gardeners: communityRows[i].values.GardenersId as number[] })),
  );
  // Setup then finds every community's folder made (each with permissions of its own) and adds anything else it makes.
  await ensureCommunityFolders(sp);

  // Memberships: long-tailed popularity, at most one core membership per person, a few left or declined.
  const weights: number[] = [];
  let total = 0;
  planned.forEach((c, i) => {
    total += c.status === 'launched' || c.status === 'forming' || c.status === 'dormant' ? 1 / (1 + (i % 97)) : 0.01;
    weights.push(total);
  });
  const perCommunity = new Map<number, number>();
  const taken = new Set<string>();
  const hasCore = new Set<number>();
  const memberships: BulkRow[] = [];
  for (let attempts = 0; memberships.length < sizes.memberships && attempts < sizes.memberships * 3; attempts++) {
    const ci = pickWeighted(rand, weights);
    const u = Math.floor(rand() * ctx.users.length);
    const key = `${ci}:${u}`;
    if (taken.has(key) || (perCommunity.get(ci) ?? 0) >= MAX_MEMBERSHIPS_PER_COMMUNITY) continue;
    taken.add(key);
    perCommunity.set(ci, (perCommunity.get(ci) ?? 0) + 1);
    const c = planned[ci];
    const level: MembershipLevel = c.status === 'forming' || (!hasCore.has(u) && rand() < 0.3) ? 'core' : 'wider';
    if (level === 'core' && c.status !== 'forming') hasCore.add(u);
    const r = rand();
    let status: MembershipStatus = c.status === 'forming' ? 'interested' : c.joinPolicy === 'open' ? 'active' : 'pending';
    if (r < 0.05) status = 'left';
    // Members' own items wait for approval (2) unless a gardener decided: approved (0) or rejected (1).
    const modStatus = c.joinPolicy === 'approval' && status === 'pending' ? (r < 0.1 ? 2 : r < 0.13 ? 1 : 0) : 2;
    const user = ctx.users[u];
    // A decision names its approver in Editor (someone other than the member, or it was self-approved).
    const approver = user === pod ? sponsors[0] : pod;
    memberships.push({
      author: user.userPrincipalName,
      folder: membershipFolder(siteUrl, communityIds[ci]),
      modStatus,
      ...(modStatus === 2 ? {} : { editor: approver.userPrincipalName }),
      values: {
        Title: `${user.displayName} — ${communityRows[ci].values.Title as string}`.slice(0, 255),
        CommunityId: communityIds[ci],
        Level: level,
        MemberStatus: status,
        JoinedOn: new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 700) * 86400000).toISOString(),
      },
    });
  }
  insertRows(ctx, LIST_TITLES.memberships, memberships);

  // The shared repertoire and the rhythm, spread over the communities.
  const day = 86400000;
  const now = Date.UTC(2026, 0, 5);
  // Each community's first resource of a type is the standard one every demo community has (its terms
  // of reference, getting started guide, planning toolkit, …), as in the demo; the others are its own.
  const standard = new Set<string>();
  insertRows(
    ctx,
    LIST_TITLES.resources,
    Array.from({ length: sizes.resources }, (_, i) => {
      const type = RESOURCE_TYPES[i % RESOURCE_TYPES.length];
      const communityId = communityIds[pickWeighted(rand, weights)];
      const common = standard.has(`${communityId}:${type}`) ? undefined : RESOURCE_TEMPLATES.find((t) => t.type === type);
      standard.add(`${communityId}:${type}`);
      // In the community's folder, approved by the POD team.
      return {
        author: person().userPrincipalName,
        folder: resourceFolder(siteUrl, communityId),
        modStatus: 0,
        editor: pod.userPrincipalName,
        values: {
          Title: common?.title ?? `${TOPICS[i % TOPICS.length]} ${type} ${i}`,
          CommunityId: communityId,
          ResourceType: type,
          ResourceUrl: { Url: `https://intranet.${DEMO_DOMAIN}/resources/${i}`, Description: `${type} ${i}` },
          Description: common?.description ?? `A ${type} the community shares.`,
          ReviewDate: new Date(now + Math.floor(rand() * 720 - 180) * day).toISOString(),
        },
      };
    }),
  );
  const eventRows: BulkRow[] = Array.from({ length: sizes.events }, (_, i) => {
    const start = now + Math.floor(rand() * 540 - 180) * day + 10 * 3600000;
    const communityId = communityIds[pickWeighted(rand, weights)];
    return {
      author: pod.userPrincipalName,
      folder: eventFolder(siteUrl, communityId),
      values: {
        Title: `${EVENT_TYPES[i % EVENT_TYPES.length]} ${i}`,
        CommunityId: communityId,
        EventType: EVENT_TYPES[i % EVENT_TYPES.length],
        StartTime: new Date(start).toISOString(),
        EndTime: new Date(start + 3600000).toISOString(),
        TimeZone: 'Europe/London',
        Recurrence: i % 4 === 0 ? 'FREQ=MONTHLY;COUNT=12' : null,
        Location: 'Teams',
        Description: 'A session of the community.',
      },
    };
  });
  const eventIds = insertRows(ctx, LIST_TITLES.events, eventRows);
  addSessionItems(ctx, siteUrl, sizes, { rand, person, now, events: eventRows.map((r, i) => ({ id: eventIds[i], values: r.values })) });
  addQuestions(ctx, siteUrl, sizes, { rand, weights, communityIds, titles: communityRows.map((c) => String(c.values.Title)), person, pod });
  insertRows(
    ctx,
    LIST_TITLES.suggestions,
    Array.from({ length: Math.ceil(sizes.communities / 10) }, (_, i) => ({
      author: person().userPrincipalName,
      values: {
        Title: `${TOPICS[(i * 7) % TOPICS.length]} idea ${i}`,
        Description: 'A network we would like to see listed.',
        PracticeArea: AREAS[i % AREAS.length],
        SuggestionKind: SUGGESTION_KINDS[i % SUGGESTION_KINDS.length],
        SuggestionStatus: 'new',
      },
    })),
  );
}

/**
 * Registrations and feedback (issue 17), as members' own items: each registration its registrant's
 * in its event's community folder, for the event's first session (once per person and session);
 * feedback on past sessions only, a whole rating from 1 to 5 and sometimes a comment. Spread over the
 * events, so no community's registrations come near the list view threshold.
 */
function addSessionItems(
  ctx: EmuContext,
  siteUrl: string,
  sizes: ScaleSizes,
  c: { rand: () => number; person: () => EmulatorUser; now: number; events: Array<{ id: number; values: Record<string, unknown> }> },
): void {
  if (!c.events.length) return;
  const pick = (): { id: number; communityId: number; start: string } => {
    const e = c.events[Math.floor(c.rand() * c.events.length)];
    return { id: e.id, communityId: Number(e.values.CommunityId), start: String(e.values.StartTime) };
  };
  const taken = new Set<string>();
  const registrations: BulkRow[] = [];
  for (let attempts = 0; registrations.length < sizes.registrations && attempts < sizes.registrations * 3; attempts++) {
    const e = pick();
    const who = c.person();
    const key = `${e.id}:${who.userPrincipalName}`;
    if (taken.has(key)) continue;
    taken.add(key);
    registrations.push({
      author: who.userPrincipalName,
      folder: registrationFolder(siteUrl, e),
      values: {
        Title: `${who.displayName} — session ${e.id}`.slice(0, 255),
        EventId: e.id,
        CommunityId: e.communityId,
        OccurrenceStart: e.start,
      },
    });
  }
  insertRows(ctx, LIST_TITLES.registrations, registrations);
  const past = c.events.filter((e) => Date.parse(String(e.values.StartTime)) < c.now);
  if (!past.length) return;
  insertRows(
    ctx,
    LIST_TITLES.sessionFeedback,
    Array.from({ length: sizes.feedback }, (_, i) => {
      const e = past[Math.floor(c.rand() * past.length)];
      const who = c.person();
      const communityId = Number(e.values.CommunityId);
      return {
        author: who.userPrincipalName,
        folder: feedbackFolder(siteUrl, { communityId }),
        values: {
          Title: `${who.displayName} — session ${e.id}`.slice(0, 255),
          EventId: e.id,
          CommunityId: communityId,
          OccurrenceStart: String(e.values.StartTime),
          Rating: 1 + Math.floor(c.rand() * 5),
          Comment: i % 3 === 0 ? 'Useful, thank you.' : null,
        },
      };
    }),
  );
}

const ASKS = [
  'How do we get started with',
  'Where can I find examples of',
  'Who has a template for',
  'What works for measuring',
  'Can we brainstorm ideas on',
  'How do other teams handle',
];

/**
 * Questions and answers (issue 16): each question its asker's own item in its community's folder
 * (pending, as a member's own item is: everyone sees it), each answer its answerer's in the
 * question's folder; about half the answered questions have an answer a gardener accepted (approved,
 * Editor the approver), so the answered state is derived as on a real site. Communities are picked by
 * the same popularity as memberships, none past MAX_QUESTIONS_PER_COMMUNITY.
 */
function addQuestions(
  ctx: EmuContext,
  siteUrl: string,
  sizes: ScaleSizes,
  c: {
    rand: () => number;
    weights: number[];
    communityIds: number[];
    titles: string[];
    person: () => EmulatorUser;
    pod: EmulatorUser;
  },
): void {
  if (sizes.questions <= 0 || c.communityIds.length === 0) return;
  const perCommunity = new Map<number, number>();
  const planned: Array<{ ci: number; author: EmulatorUser; title: string }> = [];
  for (let attempts = 0; planned.length < sizes.questions && attempts < sizes.questions * 3; attempts++) {
    const ci = pickWeighted(c.rand, c.weights);
    if ((perCommunity.get(ci) ?? 0) >= MAX_QUESTIONS_PER_COMMUNITY) continue;
    perCommunity.set(ci, (perCommunity.get(ci) ?? 0) + 1);
    const i = planned.length;
    const topic = TOPICS[(i * 7 + ci) % TOPICS.length].toLowerCase();
    planned.push({ ci, author: c.person(), title: `${ASKS[i % ASKS.length]} ${topic} (${i})?` });
  }
  const questionIds = insertRows(
    ctx,
    LIST_TITLES.questions,
    planned.map((q, i) => ({
      author: q.author.userPrincipalName,
      folder: questionFolder(siteUrl, QUESTIONS.url, c.communityIds[q.ci]),
      modStatus: 2,
      values: {
        Title: q.title,
        Details: `Asked in ${c.titles[q.ci]}: ${q.title} Any pointers welcome.`,
        Topics: TOPICS[(i * 7 + q.ci) % TOPICS.length],
        CommunityId: c.communityIds[q.ci],
      },
    })),
  );
  const accepted = new Set<number>();
  const answersIn = new Map<number, number>();
  // Answers go to the first three quarters of the questions; the rest stay unanswered.
  const answered = Math.max(1, Math.floor(planned.length * 0.75));
  const targets: number[] = [];
  for (let attempts = 0; targets.length < sizes.answers && attempts < sizes.answers * 3; attempts++) {
    const qi = Math.floor(c.rand() * answered);
    const n = answersIn.get(planned[qi].ci) ?? 0;
    if (n >= MAX_ANSWERS_PER_COMMUNITY) continue;
    answersIn.set(planned[qi].ci, n + 1);
    targets.push(qi);
  }
  insertRows(
    ctx,
    LIST_TITLES.answers,
    targets.map((qi, i) => {
      const q = planned[qi];
      const accept = !accepted.has(qi) && c.rand() < 0.5;
      if (accept) accepted.add(qi);
      return {
        author: c.person().userPrincipalName,
        folder: questionFolder(siteUrl, ANSWERS.url, c.communityIds[q.ci]),
        modStatus: accept ? 0 : 2,
        ...(accept ? { editor: c.pod.userPrincipalName } : {}),
        values: {
          Title: `Re: ${q.title}`.slice(0, 255),
          QuestionId: questionIds[qi],
          Body: `Answer ${i}: we keep a worked example in the shared repertoire; happy to walk you through it.`,
          CommunityId: c.communityIds[q.ci],
        },
      };
    }),
  );
}
