import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../shared/versioned-record.js';
import { Facility } from './facility.entity.js';
import { FacilityChangeStatus } from './facility.enums.js';

/** One changed field of a facility: the approved value and the proposed one, as the audit log stores them. */
export interface FieldDiffData {
  /** Input path of the field, e.g. `capacity.beds`, `operator.name`, `location`. */
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * A street office's change of an APPROVED facility, waiting for review: the proposed values (the
 * update as given, checked), the diff against the approved values it was made on, who and when.
 * The facility keeps its approved values, and its place in coverage, until civil affairs approves the
 * change (the values are applied then) or rejects it with a reason. At most one change of a
 * facility is pending at a time (a partial unique index).
 */
@ObjectType({ description: "A street office's change of an approved facility, waiting for (or after) review by civil affairs." })
@Entity({ tableName: 'facility_change' })
@Index({ properties: ['status'] })
export class FacilityChange extends VersionedRecord {
  @ManyToOne(() => Facility, { ref: true, deleteRule: 'cascade' })
  facility!: Ref<Facility>;

  @Field(() => FacilityChangeStatus, { description: 'PENDING until reviewed, then APPROVED (values applied) or REJECTED.' })
  @Enum({ items: () => FacilityChangeStatus, default: FacilityChangeStatus.PENDING })
  status: FacilityChangeStatus & Opt = FacilityChangeStatus.PENDING;

  /** The update as the office gave it (without id and version), applied on approval. */
  @Property({ type: 'jsonb' })
  input!: Record<string, unknown>;

  /** What changes against the approved values the change was made on. */
  @Property({ type: 'jsonb' })
  diff!: FieldDiffData[];

  @Field({ description: 'The facility version the change was made on; approving fails with CONFLICT when the facility changed since.' })
  @Property({ type: 'integer' })
  baseVersion!: number;

  @Field(() => String, { nullable: true, description: 'Why the change, as the office wrote it for the reviewer.' })
  @Property({ length: 500, nullable: true })
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'Username of the submitter.' })
  @Property({ length: 64, nullable: true })
  submittedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Username of the reviewer; null while pending.' })
  @Property({ length: 64, nullable: true })
  reviewedBy?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was reviewed; null while pending.' })
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected, as the reviewer wrote it.' })
  @Property({ length: 500, nullable: true })
  reason?: string | null;
}
