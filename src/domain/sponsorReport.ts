/**
 * The sponsor report: a one-page account of whether a community is alive and what it produces —
 * members over time, sessions held, resources added and gaps on its knowledge map — over a period
 * of whole months (see reportPeriod). Pure, so the printed page and its tests agree.
 */
import type { MembershipRecord, ResourceRecord } from './adminModels';
import { knowledgeGaps, knowledgeMap, type TopicEntry } from './knowledgeMap';
import { effectiveStatus } from './membershipRules';
import type { Community, CommunityEvent, MemberProfile, Person, SessionRecord } from './models';
import { participation, type Participation } from './participation';
import { questionFigures, type QuestionActivity, type QuestionFigures } from './questions';
import { monthEnd, monthOf, monthsOf, monthStart, normalisePeriod, presetPeriod, type ReportPeriod } from './reportPeriod';
import { currentRhythmDays, sessionsBetween, type Session } from './rhythm';
import { compareTitles } from './titleOrder';

export interface MembersAt {
  /** yyyy-mm of the month's end the count is taken at. */
  month: string;
  members: number;
}

/** Someone who first became a member during the period, and when. */
export interface NewMember {
  person: Person;
  joined: Date;
}

export interface SponsorReport {
  community: Community;
  period: ReportPeriod;
  from: Date;
  /** The end of the period: the last month's end, or now when the period runs to this month. */
  to: Date;
  /** Active members (core and wider) at the end of each month of the period, the last at `to`. */
  membersOverTime: MembersAt[];
  activeNow: { core: number; wider: number };
  /** Sessions that started in the period, most recent first. */
  sessions: Session[];
  /** Resources added in the period (by SharePoint's Created), newest first. */
  resourcesAdded: ResourceRecord[];
  /**
   * People whose first time as a member (see membershipSpans) falls in the period, newest first:
   * someone who left and came back is not new; someone who joined and left since still joined.
   */
  newMembers: NewMember[];
  /** Topics members want to learn that nobody in the community offers. */
  gaps: TopicEntry[];
  /** Who came to its sessions in the period (issue 17), when the records were read. */
  participation?: Participation;
  /** Questions asked there in the period, the share answered and the median time to a first answer (issue 16), when read. */
  questions?: QuestionFigures;
}

export interface SponsorReportInput {
  community: Community;
  memberships: readonly MembershipRecord[];
  events: readonly CommunityEvent[];
  resources: readonly ResourceRecord[];
  /** Everyone's profiles; only the community's active members' count. */
  profiles: readonly MemberProfile[];
  now: Date;
  /** The months reported (default: the last twelve, this one included). */
  period?: ReportPeriod;
  /** What its gardeners recorded of its sessions (Session Records); without them, no participation. */
  records?: readonly SessionRecord[];
  /** Its questions and their answers; without them, no question figures. */
  questions?: QuestionActivity;
}

/** A stretch of time a person belonged, [start, end) in epoch ms. */
export interface Span {
  start: number;
  end: number;
}

function instant(iso: string | undefined): number | undefined {
  const t = Date.parse(iso ?? '');
  return Number.isNaN(t) ? undefined : t;
}

/**
 * When a membership item made its author a member, from what SharePoint records of it:
 * - its versions (`statusHistory`): each status holds from its version until the next, so a pledge
 *   counts from the launch that made it a membership, not from the pledge, a member who left stops
 *   counting when they left, and one who came back counts again from then;
 * - the first state starts at JoinedOn, which is when the person joined (an imported membership's
 *   item is newer than the membership); Created otherwise;
 * - without versions, a member who left is known only to have left by the item's last change.
 * Declined requests never count; nor does a current request still waiting for a decision.
 */
export function membershipSpans(m: MembershipRecord, community: Pick<Community, 'joinPolicy'>): Span[] {
  const effective = effectiveStatus(m, community);
  if (effective === 'declined') return [];
  const steps = m.statusHistory?.length ? m.statusHistory : [{ when: m.created ?? m.joinedOn ?? '', status: m.status }];
  const first = instant(m.joinedOn) ?? instant(m.created) ?? instant(steps[0].when) ?? 0;
  const spans: Span[] = [];
  steps.forEach((step, i) => {
    const start = i === 0 ? first : (instant(step.when) ?? first);
    const next = steps[i + 1];
    const end = next ? (instant(next.when) ?? Infinity) : Infinity;
    const isLast = !next;
    // The current state is believed as a reader would (approval, join policy); earlier ones as stored.
    // A member's own edit (a change of level) awaits approval again, but they were a member before it
    // and stay one meanwhile: readers still see the approved version.
    const stillMember = i > 0 && steps[i - 1].status === 'active' && step.status === 'active' && effective === 'pending';
    const member = isLast ? effective === 'active' || stillMember : step.status === 'active';
    if (member && end > start) spans.push({ start, end });
  });
  if (!m.statusHistory?.length && m.status === 'left' && m.approval !== 'rejected') {
    spans.push({ start: first, end: Math.max(first, instant(m.modified) ?? first) });
  }
  return spans;
}

function belongsAt(spans: readonly Span[], t: number): boolean {
  return spans.some((s) => s.start <= t && t < s.end);
}

export function sponsorReport(input: SponsorReportInput): SponsorReport {
  const { community, now } = input;
  const period = normalisePeriod(input.period ?? presetPeriod('last12', now), now);
  const from = monthStart(period.from);
  const to = period.to === monthOf(now) ? now : monthEnd(period.to);
  const own = input.memberships.filter((m) => m.communityId === community.id);
  const spans = own.map((m) => ({ id: m.member.id, spans: membershipSpans(m, community) }));
  const membersOverTime: MembersAt[] = monthsOf(period).map((month) => {
    const t = month === period.to ? to.getTime() : monthEnd(month).getTime();
    const ids = new Set(spans.filter((s) => belongsAt(s.spans, t)).map((s) => s.id));
    return { month, members: ids.size };
  });
  const newMembers = newMembersBetween(own, spans, from.getTime(), to.getTime());
  const active = own.filter((m) => effectiveStatus(m, community) === 'active');
  const core = new Set(active.filter((m) => m.level === 'core').map((m) => m.member.id));
  const wider = new Set(active.filter((m) => !core.has(m.member.id)).map((m) => m.member.id));
  const sessions = input.events
    .filter((e) => e.communityId === community.id)
    .flatMap((e) => sessionsBetween(e, from, to))
    .filter((s) => s.start.getTime() <= to.getTime() && s.start.getTime() <= now.getTime())
    .sort((a, b) => b.start.getTime() - a.start.getTime());
  const resourcesAdded = input.resources
    .filter(
      (r) =>
        r.communityId === community.id && r.created && Date.parse(r.created) >= from.getTime() && Date.parse(r.created) <= to.getTime(),
    )
    .sort((a, b) => Date.parse(b.created ?? '') - Date.parse(a.created ?? ''));
  const memberIds = new Set([...core, ...wider, ...community.gardeners.map((g) => g.id)]);
  const gaps = knowledgeGaps(knowledgeMap(input.profiles.filter((p) => memberIds.has(p.person.id))));
  return {
    community,
    period,
    from,
    to,
    membersOverTime,
    activeNow: { core: core.size, wider: wider.size },
    sessions,
    resourcesAdded,
    newMembers,
    gaps,
    participation: input.records
      ? participation(
          input.events.filter((e) => e.communityId === community.id),
          input.records,
          currentRhythmDays(
            community,
            input.events.filter((e) => e.communityId === community.id),
            now,
          ),
          from,
          new Date(Math.min(to.getTime(), now.getTime())),
        )
      : undefined,
    questions: input.questions ? questionsBetween(community.id, input.questions, from, to) : undefined,
  };
}

/** The figures of the questions asked in the community between `from` and `to` (their answers whenever given). */
function questionsBetween(communityId: number, activity: QuestionActivity, from: Date, to: Date): QuestionFigures {
  const asked = activity.questions.filter((q) => {
    const t = Date.parse(q.created);
    return t >= from.getTime() && t <= to.getTime();
  });
  return questionFigures(communityId, asked, activity.answers);
}

/** Each person once, by the first moment any of their membership items made them a member. */
function newMembersBetween(
  own: readonly MembershipRecord[],
  spans: ReadonlyArray<{ id: number; spans: Span[] }>,
  from: number,
  to: number,
): NewMember[] {
  const first = new Map<number, number>();
  for (const { id, spans: list } of spans) {
    for (const span of list) first.set(id, Math.min(first.get(id) ?? Infinity, span.start));
  }
  const people = new Map(own.map((m) => [m.member.id, m.member]));
  return [...first]
    .filter(([, start]) => start >= from && start <= to)
    .sort((a, b) => b[1] - a[1] || compareTitles(people.get(a[0])?.displayName ?? '', people.get(b[0])?.displayName ?? ''))
    .flatMap(([id, start]) => {
      const person = people.get(id);
      return person ? [{ person, joined: new Date(start) }] : [];
    });
}

// Who may read it, and whose it is, live apart (no report arithmetic), for the first views to ask.
export { canReadReport, sponsoredBy } from './reportAccess';
