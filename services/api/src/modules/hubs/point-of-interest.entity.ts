import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { Point } from 'geojson';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PointType } from '../../shared/geometry.types.js';
import { GeoJSONScalar } from '../../shared/scalars.js';

/** Kinds of community resources an outdoor care hub links. */
export enum PoiKind {
  CULTURE_CENTER = 'CULTURE_CENTER',
  SPORTS_GROUND = 'SPORTS_GROUND',
  CANTEEN = 'CANTEEN',
  SENIOR_UNIVERSITY = 'SENIOR_UNIVERSITY',
  CLINIC = 'CLINIC',
  PARK = 'PARK',
}
registerEnumType(PoiKind, {
  name: 'PoiKind',
  description: 'Kind of a community resource.',
  valuesConfig: {
    CULTURE_CENTER: { description: '文化中心' },
    SPORTS_GROUND: { description: '体育场地' },
    CANTEEN: { description: '社区食堂' },
    SENIOR_UNIVERSITY: { description: '老年大学' },
    CLINIC: { description: '诊所 / 卫生服务点' },
    PARK: { description: '公园' },
  },
});

@ObjectType({
  description: 'A community resource (culture centre, sports ground, canteen, senior university, clinic) that an outdoor care hub links.',
})
@Entity({ tableName: 'point_of_interest' })
export class PointOfInterest {
  @Field(() => ID, { description: 'Unique community resource id.' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => String, { nullable: true, description: 'External or generated code.' })
  @Property({ length: 64, nullable: true, unique: true })
  code?: string | null;

  @Field({ description: 'Name as entered.' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => PoiKind, { description: 'Kind of resource, e.g. 文化中心 or 社区食堂.' })
  @Enum({ items: () => PoiKind })
  kind!: PoiKind;

  @Field(() => GeoJSONScalar, { description: 'Location as a GeoJSON Point (EPSG:4326).' })
  @Property({ type: PointType })
  location!: Point;

  @Field(() => String, { nullable: true, description: 'Street address as entered; null when unknown.' })
  @Property({ length: 300, nullable: true })
  address?: string | null;

  @Field(() => Date, { description: 'When the record was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
