import type { MikroORM } from '@mikro-orm/postgresql';
import { segmentLength } from '@carecircle/walk-engine';
import { bulkInsert, GEOMETRY_SQL, geojson } from '../../db/bulk-insert.js';
import { listOf } from '../../shared/i18n.js';
import { execSql } from '../../shared/sql.js';
import { FacilityStatus } from '../facilities/facility.enums.js';
import { DUPLICATE_RADIUS_M } from '../facilities/facility.service.js';
import { checkFacilityRecord, FACILITY_FIELDS, type FacilityRow } from './facility-rows.js';
import { ImportFileError } from './import-messages.js';
import { rowName, type ImportOptions, type ImportReport } from './import-report.js';
import { locateInDivisions } from './locate.js';
import { finishRows, readAndCheckRows, type ImportSource } from './row-import.js';
import { actorStore } from '../../shared/actor.js';
import { facilityDetailColumns } from '../facilities/facility.columns.js';
import type { Jurisdiction } from '../users/access.js';

export interface FacilityImportOptions extends ImportOptions {
  /** Registration state of the imported facilities; default APPROVED (a registry import). */
  status?: FacilityStatus;
  /**
   * A division-scoped user's jurisdiction (`Access.jurisdiction`): rows whose place lies outside its
   * boundary (or in a division outside it) are reported as row errors and never written, as the
   * API refuses such a facility.
   */
  jurisdiction?: Jurisdiction | null;
  /** Log every written facility in the audit log, as the acting user of the request. */
  audit?: boolean;
}

/** States an import may give: registry imports are APPROVED, `DRAFT` / `SUBMITTED` go through review. */
export const IMPORT_STATUSES = [FacilityStatus.APPROVED, FacilityStatus.SUBMITTED, FacilityStatus.DRAFT] as const;

const CHUNK = 2000;

/**
 * Imports care facilities from GeoJSON points (properties `name`, `kind`, …), or CSV / XLSX rows
 * with lon/lat columns, in one transaction: any bad row and nothing is written (unless
 * `skipInvalid`), and the report names every bad row. Checks are the API's: text lengths, counts,
 * beds, inside the district when divisions are loaded, unique codes, no facility of the same
 * kind and name within 30 m (in the database or earlier in the file).
 */
export async function importFacilities(orm: MikroORM, file: ImportSource, options: FacilityImportOptions = {}): Promise<ImportReport> {
  const status = options.status ?? FacilityStatus.APPROVED;
  if (!(IMPORT_STATUSES as readonly string[]).includes(status)) {
    throw ImportFileError.of('option.status', {
      statuses: listOf('zh', IMPORT_STATUSES),
      statusesEn: listOf('en', IMPORT_STATUSES),
      value: status,
    });
  }
  const checked = await readAndCheckRows<FacilityRow>(
    'facilities',
    file,
    options,
    FACILITY_FIELDS,
    ['name', 'kind', 'lon', 'lat'],
    checkFacilityRecord,
  );
  if (checked.done) return checked.done;
  const { report, source, rows, errors, started } = checked;

  // Within the file: codes, and the same kind and name within 30 m of an earlier row.
  const firstWithCode = new Map<string, number>();
  const byKindName = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (!r) return;
    const other = (j: number) => rowName(source.unit, source.records[j].row);
    if (r.code) {
      const j = firstWithCode.get(r.code);
      if (j === undefined) firstWithCode.set(r.code, i);
      else errors[i].addImport('code', 'row.codeInFile', { code: r.code, other: other(j).zh, otherEn: other(j).en });
    }
    const key = `${r.kind}\u0000${r.name}`;
    const same = byKindName.get(key) ?? [];
    const [lon, lat] = r.location.coordinates;
    const j = same.find(
      (k) => segmentLength(lon, lat, rows[k]!.location.coordinates[0], rows[k]!.location.coordinates[1]) <= DUPLICATE_RADIUS_M,
    );
    if (j !== undefined) errors[i].addImport('name', 'row.duplicateInFile', { other: other(j).zh, otherEn: other(j).en });
    else byKindName.set(key, [...same, i]);
  });

  await orm.em.fork().transactional(async (em) => {
    // Against the database: district, duplicates, codes.
    const candidates = rows.map((r, i) => (r && !errors[i].problems.length ? i : -1)).filter((i) => i >= 0);
    const located = await locateInDivisions(
      em,
      candidates.map((i) => rows[i]!.location),
    );
    const divisionOf = new Map<number, number | null>();
    candidates.forEach((i, k) => {
      divisionOf.set(i, located.divisionOf[k]);
      if (located.district != null && located.divisionOf[k] == null)
        errors[i].add('lon/lat', 'field.outsideDistrict', { district: located.district });
    });
    if (options.jurisdiction) {
      const [own] = await execSql<{ name: string; path: string }[]>(em, `select name, path from division where id = ?`, [
        options.jurisdiction.divisionId,
      ]);
      const open = candidates.filter((i) => !errors[i].problems.length);
      const inside = new Set<number>();
      if (own && open.length) {
        const points = open.map((i) => ({
          i,
          lon: rows[i]!.location.coordinates[0],
          lat: rows[i]!.location.coordinates[1],
          d: divisionOf.get(i) ?? null,
        }));
        const hits = await execSql<{ i: number }[]>(
          em,
          `select t.i from jsonb_to_recordset(?::jsonb) as t(i int, lon float8, lat float8, d int)
           join division own on own.id = ?
           where ST_Intersects(own.boundary, ST_SetSRID(ST_MakePoint(t.lon, t.lat), 4326))
             and (t.d is null or exists (select 1 from division x where x.id = t.d and left(x.path, length(own.path)) = own.path))`,
          [JSON.stringify(points), options.jurisdiction.divisionId],
        );
        for (const h of hits) inside.add(Number(h.i));
      }
      const division = own?.name ?? String(options.jurisdiction.divisionId);
      for (const i of open) if (!inside.has(i)) errors[i].addImport('lon/lat', 'row.outsideJurisdiction', { division });
    }
    for (let s = 0; s < candidates.length; s += CHUNK) {
      const part = candidates.slice(s, s + CHUNK).map((i) => ({
        i,
        lon: rows[i]!.location.coordinates[0],
        lat: rows[i]!.location.coordinates[1],
        kind: rows[i]!.kind,
        name: rows[i]!.name,
        code: rows[i]!.code,
      }));
      const dups = await execSql<{ i: number; id: number; name: string }[]>(
        em,
        `select t.i, f.id, f.name from jsonb_to_recordset(?::jsonb) as t(i int, lon float8, lat float8, kind text, name text)
         cross join lateral (select id, name from facility f where f.deleted_at is null and f.kind = t.kind and f.name = t.name
           and ST_DWithin(f.location::geography, ST_SetSRID(ST_MakePoint(t.lon, t.lat), 4326)::geography, ?) order by f.id limit 1) f`,
        [JSON.stringify(part), DUPLICATE_RADIUS_M],
      );
      for (const d of dups) errors[d.i].add('name', 'field.duplicateFacility', { name: d.name, id: d.id });
      const coded = part.filter((p) => p.code);
      if (coded.length) {
        const taken = await execSql<{ i: number; code: string }[]>(
          em,
          `select t.i, t.code from jsonb_to_recordset(?::jsonb) as t(i int, code text) join facility f on f.code = t.code`,
          [JSON.stringify(coded.map((p) => ({ i: p.i, code: p.code })))],
        );
        for (const t of taken) errors[t.i].add('code', 'field.duplicateCode', { code: t.code });
      }
      options.onProgress?.('check', s + part.length, candidates.length);
    }

    const good = rows.flatMap((r, i) => (r && !errors[i].problems.length ? [{ ...r, divisionId: divisionOf.get(i) ?? null }] : []));
    const bad = rows.length - good.length;
    if (bad > 0 && !options.skipInvalid) return;
    report.skipped = bad;
    report.inserted = good.length;
    if (options.dryRun || !good.length) return;
    const now = new Date();
    type G = (typeof good)[number];
    const written = await bulkInsert<G, { id: number }>(
      em,
      'facility',
      [
        { name: 'code', value: (f) => f.code },
        { name: 'name', value: (f) => f.name },
        { name: 'kind', value: (f) => f.kind },
        { name: 'status', value: () => status },
        { name: 'location', value: (f) => geojson(f.location), sql: GEOMETRY_SQL },
        { name: 'division_id', value: (f) => f.divisionId },
        ...facilityDetailColumns<G>(),
        { name: 'created_at', value: () => now },
        { name: 'updated_at', value: () => now },
      ],
      good,
      { onBatch: (done) => options.onProgress?.('write', done, good.length), returning: options.audit ? 'id' : undefined },
    );
    if (options.audit)
      await auditCreated(
        em,
        written.map((w) => Number(w.id)),
        report.file,
      );
    report.committed = true;
  });
  return finishRows(
    report,
    started,
    source.records.map((r, i) => ({ row: r.row, problems: errors[i].problems })),
    options,
    source,
  );
}

/** One audit row per imported facility (bulk inserts bypass the ORM's audit subscriber). */
async function auditCreated(em: Parameters<typeof execSql>[0], ids: number[], file: string): Promise<void> {
  const actor = actorStore.getStore();
  for (let s = 0; s < ids.length; s += CHUNK) {
    await execSql(
      em,
      `insert into audit_log (user_id, username, action, entity, entity_id, division_path, before, after, request_id, ip)
       select ?, ?, 'create', 'facility', f.id::text, d.path, null,
              jsonb_build_object('id', f.id, 'name', f.name, 'kind', f.kind, 'status', f.status, 'code', f.code, 'division', f.division_id, 'importedFrom', ?::text),
              ?, ?
       from facility f left join division d on d.id = f.division_id
       where f.id in (select x::int from jsonb_array_elements_text(?::jsonb) as x)`,
      [
        actor?.userId ?? null,
        actor?.username ?? null,
        file,
        actor?.requestId ?? null,
        actor?.ip ?? null,
        JSON.stringify(ids.slice(s, s + CHUNK)),
      ],
    );
  }
}
