import fs from 'node:fs/promises';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { fromArrayBuffer, type GeoTIFFImage } from 'geotiff';
import { execSql } from '../../shared/sql.js';
import { ImportFileError } from './import-messages.js';
import type { ImportPhase } from './import-report.js';
import { edgeClimb, type EdgeClimb } from './edge-climb.js';

/** Geographic coordinate systems taken as they are: WGS84, and CGCS2000 (within centimetres of it). */
const GEOGRAPHIC = new Set([4326, 4490]);
/** Raster cells read over the network at most (a 1-arc-second SRTM tile is 13 M). */
export const MAX_DEM_CELLS = 60_000_000;
/** Largest DEM file read (a whole SRTM tile is about 25 MB, a survey DEM of a district a few hundred). */
export const MAX_DEM_MB = 1024;

export interface ElevationImportOptions {
  /** Check and sample only; write nothing. */
  dryRun?: boolean;
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
}

/** What an elevation import read and wrote. */
export interface ElevationReport {
  file: string;
  /** `EPSG:4326` or `EPSG:4490`. */
  crs: string;
  width: number;
  height: number;
  /** Cell size in degrees (lon, lat). */
  cellDegrees: [number, number];
  noData: number | null;
  /** Segments of the stored network. */
  segments: number;
  /** Segments given a climb and descent. */
  sampled: number;
  /** Segments left without (outside the model, or on cells without data): counted as flat. */
  outside: number;
  /** Range of the sampled heights, metres. */
  minElevation: number | null;
  maxElevation: number | null;
  committed: boolean;
  dryRun: boolean;
  ms: number;
}

/** A GeoTIFF elevation model over a lon/lat window, as a function of position. */
export interface DemWindow {
  /** Height in metres at a position by bilinear interpolation of the cell centres; NaN outside or without data. */
  elevation: (lon: number, lat: number) => number;
  crs: string;
  width: number;
  height: number;
  cellDegrees: [number, number];
  noData: number | null;
  bbox: [number, number, number, number];
}

const fmt = (v: number) => v.toFixed(4);

function crsOf(image: GeoTIFFImage): number {
  const keys = (image.getGeoKeys() ?? {}) as Record<string, unknown>;
  const projected = Number(keys.ProjectedCSTypeGeoKey);
  // GTModelTypeGeoKey 1 = projected, 2 = geographic.
  if (Number(keys.GTModelTypeGeoKey) === 1 || (Number.isFinite(projected) && projected > 0)) {
    return Number.isFinite(projected) && projected > 0 ? projected : -1;
  }
  const geographic = Number(keys.GeographicTypeGeoKey);
  if (Number.isFinite(geographic) && geographic > 0) return geographic;
  return Number(keys.GTModelTypeGeoKey) === 2 ? 4326 : 0;
}

/**
 * Opens a GeoTIFF elevation model and reads its first band over a lon/lat box (with a cell of margin).
 * Refuses, with a bilingual message, a file that is not a GeoTIFF, one without a coordinate system or in
 * a projected one (EPSG:4326 or CGCS2000 EPSG:4490 is required), a rotated raster, and a box that misses
 * the model.
 *
 * @example
 * const dem = await readDemWindow('srtm.tif', [106.5, 29.6, 106.8, 29.9]);
 * dem.elevation(106.63, 29.72); // 312.4
 */
export async function readDemWindow(file: string, box: [number, number, number, number]): Promise<DemWindow> {
  const lower = file.toLowerCase();
  if (!lower.endsWith('.tif') && !lower.endsWith('.tiff')) throw ImportFileError.of('dem.extension', { ext: path.extname(lower) || lower });
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw ImportFileError.of('file.notFound', { file });
  if (!stat.isFile()) throw ImportFileError.of('file.notAFile', { file });
  if (stat.size === 0) throw ImportFileError.of('file.empty');
  if (stat.size > MAX_DEM_MB * 1048576)
    throw ImportFileError.of('file.tooLarge', {
      size: (stat.size / 1048576).toFixed(1),
      max: MAX_DEM_MB,
      what: '高程',
      whatEn: 'elevation',
    });
  const bytes = await fs.readFile(file);
  let image: GeoTIFFImage;
  try {
    const tiff = await fromArrayBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    image = await tiff.getImage();
  } catch (err) {
    throw ImportFileError.of('dem.notGeoTiff', { reason: (err as Error).message });
  }
  if (!image.getGeoKeys()) throw ImportFileError.of('dem.noCrs');
  const epsg = crsOf(image);
  if (epsg === 0) throw ImportFileError.of('dem.noCrs');
  if (!GEOGRAPHIC.has(epsg))
    throw ImportFileError.of('dem.crs', { crs: epsg > 0 ? `EPSG:${epsg}` : '(user-defined)', file: path.basename(file) });
  let origin: number[];
  let resolution: number[];
  try {
    origin = image.getOrigin();
    resolution = image.getResolution();
  } catch (err) {
    throw ImportFileError.of('dem.notGeoTiff', { reason: (err as Error).message });
  }
  const matrix = image.fileDirectory.getValue('ModelTransformation') as number[] | undefined;
  if (matrix && (matrix[1] !== 0 || matrix[4] !== 0)) throw ImportFileError.of('dem.rotated');
  const width = image.getWidth();
  const height = image.getHeight();
  const [rx, ry] = resolution as [number, number];
  // Cell centres: pixel-is-area rasters (the usual) are tied at the corner of the first cell,
  // pixel-is-point rasters (GTRasterTypeGeoKey 2) at its centre.
  const pixelIsPoint = Number((image.getGeoKeys() as Record<string, unknown>).GTRasterTypeGeoKey) === 2;
  const half = pixelIsPoint ? 0 : 0.5;
  const colAt = (lon: number) => (lon - origin[0]!) / rx - half;
  const rowAt = (lat: number) => (lat - origin[1]!) / ry - half;
  const west = origin[0]! + Math.min(0, rx * width) - (pixelIsPoint ? rx / 2 : 0);
  const east = origin[0]! + Math.max(0, rx * width) - (pixelIsPoint ? rx / 2 : 0);
  const north = origin[1]! + Math.max(0, ry * height) - (pixelIsPoint ? ry / 2 : 0);
  const south = origin[1]! + Math.min(0, ry * height) - (pixelIsPoint ? ry / 2 : 0);
  const bbox: [number, number, number, number] = [
    Math.min(west, east),
    Math.min(south, north),
    Math.max(west, east),
    Math.max(south, north),
  ];
  const noOverlap = () =>
    ImportFileError.of('dem.noOverlap', {
      west: fmt(bbox[0]),
      south: fmt(bbox[1]),
      east: fmt(bbox[2]),
      north: fmt(bbox[3]),
      nwest: fmt(box[0]),
      nsouth: fmt(box[1]),
      neast: fmt(box[2]),
      nnorth: fmt(box[3]),
    });
  const c0 = Math.max(0, Math.floor(Math.min(colAt(box[0]), colAt(box[2]))) - 1);
  const c1 = Math.min(width, Math.ceil(Math.max(colAt(box[0]), colAt(box[2]))) + 2);
  const r0 = Math.max(0, Math.floor(Math.min(rowAt(box[1]), rowAt(box[3]))) - 1);
  const r1 = Math.min(height, Math.ceil(Math.max(rowAt(box[1]), rowAt(box[3]))) + 2);
  if (c1 <= c0 || r1 <= r0) throw noOverlap();
  const cells = (c1 - c0) * (r1 - r0);
  if (cells > MAX_DEM_CELLS) throw ImportFileError.of('dem.tooLarge', { pixels: cells, max: MAX_DEM_CELLS });
  let band: ArrayLike<number>;
  try {
    const rasters = (await image.readRasters({ window: [c0, r0, c1, r1], samples: [0] })) as unknown as ArrayLike<number>[];
    band = rasters[0]!;
  } catch (err) {
    throw ImportFileError.of('dem.notGeoTiff', { reason: (err as Error).message });
  }
  const noData = image.getGDALNoData();
  const w = c1 - c0;
  const h = r1 - r0;
  const valid = (v: number) => Number.isFinite(v) && v !== noData && v > -1000 && v < 9000;
  const elevation = (lon: number, lat: number): number => {
    const x = colAt(lon) - c0;
    const y = rowAt(lat) - r0;
    if (!(x >= -0.5 && y >= -0.5 && x <= w - 0.5 && y <= h - 0.5)) return NaN;
    // Bilinear between the four nearest cell centres (clamped at the model's edge).
    const xi = Math.min(Math.max(Math.floor(x), 0), Math.max(w - 2, 0));
    const yi = Math.min(Math.max(Math.floor(y), 0), Math.max(h - 2, 0));
    const fx = Math.min(Math.max(x - xi, 0), 1);
    const fy = Math.min(Math.max(y - yi, 0), 1);
    const at = (i: number, j: number) => band[Math.min(j, h - 1) * w + Math.min(i, w - 1)]!;
    const z00 = at(xi, yi);
    const z10 = at(xi + 1, yi);
    const z01 = at(xi, yi + 1);
    const z11 = at(xi + 1, yi + 1);
    if (!valid(z00) || !valid(z10) || !valid(z01) || !valid(z11)) return NaN;
    return (z00 * (1 - fx) + z10 * fx) * (1 - fy) + (z01 * (1 - fx) + z11 * fx) * fy;
  };
  return { elevation, crs: `EPSG:${epsg}`, width, height, cellDegrees: [Math.abs(rx), Math.abs(ry)], noData, bbox };
}

/**
 * Samples every stored street segment on a GeoTIFF elevation model and stores the metres climbed and
 * descended walking it from its first point to its last, and over which horizontal metres
 * (`road_segment.climb`, `descent`, `climb_length`, `descent_length`), in one
 * transaction; the network's revision moves on, so walking analyses reload with the slopes. Segments
 * outside the model (or on cells without data) keep what they had, and count as flat when they have none.
 */
export async function importElevation(orm: MikroORM, file: string, options: ElevationImportOptions = {}): Promise<ElevationReport> {
  const started = Date.now();
  const em = orm.em.fork();
  const [ext] = await execSql<{ w: number | null; s: number | null; e: number | null; n: number | null; count: string }[]>(
    em,
    `select ST_XMin(x) as w, ST_YMin(x) as s, ST_XMax(x) as e, ST_YMax(x) as n, c as count
     from (select ST_Extent(geometry) as x, count(*) as c from road_segment) t`,
  );
  if (!Number(ext.count) || ext.w == null) throw ImportFileError.of('dem.noNetwork');
  options.onProgress?.('read', 0, 1);
  const dem = await readDemWindow(file, [Number(ext.w), Number(ext.s), Number(ext.e), Number(ext.n)]);
  options.onProgress?.('read', 1, 1);
  const rows = await execSql<{ id: number; g: string }[]>(em, `select id, ST_AsGeoJSON(geometry, 7) as g from road_segment order by id`);
  const sampled: ({ id: number } & EdgeClimb)[] = [];
  let min = Infinity;
  let max = -Infinity;
  const elevation = (lon: number, lat: number) => {
    const z = dem.elevation(lon, lat);
    if (z < min) min = z;
    if (z > max) max = z;
    return z;
  };
  rows.forEach((r, i) => {
    const coords = (JSON.parse(r.g) as { coordinates: number[][] }).coordinates;
    const c = edgeClimb(coords, elevation);
    if (c) sampled.push({ id: r.id, ...c });
    if (i % 2000 === 0) options.onProgress?.('check', i, rows.length);
  });
  options.onProgress?.('check', rows.length, rows.length);
  if (!sampled.length)
    throw ImportFileError.of('dem.noOverlap', {
      west: fmt(dem.bbox[0]),
      south: fmt(dem.bbox[1]),
      east: fmt(dem.bbox[2]),
      north: fmt(dem.bbox[3]),
      nwest: fmt(Number(ext.w)),
      nsouth: fmt(Number(ext.s)),
      neast: fmt(Number(ext.e)),
      nnorth: fmt(Number(ext.n)),
    });
  const report: ElevationReport = {
    file: path.basename(file),
    crs: dem.crs,
    width: dem.width,
    height: dem.height,
    cellDegrees: dem.cellDegrees,
    noData: dem.noData,
    segments: rows.length,
    sampled: sampled.length,
    outside: rows.length - sampled.length,
    minElevation: Number.isFinite(min) ? Math.round(min * 10) / 10 : null,
    maxElevation: Number.isFinite(max) ? Math.round(max * 10) / 10 : null,
    committed: false,
    dryRun: !!options.dryRun,
    ms: 0,
  };
  if (!options.dryRun) {
    await em.transactional(async (tx) => {
      const batch = 5000;
      for (let i = 0; i < sampled.length; i += batch) {
        const chunk = sampled.slice(i, i + batch);
        await execSql(
          tx,
          `update road_segment r set climb = v.c, descent = v.d, climb_length = v.cl, descent_length = v.dl
           from (values ${chunk.map(() => '(?::int, ?::real, ?::real, ?::real, ?::real)').join(', ')}) as v(id, c, d, cl, dl)
           where r.id = v.id`,
          chunk.flatMap((s) => [s.id, s.climb, s.descent, s.climbLength, s.descentLength]),
        );
        options.onProgress?.('write', Math.min(sampled.length, i + batch), sampled.length);
      }
    });
    report.committed = true;
  }
  report.ms = Date.now() - started;
  return report;
}
