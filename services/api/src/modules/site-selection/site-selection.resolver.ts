import type { Action } from '@carecircle/domain';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { LonLatInput } from '../../shared/scalars.js';
import { toOptionalId } from '../../shared/validation.js';
import { CoverageGroup } from '../coverage/coverage.enums.js';
import { COVERAGE_WALK_PROFILE } from '../network/network.enums.js';
import { toSearchGroup } from '../coverage/coverage.inputs.js';
import { walkingThreshold } from '../walking/threshold.js';
import { ForbiddenError, notFound } from '../../shared/errors.js';
import { t } from '../../shared/i18n.js';
import { analysisOwner, countAnalysis, runAnalysis } from '../walking/walking.inputs.js';
import { AnalysisJob } from './analysis-job.types.js';
import { SuggestionArgs } from './site-selection.inputs.js';
import { SiteSelectionService } from './site-selection.service.js';
import { SiteSuggestion } from './site-selection.types.js';

/** Counts the analysis against the rate limit and checks the arguments of a site suggestion. */
async function suggestion(ctx: AppContext, args: SuggestionArgs) {
  await countAnalysis(ctx);
  return {
    k: args.k,
    group: toSearchGroup(ctx.lang, args.group ?? CoverageGroup.STATION_OR_CENTER),
    threshold: walkingThreshold(ctx.lang, args.speed, args.minutes),
    divisionId: toOptionalId(args.divisionId, 'divisionId', ctx.lang),
    profile: args.profile ?? COVERAGE_WALK_PROFILE,
  };
}

@Resolver()
export class SiteSelectionResolver {
  @Authorized<Action>('analysis:run')
  @Query(() => SiteSuggestion, {
    description:
      'Where k new facilities would bring the most older residents within the threshold (maximal covering location, existing facilities fixed). Candidates are the network nodes within reach of uncovered areas, or the given points.',
  })
  async suggestSites(
    @Ctx() ctx: AppContext,
    @Args(() => SuggestionArgs) args: SuggestionArgs,
    @Arg('candidates', () => [LonLatInput], {
      nullable: true,
      description: 'Candidate sites to choose from (snapped to the network); default: nodes reachable from uncovered areas.',
    })
    candidates: LonLatInput[] | null,
  ) {
    const { k, group, threshold, divisionId, profile } = await suggestion(ctx, args);
    return runAnalysis(ctx, (signal) =>
      new SiteSelectionService(ctx.em, ctx.walkingData, ctx.lang).suggestSites(
        k,
        group,
        threshold,
        divisionId,
        candidates,
        undefined,
        signal,
        profile,
      ),
    );
  }

  @Authorized<Action>('analysis:run')
  @Mutation(() => AnalysisJob, {
    description: 'Starts a site suggestion in the background; poll analysisJob(id) for progress and the result.',
  })
  async startSiteSuggestion(@Ctx() ctx: AppContext, @Args(() => SuggestionArgs) args: SuggestionArgs) {
    const { k, group, threshold, divisionId, profile } = await suggestion(ctx, args);
    // Plain data: the job may run in another process (an analysis worker).
    const request = { kind: 'siteSuggestion', k, group, speed: threshold.speed, minutes: threshold.minutes, divisionId, profile } as const;
    return ctx.analysisJobs.start(request, analysisOwner(ctx), ctx.lang);
  }

  @Authorized<Action>('analysis:run')
  @Mutation(() => AnalysisJob, {
    description:
      'Cancels a background analysis you started: it leaves the queue, or its work stops, and it ends FAILED with the reason "cancelled" (a finished job stays as it is). NOT_FOUND when unknown or expired.',
  })
  async cancelAnalysisJob(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Job id from startSiteSuggestion.' }) id: string) {
    const owner = await ctx.analysisJobs.ownerOf(String(id));
    if (owner == null) throw notFound(ctx.lang, 'analysisJob', String(id).slice(0, 64));
    if (owner !== analysisOwner(ctx)) throw new ForbiddenError(t(ctx.lang, 'analysis.notYourJob'));
    return ctx.analysisJobs.cancel(String(id));
  }

  @Authorized<Action>('registry:read')
  @Query(() => AnalysisJob, { nullable: true, description: 'A long analysis by id; null when unknown or expired (kept for an hour).' })
  analysisJob(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Job id from startSiteSuggestion.' }) id: string) {
    return ctx.analysisJobs.get(String(id));
  }
}
