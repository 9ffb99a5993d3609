import { writeArrayBuffer } from 'geotiff';

/**
 * A synthetic elevation model over Monaco written by the test: a tilted plane, so that the climb of
 * every segment is known exactly from its vertices (bilinear interpolation of a plane is the plane).
 */
export const PLANE = { z0: 40, perLon: 3000, perLat: 6000, lon0: 7.34, lat0: 43.71 };
export const planeZ = (lon: number, lat: number) => PLANE.z0 + PLANE.perLon * (lon - PLANE.lon0) + PLANE.perLat * (lat - PLANE.lat0);

export function planeDem(options: { epsg?: number; projected?: boolean; west?: number; north?: number } = {}): Uint8Array {
  const [west, north, cell, w, h] = [options.west ?? PLANE.lon0, options.north ?? 43.775, 0.0005, 320, 140];
  const values = new Float32Array(w * h);
  // Pixel-is-area: the value of a cell is the height at its centre.
  for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) values[j * w + i] = planeZ(west + (i + 0.5) * cell, north - (j + 0.5) * cell);
  const keys = options.projected
    ? { ProjectedCSTypeGeoKey: options.epsg ?? 32632, GTModelTypeGeoKey: 1 }
    : { GeographicTypeGeoKey: options.epsg ?? 4326, GTModelTypeGeoKey: 2 };
  const buf = writeArrayBuffer(values, {
    width: w,
    height: h,
    ModelPixelScale: [cell, cell, 0],
    ModelTiepoint: [0, 0, 0, west, north, 0],
    GTRasterTypeGeoKey: 1,
    BitsPerSample: [32],
    SampleFormat: [3],
    GDAL_NODATA: '-9999',
    ...keys,
  });
  return new Uint8Array(buf);
}

/** SQL for the plane's height at a point geometry expression. */
const planeZSql = (g: string) =>
  `(${PLANE.z0} + ${PLANE.perLon} * (ST_X(${g}) - ${PLANE.lon0}) + ${PLANE.perLat} * (ST_Y(${g}) - ${PLANE.lat0}))`;

/**
 * SQL giving, per row of `table` (columns `id`, `geometry`: a LineString), the climb and descent of
 * walking it from its first point to its last on the plane, and the horizontal metres of its rising
 * and falling pieces (geodesic): on a plane, the sums of its rising / falling vertex-to-vertex steps.
 * Columns: id, climb, descent, climb_length, descent_length.
 */
export function planeClimbSql(table: string): string {
  return `with p as (select id, (dp).path[1] as k, (dp).geom as g from (select id, ST_DumpPoints(geometry) as dp from ${table}) s),
       piece as (select id, ${planeZSql('g')} - ${planeZSql('lag(g) over w')} as dz,
                        ST_Length(ST_MakeLine(lag(g) over w, g)::geography) as len
                 from p window w as (partition by id order by k))
  select id, coalesce(sum(greatest(dz, 0)), 0) as climb, coalesce(sum(greatest(-dz, 0)), 0) as descent,
         coalesce(sum(len) filter (where dz > 1e-6), 0) as climb_length, coalesce(sum(len) filter (where dz < -1e-6), 0) as descent_length
  from piece group by id`;
}
