import type { Action } from '@carecircle/domain';
import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { toOptionalId } from '../../shared/validation.js';
import { DIVISION_ARG } from '../coverage/coverage.inputs.js';
import type { FacilityKind } from '../facilities/facility.enums.js';
import { walkingThreshold } from '../walking/threshold.js';
import { COVERAGE_PROFILE_ARG, countAnalysis, MINUTES_ARG, runWalkingAnalysis, SPEED_ARG } from '../walking/walking.inputs.js';
import { reviveDivisions } from '../coverage/coverage-summary.js';
import { WalkProfile } from '../network/network.enums.js';
import { Scenario } from './scenario.entity.js';
import { ScenarioChangeInput } from './scenario.inputs.js';
import { ScenarioService } from './scenario.service.js';
import { ScenarioChange, ScenarioComparison } from './scenario.types.js';

const service = (ctx: AppContext) => new ScenarioService(ctx.em, ctx.walkingData, ctx.lang);

@Resolver(() => Scenario)
export class ScenarioResolver {
  @Authorized<Action>('analysis:run')
  @Query(() => ScenarioComparison, {
    description: 'Coverage with facilities added, moved or closed, compared with the registry as it is; nothing is written.',
  })
  async compareScenario(
    @Ctx() ctx: AppContext,
    @Arg('changes', () => [ScenarioChangeInput], { nullable: true, description: 'The changes; or give scenarioId.' })
    changes: ScenarioChangeInput[] | null,
    @Arg('scenarioId', () => ID, { nullable: true, description: 'A saved scenario to compare.' }) scenarioId: string | null,
    @Arg('divisionId', () => ID, DIVISION_ARG) divisionId: string | null,
    @Arg('speed', () => Float, SPEED_ARG) speed: number | null,
    @Arg('minutes', () => Float, MINUTES_ARG) minutes: number | null,
    @Arg('profile', () => WalkProfile, COVERAGE_PROFILE_ARG) profile: WalkProfile,
  ) {
    await countAnalysis(ctx);
    const s = service(ctx);
    const th = walkingThreshold(ctx.lang, speed, minutes);
    const checked = scenarioId != null ? await s.savedChanges(scenarioId) : await s.checkChanges(changes ?? []);
    const id = toOptionalId(divisionId, 'divisionId', ctx.lang);
    return runWalkingAnalysis(
      ctx,
      { kind: 'scenario', changes: checked, divisionId: id, speed: th.speed, minutes: th.minutes, profile },
      (signal) => s.compare(checked, id, th, signal, profile),
      (answer) => reviveDivisions(ctx.em, answer as ScenarioComparison),
    );
  }

  @Authorized<Action>('analysis:run')
  @Query(() => [Scenario], { description: 'Saved scenarios, newest first.' })
  scenarios(@Ctx() ctx: AppContext) {
    return service(ctx).list();
  }

  @Authorized<Action>('analysis:run')
  @Mutation(() => Scenario, { description: 'Saves a named scenario (the registry is not changed).' })
  saveScenario(
    @Ctx() ctx: AppContext,
    @Arg('name', () => String, { description: 'Name, up to 200 characters, unique among saved scenarios.' }) name: string,
    @Arg('changes', () => [ScenarioChangeInput], { description: 'The changes.' }) changes: ScenarioChangeInput[],
    @Arg('description', () => String, { nullable: true, description: 'Notes, up to 2,000 characters.' }) description: string | null,
  ) {
    return service(ctx).save(name, changes, description);
  }

  @Authorized<Action>('analysis:run')
  @Mutation(() => Scenario, { description: 'Saves a reopened scenario again: its name, notes and changes (the registry is not changed).' })
  updateScenario(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'The scenario.' }) idArg: string,
    @Arg('version', () => Int, { description: 'The version you read (optimistic locking).' }) version: number,
    @Arg('name', () => String, { description: 'Name, up to 200 characters, unique among saved scenarios.' }) name: string,
    @Arg('changes', () => [ScenarioChangeInput], { description: 'The changes.' }) changes: ScenarioChangeInput[],
    @Arg('description', () => String, { nullable: true, description: 'Notes, up to 2,000 characters.' }) description: string | null,
  ) {
    return service(ctx).update(idArg, version, name, changes, description);
  }

  @Authorized<Action>('analysis:run')
  @Mutation(() => Boolean, { description: 'Deletes a saved scenario.' })
  deleteScenario(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'The scenario.' }) idArg: string,
    @Arg('version', () => Int, { description: 'The version you read (optimistic locking).' }) version: number,
  ) {
    return service(ctx).remove(idArg, version);
  }

  @FieldResolver(() => [ScenarioChange], { description: 'The changes of the scenario.' })
  changes(@Root() s: Scenario): ScenarioChange[] {
    return s.changes.map((c) => ({ ...c, kind: c.kind as FacilityKind | null }));
  }
}
