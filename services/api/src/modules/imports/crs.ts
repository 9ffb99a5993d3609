import gcoordModule from 'gcoord';
import { ImportFileError } from './import-messages.js';

/**
 * Coordinate systems of imported files. Chinese web maps publish shifted coordinates:
 * GCJ-02 (AMap/Gaode, Tencent, Google in China) and BD-09 (Baidu). Everything is stored in WGS84.
 */
export type Crs = 'wgs84' | 'gcj02' | 'bd09';
export const CRS_VALUES: readonly Crs[] = ['wgs84', 'gcj02', 'bd09'];

export function parseCrs(value: string | undefined | null): Crs {
  const v = (value ?? 'wgs84').trim().toLowerCase().replace(/[-_]/g, '');
  if (v === 'wgs84' || v === 'epsg4326' || v === 'cgcs2000') return 'wgs84';
  if (v === 'gcj02') return 'gcj02';
  if (v === 'bd09') return 'bd09';
  throw ImportFileError.of('option.crs', { value: String(value) });
}

// gcoord is CommonJS (`module.exports = { transform, GCJ02, … }`) while its types declare a default
// export; under NodeNext the default import is `module.exports` itself.
type Gcoord = typeof gcoordModule extends { default: infer D } ? D : typeof gcoordModule;
const gcoord = gcoordModule as unknown as Gcoord;

const FROM = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/**
 * Converts one position to WGS84 (gcoord: GCJ-02 inverted iteratively to about 1e-6°, i.e. 0.1 m;
 * outside China GCJ-02 is the identity, as on the maps). Non-finite input comes back unchanged,
 * so the range checks still see it.
 */
export function toWgs84(lon: number, lat: number, crs: Crs): [number, number] {
  if (crs === 'wgs84' || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat], FROM[crs], gcoord.WGS84) as [number, number];
  return [x, y];
}

/** Converts nested coordinate arrays (any GeoJSON geometry's `coordinates`) to WGS84, in a copy. */
export function convertCoordinates<T>(coords: T, crs: Crs): T {
  if (crs === 'wgs84') return coords;
  const walk = (c: unknown): unknown => {
    if (!Array.isArray(c)) return c;
    if (typeof c[0] === 'number' || c.length === 0 || !Array.isArray(c[0])) {
      if (c.length >= 2 && typeof c[0] === 'number' && typeof c[1] === 'number') {
        const [lon, lat] = toWgs84(c[0], c[1], crs);
        return c.length > 2 ? [lon, lat, ...c.slice(2)] : [lon, lat];
      }
      return c;
    }
    return c.map(walk);
  };
  return walk(coords) as T;
}
