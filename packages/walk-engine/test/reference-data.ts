import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file is packages/walk-engine/test/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Reference networks with independent pgRouting answers, kept beside the repository. */
export const referenceDir = path.resolve(repoRoot, '../shared/reference');

export const NETWORKS = ['chengdu', 'monaco'] as const;
export type NetworkName = (typeof NETWORKS)[number];

export function readReference<T = any>(...parts: string[]): T {
  const file = path.join(referenceDir, ...parts);
  if (!existsSync(file)) throw new Error(`reference file missing: ${file} (expected shared/reference beside the repository)`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function referencePath(...parts: string[]): string {
  return path.join(referenceDir, ...parts);
}

export interface PointFeature {
  properties: Record<string, any>;
  geometry: { type: 'Point'; coordinates: [number, number] };
}

/** Independent even–odd point-in-MultiPolygon test (does not use the engine's helpers). */
export function inMultiPolygon(coords: number[][][][], x: number, y: number): boolean {
  const inRing = (ring: number[][]): boolean => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  return coords.some((poly) => inRing(poly[0]!) && !poly.slice(1).some(inRing));
}
