import type { Action } from '@carecircle/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { ConnectionType, PageArgs } from '../../shared/pagination.js';
import { toId } from '../../shared/validation.js';
import { Division } from '../divisions/division.entity.js';
import { ResidentialArea } from './residential-area.entity.js';
import type { ResidentialAreaNode } from './residential-area.rows.js';
import { CreateResidentialAreaInput, ResidentialAreaFilter, UpdateResidentialAreaInput } from './residents.inputs.js';
import { ResidentsService } from './residents.service.js';

export const ResidentialAreaConnection = ConnectionType(ResidentialArea, 'ResidentialArea');

@Resolver(() => ResidentialArea)
export class ResidentsResolver {
  @Authorized<Action>('registry:read')
  @Query(() => ResidentialAreaConnection, { description: 'Residential areas with their older residents, paged.' })
  residentialAreas(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => ResidentialAreaFilter, { nullable: true, description: 'Conditions the areas must meet; null lists all areas.' })
    filter: ResidentialAreaFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return new ResidentsService(ctx.em, ctx.lang).list(filter, page);
  }

  @Authorized<Action>('registry:read')
  @Query(() => ResidentialArea, { description: 'One residential area by id.' })
  residentialArea(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Residential area id.' }) id: string) {
    return new ResidentsService(ctx.em, ctx.lang).get(toId(id, 'id', ctx.lang));
  }

  @FieldResolver(() => Boolean, { description: 'May the signed-in user change or delete this residential area?' })
  viewerCanModify(@Ctx() ctx: AppContext) {
    return ctx.access.can('residents:manage');
  }

  @FieldResolver(() => Division, {
    nullable: true,
    description: 'The lowest division containing the area; null only when no divisions are loaded.',
  })
  division(@Root() r: ResidentialAreaNode, @Ctx() ctx: AppContext) {
    if ('divisionId' in r) return r.divisionId == null ? null : ctx.loaders.divisions.get(r.divisionId);
    return r.division ? r.division.load() : null;
  }

  @Authorized<Action>('residents:manage')
  @Mutation(() => ResidentialArea, { description: 'Registers a residential area with its resident counts.' })
  createResidentialArea(
    @Ctx() ctx: AppContext,
    @Arg('input', () => CreateResidentialAreaInput, { description: 'The new residential area.' }) input: CreateResidentialAreaInput,
  ) {
    return new ResidentsService(ctx.em, ctx.lang).create(input);
  }

  @Authorized<Action>('residents:manage')
  @Mutation(() => ResidentialArea, { description: 'Changes a residential area (optimistic locking on version).' })
  updateResidentialArea(
    @Ctx() ctx: AppContext,
    @Arg('input', () => UpdateResidentialAreaInput, { description: 'The area id, the version you read and the changes.' })
    input: UpdateResidentialAreaInput,
  ) {
    return new ResidentsService(ctx.em, ctx.lang).update(input);
  }

  @Authorized<Action>('residents:manage')
  @Mutation(() => Boolean, { description: 'Deletes a residential area; returns true when deleted.' })
  deleteResidentialArea(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'Id of the residential area to delete.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read (optimistic locking); a stale version fails with CONFLICT.' })
    version: number,
  ) {
    return new ResidentsService(ctx.em, ctx.lang).remove(id, version);
  }
}
