import { thresholdMeters, WALKING } from '@carecircle/domain';
import { FieldErrors } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';

/** Walking speed and time that make the threshold. */
export interface Threshold {
  speed: number;
  minutes: number;
  meters: number;
}

/**
 * Checks speed (m/s) and minutes against the domain's ranges (`WALKING`), fills in its defaults
 * (1.0 m/s, 15 minutes) and gives the threshold in metres. Errors go to `errors`, and are thrown
 * with any it already held.
 *
 * @example walkingThreshold('zh', null, null); // { speed: 1, minutes: 15, meters: 900 }
 */
export function walkingThreshold(
  lang: Lang,
  speed: number | null | undefined,
  minutes: number | null | undefined,
  errors = new FieldErrors(lang),
): Threshold {
  const { speed: speeds, minutes: times } = WALKING;
  const s = speed ?? speeds.default;
  const m = minutes ?? times.default;
  if (!(s >= speeds.min && s <= speeds.max)) errors.add('speed', 'field.range', { min: speeds.min, max: speeds.max });
  // The least number of minutes is exclusive: a walk of no time reaches nothing.
  if (!(m > times.min && m <= times.max)) errors.add('minutes', 'field.range', { min: times.min, max: times.max });
  errors.throwIfAny();
  return { speed: s, minutes: m, meters: thresholdMeters(m, s) };
}
