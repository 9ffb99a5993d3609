import { PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
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

/** The fields every record has, as a plain row maps them. */
export type RecordFields = Pick<VersionedRecord, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

/** The columns of a {@link VersionedRecord} as plain-row list pages read them (times as text). */
export interface VersionedRow {
  id: number;
  created_at: string;
  updated_at: string;
  version: number;
}

/**
 * A plain row's record columns added to the fields of its GraphQL object (the times parsed as the
 * ORM parses them), for list pages that map rows without entities. The fields are given as one
 * literal and the record's set on it: building the object by spreading another into a literal
 * costs some 20 times as much in V8, most of a list page's mapping time.
 *
 * @example withRecord(em, row, { name: row.name }); // { name, id, createdAt, updatedAt, version }
 */
export function withRecord<T extends object>(em: EntityManager, r: VersionedRow, fields: T): T & RecordFields {
  const platform = em.getPlatform();
  const out = fields as T & RecordFields;
  out.id = r.id;
  out.createdAt = platform.parseDate(r.created_at);
  out.updatedAt = platform.parseDate(r.updated_at);
  out.version = r.version;
  return out;
}
