import { describe, expect, it } from 'vitest';
import {
  buildGraphFromGeoJSON,
  distanceAt,
  isochrones,
  nearestFacility,
  reachLines,
  reachWithin,
  segmentLength,
  snap,
  traceMask,
  generateLattice,
  type LineFeatureCollection,
} from '../src/index.js';

const line = (...coords: number[][]) => ({
  type: 'Feature' as const,
  properties: {},
  geometry: { type: 'LineString' as const, coordinates: coords },
});
const fc = (...features: ReturnType<typeof line>[]): LineFeatureCollection => ({ type: 'FeatureCollection', features });

// A straight street A–B–C along a parallel (B in the middle), a bent street C–D with a shape point,
// and a separate two-node island far east.
const A = [7.42, 43.73],
  B = [7.421, 43.73],
  C = [7.422, 43.73],
  Cbend = [7.4225, 43.7305],
  D = [7.423, 43.731];
const I1 = [7.43, 43.73],
  I2 = [7.4301, 43.73];
const street = () => fc(line(A, B), line(B, C), line(C, Cbend, D), line(I1, I2));

describe('graph building', () => {
  it('connects lines only at identical end points and keeps shape points as geometry', () => {
    const g = buildGraphFromGeoJSON(street());
    expect(g.nodeCount).toBe(6);
    expect(g.edgeCount).toBe(4);
    expect(Array.from(g.componentSize)).toEqual([4, 2]);
    const bent = Array.from(g.edgeSourceId).indexOf(2);
    expect(g.shapeOffsets[bent + 1]! - g.shapeOffsets[bent]!).toBe(3);
    expect(g.edgeLength[bent]).toBeCloseTo(
      segmentLength(C[0]!, C[1]!, Cbend[0]!, Cbend[1]!) + segmentLength(Cbend[0]!, Cbend[1]!, D[0]!, D[1]!),
      9,
    );
  });

  it('does not connect lines crossing without a shared end point (a bridge over a street)', () => {
    const g = buildGraphFromGeoJSON(fc(line([0, 0], [0.001, 0.001]), line([0, 0.001], [0.001, 0])));
    expect(Array.from(g.componentSize)).toEqual([2, 2]);
  });

  it('accepts an empty collection, then refuses to snap with a clear message', () => {
    const g = buildGraphFromGeoJSON(fc());
    expect(g.nodeCount).toBe(0);
    expect(() => snap(g, 7.42, 43.73)).toThrow(/no edges/);
  });

  it('throws clear errors on invalid input', () => {
    expect(() => buildGraphFromGeoJSON(fc(line([7.42, 43.73], [7.42, 95])))).toThrow(/out of WGS84 range/);
    expect(() => buildGraphFromGeoJSON(fc(line([7.42, Number.NaN], [7.42, 43])))).toThrow(/finite numbers/);
    expect(() => buildGraphFromGeoJSON(fc(line([7.42, 43.73])))).toThrow(/fewer than 2 positions/);
    expect(() => buildGraphFromGeoJSON({ type: 'Feature' } as never)).toThrow(/FeatureCollection/);
    const point = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [7, 43] } };
    expect(() => buildGraphFromGeoJSON({ type: 'FeatureCollection', features: [point] } as never)).toThrow(/only LineString/);
    const g = buildGraphFromGeoJSON(street());
    expect(() => snap(g, 200, 43)).toThrow(/out of WGS84 range/);
  });
});

describe('snapping', () => {
  const g = buildGraphFromGeoJSON(street());
  const edgeOf = (fi: number) => Array.from(g.edgeSourceId).indexOf(fi);

  it('puts a point beside the middle of an edge onto it, with the partial length along it', () => {
    const s = snap(g, 7.4205, 43.7301, { minComponentNodes: 1 });
    expect(s.edge).toBe(edgeOf(0));
    const fromA = g.nodeLon[g.edgeFrom[s.edge]!] === A[0];
    const expected = segmentLength(A[0]!, A[1]!, 7.4205, 43.73);
    expect(fromA ? s.offset : g.edgeLength[s.edge]! - s.offset).toBeCloseTo(expected, 6);
    expect(s.snapMeters).toBeCloseTo(segmentLength(7.4205, 43.73, 7.4205, 43.7301), 3);
    expect(s.fraction).toBeCloseTo(s.offset / g.edgeLength[s.edge]!, 12);
  });

  it('puts a point exactly on a node at distance 0 with offset 0 or the full edge length', () => {
    const s = snap(g, B[0]!, B[1]!);
    expect(s.snapMeters).toBe(0);
    expect([0, g.edgeLength[s.edge]]).toContainEqual(expect.closeTo(s.offset, 9));
  });

  it('skips small islands by default and uses them when asked', () => {
    const far = snap(g, I1[0]!, I1[1]! + 0.00001, { minComponentNodes: 3 });
    expect(g.componentOf[g.edgeFrom[far.edge]!]).toBe(0);
    expect(far.snapMeters).toBeGreaterThan(500);
    const near = snap(g, I1[0]!, I1[1]! + 0.00001, { minComponentNodes: 1 });
    expect(g.componentOf[g.edgeFrom[near.edge]!]).toBe(1);
    expect(() => snap(g, I1[0]!, I1[1]!, { minComponentNodes: 1, maxSnapMeters: 0.5 })).not.toThrow();
    expect(() => snap(g, 7.5, 43.8, { maxSnapMeters: 100 })).toThrow(/more than 100 m/);
  });
});

describe('searches on the hand-made street', () => {
  const g = buildGraphFromGeoJSON(street());
  const AB = segmentLength(A[0]!, A[1]!, B[0]!, B[1]!);
  const BC = segmentLength(B[0]!, B[1]!, C[0]!, C[1]!);

  it('walks the partial edge: a point mid-edge reaches both end nodes at their partial distances', () => {
    const mid = snap(g, 7.4205, 43.73);
    const res = nearestFacility(g, [mid]);
    const at = (p: number[]) => distanceAt(g, res, snap(g, p[0]!, p[1]!)).distance;
    expect(at(A)).toBeCloseTo(AB / 2, 6);
    expect(at(B)).toBeCloseTo(AB / 2, 6);
    expect(at(C)).toBeCloseTo(AB / 2 + BC, 6);
  });

  it('measures source and target on the same edge directly along it', () => {
    const res = nearestFacility(g, [snap(g, 7.4202, 43.73)]);
    const d = distanceAt(g, res, snap(g, 7.4207, 43.73)).distance;
    expect(d).toBeCloseTo(segmentLength(7.4202, 43.73, 7.4207, 43.73), 6);
  });

  it('reports unreachable islands and points beyond the cutoff as Infinity / -1', () => {
    const res = nearestFacility(g, [snap(g, A[0]!, A[1]!)], { cutoff: AB + 1 });
    expect(distanceAt(g, res, snap(g, I1[0]!, I1[1]!, { minComponentNodes: 1 }))).toEqual({
      distance: Infinity,
      source: -1,
      meters: Infinity,
    });
    expect(distanceAt(g, res, snap(g, C[0]!, C[1]!))).toEqual({ distance: Infinity, source: -1, meters: Infinity });
    expect(distanceAt(g, res, snap(g, B[0]!, B[1]!)).distance).toBeCloseTo(AB, 6);
  });

  it('picks the nearer of two sources and cuts reach lines at the exact remaining distance', () => {
    const res = nearestFacility(g, [snap(g, A[0]!, A[1]!), snap(g, D[0]!, D[1]!)]);
    expect(distanceAt(g, res, snap(g, 7.4206, 43.73)).source).toBe(0);
    const reach = reachWithin(g, snap(g, A[0]!, A[1]!), AB + 10);
    const lines = reachLines(g, reach);
    let walked = 0;
    for (const part of lines.coordinates) {
      for (let i = 1; i < part.length; i++) walked += segmentLength(part[i - 1]![0]!, part[i - 1]![1]!, part[i]![0]!, part[i]![1]!);
    }
    expect(walked).toBeCloseTo(AB + 10, 3);
    expect(reach.nodes.length).toBe(2);
  });

  it('makes an isochrone polygon around a short reach and rejects bad thresholds', () => {
    const [iso] = isochrones(g, snap(g, A[0]!, A[1]!), [50]);
    expect(iso!.geometry.coordinates.length).toBe(1);
    expect(iso!.properties.areaSqMeters).toBeGreaterThan(50 * 70);
    expect(() => isochrones(g, snap(g, A[0]!, A[1]!), [])).toThrow(/at least one/);
    expect(() => isochrones(g, snap(g, A[0]!, A[1]!), [-5])).toThrow(/> 0/);
  });
});

describe('contour tracing', () => {
  it('keeps holes and separates pieces', () => {
    const ring = traceMask(Uint8Array.of(1, 1, 1, 1, 0, 1, 1, 1, 1), 3, 3, 0);
    expect(ring.length).toBe(1);
    expect(ring[0]!.length).toBe(2);
    const two = traceMask(Uint8Array.of(1, 0, 1), 3, 1, 0);
    expect(two.length).toBe(2);
    expect(() => traceMask(Uint8Array.of(1), 2, 2)).toThrow(/does not match/);
  });

  it('covers exactly the inside cell centres of random masks (holes, islands in holes, diagonal touches)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 20; trial++) {
      const W = 5 + Math.floor(rand() * 30),
        H = 5 + Math.floor(rand() * 30);
      const mask = Uint8Array.from({ length: W * H }, () => (rand() < 0.55 ? 1 : 0));
      const polys = traceMask(mask, W, H, 0);
      for (let j = 0; j < H; j++) {
        for (let i = 0; i < W; i++) {
          const x = i + 0.5,
            y = j + 0.5;
          const inside = polys.some((p) => pointInRingIndependent(x, y, p[0]!) && !p.slice(1).some((h) => pointInRingIndependent(x, y, h)));
          if (inside !== (mask[j * W + i] === 1)) throw new Error(`trial ${trial}: cell ${i},${j} of ${W}×${H} misplaced`);
        }
      }
    }
  });
});

describe('isochrones across a river', () => {
  // Two east–west streets 120 m apart (a river between them), each with side streets every ~80 m,
  // joined only by a bridge at the west end. From the east end of the south bank, the north bank
  // straight across is ~120 m away as the crow flies but ~1.9 km on foot.
  const lat0 = 43.73,
    dLat = 120 / 111_130,
    step = 0.001; // ≈ 80 m of longitude
  const south = (i: number) => [7.4 + i * step, lat0];
  const north = (i: number) => [7.4 + i * step, lat0 + dLat];
  const features = [];
  for (let i = 0; i < 12; i++) {
    features.push(line(south(i), south(i + 1)), line(north(i), north(i + 1)));
    features.push(line(south(i), [7.4 + i * step, lat0 - 0.0005]));
    features.push(line(north(i), [7.4 + i * step, lat0 + dLat + 0.0005]));
  }
  features.push(line(south(0), north(0))); // the bridge
  const g = buildGraphFromGeoJSON(fc(...features));
  const source = snap(g, ...(south(12) as [number, number]));

  it('keeps the far bank out even though it is close in a straight line', () => {
    const [iso] = isochrones(g, source, [400]);
    const coords = iso!.geometry.coordinates;
    const inPoly = (x: number, y: number) =>
      coords.some((poly) => pointInRingIndependent(x, y, poly[0]!) && !poly.slice(1).some((h) => pointInRingIndependent(x, y, h)));
    expect(inPoly(7.4 + 11.5 * step, lat0)).toBe(true); // along the south bank street
    expect(inPoly(7.4 + 12 * step, lat0 + dLat)).toBe(false); // straight across the river
    expect(inPoly(7.4 + 11 * step, lat0 + dLat / 2)).toBe(false); // on the water
  });
});

function pointInRingIndependent(x: number, y: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('large isochrones', () => {
  it('coarsens the raster rather than allocating a huge grid', () => {
    const g = generateLattice({ cols: 40, rows: 40 });
    const s = snap(g, g.nodeLon[820]!, g.nodeLat[820]!);
    const [fine] = isochrones(g, s, [1500]);
    const [coarse] = isochrones(g, s, [1500], { maxCells: 5_000 });
    expect(coarse!.geometry.coordinates.length).toBeGreaterThan(0);
    // same reach, coarser outline: areas within 25%
    expect(Math.abs(coarse!.properties.areaSqMeters - fine!.properties.areaSqMeters) / fine!.properties.areaSqMeters).toBeLessThan(0.25);
  });
});
