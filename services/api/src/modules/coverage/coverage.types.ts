import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GeoJSONScalar, LonLatInput } from '../../shared/scalars.js';
import { Division } from '../divisions/division.entity.js';
import { Facility } from '../facilities/facility.entity.js';
import { FacilityKind } from '../facilities/facility.enums.js';
import { CoverageGroup, DistanceMethod } from './coverage.enums.js';

@ObjectType({ description: 'Walking access from one point to the nearest facility of the requested kinds.' })
export class WalkingAccess {
  @Field(() => Float, { nullable: true, description: 'Distance in metres to the nearest facility, along the network (or straight, see method); null when none is reachable.' })
  meters!: number | null;

  @Field(() => Float, { nullable: true, description: 'Walking time in minutes at the requested speed; null when none is reachable.' })
  minutes!: number | null;

  @Field(() => Boolean, { description: 'True when the walking time is within the requested minutes.' })
  withinThreshold!: boolean;

  @Field(() => Facility, { nullable: true, description: 'The nearest facility; null when none is reachable.' })
  facility!: Facility | null;

  @Field(() => DistanceMethod, { description: 'How the distance was measured.' })
  method!: DistanceMethod;

  @Field(() => Float, { nullable: true, description: 'Metres from the point to where it joins the network; null for straight-line results.' })
  snapMeters!: number | null;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Where the point joins the network, a GeoJSON Point; null for straight-line results.' })
  snappedLocation!: unknown;
}

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

  @Field(() => Float, { description: 'Threshold distance in metres (minutes × 60 × speed).' })
  meters!: number;

  @Field(() => [GroupCoverage], { description: 'Coverage per group, the complete circle included.' })
  groups!: GroupCoverage[];

  @Field(() => Int, {
    description:
      'Complete circles: community stations and street/town centres that are the nearest station or centre of at least one residential area inside a complete circle (within the threshold of a station or centre and of a medical institution).',
  })
  completeCircles!: number;

  @Field(() => Int, { description: 'The district target for complete circles (151).' })
  circleTarget!: number;

  @Field(() => Int, { description: 'Residential areas measured in a straight line because they lie more than 500 m from the network, or no network is loaded.' })
  straightLineAreas!: number;

  @Field(() => DistanceMethod, { description: 'NETWORK when a walking network is loaded, STRAIGHT_LINE otherwise.' })
  method!: DistanceMethod;

  @Field(() => [CoverageSummary], { description: 'The same figures for each division directly below.' })
  children!: CoverageSummary[];
}

@ObjectType({ description: 'A gap zone: nearby residential areas outside the walking threshold, grouped, ranked by uncovered older residents.' })
export class GapZone {
  @Field(() => Int, { description: 'Rank, 1 = most uncovered older residents.' })
  rank!: number;

  @Field(() => Int, { description: 'Older residents (60+) in the zone outside the threshold.' })
  uncoveredOlder!: number;

  @Field(() => Int, { description: 'Residential areas in the zone.' })
  areaCount!: number;

  @Field(() => [ID], { description: 'Ids of those residential areas.' })
  residentialAreaIds!: number[];

  @Field(() => Float, { nullable: true, description: 'Largest walking distance in metres from an area of the zone to the nearest service (null when none is reachable).' })
  worstMeters!: number | null;

  @Field(() => GeoJSONScalar, { description: 'Zone outline, a GeoJSON Polygon around its residential areas (EPSG:4326).' })
  geometry!: unknown;
}

@ObjectType({ description: 'One suggested site for a new station.' })
export class SuggestedSite {
  @Field(() => Int, { description: 'Order of choice, 1 = the most residents gained.' })
  rank!: number;

  @Field(() => GeoJSONScalar, { description: 'Location, a GeoJSON Point on the walking network.' })
  location!: unknown;

  @Field(() => Int, { description: 'Older residents newly within the threshold thanks to this site, counting earlier sites as built.' })
  newlyCoveredOlder!: number;

  @Field(() => [ID], { description: 'Residential areas this site brings within the threshold (not already served by an earlier site).' })
  residentialAreaIds!: number[];
}

@ObjectType({ description: 'Where k new stations would bring the most older residents within the walking threshold (maximal covering location).' })
export class SiteSuggestion {
  @Field(() => [SuggestedSite], { description: 'The chosen sites.' })
  sites!: SuggestedSite[];

  @Field(() => Int, { description: 'Older residents newly covered by all chosen sites together.' })
  newlyCoveredOlder!: number;

  @Field(() => Int, { description: 'Older residents outside the threshold before the new sites.' })
  uncoveredOlderBefore!: number;

  @Field(() => Int, { description: 'Candidate sites considered.' })
  candidates!: number;

  @Field(() => String, { description: 'Solver: "milp" (exact, HiGHS) or "greedy+swap" (lazy greedy with 1-swap local search).' })
  solver!: string;

  @Field(() => Boolean, { description: 'True when the choice is proven optimal.' })
  optimal!: boolean;

  @Field(() => Float, { description: 'Optimality gap, 0..1: how far the choice may be from the best possible (0 when optimal).' })
  gap!: number;
}

@InputType({ description: 'One change of a what-if scenario; the registry itself is never touched.' })
export class ScenarioChangeInput {
  @Field(() => String, { description: 'ADD a facility, MOVE one, or CLOSE one.' })
  action!: 'ADD' | 'MOVE' | 'CLOSE';

  @Field(() => ID, { nullable: true, description: 'The facility to move or close.' })
  facilityId?: string | null;

  @Field(() => FacilityKind, { nullable: true, description: 'Kind of an added facility.' })
  kind?: FacilityKind | null;

  @Field(() => String, { nullable: true, description: 'Name of an added facility (for display).' })
  name?: string | null;

  @Field(() => LonLatInput, { nullable: true, description: 'Location of an added or moved facility (WGS84).' })
  location?: LonLatInput | null;
}

@ObjectType({ description: 'A stored change of a what-if scenario.' })
export class ScenarioChange {
  @Field(() => String, { description: 'ADD, MOVE or CLOSE.' })
  action!: string;

  @Field(() => ID, { nullable: true, description: 'The facility moved or closed.' })
  facilityId!: number | null;

  @Field(() => FacilityKind, { nullable: true, description: 'Kind of an added facility.' })
  kind!: FacilityKind | null;

  @Field(() => String, { nullable: true, description: 'Name of an added facility.' })
  name!: string | null;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Location of an added or moved facility, a GeoJSON Point.' })
  location!: unknown;
}

@ObjectType({ description: 'A residential area whose walking distance changes in a scenario.' })
export class AreaChange {
  @Field(() => ID, { description: 'Residential area id.' })
  residentialAreaId!: number;

  @Field(() => CoverageGroup, { description: 'Group whose distance changed.' })
  group!: CoverageGroup;

  @Field(() => Int, { description: 'Older residents of the area.' })
  older!: number;

  @Field(() => Float, { nullable: true, description: 'Metres before (null: none reachable).' })
  beforeMeters!: number | null;

  @Field(() => Float, { nullable: true, description: 'Metres in the scenario (null: none reachable).' })
  afterMeters!: number | null;

  @Field(() => Boolean, { description: 'Within the threshold before.' })
  coveredBefore!: boolean;

  @Field(() => Boolean, { description: 'Within the threshold in the scenario.' })
  coveredAfter!: boolean;
}

@ObjectType({ description: 'A scenario compared with the registry as it is.' })
export class ScenarioComparison {
  @Field(() => CoverageSummary, { description: 'Coverage of the registry as it is.' })
  baseline!: CoverageSummary;

  @Field(() => CoverageSummary, { description: 'Coverage with the scenario applied.' })
  scenario!: CoverageSummary;

  @Field(() => [AreaChange], { description: 'Residential areas whose distance changed, per group (only groups the changes affect are recomputed).' })
  changedAreas!: AreaChange[];
}
