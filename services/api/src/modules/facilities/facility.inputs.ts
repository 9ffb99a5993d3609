import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LonLatInput } from '../../shared/scalars.js';
import { FacilityKind, FacilityStatus, OperatorType, ServiceKind } from './facility.enums.js';

@InputType({ description: 'A bounding box in WGS84 degrees.' })
export class BBoxInput {
  @Field(() => Float, { description: 'Western edge: minimum longitude in WGS84 decimal degrees, -180..180.' }) west!: number;
  @Field(() => Float, { description: 'Southern edge: minimum latitude in WGS84 decimal degrees, -90..90.' }) south!: number;
  @Field(() => Float, { description: 'Eastern edge: maximum longitude in WGS84 decimal degrees, -180..180.' }) east!: number;
  @Field(() => Float, { description: 'Northern edge: maximum latitude in WGS84 decimal degrees, -90..90.' }) north!: number;
}

@InputType({ description: 'Within a distance of a point, measured geodesically (straight line).' })
export class NearInput {
  @Field(() => Float, { description: 'Longitude of the centre in WGS84 decimal degrees, -180..180.' }) lon!: number;
  @Field(() => Float, { description: 'Latitude of the centre in WGS84 decimal degrees, -90..90.' }) lat!: number;
  @Field(() => Float, { description: 'Radius in metres, up to 100 km.' }) meters!: number;
}

@InputType({ description: 'Which facilities to list; all conditions must hold.' })
export class FacilityFilter {
  @Field(() => [FacilityKind], { nullable: true, description: 'Only facilities of one of these kinds; null or empty for all kinds.' })
  kinds?: FacilityKind[] | null;

  @Field(() => [FacilityStatus], {
    nullable: true,
    description: 'Only facilities in one of these registration states; null or empty for all states.',
  })
  statuses?: FacilityStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'In this division or any division below it.' })
  divisionId?: string | null;

  @Field(() => BBoxInput, { nullable: true, description: 'Only facilities located inside this WGS84 bounding box.' })
  bbox?: BBoxInput | null;

  @Field(() => NearInput, { nullable: true, description: 'Only facilities within this straight-line distance of a point.' })
  near?: NearInput | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text.' })
  search?: string | null;
}

@InputType({ description: 'Operator of a facility.' })
export class OperatorInput {
  @Field(() => String, { nullable: true, description: 'Operator name, at most 200 characters; null or empty clears it.' }) name?:
    string | null;
  @Field(() => OperatorType, { nullable: true, description: 'Kind of operator (公办 / 民办 / 社会组织); null when unknown.' })
  type?: OperatorType | null;
}

@InputType({ description: 'Capacity figures; whole numbers, not negative; nursing and occupied beds at most the beds.' })
export class CapacityInput {
  @Field(() => Int, { nullable: true, description: 'Beds (床位); null keeps the current value.' }) beds?: number | null;
  @Field(() => Int, { nullable: true, description: 'Nursing beds (护理型床位), at most beds; null keeps the current value.' })
  nursingBeds?: number | null;
  @Field(() => Int, { nullable: true, description: 'Occupied beds (在住), at most beds; null keeps the current value.' }) occupiedBeds?:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Day-care places (日间照料床位); null keeps the current value.' }) dayCarePlaces?:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Meal seats (助餐座位); null keeps the current value.' }) mealSeats?: number | null;
}

/** Fields shared by create and update. */
@InputType({ description: 'Fields shared by create and update.' })
export class FacilityFields {
  @Field(() => String, { nullable: true, description: 'External or registry code, at most 64 characters, unique; empty clears it.' })
  code?: string | null;
  @Field(() => String, { nullable: true, description: 'Address as text.' }) address?: string | null;
  @Field(() => ID, { nullable: true, description: 'Division; when omitted, the lowest division containing the location.' })
  divisionId?: string | null;
  @Field(() => OperatorInput, { nullable: true, description: 'Operator; when given, replaces the whole operator.' })
  operator?: OperatorInput | null;
  @Field(() => [ServiceKind], { nullable: true, description: 'Services offered (e.g. MEALS = 助餐); when given, replaces the whole list.' })
  services?: ServiceKind[] | null;
  @Field(() => String, { nullable: true, description: 'Opening hours as text, at most 200 characters, e.g. 周一至周日 08:00-18:00.' })
  openingHours?: string | null;
  @Field(() => CapacityInput, { nullable: true, description: 'Capacity figures; omitted figures keep their current values.' })
  capacity?: CapacityInput | null;
  @Field(() => String, { nullable: true, description: 'Contact phone number, at most 40 characters.' }) phone?: string | null;
  @Field(() => [String], { nullable: true, description: 'Photo or web links (http/https), at most 20.' }) links?: string[] | null;
  @Field(() => [ServiceKind], { nullable: true, description: 'Outdoor hubs: bundled services.' }) hubServices?: ServiceKind[] | null;
  @Field(() => [ID], { nullable: true, description: 'Outdoor hubs: linked community resources.' }) resourceIds?: string[] | null;
}

@InputType({ description: 'A new facility; it starts as a DRAFT.' })
export class CreateFacilityInput extends FacilityFields {
  @Field({ description: 'Facility name, at most 200 characters, e.g. 两路街道养老服务中心.' }) name!: string;
  @Field(() => FacilityKind, { description: 'Kind of facility.' }) kind!: FacilityKind;
  @Field(() => LonLatInput, { description: 'Location as WGS84 longitude/latitude.' }) location!: LonLatInput;
}

@InputType({ description: 'Changes to a facility; omitted fields stay as they are.' })
export class UpdateFacilityInput extends FacilityFields {
  @Field(() => ID, { description: 'Id of the facility to change.' }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale version is rejected with CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'New name, at most 200 characters; null keeps the current name.' }) name?:
    string | null;
  @Field(() => FacilityKind, { nullable: true, description: 'New kind; null keeps the current kind.' }) kind?: FacilityKind | null;
  @Field(() => LonLatInput, { nullable: true, description: 'New WGS84 location; null keeps the current one.' })
  location?: LonLatInput | null;
  @Field(() => String, {
    nullable: true,
    description:
      "Why the change, up to 500 characters, for the reviewer: kept with a street office's change of an approved facility, which waits for review.",
  })
  comment?: string | null;
}
