import { describe, expect, it } from 'vitest';
import { buildGraphFromGeoJSON, mulberry32, segmentLength, snap, snapWithin, type WalkGraph } from '../src/index.js';
import { NETWORKS, readReference } from './reference-data.js';

/**
 * The nearest point of every segment of the network, found by looking at each one (no spatial
 * index), in the same local projection the engine measures candidates in; the geodesic distance
 * of that point.
 */
function bruteForceSnapMeters(graph: WalkGraph, lon: number, lat: number, minNodes: number): number {
  const { lon0, lat0, kx, ky } = graph.projection;
  const x = (lon - lon0) * kx,
    y = (lat - lat0) * ky;
  let best = Infinity,
    bestLon = NaN,
    bestLat = NaN;
  const sc = graph.shapeCoords;
  for (let e = 0; e < graph.edgeCount; e++) {
    if (graph.componentSize[graph.componentOf[graph.edgeFrom[e]!]!]! < minNodes) continue;
    for (let q = graph.shapeOffsets[e]!; q < graph.shapeOffsets[e + 1]! - 1; q++) {
      const ax = (sc[2 * q]! - lon0) * kx,
        ay = (sc[2 * q + 1]! - lat0) * ky;
      const bx = (sc[2 * q + 2]! - lon0) * kx,
        by = (sc[2 * q + 3]! - lat0) * ky;
      const dx = bx - ax,
        dy = by - ay;
      const l2 = dx * dx + dy * dy;
      const t = l2 > 0 ? Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / l2)) : 0;
      const d = Math.hypot(ax + t * dx - x, ay + t * dy - y);
      if (d < best) {
        best = d;
        bestLon = sc[2 * q]! + t * (sc[2 * q + 2]! - sc[2 * q]!);
        bestLat = sc[2 * q + 1]! + t * (sc[2 * q + 3]! - sc[2 * q + 1]!);
      }
    }
  }
  return segmentLength(lon, lat, bestLon, bestLat);
}

describe.each(NETWORKS)('snapping on the reference network %s', (name) => {
  const graph = buildGraphFromGeoJSON(readReference(name, 'network.geojson'));
  const minNodes = Math.min(50, graph.componentSize[0]!);
  let minLon = Infinity,
    maxLon = -Infinity,
    minLat = Infinity,
    maxLat = -Infinity;
  for (let v = 0; v < graph.nodeCount; v++) {
    minLon = Math.min(minLon, graph.nodeLon[v]!);
    maxLon = Math.max(maxLon, graph.nodeLon[v]!);
    minLat = Math.min(minLat, graph.nodeLat[v]!);
    maxLat = Math.max(maxLat, graph.nodeLat[v]!);
  }
  // points over the network and up to about 2 km around it: near streets, in blocks, in open country
  const rand = mulberry32(17);
  const pad = 0.02;
  const points = Array.from({ length: 3000 }, () => [
    minLon - pad + rand() * (maxLon - minLon + 2 * pad),
    minLat - pad + rand() * (maxLat - minLat + 2 * pad),
  ]);

  it('snaps to the nearest street that looking at every segment finds', () => {
    for (const [lon, lat] of points.slice(0, 400)) {
      expect(snap(graph, lon!, lat!).snapMeters).toBeCloseTo(bruteForceSnapMeters(graph, lon!, lat!, minNodes), 6);
    }
  });

  it('snapWithin gives the same point as snap within the limit and null beyond it', () => {
    let within = 0,
      beyond = 0;
    for (const limit of [0, 25, 500, 1500]) {
      for (const [lon, lat] of points) {
        const full = snap(graph, lon!, lat!);
        const bounded = snapWithin(graph, lon!, lat!, limit);
        if (full.snapMeters <= limit) {
          within++;
          expect(bounded).toEqual(full);
        } else {
          beyond++;
          expect(bounded).toBeNull();
        }
      }
    }
    // both cases occur often enough to mean something
    expect(within).toBeGreaterThan(1000);
    expect(beyond).toBeGreaterThan(1000);
  });

  it('refuses a negative limit', () => {
    expect(() => snapWithin(graph, points[0]![0]!, points[0]![1]!, -1)).toThrow(/maxMeters/);
  });
});
