import type { Point, Polygon } from 'geojson';
import { t } from '../../shared/i18n.js';
import { checkCount, cleanText, polygonStructureProblem } from '../../shared/validation.js';
import type { Crs } from './crs.js';
import { RowErrors } from './import-messages.js';
import type { FieldName, SourceRecord } from './records.js';
import { geometryToWgs84, numberOf, pointOf, textOf } from './values.js';

/** Columns / properties a residential-area import reads. */
export const RESIDENT_FIELDS: readonly FieldName[] = ['lon', 'lat', 'name', 'code', 'olderResidents', 'totalResidents'];

/** A residential-area row that passed the row checks; polygons get their point in the database. */
export interface ResidentRow {
  row: number;
  name: string;
  code: string | null;
  olderResidents: number;
  totalResidents: number;
  /** The given point, or null for an outline (its representative point comes from ST_PointOnSurface). */
  location: Point | null;
  boundary: Polygon | null;
}

/** Checks one residential area as the API does: name, counts (older at most total), point or polygon. */
export function checkResidentRecord(rec: SourceRecord, crs: Crs): { data: ResidentRow | null; errors: RowErrors } {
  const errors = new RowErrors();
  for (const p of rec.problems) errors.problems.push(p);
  const v = rec.values;
  const name = cleanText(errors, 'name', textOf(v.name), { max: 200, required: true });
  const code = cleanText(errors, 'code', textOf(v.code), { max: 64 });
  const older = numberOf(errors, 'olderResidents', v.olderResidents);
  if (older == null && !errors.has('olderResidents')) errors.add('olderResidents', 'field.required');
  const olderResidents = older == null ? 0 : checkCount(errors, 'olderResidents', older);
  const total = numberOf(errors, 'totalResidents', v.totalResidents);
  const totalResidents = total == null ? 0 : checkCount(errors, 'totalResidents', total);
  if (olderResidents > totalResidents && totalResidents > 0) errors.add('olderResidents', 'field.tooLarge', { max: totalResidents });

  let location: Point | null = null;
  let boundary: Polygon | null = null;
  const g = rec.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
  if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) {
    let polygon = g as { type: string; coordinates: unknown };
    // A MultiPolygon of one part is that polygon; the outline column holds one polygon.
    if (g.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.length === 1)
      polygon = { type: 'Polygon', coordinates: g.coordinates[0] };
    const problemZh = polygonStructureProblem(polygon, false, 'zh');
    if (problemZh) {
      const problemEn = polygonStructureProblem(polygon, false, 'en')!;
      errors.addText(
        'geometry',
        t('zh', 'field.invalidGeometry', { reason: problemZh }),
        t('en', 'field.invalidGeometry', { reason: problemEn }),
      );
    } else boundary = geometryToWgs84(polygon as Polygon, crs);
  } else if (g && g.type !== 'Point') {
    errors.addImport('geometry', 'row.geometryType', { type: String(g.type), expected: 'Point, Polygon' });
  } else {
    location = pointOf(errors, rec, crs);
  }
  if (errors.problems.length || !name || (!location && !boundary)) return { data: null, errors };
  return { data: { row: rec.row, name, code, olderResidents, totalResidents, location, boundary }, errors };
}
