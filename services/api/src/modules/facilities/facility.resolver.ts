import { canTakeStep, editModeOf, mayRemove, type Action } from '@carecircle/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { ConnectionType, PageArgs } from '../../shared/pagination.js';
import { LonLatInput } from '../../shared/scalars.js';
import { selectsField } from '../../shared/selection.js';
import { toId } from '../../shared/validation.js';
import { Division } from '../divisions/division.entity.js';
import { PointOfInterest } from '../hubs/point-of-interest.entity.js';
import type { DivisionNode } from '../divisions/division.rows.js';
import { Facility } from './facility.entity.js';
import { isFacilityEntity, type FacilityNode } from './facility.rows.js';
import { FacilityChange } from './facility-change.entity.js';
import { ReviewEvent, LocationCheck } from './facility-review.types.js';
import { FacilityReviewService } from './facility-review.service.js';
import { FacilityEditMode, FacilityStatus } from './facility.enums.js';
import { CreateFacilityInput, FacilityFilter, UpdateFacilityInput } from './facility.inputs.js';
import { FacilityService } from './facility.service.js';

/** The facility's division: the entity's reference, or a list row's by id through the request's loader. */
function divisionOf(ctx: AppContext, f: FacilityNode): DivisionNode | null | Promise<DivisionNode | null> {
  if (isFacilityEntity(f)) return f.division ? f.division.load() : null;
  return f.divisionId == null ? null : ctx.loaders.divisions.get(f.divisionId);
}

/** The action is allowed to the viewer, the record is in its scope, and the record's state allows it. */
async function viewerMay(ctx: AppContext, f: FacilityNode, action: Action, stateAllows: boolean): Promise<boolean> {
  if (!stateAllows || !ctx.access.can(action)) return false;
  if (!ctx.access.divisionScoped) return true;
  const division = await divisionOf(ctx, f);
  return ctx.access.inScope(division?.path);
}

/** The action the viewer's edits take: `facility:edit` (direct) or `facility:register` (a street office). */
const editActionOf = (ctx: AppContext): Action => (ctx.access.can('facility:edit') ? 'facility:edit' : 'facility:register');

/** How the viewer's edit of the facility would take effect (the domain's `editModeOf`), LOCKED where it may not edit at all. */
async function viewerEditMode(ctx: AppContext, f: FacilityNode): Promise<FacilityEditMode> {
  if (f.deletedAt != null || f.status === FacilityStatus.CLOSED || !(await viewerMay(ctx, f, editActionOf(ctx), true))) {
    return FacilityEditMode.LOCKED;
  }
  const latest = await ctx.loaders.latestChangeByFacility.load(f.id);
  return editModeOf(f.status, {
    directEdit: ctx.access.can('facility:edit'),
    pendingChange: latest?.status === 'PENDING',
  }) as FacilityEditMode;
}

export const FacilityConnection = ConnectionType(Facility, 'Facility');

@Resolver(() => Facility)
export class FacilityResolver {
  @Authorized<Action>('registry:read')
  @Query(() => FacilityConnection, {
    description: 'Elderly-care facilities, paged, filtered by kind, status, division (with sub-divisions), box, distance and name.',
  })
  facilities(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => FacilityFilter, { nullable: true, description: 'Conditions the facilities must meet; null lists all facilities.' })
    filter: FacilityFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The page's divisions in the same statement, so its rows resolve `division` without waiting.
    const divisions = selectsField(info, ['nodes', 'division']) ? ctx.loaders.divisions : null;
    return new FacilityService(ctx.em, ctx.lang, ctx.access).list(filter, page, { divisions });
  }

  @Authorized<Action>('registry:read')
  @Query(() => Facility, { description: 'One facility by id.' })
  facility(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Facility id.' }) id: string) {
    return new FacilityService(ctx.em, ctx.lang, ctx.access).get(toId(id, 'id', ctx.lang));
  }

  @FieldResolver(() => Division, { nullable: true, description: 'The lowest division containing the facility.' })
  division(@Root() f: FacilityNode, @Ctx() ctx: AppContext) {
    return divisionOf(ctx, f);
  }

  @FieldResolver(() => Boolean, {
    description:
      "May the signed-in user edit this facility now (its role, a street office only inside its division; a street office not while it is submitted or a change waits)? For an approved facility a street office's edit waits for review (viewerEditMode PROPOSAL).",
  })
  async viewerCanModify(@Root() f: FacilityNode, @Ctx() ctx: AppContext) {
    return (await viewerEditMode(ctx, f)) !== FacilityEditMode.LOCKED;
  }

  @FieldResolver(() => FacilityEditMode, {
    description:
      'How an edit by the signed-in user takes effect: DIRECT, PROPOSAL (waits for review; approved values stay in force) or LOCKED.',
  })
  viewerEditMode(@Root() f: FacilityNode, @Ctx() ctx: AppContext) {
    return viewerEditMode(ctx, f);
  }

  @FieldResolver(() => Boolean, {
    description: 'May the signed-in user remove this facility now (a street office only its drafts and returned records)?',
  })
  viewerCanRemove(@Root() f: FacilityNode, @Ctx() ctx: AppContext) {
    return viewerMay(ctx, f, editActionOf(ctx), f.deletedAt == null && mayRemove(f.status, ctx.access.can('facility:edit')));
  }

  @FieldResolver(() => FacilityChange, {
    nullable: true,
    description:
      "The latest change proposed for this approved facility (pending, approved, or rejected with the reviewer's reason); null if none.",
  })
  latestChange(@Root() f: FacilityNode, @Ctx() ctx: AppContext) {
    return ctx.loaders.latestChangeByFacility.load(f.id);
  }

  @FieldResolver(() => FacilityChange, {
    nullable: true,
    description: 'The change waiting for review, if any (the approved values stay in force until then).',
  })
  async pendingChange(@Root() f: FacilityNode, @Ctx() ctx: AppContext) {
    const latest = await ctx.loaders.latestChangeByFacility.load(f.id);
    return latest?.status === 'PENDING' ? latest : null;
  }

  @FieldResolver(() => [ReviewEvent], {
    nullable: true,
    description:
      "The facility's review history from the audit log (submissions, approvals, rejections with the reason, changes and their outcome), oldest first. Null unless the signed-in user reviews facilities or reads the audit log of the facility's division.",
  })
  async reviewHistory(@Root() f: FacilityNode, @Ctx() ctx: AppContext) {
    const allowed = ctx.access.can('facility:review') || (await viewerMay(ctx, f, 'audit:read', true));
    return allowed ? new FacilityReviewService(ctx.em, ctx.lang, ctx.access).history(f.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'May the signed-in user submit this facility for approval now?' })
  viewerCanSubmit(@Root() f: FacilityNode, @Ctx() ctx: AppContext) {
    return viewerMay(ctx, f, 'facility:register', f.deletedAt == null && canTakeStep('submit', f.status));
  }

  @FieldResolver(() => Boolean, { description: 'May the signed-in user approve or reject this facility now?' })
  viewerCanReview(@Root() f: FacilityNode, @Ctx() ctx: AppContext) {
    return viewerMay(ctx, f, 'facility:review', f.deletedAt == null && canTakeStep('approve', f.status));
  }

  @FieldResolver(() => Boolean, { description: 'May the signed-in user close this facility now?' })
  viewerCanClose(@Root() f: FacilityNode, @Ctx() ctx: AppContext) {
    return viewerMay(ctx, f, 'facility:close', f.deletedAt == null && canTakeStep('close', f.status));
  }

  @FieldResolver(() => Int, { description: 'Number of medical–elderly-care agreements this facility is party to.' })
  agreementCount(@Root() f: FacilityNode, @Ctx() ctx: AppContext) {
    return ctx.loaders.agreementCountByFacility.load(f.id);
  }

  @FieldResolver(() => [PointOfInterest], { description: 'Outdoor hubs: the community resources the hub links.' })
  async resources(@Root() f: FacilityNode, @Ctx() ctx: AppContext) {
    // A list row has no collection: its entity's (read only when asked, batched).
    const entity = isFacilityEntity(f) ? f : await ctx.loaders.facilityEntityById.load(f.id);
    return entity ? entity.resources.load() : [];
  }

  @Authorized<Action>('facility:register')
  @Mutation(() => Facility, {
    description: 'Registers a facility as a DRAFT. Every field is checked; nothing is written when any check fails.',
  })
  createFacility(
    @Ctx() ctx: AppContext,
    @Arg('input', () => CreateFacilityInput, { description: 'The new facility.' }) input: CreateFacilityInput,
  ) {
    return new FacilityService(ctx.em, ctx.lang, ctx.access).create(input);
  }

  // Street offices (facility:register) and those who edit directly (facility:edit): the service asks for either.
  @Authorized<Action>('registry:read')
  @Mutation(() => Facility, {
    description:
      "Changes a facility. Pass the version you read; a stale version fails with CONFLICT. A street office's change of an APPROVED facility waits for review (the answer is the facility with its approved values and pendingChange); a SUBMITTED facility is read-only to its office until reviewed. Civil affairs and administrators edit directly (audited).",
  })
  updateFacility(
    @Ctx() ctx: AppContext,
    @Arg('input', () => UpdateFacilityInput, { description: 'The facility id, the version you read and the changes.' })
    input: UpdateFacilityInput,
  ) {
    return new FacilityService(ctx.em, ctx.lang, ctx.access).update(input);
  }

  // Street offices (facility:register) and those who edit directly (facility:edit): the service asks for either.
  @Authorized<Action>('registry:read')
  @Mutation(() => Facility, {
    description: 'Removes a facility from every list (kept for history). A street office removes only its drafts and returned records.',
  })
  deleteFacility(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'Id of the facility to remove.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read (optimistic locking); a stale version fails with CONFLICT.' })
    version: number,
  ) {
    return new FacilityService(ctx.em, ctx.lang, ctx.access).remove(id, version);
  }

  @Authorized<Action>('facility:register')
  @Mutation(() => Facility, { description: 'Submits a DRAFT or REJECTED facility for approval (the street office of its division).' })
  submitFacility(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'The facility.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
  ) {
    return new FacilityService(ctx.em, ctx.lang, ctx.access).transition(id, version, 'submit');
  }

  @Authorized<Action>('facility:register')
  @Mutation(() => [Facility], {
    description:
      'Submits several DRAFT or REJECTED facilities for approval at once (e.g. the drafts of an upload), in one transaction: when any cannot be submitted, none is, and each is named (ids.<n>).',
  })
  submitFacilities(@Ctx() ctx: AppContext, @Arg('ids', () => [ID], { description: 'The facilities, at most 500.' }) ids: string[]) {
    return new FacilityService(ctx.em, ctx.lang, ctx.access).submitMany(ids);
  }

  @Authorized<Action>('registry:read')
  @Query(() => LocationCheck, {
    description:
      'Checks a point as the registration form picks it: inside the district, the division it lies in, and for a street office inside its own jurisdiction. Nothing is written.',
  })
  checkLocation(
    @Ctx() ctx: AppContext,
    @Arg('location', () => LonLatInput, { description: 'The picked point (WGS84).' }) location: LonLatInput,
  ) {
    return new FacilityService(ctx.em, ctx.lang, ctx.access).checkLocation(location);
  }

  @Authorized<Action>('facility:review')
  @Mutation(() => Facility, { description: 'Approves a SUBMITTED facility; from then on it counts in coverage.' })
  approveFacility(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'The facility.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
  ) {
    return new FacilityService(ctx.em, ctx.lang, ctx.access).transition(id, version, 'approve');
  }

  @Authorized<Action>('facility:review')
  @Mutation(() => Facility, {
    description: 'Returns a SUBMITTED facility to the office with a reason; it can be corrected and resubmitted.',
  })
  rejectFacility(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'The facility.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('reason', () => String, { description: 'What must be corrected, up to 500 characters.' }) reason: string,
  ) {
    return new FacilityService(ctx.em, ctx.lang, ctx.access).transition(id, version, 'reject', reason);
  }

  @Authorized<Action>('facility:close')
  @Mutation(() => Facility, { description: 'Closes an APPROVED facility; it no longer counts in coverage.' })
  closeFacility(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'The facility.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('reason', () => String, { nullable: true, description: 'Why, up to 500 characters.' }) reason: string | null,
  ) {
    return new FacilityService(ctx.em, ctx.lang, ctx.access).transition(id, version, 'close', reason);
  }

  @Authorized<Action>('facility:restore')
  @Mutation(() => Facility, { description: 'Brings back a removed facility (administrators).' })
  restoreFacility(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'The facility.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
  ) {
    return new FacilityService(ctx.em, ctx.lang, ctx.access).transition(id, version, 'restore');
  }
}
