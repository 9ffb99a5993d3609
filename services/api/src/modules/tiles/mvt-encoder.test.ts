import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader as Pbf } from 'pbf';
import { describe, expect, it } from 'vitest';
import { encodeTile } from './mvt-encoder.js';
import { tileBounds } from './tile.service.js';

describe('encodeTile', () => {
  it('writes tiles that the reference decoder reads back: points, lines, polygons with holes, properties', () => {
    const bytes = encodeTile([
      {
        name: 'divisions',
        features: [
          {
            id: 7,
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [0, 0],
                  [100, 0],
                  [100, 100],
                  [0, 100],
                  [0, 0],
                ],
                [
                  [10, 10],
                  [10, 20],
                  [20, 20],
                  [20, 10],
                  [10, 10],
                ],
              ],
            },
            properties: { name: '龙溪街道', level: 'STREET', older: 23549, share: 0.25, active: true, missing: null },
          },
        ],
      },
      {
        name: 'roads',
        features: [
          {
            geometry: {
              type: 'LineString',
              coordinates: [
                [5, 5],
                [300, -20],
                [4100, 4000],
              ],
            },
            properties: { highway: 'footway' },
          },
        ],
      },
      {
        name: 'residential',
        features: [{ id: 3, geometry: { type: 'Point', coordinates: [2048, 1024] }, properties: { older: 120, delta: -4 } }],
      },
      { name: 'empty', features: [] },
    ]);
    const tile = new VectorTile(new Pbf(bytes));
    expect(Object.keys(tile.layers).sort()).toEqual(['divisions', 'residential', 'roads']);
    const division = tile.layers.divisions.feature(0);
    expect(division.id).toBe(7);
    expect(division.type).toBe(3);
    expect(division.properties).toEqual({ name: '龙溪街道', level: 'STREET', older: 23549, share: 0.25, active: true });
    const rings = division.loadGeometry().map((r) => r.map((p) => [p.x, p.y]));
    expect(rings).toEqual([
      [
        [0, 0],
        [100, 0],
        [100, 100],
        [0, 100],
        [0, 0],
      ],
      [
        [10, 10],
        [10, 20],
        [20, 20],
        [20, 10],
        [10, 10],
      ],
    ]);
    expect(
      tile.layers.roads
        .feature(0)
        .loadGeometry()[0]
        .map((p) => [p.x, p.y]),
    ).toEqual([
      [5, 5],
      [300, -20],
      [4100, 4000],
    ]);
    const area = tile.layers.residential.feature(0);
    expect(area.properties).toEqual({ older: 120, delta: -4 });
    expect(area.loadGeometry()[0][0]).toMatchObject({ x: 2048, y: 1024 });
    expect(tile.layers.roads.extent).toBe(4096);
  });
});

describe('tileBounds', () => {
  it('places the demo district tile where Web Mercator puts it', () => {
    const b = tileBounds({ z: 10, x: 815, y: 423 });
    expect(b.west).toBeLessThan(106.63);
    expect(b.east).toBeGreaterThan(106.63);
    expect(b.south).toBeLessThan(29.72);
    expect(b.north).toBeGreaterThan(29.72);
  });
});
