import { Field, ID, InputType, Int } from 'type-graphql';
import { AgreementService, AgreementStatus } from './care-agreement.entity.js';

@InputType({ description: 'Which agreements to list.' })
export class AgreementFilter {
  @Field(() => [AgreementStatus], { nullable: true }) statuses?: AgreementStatus[] | null;
  @Field(() => ID, { nullable: true }) facilityId?: string | null;
  @Field(() => ID, { nullable: true }) medicalId?: string | null;
  @Field(() => ID, { nullable: true, description: "The care facility lies in this division or below." }) divisionId?: string | null;
  @Field(() => String, { nullable: true, description: 'Ends on or before this date (YYYY-MM-DD).' }) endsBefore?: string | null;
}

@InputType({ description: "Fields shared by create and update." })
export class AgreementFields {
  @Field(() => [AgreementService], { nullable: true }) services?: AgreementService[] | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) signedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endsOn?: string | null;
}

@InputType({ description: 'A new agreement between a medical institution and a care facility.' })
export class CreateAgreementInput extends AgreementFields {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => ID) medicalId!: string;
  @Field(() => ID) facilityId!: string;
  @Field(() => Boolean, { nullable: true, description: 'Save as a draft instead of a signed agreement.' }) draft?: boolean | null;
}

@InputType({ description: 'Changes to an agreement; omitted fields stay.' })
export class UpdateAgreementInput extends AgreementFields {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Boolean, { nullable: true, description: 'true signs a draft.' }) signed?: boolean | null;
}

@InputType({ description: 'Renews an agreement: a new period linked to the old one.' })
export class RenewAgreementInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'Default: the day after the old end date.' }) startsOn?: string | null;
  @Field(() => String) endsOn!: string;
  @Field(() => String, { nullable: true }) signedOn?: string | null;
  @Field(() => [AgreementService], { nullable: true, description: 'Default: the old services.' }) services?: AgreementService[] | null;
}
