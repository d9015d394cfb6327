/**
 * A community's health score (0–100): four factors a POD admin can check for themselves, each worth
 * a fixed number of points, so the console can say exactly how a score came about. Only launched
 * and dormant communities are scored; proposed and forming ones are judged by their pledges.
 */
import type { CommunityStatus, MemberCounts } from './models';

/** Points per factor; they add up to 100. The console's explanation is built from these numbers. */
export const HEALTH_RULES = {
  /** A senior sponsor is named. */
  sponsorPoints: 10,
  /** At least one gardener is named. */
  gardenerPoints: 15,
  /** Active core members; full points from `coreTarget`, in proportion below it. */
  corePoints: 15,
  coreTarget: 3,
  /** Active wider members; full points from `widerTarget`, in proportion below it. */
  widerPoints: 10,
  widerTarget: 10,
  /** Last session within the declared rhythm: full points; within twice the rhythm: half. */
  rhythmPoints: 30,
  /** Share of resources that are not past their review date, times these points; none at all: 0. */
  repertoirePoints: 20,
  /** Bands: at least `healthy` is healthy, at least `watch` is worth watching, below is at risk. */
  healthy: 70,
  watch: 40,
} as const;

export type HealthFactorKey = 'leadership' | 'members' | 'rhythm' | 'repertoire';
export type HealthBand = 'healthy' | 'watch' | 'atRisk';

export interface HealthFactor {
  key: HealthFactorKey;
  points: number;
  max: number;
}

export interface HealthScore {
  score: number;
  band: HealthBand;
  factors: HealthFactor[];
}

export interface HealthInput {
  status: CommunityStatus;
  hasSponsor: boolean;
  gardenerCount: number;
  members: MemberCounts;
  /** Days between sessions the community declared; undefined when it declared none. */
  rhythmDays?: number;
  /** Whole days since the last session started; undefined when it never met. */
  daysSinceLastSession?: number;
  resources: number;
  resourcesDueForReview: number;
}

export function isScored(status: CommunityStatus): boolean {
  return status === 'launched' || status === 'dormant';
}

const R = HEALTH_RULES;

function proportion(value: number, target: number, points: number): number {
  return Math.round(Math.min(1, Math.max(0, value) / target) * points);
}

/** Rhythm: a community that never met, or declared no rhythm, earns nothing here. */
function rhythmPoints(rhythmDays: number | undefined, daysSince: number | undefined): number {
  if (!rhythmDays || rhythmDays <= 0 || daysSince === undefined) return 0;
  if (daysSince <= rhythmDays) return R.rhythmPoints;
  if (daysSince <= rhythmDays * 2) return Math.round(R.rhythmPoints / 2);
  return 0;
}

export function healthScore(input: HealthInput): HealthScore | undefined {
  if (!isScored(input.status)) return undefined;
  const fresh = Math.max(0, input.resources - input.resourcesDueForReview);
  const factors: HealthFactor[] = [
    {
      key: 'leadership',
      points: (input.hasSponsor ? R.sponsorPoints : 0) + (input.gardenerCount > 0 ? R.gardenerPoints : 0),
      max: R.sponsorPoints + R.gardenerPoints,
    },
    {
      key: 'members',
      points: proportion(input.members.core, R.coreTarget, R.corePoints) + proportion(input.members.wider, R.widerTarget, R.widerPoints),
      max: R.corePoints + R.widerPoints,
    },
    { key: 'rhythm', points: rhythmPoints(input.rhythmDays, input.daysSinceLastSession), max: R.rhythmPoints },
    {
      key: 'repertoire',
      points: input.resources > 0 ? Math.round((fresh / input.resources) * R.repertoirePoints) : 0,
      max: R.repertoirePoints,
    },
  ];
  const score = factors.reduce((sum, f) => sum + f.points, 0);
  return { score, band: score >= R.healthy ? 'healthy' : score >= R.watch ? 'watch' : 'atRisk', factors };
}
