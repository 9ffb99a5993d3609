import { Field, ID, InputType, Int } from 'type-graphql';
import { LonLatInput } from '../../shared/scalars.js';
import { BBoxInput, NearInput } from '../facilities/facility.inputs.js';
import { HospitalGrade, MedicalKind } from './medical-institution.entity.js';

@InputType({ description: 'Which medical institutions to list.' })
export class MedicalFilter {
  @Field(() => [MedicalKind], { nullable: true }) kinds?: MedicalKind[] | null;
  @Field(() => ID, { nullable: true, description: 'In this division or below.' }) divisionId?: string | null;
  @Field(() => BBoxInput, { nullable: true }) bbox?: BBoxInput | null;
  @Field(() => NearInput, { nullable: true }) near?: NearInput | null;
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => Boolean, { nullable: true }) elderlyFriendly?: boolean | null;
}

@InputType({ description: "Fields shared by create and update." })
export class MedicalFields {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => HospitalGrade, { nullable: true }) grade?: HospitalGrade | null;
  @Field(() => Boolean, { nullable: true }) geriatricsDepartment?: boolean | null;
  @Field(() => Int, { nullable: true }) hospiceBeds?: number | null;
  @Field(() => Int, { nullable: true }) familyBeds?: number | null;
  @Field(() => Boolean, { nullable: true }) elderlyFriendly?: boolean | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => ID, { nullable: true }) divisionId?: string | null;
}

@InputType({ description: 'A new medical institution.' })
export class CreateMedicalInput extends MedicalFields {
  @Field() name!: string;
  @Field(() => MedicalKind) kind!: MedicalKind;
  @Field(() => LonLatInput) location!: LonLatInput;
}

@InputType({ description: 'Changes to a medical institution; omitted fields stay.' })
export class UpdateMedicalInput extends MedicalFields {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => MedicalKind, { nullable: true }) kind?: MedicalKind | null;
  @Field(() => LonLatInput, { nullable: true }) location?: LonLatInput | null;
}
