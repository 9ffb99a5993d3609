import { WALKING } from '@carecircle/domain';
import type { AppContext } from '../../request/context.js';

/** The `speed` argument of every walking analysis. */
export const SPEED_ARG = {
  nullable: true,
  description: `Walking speed in metres per second, ${WALKING.speed.min}..${WALKING.speed.max} (default ${WALKING.speed.default.toFixed(1)}, older people).`,
};

/** The `minutes` argument of every walking analysis. */
export const MINUTES_ARG = {
  nullable: true,
  description: `Walking time threshold in minutes, up to ${WALKING.minutes.max} (default ${WALKING.minutes.default}).`,
};

/** Expensive analyses (isochrones, site suggestions, scenarios) count against the user's rate limit. */
export function countAnalysis(ctx: AppContext): void {
  ctx.limits.analysis.hit(`user:${ctx.user?.id ?? ctx.ip}`, ctx.lang);
}
