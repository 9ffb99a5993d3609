import { describe, expect, it } from 'vitest';
import { Geodesic } from 'geographiclib-geodesic';
import { buildGraphFromGeoJSON, lineLength, localScale, segmentLength } from '../src/index.js';
import { NETWORKS, readReference } from './reference-data.js';

const wgs84 = Geodesic.WGS84;
const exact = (coords: number[][]): number => {
  let s = 0;
  for (let i = 1; i < coords.length; i++) {
    s += wgs84.Inverse(coords[i - 1]![1]!, coords[i - 1]![0]!, coords[i]![1]!, coords[i]![0]!).s12!;
  }
  return s;
};

describe('edge lengths are geodesic lengths on WGS84', () => {
  it.each(NETWORKS)('every %s edge matches the exact geodesic (GeographicLib) within 0.05 per cent', (name) => {
    const fc = readReference(name, 'network.geojson');
    const graph = buildGraphFromGeoJSON(fc);
    let worst = 0;
    for (let e = 0; e < graph.edgeCount; e++) {
      const coords = fc.features[graph.edgeSourceId[e]!].geometry.coordinates as number[][];
      const truth = exact(coords);
      const rel = Math.abs(graph.edgeLength[e]! - truth) / Math.max(truth, 1);
      worst = Math.max(worst, rel);
    }
    expect(worst).toBeLessThan(0.0005);
    // in practice far tighter than the bound
    expect(worst).toBeLessThan(1e-5);
  });

  it('differs from a sphere where a sphere is wrong (north–south segment at the equator)', () => {
    const truth = wgs84.Inverse(0, 7, 0.01, 7).s12!;
    const haversine = 6371008.8 * ((0.01 * Math.PI) / 180);
    expect(Math.abs(segmentLength(7, 0, 7, 0.01) - truth) / truth).toBeLessThan(1e-6);
    expect(Math.abs(haversine - truth) / truth).toBeGreaterThan(0.004);
  });

  it('sums polylines and rejects impossible latitudes', () => {
    const line = [
      [104.06, 30.65],
      [104.061, 30.65],
      [104.061, 30.651],
    ];
    expect(lineLength(line)).toBeCloseTo(exact(line), 3);
    expect(() => localScale(91)).toThrow(/latitude/);
  });
});
