import { ArgsType, Field, Float, ID, Int } from 'type-graphql';
import { CoverageGroup } from '../coverage/coverage.enums.js';
import { DIVISION_ARG } from '../coverage/coverage.inputs.js';
import { WalkProfile } from '../network/network.enums.js';
import { COVERAGE_PROFILE_ARG, MINUTES_ARG, SPEED_ARG } from '../walking/walking.inputs.js';

/** The arguments shared by the direct and the background site suggestion. */
@ArgsType()
export class SuggestionArgs {
  @Field(() => Int, { description: 'Number of new sites, 1..100.' }) k!: number;
  @Field(() => CoverageGroup, { nullable: true, description: 'What the new sites provide (default STATION_OR_CENTER).' })
  group?: CoverageGroup | null;
  @Field(() => ID, DIVISION_ARG) divisionId?: string | null;
  @Field(() => Float, SPEED_ARG) speed?: number | null;
  @Field(() => Float, MINUTES_ARG) minutes?: number | null;
  @Field(() => WalkProfile, COVERAGE_PROFILE_ARG) profile?: WalkProfile;
}
