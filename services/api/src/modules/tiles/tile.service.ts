import type { MikroORM } from '@mikro-orm/postgresql';
import { encodeTile, type TileGeometry, type TileLayer } from './mvt-encoder.js';

/** Tile coordinates of a request. */
export interface TileKey {
  z: number;
  x: number;
  y: number;
}

const EXTENT = 4096;
const BUFFER = 64;
/** Below this zoom the walking network is too dense to draw; tiles leave it out. */
export const ROADS_MIN_ZOOM = 12;
/** Main roads (`major_roads`) are drawn from this zoom up to ROADS_MIN_ZOOM. */
export const MAJOR_ROADS_MIN_ZOOM = 9;
export const MAX_ZOOM = 18;

interface Row {
  id: number;
  g: string | null;
  [key: string]: unknown;
}

/** Is (z, x, y) a real tile? */
export function validTile({ z, x, y }: TileKey): boolean {
  return (
    Number.isInteger(z) &&
    Number.isInteger(x) &&
    Number.isInteger(y) &&
    z >= 0 &&
    z <= MAX_ZOOM &&
    x >= 0 &&
    y >= 0 &&
    x < 2 ** z &&
    y < 2 ** z
  );
}

const HALF = Math.PI * 6378137;

/** Web Mercator bounds of a tile and its lon/lat box (with the buffer), for the SQL below. */
export function tileBounds({ z, x, y }: TileKey) {
  const size = (2 * HALF) / 2 ** z;
  const xmin = -HALF + x * size;
  const ymax = HALF - y * size;
  const margin = (BUFFER / EXTENT) * size;
  const lon = (mx: number) => (mx / HALF) * 180;
  const lat = (my: number) => (Math.atan(Math.exp((my / HALF) * Math.PI)) * 360) / Math.PI - 90;
  return {
    xmin,
    ymax,
    scale: EXTENT / size,
    west: lon(xmin - margin),
    east: lon(xmin + size + margin),
    south: lat(ymax - size - margin),
    north: lat(ymax + margin),
  };
}

/**
 * SQL for one tile's geometry in tile coordinates (0..4096, y down), the way ST_AsMVTGeom would
 * draw it: projected, scaled, simplified, clipped to the tile plus a buffer, snapped to whole
 * units, exterior rings with positive area. ST_AsMVTGeom itself needs protobuf support, which the
 * embedded database's PostGIS lacks, so this path runs on both databases.
 */
function tileGeom(column: string, b: ReturnType<typeof tileBounds>, clip: boolean): string {
  const s = b.scale;
  const affine = `ST_Affine(ST_Transform(${column}, 3857), ${s}, 0, 0, ${-s}, ${-b.xmin * s}, ${b.ymax * s})`;
  const simplified = `ST_Simplify(${affine}, 0.5)`;
  const clipped = clip
    ? `ST_ClipByBox2D(${simplified}, ST_MakeEnvelope(${-BUFFER}, ${-BUFFER}, ${EXTENT + BUFFER}, ${EXTENT + BUFFER}))`
    : simplified;
  return `ST_AsGeoJSON(ST_ForcePolygonCCW(ST_SnapToGrid(${clipped}, 1)), 0)`;
}
const inTile = (column: string, b: ReturnType<typeof tileBounds>) =>
  `${column} && ST_MakeEnvelope(${b.west}, ${b.south}, ${b.east}, ${b.north}, 4326)`;

/**
 * Draws the offline basemap and registry layers for one tile: `divisions` (boundaries with level
 * and name), `division_labels` (a point inside each division, for its name), `roads` (the walking
 * network with road names, from zoom 12; `major_roads` below that), `residential` (areas as points with
 * their older residents) and `residential_outline` (their outlines where known).
 */
export async function renderTile(orm: MikroORM, key: TileKey): Promise<Uint8Array> {
  const conn = orm.em.fork().getConnection();
  const { z } = key;
  const b = tileBounds(key);
  const layers: TileLayer[] = [];
  const toFeatures = (rows: Row[], props: (r: Row) => Record<string, string | number | boolean | null>) =>
    rows.filter((r) => r.g).map((r) => ({ id: r.id, geometry: JSON.parse(r.g as string) as TileGeometry, properties: props(r) }));

  const divisions = await conn.execute<Row[]>(
    `select id, name, level, older_population as older, ${tileGeom('boundary', b, true)} as g from division where ${inTile('boundary', b)}`,
  );
  layers.push({
    name: 'divisions',
    extent: EXTENT,
    features: toFeatures(divisions, (r) => ({ id: r.id, name: r.name as string, level: r.level as string, older: Number(r.older) })),
  });

  // One label point per division, so a street's name is drawn once rather than once per tile piece.
  const labels = await conn.execute<Row[]>(
    `select id, name, level, ${tileGeom('ST_PointOnSurface(boundary)', b, false)} as g
       from division where boundary is not null and ST_PointOnSurface(boundary) && ST_MakeEnvelope(${b.west}, ${b.south}, ${b.east}, ${b.north}, 4326)`,
  );
  layers.push({
    name: 'division_labels',
    extent: EXTENT,
    features: toFeatures(labels, (r) => ({ id: r.id, name: r.name as string, level: r.level as string })),
  });

  const roadProps = (r: Row) => ({ highway: (r.highway as string | null) ?? 'path', name: (r.name as string | null) ?? '' });
  if (z >= ROADS_MIN_ZOOM) {
    const roads = await conn.execute<Row[]>(
      `select id, highway, name, ${tileGeom('geometry', b, true)} as g from road_segment where ${inTile('geometry', b)}`,
    );
    layers.push({ name: 'roads', extent: EXTENT, features: toFeatures(roads, roadProps) });
  } else if (z >= MAJOR_ROADS_MIN_ZOOM) {
    // Below street zoom only the main roads, so the district still shows its road pattern.
    const roads = await conn.execute<Row[]>(
      `select id, highway, name, ${tileGeom('geometry', b, true)} as g from road_segment
        where highway in ('motorway', 'trunk', 'primary', 'secondary', 'tertiary') and ${inTile('geometry', b)}`,
    );
    layers.push({ name: 'major_roads', extent: EXTENT, features: toFeatures(roads, roadProps) });
  }

  const areas = await conn.execute<Row[]>(
    `select id, name, older_residents as older, total_residents as total, ${tileGeom('location', b, false)} as g,
            case when boundary is null then null else ${tileGeom('boundary', b, true)} end as outline
       from residential_area where ${inTile('location', b)}`,
  );
  const areaProps = (r: Row) => ({ id: r.id, name: r.name as string, older: Number(r.older), total: Number(r.total) });
  layers.push({ name: 'residential', extent: EXTENT, features: toFeatures(areas, areaProps) });
  layers.push({
    name: 'residential_outline',
    extent: EXTENT,
    features: toFeatures(
      areas.filter((r) => r.outline).map((r) => ({ ...r, g: r.outline as string })),
      areaProps,
    ),
  });
  return encodeTile(layers);
}

/**
 * The revision of everything a tile draws: it changes whenever divisions, residential areas or the
 * road network change, so cached tiles are never served stale.
 */
export async function tileRevision(orm: MikroORM): Promise<string> {
  const conn = orm.em.fork().getConnection();
  const [row] = await conn.execute<{ r: string }[]>(
    `select coalesce((select string_agg(scope || ':' || revision, ',' order by scope) from data_revision where scope in ('residential_area', 'road_segment')), '')
            || '|' || (select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '') from division) as r`,
  );
  return row.r;
}
