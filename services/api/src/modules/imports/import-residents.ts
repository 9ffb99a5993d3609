import type { MikroORM } from '@mikro-orm/postgresql';
import type { Point } from 'geojson';
import { bulkInsert, GEOMETRY_SQL, geojson } from '../../db/bulk-insert.js';
import { t } from '../../shared/i18n.js';
import { execSql } from '../../shared/sql.js';
import { rowName, type ImportOptions, type ImportReport } from './import-report.js';
import { locateInDivisions } from '../divisions/division.service.js';
import { checkResidentRecord, RESIDENT_FIELDS, type ResidentRow } from './resident-rows.js';
import { finishRows, readAndCheckRows } from './row-import.js';

const CHUNK = 2000;

/**
 * Imports residential areas (the demand that coverage counts) from GeoJSON points or polygons
 * (properties `name`, `older_residents` / `olderResidents` / `老年人口`, optional total), or from
 * CSV / XLSX rows with lon/lat columns, in one transaction. A polygon keeps its outline and gets
 * its representative point from `ST_PointOnSurface` (always inside the outline).
 */
export async function importResidents(orm: MikroORM, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const checked = await readAndCheckRows<ResidentRow>(
    'residents',
    file,
    options,
    RESIDENT_FIELDS,
    ['name', 'olderResidents', 'lon', 'lat'],
    checkResidentRecord,
  );
  if (checked.done) return checked.done;
  const { report, source, rows, errors, started } = checked;
  const firstWithCode = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!r?.code) return;
    const j = firstWithCode.get(r.code);
    if (j === undefined) firstWithCode.set(r.code, i);
    else {
      const other = rowName(source.unit, source.records[j].row);
      errors[i].addImport('code', 'row.codeInFile', { code: r.code, other: other.zh, otherEn: other.en });
    }
  });

  await orm.em.fork().transactional(async (em) => {
    const ok = (i: number) => rows[i] != null && !errors[i].problems.length;
    // Outlines: valid for PostGIS, and their representative points.
    const outlined = rows.map((r, i) => (ok(i) && r!.boundary ? i : -1)).filter((i) => i >= 0);
    for (let s = 0; s < outlined.length; s += CHUNK) {
      const part = outlined.slice(s, s + CHUNK).map((i) => ({ i, g: JSON.stringify(rows[i]!.boundary) }));
      const checked = await execSql<{ i: number; valid: boolean; reason: string; lon: number | null; lat: number | null }[]>(
        em,
        `select q.i, ST_IsValid(q.g) as valid, ST_IsValidReason(q.g) as reason,
                case when ST_IsValid(q.g) then ST_X(ST_PointOnSurface(q.g)) end as lon,
                case when ST_IsValid(q.g) then ST_Y(ST_PointOnSurface(q.g)) end as lat
         from (select t.i, ST_SetSRID(ST_GeomFromGeoJSON(t.g), 4326) as g from jsonb_to_recordset(?::jsonb) as t(i int, g text)) q`,
        [JSON.stringify(part)],
      );
      for (const c of checked) {
        if (!c.valid) {
          errors[c.i].addText(
            'geometry',
            t('zh', 'field.invalidGeometry', { reason: c.reason }),
            t('en', 'field.invalidGeometry', { reason: c.reason }),
          );
        } else rows[c.i]!.location = { type: 'Point', coordinates: [Number(c.lon), Number(c.lat)] };
      }
      options.onProgress?.('check', s + part.length, outlined.length);
    }
    const candidates = rows.map((_, i) => (ok(i) ? i : -1)).filter((i) => i >= 0);
    const located = await locateInDivisions(
      em,
      candidates.map((i) => rows[i]!.location as Point),
    );
    const divisionOf = new Map<number, number | null>();
    candidates.forEach((i, k) => {
      divisionOf.set(i, located.divisionOf[k]);
      if (located.district != null && located.divisionOf[k] == null)
        errors[i].add('lon/lat', 'field.outsideDistrict', { district: located.district });
    });
    const coded = candidates.filter((i) => rows[i]!.code).map((i) => ({ i, code: rows[i]!.code }));
    for (let s = 0; s < coded.length; s += CHUNK) {
      const taken = await execSql<{ i: number; code: string }[]>(
        em,
        `select t.i, t.code from jsonb_to_recordset(?::jsonb) as t(i int, code text) join residential_area r on r.code = t.code`,
        [JSON.stringify(coded.slice(s, s + CHUNK))],
      );
      for (const c of taken) errors[c.i].add('code', 'field.duplicateCode', { code: c.code });
    }

    const good = rows.flatMap((r, i) => (r && ok(i) ? [{ ...r, divisionId: divisionOf.get(i) ?? null }] : []));
    const bad = rows.length - good.length;
    if (bad > 0 && !options.skipInvalid) return;
    report.skipped = bad;
    report.inserted = good.length;
    if (options.dryRun || !good.length) return;
    const now = new Date();
    type G = (typeof good)[number];
    await bulkInsert<G>(
      em,
      'residential_area',
      [
        { name: 'code', value: (r) => r.code },
        { name: 'name', value: (r) => r.name },
        { name: 'location', value: (r) => geojson(r.location), sql: GEOMETRY_SQL },
        { name: 'boundary', value: (r) => geojson(r.boundary), sql: GEOMETRY_SQL },
        { name: 'division_id', value: (r) => r.divisionId },
        { name: 'older_residents', value: (r) => r.olderResidents },
        { name: 'total_residents', value: (r) => r.totalResidents },
        { name: 'created_at', value: () => now },
        { name: 'updated_at', value: () => now },
      ],
      good,
      { onBatch: (done) => options.onProgress?.('write', done, good.length) },
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
