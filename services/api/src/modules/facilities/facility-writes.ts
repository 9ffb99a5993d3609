import { segmentLength } from '@carecircle/walk-engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Point } from 'geojson';
import { bulkInsert, GEOMETRY_SQL, geojson } from '../../db/bulk-insert.js';
import { execSql } from '../../shared/sql.js';
import { record, snapshotOf } from '../audit/audit-log.js';
import { Division } from '../divisions/division.entity.js';
import type { Jurisdiction } from '../users/access.js';
import { facilityDetailColumns, type FacilityDetails } from './facility.columns.js';
import { Capacity, Facility, Operator } from './facility.entity.js';
import type { FacilityKind, FacilityStatus } from './facility.enums.js';

/**
 * The one write path of facilities, shared by the API (one record) and the bulk imports (thousands):
 * set-based checks against the database, one query per chunk of rows, and the bulk insert with
 * its audit rows. The division of a point is `locateInDivisions` / `resolveDivision` (divisions
 * module); the single-record jurisdiction check of the API is `Access.assertPerformAction`.
 */

/** Two facilities of one kind with one name closer than this are duplicates. */
export const DUPLICATE_RADIUS_M = 30;

/** Rows per check query. */
export const CHECK_CHUNK = 2000;

/** A facility as the checks see it. `key` names it in the answers (a row index; any number for one record). */
export interface FacilityCheckRow {
  key: number;
  /** The stored facility's own id (an update): it is never its own duplicate, its code not taken by itself. */
  id?: number | null;
  kind: FacilityKind;
  name: string;
  location: Point;
  code?: string | null;
  /** The division it lies in (chosen or located), or null. */
  divisionId?: number | null;
}

const lonLat = (r: FacilityCheckRow) => ({ key: r.key, id: r.id ?? 0, lon: r.location.coordinates[0], lat: r.location.coordinates[1] });

function chunks<T>(rows: readonly T[], size = CHECK_CHUNK): T[][] {
  const out: T[][] = [];
  for (let s = 0; s < rows.length; s += size) out.push(rows.slice(s, s + size));
  return out;
}

/**
 * Duplicates among the rows themselves: for each row, the earlier row of the same kind and name
 * within 30 m (rows found to be duplicates are not compared with later ones).
 * @returns key of a duplicate row → key of the earlier row
 */
export function duplicatesInBatch(rows: readonly FacilityCheckRow[]): Map<number, number> {
  const out = new Map<number, number>();
  const byKindName = new Map<string, FacilityCheckRow[]>();
  for (const r of rows) {
    const group = `${r.kind}\u0000${r.name}`;
    const same = byKindName.get(group) ?? [];
    const [lon, lat] = r.location.coordinates;
    const earlier = same.find((o) => segmentLength(lon, lat, o.location.coordinates[0], o.location.coordinates[1]) <= DUPLICATE_RADIUS_M);
    if (earlier) out.set(r.key, earlier.key);
    else byKindName.set(group, [...same, r]);
  }
  return out;
}

/**
 * Codes given twice among the rows themselves.
 * @returns key of a row → key of the earlier row with its code
 */
export function codesRepeatedInBatch(rows: readonly FacilityCheckRow[]): Map<number, number> {
  const out = new Map<number, number>();
  const first = new Map<string, number>();
  for (const r of rows) {
    if (!r.code) continue;
    const earlier = first.get(r.code);
    if (earlier === undefined) first.set(r.code, r.key);
    else out.set(r.key, earlier);
  }
  return out;
}

/**
 * Stored facilities (not removed) of the same kind and name within 30 m of each row: almost
 * certainly the same place entered twice. One query per 2,000 rows.
 * @returns key → the first such facility (lowest id)
 */
export async function storedDuplicates(
  em: EntityManager,
  rows: readonly FacilityCheckRow[],
): Promise<Map<number, { id: number; name: string }>> {
  const out = new Map<number, { id: number; name: string }>();
  for (const part of chunks(rows)) {
    const found = await execSql<{ key: number; id: number; name: string }[]>(
      em,
      `select t.key, f.id, f.name from jsonb_to_recordset(?::jsonb) as t(key int, id int, lon float8, lat float8, kind text, name text)
       cross join lateral (select id, name from facility f where f.deleted_at is null and f.kind = t.kind and f.name = t.name and f.id <> t.id
         and ST_DWithin(f.location::geography, ST_SetSRID(ST_MakePoint(t.lon, t.lat), 4326)::geography, ?) order by f.id limit 1) f`,
      [JSON.stringify(part.map((r) => ({ ...lonLat(r), kind: r.kind, name: r.name }))), DUPLICATE_RADIUS_M],
    );
    for (const d of found) out.set(Number(d.key), { id: Number(d.id), name: d.name });
  }
  return out;
}

/**
 * Codes of the rows already used by another facility, removed ones included (the code stays
 * unique over every row). One query per 2,000 coded rows.
 * @returns key → the code in use
 */
export async function codesInUse(em: EntityManager, rows: readonly FacilityCheckRow[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  const coded = rows.filter((r) => r.code).map((r) => ({ key: r.key, id: r.id ?? 0, code: r.code }));
  for (const part of chunks(coded)) {
    const taken = await execSql<{ key: number; code: string }[]>(
      em,
      `select t.key, t.code from jsonb_to_recordset(?::jsonb) as t(key int, id int, code text)
       where exists (select 1 from facility f where f.code = t.code and f.id <> t.id)`,
      [JSON.stringify(part)],
    );
    for (const c of taken) out.set(Number(c.key), c.code);
  }
  return out;
}

/**
 * Rows outside a division-scoped user's jurisdiction: the point must lie inside its division's
 * boundary, and the row's division (if any) within its division. One query per 2,000 rows; the
 * set-based form of `Access.assertPerformAction`.
 * @returns keys of the rows outside
 */
export async function outsideJurisdiction(em: EntityManager, own: Jurisdiction, rows: readonly FacilityCheckRow[]): Promise<Set<number>> {
  const inside = new Set<number>();
  for (const part of chunks(rows)) {
    const hits = await execSql<{ key: number }[]>(
      em,
      `select t.key from jsonb_to_recordset(?::jsonb) as t(key int, lon float8, lat float8, d int)
       join division own on own.id = ?
       where ST_Intersects(own.boundary, ST_SetSRID(ST_MakePoint(t.lon, t.lat), 4326))
         and (t.d is null or exists (select 1 from division x where x.id = t.d and left(x.path, length(own.path)) = own.path))`,
      [JSON.stringify(part.map((r) => ({ ...lonLat(r), d: r.divisionId ?? null }))), own.divisionId],
    );
    for (const h of hits) inside.add(Number(h.key));
  }
  return new Set(rows.map((r) => r.key).filter((k) => !inside.has(k)));
}

/** A checked facility to insert in bulk. */
export interface NewFacility extends FacilityDetails {
  code: string | null;
  name: string;
  kind: FacilityKind;
  location: Point;
  divisionId: number | null;
}

/** The facility a bulk-inserted row became, built in memory so its audit row is the ORM's full row. */
function insertedEntity(em: EntityManager, f: NewFacility, id: number, status: FacilityStatus, at: Date): Facility {
  const entity = new Facility();
  const operator = Object.assign(new Operator(), { name: f.operatorName, type: f.operatorType });
  const capacity = Object.assign(new Capacity(), {
    beds: f.beds,
    nursingBeds: f.nursingBeds,
    occupiedBeds: f.occupiedBeds,
    dayCarePlaces: f.dayCarePlaces,
    mealSeats: f.mealSeats,
  });
  return Object.assign(entity, {
    id,
    code: f.code,
    name: f.name,
    kind: f.kind,
    status,
    statusReason: null,
    location: f.location,
    address: f.address,
    division: f.divisionId == null ? null : em.getReference(Division, f.divisionId, { wrapped: true }),
    operator,
    services: f.services,
    openingHours: f.openingHours,
    capacity,
    phone: f.phone,
    links: [],
    hubServices: [],
    deletedAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
}

/**
 * Inserts checked facilities in bulk (multi-row INSERTs) in the caller's transaction; with
 * `audit`, logs each as FACILITY_IMPORTED through the audit writer, with the full row, as the
 * request's actor.
 * @returns the new ids, in row order
 */
export async function insertFacilities(
  em: EntityManager,
  rows: NewFacility[],
  options: { status: FacilityStatus; audit?: boolean; onBatch?: (done: number) => void },
): Promise<number[]> {
  const now = new Date();
  const written = await bulkInsert<NewFacility, { id: number }>(
    em,
    'facility',
    [
      { name: 'code', value: (f) => f.code },
      { name: 'name', value: (f) => f.name },
      { name: 'kind', value: (f) => f.kind },
      { name: 'status', value: () => options.status },
      { name: 'location', value: (f) => geojson(f.location), sql: GEOMETRY_SQL },
      { name: 'division_id', value: (f) => f.divisionId },
      ...facilityDetailColumns<NewFacility>(),
      { name: 'created_at', value: () => now },
      { name: 'updated_at', value: () => now },
    ],
    rows,
    { onBatch: options.onBatch, returning: 'id' },
  );
  const ids = written.map((w) => Number(w.id));
  if (options.audit) {
    await record(
      em,
      rows.map((f, i) => ({
        event: 'FACILITY_IMPORTED' as const,
        entity: 'facility' as const,
        id: ids[i],
        before: null,
        after: snapshotOf(em, insertedEntity(em, f, ids[i], options.status, now)),
      })),
    );
  }
  return ids;
}
