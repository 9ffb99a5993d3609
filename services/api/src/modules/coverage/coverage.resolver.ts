import type { Action } from '@carecircle/domain';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { assertVersion, FieldErrors, notFound } from '../../shared/errors.js';
import { GeoJSONScalar, LonLatInput } from '../../shared/scalars.js';
import { cleanText, toId, toOptionalId } from '../../shared/validation.js';
import { FacilityKind } from '../facilities/facility.enums.js';
import { CoverageGroup, type SearchGroup } from './coverage.enums.js';
import { CoverageService } from './coverage.service.js';
import { CoverageSummary, GapZone, ScenarioChange, ScenarioChangeInput, ScenarioComparison, SiteSuggestion, WalkingAccess } from './coverage.types.js';
import { Scenario } from './scenario.entity.js';
import { AnalysisJob } from './analysis-jobs.js';

const service = (ctx: AppContext) => new CoverageService(ctx.em, ctx.coverage, ctx.lang);

/** Expensive analyses count against the user's rate limit. */
function expensive(ctx: AppContext) {
  ctx.limits.analysis.hit(`user:${ctx.user?.id ?? ctx.ip}`, ctx.lang);
  return service(ctx);
}

/** The complete circle is derived from two groups, so it cannot be searched on its own. */
function searchGroup(ctx: AppContext, group: CoverageGroup): SearchGroup {
  if (group === CoverageGroup.COMPLETE_CIRCLE) {
    new FieldErrors(ctx.lang).add('group', 'field.range', { min: 'STREET_CENTER', max: 'MEDICAL' }).throwIfAny();
  }
  return group as SearchGroup;
}

const SPEED = { nullable: true, description: 'Walking speed in metres per second, 0.1..5 (default 1.0, older people).' };
const MINUTES = { nullable: true, description: 'Walking time threshold in minutes, up to 120 (default 15).' };
const DIVISION = { nullable: true, description: 'Limit to this division and everything below it; default the whole district.' };

@ArgsType()
class SuggestionArgs {
  @Field(() => Int, { description: 'Number of new sites, 1..100.' }) k!: number;
  @Field(() => CoverageGroup, { nullable: true, description: 'What the new sites provide (default STATION_OR_CENTER).' }) group?: CoverageGroup | null;
  @Field(() => ID, DIVISION) divisionId?: string | null;
  @Field(() => Float, SPEED) speed?: number | null;
  @Field(() => Float, MINUTES) minutes?: number | null;
}

/** Checks the arguments shared by the direct and the background site suggestion. */
function suggestion(ctx: AppContext, args: SuggestionArgs) {
  const s = expensive(ctx);
  return {
    service: s,
    k: args.k,
    group: searchGroup(ctx, args.group ?? CoverageGroup.STATION_OR_CENTER),
    threshold: s.threshold(args.speed, args.minutes),
    divisionId: toOptionalId(args.divisionId, 'divisionId', ctx.lang),
  };
}

@Resolver()
export class CoverageResolver {
  @Authorized<Action>('registry:read')
  @Query(() => [WalkingAccess], {
    description: 'For each point: walking distance along the network to the nearest approved facility of the kinds (all kinds when omitted), with the method used and the snap distance.',
  })
  walkingAccess(
    @Ctx() ctx: AppContext,
    @Arg('points', () => [LonLatInput], { description: 'Points (WGS84), at most 5,000.' }) points: LonLatInput[],
    @Arg('kinds', () => [FacilityKind], { nullable: true, description: 'Facility kinds to walk to; all kinds when omitted.' }) kinds: FacilityKind[] | null,
    @Arg('speed', () => Float, SPEED) speed: number | null,
    @Arg('minutes', () => Float, MINUTES) minutes: number | null,
  ) {
    const s = service(ctx);
    return s.walkingAccess(points, kinds, s.threshold(speed, minutes));
  }

  @Authorized<Action>('registry:read')
  @Query(() => GeoJSONScalar, {
    description:
      'Walking isochrones of facilities as a GeoJSON FeatureCollection: one MultiPolygon per facility and threshold (properties facilityId, name, kind, minutes, meters, areaSqMeters, method), nested, with holes where blocks cannot be reached.',
  })
  isochrones(
    @Ctx() ctx: AppContext,
    @Arg('facilityIds', () => [ID], { description: 'Facilities, at most 500.' }) facilityIds: string[],
    @Arg('minutes', () => [Float], { nullable: true, description: 'Thresholds in minutes (default 5, 10, 15), at most 6.' }) minutes: number[] | null,
    @Arg('speed', () => Float, SPEED) speed: number | null,
  ) {
    return expensive(ctx).isochrones(facilityIds, minutes ?? [5, 10, 15], speed);
  }

  @Authorized<Action>('registry:read')
  @Query(() => GeoJSONScalar, { description: 'The streets reachable from a facility within the threshold, partly walked edges included, as a GeoJSON Feature with a MultiLineString.' })
  reach(
    @Ctx() ctx: AppContext,
    @Arg('facilityId', () => ID, { description: 'The facility.' }) facilityId: string,
    @Arg('speed', () => Float, SPEED) speed: number | null,
    @Arg('minutes', () => Float, MINUTES) minutes: number | null,
  ) {
    const s = service(ctx);
    return s.reach(facilityId, s.threshold(speed, minutes));
  }

  @Authorized<Action>('registry:read')
  @Query(() => CoverageSummary, { description: 'Older residents within the walking threshold, per group, for a division and each division below it; complete circles against the target.' })
  coverage(
    @Ctx() ctx: AppContext,
    @Arg('divisionId', () => ID, DIVISION) divisionId: string | null,
    @Arg('speed', () => Float, SPEED) speed: number | null,
    @Arg('minutes', () => Float, MINUTES) minutes: number | null,
  ) {
    const s = service(ctx);
    return s.summary(toOptionalId(divisionId, 'divisionId', ctx.lang), s.threshold(speed, minutes));
  }

  @Authorized<Action>('registry:read')
  @Query(() => [GapZone], { description: 'Gap zones: residential areas outside the threshold grouped by proximity, ranked by uncovered older residents.' })
  gapZones(
    @Ctx() ctx: AppContext,
    @Arg('group', () => CoverageGroup, { nullable: true, description: 'What must be within reach (default STATION_OR_CENTER).' }) group: CoverageGroup | null,
    @Arg('divisionId', () => ID, DIVISION) divisionId: string | null,
    @Arg('speed', () => Float, SPEED) speed: number | null,
    @Arg('minutes', () => Float, MINUTES) minutes: number | null,
    @Arg('linkMeters', () => Float, { nullable: true, description: 'Areas closer than this (metres, straight line) join one zone; 50..5000, default 600.' }) linkMeters: number | null,
    @Arg('limit', () => Int, { nullable: true, description: 'At most this many zones, 1..1000 (default 50).' }) limit: number | null,
  ) {
    const s = service(ctx);
    const th = s.threshold(speed, minutes);
    return s.gapZones(searchGroup(ctx, group ?? CoverageGroup.STATION_OR_CENTER), th, toOptionalId(divisionId, 'divisionId', ctx.lang), linkMeters ?? 600, limit ?? 50);
  }

  @Authorized<Action>('analysis:run')
  @Query(() => SiteSuggestion, {
    description:
      'Where k new facilities would bring the most older residents within the threshold (maximal covering location, existing facilities fixed). Candidates are the network nodes within reach of uncovered areas, or the given points.',
  })
  suggestSites(
    @Ctx() ctx: AppContext,
    @Args(() => SuggestionArgs) args: SuggestionArgs,
    @Arg('candidates', () => [LonLatInput], { nullable: true, description: 'Candidate sites to choose from (snapped to the network); default: nodes reachable from uncovered areas.' })
    candidates: LonLatInput[] | null,
  ) {
    const { service: s, k, group, threshold, divisionId } = suggestion(ctx, args);
    return s.suggestSites(k, group, threshold, divisionId, candidates);
  }

  @Authorized<Action>('analysis:run')
  @Mutation(() => AnalysisJob, { description: 'Starts a site suggestion in the background; poll analysisJob(id) for progress and the result.' })
  startSiteSuggestion(@Ctx() ctx: AppContext, @Args(() => SuggestionArgs) args: SuggestionArgs) {
    const { k, group, threshold, divisionId } = suggestion(ctx, args);
    // The job outlives the request, so it gets its own entity manager.
    const own = new CoverageService(ctx.em.fork(), ctx.coverage, ctx.lang);
    return ctx.coverage.jobs.start((progress) => own.suggestSites(k, group, threshold, divisionId, null, progress));
  }

  @Authorized<Action>('registry:read')
  @Query(() => AnalysisJob, { nullable: true, description: 'A long analysis by id; null when unknown or expired (kept for an hour).' })
  analysisJob(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Job id from startSiteSuggestion.' }) id: string) {
    return ctx.coverage.jobs.get(String(id));
  }

  @Authorized<Action>('analysis:run')
  @Query(() => ScenarioComparison, { description: 'Coverage with facilities added, moved or closed, compared with the registry as it is; nothing is written.' })
  async compareScenario(
    @Ctx() ctx: AppContext,
    @Arg('changes', () => [ScenarioChangeInput], { nullable: true, description: 'The changes; or give scenarioId.' }) changes: ScenarioChangeInput[] | null,
    @Arg('scenarioId', () => ID, { nullable: true, description: 'A saved scenario to compare.' }) scenarioId: string | null,
    @Arg('divisionId', () => ID, DIVISION) divisionId: string | null,
    @Arg('speed', () => Float, SPEED) speed: number | null,
    @Arg('minutes', () => Float, MINUTES) minutes: number | null,
  ) {
    const s = expensive(ctx);
    const th = s.threshold(speed, minutes);
    let data;
    if (scenarioId != null) {
      const id = toId(scenarioId, 'scenarioId', ctx.lang);
      const saved = await ctx.em.findOne(Scenario, { id });
      if (!saved) throw notFound(ctx.lang, 'scenario', id);
      data = saved.changes;
    } else data = await s.checkChanges(changes ?? []);
    return s.compare(data, toOptionalId(divisionId, 'divisionId', ctx.lang), th);
  }

  @Authorized<Action>('analysis:run')
  @Query(() => [Scenario], { description: 'Saved scenarios, newest first.' })
  scenarios(@Ctx() ctx: AppContext) {
    return ctx.em.find(Scenario, {}, { orderBy: { id: 'desc' }, limit: 500 });
  }

  @Authorized<Action>('analysis:run')
  @Mutation(() => Scenario, { description: 'Saves a named scenario (the registry is not changed).' })
  async saveScenario(
    @Ctx() ctx: AppContext,
    @Arg('name', () => String, { description: 'Name, up to 200 characters.' }) name: string,
    @Arg('changes', () => [ScenarioChangeInput], { description: 'The changes.' }) changes: ScenarioChangeInput[],
    @Arg('description', () => String, { nullable: true, description: 'Notes, up to 2,000 characters.' }) description: string | null,
  ) {
    const checked = await service(ctx).checkChanges(changes);
    return ctx.em.transactional(async (em) => {
      const errors = new FieldErrors(ctx.lang);
      const cleanName = cleanText(errors, 'name', name, { max: 200, required: true });
      const notes = cleanText(errors, 'description', description, { max: 2000 });
      errors.throwIfAny();
      const scenario = em.create(Scenario, { name: cleanName!, description: notes, changes: checked });
      await em.flush();
      return scenario;
    });
  }

  @Authorized<Action>('analysis:run')
  @Mutation(() => Boolean, { description: 'Deletes a saved scenario.' })
  async deleteScenario(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'The scenario.' }) idArg: string,
    @Arg('version', () => Int, { description: 'The version you read (optimistic locking).' }) version: number,
  ) {
    const id = toId(idArg, 'id', ctx.lang);
    return ctx.em.transactional(async (em) => {
      const scenario = await em.findOne(Scenario, { id });
      if (!scenario) throw notFound(ctx.lang, 'scenario', id);
      assertVersion(ctx.lang, scenario.version, version);
      em.remove(scenario);
      await em.flush();
      return true;
    });
  }
}

@Resolver(() => Scenario)
export class ScenarioResolver {
  @FieldResolver(() => [ScenarioChange], { description: 'The changes of the scenario.' })
  changes(@Root() s: Scenario): ScenarioChange[] {
    return s.changes.map((c) => ({ ...c, kind: c.kind as FacilityKind | null }));
  }
}
