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
export const MAX_ZOOM = 18;

interface Row {
  id: number;
  g: string | null;
  [key: string]: unknown;
}

/** Is (z, x, y) a real tile? */
export function validTile({ z, x, y }: TileKey): boolean {
  return Number.isInteger(z) && Number.isInteger(x) && Number.isInteger(y) && z >= 0 && z <= MAX_ZOOM && x >= 0 && y >= 0 && x < 2 ** z && y < 2 ** z;
}

// One tile's geometry, clipped and quantised by PostGIS: ST_AsMVTGeom needs no protobuf support,
// so this runs on the embedded database (no ST_AsMVT there) and on any PostGIS 3 server alike.
const mvtGeom = (column: string) =>
  `ST_AsGeoJSON(ST_AsMVTGeom(ST_Transform(${column}, 3857), ST_TileEnvelope(?, ?, ?), ${EXTENT}, ${BUFFER}, true))`;
const inTile = (column: string) => `${column} && ST_Transform(ST_TileEnvelope(?, ?, ?, margin => ${BUFFER / EXTENT}), 4326)`;

/**
 * Draws the offline basemap and registry layers for one tile: `divisions` (boundaries with level
 * and name), `roads` (the walking network, from zoom 12), `residential` (areas as points with
 * their older residents) and `residential_outline` (their outlines where known).
 */
export async function renderTile(orm: MikroORM, key: TileKey): Promise<Uint8Array> {
  const conn = orm.em.fork().getConnection();
  const { z, x, y } = key;
  const zxy = [z, x, y];
  const layers: TileLayer[] = [];
  const toFeatures = (rows: Row[], props: (r: Row) => Record<string, string | number | boolean | null>) =>
    rows.filter((r) => r.g).map((r) => ({ id: r.id, geometry: JSON.parse(r.g as string) as TileGeometry, properties: props(r) }));

  const divisions = await conn.execute<Row[]>(
    `select id, name, level, older_population as older, ${mvtGeom('boundary')} as g from division where ${inTile('boundary')}`,
    [...zxy, ...zxy],
  );
  layers.push({
    name: 'divisions',
    extent: EXTENT,
    features: toFeatures(divisions, (r) => ({ id: r.id, name: r.name as string, level: r.level as string, older: Number(r.older) })),
  });

  if (z >= ROADS_MIN_ZOOM) {
    const roads = await conn.execute<Row[]>(
      `select id, highway, ${mvtGeom('geometry')} as g from road_segment where ${inTile('geometry')}`,
      [...zxy, ...zxy],
    );
    layers.push({ name: 'roads', extent: EXTENT, features: toFeatures(roads, (r) => ({ highway: (r.highway as string | null) ?? 'path' })) });
  }

  const areas = await conn.execute<Row[]>(
    `select id, name, older_residents as older, total_residents as total, ${mvtGeom('location')} as g,
            case when boundary is null then null else ${mvtGeom('boundary')} end as outline
       from residential_area where ${inTile('location')}`,
    [...zxy, ...zxy, ...zxy],
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
