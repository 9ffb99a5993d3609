import type { Action } from '@carecircle/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { PageArgs } from '../../shared/pagination.js';
import { Division } from '../divisions/division.entity.js';
import { countAnalysis, runAnalysis } from '../walking/walking.inputs.js';
import { FacilityChange } from './facility-change.entity.js';
import { CoverageEffect, FieldDiff, ReviewItem, ReviewItemConnection, type ReviewItemData } from './facility-review.types.js';
import { FacilityReviewService } from './facility-review.service.js';
import { Facility } from './facility.entity.js';

const service = (ctx: AppContext) => new FacilityReviewService(ctx.em, ctx.lang, ctx.access, ctx.walkingData);

const INBOX_DIVISION = { nullable: true, description: 'Only items in this division or below it; null for the whole district.' } as const;

@Resolver(() => ReviewItem)
export class ReviewInboxResolver {
  @Authorized<Action>('facility:review')
  @Query(() => ReviewItemConnection, {
    description:
      'The review inbox (待审批): every submitted facility and every pending change of an approved facility in the district, oldest first.',
  })
  reviewInbox(
    @Ctx() ctx: AppContext,
    @Arg('divisionId', () => ID, INBOX_DIVISION) divisionId: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return service(ctx).inbox(page, divisionId);
  }

  @Authorized<Action>('facility:review')
  @Query(() => Int, { description: 'How many items wait for review (the count beside 待审批 in the navigation).' })
  reviewInboxCount(@Ctx() ctx: AppContext, @Arg('divisionId', () => ID, INBOX_DIVISION) divisionId: string | null) {
    return service(ctx).count(divisionId);
  }

  @Authorized<Action>('facility:review')
  @Query(() => ReviewItem, {
    nullable: true,
    description: 'One item of the review inbox by id (NEW:<facility id> or CHANGE:<change id>); null once reviewed.',
  })
  reviewItem(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Item id.' }) id: string) {
    return service(ctx).item(id);
  }

  @FieldResolver(() => Facility, { description: 'The facility (for a change: with its approved values, still in force).' })
  facility(@Root() item: ReviewItemData, @Ctx() ctx: AppContext) {
    return ctx.em.findOneOrFail(Facility, item.facilityId);
  }

  @FieldResolver(() => FacilityChange, { nullable: true, description: 'The pending change (CHANGE items).' })
  change(@Root() item: ReviewItemData, @Ctx() ctx: AppContext) {
    return item.changeId == null ? null : ctx.em.findOneOrFail(FacilityChange, item.changeId);
  }

  @FieldResolver(() => Division, { nullable: true, description: 'The division the facility lies in.' })
  async division(@Root() item: ReviewItemData, @Ctx() ctx: AppContext) {
    const f = await ctx.em.findOneOrFail(Facility, item.facilityId);
    return f.division ? f.division.load() : null;
  }

  @FieldResolver(() => [FieldDiff], { description: 'What changes against the last approved version (a new facility: every value given).' })
  diff(@Root() item: ReviewItemData, @Ctx() ctx: AppContext) {
    return service(ctx).diff(item);
  }

  @FieldResolver(() => CoverageEffect, {
    nullable: true,
    description:
      'The effect on walking coverage of approving the item (15 minutes at the older walking speed); null when it changes no place or kind. An analysis: counted against the per-user analysis limit, queued and cancelled like the others.',
  })
  async coverageEffect(@Root() item: ReviewItemData, @Ctx() ctx: AppContext) {
    await countAnalysis(ctx);
    // Queued and cancelled like every analysis (the client leaving, or the time budget).
    return runAnalysis(ctx, (signal) => service(ctx).coverageEffect(item, signal));
  }
}

@Resolver(() => FacilityChange)
export class FacilityChangeResolver {
  @FieldResolver(() => Facility, { description: 'The facility the change is for.' })
  facility(@Root() c: FacilityChange) {
    return c.facility.load();
  }

  @FieldResolver(() => [FieldDiff], { description: 'What the change does against the approved values it was made on.' })
  diff(@Root() c: FacilityChange) {
    return c.diff;
  }

  @FieldResolver(() => Date, { description: 'When the change was submitted.' })
  submittedAt(@Root() c: FacilityChange) {
    return c.createdAt;
  }

  @FieldResolver(() => Boolean, { description: 'May the signed-in user approve or reject this change now?' })
  viewerCanReview(@Root() c: FacilityChange, @Ctx() ctx: AppContext) {
    return c.status === 'PENDING' && ctx.access.can('facility:review');
  }

  @Authorized<Action>('facility:review')
  @Mutation(() => FacilityChange, {
    description:
      'Approves a pending change of an approved facility: its values are applied (checked again) and count in coverage from now on. Logged FACILITY_CHANGE_APPROVED.',
  })
  approveFacilityChange(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'The change.' }) id: string,
    @Arg('version', () => Int, { description: 'The version of the change you read.' }) version: number,
  ) {
    return service(ctx).approveChange(id, version);
  }

  @Authorized<Action>('facility:review')
  @Mutation(() => FacilityChange, {
    description: 'Rejects a pending change with a reason; the facility keeps its approved values. Logged FACILITY_CHANGE_REJECTED.',
  })
  rejectFacilityChange(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'The change.' }) id: string,
    @Arg('version', () => Int, { description: 'The version of the change you read.' }) version: number,
    @Arg('reason', () => String, { description: 'What must be corrected, up to 500 characters; the office sees it on the station.' })
    reason: string,
  ) {
    return service(ctx).rejectChange(id, version, reason);
  }
}
