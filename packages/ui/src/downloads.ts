import { toCsv as csvText } from '@carecircle/domain';

/** Saves a Blob under a file name (through a temporary link). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * CSV text (RFC 4180) with a byte-order mark, written by the domain's one CSV writer (the server's
 * too): formula prefixes (`=`, `+`, `-`, `@`, tab, CR) are neutralised.
 * @example
 * toCsv(['name', 'beds'], [['龙溪', 12]]) // '\uFEFFname,beds\r\n龙溪,12\r\n'
 */
export const toCsv: (header: string[], rows: unknown[][]) => string = csvText;

export function saveCsv(fileName: string, header: string[], rows: unknown[][]): void {
  saveBlob(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A spreadsheet cell value: numbers stay numbers, everything else is text. */
function xlsxCell(v: unknown): number | string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v == null || v === '') return null;
  // XML 1.0 cannot hold these control characters, so they are dropped.
  // eslint-disable-next-line no-control-regex -- the characters are the point
  return String(v).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
const sheetNameOf = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';

/** A further worksheet of a workbook: its name, header row and rows (e.g. the parameters the figures were computed with). */
export interface XlsxSheet {
  name: string;
  header: string[];
  rows: unknown[][];
}

/** One worksheet for write-excel-file: the header row in bold and frozen, numbers as numbers, columns as wide as their text. */
function sheetOf({ name, header, rows }: XlsxSheet) {
  const data = [
    header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
    ...rows.map((r) =>
      r.map((v) => {
        const value = xlsxCell(v);
        return typeof value === 'string' ? { value, type: String } : value;
      }),
    ),
  ];
  // Columns as wide as their longest text (a CJK character counts twice), within reason.
  const width = (v: unknown) => [...String(v ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  const columns = header.map((h, i) => ({ width: Math.min(60, Math.max(8, ...[h, ...rows.map((r) => r[i])].map(width)) + 2) }));
  return { data, sheet: sheetNameOf(name), columns, stickyRowsCount: 1 };
}

/**
 * An XLSX workbook (written by write-excel-file): the sheet of rows first, with its header row in
 * bold and frozen, then any further sheets (`more`, e.g. the parameters of an analysis); numbers
 * stay numbers, text cells are never read as formulas.
 * @example
 * const blob = await xlsxBlob('设施', ['名称', '床位'], [['龙溪街道养老服务中心', 40]]);
 */
export async function xlsxBlob(sheetName: string, header: string[], rows: unknown[][], more: XlsxSheet[] = []): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const first = sheetOf({ name: sheetName, header, rows });
  if (!more.length) return writeXlsxFile(first.data, first).toBlob();
  // Sheet names must differ: a further sheet named as an earlier one gets a number.
  const names = new Set([first.sheet]);
  const rest = more.map((m) => {
    const s = sheetOf(m);
    let name = s.sheet;
    for (let i = 2; names.has(name); i++) name = `${s.sheet.slice(0, 28)} ${i}`;
    names.add(name);
    return { ...s, sheet: name };
  });
  return writeXlsxFile([first, ...rest]).toBlob();
}

/** Saves rows as an XLSX workbook: the header row first, then the rows; further sheets after it. */
export async function saveXlsx(
  fileName: string,
  sheetName: string,
  header: string[],
  rows: unknown[][],
  more: XlsxSheet[] = [],
): Promise<void> {
  saveBlob(await xlsxBlob(sheetName, header, rows, more), fileName);
}

export function saveGeoJson(fileName: string, data: GeoJSON.FeatureCollection): void {
  saveBlob(new Blob([JSON.stringify(data)], { type: 'application/geo+json' }), fileName);
}

/** Saves the map's current frame as PNG (the map keeps its drawing buffer for this). */
export function saveMapPng(canvas: HTMLCanvasElement, fileName: string): void {
  canvas.toBlob((blob) => blob && saveBlob(blob, fileName), 'image/png');
}
