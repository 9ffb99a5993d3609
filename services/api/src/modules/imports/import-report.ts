import type { Crs } from './crs.js';
import { bilingual, type Bilingual, type FieldProblem } from './import-messages.js';

/** What a row number counts: CSV line, spreadsheet row, GeoJSON feature (1 = the first), OSM way. */
export type RowUnit = 'line' | 'row' | 'feature';

/** How a row number reads to a user, e.g. 第 3 行 / line 3. */
export function rowName(unit: RowUnit, row: number): Bilingual {
  return bilingual(`unit.${unit}`, { row });
}

/** One problem with one field of one row. */
export interface RowError {
  /** Row as the user sees it: CSV line number (the header is line 1), spreadsheet row, or GeoJSON feature number (1 = first). */
  row: number;
  /** Column or property, e.g. `lon`, `capacity.beds`, `geometry`. */
  field: string;
  /** In Chinese. */
  message: string;
  /** In English. */
  messageEn: string;
}

/** What an import did, or would have done. */
export interface ImportReport {
  what: 'roads' | 'facilities' | 'residents' | 'workers' | 'certificates' | 'trainings' | 'dishonesty-list';
  /** File name (no directory). */
  file: string;
  format: 'geojson' | 'csv' | 'xlsx' | 'osm' | 'osm.pbf';
  crs: Crs;
  /** What `row` in `errors` counts. */
  rowUnit: RowUnit;
  /** Rows, features or OSM ways read. */
  read: number;
  /** Rows written (road segments, facilities, residential areas). */
  inserted: number;
  /** Road segments removed by `replace`. */
  deleted: number;
  /** Left out by design, counted by reason (OSM ways that are not walkable, empty rows, …). */
  ignored: Record<string, number>;
  /** Bad rows left out with `skipInvalid`. */
  skipped: number;
  /** Every problem of every bad row, in file order. */
  errors: RowError[];
  /** Columns or properties the import does not use. */
  unusedColumns: string[];
  /** True when the rows were written; false when any row was bad (and `skipInvalid` was off) or on a dry run. */
  committed: boolean;
  dryRun: boolean;
  /** Extra figures, e.g. OSM nodes and ways read. */
  stats: Record<string, number>;
  ms: number;
}

/** Progress of a long import: phase label and counts. */
export type ProgressFn = (phase: ImportPhase, done: number, total: number) => void;
export type ImportPhase = 'read' | 'check' | 'write';

/** Options shared by every import. */
export interface ImportOptions {
  /** Coordinate system of the file; converted to WGS84. Default wgs84. */
  crs?: Crs;
  /** Import the valid rows and list the bad ones, instead of writing nothing. */
  skipInvalid?: boolean;
  /** Check everything, write nothing. */
  dryRun?: boolean;
  /** XLSX: the worksheet to read (default the first). */
  sheet?: string;
  /** Largest accepted file in MB (defaults per kind). */
  maxMb?: number;
  /** Name shown in the report and stored as the road source; default the file's base name. */
  sourceName?: string;
  onProgress?: ProgressFn;
}

export function newReport(
  what: ImportReport['what'],
  file: string,
  format: ImportReport['format'],
  crs: Crs,
  rowUnit: RowUnit,
): ImportReport {
  return {
    what,
    file,
    format,
    crs,
    rowUnit,
    read: 0,
    inserted: 0,
    deleted: 0,
    ignored: {},
    skipped: 0,
    errors: [],
    unusedColumns: [],
    committed: false,
    dryRun: false,
    stats: {},
    ms: 0,
  };
}

/** Adds the problems of one row to the report. */
export function addRowErrors(report: ImportReport, row: number, problems: readonly FieldProblem[]): void {
  for (const p of problems) report.errors.push({ row, field: p.field, message: p.zh, messageEn: p.en });
}

export function countIgnored(report: ImportReport, reason: string, n = 1): void {
  report.ignored[reason] = (report.ignored[reason] ?? 0) + n;
}
