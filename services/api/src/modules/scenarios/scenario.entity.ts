import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../shared/versioned-record.js';
import type { ScenarioChangeData } from './scenario.types.js';

@ObjectType({ description: 'A named what-if scenario: facilities added, moved or closed, kept apart from the registry.' })
@Entity({ tableName: 'scenario' })
@Unique({ name: 'scenario_name_unique', properties: ['name'] })
export class Scenario extends VersionedRecord {
  @Field({ description: 'Name, e.g. 两路街道新增两个站点.' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Notes on the scenario.' })
  @Property({ length: 2000, nullable: true })
  description?: string | null;

  /** The changes, as validated. */
  @Property({ type: 'jsonb' })
  changes!: ScenarioChangeData[];
}
