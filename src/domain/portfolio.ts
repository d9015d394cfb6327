/**
 * The POD team's portfolio: one row per community with what tells them whether it is alive
 * (members, leadership, last session against its rhythm, resource freshness, health), sorted and
 * filtered as the console's table asks.
 */
import { HEALTH_RULES, healthScore, type HealthScore } from './health';
import type { Community, CommunityEvent, MemberCounts, Resource, SessionRecord } from './models';
import { participation } from './participation';
import { questionFigures, type QuestionActivity, type QuestionFigures } from './questions';
import { matchesFilter, type PortfolioFilter } from './portfolioPaging';
import { isDueForReview } from './repertoire';
import { checkRhythm, currentRhythmDays } from './rhythm';

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
  /** Questions and their answers (issue 16); undefined when they could not be read (questions earn nothing). */
  questions?: QuestionActivity;
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

/** The figures of the community's questions asked since `since` (the health score's period). */
function questionsSince(communityId: number, activity: QuestionActivity, since: Date): QuestionFigures {
  const asked = activity.questions.filter((q) => Date.parse(q.created) >= since.getTime());
  return questionFigures(communityId, asked, activity.answers);
}

export function buildPortfolio({ communities, counts, events, resources, records, questions, now }: PortfolioInput): PortfolioRow[] {
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
    // The rhythm its current series keep (issue 17), else the one it declared.
    const rhythmDays = currentRhythmDays(community, ownEvents, now);
    const rhythm = checkRhythm({ rhythmDays }, ownEvents, now);
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
        rhythmDays,
        daysSinceLastSession: rhythm.daysSinceLast,
        participation: records
          ? participation(
              ownEvents,
              ownEvents.flatMap((e) => recordsOfEvent.get(e.id) ?? []),
              rhythmDays,
              since,
              now,
            )
          : undefined,
        questions: questions ? questionsSince(community.id, questions, since) : undefined,
        resources: own.length,
        resourcesDueForReview: due,
      }),
    };
  });
}

// Sorting and filtering are portfolioPaging's (the console orders the whole portfolio there, on what
// the Communities items hold, without this module's session arithmetic); kept here by their names.
export {
  EMPTY_PORTFOLIO_FILTER,
  PORTFOLIO_SORT_KEYS,
  sortPortfolioRows as sortPortfolio,
  type PortfolioFilter,
  type PortfolioSortKey,
} from './portfolioPaging';

export function filterPortfolio(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
  return rows.filter((row) => matchesFilter(row.community, filter));
}
