import type { Action } from '@carecircle/domain';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { FieldErrors } from '../../shared/errors.js';
import { LonLatInput } from '../../shared/scalars.js';
import { cleanText, toPoint } from '../../shared/validation.js';
import { PoiKind, PointOfInterest } from './point-of-interest.entity.js';

@InputType({ description: 'A community resource an outdoor hub can link.' })
export class CreatePoiInput {
  @Field({ description: 'Resource name, at most 200 characters.' }) name!: string;
  @Field(() => PoiKind, { description: 'Kind of resource, e.g. CANTEEN (社区食堂).' }) kind!: PoiKind;
  @Field(() => LonLatInput, { description: 'Location as WGS84 longitude/latitude.' }) location!: LonLatInput;
  @Field(() => String, { nullable: true, description: 'Street address, at most 300 characters.' }) address?: string | null;
}

@Resolver(() => PointOfInterest)
export class PoiResolver {
  @Authorized<Action>('registry:read')
  @Query(() => [PointOfInterest], {
    description: 'Community resources (culture centres, sports grounds, canteens, senior universities, clinics).',
  })
  pointsOfInterest(
    @Ctx() ctx: AppContext,
    @Arg('kinds', () => [PoiKind], {
      nullable: true,
      description: 'Only resources of one of these kinds; null or empty for all (at most 5000 returned).',
    })
    kinds: PoiKind[] | null,
  ) {
    return ctx.em.find(PointOfInterest, kinds?.length ? { kind: { $in: kinds } } : {}, { orderBy: { id: 'asc' }, limit: 5000 });
  }

  @Authorized<Action>('residents:manage')
  @Mutation(() => PointOfInterest, { description: 'Registers a community resource.' })
  async createPointOfInterest(
    @Ctx() ctx: AppContext,
    @Arg('input', () => CreatePoiInput, { description: 'The new community resource.' }) input: CreatePoiInput,
  ) {
    return ctx.em.transactional(async (em) => {
      const errors = new FieldErrors(ctx.lang);
      const name = cleanText(errors, 'name', input.name, { max: 200, required: true });
      const address = cleanText(errors, 'address', input.address, { max: 300 });
      const location = toPoint(errors, 'location', input.location);
      errors.throwIfAny();
      const poi = em.create(PointOfInterest, { name: name!, kind: input.kind, location: location!, address });
      await em.flush();
      return poi;
    });
  }
}
