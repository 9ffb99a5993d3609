import { Field, Float, ObjectType } from 'type-graphql';
import { GeoJSONScalar } from '../../shared/scalars.js';
import { Facility } from '../facilities/facility.entity.js';
import type { FacilityNode } from '../facilities/facility.rows.js';
import { DistanceMethod, WalkProfile } from '../network/network.enums.js';

@ObjectType({ description: 'Walking access from one point to the nearest facility of the requested kinds.' })
export class WalkingAccess {
  @Field(() => Float, {
    nullable: true,
    description:
      'Walked length in metres of the path to the nearest facility, along the network (or straight, see method); null when none is reachable.',
  })
  meters!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Walking time of that path in minutes under the profile at the requested speed; null when none is reachable.',
  })
  minutes!: number | null;

  @Field(() => Boolean, { description: 'True when the walking time is within the requested minutes.' })
  withinThreshold!: boolean;

  @Field(() => WalkProfile, { description: 'The walking profile the time was measured with.' })
  profile!: WalkProfile;

  @Field(() => Boolean, {
    description:
      'Whether the streets have heights from an elevation model; without one, slopes count as flat except where an incline is tagged.',
  })
  elevationLoaded!: boolean;

  @Field(() => Facility, { nullable: true, description: 'The nearest facility; null when none is reachable.' })
  facility!: FacilityNode | null;

  @Field(() => DistanceMethod, { description: 'How the distance was measured.' })
  method!: DistanceMethod;

  @Field(() => Float, {
    nullable: true,
    description: 'Metres from the point to where it joins the network; null for straight-line results.',
  })
  snapMeters!: number | null;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: 'Where the point joins the network, a GeoJSON Point; null for straight-line results.',
  })
  snappedLocation!: unknown;
}

@ObjectType({
  description:
    'The walking threshold analyses use when a request leaves it out, and the ranges a request may ask for: what an app shows before the first analysis.',
})
export class WalkingDefaults {
  @Field(() => Float, { description: 'Threshold in minutes of coverage-type analyses (coverage, gap zones, scenarios, suggestions).' })
  minutes!: number;

  @Field(() => Float, { description: 'Walking speed in metres per second.' })
  speed!: number;

  @Field(() => WalkProfile, { description: 'The walking profile of coverage-type analyses.' })
  profile!: WalkProfile;

  @Field(() => WalkProfile, { description: 'The walking profile of single walks (walkingAccess, isochrones, reach).' })
  singleWalkProfile!: WalkProfile;

  @Field(() => Float, { description: 'Largest threshold in minutes a request may ask for (the least, 0, is exclusive).' })
  maxMinutes!: number;

  @Field(() => Float, { description: 'Least walking speed a request may ask for, m/s.' })
  minSpeed!: number;

  @Field(() => Float, { description: 'Largest walking speed a request may ask for, m/s.' })
  maxSpeed!: number;

  @Field(() => [Float], { description: 'Isochrone bands in minutes the apps offer.' })
  isochroneMinutes!: number[];
}
