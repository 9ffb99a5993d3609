import { Entity, Enum, Filter, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Facility } from '../facilities/facility.entity.js';
import { MedicalInstitution } from '../medical/medical-institution.entity.js';
import { VersionedRecord } from '../../shared/versioned-record.js';

export enum AgreementService {
  TWO_WAY_REFERRAL = 'TWO_WAY_REFERRAL',
  GREEN_CHANNEL = 'GREEN_CHANNEL',
  REGULAR_VISITS = 'REGULAR_VISITS',
  HOME_VISITS = 'HOME_VISITS',
  REMOTE_CONSULTATION = 'REMOTE_CONSULTATION',
  EMERGENCY_RESPONSE = 'EMERGENCY_RESPONSE',
}
registerEnumType(AgreementService, {
  name: 'AgreementService',
  description: 'A service agreed between the medical institution and the care facility.',
  valuesConfig: {
    TWO_WAY_REFERRAL: { description: '双向转诊' },
    GREEN_CHANNEL: { description: '绿色通道' },
    REGULAR_VISITS: { description: '定期巡诊' },
    HOME_VISITS: { description: '上门服务' },
    REMOTE_CONSULTATION: { description: '远程会诊' },
    EMERGENCY_RESPONSE: { description: '应急救治' },
  },
});

/** What is stored: the dates decide between active, expiring and expired. */
export enum AgreementState {
  DRAFT = 'DRAFT',
  SIGNED = 'SIGNED',
  TERMINATED = 'TERMINATED',
}

/** Status as users see it, derived from the stored state and the dates. */
export enum AgreementStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
  PENDING = 'PENDING',
}
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Agreement status, derived from the dates: EXPIRING means it ends within 60 days.',
  valuesConfig: {
    DRAFT: { description: '草稿' },
    PENDING: { description: '已签约，尚未生效' },
    ACTIVE: { description: '有效' },
    EXPIRING: { description: '60 天内到期' },
    EXPIRED: { description: '已过期' },
    TERMINATED: { description: '已终止' },
  },
});

/** Days before the end date from which an agreement counts as expiring. */
export const EXPIRING_DAYS = 60;

@ObjectType({ description: 'A medical–elderly-care signing agreement (医养结合签约) between a medical institution and a care facility.' })
@Entity({ tableName: 'care_agreement' })
@Index({ properties: ['endsOn'] })
// Soft delete: removed agreements are left out of every ORM look-up unless a query turns the filter
// off (`filters: { notDeleted: false }`, as restoring does). Raw SQL says `deleted_at is null` itself.
@Filter({ name: 'notDeleted', cond: { deletedAt: null }, default: true })
export class CareAgreement extends VersionedRecord {
  @Field(() => String, { nullable: true, description: 'Agreement number, unique when given.' })
  @Property({ length: 64, nullable: true, unique: true })
  code?: string | null;

  @ManyToOne(() => MedicalInstitution, { ref: true, deleteRule: 'restrict' })
  medical!: Ref<MedicalInstitution>;

  // The party stays visible when it was removed: loaded with the agreement (eager, one join), with
  // no soft-delete filter (nor the inner join that would hide the agreement). A reference loaded
  // on its own would apply the filter.
  @ManyToOne(() => Facility, { ref: true, deleteRule: 'restrict', filters: false, eager: true })
  facility!: Ref<Facility>;

  @Field(() => [AgreementService], { description: 'Agreed services, e.g. 双向转诊 or 定期巡诊.' })
  @Enum({ items: () => AgreementService, array: true, default: [] })
  services: AgreementService[] & Opt = [];

  @Field(() => String, { nullable: true, description: 'Signing date, YYYY-MM-DD.' })
  @Property({ type: 'date', nullable: true })
  signedOn?: string | null;

  @Field({ description: 'First day of validity, YYYY-MM-DD.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field({ description: 'Last day of validity, YYYY-MM-DD.' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Enum({ items: () => AgreementState, default: AgreementState.SIGNED })
  state: AgreementState & Opt = AgreementState.SIGNED;

  @Field(() => String, { nullable: true, description: 'Why it was terminated.' })
  @Property({ length: 500, nullable: true })
  terminationReason?: string | null;

  // The agreement renewed stays linked when it was removed: loaded with this one (eager, one join,
  // one level), with no soft-delete filter.
  @ManyToOne(() => CareAgreement, { ref: true, nullable: true, deleteRule: 'set null', filters: false, eager: true })
  renewedFrom?: Ref<CareAgreement> | null;

  @Field(() => Float, { nullable: true, description: 'Straight-line (geodesic) distance between the two parties in metres.' })
  @Property({ type: 'double precision', nullable: true })
  straightLineMeters?: number | null;

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt?: Date | null;
}

/** Derives the status users see from the stored state and the dates, at `today` (YYYY-MM-DD). */
export function agreementStatus(a: Pick<CareAgreement, 'state' | 'startsOn' | 'endsOn'>, today: string): AgreementStatus {
  if (a.state === AgreementState.DRAFT) return AgreementStatus.DRAFT;
  if (a.state === AgreementState.TERMINATED) return AgreementStatus.TERMINATED;
  if (a.endsOn < today) return AgreementStatus.EXPIRED;
  if (a.startsOn > today) return AgreementStatus.PENDING;
  return a.endsOn <= expiringUntil(today) ? AgreementStatus.EXPIRING : AgreementStatus.ACTIVE;
}

/** The last end date that counts as expiring at `today`, kept for the last `today` asked (a list asks it per row). */
let expiring = { today: '', until: '' };
function expiringUntil(today: string): string {
  if (expiring.today !== today) expiring = { today, until: addDays(today, EXPIRING_DAYS) };
  return expiring.until;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date in China (UTC+8), YYYY-MM-DD. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
