import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Employer } from './employer.entity.js';
import type { Worker } from './worker.entity.js';
import { CertificateKind, EvaluationKind, SkillLevel, TrainingKind, WorkerPost } from './workforce.enums.js';

/** Records that belong to one worker: an id, the worker, when it was recorded. */
@ObjectType()
abstract class WorkerRecord {
  @Field(() => ID, { description: 'Id of the record.' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne('Worker', { ref: true, deleteRule: 'cascade' })
  worker!: Ref<Worker>;

  @Field(() => Date, { description: 'When it was recorded.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}

@ObjectType({ description: 'A certificate a worker holds (证书).' })
@Entity({ tableName: 'worker_certificate' })
export class WorkerCertificate extends WorkerRecord {
  @Field(() => CertificateKind, { description: 'Kind.' })
  @Enum({ items: () => CertificateKind })
  kind!: CertificateKind;

  @Field({ description: 'Certificate number.' })
  @Property({ length: 64 })
  number!: string;

  @Field(() => SkillLevel, { nullable: true, description: 'Level the certificate attests, where it has one.' })
  @Enum({ items: () => SkillLevel, nullable: true })
  level?: SkillLevel | null;

  @Field({ description: 'Issuing body.' })
  @Property({ length: 200 })
  issuer!: string;

  @Field({ description: 'Issue date, YYYY-MM-DD.' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: 'Valid until, YYYY-MM-DD; null: no expiry.' })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;
}

@ObjectType({ description: 'A period of employment (从业经历).' })
@Entity({ tableName: 'worker_employment' })
export class WorkerEmployment extends WorkerRecord {
  @ManyToOne(() => Employer, { ref: true, deleteRule: 'restrict' })
  employer!: Ref<Employer>;

  @Field(() => WorkerPost, { description: 'Post held.' })
  @Enum({ items: () => WorkerPost })
  post!: WorkerPost;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD; null while it lasts.' })
  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;

  @Field(() => Boolean, { description: 'Full-time employment.' })
  @Property({ type: 'boolean', default: true })
  fullTime: boolean & Opt = true;

  @Field(() => String, { nullable: true, description: 'Why it overlaps another full-time employment, when it does.' })
  @Property({ length: 300, nullable: true })
  concurrentReason?: string | null;

  @ManyToOne(() => Employer, { ref: true, nullable: true, deleteRule: 'restrict' })
  placedAt?: Ref<Employer> | null;
}

@ObjectType({ description: 'A training (培训经历).' })
@Entity({ tableName: 'worker_training' })
export class WorkerTraining extends WorkerRecord {
  @Field({ description: 'Course.' })
  @Property({ length: 200 })
  course!: string;

  @Field(() => TrainingKind, { description: 'Kind: 岗前, 在岗轮训, 转岗 or 继续教育.' })
  @Enum({ items: () => TrainingKind })
  kind!: TrainingKind;

  @Field(() => Float, { description: 'Hours.' })
  @Property({ type: 'double precision' })
  hours!: number;

  @Field({ description: 'Provider.' })
  @Property({ length: 200 })
  provider!: string;

  @Field({ description: 'Date, YYYY-MM-DD.' })
  @Property({ type: 'date' })
  heldOn!: string;
}

@ObjectType({ description: 'An evaluation by the people served or an inspection (服务对象评价 / 质量检查).' })
@Entity({ tableName: 'worker_evaluation' })
export class WorkerEvaluation extends WorkerRecord {
  @Field(() => EvaluationKind, { description: 'Evaluation or inspection.' })
  @Enum({ items: () => EvaluationKind })
  kind!: EvaluationKind;

  @Field(() => Float, { description: 'Score, 0 to 100.' })
  @Property({ type: 'double precision' })
  score!: number;

  @Field({ description: 'By whom.' })
  @Property({ length: 200 })
  byWhom!: string;

  @Field({ description: 'Date, YYYY-MM-DD.' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @Property({ length: 500, nullable: true })
  note?: string | null;
}

@ObjectType({ description: 'A complaint or penalty (投诉处罚).' })
@Entity({ tableName: 'worker_complaint' })
export class WorkerComplaint extends WorkerRecord {
  @Field({ description: 'What was complained about.' })
  @Property({ length: 500 })
  what!: string;

  @Field(() => String, { nullable: true, description: 'Outcome.' })
  @Property({ length: 500, nullable: true })
  outcome?: string | null;

  @Field(() => Boolean, { description: 'Whether a penalty was imposed.' })
  @Property({ type: 'boolean', default: false })
  penalty: boolean & Opt = false;

  @Field({ description: 'Date received, YYYY-MM-DD.' })
  @Property({ type: 'date' })
  receivedOn!: string;
}
