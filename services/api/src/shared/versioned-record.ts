import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Columns every registry record has: a numeric id, when it was created and last changed, and a
 * version for optimistic locking (a stale update is rejected, not merged).
 */
@ObjectType({ description: 'A registry record with change tracking.' })
export abstract class VersionedRecord {
  @Field(() => ID, { description: 'Unique id of the record.' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => Date, { description: 'When the record was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'When the record last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Field(() => Int, { description: 'Record version; pass it back on update (optimistic locking).' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
