import type { Action } from '@carecircle/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
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
  @Authorized<Action>('registry:read')
  @Query(() => AgreementConnection, { description: 'Medical–elderly-care agreements, paged and filtered by status, party and division.' })
  agreements(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => AgreementFilter, {
      nullable: true,
      description: 'Conditions the agreements must meet; null lists all agreements.',
    })
    filter: AgreementFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).list(filter, page);
  }

  @Authorized<Action>('registry:read')
  @Query(() => CareAgreement, { description: 'One agreement by id.' })
  agreement(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Agreement id.' }) id: string) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).get(toId(id, 'id', ctx.lang));
  }

  @FieldResolver(() => AgreementStatus, {
    description: 'Status today: ACTIVE, EXPIRING (ends within 60 days), EXPIRED, PENDING, DRAFT or TERMINATED.',
  })
  status(@Root() a: CareAgreement, @Ctx() ctx: AppContext) {
    return agreementStatus(a, ctx.today);
  }

  @FieldResolver(() => Boolean, { description: 'May the signed-in user change, renew, terminate or remove this agreement now?' })
  viewerCanModify(@Root() a: CareAgreement, @Ctx() ctx: AppContext) {
    return ctx.access.can('agreement:manage') && a.deletedAt == null && agreementStatus(a, ctx.today) !== AgreementStatus.TERMINATED;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Walking distance along the network between the two parties in metres (emergency response); null where no network is loaded or a party is more than 500 m from it.',
  })
  async walkingMeters(@Root() a: CareAgreement, @Ctx() ctx: AppContext) {
    const [m, f] = await Promise.all([a.medical.load(), a.facility.load()]);
    if (!m || !f) return null;
    const at = (p: { coordinates: number[] }): [number, number] => [p.coordinates[0], p.coordinates[1]];
    return ctx.loaders.walkingBetween.load({ from: at(m.location), to: at(f.location) });
  }

  @FieldResolver(() => MedicalInstitution, { description: 'The medical institution (医疗机构) party.' })
  medical(@Root() a: CareAgreement) {
    return a.medical.load();
  }

  @FieldResolver(() => Facility, { description: 'The care facility (养老服务设施) party.' })
  facility(@Root() a: CareAgreement) {
    return a.facility.load();
  }

  @FieldResolver(() => CareAgreement, { nullable: true, description: 'The agreement this one renews.' })
  renewedFrom(@Root() a: CareAgreement) {
    return a.renewedFrom ? a.renewedFrom.load() : null;
  }

  @Authorized<Action>('agreement:manage')
  @Mutation(() => CareAgreement, { description: 'Signs (or drafts) an agreement.' })
  createAgreement(
    @Ctx() ctx: AppContext,
    @Arg('input', () => CreateAgreementInput, { description: 'The new agreement.' }) input: CreateAgreementInput,
  ) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).create(input);
  }

  @Authorized<Action>('agreement:manage')
  @Mutation(() => CareAgreement, { description: 'Changes an agreement (optimistic locking on version).' })
  updateAgreement(
    @Ctx() ctx: AppContext,
    @Arg('input', () => UpdateAgreementInput, { description: 'The agreement id, the version you read and the changes.' })
    input: UpdateAgreementInput,
  ) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).update(input);
  }

  @Authorized<Action>('agreement:manage')
  @Mutation(() => CareAgreement, { description: 'Renews an agreement with a new period linked to the old one.' })
  renewAgreement(
    @Ctx() ctx: AppContext,
    @Arg('input', () => RenewAgreementInput, { description: 'The agreement to renew, the version you read and the new period.' })
    input: RenewAgreementInput,
  ) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).renew(input);
  }

  @Authorized<Action>('agreement:manage')
  @Mutation(() => CareAgreement, { description: 'Terminates an agreement, with the reason.' })
  terminateAgreement(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'Id of the agreement to terminate.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read (optimistic locking); a stale version fails with CONFLICT.' })
    version: number,
    @Arg('reason', () => String, { description: 'Why the agreement ends, required, at most 500 characters.' }) reason: string,
  ) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).terminate(id, version, reason);
  }

  @Authorized<Action>('agreement:manage')
  @Mutation(() => CareAgreement, { description: 'Removes an agreement from every list (kept for history).' })
  deleteAgreement(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'Id of the agreement to remove.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read (optimistic locking); a stale version fails with CONFLICT.' })
    version: number,
  ) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).remove(id, version);
  }

  @Authorized<Action>('agreement:manage')
  @Mutation(() => CareAgreement, { description: 'Brings back a removed agreement.' })
  restoreAgreement(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'The agreement.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
  ) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).restore(id, version);
  }
}
