import type { EntityManager } from '@mikro-orm/postgresql';
import { snapshotOf } from '../audit/audit-log.js';
import type { FieldDiffData } from './facility-change.entity.js';
import type { Facility } from './facility.entity.js';

/** Columns that are bookkeeping, not facility data: never part of a diff. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt', 'deletedAt', 'status', 'statusReason']);

/** A facility's data as a flat map keyed by input path (`capacity.beds`, `operator.name`, `divisionId`, `resourceIds`). */
export type FacilityState = Record<string, unknown>;

/** The input path of a snapshot key: embedded columns `capacity_beds` → `capacity.beds`, the division → `divisionId`. */
function inputPath(key: string): string {
  if (key === 'division') return 'divisionId';
  const m = /^(capacity|operator)_(.+)$/.exec(key);
  return m ? `${m[1]}.${m[2]}` : key;
}

/**
 * The facility's data as the audit log stores it (the ORM's snapshot), keyed by input path, with
 * its linked resources as sorted ids.
 */
export async function facilityState(em: EntityManager, f: Facility): Promise<FacilityState> {
  const out: FacilityState = {};
  for (const [k, v] of Object.entries(snapshotOf(em, f))) if (!BOOKKEEPING.has(k)) out[inputPath(k)] = v;
  // The point as GeoJSON (the snapshot holds the column's database form).
  out.location = { type: 'Point', coordinates: [...f.location.coordinates] };
  const resources = f.resources.isInitialized() ? f.resources.getItems() : await f.resources.load();
  out.resourceIds = resources.map((r) => r.id).sort((a, b) => a - b);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const empty = (v: unknown) => v == null || v === '' || v === 0 || (Array.isArray(v) && v.length === 0);

/**
 * What differs between two states of a facility, field by field. With `before` null (a new
 * facility: there is no approved version), every field that has a value.
 * @example diffStates({ 'capacity.beds': 59 }, { 'capacity.beds': 999 }) // [{ field: 'capacity.beds', before: 59, after: 999 }]
 */
export function diffStates(before: FacilityState | null, after: FacilityState): FieldDiffData[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])];
  return fields
    .filter((k) => (before ? !same(before[k], after[k]) : !empty(after[k])))
    .map((field) => ({ field, before: before ? (before[field] ?? null) : null, after: after[field] ?? null }));
}
