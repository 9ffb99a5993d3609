import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../shared/context.js';
import { ConnectionType, PageArgs } from '../../shared/pagination.js';
import { toId } from '../../shared/validation.js';
import { Facility } from '../facilities/facility.entity.js';
import { MedicalInstitution } from '../medical/medical-institution.entity.js';
import { AgreementFilter, CreateAgreementInput, RenewAgreementInput, UpdateAgreementInput } from './agreement.inputs.js';
import { AgreementService } from './agreement.service.js';
import { agreementStatus, AgreementStatus, CareAgreement } from './care-agreement.entity.js';

export const AgreementConnection = ConnectionType(CareAgreement, 'CareAgreement');

@Resolver(() => CareAgreement)
export class AgreementResolver {
  @Query(() => AgreementConnection, { description: 'Medical–elderly-care agreements, paged and filtered by status, party and division.' })
  agreements(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => AgreementFilter, { nullable: true }) filter: AgreementFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).list(filter, page);
  }

  @Query(() => CareAgreement, { description: 'One agreement by id.' })
  agreement(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).get(toId(id, 'id', ctx.lang));
  }

  @FieldResolver(() => AgreementStatus, { description: 'Status today: ACTIVE, EXPIRING (ends within 60 days), EXPIRED, PENDING, DRAFT or TERMINATED.' })
  status(@Root() a: CareAgreement, @Ctx() ctx: AppContext) {
    return agreementStatus(a, ctx.today);
  }

  @FieldResolver(() => MedicalInstitution)
  medical(@Root() a: CareAgreement) {
    return a.medical.load();
  }

  @FieldResolver(() => Facility)
  facility(@Root() a: CareAgreement) {
    return a.facility.load();
  }

  @FieldResolver(() => CareAgreement, { nullable: true, description: 'The agreement this one renews.' })
  renewedFrom(@Root() a: CareAgreement) {
    return a.renewedFrom ? a.renewedFrom.load() : null;
  }

  @Mutation(() => CareAgreement, { description: 'Signs (or drafts) an agreement.' })
  createAgreement(@Ctx() ctx: AppContext, @Arg('input', () => CreateAgreementInput) input: CreateAgreementInput) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).create(input);
  }

  @Mutation(() => CareAgreement, { description: 'Changes an agreement (optimistic locking on version).' })
  updateAgreement(@Ctx() ctx: AppContext, @Arg('input', () => UpdateAgreementInput) input: UpdateAgreementInput) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).update(input);
  }

  @Mutation(() => CareAgreement, { description: 'Renews an agreement with a new period linked to the old one.' })
  renewAgreement(@Ctx() ctx: AppContext, @Arg('input', () => RenewAgreementInput) input: RenewAgreementInput) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).renew(input);
  }

  @Mutation(() => CareAgreement, { description: 'Terminates an agreement, with the reason.' })
  terminateAgreement(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).terminate(id, version, reason);
  }

  @Mutation(() => CareAgreement, { description: 'Removes an agreement from every list (kept for history).' })
  deleteAgreement(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).remove(id, version);
  }
}
