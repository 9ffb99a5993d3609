import { Field, ID, InputType, Int } from 'type-graphql';
import { GeoJSONScalar, LonLatInput } from '../../shared/scalars.js';
import { BBoxInput } from '../facilities/facility.inputs.js';

@InputType({ description: 'Which residential areas to list.' })
export class ResidentialAreaFilter {
  @Field(() => ID, { nullable: true, description: 'In this division or below.' }) divisionId?: string | null;
  @Field(() => BBoxInput, { nullable: true, description: 'Only areas whose representative point lies inside this WGS84 bounding box.' })
  bbox?: BBoxInput | null;
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' }) search?: string | null;
}

@InputType({ description: 'Fields shared by create and update.' })
export class ResidentialAreaFields {
  @Field(() => String, { nullable: true, description: 'External or registry code, at most 64 characters; empty clears it.' }) code?:
    string | null;
  @Field(() => GeoJSONScalar, { nullable: true, description: 'Outline, a GeoJSON Polygon.' }) boundary?: unknown;
  @Field(() => Int, {
    nullable: true,
    description: 'Older residents (60+), at most totalResidents when that is given; null keeps the current value.',
  })
  olderResidents?: number | null;
  @Field(() => Int, { nullable: true, description: 'All residents; null keeps the current value.' }) totalResidents?: number | null;
  @Field(() => ID, { nullable: true, description: 'Division; when omitted, the lowest division containing the location.' }) divisionId?:
    string | null;
}

@InputType({ description: 'A new residential area.' })
export class CreateResidentialAreaInput extends ResidentialAreaFields {
  @Field({ description: 'Area name, at most 200 characters, e.g. a 小区 name.' }) name!: string;
  @Field(() => LonLatInput, { description: 'Entrance or centre; walking is measured from here.' }) location!: LonLatInput;
}

@InputType({ description: 'Changes to a residential area.' })
export class UpdateResidentialAreaInput extends ResidentialAreaFields {
  @Field(() => ID, { description: 'Id of the residential area to change.' }) id!: string;
  @Field(() => Int, { description: 'The version you read (optimistic locking); a stale version is rejected with CONFLICT.' })
  version!: number;
  @Field(() => String, { nullable: true, description: 'New name, at most 200 characters; null keeps the current name.' }) name?:
    string | null;
  @Field(() => LonLatInput, { nullable: true, description: 'New WGS84 entrance or centre point; null keeps the current one.' })
  location?: LonLatInput | null;
}
