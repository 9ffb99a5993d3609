import { UserInputError } from '../../shared/errors.js';
import { t, type Lang, type MessageKey } from '../../shared/i18n.js';
import type { LoadedNetwork } from './walking-network.js';

/**
 * The work budget of the walking analyses, checked before any work starts. Work is measured as
 * reach area: a walk of `meters` covers about π·meters² (never more than the network's extent),
 * and a search, an isochrone raster and its outline all grow with it.
 */
export const ANALYSIS_BUDGET = {
  /** Isochrones: facilities × Σ thresholds' reach areas, km² (one facility at 5/10/15 min and 1 m/s: 4 km²). */
  isochroneKm2: 250,
  /** Coordinates in one isochrone answer (≈ 25 MB of GeoJSON). */
  isochroneCoordinates: 1_000_000,
  /** Site suggestions: uncovered areas × reach area, km² (the demo district at 15 min and 1 m/s: ≈ 6,000 km²). */
  suggestionKm2: 20_000,
  /** Site suggestions: candidates × k. */
  candidatesTimesK: 400_000,
} as const;

/** Square kilometres within `meters` of a point, at most the extent of the network. */
export function reachKm2(network: LoadedNetwork | null, meters: number): number {
  const disc = (Math.PI * meters * meters) / 1e6;
  return network ? Math.min(disc, network.extentKm2) : disc;
}

/** Refuses work over its budget: BAD_USER_INPUT on `field`, its message (also the error's) saying the limit. */
export function refuseOverBudget(lang: Lang, field: string, key: MessageKey, params: Record<string, string | number>): never {
  const message = t(lang, key, params);
  throw new UserInputError(message, [{ field, message }]);
}

/** Rounds a figure for a message: 1,234 / 12.3. */
export function figure(lang: Lang, n: number): string {
  return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: n < 10 ? 1 : 0 });
}
