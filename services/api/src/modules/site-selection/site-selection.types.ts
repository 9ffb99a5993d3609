import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GeoJSONScalar } from '../../shared/scalars.js';

@ObjectType({ description: 'One suggested site for a new station.' })
export class SuggestedSite {
  @Field(() => Int, { description: 'Order of choice, 1 = the most residents gained.' })
  rank!: number;

  @Field(() => GeoJSONScalar, { description: 'Location, a GeoJSON Point on the walking network.' })
  location!: unknown;

  @Field(() => Int, { description: 'Older residents newly within the threshold thanks to this site, counting earlier sites as built.' })
  newlyCoveredOlder!: number;

  @Field(() => [ID], { description: 'Residential areas this site brings within the threshold (not already served by an earlier site).' })
  residentialAreaIds!: number[];
}

@ObjectType({
  description: 'Where k new stations would bring the most older residents within the walking threshold (maximal covering location).',
})
export class SiteSuggestion {
  @Field(() => [SuggestedSite], { description: 'The chosen sites.' })
  sites!: SuggestedSite[];

  @Field(() => Int, { description: 'Older residents newly covered by all chosen sites together.' })
  newlyCoveredOlder!: number;

  @Field(() => Int, { description: 'Older residents outside the threshold before the new sites.' })
  uncoveredOlderBefore!: number;

  @Field(() => Int, { description: 'Candidate sites considered.' })
  candidates!: number;

  @Field(() => String, { description: 'Solver: "milp" (exact, HiGHS) or "greedy+swap" (lazy greedy with 1-swap local search).' })
  solver!: string;

  @Field(() => Boolean, { description: 'True when the choice is proven optimal.' })
  optimal!: boolean;

  @Field(() => Float, { description: 'Optimality gap, 0..1: how far the choice may be from the best possible (0 when optimal).' })
  gap!: number;
}
