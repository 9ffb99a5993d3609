import { parseCrs, type Crs } from './crs.js';
import { bilingual, type FieldProblem } from './import-messages.js';
import { addRowErrors, type ImportOptions, type ImportReport } from './import-report.js';
import { fieldLabel, type FieldName, type SourceRecords } from './records.js';
import { checkSourceBytes, readSourceFile, type SourceFile } from './source-file.js';

/**
 * What an import reads: a file path, or a file already in memory (an upload) with its name and,
 * when known, its format (otherwise taken from the name).
 */
export type ImportSource = string | { name: string; bytes: Buffer; format?: SourceFile['format'] };

/** Checks the options and reads the file (size-limited). */
export async function startImport(what: ImportReport['what'], file: ImportSource, options: ImportOptions): Promise<{ src: SourceFile; crs: Crs; started: number }> {
  const started = Date.now();
  const crs = parseCrs(options.crs);
  const src = typeof file === 'string' ? await readSourceFile(what, file, options.maxMb) : checkSourceBytes(what, file, options.maxMb);
  return { src, crs, started };
}

/**
 * Reports required columns a table lacks, as errors on its header row.
 * @returns true when any is missing (then no row can be imported).
 */
export function missingColumns(report: ImportReport, source: SourceRecords, required: FieldName[], aliases: (f: FieldName) => string): boolean {
  const missing = required.filter((f) => !source.present.has(f));
  for (const f of missing) {
    const m = bilingual('column.missing', { column: f, aliases: aliases(f) });
    report.errors.push({ row: 1, field: f, message: m.zh, messageEn: m.en });
  }
  return missing.length > 0;
}

/** Lists every bad row's problems in file order and closes the report. */
export function finishRows(
  report: ImportReport,
  started: number,
  rows: { row: number; problems: FieldProblem[] }[] = [],
  options: ImportOptions = {},
  source?: SourceRecords,
): ImportReport {
  for (const r of rows) {
    if (r.problems.length) addRowErrors(report, r.row, source ? r.problems.map((p) => ({ ...p, field: fieldLabel(source, p.field) })) : r.problems);
  }
  report.dryRun = !!options.dryRun;
  if (!report.committed && !report.dryRun) report.inserted = 0;
  report.ms = Date.now() - started;
  return report;
}
