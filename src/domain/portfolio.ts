/**
 * The POD team's portfolio: one row per community with what tells them whether it is alive
 * (members, leadership, last session against its rhythm, resource freshness, health), sorted and
 * filtered as the console's table asks.
 */
import { HEALTH_RULES, healthScore, type HealthScore } from './health';
import type { Community, CommunityEvent, CommunityStatus, MemberCounts, Resource, SessionRecord } from './models';
import { participation } from './participation';
import { isDueForReview } from './repertoire';
import { checkRhythm } from './rhythm';

export interface PortfolioRow {
  community: Community;
  members: MemberCounts;
  hasSponsor: boolean;
  hasGardener: boolean;
  /** Start of the last session held; undefined when it never met. */
  lastSession?: Date;
  daysSinceLastSession?: number;
  /** True when the community declares a rhythm and has not met within it. */
  lapsed: boolean;
  resources: number;
  resourcesDueForReview: number;
  /** Share (0–1) of resources not past review; undefined with no resources. */
  freshness?: number;
  health?: HealthScore;
}

export interface PortfolioInput {
  communities: readonly Community[];
  counts: Readonly<Record<number, MemberCounts>>;
  events: readonly CommunityEvent[];
  resources: readonly Resource[];
  /** What gardeners recorded at sessions (issue 17); undefined when it could not be read (attendance earns nothing). */
  records?: readonly SessionRecord[];
  now: Date;
}

const NO_MEMBERS: MemberCounts = { core: 0, wider: 0, pledged: 0 };

function byCommunity<T extends { communityId: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const r of rows) {
    const list = map.get(r.communityId);
    if (list) list.push(r);
    else map.set(r.communityId, [r]);
  }
  return map;
}

const DAY = 86400000;

export function buildPortfolio({ communities, counts, events, resources, records, now }: PortfolioInput): PortfolioRow[] {
  const eventsOf = byCommunity(events);
  const since = new Date(now.getTime() - HEALTH_RULES.periodDays * DAY);
  // Each community's records, by its events (a record is only believed against its own event).
  const recordsOfEvent = new Map<number, SessionRecord[]>();
  for (const r of records ?? []) {
    const list = recordsOfEvent.get(r.eventId);
    if (list) list.push(r);
    else recordsOfEvent.set(r.eventId, [r]);
  }
  const resourcesOf = byCommunity(resources);
  return communities.map((community) => {
    const members = counts[community.id] ?? NO_MEMBERS;
    const ownEvents = eventsOf.get(community.id) ?? [];
    const rhythm = checkRhythm(community, ownEvents, now);
    const own = resourcesOf.get(community.id) ?? [];
    const due = own.filter((r) => isDueForReview(r, now)).length;
    const hasSponsor = community.sponsor !== undefined;
    return {
      community,
      members,
      hasSponsor,
      hasGardener: community.gardeners.length > 0,
      lastSession: rhythm.last?.start,
      daysSinceLastSession: rhythm.daysSinceLast,
      lapsed: rhythm.lapsed,
      resources: own.length,
      resourcesDueForReview: due,
      freshness: own.length ? (own.length - due) / own.length : undefined,
      health: healthScore({
        status: community.status,
        hasSponsor,
        gardenerCount: community.gardeners.length,
        members,
        rhythmDays: community.rhythmDays,
        daysSinceLastSession: rhythm.daysSinceLast,
        participation: records
          ? participation(
              ownEvents,
              ownEvents.flatMap((e) => recordsOfEvent.get(e.id) ?? []),
              community.rhythmDays,
              since,
              now,
            )
          : undefined,
        resources: own.length,
        resourcesDueForReview: due,
      }),
    };
  });
}

export const PORTFOLIO_SORT_KEYS = ['title', 'status', 'members', 'lastSession', 'freshness', 'health'] as const;
export type PortfolioSortKey = (typeof PORTFOLIO_SORT_KEYS)[number];

const STATUS_ORDER: Record<CommunityStatus, number> = { proposed: 0, forming: 1, launched: 2, dormant: 3, closed: 4 };

/** The value a column sorts by; missing values (never met, unscored) sort as the lowest. */
function sortValue(row: PortfolioRow, key: PortfolioSortKey): number | string {
  switch (key) {
    case 'title':
      return row.community.title.toLocaleLowerCase();
    case 'status':
      return STATUS_ORDER[row.community.status];
    case 'members':
      return row.members.core + row.members.wider;
    case 'lastSession':
      return row.lastSession?.getTime() ?? -Infinity;
    case 'freshness':
      return row.freshness ?? -Infinity;
    case 'health':
      return row.health?.score ?? -Infinity;
  }
}

/** A stable sort; ties keep title order. */
export function sortPortfolio(rows: readonly PortfolioRow[], key: PortfolioSortKey, descending = false): PortfolioRow[] {
  const dir = descending ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = sortValue(a.row, key);
      const y = sortValue(b.row, key);
      if (x < y) return -dir;
      if (x > y) return dir;
      return a.row.community.title.localeCompare(b.row.community.title) || a.i - b.i;
    })
    .map((x) => x.row);
}

export interface PortfolioFilter {
  /** Words that must all appear in the title, practice area, sponsor or a gardener's name. */
  text: string;
  /** Only these statuses; empty for all. */
  statuses: readonly CommunityStatus[];
  /** Only communities missing a sponsor or a gardener. */
  needsLeadership: boolean;
}

export const EMPTY_PORTFOLIO_FILTER: PortfolioFilter = { text: '', statuses: [], needsLeadership: false };

export function filterPortfolio(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    const c = row.community;
    if (filter.statuses.length && !filter.statuses.includes(c.status)) return false;
    if (filter.needsLeadership && row.hasSponsor && row.hasGardener) return false;
    if (!words.length) return true;
    const haystack = [c.title, c.practiceArea, c.sponsor?.displayName ?? '', ...c.gardeners.map((g) => g.displayName)]
      .join(' ')
      .toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
