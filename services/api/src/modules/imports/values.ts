import type { Point } from 'geojson';
import { toPoint } from '../../shared/validation.js';
import { convertCoordinates, toWgs84, type Crs } from './crs.js';
import type { RowErrors } from './import-messages.js';
import type { SourceRecord } from './records.js';

const isBlank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');

/** A cell or property as text (null when empty). */
export function textOf(v: unknown): string | null {
  if (isBlank(v)) return null;
  if (typeof v === 'string') return v.normalize('NFC').trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/**
 * A cell or property as a number (null when empty). Full-width digits and thousands separators
 * (1,200) are accepted; anything else that is not a number is an error on the field.
 */
export function numberOf(errors: RowErrors, field: string, v: unknown): number | null {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return v;
  const s = String(v).normalize('NFKC').trim();
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) ? s.replace(/,/g, '') : s;
  const n = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain) ? Number(plain) : NaN;
  if (!Number.isFinite(n)) {
    errors.addImport(field, 'row.notNumber', { value: String(v).slice(0, 40) });
    return null;
  }
  return n;
}

/**
 * The point of a record: a GeoJSON Point geometry, or lon/lat columns (properties), converted
 * from `crs` to WGS84 and checked like the API checks a location.
 */
export function pointOf(errors: RowErrors, rec: SourceRecord, crs: Crs): Point | null {
  const g = rec.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
  if (g != null) {
    if (g.type !== 'Point') {
      errors.addImport('geometry', 'row.geometryType', { type: String(g.type), expected: 'Point' });
      return null;
    }
    const c = g.coordinates as unknown[];
    if (!Array.isArray(c) || typeof c[0] !== 'number' || typeof c[1] !== 'number') {
      errors.add('geometry', 'field.coordinates');
      return null;
    }
    const [lon, lat] = toWgs84(c[0], c[1], crs);
    return toPoint(errors, 'geometry', { lon, lat });
  }
  const hasLon = !isBlank(rec.values.lon);
  const hasLat = !isBlank(rec.values.lat);
  if (!hasLon || !hasLat) {
    if (rec.hasGeometry && !hasLon && !hasLat) errors.addImport('geometry', 'row.noGeometry');
    else {
      if (!hasLon) errors.add('lon', 'field.required');
      if (!hasLat) errors.add('lat', 'field.required');
    }
    return null;
  }
  const lon = numberOf(errors, 'lon', rec.values.lon);
  const lat = numberOf(errors, 'lat', rec.values.lat);
  if (lon == null || lat == null) return null;
  const [x, y] = toWgs84(lon, lat, crs);
  return toPoint(errors, 'lon/lat', { lon: x, lat: y });
}

/** Converts any GeoJSON geometry's coordinates to WGS84 (a copy). */
export function geometryToWgs84<T extends { coordinates?: unknown }>(g: T, crs: Crs): T {
  return crs === 'wgs84' ? g : { ...g, coordinates: convertCoordinates(g.coordinates, crs) };
}
