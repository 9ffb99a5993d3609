import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../../../test/testkit/api.js';

/** The tile (x, y) at zoom z that holds a lon/lat. */
function tileOf(lon: number, lat: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return { x: Math.floor(((lon + 180) / 360) * n), y: Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n) };
}

describe('GET /tiles/{z}/{x}/{y}.pbf', () => {
  let api: TestApi;
  let center: [number, number];
  beforeAll(async () => {
    api = await startTestApi({ label: 'tiles' });
    const res = await api.gql(`{ residentialAreas(first: 1) { nodes { location } } }`);
    center = res.data.residentialAreas.nodes[0].location.coordinates;
  });
  afterAll(() => api?.stop());
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${api.adminToken}`, ...headers } });

  it('draws divisions, the walking network and residential areas in tile coordinates, on this database', async () => {
    const { x, y } = tileOf(center[0], center[1], 14);
    const res = await get(`/tiles/14/${x}/${y}.pbf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    const tile = new VectorTile(new PbfReader(new Uint8Array(await res.arrayBuffer())));
    expect(Object.keys(tile.layers)).toEqual(expect.arrayContaining(['divisions', 'roads', 'residential']));
    const area = tile.layers.residential.feature(0);
    expect(area.properties.older).toBeTypeOf('number');
    const [p] = area.loadGeometry()[0];
    // Inside the tile or its 64-unit buffer.
    expect(p.x).toBeGreaterThanOrEqual(-64);
    expect(p.x).toBeLessThanOrEqual(4160);
    expect(tile.layers.roads.length).toBeGreaterThan(10);
    const levels = new Set(
      Array.from({ length: tile.layers.divisions.length }, (_, i) => tile.layers.divisions.feature(i).properties.level),
    );
    expect(levels.has('DISTRICT')).toBe(true);

    // Unchanged data: the browser's copy stays valid.
    const again = await get(`/tiles/14/${x}/${y}.pbf`, { 'if-none-match': res.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('carries the names the map labels: roads at street zoom, one label point per division, main roads at low zooms', async () => {
    const { x, y } = tileOf(center[0], center[1], 14);
    const tile = new VectorTile(new PbfReader(new Uint8Array(await (await get(`/tiles/14/${x}/${y}.pbf`)).arrayBuffer())));
    const roadNames = Array.from({ length: tile.layers.roads.length }, (_, i) => tile.layers.roads.feature(i).properties.name);
    expect(roadNames.some((n) => typeof n === 'string' && n.length > 0)).toBe(true);
    const low = tileOf(center[0], center[1], 11);
    const lowTile = new VectorTile(new PbfReader(new Uint8Array(await (await get(`/tiles/11/${low.x}/${low.y}.pbf`)).arrayBuffer())));
    const labels = lowTile.layers.division_labels;
    expect(labels.length).toBeGreaterThan(0);
    const label = labels.feature(0);
    expect(label.type).toBe(1); // a point
    expect(label.properties.name).toBeTypeOf('string');
    expect(lowTile.layers.major_roads.length).toBeGreaterThan(0);
  });

  it('leaves the walking network out of low zooms and answers 404 for tiles that do not exist', async () => {
    const { x, y } = tileOf(center[0], center[1], 10);
    const tile = new VectorTile(new PbfReader(new Uint8Array(await (await get(`/tiles/10/${x}/${y}.pbf`)).arrayBuffer())));
    expect(tile.layers.roads).toBeUndefined();
    expect(tile.layers.divisions.length).toBeGreaterThan(0);
    expect((await get('/tiles/3/9/1.pbf')).status).toBe(404);
    expect((await get('/tiles/25/1/1.pbf')).status).toBe(404);
    expect((await get('/tiles/10/1/abc.pbf')).status).toBe(404);
  });
});
