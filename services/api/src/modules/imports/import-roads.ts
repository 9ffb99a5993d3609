import type { MikroORM } from '@mikro-orm/postgresql';
import { parseOsmPbf, parseOsmXml, wayExclusionReason, type OsmImportResult } from '@carecircle/walk-engine';
import type { LineString, Position } from 'geojson';
import { bulkInsert, GEOMETRY_SQL, geojson } from '../../db/bulk-insert.js';
import { execSql } from '../../shared/sql.js';
import { validLonLat } from '../../shared/scalars.js';
import { convertCoordinates, type Crs } from './crs.js';
import { ImportFileError, RowErrors } from './import-messages.js';
import { countIgnored, newReport, type ImportOptions, type ImportReport } from './import-report.js';
import { finishRows, startImport } from './row-import.js';
import { decodeText } from './source-file.js';
import { textOf } from './values.js';

export interface RoadImportOptions extends ImportOptions {
  /** Replace the whole stored network instead of adding to it (in the same transaction). */
  replace?: boolean;
  /**
   * OSM: keep ways closed to walkers by `foot=no` or `access=no|private` (a plain highway filter,
   * as behind the reference networks). Default false: such ways are left out and reported.
   */
  ignoreAccess?: boolean;
}

interface Segment {
  geometry: LineString;
  highway: string | null;
  name: string | null;
  /** The tags the walking profiles read (OSM `wheelchair`, `incline`, `step_count`). */
  wheelchair: string | null;
  incline: string | null;
  stepCount: number | null;
}

const cut = (s: string | null, max: number) => (s == null ? null : [...s].slice(0, max).join(''));

/**
 * A stairway's `step_count` as mapped ("12", " 12 "); null when absent or not a whole count
 * ("ca. 20", "many"): the profile then times the stairway by its length.
 */
export function stepCountOf(value: string | null | undefined): number | null {
  const t = value?.trim();
  if (!t || !/^\d{1,5}$/.test(t)) return null;
  return Number(t);
}

/** The profile tags of a way or feature, cut to their column lengths. */
function profileTags(
  tags: { wheelchair?: string; incline?: string; step_count?: string } | undefined,
): Pick<Segment, 'wheelchair' | 'incline' | 'stepCount'> {
  return {
    wheelchair: cut(tags?.wheelchair?.trim() || null, 20),
    incline: cut(tags?.incline?.trim() || null, 20),
    stepCount: stepCountOf(tags?.step_count),
  };
}

/** Walkable edges of an OSM extract: split at junctions by the walking engine, with way tags. */
function osmSegments(result: OsmImportResult, report: ImportReport): Segment[] {
  const g = result.graph;
  const out: Segment[] = [];
  for (let e = 0; e < g.edgeCount; e++) {
    // Distinct OSM nodes mapped at one position give an edge of length 0: a loop on one spot.
    if (g.edgeLength[e] === 0) {
      countIgnored(report, 'zero-length edge');
      continue;
    }
    const coordinates: Position[] = [];
    for (let p = g.shapeOffsets[e]; p < g.shapeOffsets[e + 1]; p++) coordinates.push([g.shapeCoords[2 * p], g.shapeCoords[2 * p + 1]]);
    const tags = result.wayTags.get(g.edgeSourceId[e]);
    out.push({
      geometry: { type: 'LineString', coordinates },
      highway: cut(tags?.highway ?? null, 40),
      name: cut(tags?.name ?? null, 200),
      ...profileTags(tags),
    });
  }
  return out;
}

const isPosition = (c: unknown): c is number[] =>
  Array.isArray(c) &&
  c.length >= 2 &&
  c.length <= 3 &&
  c.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
  validLonLat({ lon: c[0], lat: c[1] });

/**
 * Street lines of a GeoJSON file: every LineString, and every part of a MultiLineString, is one
 * segment (segments connect where end points are identical). Features whose `highway` property is
 * not walkable (motorway, trunk, …; `foot=no` and `access=no|private` unless `ignoreAccess`) and
 * features that are not lines are left out and counted by reason; malformed lines are errors.
 */
function geojsonSegments(
  bytes: Uint8Array,
  crs: Crs,
  report: ImportReport,
  ignoreAccess: boolean,
): { segments: Segment[]; errors: { row: number; errors: RowErrors }[] } {
  let doc: { type?: unknown; features?: unknown };
  try {
    doc = JSON.parse(decodeText(bytes));
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw ImportFileError.of('file.badJson', { reason: (err as Error).message });
  }
  if (doc?.type !== 'FeatureCollection' || !Array.isArray(doc.features)) throw ImportFileError.of('file.notGeoJson');
  const features = doc.features as {
    geometry?: { type?: string; coordinates?: unknown } | null;
    properties?: Record<string, unknown> | null;
  }[];
  report.read = features.length;
  const segments: Segment[] = [];
  const errors: { row: number; errors: RowErrors }[] = [];
  features.forEach((f, i) => {
    const rowErrors = new RowErrors();
    const g = f?.geometry;
    const props = f?.properties && typeof f.properties === 'object' ? f.properties : {};
    if (!g) rowErrors.addImport('geometry', 'row.noGeometry');
    else if (g.type !== 'LineString' && g.type !== 'MultiLineString') countIgnored(report, `geometry=${String(g.type)}`);
    else {
      const tags = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, textOf(v) ?? undefined]));
      const reason = tags.highway === undefined ? null : wayExclusionReason(tags, { respectAccess: !ignoreAccess });
      if (reason) countIgnored(report, reason);
      else {
        const lines = g.type === 'LineString' ? [g.coordinates] : Array.isArray(g.coordinates) ? g.coordinates : [null];
        const parts: LineString[] = [];
        for (const line of lines) {
          if (!Array.isArray(line) || !line.every(isPosition)) {
            rowErrors.add('geometry', 'field.coordinates');
            break;
          }
          if (line.length < 2) {
            rowErrors.addImport('geometry', 'row.lineTooShort');
            break;
          }
          const converted = convertCoordinates(line as number[][], crs).map((c) => c.slice(0, 2));
          // Two distinct OSM nodes mapped at one position give a line of length 0: a loop on one spot.
          if (converted.every((c) => c[0] === converted[0][0] && c[1] === converted[0][1])) countIgnored(report, 'zero-length line');
          else parts.push({ type: 'LineString', coordinates: converted });
        }
        if (!rowErrors.problems.length) {
          const highway = cut(tags.highway ?? null, 40);
          const name = cut(tags.name ?? null, 200);
          const profile = profileTags(tags);
          for (const geometry of parts) segments.push({ geometry, highway, name, ...profile });
        }
      }
    }
    if (rowErrors.problems.length) errors.push({ row: i + 1, errors: rowErrors });
  });
  return { segments, errors };
}

/**
 * Imports a walking network from GeoJSON lines or an OpenStreetMap extract (.osm XML, .osm.pbf)
 * into `road_segment`, one row per walkable edge (OSM ways are split at junctions by the walking
 * engine; ways left out are reported by reason). Adds to the stored network, or replaces it
 * with `replace`; all in one transaction.
 */
export async function importRoads(orm: MikroORM, file: string, options: RoadImportOptions = {}): Promise<ImportReport> {
  const { src, crs, started } = await startImport('roads', file, options);
  const report = newReport('roads', options.sourceName ?? src.name, src.format, crs, 'feature');
  options.onProgress?.('read', 0, 1);
  let segments: Segment[];
  let bad: { row: number; errors: RowErrors }[] = [];
  if (src.format === 'geojson') {
    ({ segments, errors: bad } = geojsonSegments(src.bytes, crs, report, !!options.ignoreAccess));
  } else {
    if (crs !== 'wgs84') throw ImportFileError.of('file.osmCrs', { crs });
    let result: OsmImportResult;
    try {
      const profile = { respectAccess: !options.ignoreAccess };
      result = src.format === 'osm' ? parseOsmXml(src.bytes, profile) : parseOsmPbf(src.bytes, profile);
    } catch (err) {
      throw ImportFileError.of('file.badOsm', { reason: (err as Error).message });
    }
    report.read = result.stats.waysRead;
    report.ignored = { ...result.ignoredWays };
    report.stats = { ...result.stats, edges: result.graph.edgeCount, nodes: result.graph.nodeCount };
    segments = osmSegments(result, report);
  }
  options.onProgress?.('read', 1, 1);
  report.skipped = bad.length;
  const rows = bad.map((b) => ({ row: b.row, problems: b.errors.problems }));
  if ((bad.length && !options.skipInvalid) || !segments.length) {
    report.skipped = 0;
    return finishRows(report, started, rows, options);
  }
  report.inserted = segments.length;
  if (options.dryRun) return finishRows(report, started, rows, options);
  await orm.em.fork().transactional(async (em) => {
    if (options.replace) {
      const [{ n }] = await execSql<{ n: string }[]>(em, `select count(*) as n from road_segment`);
      await execSql(em, `delete from road_segment`);
      report.deleted = Number(n);
    }
    const now = new Date();
    const source = cut(options.sourceName ?? src.name, 200);
    await bulkInsert<Segment>(
      em,
      'road_segment',
      [
        { name: 'geometry', value: (s) => geojson(s.geometry), sql: GEOMETRY_SQL },
        { name: 'highway', value: (s) => s.highway },
        { name: 'name', value: (s) => s.name },
        { name: 'wheelchair', value: (s) => s.wheelchair },
        { name: 'incline', value: (s) => s.incline },
        { name: 'step_count', value: (s) => s.stepCount },
        { name: 'source', value: () => source },
        { name: 'created_at', value: () => now },
      ],
      segments,
      { onBatch: (done) => options.onProgress?.('write', done, segments.length) },
    );
    report.committed = true;
  });
  return finishRows(report, started, rows, options);
}
