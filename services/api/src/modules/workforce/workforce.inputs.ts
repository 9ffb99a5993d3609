import { Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  CertificateKind,
  CertificateState,
  DishonestKind,
  EmployerKind,
  EvaluationKind,
  SkillLevel,
  SortDirection,
  TalentLibrary,
  TrainingKind,
  WorkerPost,
  WorkerSortField,
} from './workforce.enums.js';

@InputType({ description: 'Which workers to list.' })
export class WorkerFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Part of the name or of a certificate number, the last one to four characters of the ID number (as the masked form shows them), or a whole ID number (found by its keyed hash).',
  })
  search?: string | null;
  @Field(() => [WorkerPost], { nullable: true, description: 'Only these posts.' }) posts?: WorkerPost[] | null;
  @Field(() => ID, { nullable: true, description: 'Only the staff of this employer (employed or placed there).' }) employerId?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'Only staff of employers in this division or below.' }) divisionId?: string | null;
  @Field(() => [SkillLevel], { nullable: true, description: 'Only these skill levels.' }) skillLevels?: SkillLevel[] | null;
  @Field(() => Int, { nullable: true, description: 'Only workers with at least this many stars.' }) minStars?: number | null;
  @Field(() => [TalentLibrary], { nullable: true, description: 'Only members of any of these talent libraries.' }) libraries?:
    TalentLibrary[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only workers whose post needs a certificate and who hold a valid one; false: only those who do not (alerts).',
  })
  certified?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Only workers with a certificate expiring within this many days (e.g. 90).' })
  expiringWithinDays?: number | null;
  @Field(() => [CertificateState], { nullable: true, description: 'Only workers whose certificate state is one of these.' })
  certificateStates?: CertificateState[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only workers employed by or placed at a medical institution (the health bureau’s care workers); false: only the others.',
  })
  inMedicalInstitutions?: boolean | null;
}

@InputType({ description: 'How to sort the register.' })
export class WorkerOrder {
  @Field(() => WorkerSortField, { description: 'The sort key.' }) field!: WorkerSortField;
  @Field(() => SortDirection, { nullable: true, description: 'Direction (default ascending).' }) direction?: SortDirection | null;
}

@InputType({ description: 'A certificate.' })
export class CertificateInput {
  @Field(() => CertificateKind, { description: 'Kind.' }) kind!: CertificateKind;
  @Field({ description: 'Number, at most 64 characters.' }) number!: string;
  @Field(() => SkillLevel, { nullable: true, description: 'Level attested.' }) level?: SkillLevel | null;
  @Field({ description: 'Issuing body.' }) issuer!: string;
  @Field({ description: 'Issue date, YYYY-MM-DD.' }) issuedOn!: string;
  @Field(() => String, { nullable: true, description: 'Valid until, YYYY-MM-DD; null: no expiry.' }) validUntil?: string | null;
}

@InputType({ description: 'A period of employment.' })
export class EmploymentInput {
  @Field(() => ID, { description: 'The employer.' }) employerId!: string;
  @Field(() => WorkerPost, { description: 'The post.' }) post!: WorkerPost;
  @Field({ description: 'First day, YYYY-MM-DD.' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD; null while it lasts.' }) endsOn?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Full-time (default true).' }) fullTime?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why it may overlap another full-time employment; without it an overlap is refused.',
  })
  concurrentReason?: string | null;
  @Field(() => ID, { nullable: true, description: 'The medical institution (as an employer) where a company places the worker.' })
  placedAtId?: string | null;
}

@InputType({ description: 'A pre-work health check.' })
export class HealthCheckInput {
  @Field({ description: 'Date of the check, YYYY-MM-DD.' }) on!: string;
  @Field(() => String, { nullable: true, description: 'Valid until, YYYY-MM-DD (default: a year later).' }) validUntil?: string | null;
}

@InputType({ description: 'A new worker, with the certificates and health check that entitle them to the post.' })
export class RegisterWorkerInput {
  @Field({ description: 'Name.' }) name!: string;
  @Field({ description: '身份证号, 18 characters, checked by the GB 11643 check digit. Stored encrypted; never logged.' })
  idNumber!: string;
  @Field(() => String, { nullable: true, description: 'Phone.' }) phone?: string | null;
  @Field(() => SkillLevel, { nullable: true, description: 'Skill level.' }) skillLevel?: SkillLevel | null;
  @Field(() => Int, { nullable: true, description: 'Stars, 1 to 5.' }) stars?: number | null;
  @Field(() => HealthCheckInput, { nullable: true, description: 'The pre-work health check.' }) healthCheck?: HealthCheckInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Social insurance.' }) socialInsurance?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Accident insurance.' }) accidentInsurance?: boolean | null;
  @Field(() => [TalentLibrary], { nullable: true, description: 'Talent libraries (needs `talent:libraries`).' }) libraries?:
    TalentLibrary[] | null;
  @Field(() => [CertificateInput], { nullable: true, description: 'Certificates held.' }) certificates?: CertificateInput[] | null;
  @Field(() => EmploymentInput, { nullable: true, description: 'The employment the worker starts with.' })
  employment?: EmploymentInput | null;
}

@InputType({ description: 'Changes to a worker; omitted fields stay.' })
export class UpdateWorkerInput {
  @Field(() => ID, { description: 'The worker.' }) id!: string;
  @Field(() => Int, { description: 'The version you read (optimistic locking).' }) version!: number;
  @Field(() => String, { nullable: true, description: 'Name.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone.' }) phone?: string | null;
  @Field(() => SkillLevel, { nullable: true, description: 'Skill level.' }) skillLevel?: SkillLevel | null;
  @Field(() => Int, { nullable: true, description: 'Stars, 1 to 5.' }) stars?: number | null;
  @Field(() => HealthCheckInput, { nullable: true, description: 'A new health check.' }) healthCheck?: HealthCheckInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Social insurance.' }) socialInsurance?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Accident insurance.' }) accidentInsurance?: boolean | null;
  @Field(() => [TalentLibrary], {
    nullable: true,
    description: 'The talent libraries the worker belongs to, all of them (needs `talent:libraries`).',
  })
  libraries?: TalentLibrary[] | null;
}

@InputType({ description: 'A worker takes a post with an employer.' })
export class EmployWorkerInput extends EmploymentInput {
  @Field(() => ID, { description: 'The worker.' }) workerId!: string;
  @Field(() => Int, { description: 'The version you read of the worker.' }) version!: number;
  @Field(() => Boolean, { nullable: true, description: 'End the current open employments the day before this one starts.' })
  endCurrent?: boolean | null;
}

@InputType({ description: 'A training.' })
export class TrainingInput {
  @Field({ description: 'Course.' }) course!: string;
  @Field(() => TrainingKind, { description: 'Kind.' }) kind!: TrainingKind;
  @Field(() => Float, { description: 'Hours.' }) hours!: number;
  @Field({ description: 'Provider.' }) provider!: string;
  @Field({ description: 'Date, YYYY-MM-DD.' }) heldOn!: string;
}

@InputType({ description: 'An evaluation or inspection.' })
export class EvaluationInput {
  @Field(() => EvaluationKind, { description: 'Kind.' }) kind!: EvaluationKind;
  @Field(() => Float, { description: 'Score, 0 to 100.' }) score!: number;
  @Field({ description: 'By whom.' }) byWhom!: string;
  @Field({ description: 'Date, YYYY-MM-DD.' }) heldOn!: string;
  @Field(() => String, { nullable: true, description: 'Note.' }) note?: string | null;
}

@InputType({ description: 'A complaint or penalty.' })
export class ComplaintInput {
  @Field({ description: 'What.' }) what!: string;
  @Field(() => String, { nullable: true, description: 'Outcome.' }) outcome?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'A penalty was imposed.' }) penalty?: boolean | null;
  @Field({ description: 'Date received, YYYY-MM-DD.' }) receivedOn!: string;
}

@InputType({ description: 'A new employer.' })
export class RegisterEmployerInput {
  @Field(() => String, { nullable: true, description: 'Name (default: the facility’s or institution’s).' }) name?: string | null;
  @Field(() => EmployerKind, { description: 'Kind.' }) kind!: EmployerKind;
  @Field(() => String, { nullable: true, description: 'Unified social credit code; required for companies and training bodies.' })
  creditCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'The care facility, for CARE_FACILITY.' }) facilityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The medical institution, for MEDICAL_INSTITUTION.' }) medicalId?: string | null;
  @Field(() => String, { nullable: true, description: 'Contact phone.' }) phone?: string | null;
}

@InputType({ description: 'An entry of the published dishonesty list.' })
export class DishonestPartyInput {
  @Field(() => DishonestKind, { description: 'A worker or an operator.' }) kind!: DishonestKind;
  @Field({ description: 'Name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'ID number of a worker (only its keyed hash is kept).' }) idNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Credit code of an operator.' }) creditCode?: string | null;
  @Field({ description: 'Why listed.' }) reason!: string;
  @Field(() => String, { nullable: true, description: 'Date listed, YYYY-MM-DD.' }) listedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Source.' }) source?: string | null;
}
