import { canTakeStep, FACILITY_WORKFLOW, type WorkflowStep } from '@carecircle/domain';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors, assertVersion } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';
import { decodePage, fetchPage, type PageArgs } from '../../shared/pagination.js';
import { validLonLat } from '../../shared/scalars.js';
import { checkCount, cleanText, likePattern, toId, toOptionalId, toPoint } from '../../shared/validation.js';
import { nameEvent, type AuditEvent } from '../audit/audit-log.js';
import { resolveDivision, SUBTREE_SQL } from '../divisions/division.service.js';
import { PointOfInterest } from '../hubs/point-of-interest.entity.js';
import type { Access } from '../users/access.js';
import { Capacity, Facility, Operator } from './facility.entity.js';
import type { BBoxInput, CreateFacilityInput, FacilityFields, FacilityFilter, NearInput, UpdateFacilityInput } from './facility.inputs.js';
import { codesInUse, storedDuplicates, type FacilityCheckRow } from './facility-writes.js';

type Qb = { andWhere(cond: string, params: unknown[]): unknown };

/** Adds the bounding-box and distance conditions shared by every located list. */
export function addSpatialFilters(qb: Qb, alias: string, errors: FieldErrors, bbox?: BBoxInput | null, near?: NearInput | null): void {
  if (bbox) {
    const { west, south, east, north } = bbox;
    if (
      ![west, south, east, north].every(Number.isFinite) ||
      !validLonLat({ lon: west, lat: south }) ||
      !validLonLat({ lon: east, lat: north })
    ) {
      errors.add('filter.bbox', 'field.coordinates');
    } else {
      qb.andWhere(`${alias}.location && ST_MakeEnvelope(?, ?, ?, ?, 4326)`, [west, south, east, north]);
    }
  }
  if (near) {
    if (!validLonLat(near)) errors.add('filter.near', 'field.coordinates');
    else if (!(near.meters >= 0 && near.meters <= 100_000)) errors.add('filter.near.meters', 'field.tooLarge', { max: 100_000 });
    else
      qb.andWhere(`ST_DWithin(${alias}.location::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?)`, [
        near.lon,
        near.lat,
        near.meters,
      ]);
  }
}

/** One facility as the write path's set-based checks take it. */
const checkRowOf = (f: Facility): FacilityCheckRow => ({
  key: 0,
  id: f.id,
  kind: f.kind,
  name: f.name,
  location: f.location,
  code: f.code,
});

/** The audit event each workflow step logs. */
const STEP_EVENTS: Record<WorkflowStep, AuditEvent> = {
  submit: 'FACILITY_SUBMITTED',
  approve: 'FACILITY_APPROVED',
  reject: 'FACILITY_REJECTED',
  close: 'FACILITY_CLOSED',
  restore: 'FACILITY_RESTORED',
};

/**
 * Facilities: lists, the registry's writes and the approval workflow. What the user may do is asked
 * of `Access` as named actions; a division-scoped user (a street office) registers, edits, removes
 * and submits only inside its own division, checked on the server against the division's boundary.
 */
export class FacilityService {
  constructor(
    private readonly em: EntityManager,
    private readonly lang: Lang,
    /** What the acting user may do. */
    private readonly access: Access,
  ) {}

  async list(filter: FacilityFilter | null | undefined, page: PageArgs) {
    const { limit, afterId } = decodePage(page, this.lang);
    const errors = new FieldErrors(this.lang);
    const qb = this.em.createQueryBuilder(Facility, 'f');
    // The standing conditions of facilities (not removed), as the ORM's filters.
    await qb.applyFilters();
    if (filter?.kinds?.length) qb.andWhere({ kind: { $in: filter.kinds } });
    if (filter?.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
    if (filter?.divisionId != null)
      qb.andWhere(`f.division_id in ${SUBTREE_SQL}`, [toId(filter.divisionId, 'filter.divisionId', this.lang)]);
    if (filter?.search?.trim()) qb.andWhere(`f.name ilike ?`, [likePattern(filter.search.trim().slice(0, 100))]);
    addSpatialFilters(qb as unknown as Qb, 'f', errors, filter?.bbox, filter?.near);
    errors.throwIfAny();
    return fetchPage(qb, limit, afterId);
  }

  async get(id: number): Promise<Facility> {
    return this.em.findOneOrFail(Facility, id);
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
      if (!errors.list.some((e) => e.field === 'location')) await this.assertMayRegister(em, facility, false);
      await this.apply(em, facility, input, errors, true);
      errors.throwIfAny();
      await this.assertMayRegister(em, facility, true);
      await em.flush();
      return facility;
    });
  }

  /** Changes a facility; a stale `version` is rejected with CONFLICT. */
  async update(input: UpdateFacilityInput): Promise<Facility> {
    return this.em.transactional(async (em) => {
      const id = toId(input.id, 'id', this.lang);
      const facility = await em.findOneOrFail(Facility, id);
      assertVersion(this.lang, facility.version, input.version);
      // Where it is now must be the office's, and so must where it moves to.
      await this.assertMayRegister(em, facility, false);
      const errors = new FieldErrors(this.lang);
      if (input.name != null) facility.name = cleanText(errors, 'name', input.name, { max: 200, required: true }) ?? facility.name;
      if (input.kind != null) facility.kind = input.kind;
      const moved = input.location != null;
      if (moved) facility.location = toPoint(errors, 'location', input.location) ?? facility.location;
      await this.apply(em, facility, input, errors, moved || input.divisionId != null);
      errors.throwIfAny();
      if (moved || input.divisionId != null) await this.assertMayRegister(em, facility, true);
      await em.flush();
      return facility;
    });
  }

  /** Removes a facility from every list; the row stays for history. */
  async remove(idArg: unknown, version: number): Promise<Facility> {
    return this.em.transactional(async (em) => {
      const id = toId(idArg, 'id', this.lang);
      const facility = await em.findOneOrFail(Facility, id);
      assertVersion(this.lang, facility.version, version);
      await this.assertMayRegister(em, facility, false);
      facility.deletedAt = new Date();
      nameEvent(facility, 'FACILITY_DELETED');
      await em.flush();
      return facility;
    });
  }

  /**
   * The approval workflow (the domain's FACILITY_WORKFLOW): DRAFT / REJECTED → SUBMITTED (the office)
   * → APPROVED or REJECTED with a reason (civil affairs) → CLOSED; only APPROVED facilities count in
   * coverage. `restore` brings back a removed facility. Each step takes its action, inside the
   * user's division for a division-scoped user, and logs its event (FACILITY_APPROVED, …).
   */
  async transition(idArg: unknown, version: number, step: WorkflowStep, reason?: string | null): Promise<Facility> {
    return this.em.transactional(async (em) => {
      const id = toId(idArg, 'id', this.lang);
      const rule = FACILITY_WORKFLOW[step];
      // Restore looks among the removed facilities only: the standing filter is off for it.
      const facility =
        step === 'restore'
          ? await em.findOneOrFail(Facility, { id, deletedAt: { $ne: null } }, { filters: { notDeleted: false } })
          : await em.findOneOrFail(Facility, id);
      assertVersion(this.lang, facility.version, version);
      await this.access.assertPerformAction(em, { action: rule.action, location: facility.location });
      if (!canTakeStep(step, facility.status)) {
        new FieldErrors(this.lang).add('id', 'workflow.state', { status: facility.status, action: rule.verb[this.lang] }).throwIfAny();
      }
      const errors = new FieldErrors(this.lang);
      const why = cleanText(errors, 'reason', reason, { max: 500, required: rule.reasonRequired });
      errors.throwIfAny();
      if (step === 'restore') facility.deletedAt = null;
      else {
        facility.status = rule.to!;
        facility.statusReason = why;
      }
      nameEvent(facility, STEP_EVENTS[step]);
      await em.flush();
      return facility;
    });
  }

  /**
   * The user may register facilities at the facility's place (`facility:register`; a street office
   * only inside its own division), and, with `withDivision`, in the division it was placed in.
   */
  private async assertMayRegister(em: EntityManager, f: Facility, withDivision: boolean): Promise<void> {
    const division = withDivision && f.division ? await f.division.load() : null;
    await this.access.assertPerformAction(em, { action: 'facility:register', location: f.location, division });
  }

  /** Applies and checks the fields shared by create and update. */
  private async apply(em: EntityManager, f: Facility, input: FacilityFields, errors: FieldErrors, relocate: boolean): Promise<void> {
    if (input.code !== undefined) {
      f.code = cleanText(errors, 'code', input.code, { max: 64 });
      if (f.code && !errors.has('code') && (await codesInUse(em, [checkRowOf(f)])).size)
        errors.add('code', 'field.duplicateCode', { code: f.code });
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
      if (found.length !== new Set(ids).size)
        errors.add('resourceIds', 'field.unknownFacility', { id: ids.filter((i) => !found.some((p) => p.id === i)).join(', ') });
      f.resources.set(found);
    }
    const locationOk = !errors.list.some((e) => e.field === 'location');
    if (relocate && locationOk) {
      const division = await resolveDivision(em, errors, f.location, toOptionalId(input.divisionId, 'divisionId', this.lang));
      f.division = division ? ref(division) : null;
    }
    if (locationOk && f.name && !errors.has('name')) {
      // Same kind, same name, within 30 m: almost certainly the same place entered twice.
      const [duplicate] = (await storedDuplicates(em, [checkRowOf(f)])).values();
      if (duplicate) errors.add('name', 'field.duplicateFacility', { name: duplicate.name, id: duplicate.id });
    }
  }
}
