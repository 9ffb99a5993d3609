import { Field, Float, ObjectType } from 'type-graphql';
import { GeoJSONScalar } from '../../shared/scalars.js';
import { Facility } from '../facilities/facility.entity.js';
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
  facility!: Facility | null;

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
