import { Field, ID, InputType, Int } from 'type-graphql';
import { AgreementService, AgreementStatus } from './care-agreement.entity.js';

@InputType({ description: 'Which agreements to list.' })
export class AgreementFilter {
  @Field(() => [AgreementStatus], {
    nullable: true,
    description: 'Only agreements whose status today is one of these; null or empty for all.',
  })
  statuses?: AgreementStatus[] | null;
  @Field(() => ID, { nullable: true, description: 'Only agreements with this care facility.' }) facilityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only agreements with this medical institution.' }) medicalId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The care facility lies in this division or below.' }) divisionId?: string | null;
  @Field(() => String, { nullable: true, description: 'Ends on or before this date (YYYY-MM-DD).' }) endsBefore?: string | null;
}

@InputType({ description: 'Fields shared by create and update.' })
export class AgreementFields {
  @Field(() => [AgreementService], {
    nullable: true,
    description: 'Agreed services (e.g. TWO_WAY_REFERRAL = 双向转诊); when given, replaces the whole list.',
  })
  services?: AgreementService[] | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) signedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endsOn?: string | null;
}

@InputType({ description: 'A new agreement between a medical institution and a care facility.' })
export class CreateAgreementInput extends AgreementFields {
  @Field(() => String, { nullable: true, description: 'Agreement number, at most 64 characters, unique when given.' }) code?: string | null;
  @Field(() => ID, { description: 'Id of the medical institution (医疗机构) party.' }) medicalId!: string;
  @Field(() => ID, { description: 'Id of the care facility (养老服务设施) party.' }) facilityId!: string;
  @Field(() => Boolean, { nullable: true, description: 'Save as a draft instead of a signed agreement.' }) draft?: boolean | null;
}

@InputType({ description: 'Changes to an agreement; omitted fields stay.' })
export class UpdateAgreementInput extends AgreementFields {
  @Field(() => ID, { description: 'Id of the agreement to change.' }) id!: string;
  @Field(() => Int, { description: 'The version you read (optimistic locking); a stale version is rejected with CONFLICT.' })
  version!: number;
  @Field(() => Boolean, { nullable: true, description: 'true signs a draft.' }) signed?: boolean | null;
}

@InputType({ description: 'Renews an agreement: a new period linked to the old one.' })
export class RenewAgreementInput {
  @Field(() => ID, { description: 'Id of the agreement to renew.' }) id!: string;
  @Field(() => Int, { description: 'The version you read of the old agreement (optimistic locking).' }) version!: number;
  @Field(() => String, { nullable: true, description: 'Default: the day after the old end date.' }) startsOn?: string | null;
  @Field(() => String, { description: 'Last day of the new period, YYYY-MM-DD.' }) endsOn!: string;
  @Field(() => String, { nullable: true, description: 'Signing date of the renewal, YYYY-MM-DD; default: today.' }) signedOn?:
    string | null;
  @Field(() => [AgreementService], { nullable: true, description: 'Default: the old services.' }) services?: AgreementService[] | null;
}
