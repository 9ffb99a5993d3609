import { UserInputError } from './errors.js';
import type { Point } from 'geojson';
import type { FieldErrors } from './errors.js';
import { t, type Lang } from './i18n.js';
import { validLonLat } from './scalars.js';
import { normalizeText, unstorableText } from './text.js';

/** Fields that hold a name (`name`, `operator.name`, `displayName`, `username` …): one line. */
const NAME_FIELD = /name$/i;

/**
 * The one text cleaner of the API and the imports: normalises a text field as stored (NFKC,
 * invisible characters such as zero-width spaces removed, whitespace runs collapsed, trimmed; see
 * `normalizeText`) and checks its length. Names (fields ending in `name`) become one line, so two
 * names that look the same are the same for the duplicate checks. Text the database cannot store
 * (an unpaired surrogate) is a field error. Returns the cleaned value (null when empty and optional).
 */
export function cleanText(
  errors: FieldErrors,
  field: string,
  value: string | null | undefined,
  { max, required = false, name = NAME_FIELD.test(field) }: { max: number; required?: boolean; name?: boolean },
): string | null {
  if (value != null && unstorableText(value) === 'surrogate') {
    errors.add(field, 'text.surrogate');
    return null;
  }
  const text = value == null ? '' : normalizeText(value, { name });
  if (!text) {
    if (required) errors.add(field, 'field.required');
    return null;
  }
  if ([...text].length > max) errors.add(field, 'field.tooLong', { max });
  return text;
}

/** Checks a count (capacity, residents): a whole number from 0 to `max`. */
export function checkCount(errors: FieldErrors, field: string, value: number | null | undefined, max = 1_000_000): number {
  const n = value ?? 0;
  if (!Number.isInteger(n)) errors.add(field, 'field.notInteger');
  else if (n < 0) errors.add(field, 'field.negative');
  else if (n > max) errors.add(field, 'field.tooLarge', { max });
  return n;
}

/** Turns a lon/lat input into a GeoJSON point, or records why it can't. */
export function toPoint(errors: FieldErrors, field: string, p: { lon: number; lat: number } | null | undefined): Point | null {
  if (!p) {
    errors.add(field, 'field.required');
    return null;
  }
  if (!validLonLat(p)) {
    errors.add(field, 'field.coordinates');
    return null;
  }
  return { type: 'Point', coordinates: [p.lon, p.lat] };
}

/** Checks an ISO date (YYYY-MM-DD) that exists in the calendar. */
export function checkDate(errors: FieldErrors, field: string, value: string | null | undefined, required = true): string | null {
  if (value == null || value === '') {
    if (required) errors.add(field, 'field.required');
    return null;
  }
  // A date that does not exist (2026-13-01, 2026-02-30) is a bad input, not a server error.
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  const ok = !!parsed && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  if (!ok) {
    errors.add(field, 'field.invalidDate');
    return null;
  }
  return value;
}

/** Escapes LIKE wildcards in user text. */
export function likePattern(text: string): string {
  return `%${text.replaceAll('\u0000', '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Parses a GraphQL ID argument into a numeric id, or rejects it as bad input. */
export function toId(value: unknown, field: string, lang: Lang): number {
  const n = typeof value === 'number' ? value : /^\d{1,15}$/.test(String(value)) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) {
    const message = t(lang, 'field.invalidId', { value: String(value).slice(0, 40) });
    throw new UserInputError(message, [{ field, message }]);
  }
  return n;
}

/** Like `toId` for optional arguments. */
export function toOptionalId(value: unknown, field: string, lang: Lang): number | null {
  return value == null ? null : toId(value, field, lang);
}

const isPosition = (p: unknown) =>
  Array.isArray(p) &&
  p.length >= 2 &&
  p.length <= 3 &&
  p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
  Math.abs(p[0] as number) <= 180 &&
  Math.abs(p[1] as number) <= 90;
const isRing = (r: unknown) =>
  Array.isArray(r) &&
  r.length >= 4 &&
  r.length <= 100_000 &&
  r.every(isPosition) &&
  r[0][0] === r[r.length - 1][0] &&
  r[0][1] === r[r.length - 1][1];
const isPolygonCoords = (c: unknown) => Array.isArray(c) && c.length >= 1 && c.length <= 1000 && c.every(isRing);

/**
 * Checks the structure of a GeoJSON Polygon / MultiPolygon before the database sees it:
 * finite lon/lat positions, closed rings of at least four positions.
 * @returns the reason it is not acceptable, or null.
 */
export function polygonStructureProblem(g: unknown, allowMulti: boolean, lang: Lang): string | null {
  const geom = g as { type?: unknown; coordinates?: unknown };
  if (!geom || typeof geom !== 'object') return t(lang, 'geometry.notObject');
  if (geom.type === 'Polygon') return isPolygonCoords(geom.coordinates) ? null : t(lang, 'geometry.badPolygon');
  if (geom.type === 'MultiPolygon' && allowMulti) {
    const ok =
      Array.isArray(geom.coordinates) &&
      geom.coordinates.length >= 1 &&
      geom.coordinates.length <= 10_000 &&
      geom.coordinates.every(isPolygonCoords);
    return ok ? null : t(lang, 'geometry.badPolygon');
  }
  return t(lang, allowMulti ? 'geometry.expectedPolygonOrMulti' : 'geometry.expectedPolygon');
}
