import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../shared/versioned-record.js';
import { Division } from '../divisions/division.entity.js';
import { Facility } from '../facilities/facility.entity.js';
import { MedicalInstitution } from '../medical/medical-institution.entity.js';
import { EmployerKind } from './workforce.enums.js';

@ObjectType({
  description:
    'An employer of workers: a care facility or medical institution of the registry, or a care service company or training body.',
})
@Entity({ tableName: 'employer' })
export class Employer extends VersionedRecord {
  @Field({ description: 'Name as registered.' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => EmployerKind, { description: 'What kind of employer.' })
  @Enum({ items: () => EmployerKind })
  kind!: EmployerKind;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (统一社会信用代码), checked by its check character.' })
  @Property({ length: 18, nullable: true, unique: true })
  creditCode?: string | null;

  @ManyToOne(() => Facility, { ref: true, nullable: true, deleteRule: 'restrict', filters: false })
  facility?: Ref<Facility> | null;

  @ManyToOne(() => MedicalInstitution, { ref: true, nullable: true, deleteRule: 'restrict', fieldName: 'medical_id' })
  medical?: Ref<MedicalInstitution> | null;

  @ManyToOne(() => Division, { ref: true, nullable: true, deleteRule: 'restrict' })
  division?: Ref<Division> | null;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  @Property({ length: 40, nullable: true })
  phone?: string | null;
}
