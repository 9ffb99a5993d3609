import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { MultiPolygon } from 'geojson';
import type { WalkingNetwork } from './network/walking-network.js';
import { CareAgreement } from './agreements/care-agreement.entity.js';
import { Division } from './divisions/division.entity.js';
import { DivisionRows } from './divisions/division.rows.js';
import { residentialAreaRowsById, type ResidentialAreaRow } from './residents/residential-area.rows.js';
import { FacilityChange } from './facilities/facility-change.entity.js';
import { Facility } from './facilities/facility.entity.js';
import { Worker } from './workforce/worker.entity.js';
import { WorkforceRows } from './workforce/worker.rows.js';

/**
 * Per-request batches the ORM cannot see by itself (counts, reverse lists).
 * Relations (`Reference.load()`) are batched by MikroORM's own dataloader.
 */
export function createLoaders(em: EntityManager, network: WalkingNetwork) {
  const countBy = (sql: string) =>
    new DataLoader<number, number>(async (ids) => {
      const rows = await em.getConnection().execute<{ key: number; n: string }[]>(sql, [ids as number[]]);
      const byId = new Map(rows.map((r) => [Number(r.key), Number(r.n)]));
      return ids.map((id) => byId.get(id) ?? 0);
    });
  return {
    /** Agreements (not deleted) per facility. */
    agreementCountByFacility: countBy(
      `select facility_id as key, count(*) as n from care_agreement where deleted_at is null and facility_id in (?) group by facility_id`,
    ),
    /** Agreements (not deleted) per medical institution. */
    agreementCountByMedical: countBy(
      `select medical_id as key, count(*) as n from care_agreement where deleted_at is null and medical_id in (?) group by medical_id`,
    ),
    /** Walking distance between an agreement's parties (batched per request), on the walking network alone. */
    walkingBetween: new DataLoader<{ from: [number, number]; to: [number, number] }, number | null>(
      (pairs) => network.pairDistances([...pairs]),
      {
        cache: false,
      },
    ),
    /**
     * Agreements by id as entities, removed ones too (a list row's `renewedFrom`: the agreement
     * renewed stays linked when it was removed).
     */
    agreementEntityById: new DataLoader<number, CareAgreement | null>(async (ids) => {
      const rows = await em.find(CareAgreement, { id: { $in: ids as number[] } }, { filters: false });
      const byId = new Map(rows.map((a) => [a.id, a]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Residential areas by id as rows (gap zones name their communities and list their areas). */
    residentialAreaById: new DataLoader<number, ResidentialAreaRow | null>(async (ids) => {
      const byId = new Map((await residentialAreaRowsById(em, ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Facilities by id as entities (what a list's row lacks: its collections). */
    facilityEntityById: new DataLoader<number, Facility | null>(async (ids) => {
      const rows = await em.find(Facility, { id: { $in: ids as number[] } });
      const byId = new Map(rows.map((f) => [f.id, f]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The latest change proposed for each facility (pending, approved or rejected), or null. */
    latestChangeByFacility: new DataLoader<number, FacilityChange | null>(async (ids) => {
      const rows = await em.find(FacilityChange, { facility: { $in: ids as number[] } }, { orderBy: { id: 'desc' } });
      return ids.map((id) => rows.find((c) => c.facility.id === id) ?? null);
    }),
    /** Division boundaries (GeoJSON MultiPolygon, null when none): not loaded with the division itself. */
    divisionBoundary: new DataLoader<number, MultiPolygon | null>(async (ids) => {
      const rows = await em
        .getConnection()
        .execute<{ id: number; g: string | null }[]>(`select id, ST_AsGeoJSON(boundary, 7) as g from division where id in (?)`, [
          ids as number[],
        ]);
      const byId = new Map(rows.map((r) => [Number(r.id), r.g ? (JSON.parse(r.g) as MultiPolygon) : null]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Divisions by id as rows (a list row's `division`, and its `parent`). */
    divisions: new DivisionRows(em),
    /** Employers and certificates of the register's rows (a page reads its own along). */
    workforceRows: new WorkforceRows(em),
    /** Workers by id as entities (what a register row lacks: its employments, trainings, …). */
    workerEntityById: new DataLoader<number, Worker | null>(async (ids) => {
      const rows = await em.find(Worker, { id: { $in: ids as number[] } });
      const byId = new Map(rows.map((w) => [w.id, w]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Divisions directly below each division. */
    childDivisions: new DataLoader<number, Division[]>(async (ids) => {
      const rows = await em.find(Division, { parent: { $in: ids as number[] } }, { orderBy: { id: 'asc' } });
      return ids.map((id) => rows.filter((d) => d.parent?.id === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
