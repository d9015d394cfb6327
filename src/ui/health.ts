/** A community's health in words (the console's portfolio and a sponsor's My communities say it alike). */
import * as strings from 'CopHubSharedStrings';
import type { HealthBand, HealthScore } from '../domain/health';
import { fill } from './format';

export const HEALTH_BAND_TEXT: Readonly<Record<HealthBand, string>> = {
  healthy: strings.HealthHealthy,
  watch: strings.HealthWatch,
  atRisk: strings.HealthAtRisk,
};

/** "72 · Healthy", or "Not scored" for a community that isn't launched or dormant. */
export function healthText(health: HealthScore | undefined): string {
  return health ? fill(strings.HealthValue, health.score, HEALTH_BAND_TEXT[health.band]) : strings.HealthNotScored;
}
