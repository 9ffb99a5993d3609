import { describe, expect, it } from 'vitest';
import { buildGraphFromGeoJSON, distanceAt, isochrones, nearestFacility, reachWithin, snap, type WalkGraph } from '../src/index.js';
import { inMultiPolygon, NETWORKS, readReference, type PointFeature } from './reference-data.js';

interface ReachEntry {
  facility: string;
  within_m: number;
  reached: [number, number, number][];
}
interface TruthEntry {
  facility: string;
  inside: [number, number][];
  outside: [number, number][];
}

describe.each(NETWORKS)('reference network %s (answers from pgRouting)', (name) => {
  const graph: WalkGraph = buildGraphFromGeoJSON(readReference(name, 'network.geojson'));
  const facilities = readReference<{ features: PointFeature[] }>(name, 'facilities.geojson').features;
  const demand = readReference<{ features: PointFeature[] }>(name, 'demand.geojson').features;
  const snappedFacilities = facilities.map((f) => snap(graph, f.geometry.coordinates[0], f.geometry.coordinates[1]));
  const byRef = new Map(facilities.map((f, i) => [f.properties.ref as string, i]));

  it('puts every facility exactly on a vertex of the network', () => {
    for (const s of snappedFacilities) expect(s.snapMeters).toBeLessThan(1e-6);
  });

  it('gives every demand point its nearest facility within 0.1% + 0.5 m (same facility unless tied)', () => {
    const result = nearestFacility(graph, snappedFacilities);
    const failures: string[] = [];
    for (const d of demand) {
      const p = snap(graph, d.geometry.coordinates[0], d.geometry.coordinates[1]);
      const { distance, source } = distanceAt(graph, result, p);
      const expected = d.properties.nearest_m as number;
      if (!(Math.abs(distance - expected) <= 0.001 * expected + 0.5)) {
        failures.push(`${d.properties.ref}: ${distance} vs ${expected}`);
        continue;
      }
      const ref = facilities[source]!.properties.ref as string;
      if (ref !== d.properties.nearest_ref) {
        // a different facility is only acceptable at (nearly) the same distance: a tie
        const theirs = snappedFacilities[byRef.get(d.properties.nearest_ref)!]!;
        const alt = distanceAt(graph, nearestFacility(graph, [theirs]), p).distance;
        if (!(Math.abs(alt - distance) <= 0.5)) failures.push(`${d.properties.ref}: ${ref} instead of ${d.properties.nearest_ref}`);
      }
    }
    expect(failures).toEqual([]);
    expect(demand.length).toBeGreaterThan(1000);
  });

  it('reaches within 900 m exactly the vertices pgRouting reaches (except within 1 m of the limit)', () => {
    const reach = readReference<ReachEntry[]>(name, 'reach.json');
    expect(reach.map((r) => r.facility)).toEqual(['F1', 'F2', 'F3', 'F4', 'F5']);
    for (const r of reach) {
      const source = snappedFacilities[byRef.get(r.facility)!]!;
      const res = reachWithin(graph, source, r.within_m);
      const ours = new Map<string, number>();
      for (let i = 0; i < res.nodes.length; i++) {
        ours.set(`${graph.nodeLon[res.nodes[i]!]},${graph.nodeLat[res.nodes[i]!]}`, res.nodeDist[i]!);
      }
      const theirs = new Map(r.reached.map(([lon, lat, m]) => [`${lon},${lat}`, m]));
      const missing = [...theirs].filter(([k, m]) => !ours.has(k) && m < r.within_m - 1).map(([k]) => k);
      const extra = [...ours].filter(([k, m]) => !theirs.has(k) && m < r.within_m - 1).map(([k]) => k);
      expect({ facility: r.facility, missing, extra }).toEqual({ facility: r.facility, missing: [], extra: [] });
      for (const [k, m] of theirs) {
        if (ours.has(k)) expect(Math.abs(ours.get(k)! - m)).toBeLessThanOrEqual(0.001 * m + 0.5);
      }
    }
  });

  it('builds 900 m isochrones holding ≥ 98% of the inside samples and ≤ 1% of the outside ones', () => {
    const truth = readReference<TruthEntry[]>(name, 'isochrone-truth.json');
    for (const t of truth) {
      const source = snappedFacilities[byRef.get(t.facility)!]!;
      const [iso] = isochrones(graph, source, [900]);
      const coords = iso!.geometry.coordinates;
      const inside = t.inside.filter(([x, y]) => inMultiPolygon(coords, x, y)).length / t.inside.length;
      const outside = t.outside.filter(([x, y]) => inMultiPolygon(coords, x, y)).length / t.outside.length;
      expect({ facility: t.facility, insideOk: inside >= 0.98, outsideOk: outside <= 0.01 }).toEqual({
        facility: t.facility,
        insideOk: true,
        outsideOk: true,
      });
    }
  });

  it('nests isochrone bands: every 300 m inside sample is also inside 600 m and 900 m', () => {
    const truth = readReference<TruthEntry[]>(name, 'isochrone-truth.json');
    const source = snappedFacilities[byRef.get('F1')!]!;
    const [i300, i600, i900] = isochrones(graph, source, [300, 600, 900]);
    expect(i300!.properties.areaSqMeters).toBeLessThan(i600!.properties.areaSqMeters);
    expect(i600!.properties.areaSqMeters).toBeLessThan(i900!.properties.areaSqMeters);
    const pts = [...truth[0]!.inside, ...truth[0]!.outside];
    for (const [x, y] of pts) {
      if (inMultiPolygon(i300!.geometry.coordinates, x, y)) expect(inMultiPolygon(i600!.geometry.coordinates, x, y)).toBe(true);
      if (inMultiPolygon(i600!.geometry.coordinates, x, y)) expect(inMultiPolygon(i900!.geometry.coordinates, x, y)).toBe(true);
    }
  });
});
