import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DishonestKind } from './workforce.enums.js';

@ObjectType({
  description: 'An entry of the imported national list of seriously dishonest elderly-care operators and workers (失信联合惩戒对象名单).',
})
@Entity({ tableName: 'dishonest_party' })
export class DishonestParty {
  @Field(() => ID, { description: 'Id of the entry.' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Field(() => DishonestKind, { description: 'A worker or an operator.' })
  @Enum({ items: () => DishonestKind })
  kind!: DishonestKind;

  @Field({ description: 'Name as listed.' })
  @Property({ length: 200 })
  name!: string;

  /** Keyed hash of a listed worker's ID number (the number itself is not kept). */
  @Property({ length: 64, nullable: true, hidden: true, columnType: 'char(64)' })
  idNumberHash?: string | null;

  @Field(() => String, { nullable: true, description: 'Unified social credit code of a listed operator.' })
  @Property({ length: 18, nullable: true })
  creditCode?: string | null;

  @Field({ description: 'Why the party is listed.' })
  @Property({ length: 500 })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Date listed, YYYY-MM-DD.' })
  @Property({ type: 'date', nullable: true })
  listedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Source of the list.' })
  @Property({ length: 200, nullable: true })
  source?: string | null;
}

/** Binds an EMPLOYER account to its one employer. */
@Entity({ tableName: 'employer_account' })
export class EmployerAccount {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  userId!: number;

  @Property({ type: 'integer' })
  employerId!: number;
}
