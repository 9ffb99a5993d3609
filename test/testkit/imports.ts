import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestApi } from './api.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Reference networks and facilities (read in place, never copied). */
export const reference = (...p: string[]) => path.resolve(repoRoot, '../shared/reference', ...p);
export const importFixture = (name: string) => path.resolve(repoRoot, 'test/fixtures/imports', name);

/** Writes a file into a fresh temporary directory and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carecircle-import-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

// The published GCJ-02 and BD-09 forward formulas, written out here so that the import's
// conversion (a library's inverse) is checked against an independent implementation.
const A = 6378245.0;
const EE = 0.006693421622965943; // 0.00669342162296594323 as published, to the precision of a double
function gcjTransformLat(x: number, y: number) {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}
function gcjTransformLon(x: number, y: number) {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}
/** WGS84 → GCJ-02 (inside China). */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  let dLat = gcjTransformLat(lon - 105, lat - 35);
  let dLon = gcjTransformLon(lon - 105, lat - 35);
  const radLat = (lat / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}
/** GCJ-02 → BD-09. */
export function gcj02ToBd09(lon: number, lat: number): [number, number] {
  const k = (Math.PI * 3000) / 180;
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * k);
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * k);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

/** Runs SQL on the test database. */
export async function sql<T = Record<string, unknown>>(api: TestApi, query: string, params: unknown[] = []): Promise<T[]> {
  return api.db.orm.em.getConnection().execute<T[]>(query, params);
}
