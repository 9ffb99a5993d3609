import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { bilingual, ImportFileError, type FieldProblem } from './import-messages.js';
import type { RowUnit } from './import-report.js';
import { decodeText } from './source-file.js';
import { checkDeclaredSize, checkUnpacked, XLSX_LIMITS, type XlsxLimits } from './xlsx-limits.js';

/** A spreadsheet-like table: a header and rows of cell values, each with the row number a user sees. */
export interface Table {
  unit: RowUnit;
  headers: string[];
  rows: TableRow[];
  /** Rows left out because every cell was empty. */
  emptyRows: number;
}

export interface TableRow {
  row: number;
  cells: unknown[];
  /** Problems found while reading (formula cells without a result, error values). */
  problems: FieldProblem[];
}

const isBlank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');

/** Picks the delimiter that splits the header line most: comma, semicolon or tab. */
function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const counts = [',', ';', '\t', '，'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

/**
 * Reads a CSV file (UTF-8 with or without BOM, or GB18030; comma, semicolon or tab separated;
 * quoted fields may span lines). Row numbers are line numbers: the header is line 1.
 */
export function readCsv(bytes: Uint8Array): Table {
  const text = decodeText(bytes);
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: sniffDelimiter(text),
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as never;
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw ImportFileError.of('file.badCsv', { line: e.lines ?? '?', reason: e.message });
  }
  if (!records.length) throw ImportFileError.of('file.empty');
  // The line a record starts on: where it ends, less the line breaks inside it.
  const startLine = (r: (typeof records)[number]) => {
    const body = r.raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
    return r.info.lines - (body.match(/\n/g)?.length ?? 0);
  };
  const [header, ...body] = records;
  const headers = header.record.map((h) => String(h ?? '').trim());
  if (headers.every((h) => !h)) throw ImportFileError.of('file.noHeader');
  let emptyRows = 0;
  const rows: TableRow[] = [];
  for (const r of body) {
    if (r.record.every(isBlank)) {
      emptyRows++;
      continue;
    }
    rows.push({ row: startLine(r), cells: r.record, problems: [] });
  }
  return { unit: 'line', headers, rows, emptyRows };
}

type CellValue = ExcelJS.CellValue;

/** Turns a cell value into plain data. Formulas are never evaluated: the cached result is taken. */
function cellData(value: CellValue, address: string, problems: FieldProblem[], field: () => string): unknown {
  if (value == null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const v = value as unknown as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) {
    if (v.result === undefined || v.result === null) {
      problems.push({ field: field(), ...bilingual('row.formula', { cell: address }) });
      return null;
    }
    return cellData(v.result as CellValue, address, problems, field);
  }
  if ('error' in v) {
    problems.push({ field: field(), ...bilingual('row.cellError', { cell: address, error: String(v.error) }) });
    return null;
  }
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((p) => p.text).join('');
  if ('text' in v) return typeof v.text === 'string' ? v.text : cellData(v.text as CellValue, address, problems, field);
  return String(value);
}

/** Heap of the worker that reads a workbook, in MB: a workbook past the limits cannot take the API's memory. */
const XLSX_WORKER_HEAP_MB = 768;
/** Longest a workbook may take to read. */
const XLSX_WORKER_MS = 120_000;

/**
 * Reads the first worksheet (or the named one) of an XLSX workbook, in a worker thread. The first
 * non-empty row is the header; row numbers are the spreadsheet's. Formula cells give their cached
 * results; a formula without one is reported on its row, never evaluated. Before anything is
 * parsed, the ZIP's directory must declare at most `XLSX_MAX_UNPACKED_MB` unpacked (checked
 * here, in milliseconds); the worker then counts the real unpacked bytes and the rows
 * (`XLSX_MAX_ROWS`) while inflating, before exceljs reads the workbook, with its heap capped.
 */
export async function readXlsx(bytes: Uint8Array, sheet?: string, limits: XlsxLimits = XLSX_LIMITS): Promise<Table> {
  checkDeclaredSize(bytes, limits);
  const workerFile = fileURLToPath(new URL('./xlsx-worker.js', import.meta.url));
  // Run from the TypeScript sources (unit tests under SWC) there is no compiled worker: read here.
  if (!fs.existsSync(workerFile)) return readXlsxHere(bytes, sheet, limits);
  return new Promise<Table>((resolve, reject) => {
    const worker = new Worker(workerFile, {
      workerData: { bytes, sheet, limits },
      resourceLimits: { maxOldGenerationSizeMb: XLSX_WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(ImportFileError.of('file.xlsxTooSlow', { seconds: XLSX_WORKER_MS / 1000 }))),
      XLSX_WORKER_MS,
    );
    worker.once('message', (m: { table?: Table; fileError?: { zh: string; en: string }; error?: string }) =>
      settle(() => {
        if (m.table) resolve(m.table);
        else if (m.fileError) reject(new ImportFileError(m.fileError));
        else reject(ImportFileError.of('file.badXlsx', { reason: m.error ?? '?' }));
      }),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      settle(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? ImportFileError.of('file.xlsxMemory', { max: XLSX_WORKER_HEAP_MB })
            : ImportFileError.of('file.badXlsx', { reason: err.message }),
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(ImportFileError.of('file.badXlsx', { reason: `worker exit ${code}` }))));
  });
}

/** Reads a workbook on the calling thread (the worker's part of {@link readXlsx}), limits first. */
export async function readXlsxHere(bytes: Uint8Array, sheet?: string, limits: XlsxLimits = XLSX_LIMITS): Promise<Table> {
  checkDeclaredSize(bytes, limits);
  checkUnpacked(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch (err) {
    throw ImportFileError.of('file.badXlsx', { reason: (err as Error).message });
  }
  const sheets = workbook.worksheets;
  const ws = sheet ? workbook.getWorksheet(sheet) : sheets[0];
  if (!ws) {
    if (!sheets.length) throw ImportFileError.of('file.empty');
    throw ImportFileError.of('file.noSheet', { sheet: sheet ?? '', sheets: sheets.map((s) => s.name).join(', ') });
  }
  let headers: string[] | null = null;
  const rows: TableRow[] = [];
  let emptyRows = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const problems: FieldProblem[] = [];
    const width = headers ? headers.length : row.cellCount;
    const cells: unknown[] = [];
    for (let c = 1; c <= Math.max(width, row.cellCount); c++) {
      const cell = row.getCell(c);
      cells.push(cellData(cell.value, cell.address, problems, () => headers?.[c - 1] || cell.address));
    }
    if (!headers) {
      if (cells.every(isBlank)) return;
      headers = cells.map((h) => (h == null ? '' : String(h).trim()));
      return;
    }
    if (cells.every(isBlank) && !problems.length) {
      emptyRows++;
      return;
    }
    rows.push({ row: rowNumber, cells, problems });
  });
  if (!headers) throw ImportFileError.of('file.empty');
  return { unit: 'row', headers, rows, emptyRows };
}
