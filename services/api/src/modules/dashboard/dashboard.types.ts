import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Division } from '../divisions/division.entity.js';
import { FacilityKind, FacilityStatus } from '../facilities/facility.enums.js';

@ObjectType({ description: 'Number of facilities of one kind in one state.' })
export class KindStatusCount {
  @Field(() => FacilityKind, { description: 'Kind of facility.' }) kind!: FacilityKind;
  @Field(() => FacilityStatus, { description: 'Registration state.' }) status!: FacilityStatus;
  @Field(() => Int, { description: 'Number of facilities of this kind in this state.' }) count!: number;
}

@ObjectType({ description: 'Registry figures for a division (or the whole registry), for dashboards.' })
export class DashboardFigures {
  @Field(() => Division, { nullable: true, description: 'The division; null for the whole registry.' })
  division!: Division | null;

  @Field(() => Int, { description: 'Older residents (60+) of the division.' })
  olderPopulation!: number;

  @Field(() => [KindStatusCount], { description: 'Facilities by kind and status (removed ones excluded).' })
  facilityCounts!: KindStatusCount[];

  @Field(() => Int, { description: 'Beds in approved care institutions.' })
  beds!: number;

  @Field(() => Int, { description: 'Nursing beds in approved care institutions.' })
  nursingBeds!: number;

  @Field(() => Int, { description: 'Occupied beds in approved care institutions.' })
  occupiedBeds!: number;

  @Field(() => Float, { nullable: true, description: 'Occupied / beds, 0..1; null without beds.' })
  occupancyRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Nursing beds / beds, 0..1; null without beds.' })
  nursingBedShare!: number | null;

  @Field(() => Int, { description: 'Approved care institutions (CARE_INSTITUTION).' })
  careInstitutions!: number;

  @Field(() => Int, { description: 'Of those, with an ACTIVE or EXPIRING agreement today.' })
  signedCareInstitutions!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Signing coverage: signed / care institutions, 0..1 (target 1.0); null without institutions.',
  })
  signingCoverage!: number | null;

  @Field(() => [DashboardFigures], { description: 'The same figures for each division directly below.' })
  children!: DashboardFigures[];
}
