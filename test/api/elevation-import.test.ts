import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runImportCommand } from '@carecircle/api/dist/cli/import-command.js';
import { importRoads } from '@carecircle/api/dist/modules/imports/index.js';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { reference, sql, tempFile } from '../testkit/imports.js';
import { planeClimbSql, planeDem } from '../testkit/elevation.js';

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
    type Row = { id: number; climb: number; descent: number; climb_length: number; descent_length: number; want: number[] };
    const rows = await sql<Row>(
      api,
      `with c as (${planeClimbSql('road_segment')})
       select r.id, r.climb, r.descent, r.climb_length, r.descent_length,
              array[c.climb, c.descent, c.climb_length, c.descent_length] as want
       from road_segment r join c on c.id = r.id`,
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
