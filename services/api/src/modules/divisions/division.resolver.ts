import type { Action } from '@carecircle/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { ConnectionType, PageArgs } from '../../shared/pagination.js';
import { GeoJSONScalar } from '../../shared/scalars.js';
import { toId, toOptionalId } from '../../shared/validation.js';
import { Division } from './division.entity.js';
import { isDivisionEntity, type DivisionNode } from './division.rows.js';
import { CreateDivisionInput, DivisionFilter, UpdateDivisionInput } from './division.inputs.js';
import { DivisionService } from './division.service.js';

export const DivisionConnection = ConnectionType(Division, 'Division');

@Resolver(() => Division)
export class DivisionResolver {
  @Authorized<Action>('registry:read')
  @Query(() => DivisionConnection, { description: 'Administrative divisions, paged.' })
  divisions(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => DivisionFilter, { nullable: true, description: 'Conditions; all must hold.' }) filter: DivisionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return new DivisionService(ctx.em, ctx.lang).list(filter, page);
  }

  @Authorized<Action>('registry:read')
  @Query(() => Division, { description: 'One division by id.' })
  division(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Division id.' }) id: number) {
    return new DivisionService(ctx.em, ctx.lang).get(toId(id, 'id', ctx.lang));
  }

  @FieldResolver(() => GeoJSONScalar, { nullable: true, description: 'Boundary as a GeoJSON MultiPolygon (EPSG:4326).' })
  boundary(@Root() d: DivisionNode, @Ctx() ctx: AppContext) {
    // Set on this request (created or changed) or loaded on purpose; otherwise batched per request.
    return isDivisionEntity(d) && d.boundary !== undefined ? d.boundary : ctx.loaders.divisionBoundary.load(d.id);
  }

  @FieldResolver(() => Division, { nullable: true, description: 'The division above this one.' })
  parent(@Root() d: DivisionNode, @Ctx() ctx: AppContext) {
    if (isDivisionEntity(d)) return d.parent ? d.parent.load() : null;
    return d.parentId == null ? null : ctx.loaders.divisions.get(d.parentId);
  }

  @FieldResolver(() => [Division], { description: 'Divisions directly below this one.' })
  children(@Root() d: DivisionNode, @Ctx() ctx: AppContext) {
    return ctx.loaders.childDivisions.load(d.id);
  }

  @Authorized<Action>('division:manage')
  @Mutation(() => Division, { description: 'Creates a division.' })
  createDivision(
    @Ctx() ctx: AppContext,
    @Arg('input', () => CreateDivisionInput, { description: 'The new division.' }) input: CreateDivisionInput,
  ) {
    return new DivisionService(ctx.em, ctx.lang).create({ ...input, parentId: toOptionalId(input.parentId, 'parentId', ctx.lang) });
  }

  @Authorized<Action>('division:manage')
  @Mutation(() => Division, { description: 'Changes a division (optimistic locking on version).' })
  updateDivision(
    @Ctx() ctx: AppContext,
    @Arg('input', () => UpdateDivisionInput, { description: 'The changes and the version you read.' }) input: UpdateDivisionInput,
  ) {
    return new DivisionService(ctx.em, ctx.lang).update({ ...input, id: toId(input.id, 'id', ctx.lang) });
  }

  @Authorized<Action>('division:manage')
  @Mutation(() => Boolean, {
    description: 'Deletes a division that nothing refers to (no sub-divisions, facilities, institutions or residential areas).',
  })
  deleteDivision(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'Division id.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read (optimistic locking).' }) version: number,
  ) {
    return new DivisionService(ctx.em, ctx.lang).remove(toId(id, 'id', ctx.lang), version);
  }
}
