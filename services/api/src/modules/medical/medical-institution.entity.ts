import { Entity, Enum, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { Point } from 'geojson';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PointType } from '../../shared/geometry.types.js';
import { GeoJSONScalar } from '../../shared/scalars.js';
import { Division } from '../divisions/division.entity.js';
import { VersionedRecord } from '../../shared/versioned-record.js';

export enum MedicalKind {
  GENERAL_HOSPITAL = 'GENERAL_HOSPITAL',
  GERIATRIC_HOSPITAL = 'GERIATRIC_HOSPITAL',
  TCM_HOSPITAL = 'TCM_HOSPITAL',
  COMMUNITY_HEALTH_CENTER = 'COMMUNITY_HEALTH_CENTER',
  TOWNSHIP_HEALTH_CENTER = 'TOWNSHIP_HEALTH_CENTER',
  VILLAGE_CLINIC = 'VILLAGE_CLINIC',
}
registerEnumType(MedicalKind, {
  name: 'MedicalKind',
  description: 'Kind of medical institution.',
  valuesConfig: {
    GENERAL_HOSPITAL: { description: '综合医院' },
    GERIATRIC_HOSPITAL: { description: '老年病医院' },
    TCM_HOSPITAL: { description: '中医医院' },
    COMMUNITY_HEALTH_CENTER: { description: '社区卫生服务中心' },
    TOWNSHIP_HEALTH_CENTER: { description: '乡镇卫生院' },
    VILLAGE_CLINIC: { description: '村卫生室' },
  },
});

export enum HospitalGrade {
  GRADE_1 = 'GRADE_1',
  GRADE_2 = 'GRADE_2',
  GRADE_3 = 'GRADE_3',
}
registerEnumType(HospitalGrade, {
  name: 'HospitalGrade',
  description: 'Hospital grade.',
  valuesConfig: { GRADE_1: { description: '一级' }, GRADE_2: { description: '二级' }, GRADE_3: { description: '三级' } },
});

@ObjectType({ description: 'A medical institution (医疗机构): hospital, health centre or village clinic.' })
@Entity({ tableName: 'medical_institution' })
export class MedicalInstitution extends VersionedRecord {
  @Field(() => String, { nullable: true, description: 'External or registry code, unique when given.' })
  @Property({ length: 64, nullable: true, unique: true })
  code?: string | null;

  @Field({ description: 'Name as entered.' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => MedicalKind, { description: 'Kind of institution, e.g. 综合医院 or 社区卫生服务中心.' })
  @Enum({ items: () => MedicalKind })
  kind!: MedicalKind;

  @Field(() => HospitalGrade, { nullable: true, description: 'Hospital grade (一级 / 二级 / 三级); null when ungraded or unknown.' })
  @Enum({ items: () => HospitalGrade, nullable: true })
  grade?: HospitalGrade | null;

  @Field(() => Boolean, { description: 'Has a geriatrics department (老年医学科).' })
  @Property({ type: 'boolean', default: false })
  geriatricsDepartment: boolean & Opt = false;

  @Field(() => Int, { description: 'Hospice (安宁疗护) beds.' })
  @Property({ type: 'integer', default: 0 })
  hospiceBeds: number & Opt = 0;

  @Field(() => Int, { description: 'Family beds (家庭病床).' })
  @Property({ type: 'integer', default: 0 })
  familyBeds: number & Opt = 0;

  @Field(() => Boolean, { description: 'Certified elderly-friendly (老年友善医疗机构).' })
  @Property({ type: 'boolean', default: false })
  elderlyFriendly: boolean & Opt = false;

  @Field(() => GeoJSONScalar, { description: 'Location as a GeoJSON Point (EPSG:4326).' })
  @Property({ type: PointType })
  location!: Point;

  @Field(() => String, { nullable: true, description: 'Street address as entered; null when unknown.' })
  @Property({ length: 300, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number as entered; null when unknown.' })
  @Property({ length: 40, nullable: true })
  phone?: string | null;

  /** The lowest division containing the location; null only when no divisions are loaded. */
  @ManyToOne(() => Division, { ref: true, nullable: true, deleteRule: 'restrict' })
  division?: Ref<Division> | null;
}
