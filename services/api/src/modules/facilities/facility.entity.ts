import {
  Collection,
  Embeddable,
  Embedded,
  Entity,
  Enum,
  Filter,
  Index,
  ManyToMany,
  ManyToOne,
  Property,
  type Opt,
  type Ref,
} from '@mikro-orm/core';
import type { Point } from 'geojson';
import { Field, Int, ObjectType } from 'type-graphql';
import { PointType } from '../../shared/geometry.types.js';
import { GeoJSONScalar } from '../../shared/scalars.js';
import { Division } from '../divisions/division.entity.js';
import { PointOfInterest } from '../hubs/point-of-interest.entity.js';
import { FacilityKind, FacilityStatus, OperatorType, ServiceKind } from './facility.enums.js';
import { VersionedRecord } from '../../shared/versioned-record.js';

@ObjectType({ description: 'Who runs the facility.' })
@Embeddable()
export class Operator {
  @Field(() => String, { nullable: true, description: 'Operator name as entered, e.g. 百龄帮.' })
  @Property({ length: 200, nullable: true })
  name?: string | null;

  @Field(() => OperatorType, { nullable: true, description: 'Kind of operator (公办 / 民办 / 社会组织); null when unknown.' })
  @Enum({ items: () => OperatorType, nullable: true })
  type?: OperatorType | null;
}

@ObjectType({ description: 'Capacity figures. Nursing and occupied beds never exceed beds.' })
@Embeddable()
export class Capacity {
  @Field(() => Int, { description: 'Beds (床位).' })
  @Property({ type: 'integer', default: 0 })
  beds: number & Opt = 0;

  @Field(() => Int, { description: 'Nursing beds (护理型床位).' })
  @Property({ type: 'integer', default: 0 })
  nursingBeds: number & Opt = 0;

  @Field(() => Int, { description: 'Occupied beds: residents living in (在住).' })
  @Property({ type: 'integer', default: 0 })
  occupiedBeds: number & Opt = 0;

  @Field(() => Int, { description: 'Day-care places (日间照料床位).' })
  @Property({ type: 'integer', default: 0 })
  dayCarePlaces: number & Opt = 0;

  @Field(() => Int, { description: 'Meal seats (助餐座位).' })
  @Property({ type: 'integer', default: 0 })
  mealSeats: number & Opt = 0;
}

@ObjectType({ description: 'An elderly-care facility (养老服务设施): centre, station, mutual-aid point, nursing home or outdoor hub.' })
@Entity({ tableName: 'facility' })
@Index({ properties: ['kind', 'status'] })
// Soft delete: removed facilities are left out of every ORM look-up unless a query turns the filter
// off (`filters: { notDeleted: false }`, as restoring does). Raw SQL says `deleted_at is null` itself.
@Filter({ name: 'notDeleted', cond: { deletedAt: null }, default: true })
export class Facility extends VersionedRecord {
  @Field(() => String, { nullable: true, description: 'External or registry code, unique when given.' })
  @Property({ length: 64, nullable: true, unique: true })
  code?: string | null;

  @Field({ description: 'Name as entered, e.g. 两路街道养老服务中心.' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => FacilityKind, { description: 'Kind of facility, e.g. 街道养老服务中心 or 养老机构.' })
  @Enum({ items: () => FacilityKind })
  kind!: FacilityKind;

  @Field(() => FacilityStatus, { description: 'Registration state; only APPROVED facilities count in coverage.' })
  @Enum({ items: () => FacilityStatus, default: FacilityStatus.DRAFT })
  status: FacilityStatus & Opt = FacilityStatus.DRAFT;

  @Field(() => String, { nullable: true, description: 'Why it was rejected or closed, as the approver wrote it.' })
  @Property({ length: 500, nullable: true })
  statusReason?: string | null;

  @Field(() => GeoJSONScalar, { description: 'Location as a GeoJSON Point (EPSG:4326).' })
  @Property({ type: PointType })
  location!: Point;

  @Field(() => String, { nullable: true, description: 'Street address as entered.' })
  @Property({ length: 300, nullable: true })
  address?: string | null;

  /** The lowest division containing the location; null only when no divisions are loaded. */
  @ManyToOne(() => Division, { ref: true, nullable: true, deleteRule: 'restrict' })
  division?: Ref<Division> | null;

  @Field(() => Operator, { description: 'Who runs the facility; its fields are null when unknown.' })
  @Embedded(() => Operator, { prefix: 'operator_' })
  operator: Operator & Opt = new Operator();

  @Field(() => [ServiceKind], { description: 'Services offered.' })
  @Enum({ items: () => ServiceKind, array: true, default: [] })
  services: ServiceKind[] & Opt = [];

  @Field(() => String, { nullable: true, description: 'Opening hours as text, e.g. 周一至周日 08:00-18:00.' })
  @Property({ length: 200, nullable: true })
  openingHours?: string | null;

  @Field(() => Capacity, { description: 'Beds, day-care places and meal seats (助餐座位); 0 when not given.' })
  @Embedded(() => Capacity, { prefix: 'capacity_' })
  capacity: Capacity & Opt = new Capacity();

  @Field(() => String, { nullable: true, description: 'Contact phone number as entered; null when unknown.' })
  @Property({ length: 40, nullable: true })
  phone?: string | null;

  @Field(() => [String], { description: 'Links to photos or web pages.' })
  @Property({ type: 'text[]', default: [] })
  links: string[] & Opt = [];

  @Field(() => [ServiceKind], { description: 'Outdoor hubs: the services the hub bundles.' })
  @Enum({ items: () => ServiceKind, array: true, default: [] })
  hubServices: ServiceKind[] & Opt = [];

  @ManyToMany(() => PointOfInterest, undefined, { pivotTable: 'facility_resource' })
  resources = new Collection<PointOfInterest>(this);

  /** Soft delete: set when removed; the row stays for history. */
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt?: Date | null;
}
