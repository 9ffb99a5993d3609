import { WALKING } from '@carecircle/domain';
import { COVERAGE_WALK_PROFILE, WalkProfile } from '../network/network.enums.js';
import type { AppContext } from '../../request/context.js';
import type { QueryRequest } from '../site-selection/analysis-request.js';

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
export async function countAnalysis(ctx: AppContext): Promise<void> {
  await ctx.limits.analysis.hit(`user:${ctx.access.user?.id ?? ctx.ip}`, ctx.lang);
}

/** Whose analysis this is, for the per-user queue: the user, or the address of an anonymous caller. */
export function analysisOwner(ctx: AppContext): string {
  return ctx.access.user ? `user:${ctx.access.user.id}` : `ip:${ctx.ip}`;
}

/**
 * Runs a walking analysis through the server's analysis queue (a few at once per user and in
 * total), with its time budget, cancelled when the client disconnects: `work` gets the signal to
 * hand to every engine call.
 */
export function runAnalysis<T>(ctx: AppContext, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  return ctx.walkingData.analyses.run(analysisOwner(ctx), ctx.signal, ctx.lang, work);
}

/** The `profile` argument of single walks (`walkingAccess`, `isochrones`, `reach`). */
export const PROFILE_ARG = {
  defaultValue: WalkProfile.STANDARD,
  description:
    'Who is walking (default STANDARD: distance ÷ speed). ELDERLY and WHEELCHAIR walk the same streets in their own time (steps, slopes); `speed` scales their flat speed.',
};

/** The `profile` argument of coverage-type analyses (coverage, gap zones, scenarios, site suggestions). */
export const COVERAGE_PROFILE_ARG = {
  defaultValue: COVERAGE_WALK_PROFILE,
  description: `Who is walking (default ${COVERAGE_WALK_PROFILE}: older residents, slowed by slopes and stairs). STANDARD measures distance ÷ speed; WHEELCHAIR never takes stairs; \`speed\` scales the flat speed.`,
};

/**
 * Runs an interactive walking analysis: on an analysis worker when this replica leaves them to
 * the workers (`ANALYSIS_IN_PROCESS=0`: `request` goes to the query queue and the caller waits,
 * `revive` turns the worker's JSON answer back into the query's result), else here through
 * {@link runAnalysis}.
 */
export function runWalkingAnalysis<T>(
  ctx: AppContext,
  request: QueryRequest,
  here: (signal: AbortSignal) => Promise<T>,
  revive: (answer: unknown) => Promise<T> | T = (answer) => answer as T,
): Promise<T> {
  if (!ctx.remoteAnalyses) return runAnalysis(ctx, here);
  return ctx.remoteAnalyses.runAndWait(request, `${analysisOwner(ctx)}:query`, ctx.lang, ctx.signal).then(revive);
}
