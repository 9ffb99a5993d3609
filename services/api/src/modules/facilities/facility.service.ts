import {
  canTakeStep,
  editModeOf,
  FACILITY_STATUSES,
  FACILITY_WORKFLOW,
  mayRemove,
  type Action,
  type EditMode,
  type FacilityStatus,
  type WorkflowStep,
} from '@carecircle/domain';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors, ForbiddenError, assertVersion } from '../../shared/errors.js';
import { t, type Lang } from '../../shared/i18n.js';
import { decodePage, fetchRowPage, toConnection, type Connection, type PageArgs } from '../../shared/pagination.js';
import { SqlWhere } from '../../shared/sql.js';
import { validLonLat } from '../../shared/scalars.js';
import { checkCount, cleanText, likePattern, toId, toOptionalId, toPoint } from '../../shared/validation.js';
import { nameEvent, type AuditEvent } from '../audit/audit-log.js';
import type { Division } from '../divisions/division.entity.js';
import { divisionRowsJsonSql, divisionRowsOfJson, type DivisionRows } from '../divisions/division.rows.js';
import { resolveDivision, SUBTREE_SQL } from '../divisions/division.service.js';
import { PointOfInterest } from '../hubs/point-of-interest.entity.js';
import type { Access } from '../users/access.js';
import { FacilityChange } from './facility-change.entity.js';
import { diffStates, facilityState } from './facility-diff.js';
import { Capacity, Facility, Operator } from './facility.entity.js';
import type { BBoxInput, CreateFacilityInput, FacilityFields, FacilityFilter, NearInput, UpdateFacilityInput } from './facility.inputs.js';
import { facilityOfRow, facilityRowColumns, type FacilityRow, type RawFacilityRow } from './facility.rows.js';
import { codesInUse, storedDuplicates, type FacilityCheckRow } from './facility-writes.js';

type Qb = { andWhere(cond: string, params: unknown[]): unknown };

/** Facilities one bulk submission takes. */
export const MAX_BULK_SUBMIT = 500;

/** The fields of an update (as given, or as stored with a pending change). */
export type FacilityUpdate = Omit<UpdateFacilityInput, 'id' | 'version' | 'comment'>;

/** An update as a pending change keeps it: the given fields, without id, version and comment, as plain JSON. */
function storedInput(input: UpdateFacilityInput): Record<string, unknown> {
  const { id: _id, version: _version, comment: _comment, ...fields } = input;
  return JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
}

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

  /**
   * A page of facilities (not removed) as plain rows, with the count of the whole filtered list:
   * one statement, no entities (see `FacilityRow`). With `divisions`, the page's divisions (and
   * those above them) are read in the same statement and kept there.
   */
  async list(
    filter: FacilityFilter | null | undefined,
    page: PageArgs,
    options: { divisions?: DivisionRows | null } = {},
  ): Promise<Connection<FacilityRow>> {
    const { limit, afterId } = decodePage(page, this.lang);
    const errors = new FieldErrors(this.lang);
    // The standing condition of facilities (the ORM's `notDeleted` filter): not removed.
    const where = new SqlWhere().andWhere('f.deleted_at is null');
    if (filter?.kinds?.length) where.andWhere('f.kind in (?)', [filter.kinds]);
    if (filter?.statuses?.length) where.andWhere('f.status in (?)', [filter.statuses]);
    if (filter?.divisionId != null)
      where.andWhere(`f.division_id in ${SUBTREE_SQL}`, [toId(filter.divisionId, 'filter.divisionId', this.lang)]);
    if (filter?.search?.trim()) where.andWhere(`f.name ilike ?`, [likePattern(filter.search.trim().slice(0, 100))]);
    addSpatialFilters(where, 'f', errors, filter?.bbox, filter?.near);
    errors.throwIfAny();
    const { totalCount, rows, along } = await fetchRowPage<RawFacilityRow, 'divisions'>(this.em, {
      table: 'facility',
      alias: 'f',
      columns: facilityRowColumns('f'),
      where,
      limit,
      afterId,
      along: options.divisions ? [{ name: 'divisions', sql: (p) => divisionRowsJsonSql(`select division_id from ${p}`) }] : [],
    });
    const nodes = rows.map((r) => facilityOfRow(this.em, r));
    options.divisions?.remember(
      divisionRowsOfJson(this.em, along.divisions),
      nodes.map((f) => f.divisionId),
    );
    return toConnection(nodes, limit, totalCount);
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

  /**
   * Changes a facility; a stale `version` is rejected with CONFLICT. How the change takes effect is
   * the domain's `editModeOf`: at once for a draft or returned record of its office, and for users
   * who edit directly (civil affairs, administrators; audited as FACILITY_UPDATED); as a pending
   * change for a street office's edit of an APPROVED facility (checked like an edit, stored with its
   * diff and comment, logged FACILITY_CHANGE_SUBMITTED; the approved values stay in force and in
   * coverage until civil affairs reviews it); refused for a SUBMITTED record (read-only to its
   * submitter until reviewed), a closed one, or one whose change already waits for review.
   * @returns the facility as it now stands (for a pending change: unchanged, with `pendingChange`)
   */
  async update(input: UpdateFacilityInput): Promise<Facility> {
    this.access.assertCan(this.editAction);
    return this.em.transactional(async (em) => {
      const id = toId(input.id, 'id', this.lang);
      const facility = await em.findOneOrFail(Facility, id);
      assertVersion(this.lang, facility.version, input.version);
      // Where it is now must be the office's, and so must where it moves to.
      await this.assertMayRegister(em, facility, false);
      const mode = await this.editMode(em, facility);
      this.assertNotLocked(facility, mode, 'edit');
      const before = mode === 'PROPOSAL' ? await facilityState(em, facility) : null;
      const errors = new FieldErrors(this.lang);
      const comment = cleanText(errors, 'comment', input.comment, { max: 500 });
      await this.applyUpdate(em, facility, input, errors);
      errors.throwIfAny();
      if (mode !== 'PROPOSAL') {
        await em.flush();
        return facility;
      }
      const diff = diffStates(before, await facilityState(em, facility));
      // The approved values stay as they are: drop the checked edit, keep it as a pending change.
      em.clear();
      if (!diff.length) new FieldErrors(this.lang).add('id', 'workflow.nothingChanged').throwIfAny();
      const change = em.create(FacilityChange, {
        facility: id,
        input: storedInput(input),
        diff,
        baseVersion: input.version,
        comment,
        submittedBy: this.access.user?.username ?? null,
      });
      nameEvent(change, 'FACILITY_CHANGE_SUBMITTED');
      await em.flush();
      return em.findOneOrFail(Facility, id);
    });
  }

  /**
   * Applies and checks an update's fields to a facility (the edit, and the approval of a pending
   * change); a move is checked against the user's jurisdiction.
   */
  async applyUpdate(em: EntityManager, facility: Facility, input: FacilityUpdate, errors: FieldErrors): Promise<void> {
    if (input.name != null) facility.name = cleanText(errors, 'name', input.name, { max: 200, required: true }) ?? facility.name;
    if (input.kind != null) facility.kind = input.kind;
    const moved = input.location != null;
    if (moved) facility.location = toPoint(errors, 'location', input.location) ?? facility.location;
    await this.apply(em, facility, input, errors, moved || input.divisionId != null);
    if (errors.empty && (moved || input.divisionId != null)) await this.assertMayRegister(em, facility, true);
  }

  /** How the user's edit of this facility takes effect (the domain's rule). */
  async editMode(em: EntityManager, f: Facility): Promise<EditMode> {
    const directEdit = this.access.can('facility:edit');
    const pendingChange = directEdit ? false : (await em.count(FacilityChange, { facility: f.id, status: 'PENDING' })) > 0;
    return editModeOf(f.status, { directEdit, pendingChange });
  }

  /** The action an edit or removal takes: `facility:edit` for those who edit directly, else `facility:register`. */
  private get editAction(): Action {
    return this.access.can('facility:edit') ? 'facility:edit' : 'facility:register';
  }

  /** Refuses an edit (or removal) the record's state does not allow to this user, with a message that says why. */
  private assertNotLocked(f: Facility, mode: EditMode, what: 'edit' | 'remove'): void {
    const errors = new FieldErrors(this.lang);
    const name = f.name;
    const status = FACILITY_STATUSES[f.status as FacilityStatus].label[this.lang];
    if (f.status === 'SUBMITTED' && mode === 'LOCKED') errors.add('id', 'workflow.underReview', { name });
    else if (what === 'remove' && !mayRemove(f.status, this.access.can('facility:edit'))) {
      if (f.status === 'APPROVED') errors.add('id', 'workflow.removeApproved', { name });
      else errors.add('id', 'workflow.state', { status, action: this.lang === 'zh' ? '删除' : 'removed' });
    } else if (what === 'edit' && mode === 'LOCKED') {
      if (f.status === 'APPROVED') errors.add('id', 'workflow.changePending', { name });
      else errors.add('id', 'workflow.state', { status, action: this.lang === 'zh' ? '修改' : 'changed' });
    }
    errors.throwIfAny();
  }

  /** Removes a facility from every list; the row stays for history. */
  async remove(idArg: unknown, version: number): Promise<Facility> {
    this.access.assertCan(this.editAction);
    return this.em.transactional(async (em) => {
      const id = toId(idArg, 'id', this.lang);
      const facility = await em.findOneOrFail(Facility, id);
      assertVersion(this.lang, facility.version, version);
      await this.assertMayRegister(em, facility, false);
      this.assertNotLocked(facility, await this.editMode(em, facility), 'remove');
      facility.deletedAt = new Date();
      nameEvent(facility, 'FACILITY_DELETED');
      await em.flush();
      return facility;
    });
  }

  /**
   * Submits several facilities for approval in one transaction (drafts from an upload): each must be
   * the user's to submit and in a state that can be submitted; when any is not, nothing is submitted
   * and each bad one is named (`ids.3`).
   */
  async submitMany(idArgs: readonly unknown[]): Promise<Facility[]> {
    const rule = FACILITY_WORKFLOW.submit;
    this.access.assertCan(rule.action);
    return this.em.transactional(async (em) => {
      const errors = new FieldErrors(this.lang);
      if (!idArgs.length) errors.add('ids', 'field.emptyList');
      if (idArgs.length > MAX_BULK_SUBMIT) errors.add('ids', 'field.tooLarge', { max: MAX_BULK_SUBMIT });
      errors.throwIfAny();
      const ids = idArgs.map((a, i) => toId(a, `ids.${i}`, this.lang));
      const found = await em.find(Facility, { id: { $in: ids } });
      const byId = new Map(found.map((f) => [f.id, f]));
      const out: Facility[] = [];
      for (const [i, id] of ids.entries()) {
        const f = byId.get(id);
        if (!f) {
          errors.add(`ids.${i}`, 'field.unknownFacility', { id });
          continue;
        }
        if (out.includes(f)) continue;
        await this.access.assertPerformAction(em, { action: rule.action, location: f.location });
        if (!canTakeStep('submit', f.status)) {
          errors.add(`ids.${i}`, 'workflow.notSubmittable', {
            name: f.name,
            status: FACILITY_STATUSES[f.status as FacilityStatus].label[this.lang],
          });
          continue;
        }
        f.status = rule.to;
        f.statusReason = null;
        nameEvent(f, STEP_EVENTS.submit);
        out.push(f);
      }
      errors.throwIfAny();
      await em.flush();
      return out;
    });
  }

  /**
   * Checks a point as the registration form picks it: inside the district, the division it lies in,
   * and for a street office inside its own jurisdiction. Nothing is written.
   */
  async checkLocation(lonLat: { lon: number; lat: number }): Promise<{ ok: boolean; message: string; division: Division | null }> {
    const errors = new FieldErrors(this.lang);
    const point = toPoint(errors, 'location', lonLat);
    const division = point ? await resolveDivision(this.em, errors, point, null) : null;
    if (!errors.empty) return { ok: false, message: errors.list[0].message, division: null };
    try {
      await this.access.assertPerformAction(this.em, { action: this.editAction, location: point, division });
    } catch (e) {
      if (e instanceof ForbiddenError) return { ok: false, message: e.message, division };
      throw e;
    }
    return { ok: true, message: division ? t(this.lang, 'location.ok', { division: division.name }) : '', division };
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
   * The user may edit facilities at the facility's place (`facility:edit`, or `facility:register`: a
   * street office only inside its own division), and, with `withDivision`, in the division it was placed in.
   */
  private async assertMayRegister(em: EntityManager, f: Facility, withDivision: boolean): Promise<void> {
    const division = withDivision && f.division ? await f.division.load() : null;
    await this.access.assertPerformAction(em, { action: this.editAction, location: f.location, division });
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
      // Compared with the beds only when the figures themselves are right (no cascaded messages).
      const bedsOk = !errors.has('capacity.beds');
      if (bedsOk && !errors.has('capacity.occupiedBeds') && capacity.occupiedBeds > capacity.beds) {
        errors.add('capacity.occupiedBeds', 'field.occupiedOverBeds', { occupied: capacity.occupiedBeds, beds: capacity.beds });
      }
      if (bedsOk && !errors.has('capacity.nursingBeds') && capacity.nursingBeds > capacity.beds) {
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
