import { parseCrs, type Crs } from './crs.js';
import { bilingual, type FieldProblem } from './import-messages.js';
import type { RowErrors } from './import-messages.js';
import { addRowErrors, newReport, type ImportOptions, type ImportReport } from './import-report.js';
import { aliasList, fieldLabel, readRecords, type FieldName, type SourceRecord, type SourceRecords } from './records.js';
import { checkSourceBytes, readSourceFile, type SourceFile } from './source-file.js';

/**
 * What an import reads: a file path, or a file already in memory (an upload) with its name and,
 * when known, its format (otherwise taken from the name).
 */
export type ImportSource = string | { name: string; bytes: Buffer; format?: SourceFile['format'] };

/** Checks the options and reads the file (size-limited). */
export async function startImport(
  what: ImportReport['what'],
  file: ImportSource,
  options: ImportOptions,
): Promise<{ src: SourceFile; crs: Crs; started: number }> {
  const started = Date.now();
  const crs = parseCrs(options.crs);
  const src = typeof file === 'string' ? await readSourceFile(what, file, options.maxMb) : checkSourceBytes(what, file, options.maxMb);
  return { src, crs, started };
}

/**
 * Reports required columns a table lacks, as errors on its header row.
 * @returns true when any is missing (then no row can be imported).
 */
export function missingColumns(
  report: ImportReport,
  source: SourceRecords,
  required: readonly RequiredColumn[],
  aliases: (f: FieldName) => string,
): boolean {
  // A list of fields is one column given under any of their names (姓名 or 名称).
  const missing = required.filter((r) => (typeof r === 'string' ? [r] : r).every((f) => !source.present.has(f)));
  for (const r of missing) {
    const fields = typeof r === 'string' ? [r] : r;
    const m = bilingual('column.missing', { column: fields[0], aliases: fields.map(aliases).join(', ') });
    report.errors.push({ row: 1, field: fields[0], message: m.zh, messageEn: m.en });
  }
  return missing.length > 0;
}

/** A column an import needs: a field, or fields any one of which will do. */
export type RequiredColumn = FieldName | readonly FieldName[];

/** Lists every bad row's problems in file order and closes the report. */
export function finishRows(
  report: ImportReport,
  started: number,
  rows: { row: number; problems: FieldProblem[] }[] = [],
  options: ImportOptions = {},
  source?: SourceRecords,
): ImportReport {
  for (const r of rows) {
    if (r.problems.length)
      addRowErrors(report, r.row, source ? r.problems.map((p) => ({ ...p, field: fieldLabel(source, p.field) })) : r.problems);
  }
  report.dryRun = !!options.dryRun;
  if (!report.committed && !report.dryRun) report.inserted = 0;
  report.ms = Date.now() - started;
  return report;
}

/** The rows of a file after the per-row checks, or a closed report when required columns are missing. */
export type CheckedRows<T> =
  | { done: ImportReport }
  | { done: null; report: ImportReport; source: SourceRecords; rows: (T | null)[]; errors: RowErrors[]; started: number };

/**
 * The first steps every table import shares: read the file, open the report, require the
 * columns (tables only; GeoJSON properties are checked per row) and check each record.
 */
export async function readAndCheckRows<T>(
  what: ImportReport['what'],
  file: ImportSource,
  options: ImportOptions,
  fields: readonly FieldName[],
  required: readonly RequiredColumn[],
  check: (rec: SourceRecord, crs: Crs) => { data: T | null; errors: RowErrors },
): Promise<CheckedRows<T>> {
  const { src, crs, started } = await startImport(what, file, options);
  options.onProgress?.('read', 0, 1);
  const source = await readRecords(src, fields, options.sheet);
  const report = newReport(what, options.sourceName ?? src.name, src.format, crs, source.unit);
  report.read = source.records.length;
  report.unusedColumns = source.unused;
  if (source.emptyRows) report.ignored['empty row'] = source.emptyRows;
  if (missingColumns(report, source, source.unit === 'feature' ? [] : required, aliasList)) return { done: finishRows(report, started) };
  const rows: (T | null)[] = [];
  const errors: RowErrors[] = [];
  source.records.forEach((rec, i) => {
    const checked = check(rec, crs);
    rows.push(checked.data);
    errors.push(checked.errors);
    if (i % 500 === 0) options.onProgress?.('check', i, source.records.length);
  });
  return { done: null, report, source, rows, errors, started };
}
