import { HEALTH_RULES, healthScore, type HealthInput } from './health';
import type { Participation } from './participation';
import type { QuestionFigures } from './questions';

/** Every session the rhythm asks for, five or more at each of the last six, rising, ten people, two new. */
const attended: Participation = { held: 6, expected: 6, lastSix: [5, 5, 5, 6, 6, 6], trend: 'up', distinctAttendees: 10, newAttendees: 2 };

const thriving: HealthInput = {
  status: 'launched',
  hasSponsor: true,
  gardenerCount: 2,
  members: { core: 4, wider: 12, pledged: 0 },
  rhythmDays: 30,
  daysSinceLastSession: 10,
  participation: attended,
  questions: { asked: 4, answered: 4, shareAnswered: 1, medianHoursToFirstAnswer: 5 },
  resources: 5,
  resourcesDueForReview: 0,
};

describe('healthScore', () => {
  it('the factors add up to 100 for a community doing everything', () => {
    const h = healthScore(thriving)!;
    expect(h.score).toBe(100);
    expect(h.band).toBe('healthy');
    expect(h.factors.reduce((s, f) => s + f.max, 0)).toBe(100);
  });

  it('only launched and dormant communities are scored', () => {
    expect(healthScore({ ...thriving, status: 'forming' })).toBeUndefined();
    expect(healthScore({ ...thriving, status: 'proposed' })).toBeUndefined();
    expect(healthScore({ ...thriving, status: 'dormant' })?.score).toBe(100);
  });

  it('a missing sponsor and gardener cost their points', () => {
    const h = healthScore({ ...thriving, hasSponsor: false, gardenerCount: 0 })!;
    expect(h.factors.find((f) => f.key === 'leadership')?.points).toBe(0);
    expect(h.score).toBe(100 - HEALTH_RULES.sponsorPoints - HEALTH_RULES.gardenerPoints);
  });

  it('members earn points in proportion to the targets', () => {
    const h = healthScore({ ...thriving, members: { core: 1, wider: 5, pledged: 9 } })!;
    expect(h.factors.find((f) => f.key === 'members')?.points).toBe(4 + 4);
  });

  it('a session within the rhythm earns all its recency points, within twice the rhythm half, later or never nothing', () => {
    const rhythm = (days: number | undefined, rhythmDays: number | undefined = 30): number =>
      healthScore({ ...thriving, daysSinceLastSession: days, rhythmDays })!.factors.find((f) => f.key === 'rhythm')!.points;
    expect(rhythm(30)).toBe(15 + 10);
    expect(rhythm(31)).toBe(8 + 10);
    expect(rhythm(60)).toBe(8 + 10);
    expect(rhythm(61)).toBe(0 + 10);
    expect(rhythm(undefined)).toBe(0 + 10);
    expect(
      healthScore({ ...thriving, daysSinceLastSession: 1, rhythmDays: undefined })!.factors.find((f) => f.key === 'rhythm')!.points,
    ).toBe(0);
  });

  it('sessions held against what the rhythm asks for earn in proportion; unknown earns nothing', () => {
    const held = (p: Participation | undefined): number =>
      healthScore({ ...thriving, daysSinceLastSession: 100, participation: p })!.factors.find((f) => f.key === 'rhythm')!.points;
    expect(held({ ...attended, held: 3, expected: 6 })).toBe(5);
    expect(held({ ...attended, held: 9, expected: 6 })).toBe(10);
    expect(held({ ...attended, held: 0, expected: 6 })).toBe(0);
    expect(held(undefined)).toBe(0);
  });

  it('attendance: the last six sessions average and trend, different people and newcomers, each in proportion', () => {
    const points = (p: Participation | undefined): number =>
      healthScore({ ...thriving, participation: p })!.factors.find((f) => f.key === 'attendance')!.points;
    expect(healthScore(thriving)!.factors.find((f) => f.key === 'attendance')!.max).toBe(15);
    expect(points(attended)).toBe(6 + 3 + 3 + 3);
    // Falling attendance loses the trend points; average 4 of 5 earns 5 of 6.
    expect(points({ ...attended, lastSix: [6, 6, 6, 2, 2, 2], trend: 'down' })).toBe(5 + 0 + 3 + 3);
    // Steady counts as not falling, but not when nobody came.
    expect(points({ ...attended, lastSix: [5, 5, 5, 5, 5, 5], trend: 'level' })).toBe(15);
    expect(points({ ...attended, lastSix: [0, 0, 0, 0, 0, 0], trend: 'level', distinctAttendees: 0, newAttendees: 0 })).toBe(0);
    // Fewer than six sessions: no trend to earn from.
    expect(points({ ...attended, lastSix: [5, 5], trend: undefined })).toBe(6 + 0 + 3 + 3);
    // Half the people and half the newcomers earn half (rounded).
    expect(points({ ...attended, distinctAttendees: 5, newAttendees: 1 })).toBe(6 + 3 + 2 + 2);
    // Nothing recorded, or records that could not be read, earn nothing.
    expect(points(undefined)).toBe(0);
  });

  it('questions (issue 16): asked in proportion to the target, the share answered, and how soon a first answer came', () => {
    const points = (q: QuestionFigures | undefined): number =>
      healthScore({ ...thriving, questions: q })!.factors.find((f) => f.key === 'questions')!.points;
    const figures = (asked: number, shareAnswered: number, medianHoursToFirstAnswer?: number): QuestionFigures => ({
      asked,
      answered: Math.round(asked * shareAnswered),
      shareAnswered,
      medianHoursToFirstAnswer,
    });
    expect(healthScore(thriving)!.factors.find((f) => f.key === 'questions')!.max).toBe(10);
    expect(points(figures(4, 1, 5))).toBe(3 + 4 + 3);
    expect(points(figures(8, 0.25, 48))).toBe(3 + 1 + 3); // 48 hours is still soon
    expect(points(figures(2, 0.5, 100))).toBe(2 + 2 + 2); // within a week: half
    expect(points(figures(2, 0.5, 168))).toBe(2 + 2 + 2);
    expect(points(figures(2, 0.5, 169))).toBe(2 + 2 + 0);
    expect(points(figures(1, 0))).toBe(1 + 0 + 0); // asked, never answered
    expect(points(figures(0, 0))).toBe(0);
    expect(points(undefined)).toBe(0);
  });

  it('resource freshness is the share not past review; an empty repertoire earns nothing', () => {
    const rep = (resources: number, due: number): number =>
      healthScore({ ...thriving, resources, resourcesDueForReview: due })!.factors.find((f) => f.key === 'repertoire')!.points;
    expect(rep(4, 0)).toBe(10);
    expect(rep(4, 1)).toBe(8);
    expect(rep(4, 4)).toBe(0);
    expect(rep(0, 0)).toBe(0);
  });

  it('bands: 70 and over healthy, 40 to 69 watch, under 40 at risk', () => {
    const score = (input: HealthInput): [number, string] => {
      const h = healthScore(input)!;
      return [h.score, h.band];
    };
    const unattended: HealthInput = { ...thriving, daysSinceLastSession: 100, participation: undefined }; // 100 - 15 - 10 - 15
    expect(score({ ...thriving, daysSinceLastSession: 100 })).toEqual([85, 'healthy']);
    expect(score({ ...unattended, resourcesDueForReview: 0, members: { core: 3, wider: 20, pledged: 0 } })).toEqual([60, 'watch']);
    const busy: HealthInput = {
      ...thriving,
      participation: { ...attended, held: 3 },
      questions: { asked: 2, answered: 1, shareAnswered: 0.5, medianHoursToFirstAnswer: 100 },
      resourcesDueForReview: 5,
    }; // 100 - 5 - 4 - 10
    expect(score({ ...busy, members: { core: 3, wider: 0, pledged: 0 } })).toEqual([73, 'healthy']); // - 8
    expect(score({ ...busy, members: { core: 2, wider: 0, pledged: 0 } })).toEqual([69, 'watch']); // - 8 - 4
    expect(score({ ...unattended, hasSponsor: false, resourcesDueForReview: 2 })).toEqual([46, 'watch']); // 60 - 10 - 4
    expect(score({ ...unattended, hasSponsor: false, resourcesDueForReview: 5, questions: undefined })).toEqual([30, 'atRisk']); // 60 - 10 - 10 - 10
  });
});
