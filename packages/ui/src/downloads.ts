import { toCsv as csvText } from '@carecircle/domain';
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
