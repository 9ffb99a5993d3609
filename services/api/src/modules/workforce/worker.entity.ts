import { Collection, Entity, Enum, Filter, ManyToOne, OneToMany, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../shared/versioned-record.js';
import { Employer } from './employer.entity.js';
import { WorkerCertificate, WorkerComplaint, WorkerEmployment, WorkerEvaluation, WorkerTraining } from './worker-records.entity.js';
import { Gender, SkillLevel, TalentLibrary, WorkerPost } from './workforce.enums.js';

@ObjectType({ description: 'A worker of the elderly-care workforce register (养老服务人才信息库).' })
@Entity({ tableName: 'worker' })
@Filter({ name: 'notDeleted', cond: { deletedAt: null }, default: true })
export class Worker extends VersionedRecord {
  @Field({ description: 'Name.' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => Gender, { description: 'Gender.' })
  @Enum({ items: () => Gender })
  gender!: Gender;

  @Field({ description: 'Birth date, YYYY-MM-DD (from the ID number).' })
  @Property({ type: 'date' })
  birthDate!: string;

  /** AES-256-GCM ciphertext of the ID number; never returned. */
  @Property({ type: 'text', hidden: true })
  idNumberCipher!: string;

  /** Keyed hash (HMAC-SHA-256) of the ID number, for look-ups and the dishonesty list. */
  @Property({ length: 64, hidden: true, unique: true, columnType: 'char(64)' })
  idNumberHash!: string;

  /** The masked form, 500112********1234. */
  @Property({ length: 18 })
  idNumberMasked!: string;

  @Property({ length: 40, nullable: true })
  phone?: string | null;

  @Field(() => WorkerPost, { nullable: true, description: 'Current post; null when not employed.' })
  @Enum({ items: () => WorkerPost, nullable: true })
  post?: WorkerPost | null;

  @Field(() => SkillLevel, { nullable: true, description: 'Skill level on the eight-level ladder.' })
  @Enum({ items: () => SkillLevel, nullable: true })
  skillLevel?: SkillLevel | null;

  @Field(() => Int, { nullable: true, description: 'Star rating, 1 to 5.' })
  @Property({ type: 'smallint', nullable: true })
  stars?: number | null;

  @Field(() => [TalentLibrary], { description: 'The talent libraries (人才库) the worker belongs to.' })
  @Enum({ items: () => TalentLibrary, array: true, default: [] })
  libraries: TalentLibrary[] & Opt = [];

  @ManyToOne(() => Employer, { ref: true, nullable: true, deleteRule: 'restrict' })
  employer?: Ref<Employer> | null;

  /** Where a company places the worker (a hospital). */
  @ManyToOne(() => Employer, { ref: true, nullable: true, deleteRule: 'restrict' })
  placedAt?: Ref<Employer> | null;

  @Field(() => String, { nullable: true, description: 'Date of the last pre-work health check (岗前健康体检), YYYY-MM-DD.' })
  @Property({ type: 'date', nullable: true })
  healthCheckOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The health check is valid until, YYYY-MM-DD.' })
  @Property({ type: 'date', nullable: true })
  healthCheckValidUntil?: string | null;

  @Field(() => Boolean, { description: 'Covered by social insurance (社会保险).' })
  @Property({ type: 'boolean', default: false })
  socialInsurance: boolean & Opt = false;

  @Field(() => Boolean, { description: 'Covered by accident insurance (意外伤害保险).' })
  @Property({ type: 'boolean', default: false })
  accidentInsurance: boolean & Opt = false;

  @OneToMany(() => WorkerCertificate, (c) => c.worker, { orderBy: { id: 'asc' } })
  certificates = new Collection<WorkerCertificate>(this);

  @OneToMany(() => WorkerEmployment, (e) => e.worker, { orderBy: { startsOn: 'asc', id: 'asc' } })
  employments = new Collection<WorkerEmployment>(this);

  @OneToMany(() => WorkerTraining, (t) => t.worker, { orderBy: { heldOn: 'asc', id: 'asc' } })
  trainings = new Collection<WorkerTraining>(this);

  @OneToMany(() => WorkerEvaluation, (t) => t.worker, { orderBy: { heldOn: 'asc', id: 'asc' } })
  evaluations = new Collection<WorkerEvaluation>(this);

  @OneToMany(() => WorkerComplaint, (t) => t.worker, { orderBy: { receivedOn: 'asc', id: 'asc' } })
  complaints = new Collection<WorkerComplaint>(this);

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt?: Date | null;
}
