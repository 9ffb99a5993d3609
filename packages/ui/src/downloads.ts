import { toXlsx } from './xlsx.js';

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

const csvCell = (v: unknown): string => {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * CSV text (RFC 4180) with a byte-order mark, so spreadsheet programs read Chinese correctly.
 * @example
 * toCsv(['name', 'beds'], [['龙溪', 12]]) // '\uFEFFname,beds\r\n龙溪,12\r\n'
 */
export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function saveCsv(fileName: string, header: string[], rows: unknown[][]): void {
  saveBlob(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}

export function saveXlsx(fileName: string, sheetName: string, header: string[], rows: unknown[][]): void {
  const bytes = toXlsx(sheetName, header, rows);
  saveBlob(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName);
}

export function saveGeoJson(fileName: string, data: GeoJSON.FeatureCollection): void {
  saveBlob(new Blob([JSON.stringify(data)], { type: 'application/geo+json' }), fileName);
}

/** Saves the map's current frame as PNG (the map keeps its drawing buffer for this). */
export function saveMapPng(canvas: HTMLCanvasElement, fileName: string): void {
  canvas.toBlob((blob) => blob && saveBlob(blob, fileName), 'image/png');
}
