/**
 * A community's health score (0–100): five factors a POD admin can check for themselves, each worth
 * a fixed number of points, so the console can say exactly how a score came about. Only launched
 * and dormant communities are scored; proposed and forming ones are judged by their pledges.
 * Attendance (issue 17) is what its gardeners recorded at its sessions (see participation.ts);
 * questions (issue 16) are those asked there in the period, answered, and how soon (see questions.ts).
 */
import type { CommunityStatus, MemberCounts } from './models';
import type { Participation } from './participation';
import type { QuestionFigures } from './questions';

/** Points per factor; they add up to 100. The console's explanation is built from these numbers. */
export const HEALTH_RULES = {
  /** A senior sponsor is named. */
  sponsorPoints: 10,
  /** At least one gardener is named. */
  gardenerPoints: 10,
  /** Active core members; full points from `coreTarget`, in proportion below it. */
  corePoints: 12,
  coreTarget: 3,
  /** Active wider members; full points from `widerTarget`, in proportion below it. */
  widerPoints: 8,
  widerTarget: 10,
  /** Last session within the declared rhythm: full points; within twice the rhythm: half. */
  recentPoints: 15,
  /** Sessions held in the last `periodDays` against what the declared rhythm asks for, in proportion. */
  heldPoints: 10,
  /** The period attendance is judged over, ending today. */
  periodDays: 182,
  /** Average attendance at the last six sessions held; full points from `attendanceTarget`, in proportion below. */
  attendancePoints: 6,
  attendanceTarget: 5,
  /** Attendance at the last six sessions rising or steady, and not none (needs six sessions held in the period). */
  trendPoints: 3,
  /** Different people attending in the period; full points from `distinctTarget`, in proportion below. */
  distinctPoints: 3,
  distinctTarget: 10,
  /** People attending for the first time in the period; full points from `newTarget`, in proportion below. */
  newPoints: 3,
  newTarget: 2,
  /** Questions asked in the period; full points from `askedTarget`, in proportion below. */
  askedPoints: 3,
  askedTarget: 4,
  /** The share of those questions answered (an answer accepted), times these points; none asked: 0. */
  answeredPoints: 4,
  /** Median hours to a first answer by someone else: full points within `firstAnswerHours`, half within `firstAnswerSlowHours`. */
  firstAnswerPoints: 3,
  firstAnswerHours: 48,
  firstAnswerSlowHours: 168,
  /** Share of resources that are not past their review date, times these points; none at all: 0. */
  repertoirePoints: 10,
  /** Bands: at least `healthy` is healthy, at least `watch` is worth watching, below is at risk. */
  healthy: 70,
  watch: 40,
} as const;

export type HealthFactorKey = 'leadership' | 'members' | 'rhythm' | 'attendance' | 'questions' | 'repertoire';
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
  /** Its sessions and recorded attendance over the last `periodDays`; undefined when unknown (earns nothing). */
  participation?: Participation;
  /** Its questions asked over the last `periodDays` (issue 16); undefined when unknown (earns nothing). */
  questions?: QuestionFigures;
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
function rhythmPoints(rhythmDays: number | undefined, daysSince: number | undefined, p: Participation | undefined): number {
  if (!rhythmDays || rhythmDays <= 0) return 0;
  const held = p?.expected ? proportion(p.held, p.expected, R.heldPoints) : 0;
  if (daysSince === undefined) return held;
  if (daysSince <= rhythmDays) return R.recentPoints + held;
  if (daysSince <= rhythmDays * 2) return Math.round(R.recentPoints / 2) + held;
  return held;
}

/** Attendance: the last six sessions' average and trend, different people and newcomers; unknown earns nothing. */
function attendancePoints(p: Participation | undefined): number {
  if (!p) return 0;
  const average = p.lastSix.length ? p.lastSix.reduce((a, b) => a + b, 0) / p.lastSix.length : 0;
  return (
    proportion(average, R.attendanceTarget, R.attendancePoints) +
    (average > 0 && (p.trend === 'up' || p.trend === 'level') ? R.trendPoints : 0) +
    proportion(p.distinctAttendees, R.distinctTarget, R.distinctPoints) +
    proportion(p.newAttendees, R.newTarget, R.newPoints)
  );
}

/** Questions: asked, the share answered and how soon a first answer came; none asked or unknown earns nothing. */
function questionPoints(q: QuestionFigures | undefined): number {
  if (!q || q.asked <= 0) return 0;
  const hours = q.medianHoursToFirstAnswer;
  const soon =
    hours === undefined
      ? 0
      : hours <= R.firstAnswerHours
        ? R.firstAnswerPoints
        : hours <= R.firstAnswerSlowHours
          ? Math.round(R.firstAnswerPoints / 2)
          : 0;
  return (
    proportion(q.asked, R.askedTarget, R.askedPoints) + Math.round(Math.min(1, Math.max(0, q.shareAnswered)) * R.answeredPoints) + soon
  );
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
    {
      key: 'rhythm',
      points: rhythmPoints(input.rhythmDays, input.daysSinceLastSession, input.participation),
      max: R.recentPoints + R.heldPoints,
    },
    {
      key: 'attendance',
      points: attendancePoints(input.participation),
      max: R.attendancePoints + R.trendPoints + R.distinctPoints + R.newPoints,
    },
    {
      key: 'questions',
      points: questionPoints(input.questions),
      max: R.askedPoints + R.answeredPoints + R.firstAnswerPoints,
    },
    {
      key: 'repertoire',
      points: input.resources > 0 ? Math.round((fresh / input.resources) * R.repertoirePoints) : 0,
      max: R.repertoirePoints,
    },
  ];
  const score = factors.reduce((sum, f) => sum + f.points, 0);
  return { score, band: score >= R.healthy ? 'healthy' : score >= R.watch ? 'watch' : 'atRisk', factors };
}
