import { Field, ID, InputType, Int } from 'type-graphql';
import { GeoJSONScalar, LonLatInput } from '../../shared/scalars.js';
import { BBoxInput } from '../facilities/facility.inputs.js';

@InputType({ description: 'Which residential areas to list.' })
export class ResidentialAreaFilter {
  @Field(() => ID, { nullable: true, description: 'In this division or below.' }) divisionId?: string | null;
  @Field(() => BBoxInput, { nullable: true }) bbox?: BBoxInput | null;
  @Field(() => String, { nullable: true }) search?: string | null;
}

@InputType({ description: "Fields shared by create and update." })
export class ResidentialAreaFields {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => GeoJSONScalar, { nullable: true, description: 'Outline, a GeoJSON Polygon.' }) boundary?: unknown;
  @Field(() => Int, { nullable: true }) olderResidents?: number | null;
  @Field(() => Int, { nullable: true }) totalResidents?: number | null;
  @Field(() => ID, { nullable: true }) divisionId?: string | null;
}

@InputType({ description: 'A new residential area.' })
export class CreateResidentialAreaInput extends ResidentialAreaFields {
  @Field() name!: string;
  @Field(() => LonLatInput, { description: 'Entrance or centre; walking is measured from here.' }) location!: LonLatInput;
}

@InputType({ description: 'Changes to a residential area.' })
export class UpdateResidentialAreaInput extends ResidentialAreaFields {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => LonLatInput, { nullable: true }) location?: LonLatInput | null;
}
