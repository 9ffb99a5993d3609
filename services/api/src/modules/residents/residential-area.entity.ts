import { Entity, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { Point, Polygon } from 'geojson';
import { Field, Int, ObjectType } from 'type-graphql';
import { PointType, PolygonType } from '../../shared/geometry.types.js';
import { GeoJSONScalar } from '../../shared/scalars.js';
import { Division } from '../divisions/division.entity.js';
import { VersionedRecord } from '../../shared/versioned-record.js';

@ObjectType({ description: 'A residential area (小区 / 居民点) and its older residents: the demand that coverage counts.' })
@Entity({ tableName: 'residential_area' })
export class ResidentialArea extends VersionedRecord {
  @Field(() => String, { nullable: true, description: 'External or registry code, unique when given.' })
  @Property({ length: 64, nullable: true, unique: true })
  code?: string | null;

  @Field({ description: 'Name as entered.' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => GeoJSONScalar, { description: 'Representative point (entrance or centre) as GeoJSON Point; walking is measured from here.' })
  @Property({ type: PointType })
  location!: Point;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Outline as a GeoJSON Polygon, when known.' })
  @Property({ type: PolygonType, nullable: true })
  boundary?: Polygon | null;

  /** The lowest division containing the location; null only when no divisions are loaded. */
  @ManyToOne(() => Division, { ref: true, nullable: true, deleteRule: 'restrict' })
  division?: Ref<Division> | null;

  @Field(() => Int, { description: 'Older residents (60+).' })
  @Property({ type: 'integer', default: 0 })
  olderResidents: number & Opt = 0;

  @Field(() => Int, { description: 'All residents.' })
  @Property({ type: 'integer', default: 0 })
  totalResidents: number & Opt = 0;
}
