import ExcelJS from 'exceljs';
import type express from 'express';

/** One column of a sheet a route sends. */
export interface SheetColumn {
  header: string;
  /** Excel number format, e.g. `0.0%`, `@` (text: ID numbers and codes keep every digit). */
  numFmt?: string;
  /** A note on the header cell. */
  note?: string;
}

/**
 * A one-sheet XLSX workbook: bold frozen header, the rows, columns sized to their content. Cells
 * are data, never formulas: a text that starts with `=` stays text.
 * @example await sheetWorkbook('人员', [{ header: '姓名' }], [['张三']])
 */
export async function sheetWorkbook(name: string, columns: SheetColumn[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name.slice(0, 31));
  ws.addRow(columns.map((c) => c.header));
  for (const r of rows) ws.addRow(r.map((v) => (v === undefined ? null : v)));
  ws.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    let width = [...c.header].length * 2;
    for (const r of rows.slice(0, 200)) width = Math.max(width, [...String(r[i] ?? '')].length * 1.6);
    col.width = Math.min(60, Math.max(8, width + 2));
    if (c.numFmt) col.numFmt = c.numFmt;
    if (c.note) ws.getCell(1, i + 1).note = c.note;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Sends a workbook as a download with its (Chinese or English) file name. */
export function sendWorkbook(res: express.Response, file: string, body: Buffer): void {
  res
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .set('cache-control', 'no-store')
    .attachment(file)
    .send(body);
}
