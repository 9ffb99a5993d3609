import type { Action } from '@carecircle/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { ConnectionType, PageArgs } from '../../shared/pagination.js';
import { selectsField } from '../../shared/selection.js';
import { toId } from '../../shared/validation.js';
import { Facility } from '../facilities/facility.entity.js';
import type { FacilityNode } from '../facilities/facility.rows.js';
import { MedicalInstitution } from '../medical/medical-institution.entity.js';
import type { MedicalNode } from '../medical/medical.rows.js';
import { AgreementFilter, CreateAgreementInput, RenewAgreementInput, UpdateAgreementInput } from './agreement.inputs.js';
import { isAgreementEntity, type AgreementNode } from './agreement.rows.js';
import { AgreementService } from './agreement.service.js';
import { agreementStatus, AgreementStatus, CareAgreement } from './care-agreement.entity.js';

export const AgreementConnection = ConnectionType(CareAgreement, 'CareAgreement');

/** The medical institution party: the entity's reference, or the row read with the page (else by id). */
function medicalOf(ctx: AppContext, a: AgreementNode): MedicalNode | null | Promise<MedicalNode | null> {
  if (isAgreementEntity(a)) return a.medical.load();
  return a.medical ?? ctx.em.findOne(MedicalInstitution, a.medicalId);
}

/** The care facility party, shown even when removed: the entity's, or the row read with the page (else by id). */
function facilityOf(ctx: AppContext, a: AgreementNode): FacilityNode | null | Promise<FacilityNode | null> {
  if (isAgreementEntity(a)) return a.facility.load();
  return a.facility ?? ctx.em.findOne(Facility, a.facilityId, { filters: false });
}

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
    @Info() info: GraphQLResolveInfo,
  ) {
    // The page's parties in the same statement, so its rows resolve them (and their walking distance) without waiting.
    const parties = ['medical', 'facility', 'walkingMeters'].some((f) => selectsField(info, ['nodes', f]));
    return new AgreementService(ctx.em, ctx.lang, ctx.today).list(filter, page, { parties });
  }

  @Authorized<Action>('registry:read')
  @Query(() => CareAgreement, { description: 'One agreement by id.' })
  agreement(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Agreement id.' }) id: string) {
    return new AgreementService(ctx.em, ctx.lang, ctx.today).get(toId(id, 'id', ctx.lang));
  }

  @FieldResolver(() => AgreementStatus, {
    description: 'Status today: ACTIVE, EXPIRING (ends within 60 days), EXPIRED, PENDING, DRAFT or TERMINATED.',
  })
  status(@Root() a: AgreementNode, @Ctx() ctx: AppContext) {
    return agreementStatus(a, ctx.today);
  }

  @FieldResolver(() => Boolean, { description: 'May the signed-in user change, renew, terminate or remove this agreement now?' })
  viewerCanModify(@Root() a: AgreementNode, @Ctx() ctx: AppContext) {
    return ctx.access.can('agreement:manage') && a.deletedAt == null && agreementStatus(a, ctx.today) !== AgreementStatus.TERMINATED;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Walking distance along the network between the two parties in metres (emergency response); null where no network is loaded or a party is more than 500 m from it.',
  })
  async walkingMeters(@Root() a: AgreementNode, @Ctx() ctx: AppContext) {
    const [m, f] = await Promise.all([medicalOf(ctx, a), facilityOf(ctx, a)]);
    if (!m || !f) return null;
    const at = (p: { coordinates: number[] }): [number, number] => [p.coordinates[0], p.coordinates[1]];
    return ctx.loaders.walkingBetween.load({ from: at(m.location), to: at(f.location) });
  }

  @FieldResolver(() => MedicalInstitution, { description: 'The medical institution (医疗机构) party.' })
  medical(@Root() a: AgreementNode, @Ctx() ctx: AppContext) {
    return medicalOf(ctx, a);
  }

  @FieldResolver(() => Facility, { description: 'The care facility (养老服务设施) party.' })
  facility(@Root() a: AgreementNode, @Ctx() ctx: AppContext) {
    return facilityOf(ctx, a);
  }

  @FieldResolver(() => CareAgreement, { nullable: true, description: 'The agreement this one renews.' })
  renewedFrom(@Root() a: AgreementNode, @Ctx() ctx: AppContext) {
    if (isAgreementEntity(a)) return a.renewedFrom ? a.renewedFrom.load() : null;
    return a.renewedFromId == null ? null : ctx.loaders.agreementEntityById.load(a.renewedFromId);
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
