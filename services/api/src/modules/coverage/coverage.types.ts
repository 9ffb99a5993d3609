import { CIRCLE_TARGET, WALKING } from '@carecircle/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GeoJSONScalar } from '../../shared/scalars.js';
import { Division } from '../divisions/division.entity.js';
import { DistanceMethod, WalkProfile } from '../network/network.enums.js';
import { CoverageGroup } from './coverage.enums.js';

@ObjectType({ description: 'Coverage of older residents for one group.' })
export class GroupCoverage {
  @Field(() => CoverageGroup, { description: 'What the coverage is measured for.' })
  group!: CoverageGroup;

  @Field(() => Int, { description: 'Older residents (60+) of residential areas within the threshold.' })
  coveredOlder!: number;

  @Field(() => Int, { description: 'Older residents (60+) of all residential areas counted.' })
  totalOlder!: number;

  @Field(() => Float, { nullable: true, description: 'coveredOlder / totalOlder, 0..1; null without residents.' })
  share!: number | null;

  @Field(() => Int, { description: 'Residential areas within the threshold.' })
  coveredAreas!: number;

  @Field(() => Int, { description: 'Residential areas counted.' })
  totalAreas!: number;
}

@ObjectType({ description: 'Walking coverage of older residents for a division (or the whole registry) and each division below it.' })
export class CoverageSummary {
  @Field(() => Division, { nullable: true, description: 'The division; null for the whole registry.' })
  division!: Division | null;

  @Field(() => Float, { description: 'Threshold in minutes.' })
  minutes!: number;

  @Field(() => Float, { description: 'Walking speed in metres per second.' })
  speed!: number;

  @Field(() => Float, {
    description: 'Threshold distance in metres (minutes × 60 × speed); with a walking profile, flat-equivalent metres.',
  })
  meters!: number;

  @Field(() => WalkProfile, { description: 'The walking profile the figures were measured with.' })
  profile!: WalkProfile;

  @Field(() => Boolean, {
    description: 'Whether the streets have heights from an elevation model (else slopes count as flat, except tagged inclines).',
  })
  elevationLoaded!: boolean;

  @Field(() => [GroupCoverage], { description: 'Coverage per group, the complete circle included.' })
  groups!: GroupCoverage[];

  @Field(() => Int, {
    description:
      'Complete circles: community stations and street/town centres that are the nearest station or centre of at least one residential area inside a complete circle (within the threshold of a station or centre and of a medical institution).',
  })
  completeCircles!: number;

  @Field(() => Int, { description: `The district target for complete circles (${CIRCLE_TARGET}).` })
  circleTarget!: number;

  @Field(() => Int, {
    description: `Residential areas measured in a straight line because they lie more than ${WALKING.maxSnapMeters} m from the network, or no network is loaded.`,
  })
  straightLineAreas!: number;

  @Field(() => DistanceMethod, { description: 'NETWORK when a walking network is loaded, STRAIGHT_LINE otherwise.' })
  method!: DistanceMethod;

  @Field(() => Int, {
    description:
      'The data revision the figures were computed at: the sum of the change counters of facilities, medical institutions, residential areas and the walking network. It goes up with every change, so two reports with the same revision show the same data.',
  })
  dataRevision!: number;

  @Field(() => [CoverageSummary], { description: 'The same figures for each division directly below.' })
  children!: CoverageSummary[];
}

@ObjectType({
  description: 'A gap zone: nearby residential areas outside the walking threshold, grouped, ranked by uncovered older residents.',
})
export class GapZone {
  @Field(() => Int, { description: 'Rank, 1 = most uncovered older residents.' })
  rank!: number;

  @Field(() => Int, { description: 'Older residents (60+) in the zone outside the threshold.' })
  uncoveredOlder!: number;

  @Field(() => Int, { description: 'Residential areas in the zone.' })
  areaCount!: number;

  @Field(() => [ID], { description: 'Ids of those residential areas.' })
  residentialAreaIds!: number[];

  @Field(() => Float, {
    nullable: true,
    description: 'Largest walking distance in metres from an area of the zone to the nearest service (null when none is reachable).',
  })
  worstMeters!: number | null;

  @Field(() => GeoJSONScalar, { description: 'Zone outline, a GeoJSON Polygon around its residential areas (EPSG:4326).' })
  geometry!: unknown;
}
