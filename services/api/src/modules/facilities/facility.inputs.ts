import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LonLatInput } from '../../shared/scalars.js';
import { FacilityKind, FacilityStatus, OperatorType, ServiceKind } from './facility.enums.js';

@InputType({ description: 'A bounding box in WGS84 degrees.' })
export class BBoxInput {
  @Field(() => Float) west!: number;
  @Field(() => Float) south!: number;
  @Field(() => Float) east!: number;
  @Field(() => Float) north!: number;
}

@InputType({ description: 'Within a distance of a point, measured geodesically (straight line).' })
export class NearInput {
  @Field(() => Float) lon!: number;
  @Field(() => Float) lat!: number;
  @Field(() => Float, { description: 'Radius in metres, up to 100 km.' }) meters!: number;
}

@InputType({ description: 'Which facilities to list; all conditions must hold.' })
export class FacilityFilter {
  @Field(() => [FacilityKind], { nullable: true })
  kinds?: FacilityKind[] | null;

  @Field(() => [FacilityStatus], { nullable: true })
  statuses?: FacilityStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'In this division or any division below it.' })
  divisionId?: string | null;

  @Field(() => BBoxInput, { nullable: true })
  bbox?: BBoxInput | null;

  @Field(() => NearInput, { nullable: true })
  near?: NearInput | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text.' })
  search?: string | null;
}

@InputType({ description: 'Operator of a facility.' })
export class OperatorInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => OperatorType, { nullable: true }) type?: OperatorType | null;
}

@InputType({ description: 'Capacity figures; whole numbers, not negative; nursing and occupied beds at most the beds.' })
export class CapacityInput {
  @Field(() => Int, { nullable: true }) beds?: number | null;
  @Field(() => Int, { nullable: true }) nursingBeds?: number | null;
  @Field(() => Int, { nullable: true }) occupiedBeds?: number | null;
  @Field(() => Int, { nullable: true }) dayCarePlaces?: number | null;
  @Field(() => Int, { nullable: true }) mealSeats?: number | null;
}

/** Fields shared by create and update. */
@InputType({ description: "Fields shared by create and update." })
export class FacilityFields {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true, description: 'Address as text.' }) address?: string | null;
  @Field(() => ID, { nullable: true, description: 'Division; when omitted, the lowest division containing the location.' })
  divisionId?: string | null;
  @Field(() => OperatorInput, { nullable: true }) operator?: OperatorInput | null;
  @Field(() => [ServiceKind], { nullable: true }) services?: ServiceKind[] | null;
  @Field(() => String, { nullable: true }) openingHours?: string | null;
  @Field(() => CapacityInput, { nullable: true }) capacity?: CapacityInput | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => [String], { nullable: true, description: 'Photo or web links (http/https), at most 20.' }) links?: string[] | null;
  @Field(() => [ServiceKind], { nullable: true, description: 'Outdoor hubs: bundled services.' }) hubServices?: ServiceKind[] | null;
  @Field(() => [ID], { nullable: true, description: 'Outdoor hubs: linked community resources.' }) resourceIds?: string[] | null;
}

@InputType({ description: 'A new facility; it starts as a DRAFT.' })
export class CreateFacilityInput extends FacilityFields {
  @Field() name!: string;
  @Field(() => FacilityKind) kind!: FacilityKind;
  @Field(() => LonLatInput) location!: LonLatInput;
}

@InputType({ description: 'Changes to a facility; omitted fields stay as they are.' })
export class UpdateFacilityInput extends FacilityFields {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale version is rejected with CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => FacilityKind, { nullable: true }) kind?: FacilityKind | null;
  @Field(() => LonLatInput, { nullable: true }) location?: LonLatInput | null;
}
