import { HEALTH_RULES, healthScore, type HealthInput } from './health';

const thriving: HealthInput = {
  status: 'launched',
  hasSponsor: true,
  gardenerCount: 2,
  members: { core: 4, wider: 12, pledged: 0 },
  rhythmDays: 30,
  daysSinceLastSession: 10,
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
    expect(h.factors.find((f) => f.key === 'members')?.points).toBe(5 + 5);
  });

  it('a session within the rhythm earns all, within twice the rhythm half, later or never nothing', () => {
    const rhythm = (days: number | undefined, rhythmDays: number | undefined = 30): number =>
      healthScore({ ...thriving, daysSinceLastSession: days, rhythmDays })!.factors.find((f) => f.key === 'rhythm')!.points;
    expect(rhythm(30)).toBe(30);
    expect(rhythm(31)).toBe(15);
    expect(rhythm(60)).toBe(15);
    expect(rhythm(61)).toBe(0);
    expect(rhythm(undefined)).toBe(0);
    expect(
      healthScore({ ...thriving, daysSinceLastSession: 1, rhythmDays: undefined })!.factors.find((f) => f.key === 'rhythm')!.points,
    ).toBe(0);
  });

  it('resource freshness is the share not past review; an empty repertoire earns nothing', () => {
    const rep = (resources: number, due: number): number =>
      healthScore({ ...thriving, resources, resourcesDueForReview: due })!.factors.find((f) => f.key === 'repertoire')!.points;
    expect(rep(4, 1)).toBe(15);
    expect(rep(4, 4)).toBe(0);
    expect(rep(0, 0)).toBe(0);
  });

  it('bands: 70 and over healthy, 40 to 69 watch, under 40 at risk', () => {
    const quiet = healthScore({ ...thriving, daysSinceLastSession: 100 })!; // 70
    expect([quiet.score, quiet.band]).toEqual([70, 'healthy']);
    const watch = healthScore({ ...thriving, daysSinceLastSession: 100, resourcesDueForReview: 5 })!; // 50
    expect([watch.score, watch.band]).toEqual([50, 'watch']);
    const risk = healthScore({ ...thriving, daysSinceLastSession: undefined, resources: 0, hasSponsor: false })!; // 40
    expect([risk.score, risk.band]).toEqual([40, 'watch']);
    expect(healthScore({ ...thriving, daysSinceLastSession: undefined, resources: 0, hasSponsor: false, gardenerCount: 0 })!.band).toBe(
      'atRisk',
    );
  });
});
