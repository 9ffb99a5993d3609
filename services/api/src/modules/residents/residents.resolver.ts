import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../shared/context.js';
import { ConnectionType, PageArgs } from '../../shared/pagination.js';
import { toId } from '../../shared/validation.js';
import { Division } from '../divisions/division.entity.js';
import { ResidentialArea } from './residential-area.entity.js';
import { CreateResidentialAreaInput, ResidentialAreaFilter, UpdateResidentialAreaInput } from './residents.inputs.js';
import { ResidentsService } from './residents.service.js';

export const ResidentialAreaConnection = ConnectionType(ResidentialArea, 'ResidentialArea');

@Resolver(() => ResidentialArea)
export class ResidentsResolver {
  @Query(() => ResidentialAreaConnection, { description: 'Residential areas with their older residents, paged.' })
  residentialAreas(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => ResidentialAreaFilter, { nullable: true }) filter: ResidentialAreaFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return new ResidentsService(ctx.em, ctx.lang).list(filter, page);
  }

  @Query(() => ResidentialArea)
  residentialArea(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string) {
    return new ResidentsService(ctx.em, ctx.lang).get(toId(id, 'id', ctx.lang));
  }

  @FieldResolver(() => Division, { nullable: true })
  division(@Root() r: ResidentialArea) {
    return r.division ? r.division.load() : null;
  }

  @Mutation(() => ResidentialArea)
  createResidentialArea(@Ctx() ctx: AppContext, @Arg('input', () => CreateResidentialAreaInput) input: CreateResidentialAreaInput) {
    return new ResidentsService(ctx.em, ctx.lang).create(input);
  }

  @Mutation(() => ResidentialArea)
  updateResidentialArea(@Ctx() ctx: AppContext, @Arg('input', () => UpdateResidentialAreaInput) input: UpdateResidentialAreaInput) {
    return new ResidentsService(ctx.em, ctx.lang).update(input);
  }

  @Mutation(() => Boolean)
  deleteResidentialArea(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new ResidentsService(ctx.em, ctx.lang).remove(id, version);
  }
}
