import { describe, expect, it } from 'vitest';
import { buildGraphFromGeoJSON, generateLattice, mulberry32, nearestFacility, snap, updateField, type SnappedPoint } from '../src/index.js';
import { readReference, type PointFeature } from './reference-data.js';

/** The updated field must equal a fresh search of the sources as they now are (labels kept). */
function expectSameAsFresh(
  graph: ReturnType<typeof generateLattice>,
  now: (SnappedPoint | null)[],
  got: { dist: Float64Array; source: Int32Array },
) {
  const live = now.map((p, i) => (p ? i : -1)).filter((i) => i >= 0);
  const fresh = nearestFacility(
    graph,
    live.map((i) => now[i]!),
  );
  let differ = 0;
  for (let v = 0; v < graph.nodeCount; v++) {
    const want = fresh.dist[v]!;
    if (!(Math.abs(got.dist[v]! - want) <= 1e-6 * Math.max(1, want)) && !(want === Infinity && got.dist[v] === Infinity)) differ++;
    else if (Number.isFinite(want) && got.source[v] !== live[fresh.source[v]!]) {
      // a different source is only right at an exact tie
      const other = nearestFacility(graph, [now[got.source[v]!]!]).dist[v]!;
      if (Math.abs(other - want) > 1e-6) differ++;
    }
  }
  expect(differ).toBe(0);
}

describe('updateField', () => {
  it('equals a fresh search after closing, moving and adding sources (Monaco, real streets)', () => {
    const graph = buildGraphFromGeoJSON(readReference('monaco', 'network.geojson'));
    const facilities = readReference<{ features: PointFeature[] }>('monaco', 'facilities.geojson').features;
    const sources: (SnappedPoint | null)[] = facilities.map((f) => snap(graph, ...(f.geometry.coordinates as [number, number])));
    const before = nearestFacility(graph, sources as SnappedPoint[]);
    const rand = mulberry32(3);
    const at = () => {
      const v = Math.floor(rand() * graph.nodeCount);
      return snap(graph, graph.nodeLon[v]!, graph.nodeLat[v]!);
    };
    // close 0, move 1, add two
    const now = sources.slice();
    now[0] = null;
    now[1] = at();
    now.push(at(), at());
    const n = sources.length;
    const got = updateField(graph, before, [0, 1], [now[1]!, now[n]!, now[n + 1]!], [1, n, n + 1]);
    expectSameAsFresh(graph, now, got);
    expect(got.touched).toBeLessThan(graph.nodeCount);
  });

  it('equals a fresh search on a generated city, searching only part of it', () => {
    const graph = generateLattice({ cols: 120, rows: 120, seed: 9 });
    const rand = mulberry32(4);
    const at = () => {
      const v = Math.floor(rand() * graph.nodeCount);
      return snap(graph, graph.nodeLon[v]!, graph.nodeLat[v]!);
    };
    const sources: (SnappedPoint | null)[] = Array.from({ length: 60 }, at);
    const before = nearestFacility(graph, sources as SnappedPoint[]);
    const now = sources.slice();
    now[7] = null;
    now.push(at());
    const got = updateField(graph, before, [7], [now[60]!], [60]);
    expectSameAsFresh(graph, now, got);
    expect(got.touched).toBeLessThan(graph.nodeCount / 5);
  });
});
