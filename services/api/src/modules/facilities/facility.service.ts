import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Point } from 'geojson';
import { FieldErrors, ForbiddenError, assertVersion, notFound } from '../../shared/errors.js';
import { t, type Lang } from '../../shared/i18n.js';
import { decodePage, fetchPage, type PageArgs } from '../../shared/pagination.js';
import { validLonLat } from '../../shared/scalars.js';
import { checkCount, cleanText, likePattern, toId, toOptionalId, toPoint } from '../../shared/validation.js';
import { resolveDivision, SUBTREE_SQL } from '../divisions/division.service.js';
import { PointOfInterest } from '../hubs/point-of-interest.entity.js';
import { Capacity, Facility, Operator } from './facility.entity.js';
import { FacilityKind, FacilityStatus } from './facility.enums.js';
import { Role } from '../users/role.js';
import type { User } from '../users/user.entity.js';
import type { Division } from '../divisions/division.entity.js';
import type { BBoxInput, CreateFacilityInput, FacilityFields, FacilityFilter, NearInput, UpdateFacilityInput } from './facility.inputs.js';
import { execSql } from '../../shared/sql.js';

/** Two facilities of one kind with one name closer than this are duplicates. */
export const DUPLICATE_RADIUS_M = 30;

type Qb = { andWhere(cond: string, params: unknown[]): unknown };

/** Adds the bounding-box and distance conditions shared by every located list. */
export function addSpatialFilters(qb: Qb, alias: string, errors: FieldErrors, bbox?: BBoxInput | null, near?: NearInput | null): void {
  if (bbox) {
    const { west, south, east, north } = bbox;
    if (![west, south, east, north].every(Number.isFinite) || !validLonLat({ lon: west, lat: south }) || !validLonLat({ lon: east, lat: north })) {
      errors.add('filter.bbox', 'field.coordinates');
    } else {
      qb.andWhere(`${alias}.location && ST_MakeEnvelope(?, ?, ?, ?, 4326)`, [west, south, east, north]);
    }
  }
  if (near) {
    if (!validLonLat(near)) errors.add('filter.near', 'field.coordinates');
    else if (!(near.meters >= 0 && near.meters <= 100_000)) errors.add('filter.near.meters', 'field.tooLarge', { max: 100_000 });
    else
      qb.andWhere(`ST_DWithin(${alias}.location::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?)`, [near.lon, near.lat, near.meters]);
  }
}

export type WorkflowAction = 'submit' | 'approve' | 'reject' | 'close' | 'restore';

/** Which states each workflow action starts from and leads to. */
const WORKFLOW: Record<WorkflowAction, { from: FacilityStatus[] | null; to: FacilityStatus | null; zh: string }> = {
  submit: { from: [FacilityStatus.DRAFT, FacilityStatus.REJECTED], to: FacilityStatus.SUBMITTED, zh: '提交审核' },
  approve: { from: [FacilityStatus.SUBMITTED], to: FacilityStatus.APPROVED, zh: '审核通过' },
  reject: { from: [FacilityStatus.SUBMITTED], to: FacilityStatus.REJECTED, zh: '退回' },
  close: { from: [FacilityStatus.APPROVED], to: FacilityStatus.CLOSED, zh: '关闭' },
  restore: { from: null, to: null, zh: '恢复' },
};

export class FacilityService {
  constructor(
    private readonly em: EntityManager,
    private readonly lang: Lang,
    /** The acting user; a street office is held to its own division. */
    private readonly user: User | null = null,
  ) {}

  /**
   * A street office registers and edits facilities only inside its own division, checked on the
   * server against the division's boundary (never a client field).
   */
  private async checkJurisdiction(em: EntityManager, point: Point, chosenDivision?: Division | null): Promise<void> {
    if (this.user?.role !== Role.STREET_OFFICE) return;
    const own = this.user.division?.id;
    if (!own) throw new ForbiddenError(t(this.lang, 'auth.noJurisdiction'));
    const [row] = await execSql<{ name: string; path: string; inside: boolean }[]>(
      em,
      `select name, path, ST_Intersects(boundary, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)) as inside from division where id = ?`,
      [JSON.stringify(point), own],
    );
    const outside = !row?.inside || (chosenDivision != null && !chosenDivision.path.startsWith(row.path));
    if (outside) throw new ForbiddenError(t(this.lang, 'auth.outsideJurisdiction', { division: row?.name ?? String(own) }));
  }

  async list(filter: FacilityFilter | null | undefined, page: PageArgs) {
    const { limit, afterId } = decodePage(page, this.lang);
    const errors = new FieldErrors(this.lang);
    const qb = this.em.createQueryBuilder(Facility, 'f').where({ deletedAt: null });
    if (filter?.kinds?.length) qb.andWhere({ kind: { $in: filter.kinds } });
    if (filter?.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
    if (filter?.divisionId != null) qb.andWhere(`f.division_id in ${SUBTREE_SQL}`, [toId(filter.divisionId, 'filter.divisionId', this.lang)]);
    if (filter?.search?.trim()) qb.andWhere(`f.name ilike ?`, [likePattern(filter.search.trim().slice(0, 100))]);
    addSpatialFilters(qb as unknown as Qb, 'f', errors, filter?.bbox, filter?.near);
    errors.throwIfAny();
    return fetchPage(qb, limit, afterId);
  }

  async get(id: number): Promise<Facility> {
    const f = await this.em.findOne(Facility, { id, deletedAt: null });
    if (!f) throw notFound(this.lang, 'facility', id);
    return f;
  }

  /** Creates a facility as a DRAFT; every field is checked and nothing is written when any check fails. */
  async create(input: CreateFacilityInput): Promise<Facility> {
    return this.em.transactional(async (em) => {
      const errors = new FieldErrors(this.lang);
      const facility = em.create(Facility, {
        name: cleanText(errors, 'name', input.name, { max: 200, required: true }) ?? '',
        kind: input.kind,
        location: toPoint(errors, 'location', input.location) ?? { type: 'Point', coordinates: [0, 0] },
      });
      if (!errors.list.some((e) => e.field === 'location')) await this.checkJurisdiction(em, facility.location);
      await this.apply(em, facility, input, errors, true);
      errors.throwIfAny();
      await this.checkJurisdiction(em, facility.location, facility.division ? await facility.division.load() : null);
      await em.flush();
      return facility;
    });
  }

  /** Changes a facility; a stale `version` is rejected with CONFLICT. */
  async update(input: UpdateFacilityInput): Promise<Facility> {
    return this.em.transactional(async (em) => {
      const id = toId(input.id, 'id', this.lang);
      const facility = await em.findOne(Facility, { id, deletedAt: null });
      if (!facility) throw notFound(this.lang, 'facility', id);
      assertVersion(this.lang, facility.version, input.version);
      // Where it is now must be the office's, and so must where it moves to.
      await this.checkJurisdiction(em, facility.location);
      const errors = new FieldErrors(this.lang);
      if (input.name != null) facility.name = cleanText(errors, 'name', input.name, { max: 200, required: true }) ?? facility.name;
      if (input.kind != null) facility.kind = input.kind;
      const moved = input.location != null;
      if (moved) facility.location = toPoint(errors, 'location', input.location) ?? facility.location;
      await this.apply(em, facility, input, errors, moved || input.divisionId != null);
      errors.throwIfAny();
      if (moved || input.divisionId != null) await this.checkJurisdiction(em, facility.location, facility.division ? await facility.division.load() : null);
      await em.flush();
      return facility;
    });
  }

  /** Removes a facility from every list; the row stays for history. */
  async remove(idArg: unknown, version: number): Promise<Facility> {
    return this.em.transactional(async (em) => {
      const id = toId(idArg, 'id', this.lang);
      const facility = await em.findOne(Facility, { id, deletedAt: null });
      if (!facility) throw notFound(this.lang, 'facility', id);
      assertVersion(this.lang, facility.version, version);
      await this.checkJurisdiction(em, facility.location);
      facility.deletedAt = new Date();
      await em.flush();
      return facility;
    });
  }

  /**
   * The approval workflow: DRAFT / REJECTED → SUBMITTED (the office) → APPROVED or REJECTED with a
   * reason (civil affairs) → CLOSED; only APPROVED facilities count in coverage. `restore` brings back
   * a removed facility.
   */
  async transition(idArg: unknown, version: number, action: WorkflowAction, reason?: string | null): Promise<Facility> {
    return this.em.transactional(async (em) => {
      const id = toId(idArg, 'id', this.lang);
      const facility = await em.findOne(Facility, { id, deletedAt: action === 'restore' ? { $ne: null } : null });
      if (!facility) throw notFound(this.lang, 'facility', id);
      assertVersion(this.lang, facility.version, version);
      if (action === 'submit') await this.checkJurisdiction(em, facility.location);
      const rule = WORKFLOW[action];
      if (rule.from && !rule.from.includes(facility.status)) {
        const verb = this.lang === 'zh' ? rule.zh : action;
        new FieldErrors(this.lang).add('id', 'workflow.state', { status: facility.status, action: verb }).throwIfAny();
      }
      const errors = new FieldErrors(this.lang);
      const why = cleanText(errors, 'reason', reason, { max: 500, required: action === 'reject' });
      errors.throwIfAny();
      if (action === 'restore') facility.deletedAt = null;
      else {
        facility.status = rule.to!;
        facility.statusReason = why;
      }
      await em.flush();
      return facility;
    });
  }

  /** Applies and checks the fields shared by create and update. */
  private async apply(em: EntityManager, f: Facility, input: FacilityFields, errors: FieldErrors, relocate: boolean): Promise<void> {
    if (input.code !== undefined) {
      f.code = cleanText(errors, 'code', input.code, { max: 64 });
      if (f.code && !errors.has('code') && (await em.count(Facility, { code: f.code, id: { $ne: f.id ?? 0 } }))) errors.add('code', 'field.duplicateCode', { code: f.code });
    }
    if (input.address !== undefined) f.address = cleanText(errors, 'address', input.address, { max: 300 });
    if (input.openingHours !== undefined) f.openingHours = cleanText(errors, 'openingHours', input.openingHours, { max: 200 });
    if (input.phone !== undefined) f.phone = cleanText(errors, 'phone', input.phone, { max: 40 });
    if (input.operator) {
      const operator = new Operator();
      operator.name = cleanText(errors, 'operator.name', input.operator.name, { max: 200 });
      operator.type = input.operator.type ?? null;
      f.operator = operator;
    }
    if (input.services) f.services = [...new Set(input.services)];
    if (input.hubServices) f.hubServices = [...new Set(input.hubServices)];
    if (input.links) {
      if (input.links.length > 20) errors.add('links', 'field.tooLarge', { max: 20 });
      f.links = input.links.map((l, i) => cleanText(errors, `links.${i}`, l, { max: 500, required: true }) ?? '');
    }
    if (input.capacity) {
      const c = input.capacity;
      const capacity = new Capacity();
      const prev = f.capacity ?? new Capacity();
      capacity.beds = checkCount(errors, 'capacity.beds', c.beds ?? prev.beds, 100_000);
      capacity.nursingBeds = checkCount(errors, 'capacity.nursingBeds', c.nursingBeds ?? prev.nursingBeds, 100_000);
      capacity.occupiedBeds = checkCount(errors, 'capacity.occupiedBeds', c.occupiedBeds ?? prev.occupiedBeds, 100_000);
      capacity.dayCarePlaces = checkCount(errors, 'capacity.dayCarePlaces', c.dayCarePlaces ?? prev.dayCarePlaces, 100_000);
      capacity.mealSeats = checkCount(errors, 'capacity.mealSeats', c.mealSeats ?? prev.mealSeats, 100_000);
      if (capacity.occupiedBeds > capacity.beds) {
        errors.add('capacity.occupiedBeds', 'field.occupiedOverBeds', { occupied: capacity.occupiedBeds, beds: capacity.beds });
      }
      if (capacity.nursingBeds > capacity.beds) {
        errors.add('capacity.nursingBeds', 'field.nursingOverBeds', { nursing: capacity.nursingBeds, beds: capacity.beds });
      }
      f.capacity = capacity;
    }
    if (input.resourceIds) {
      const ids = input.resourceIds.map((r, i) => toId(r, `resourceIds.${i}`, this.lang));
      const found = ids.length ? await em.find(PointOfInterest, { id: { $in: ids } }) : [];
      if (found.length !== new Set(ids).size) errors.add('resourceIds', 'field.unknownFacility', { id: ids.filter((i) => !found.some((p) => p.id === i)).join(', ') });
      f.resources.set(found);
    }
    const locationOk = !errors.list.some((e) => e.field === 'location');
    if (relocate && locationOk) {
      const division = await resolveDivision(em, errors, f.location, toOptionalId(input.divisionId, 'divisionId', this.lang));
      f.division = division ? ref(division) : null;
    }
    if (locationOk && f.name && !errors.has('name')) await this.checkDuplicate(em, errors, f);
  }

  /** Same kind, same name, within 30 m: almost certainly the same place entered twice. */
  private async checkDuplicate(em: EntityManager, errors: FieldErrors, f: { id?: number; kind: FacilityKind; name: string; location: Point }) {
    const rows = await execSql<{ id: number; name: string }[]>(em, 
      `select id, name from facility where deleted_at is null and kind = ? and name = ? and id <> ?
       and ST_DWithin(location::geography, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)::geography, ?) limit 1`,
      [f.kind, f.name, f.id ?? 0, JSON.stringify(f.location), DUPLICATE_RADIUS_M],
    );
    if (rows.length) errors.add('name', 'field.duplicateFacility', { name: rows[0].name, id: rows[0].id });
  }
}
