import type { Action } from '@carecircle/domain';
import { Arg, Authorized, Ctx, Float, ID, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { toOptionalId } from '../../shared/validation.js';
import { walkingThreshold } from '../walking/threshold.js';
import { COVERAGE_PROFILE_ARG, MINUTES_ARG, runAnalysis, runWalkingAnalysis, SPEED_ARG } from '../walking/walking.inputs.js';
import { reviveDivisions } from './coverage-summary.js';
import { WalkProfile } from '../network/network.enums.js';
import { CoverageGroup } from './coverage.enums.js';
import { DIVISION_ARG, toSearchGroup } from './coverage.inputs.js';
import { CoverageService } from './coverage.service.js';
import { CoverageSummary, GapZone } from './coverage.types.js';

const service = (ctx: AppContext) => new CoverageService(ctx.em, ctx.walkingData, ctx.lang, ctx.today);

const STAFFED_ONLY_ARG = {
  defaultValue: false,
  description:
    'Count only facilities staffed today: employing at least one care worker (养老护理员, 医疗护理员, 母婴护理员) who holds a valid certificate for the post. Medical institutions count as they are.',
};

@Resolver()
export class CoverageResolver {
  @Authorized<Action>('registry:read')
  @Query(() => CoverageSummary, {
    description:
      'Older residents within the walking threshold, per group, for a division and each division below it; complete circles against the target.',
  })
  coverage(
    @Ctx() ctx: AppContext,
    @Arg('divisionId', () => ID, DIVISION_ARG) divisionId: string | null,
    @Arg('speed', () => Float, SPEED_ARG) speed: number | null,
    @Arg('minutes', () => Float, MINUTES_ARG) minutes: number | null,
    @Arg('staffedOnly', () => Boolean, STAFFED_ONLY_ARG) staffedOnly: boolean,
    @Arg('profile', () => WalkProfile, COVERAGE_PROFILE_ARG) profile: WalkProfile,
  ) {
    const id = toOptionalId(divisionId, 'divisionId', ctx.lang);
    const th = walkingThreshold(ctx.lang, speed, minutes);
    return runWalkingAnalysis(
      ctx,
      { kind: 'coverage', divisionId: id, speed: th.speed, minutes: th.minutes, staffedOnly, today: ctx.today, profile },
      () => service(ctx).summary(id, th, staffedOnly, profile),
      (answer) => reviveDivisions(ctx.em, answer as CoverageSummary),
    );
  }

  @Authorized<Action>('registry:read')
  @Query(() => [GapZone], {
    description: 'Gap zones: residential areas outside the threshold grouped by proximity, ranked by uncovered older residents.',
  })
  gapZones(
    @Ctx() ctx: AppContext,
    @Arg('group', () => CoverageGroup, { nullable: true, description: 'What must be within reach (default STATION_OR_CENTER).' })
    group: CoverageGroup | null,
    @Arg('divisionId', () => ID, DIVISION_ARG) divisionId: string | null,
    @Arg('speed', () => Float, SPEED_ARG) speed: number | null,
    @Arg('minutes', () => Float, MINUTES_ARG) minutes: number | null,
    @Arg('linkMeters', () => Float, {
      nullable: true,
      description: 'Areas closer than this (metres, straight line) join one zone; 50..5000, default 600.',
    })
    linkMeters: number | null,
    @Arg('limit', () => Int, { nullable: true, description: 'At most this many zones, 1..1000 (default 50).' }) limit: number | null,
    @Arg('staffedOnly', () => Boolean, STAFFED_ONLY_ARG) staffedOnly: boolean,
    @Arg('profile', () => WalkProfile, COVERAGE_PROFILE_ARG) profile: WalkProfile,
  ) {
    const th = walkingThreshold(ctx.lang, speed, minutes);
    const searchGroup = toSearchGroup(ctx.lang, group ?? CoverageGroup.STATION_OR_CENTER);
    const id = toOptionalId(divisionId, 'divisionId', ctx.lang);
    return runAnalysis(ctx, (signal) =>
      service(ctx).gapZones(searchGroup, th, id, linkMeters ?? 600, limit ?? 50, signal, staffedOnly, profile),
    );
  }
}
