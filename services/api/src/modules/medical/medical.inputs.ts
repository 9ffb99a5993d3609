import { Field, ID, InputType, Int } from 'type-graphql';
import { LonLatInput } from '../../shared/scalars.js';
import { BBoxInput, NearInput } from '../facilities/facility.inputs.js';
import { HospitalGrade, MedicalKind } from './medical-institution.entity.js';

@InputType({ description: 'Which medical institutions to list.' })
export class MedicalFilter {
  @Field(() => [MedicalKind], { nullable: true, description: 'Only institutions of one of these kinds; null or empty for all kinds.' })
  kinds?: MedicalKind[] | null;
  @Field(() => ID, { nullable: true, description: 'In this division or below.' }) divisionId?: string | null;
  @Field(() => BBoxInput, { nullable: true, description: 'Only institutions located inside this WGS84 bounding box.' })
  bbox?: BBoxInput | null;
  @Field(() => NearInput, { nullable: true, description: 'Only institutions within this straight-line distance of a point.' })
  near?: NearInput | null;
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' }) search?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only certified elderly-friendly (老年友善) institutions; false: only the others; null: both.',
  })
  elderlyFriendly?: boolean | null;
}

@InputType({ description: 'Fields shared by create and update.' })
export class MedicalFields {
  @Field(() => String, { nullable: true, description: 'External or registry code, at most 64 characters, unique; empty clears it.' })
  code?: string | null;
  @Field(() => HospitalGrade, { nullable: true, description: 'Hospital grade (一级 / 二级 / 三级).' }) grade?: HospitalGrade | null;
  @Field(() => Boolean, { nullable: true, description: 'Has a geriatrics department (老年医学科); null keeps the current value.' })
  geriatricsDepartment?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Hospice (安宁疗护) beds, not negative; null keeps the current value.' }) hospiceBeds?:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Family beds (家庭病床), not negative; null keeps the current value.' }) familyBeds?:
    number | null;
  @Field(() => Boolean, { nullable: true, description: 'Certified elderly-friendly (老年友善医疗机构); null keeps the current value.' })
  elderlyFriendly?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Street address, at most 300 characters.' }) address?: string | null;
  @Field(() => String, { nullable: true, description: 'Contact phone number, at most 40 characters.' }) phone?: string | null;
  @Field(() => ID, { nullable: true, description: 'Division; when omitted, the lowest division containing the location.' }) divisionId?:
    string | null;
}

@InputType({ description: 'A new medical institution.' })
export class CreateMedicalInput extends MedicalFields {
  @Field({ description: 'Institution name, at most 200 characters.' }) name!: string;
  @Field(() => MedicalKind, { description: 'Kind of institution.' }) kind!: MedicalKind;
  @Field(() => LonLatInput, { description: 'Location as WGS84 longitude/latitude.' }) location!: LonLatInput;
}

@InputType({ description: 'Changes to a medical institution; omitted fields stay.' })
export class UpdateMedicalInput extends MedicalFields {
  @Field(() => ID, { description: 'Id of the medical institution to change.' }) id!: string;
  @Field(() => Int, { description: 'The version you read (optimistic locking); a stale version is rejected with CONFLICT.' })
  version!: number;
  @Field(() => String, { nullable: true, description: 'New name, at most 200 characters; null keeps the current name.' }) name?:
    string | null;
  @Field(() => MedicalKind, { nullable: true, description: 'New kind; null keeps the current kind.' }) kind?: MedicalKind | null;
  @Field(() => LonLatInput, { nullable: true, description: 'New WGS84 location; null keeps the current one.' })
  location?: LonLatInput | null;
}
