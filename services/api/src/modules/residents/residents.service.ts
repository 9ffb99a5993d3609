import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Polygon } from 'geojson';
import { FieldErrors, assertVersion } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';
import { decodePage, fetchPage, type PageArgs } from '../../shared/pagination.js';
import { checkCount, cleanText, likePattern, polygonStructureProblem, toId, toOptionalId, toPoint } from '../../shared/validation.js';
import { resolveDivision, SUBTREE_SQL } from '../divisions/division.service.js';
import { addSpatialFilters } from '../facilities/facility.service.js';
import { ResidentialArea } from './residential-area.entity.js';
import type {
  CreateResidentialAreaInput,
  ResidentialAreaFields,
  ResidentialAreaFilter,
  UpdateResidentialAreaInput,
} from './residents.inputs.js';
import { execSql } from '../../shared/sql.js';

export class ResidentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly lang: Lang,
  ) {}

  async list(filter: ResidentialAreaFilter | null | undefined, page: PageArgs) {
    const { limit, afterId } = decodePage(page, this.lang);
    const errors = new FieldErrors(this.lang);
    const qb = this.em.createQueryBuilder(ResidentialArea, 'r');
    if (filter?.divisionId != null)
      qb.andWhere(`r.division_id in ${SUBTREE_SQL}`, [toId(filter.divisionId, 'filter.divisionId', this.lang)]);
    if (filter?.search?.trim()) qb.andWhere(`r.name ilike ?`, [likePattern(filter.search.trim().slice(0, 100))]);
    addSpatialFilters(qb as never, 'r', errors, filter?.bbox, null);
    errors.throwIfAny();
    return fetchPage(qb, limit, afterId);
  }

  async get(id: number) {
    return this.em.findOneOrFail(ResidentialArea, id);
  }

  async create(input: CreateResidentialAreaInput) {
    return this.em.transactional(async (em) => {
      const errors = new FieldErrors(this.lang);
      const r = em.create(ResidentialArea, {
        name: cleanText(errors, 'name', input.name, { max: 200, required: true }) ?? '',
        location: toPoint(errors, 'location', input.location) ?? { type: 'Point', coordinates: [0, 0] },
      });
      await this.apply(em, r, input, errors, true);
      errors.throwIfAny();
      await em.flush();
      return r;
    });
  }

  async update(input: UpdateResidentialAreaInput) {
    return this.em.transactional(async (em) => {
      const id = toId(input.id, 'id', this.lang);
      const r = await em.findOneOrFail(ResidentialArea, id);
      assertVersion(this.lang, r.version, input.version);
      const errors = new FieldErrors(this.lang);
      if (input.name != null) r.name = cleanText(errors, 'name', input.name, { max: 200, required: true }) ?? r.name;
      if (input.location != null) r.location = toPoint(errors, 'location', input.location) ?? r.location;
      await this.apply(em, r, input, errors, input.location != null || input.divisionId != null);
      errors.throwIfAny();
      await em.flush();
      return r;
    });
  }

  async remove(idArg: unknown, version: number) {
    return this.em.transactional(async (em) => {
      const id = toId(idArg, 'id', this.lang);
      const r = await em.findOneOrFail(ResidentialArea, id);
      assertVersion(this.lang, r.version, version);
      em.remove(r);
      await em.flush();
      return true;
    });
  }

  private async apply(em: EntityManager, r: ResidentialArea, input: ResidentialAreaFields, errors: FieldErrors, relocate: boolean) {
    if (input.code !== undefined) r.code = cleanText(errors, 'code', input.code, { max: 64 });
    if (input.olderResidents != null) r.olderResidents = checkCount(errors, 'olderResidents', input.olderResidents);
    if (input.totalResidents != null) r.totalResidents = checkCount(errors, 'totalResidents', input.totalResidents);
    if (r.olderResidents > r.totalResidents && r.totalResidents > 0)
      errors.add('olderResidents', 'field.tooLarge', { max: r.totalResidents });
    if (input.boundary !== undefined) {
      const problem = input.boundary == null ? null : polygonStructureProblem(input.boundary, false, this.lang);
      if (problem) errors.add('boundary', 'field.invalidGeometry', { reason: problem });
      else if (input.boundary) {
        const [row] = await execSql<{ valid: boolean; reason: string }[]>(
          em,
          `select ST_IsValid(g) as valid, ST_IsValidReason(g) as reason from (select ST_GeomFromGeoJSON(?) as g) q`,
          [JSON.stringify(input.boundary)],
        );
        if (!row.valid) errors.add('boundary', 'field.invalidGeometry', { reason: row.reason });
        else r.boundary = input.boundary as Polygon;
      } else r.boundary = null;
    }
    if (relocate && !errors.list.some((e) => e.field === 'location')) {
      const division = await resolveDivision(em, errors, r.location, toOptionalId(input.divisionId, 'divisionId', this.lang));
      r.division = division ? ref(division) : null;
    }
  }
}
