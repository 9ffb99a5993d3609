import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../shared/pagination.js';
import { CoverageGroup } from '../coverage/coverage.enums.js';
import { Division } from '../divisions/division.entity.js';

/** What waits for review: a new facility (submitted) or a change of an approved one. */
export enum ReviewItemType {
  NEW = 'NEW',
  CHANGE = 'CHANGE',
}
registerEnumType(ReviewItemType, {
  name: 'ReviewItemType',
  description: 'What waits for review.',
  valuesConfig: {
    NEW: { description: 'A facility submitted for approval (新登记).' },
    CHANGE: { description: 'A change of an approved facility (变更).' },
  },
});

@ObjectType({
  description: 'One changed field: the last approved value and the proposed one (null: empty; for a new facility every value is new).',
})
export class FieldDiff {
  @Field({ description: 'Input path of the field, e.g. name, capacity.beds, operator.name, location, services.' })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The last approved value; null for a new facility or an empty value.' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The proposed value.' })
  after!: unknown;
}

/** One entry of the review inbox, as the service finds it. */
export interface ReviewItemData {
  id: string;
  type: ReviewItemType;
  facilityId: number;
  changeId: number | null;
  submittedAt: Date;
  submittedBy: string | null;
  submitterName: string | null;
}

@ObjectType({
  description: 'Something that waits for review by civil affairs: a submitted facility or a pending change of an approved one.',
})
export class ReviewItem {
  @Field(() => ID, { description: 'Item id: NEW:<facility id> or CHANGE:<change id>.' })
  id!: string;

  @Field(() => ReviewItemType, { description: 'A new facility or a change of an approved one.' })
  type!: ReviewItemType;

  @Field(() => Date, { description: 'When it was submitted.' })
  submittedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Username of the submitter (null when unknown, e.g. imported data).' })
  submittedBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Display name of the submitter’s account (e.g. 两路街道办事处); null when unknown or deleted.',
  })
  submitterName!: string | null;
}

@ObjectType({ description: 'A page of the review inbox, oldest first.' })
export class ReviewItemConnection {
  @Field(() => Int, { description: 'Items waiting for review.' }) totalCount!: number;
  @Field(() => [ReviewItem], { description: 'This page.' }) nodes!: ReviewItemData[];
  @Field(() => PageInfo, { description: 'Paging.' }) pageInfo!: PageInfo;
}

@ObjectType({ description: 'Older residents covered in one group, without and with the item approved.' })
export class GroupEffect {
  @Field(() => CoverageGroup, { description: 'Coverage group.' }) group!: CoverageGroup;
  @Field(() => Int, { description: 'Older residents covered now (the registry as approved).' }) coveredBefore!: number;
  @Field(() => Int, { description: 'Older residents covered once the item is approved.' }) coveredAfter!: number;
  @Field(() => Int, { description: 'Older residents newly within the threshold.' }) newlyCovered!: number;
  @Field(() => Int, { description: 'Older residents no longer within the threshold (e.g. a station moved away).' })
  noLongerCovered!: number;
}

@ObjectType({
  description: 'What approving an item does to walking coverage (the scenario comparison of the registry with the item applied).',
})
export class CoverageEffect {
  @Field(() => [GroupEffect], { description: 'Per coverage group.' }) groups!: GroupEffect[];
  @Field(() => Int, { description: 'Complete circles now.' }) completeCirclesBefore!: number;
  @Field(() => Int, { description: 'Complete circles once approved.' }) completeCirclesAfter!: number;
  @Field(() => Int, { description: 'Residential areas whose walking distance changes.' }) changedAreas!: number;
  @Field(() => Float, { description: 'Threshold used, in metres (15 minutes at the older walking speed).' }) meters!: number;
}

@ObjectType({ description: 'One step in the review history of a facility, from the audit log.' })
export class ReviewEvent {
  @Field(() => Date, { description: 'When.' }) at!: Date;
  @Field({ description: 'The named audit event, e.g. FACILITY_SUBMITTED, FACILITY_REJECTED, FACILITY_CHANGE_APPROVED.' }) event!: string;
  @Field(() => String, { nullable: true, description: 'Who (username).' }) username!: string | null;
  @Field(() => String, { nullable: true, description: "The reviewer's reason (rejections, closing) or the office's comment (a change)." })
  note!: string | null;
  @Field(() => [String], { description: 'Fields a change touched (change events); empty otherwise.' }) fields!: string[];
}

@ObjectType({ description: 'A point checked as the registration form picks it.' })
export class LocationCheck {
  @Field({ description: 'The point may be used: inside the district, and for a street office inside its jurisdiction.' }) ok!: boolean;
  @Field({ description: 'What is wrong, or where it lies, in the user’s language.' }) message!: string;
  @Field(() => Division, { nullable: true, description: 'The lowest division containing the point.' }) division!: Division | null;
}
