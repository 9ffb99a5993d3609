import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { MultiPolygon } from 'geojson';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MultiPolygonType } from '../../shared/geometry.types.js';
import { VersionedRecord } from '../../shared/versioned-record.js';

/** Administrative level: district → street / town → community / village. */
export enum DivisionLevel {
  DISTRICT = 'DISTRICT',
  STREET = 'STREET',
  TOWN = 'TOWN',
  COMMUNITY = 'COMMUNITY',
  VILLAGE = 'VILLAGE',
}
registerEnumType(DivisionLevel, {
  name: 'DivisionLevel',
  description: 'Administrative level of a division.',
  valuesConfig: {
    DISTRICT: { description: '区' },
    STREET: { description: '街道' },
    TOWN: { description: '镇' },
    COMMUNITY: { description: '社区' },
    VILLAGE: { description: '村' },
  },
});

/** The level a division of the given level must sit under. */
export const PARENT_LEVELS: Record<DivisionLevel, DivisionLevel[]> = {
  DISTRICT: [],
  STREET: [DivisionLevel.DISTRICT],
  TOWN: [DivisionLevel.DISTRICT],
  COMMUNITY: [DivisionLevel.STREET, DivisionLevel.TOWN],
  VILLAGE: [DivisionLevel.TOWN, DivisionLevel.STREET],
};

@ObjectType({ description: 'An administrative division (区 / 街道 / 镇 / 社区 / 村) with its boundary and older-resident population.' })
@Entity({ tableName: 'division' })
export class Division extends VersionedRecord {
  @Field({ description: 'Administrative code, unique, e.g. 500112.' })
  @Property({ length: 32, unique: true })
  code!: string;

  @Field({ description: 'Name as entered, e.g. 两路街道.' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => DivisionLevel, { description: 'Administrative level.' })
  @Enum({ items: () => DivisionLevel })
  level!: DivisionLevel;

  @ManyToOne(() => Division, { nullable: true, ref: true, deleteRule: 'restrict' })
  parent?: Ref<Division> | null;

  /** Codes from the root, `/500112/500112001/`, for "this division and below" filters. */
  @Index()
  @Property({ length: 400 })
  path!: string;

  /**
   * Loaded only when asked for (`populate: ['boundary']`, or the GraphQL field through its
   * loader): a street's outline is kilobytes of GeoJSON that listing its facilities never needs.
   */
  @Property({ type: MultiPolygonType, nullable: true, lazy: true })
  boundary?: MultiPolygon | null;

  @Field(() => Int, { description: 'Older residents (aged 60 and over).' })
  @Property({ type: 'integer', default: 0 })
  olderPopulation: number & Opt = 0;

  @Field(() => Int, { description: 'All residents.' })
  @Property({ type: 'integer', default: 0 })
  totalPopulation: number & Opt = 0;
}
