import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GeoJSONScalar } from '../../shared/scalars.js';
import { CoverageGroup } from '../coverage/coverage.enums.js';
import { CoverageSummary } from '../coverage/coverage.types.js';
import { Division } from '../divisions/division.entity.js';
import { FacilityKind } from '../facilities/facility.enums.js';

/** A scenario change after validation, as it is stored. */
export interface ScenarioChangeData {
  action: 'ADD' | 'MOVE' | 'CLOSE';
  facilityId: number | null;
  kind: FacilityKind | null;
  name: string | null;
  location: { type: 'Point'; coordinates: [number, number] } | null;
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

@ObjectType({
  description:
    'What a scenario changes in one division (a street/town of the district, or a community of a street/town) for one group: gains and losses apart.',
})
export class ScenarioDivisionChange {
  @Field(() => Division, { description: 'The division, directly below the compared scope.' })
  division!: Division;

  @Field(() => CoverageGroup, { description: 'The coverage group.' })
  group!: CoverageGroup;

  @Field(() => Int, { description: 'Older residents newly within the threshold.' })
  gainedOlder!: number;

  @Field(() => Int, { description: 'Residential areas newly within the threshold.' })
  gainedAreas!: number;

  @Field(() => Int, { description: 'Older residents no longer within the threshold.' })
  lostOlder!: number;

  @Field(() => Int, { description: 'Residential areas no longer within the threshold.' })
  lostAreas!: number;
}

@ObjectType({ description: 'A scenario compared with the registry as it is.' })
export class ScenarioComparison {
  @Field(() => CoverageSummary, { description: 'Coverage of the registry as it is.' })
  baseline!: CoverageSummary;

  @Field(() => CoverageSummary, { description: 'Coverage with the scenario applied.' })
  scenario!: CoverageSummary;

  @Field(() => [AreaChange], {
    description: 'Residential areas whose distance changed, per group (only groups the changes affect are recomputed).',
  })
  changedAreas!: AreaChange[];

  @Field(() => [ScenarioDivisionChange], {
    description:
      'Per division directly below the scope and per group, the older residents and areas newly covered and no longer covered; only divisions and groups with a change.',
  })
  divisionChanges!: ScenarioDivisionChange[];
}
