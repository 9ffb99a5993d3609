import type { Action } from '@carecircle/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { ConnectionType, PageArgs } from '../../shared/pagination.js';
import { selectsField } from '../../shared/selection.js';
import { toId } from '../../shared/validation.js';
import { Division } from '../divisions/division.entity.js';
import { MedicalInstitution } from './medical-institution.entity.js';
import { isMedicalEntity, type MedicalNode } from './medical.rows.js';
import { CreateMedicalInput, MedicalFilter, UpdateMedicalInput } from './medical.inputs.js';
import { MedicalService } from './medical.service.js';

export const MedicalConnection = ConnectionType(MedicalInstitution, 'MedicalInstitution');

@Resolver(() => MedicalInstitution)
export class MedicalResolver {
  @Authorized<Action>('registry:read')
  @Query(() => MedicalConnection, { description: 'Medical institutions, paged and filtered.' })
  medicalInstitutions(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => MedicalFilter, {
      nullable: true,
      description: 'Conditions the institutions must meet; null lists all institutions.',
    })
    filter: MedicalFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The page's divisions in the same statement, so its rows resolve `division` without waiting.
    const divisions = selectsField(info, ['nodes', 'division']) ? ctx.loaders.divisions : null;
    return new MedicalService(ctx.em, ctx.lang).list(filter, page, { divisions });
  }

  @Authorized<Action>('registry:read')
  @Query(() => MedicalInstitution, { description: 'One medical institution by id.' })
  medicalInstitution(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Medical institution id.' }) id: string) {
    return new MedicalService(ctx.em, ctx.lang).get(toId(id, 'id', ctx.lang));
  }

  @FieldResolver(() => Division, {
    nullable: true,
    description: 'The lowest division containing the institution; null only when no divisions are loaded.',
  })
  division(@Root() m: MedicalNode, @Ctx() ctx: AppContext) {
    if (isMedicalEntity(m)) return m.division ? m.division.load() : null;
    return m.divisionId == null ? null : ctx.loaders.divisions.get(m.divisionId);
  }

  @FieldResolver(() => Boolean, { description: 'May the signed-in user change or delete this institution?' })
  viewerCanModify(@Ctx() ctx: AppContext) {
    return ctx.access.can('medical:manage');
  }

  @FieldResolver(() => Int, { description: 'Number of agreements signed with care facilities.' })
  agreementCount(@Root() m: MedicalNode, @Ctx() ctx: AppContext) {
    return ctx.loaders.agreementCountByMedical.load(m.id);
  }

  @Authorized<Action>('medical:manage')
  @Mutation(() => MedicalInstitution, { description: 'Registers a medical institution.' })
  createMedicalInstitution(
    @Ctx() ctx: AppContext,
    @Arg('input', () => CreateMedicalInput, { description: 'The new medical institution.' }) input: CreateMedicalInput,
  ) {
    return new MedicalService(ctx.em, ctx.lang).create(input);
  }

  @Authorized<Action>('medical:manage')
  @Mutation(() => MedicalInstitution, { description: 'Changes a medical institution (optimistic locking on version).' })
  updateMedicalInstitution(
    @Ctx() ctx: AppContext,
    @Arg('input', () => UpdateMedicalInput, { description: 'The institution id, the version you read and the changes.' })
    input: UpdateMedicalInput,
  ) {
    return new MedicalService(ctx.em, ctx.lang).update(input);
  }

  @Authorized<Action>('medical:manage')
  @Mutation(() => Boolean, { description: 'Deletes a medical institution that no agreement refers to.' })
  deleteMedicalInstitution(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'Id of the medical institution to delete.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read (optimistic locking); a stale version fails with CONFLICT.' })
    version: number,
  ) {
    return new MedicalService(ctx.em, ctx.lang).remove(id, version);
  }
}
