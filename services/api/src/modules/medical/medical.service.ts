import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors, UserInputError, assertVersion } from '../../shared/errors.js';
import { t, type Lang } from '../../shared/i18n.js';
import { decodePage, fetchRowPage, toConnection, type Connection, type PageArgs } from '../../shared/pagination.js';
import { SqlWhere } from '../../shared/sql.js';
import { checkCount, cleanText, likePattern, toId, toOptionalId, toPoint } from '../../shared/validation.js';
import { CareAgreement } from '../agreements/care-agreement.entity.js';
import { divisionRowsJsonSql, divisionRowsOfJson, type DivisionRows } from '../divisions/division.rows.js';
import { resolveDivision, SUBTREE_SQL } from '../divisions/division.service.js';
import { addSpatialFilters } from '../facilities/facility.service.js';
import { MedicalInstitution } from './medical-institution.entity.js';
import { medicalOfRow, medicalRowColumns, type MedicalRow, type RawMedicalRow } from './medical.rows.js';
import type { CreateMedicalInput, MedicalFields, MedicalFilter, UpdateMedicalInput } from './medical.inputs.js';

export class MedicalService {
  constructor(
    private readonly em: EntityManager,
    private readonly lang: Lang,
  ) {}

  /**
   * A page of medical institutions as plain rows, with the count of the whole filtered list (one
   * statement, no entities; see `MedicalRow`); with `divisions`, the page's divisions too.
   */
  async list(
    filter: MedicalFilter | null | undefined,
    page: PageArgs,
    options: { divisions?: DivisionRows | null } = {},
  ): Promise<Connection<MedicalRow>> {
    const { limit, afterId } = decodePage(page, this.lang);
    const errors = new FieldErrors(this.lang);
    const where = new SqlWhere();
    if (filter?.kinds?.length) where.andWhere('m.kind in (?)', [filter.kinds]);
    if (filter?.elderlyFriendly != null) where.andWhere('m.elderly_friendly = ?', [filter.elderlyFriendly]);
    if (filter?.divisionId != null)
      where.andWhere(`m.division_id in ${SUBTREE_SQL}`, [toId(filter.divisionId, 'filter.divisionId', this.lang)]);
    if (filter?.search?.trim()) where.andWhere(`m.name ilike ?`, [likePattern(filter.search.trim().slice(0, 100))]);
    addSpatialFilters(where, 'm', errors, filter?.bbox, filter?.near);
    errors.throwIfAny();
    const { totalCount, rows, along } = await fetchRowPage<RawMedicalRow, 'divisions'>(this.em, {
      table: 'medical_institution',
      alias: 'm',
      columns: medicalRowColumns('m'),
      where,
      limit,
      afterId,
      along: options.divisions ? [{ name: 'divisions', sql: (p) => divisionRowsJsonSql(`select division_id from ${p}`) }] : [],
    });
    const nodes = rows.map((r) => medicalOfRow(this.em, r));
    options.divisions?.remember(
      divisionRowsOfJson(this.em, along.divisions),
      nodes.map((m) => m.divisionId),
    );
    return toConnection(nodes, limit, totalCount);
  }

  async get(id: number): Promise<MedicalInstitution> {
    return this.em.findOneOrFail(MedicalInstitution, id);
  }

  async create(input: CreateMedicalInput): Promise<MedicalInstitution> {
    return this.em.transactional(async (em) => {
      const errors = new FieldErrors(this.lang);
      const m = em.create(MedicalInstitution, {
        name: cleanText(errors, 'name', input.name, { max: 200, required: true }) ?? '',
        kind: input.kind,
        location: toPoint(errors, 'location', input.location) ?? { type: 'Point', coordinates: [0, 0] },
      });
      await this.apply(em, m, input, errors, true);
      errors.throwIfAny();
      await em.flush();
      return m;
    });
  }

  async update(input: UpdateMedicalInput): Promise<MedicalInstitution> {
    return this.em.transactional(async (em) => {
      const id = toId(input.id, 'id', this.lang);
      const m = await em.findOneOrFail(MedicalInstitution, id);
      assertVersion(this.lang, m.version, input.version);
      const errors = new FieldErrors(this.lang);
      if (input.name != null) m.name = cleanText(errors, 'name', input.name, { max: 200, required: true }) ?? m.name;
      if (input.kind != null) m.kind = input.kind;
      if (input.location != null) m.location = toPoint(errors, 'location', input.location) ?? m.location;
      await this.apply(em, m, input, errors, input.location != null || input.divisionId != null);
      errors.throwIfAny();
      await em.flush();
      return m;
    });
  }

  /** Deletes an institution that no agreement refers to. */
  async remove(idArg: unknown, version: number): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const id = toId(idArg, 'id', this.lang);
      const m = await em.findOneOrFail(MedicalInstitution, id);
      assertVersion(this.lang, m.version, version);
      const count = await em.count(CareAgreement, { medical: id });
      if (count) {
        const message = t(this.lang, 'field.hasDependents', { count, what: this.lang === 'zh' ? '签约协议' : 'agreements' });
        throw new UserInputError(message, [{ field: 'id', message }]);
      }
      em.remove(m);
      await em.flush();
      return true;
    });
  }

  private async apply(em: EntityManager, m: MedicalInstitution, input: MedicalFields, errors: FieldErrors, relocate: boolean) {
    if (input.code !== undefined) {
      m.code = cleanText(errors, 'code', input.code, { max: 64 });
      if (m.code && !errors.has('code') && (await em.count(MedicalInstitution, { code: m.code, id: { $ne: m.id ?? 0 } })))
        errors.add('code', 'field.duplicateCode', { code: m.code });
    }
    if (input.grade !== undefined) m.grade = input.grade;
    if (input.geriatricsDepartment != null) m.geriatricsDepartment = input.geriatricsDepartment;
    if (input.elderlyFriendly != null) m.elderlyFriendly = input.elderlyFriendly;
    if (input.hospiceBeds != null) m.hospiceBeds = checkCount(errors, 'hospiceBeds', input.hospiceBeds, 10_000);
    if (input.familyBeds != null) m.familyBeds = checkCount(errors, 'familyBeds', input.familyBeds, 10_000);
    if (input.address !== undefined) m.address = cleanText(errors, 'address', input.address, { max: 300 });
    if (input.phone !== undefined) m.phone = cleanText(errors, 'phone', input.phone, { max: 40 });
    if (relocate && !errors.list.some((e) => e.field === 'location')) {
      const division = await resolveDivision(em, errors, m.location, toOptionalId(input.divisionId, 'divisionId', this.lang));
      m.division = division ? ref(division) : null;
    }
  }
}
