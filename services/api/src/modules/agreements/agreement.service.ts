import { SIGNING_KINDS } from '@carecircle/domain';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors, assertVersion } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';
import { decodePage, fetchRowPage, toConnection, type Connection, type PageArgs } from '../../shared/pagination.js';
import { checkDate, cleanText, toId } from '../../shared/validation.js';
import { nameEvent } from '../audit/audit-log.js';
import { SUBTREE_SQL } from '../divisions/division.service.js';
import { Facility } from '../facilities/facility.entity.js';
import { MedicalInstitution } from '../medical/medical-institution.entity.js';
import type {
  AgreementFields,
  AgreementFilter,
  CreateAgreementInput,
  RenewAgreementInput,
  UpdateAgreementInput,
} from './agreement.inputs.js';
import {
  agreementOfRow,
  agreementPartiesJsonSql,
  agreementPartiesOfJson,
  agreementRowColumns,
  type AgreementRow,
  type RawAgreementRow,
} from './agreement.rows.js';
import { addDays, AgreementState, AgreementStatus, CareAgreement, EXPIRING_DAYS } from './care-agreement.entity.js';
import { execSql, SqlWhere } from '../../shared/sql.js';

/** Care facilities that sign agreements: institutions and centres. */

/** SQL for the derived status of agreement `a` at date `?1` (pass today twice, then today + 60 days). */
export const STATUS_SQL = (a: string) => `case when ${a}.state = 'DRAFT' then 'DRAFT' when ${a}.state = 'TERMINATED' then 'TERMINATED'
  when ${a}.ends_on < ?::date then 'EXPIRED' when ${a}.starts_on > ?::date then 'PENDING'
  when ${a}.ends_on <= ?::date then 'EXPIRING' else 'ACTIVE' end`;

export const statusParams = (today: string) => [today, today, addDays(today, EXPIRING_DAYS)];

export class AgreementService {
  constructor(
    private readonly em: EntityManager,
    private readonly lang: Lang,
    private readonly today: string,
  ) {}

  /**
   * A page of agreements (not removed) as plain rows, with the count of the whole filtered list:
   * one statement, no entities (see `AgreementRow`). With `parties`, the page's medical
   * institutions and facilities (removed ones too) are read in the same statement and set on its rows.
   */
  async list(
    filter: AgreementFilter | null | undefined,
    page: PageArgs,
    options: { parties?: boolean } = {},
  ): Promise<Connection<AgreementRow>> {
    const { limit, afterId } = decodePage(page, this.lang);
    const errors = new FieldErrors(this.lang);
    // The standing condition of agreements (the ORM's `notDeleted` filter): not removed.
    const where = new SqlWhere().andWhere('a.deleted_at is null');
    if (filter?.statuses?.length)
      where.andWhere(`(${STATUS_SQL('a')}) in (${filter.statuses.map(() => '?').join(', ')})`, [
        ...statusParams(this.today),
        ...filter.statuses,
      ]);
    if (filter?.facilityId != null) where.andWhere('a.facility_id = ?', [toId(filter.facilityId, 'filter.facilityId', this.lang)]);
    if (filter?.medicalId != null) where.andWhere('a.medical_id = ?', [toId(filter.medicalId, 'filter.medicalId', this.lang)]);
    if (filter?.divisionId != null) {
      where.andWhere(`a.facility_id in (select f.id from facility f where f.division_id in ${SUBTREE_SQL})`, [
        toId(filter.divisionId, 'filter.divisionId', this.lang),
      ]);
    }
    const endsBefore = checkDate(errors, 'filter.endsBefore', filter?.endsBefore, false);
    if (endsBefore) where.andWhere('a.ends_on <= ?::date', [endsBefore]);
    errors.throwIfAny();
    const { totalCount, rows, along } = await fetchRowPage<RawAgreementRow, 'medical' | 'facility'>(this.em, {
      table: 'care_agreement',
      alias: 'a',
      columns: agreementRowColumns('a'),
      where,
      limit,
      afterId,
      along: options.parties
        ? [
            { name: 'medical', sql: (p) => agreementPartiesJsonSql('medical', p) },
            { name: 'facility', sql: (p) => agreementPartiesJsonSql('facility', p) },
          ]
        : [],
    });
    const parties = options.parties ? agreementPartiesOfJson(this.em, along.medical, along.facility) : null;
    return toConnection(
      rows.map((r) => agreementOfRow(this.em, r, parties)),
      limit,
      totalCount,
    );
  }

  async get(id: number): Promise<CareAgreement> {
    return this.em.findOneOrFail(CareAgreement, id);
  }

  async create(input: CreateAgreementInput): Promise<CareAgreement> {
    return this.em.transactional(async (em) => {
      const errors = new FieldErrors(this.lang);
      const code = cleanText(errors, 'code', input.code, { max: 64 });
      // Removed agreements keep their codes (the code is unique over every row).
      if (code && !errors.has('code') && (await em.count(CareAgreement, { code }, { filters: { notDeleted: false } }))) {
        errors.add('code', 'field.duplicateCode', { code });
      }
      const medicalId = toId(input.medicalId, 'medicalId', this.lang);
      const facilityId = toId(input.facilityId, 'facilityId', this.lang);
      const medical = await em.findOne(MedicalInstitution, { id: medicalId });
      if (!medical) errors.add('medicalId', 'field.unknownMedical', { id: medicalId });
      const facility = await em.findOne(Facility, { id: facilityId });
      if (!facility) errors.add('facilityId', 'field.unknownFacility', { id: facilityId });
      else if (!SIGNING_KINDS.includes(facility.kind)) errors.add('facilityId', 'field.agreementNotCareFacility');
      const a = em.create(CareAgreement, {
        code,
        medical: medical ? ref(medical) : (null as never),
        facility: facility ? ref(facility) : (null as never),
        state: input.draft ? AgreementState.DRAFT : AgreementState.SIGNED,
        startsOn: '',
        endsOn: '',
      });
      this.apply(a, input, errors, true);
      errors.throwIfAny();
      await em.flush();
      await this.measure(em, a);
      return a;
    });
  }

  async update(input: UpdateAgreementInput): Promise<CareAgreement> {
    return this.em.transactional(async (em) => {
      const a = await this.load(em, input.id, input.version);
      const errors = new FieldErrors(this.lang);
      this.apply(a, input, errors, false);
      if (input.signed && a.state === AgreementState.DRAFT) a.state = AgreementState.SIGNED;
      errors.throwIfAny();
      await em.flush();
      return a;
    });
  }

  async terminate(idArg: unknown, version: number, reason: string): Promise<CareAgreement> {
    return this.em.transactional(async (em) => {
      const a = await this.load(em, idArg, version);
      const errors = new FieldErrors(this.lang);
      a.terminationReason = cleanText(errors, 'reason', reason, { max: 500, required: true });
      errors.throwIfAny();
      a.state = AgreementState.TERMINATED;
      nameEvent(a, 'AGREEMENT_TERMINATED');
      await em.flush();
      return a;
    });
  }

  /** A new period, linked to the old agreement, for the same parties. */
  async renew(input: RenewAgreementInput): Promise<CareAgreement> {
    return this.em.transactional(async (em) => {
      const old = await this.load(em, input.id, input.version);
      const errors = new FieldErrors(this.lang);
      const next = em.create(CareAgreement, {
        medical: old.medical,
        facility: old.facility,
        services: input.services ?? old.services,
        startsOn: '',
        endsOn: '',
        renewedFrom: ref(old),
        straightLineMeters: old.straightLineMeters,
      });
      this.apply(
        next,
        {
          startsOn: input.startsOn ?? addDays(old.endsOn, 1),
          endsOn: input.endsOn,
          signedOn: input.signedOn ?? this.today,
          services: input.services,
        },
        errors,
        true,
      );
      errors.throwIfAny();
      nameEvent(next, 'AGREEMENT_RENEWED');
      await em.flush();
      return next;
    });
  }

  async remove(idArg: unknown, version: number): Promise<CareAgreement> {
    return this.em.transactional(async (em) => {
      const a = await this.load(em, idArg, version, true);
      a.deletedAt = new Date();
      nameEvent(a, 'AGREEMENT_DELETED');
      await em.flush();
      return a;
    });
  }

  /** Brings back a removed agreement. */
  async restore(idArg: unknown, version: number): Promise<CareAgreement> {
    return this.em.transactional(async (em) => {
      const a = await this.load(em, idArg, version, true, true);
      a.deletedAt = null;
      nameEvent(a, 'AGREEMENT_RESTORED');
      await em.flush();
      return a;
    });
  }

  private async load(em: EntityManager, idArg: unknown, version: number, allowTerminated = false, removed = false) {
    const id = toId(idArg, 'id', this.lang);
    // Restore looks among the removed agreements only: the standing filter is off for it.
    const a = removed
      ? await em.findOneOrFail(CareAgreement, { id, deletedAt: { $ne: null } }, { filters: { notDeleted: false } })
      : await em.findOneOrFail(CareAgreement, id);
    assertVersion(this.lang, a.version, version);
    if (!allowTerminated && a.state === AgreementState.TERMINATED) new FieldErrors(this.lang).add('id', 'field.terminated').throwIfAny();
    return a;
  }

  private apply(a: CareAgreement, input: AgreementFields, errors: FieldErrors, creating: boolean) {
    if (input.services) {
      if (!input.services.length) errors.add('services', 'field.emptyList');
      a.services = [...new Set(input.services)];
    } else if (creating && !a.services.length) errors.add('services', 'field.emptyList');
    if (input.signedOn !== undefined) a.signedOn = checkDate(errors, 'signedOn', input.signedOn, false);
    if (input.startsOn !== undefined || creating) a.startsOn = checkDate(errors, 'startsOn', input.startsOn ?? a.startsOn) ?? a.startsOn;
    if (input.endsOn !== undefined || creating) a.endsOn = checkDate(errors, 'endsOn', input.endsOn ?? a.endsOn) ?? a.endsOn;
    if (a.startsOn && a.endsOn && a.endsOn < a.startsOn && !errors.list.some((e) => e.field === 'endsOn'))
      errors.add('endsOn', 'field.endBeforeStart');
    if (a.signedOn && a.startsOn && a.signedOn > a.startsOn) errors.add('signedOn', 'field.signedAfterStart');
  }

  /** Stores the straight-line (geodesic) distance between the parties. */
  private async measure(em: EntityManager, a: CareAgreement) {
    const [row] = await execSql<{ d: number }[]>(
      em,
      `select ST_Distance(m.location::geography, f.location::geography) as d from medical_institution m, facility f where m.id = ? and f.id = ?`,
      [a.medical.id, a.facility.id],
    );
    a.straightLineMeters = row ? Math.round(Number(row.d) * 10) / 10 : null;
    await em.flush();
  }
}

export { AgreementStatus };
