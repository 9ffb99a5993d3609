import fs from 'node:fs';
import { writeArrayBuffer } from 'geotiff';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runImportCommand } from '@carecircle/api/dist/cli/import-command.js';
import { importRoads } from '@carecircle/api/dist/modules/imports/index.js';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { reference, sql, tempFile } from '../testkit/imports.js';

/**
 * A synthetic elevation model over Monaco written by the test: a tilted plane, so that the climb of
 * every segment is known exactly from its vertices (bilinear interpolation of a plane is the plane).
 */
const PLANE = { z0: 40, perLon: 3000, perLat: 6000, lon0: 7.34, lat0: 43.71 };
const planeZ = (lon: number, lat: number) => PLANE.z0 + PLANE.perLon * (lon - PLANE.lon0) + PLANE.perLat * (lat - PLANE.lat0);

function planeDem(options: { epsg?: number; projected?: boolean; west?: number; north?: number } = {}): Uint8Array {
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

let api: TestApi;
const open = async () => ({ orm: api.db.orm, close: async () => {} });

/** Runs `pnpm cli import …` in-process; the exit code and what it printed. */
async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void lines.push(a.join(' ')));
  const err = vi.spyOn(console, 'error').mockImplementation((...a) => void lines.push(a.join(' ')));
  try {
    return { code: await runImportCommand(args, open), out: lines.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

beforeAll(async () => {
  api = await startTestApi({ demo: false, label: 'elevation' });
});
afterAll(async () => api?.stop());

describe('road tags the walking profiles need', () => {
  it('a GeoJSON import keeps highway, wheelchair, incline and step_count', async () => {
    const file = tempFile(
      'tags.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { highway: 'steps', step_count: '42', incline: 'up', wheelchair: 'no' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [7.42, 43.73],
                [7.4205, 43.7302],
              ],
            },
          },
          {
            type: 'Feature',
            properties: { highway: 'footway', step_count: 'ca. 20', incline: '8%', wheelchair: 'limited' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [7.4205, 43.7302],
                [7.421, 43.7305],
              ],
            },
          },
        ],
      }),
    );
    const report = await importRoads(api.db.orm, file, { replace: true, sourceName: 'tags' });
    expect(report.committed).toBe(true);
    const rows = await sql(api, `select highway, wheelchair, incline, step_count, climb, descent from road_segment order by id`);
    expect(rows).toEqual([
      { highway: 'steps', wheelchair: 'no', incline: 'up', step_count: 42, climb: null, descent: null },
      // A step count that is not a whole number is not guessed at.
      { highway: 'footway', wheelchair: 'limited', incline: '8%', step_count: null, climb: null, descent: null },
    ]);
  });

  it('an OSM import keeps the tags of the ways', async () => {
    const report = await importRoads(api.db.orm, reference('osm/monaco.osm.pbf'), { replace: true, ignoreAccess: true });
    expect(report.committed).toBe(true);
    const [r] = await sql<{ steps: string }>(api, `select count(*) filter (where highway = 'steps') as steps from road_segment`);
    expect(Number(r.steps)).toBeGreaterThan(100);
  });
});

describe('pnpm cli import elevation', () => {
  beforeAll(async () => {
    // The reference network of Monaco, straight through SQL.
    const network = JSON.parse(fs.readFileSync(reference('monaco/network.geojson'), 'utf8'));
    await importRoads(api.db.orm, tempFile('monaco.geojson', JSON.stringify(network)), { replace: true, ignoreAccess: true });
  });

  it('refuses what is not a usable GeoTIFF, with a clear message, and writes nothing', async () => {
    const before = await sql(api, `select revision from data_revision where scope = 'road_segment'`);
    const cases: [string, Uint8Array | string, RegExp][] = [
      ['dem.tif', 'not a tiff at all', /不是 GeoTIFF 高程文件.*Not a GeoTIFF elevation file/s],
      ['dem.png', planeDem(), /高程导入需要 GeoTIFF 文件.*takes a GeoTIFF/s],
      ['utm.tif', planeDem({ projected: true }), /不支持的坐标系 EPSG:32632.*EPSG:4326.*gdalwarp/s],
      ['far.tif', planeDem({ west: 106.5, north: 29.8 }), /不重叠.*does not overlap the network/s],
    ];
    for (const [name, content, message] of cases) {
      const { code, out } = await cli(['elevation', tempFile(name, content)]);
      expect(code, name).toBe(1);
      expect(out, name).toMatch(message);
    }
    expect(await sql(api, `select revision from data_revision where scope = 'road_segment'`)).toEqual(before);
    expect(await api.count('road_segment', 'climb is not null')).toBe(0);
  });

  it('stores per-direction climb and descent of every segment (checked against the plane in SQL) and bumps the network revision', async () => {
    const [before] = await sql<{ revision: string }>(api, `select revision from data_revision where scope = 'road_segment'`);
    const { code, out } = await cli(['elevation', tempFile('plane.tif', planeDem())]);
    expect(code, out).toBe(0);
    expect(out).toMatch(/EPSG:4326/);
    const [after] = await sql<{ revision: string }>(api, `select revision from data_revision where scope = 'road_segment'`);
    expect(Number(after.revision)).toBeGreaterThan(Number(before.revision));
    // On a plane, the climb of a polyline is the sum of its rising vertex-to-vertex steps.
    const z = (g: string) =>
      `(${PLANE.z0} + ${PLANE.perLon} * (ST_X(${g}) - ${PLANE.lon0}) + ${PLANE.perLat} * (ST_Y(${g}) - ${PLANE.lat0}))`;
    type Row = { id: number; climb: number; descent: number; climb_length: number; descent_length: number; want: number[] };
    const rows = await sql<Row>(
      api,
      `with p as (select id, (dp).path[1] as k, (dp).geom as g from (select id, ST_DumpPoints(geometry) as dp from road_segment) s),
            piece as (select id, ${z('g')} - ${z('lag(g) over w')} as dz, ST_Length(ST_MakeLine(lag(g) over w, g)::geography) as len
                      from p window w as (partition by id order by k))
       select r.id, r.climb, r.descent, r.climb_length, r.descent_length,
              array[coalesce(sum(greatest(dz, 0)), 0), coalesce(sum(greatest(-dz, 0)), 0),
                    coalesce(sum(len) filter (where dz > 1e-6), 0), coalesce(sum(len) filter (where dz < -1e-6), 0)] as want
       from road_segment r join piece on piece.id = r.id group by r.id`,
    );
    expect(rows.length).toBe(await api.count('road_segment'));
    const near = (got: number, want: number) => Math.abs(got - want) <= 0.01 + 1e-4 * want;
    const off = rows.filter(
      (r) =>
        !near(r.climb, r.want[0]!) ||
        !near(r.descent, r.want[1]!) ||
        !near(r.climb_length, r.want[2]!) ||
        !near(r.descent_length, r.want[3]!),
    );
    expect(off.slice(0, 5)).toEqual([]);
    expect(rows.some((r) => r.climb > 5)).toBe(true);
  });
});
