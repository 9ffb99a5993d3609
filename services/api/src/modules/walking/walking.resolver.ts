import { WALKING, type Action } from '@carecircle/domain';
import { Arg, Authorized, Ctx, Float, ID, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { GeoJSONScalar, PointsArg, type LonLatInput } from '../../shared/scalars.js';
import { FacilityKind } from '../facilities/facility.enums.js';
import { walkingThreshold } from './threshold.js';
import { countAnalysis, MINUTES_ARG, PROFILE_ARG, runAnalysis, runWalkingAnalysis, SPEED_ARG } from './walking.inputs.js';
import { COVERAGE_WALK_PROFILE, WalkProfile } from '../network/network.enums.js';
import { WalkingService } from './walking.service.js';
import { WalkingAccess, WalkingDefaults } from './walking.types.js';

const service = (ctx: AppContext) => new WalkingService(ctx.em, ctx.walkingData, ctx.lang);

@Resolver()
export class WalkingResolver {
  @Authorized<Action>('registry:read')
  @Query(() => WalkingDefaults, {
    description: 'The walking threshold and profiles analyses use unless asked otherwise, and the ranges allowed. Computes nothing.',
  })
  walkingDefaults(): WalkingDefaults {
    return {
      minutes: WALKING.minutes.default,
      speed: WALKING.speed.default,
      profile: COVERAGE_WALK_PROFILE,
      singleWalkProfile: WalkProfile.STANDARD,
      maxMinutes: WALKING.minutes.max,
      minSpeed: WALKING.speed.min,
      maxSpeed: WALKING.speed.max,
      isochroneMinutes: [...WALKING.isochroneMinutes],
    };
  }

  @Authorized<Action>('registry:read')
  @Query(() => [WalkingAccess], {
    description:
      'For each point: walking distance along the network to the nearest approved facility of the kinds (all kinds when omitted), with the method used and the snap distance.',
  })
  walkingAccess(
    @Ctx() ctx: AppContext,
    @PointsArg('points', { description: 'Points (WGS84), at most 5,000.' }) points: LonLatInput[],
    @Arg('kinds', () => [FacilityKind], { nullable: true, description: 'Facility kinds to walk to; all kinds when omitted.' })
    kinds: FacilityKind[] | null,
    @Arg('speed', () => Float, SPEED_ARG) speed: number | null,
    @Arg('minutes', () => Float, MINUTES_ARG) minutes: number | null,
    @Arg('profile', () => WalkProfile, PROFILE_ARG) profile: WalkProfile,
  ) {
    const th = walkingThreshold(ctx.lang, speed, minutes);
    return runAnalysis(ctx, (signal) => service(ctx).walkingAccess(points, kinds, th, signal, profile));
  }

  @Authorized<Action>('registry:read')
  @Query(() => GeoJSONScalar, {
    description:
      'Walking isochrones of facilities as a GeoJSON FeatureCollection: one MultiPolygon per facility and threshold (properties facilityId, name, kind, minutes, meters, areaSqMeters, method, profile), nested, with holes where blocks cannot be reached.',
  })
  async isochrones(
    @Ctx() ctx: AppContext,
    @Arg('facilityIds', () => [ID], { description: 'Facilities, at most 500.' }) facilityIds: string[],
    @Arg('minutes', () => [Float], {
      nullable: true,
      description: `Thresholds in minutes (default ${WALKING.isochroneMinutes.join(', ')}), at most 6.`,
    })
    minutes: number[] | null,
    @Arg('speed', () => Float, SPEED_ARG) speed: number | null,
    @Arg('profile', () => WalkProfile, PROFILE_ARG) profile: WalkProfile,
  ) {
    await countAnalysis(ctx);
    const bands = minutes ?? [...WALKING.isochroneMinutes];
    return runWalkingAnalysis(ctx, { kind: 'isochrones', facilityIds, minutes: bands, speed, profile }, (signal) =>
      service(ctx).isochrones(facilityIds, bands, speed, signal, profile),
    );
  }

  @Authorized<Action>('registry:read')
  @Query(() => GeoJSONScalar, {
    description:
      'The streets reachable from a facility within the threshold, partly walked edges included, as a GeoJSON Feature with a MultiLineString.',
  })
  reach(
    @Ctx() ctx: AppContext,
    @Arg('facilityId', () => ID, { description: 'The facility.' }) facilityId: string,
    @Arg('speed', () => Float, SPEED_ARG) speed: number | null,
    @Arg('minutes', () => Float, MINUTES_ARG) minutes: number | null,
    @Arg('profile', () => WalkProfile, PROFILE_ARG) profile: WalkProfile,
  ) {
    const th = walkingThreshold(ctx.lang, speed, minutes);
    return runAnalysis(ctx, (signal) => service(ctx).reach(facilityId, th, signal, profile));
  }
}
