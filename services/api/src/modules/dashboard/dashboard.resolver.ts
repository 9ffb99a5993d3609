import type { Action } from '@carecircle/domain';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { toOptionalId } from '../../shared/validation.js';
import { DashboardService } from './dashboard.service.js';
import { DashboardFigures } from './dashboard.types.js';

@Resolver()
export class DashboardResolver {
  @Authorized<Action>('registry:read')
  @Query(() => DashboardFigures, {
    description:
      'Counts by kind and status, beds and occupancy, and agreement signing coverage for a division and each division below it. Without divisionId: the whole registry, by street/town.',
  })
  dashboard(
    @Ctx() ctx: AppContext,
    @Arg('divisionId', () => ID, { nullable: true, description: 'Division to report on; null for the whole registry.' })
    divisionId: string | null,
  ) {
    return new DashboardService(ctx.em, ctx.lang, ctx.today).figures(toOptionalId(divisionId, 'divisionId', ctx.lang));
  }
}
