import { Field, ID, InputType, Int } from 'type-graphql';
import { GeoJSONScalar } from '../../shared/scalars.js';
import { DivisionLevel } from './division.entity.js';

@InputType({ description: 'Which divisions to list.' })
export class DivisionFilter {
  @Field(() => [DivisionLevel], { nullable: true, description: 'Only these levels.' })
  levels?: DivisionLevel[] | null;

  @Field(() => ID, { nullable: true, description: 'Only direct children of this division.' })
  parentId?: string | number | null;

  @Field(() => ID, { nullable: true, description: 'This division and everything below it.' })
  withinId?: string | number | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text.' })
  search?: string | null;
}

@InputType({ description: 'A new administrative division.' })
export class CreateDivisionInput {
  @Field({ description: 'Unique administrative code.' })
  code!: string;

  @Field({ description: 'Name as it should appear, e.g. 两路街道.' })
  name!: string;

  @Field(() => DivisionLevel, { description: 'Administrative level.' })
  level!: DivisionLevel;

  @Field(() => ID, { nullable: true, description: 'Parent division; required for every level below the district.' })
  parentId?: string | number | null;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: 'Boundary, a GeoJSON Polygon or MultiPolygon; self-intersections are repaired.',
  })
  boundary?: unknown;

  @Field(() => Int, { nullable: true, description: 'Older residents (60+), a whole number ≥ 0.' })
  olderPopulation?: number | null;

  @Field(() => Int, { nullable: true, description: 'All residents, a whole number ≥ 0.' })
  totalPopulation?: number | null;
}

@InputType({ description: 'Changes to a division; omitted fields stay as they are.' })
export class UpdateDivisionInput {
  @Field(() => ID, { description: 'The division to change.' })
  id!: string | number;

  @Field(() => Int, { description: 'The version you read; a stale version is rejected with CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: 'New boundary, a GeoJSON Polygon or MultiPolygon (EPSG:4326); self-intersections are repaired.',
  })
  boundary?: unknown;

  @Field(() => Int, { nullable: true, description: 'Older residents (60+), a whole number ≥ 0.' })
  olderPopulation?: number | null;

  @Field(() => Int, { nullable: true, description: 'All residents, a whole number ≥ 0.' })
  totalPopulation?: number | null;
}
