/**
 * The sponsor report: a one-page account of whether a community is alive and what it produces —
 * members over time, sessions held, resources added and gaps on its knowledge map — over a period
 * that ends today. Pure, so the printed page and its tests agree.
 */
import type { MembershipRecord, ResourceRecord } from './adminModels';
import { knowledgeGaps, knowledgeMap, type TopicEntry } from './knowledgeMap';
import { effectiveStatus } from './membershipRules';
import type { Community, CommunityEvent, MemberProfile } from './models';
import { sessionsBetween, type Session } from './rhythm';

export interface MembersAt {
  /** yyyy-mm of the month's end the count is taken at. */
  month: string;
  members: number;
}

export interface SponsorReport {
  community: Community;
  from: Date;
  to: Date;
  /** Active members (core and wider) at the end of each month of the period, the last at `to`. */
  membersOverTime: MembersAt[];
  activeNow: { core: number; wider: number };
  /** Sessions that started in the period, most recent first. */
  sessions: Session[];
  /** Resources added in the period (by SharePoint's Created), newest first. */
  resourcesAdded: ResourceRecord[];
  /** Topics members want to learn that nobody in the community offers. */
  gaps: TopicEntry[];
}

export interface SponsorReportInput {
  community: Community;
  memberships: readonly MembershipRecord[];
  events: readonly CommunityEvent[];
  resources: readonly ResourceRecord[];
  /** Everyone's profiles; only the community's active members' count. */
  profiles: readonly MemberProfile[];
  now: Date;
  /** Length of the period in months (default 12). */
  months?: number;
}

function monthKey(d: Date): string {
  return d.toISOString().slice(0, 7);
}

/** When a person started to belong: JoinedOn, or when the item was created. */
function joinedAt(m: MembershipRecord): number {
  return Date.parse(m.joinedOn ?? m.created ?? '') || 0;
}

/**
 * A member who later left stops counting from the item's last change (Modified), which is when
 * they left: SharePoint keeps no other record of it.
 */
function leftAt(m: MembershipRecord, community: Pick<Community, 'joinPolicy'>): number {
  return effectiveStatus(m, community) === 'active' ? Infinity : Date.parse(m.modified ?? '') || 0;
}

export function sponsorReport(input: SponsorReportInput): SponsorReport {
  const { community, now } = input;
  const months = input.months ?? 12;
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 1));
  const own = input.memberships.filter((m) => m.communityId === community.id);
  // Only memberships that were ever active count: pledges, pending and declined requests never were.
  const everActive = own.filter((m) => effectiveStatus(m, community) === 'active' || (m.status === 'left' && m.approval !== 'rejected'));
  const membersOverTime: MembersAt[] = [];
  for (let i = 0; i < months; i++) {
    const end = i === months - 1 ? now : new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + i + 1, 1) - 1);
    const t = end.getTime();
    const ids = new Set(everActive.filter((m) => joinedAt(m) <= t && leftAt(m, community) > t).map((m) => m.member.id));
    membersOverTime.push({ month: monthKey(end), members: ids.size });
  }
  const active = own.filter((m) => effectiveStatus(m, community) === 'active');
  const core = new Set(active.filter((m) => m.level === 'core').map((m) => m.member.id));
  const wider = new Set(active.filter((m) => !core.has(m.member.id)).map((m) => m.member.id));
  const sessions = input.events
    .filter((e) => e.communityId === community.id)
    .flatMap((e) => sessionsBetween(e, from, now))
    .filter((s) => s.start.getTime() <= now.getTime())
    .sort((a, b) => b.start.getTime() - a.start.getTime());
  const resourcesAdded = input.resources
    .filter((r) => r.communityId === community.id && r.created && Date.parse(r.created) >= from.getTime() && Date.parse(r.created) <= now.getTime())
    .sort((a, b) => Date.parse(b.created ?? '') - Date.parse(a.created ?? ''));
  const memberIds = new Set([...core, ...wider, ...community.gardeners.map((g) => g.id)]);
  const gaps = knowledgeGaps(knowledgeMap(input.profiles.filter((p) => memberIds.has(p.person.id))));
  return { community, from, to: now, membersOverTime, activeNow: { core: core.size, wider: wider.size }, sessions, resourcesAdded, gaps };
}

/** The communities a sponsor sponsors, in title order: the per-sponsor report is one page each. */
export function sponsoredBy(communities: readonly Community[], sponsorId: number): Community[] {
  return communities.filter((c) => c.sponsor?.id === sponsorId).sort((a, b) => a.title.localeCompare(b.title));
}
