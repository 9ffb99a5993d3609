import type { MikroORM } from '@mikro-orm/postgresql';
import { listOf } from '../../shared/i18n.js';
import { locateInDivisions } from '../divisions/division.service.js';
import {
  CHECK_CHUNK,
  codesInUse,
  codesRepeatedInBatch,
  duplicatesInBatch,
  insertFacilities,
  outsideJurisdiction,
  storedDuplicates,
  type FacilityCheckRow,
} from '../facilities/facility-writes.js';
import { FacilityStatus } from '../facilities/facility.enums.js';
import type { Jurisdiction } from '../users/access.js';
import { checkFacilityRecord, FACILITY_FIELDS, type FacilityRow } from './facility-rows.js';
import { ImportFileError } from './import-messages.js';
import { rowName, type ImportOptions, type ImportReport } from './import-report.js';
import { finishRows, readAndCheckRows, type ImportSource } from './row-import.js';

export interface FacilityImportOptions extends ImportOptions {
  /** Registration state of the imported facilities; default APPROVED (a registry import). */
  status?: FacilityStatus;
  /**
   * A division-scoped user's jurisdiction (`Access.jurisdiction`): rows whose place lies outside its
   * boundary (or in a division outside it) are reported as row errors and never written, as the
   * API refuses such a facility.
   */
  jurisdiction?: Jurisdiction | null;
  /** Log every written facility in the audit log (FACILITY_IMPORTED), as the acting user of the request. */
  audit?: boolean;
}

/** States an import may give: registry imports are APPROVED, `DRAFT` / `SUBMITTED` go through review. */
export const IMPORT_STATUSES = [FacilityStatus.APPROVED, FacilityStatus.SUBMITTED, FacilityStatus.DRAFT] as const;

/**
 * Imports care facilities from GeoJSON points (properties `name`, `kind`, …), or CSV / XLSX rows
 * with lon/lat columns, in one transaction: any bad row and nothing is written (unless
 * `skipInvalid`), and the report names every bad row. Checks are the API's, through the facilities'
 * write path (set-based, one query per 2,000 rows): text lengths, counts, beds, inside the district
 * when divisions are loaded, the jurisdiction, unique codes, no facility of the same kind and name
 * within 30 m (in the database or earlier in the file).
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
  const open = (i: number) => rows[i] != null && !errors[i].problems.length;
  const checkRow = (i: number): FacilityCheckRow => ({ key: i, ...rows[i]! });

  // Within the file: codes, and the same kind and name within 30 m of an earlier row.
  const read = rows.flatMap((r, i) => (r ? [checkRow(i)] : []));
  const repeatedCode = codesRepeatedInBatch(read);
  const duplicate = duplicatesInBatch(read);
  const other = (j: number) => rowName(source.unit, source.records[j].row);
  for (const { key: i } of read) {
    const code = repeatedCode.get(i);
    if (code !== undefined)
      errors[i].addImport('code', 'row.codeInFile', { code: rows[i]!.code!, other: other(code).zh, otherEn: other(code).en });
    const j = duplicate.get(i);
    if (j !== undefined) errors[i].addImport('name', 'row.duplicateInFile', { other: other(j).zh, otherEn: other(j).en });
  }

  await orm.em.fork().transactional(async (em) => {
    // Against the database: district, jurisdiction, duplicates, codes.
    const candidates = rows.map((_, i) => (open(i) ? i : -1)).filter((i) => i >= 0);
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
      const own = options.jurisdiction;
      const inDistrict = candidates.filter(open).map((i) => ({ ...checkRow(i), divisionId: divisionOf.get(i) ?? null }));
      for (const i of await outsideJurisdiction(em, own, inDistrict))
        errors[i].addImport('lon/lat', 'row.outsideJurisdiction', { division: own.name });
    }
    for (let s = 0; s < candidates.length; s += CHECK_CHUNK) {
      const part = candidates.slice(s, s + CHECK_CHUNK).map(checkRow);
      for (const [i, d] of await storedDuplicates(em, part)) errors[i].add('name', 'field.duplicateFacility', { name: d.name, id: d.id });
      for (const [i, code] of await codesInUse(em, part)) errors[i].add('code', 'field.duplicateCode', { code });
      options.onProgress?.('check', s + part.length, candidates.length);
    }

    const good = rows.flatMap((r, i) => (r && open(i) ? [{ ...r, divisionId: divisionOf.get(i) ?? null }] : []));
    const bad = rows.length - good.length;
    if (bad > 0 && !options.skipInvalid) return;
    report.skipped = bad;
    report.inserted = good.length;
    if (options.dryRun || !good.length) return;
    await insertFacilities(em, good, { status, audit: options.audit, onBatch: (done) => options.onProgress?.('write', done, good.length) });
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
