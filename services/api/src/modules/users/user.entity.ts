import { Entity, Enum, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../shared/versioned-record.js';
import { Division } from '../divisions/division.entity.js';
import { Role } from './role.js';

@ObjectType({ description: 'A user account.' })
@Entity({ tableName: 'app_user' })
export class User extends VersionedRecord {
  @Field({ description: 'Sign-in name, unique regardless of case.' })
  @Property({ length: 64 })
  username!: string;

  @Field({ description: 'Name shown in the interface and the audit log.' })
  @Property({ length: 100 })
  displayName!: string;

  @Field(() => Role, { description: 'What the user may do.' })
  @Enum({ items: () => Role })
  role!: Role;

  /** Jurisdiction of a street office: the division it may register facilities in. */
  @ManyToOne(() => Division, { ref: true, nullable: true, deleteRule: 'restrict' })
  division?: Ref<Division> | null;

  /** scrypt hash; never logged, never returned. */
  @Property({ length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'integer', default: 0 })
  failedAttempts: number & Opt = 0;

  @Field(() => Date, { nullable: true, description: 'Sign-in is blocked until then after repeated failures.' })
  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  @Field(() => Boolean, { description: 'A disabled account cannot sign in.' })
  @Property({ type: 'boolean', default: false })
  disabled: boolean & Opt = false;

  @Field(() => Date, { nullable: true, description: 'Last successful sign-in.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastSignInAt?: Date | null;
}
