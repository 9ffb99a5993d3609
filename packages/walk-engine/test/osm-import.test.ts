import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildGraphFromGeoJSON,
  distanceAt,
  nearestFacility,
  parseOsmPbf,
  parseOsmXml,
  snap,
  wayExclusionReason,
  type OsmImportResult,
  type WalkGraph,
} from '../src/index.js';
import { readReference, referencePath, type PointFeature } from './reference-data.js';
import { writeOsmPbf } from './osm-pbf-writer.js';

function facilityCoordinates(name: string): [number, number][] {
  return readReference<{ features: PointFeature[] }>(name, 'facilities.geojson').features.map((f) => f.geometry.coordinates);
}

/** Nearest-facility distance of every demand point on `graph`, facilities and demand snapped onto it. */
function demandDistances(graph: WalkGraph, name: string): number[] {
  return demandSnaps(graph, name).map((x) => x.distance);
}

function demandSnaps(graph: WalkGraph, name: string, facilityPoints?: [number, number][]): { distance: number; snapMeters: number }[] {
  const facilities = facilityPoints ?? facilityCoordinates(name);
  const demand = readReference<{ features: PointFeature[] }>(name, 'demand.geojson').features;
  const res = nearestFacility(
    graph,
    facilities.map((c) => snap(graph, ...c)),
  );
  return demand.map((d) => {
    const p = snap(graph, ...d.geometry.coordinates);
    return { distance: distanceAt(graph, res, p).distance, snapMeters: p.snapMeters };
  });
}

type Import = (o?: { respectAccess: boolean }) => OsmImportResult;
const cases: [string, string, Import][] = [
  ['chengdu', 'OSM XML', (o) => parseOsmXml(readFileSync(referencePath('osm', 'chengdu.osm')), o)],
  ['monaco', 'OSM PBF', (o) => parseOsmPbf(readFileSync(referencePath('osm', 'monaco.osm.pbf')), o)],
];

describe.each(cases)('%s from %s', (name, _format, importWith) => {
  const geojsonGraph = buildGraphFromGeoJSON(readReference(name, 'network.geojson'));
  const expected = readReference<{ features: PointFeature[] }>(name, 'demand.geojson').features.map(
    (d) => d.properties.nearest_m as number,
  );
  const fromGeoJSON = demandDistances(geojsonGraph, name);

  it('with the plain highway filter of the reference, agrees with the GeoJSON import and pgRouting on every demand point', () => {
    const { graph } = importWith({ respectAccess: false });
    const fromOsm = demandDistances(graph, name);
    // The OSM graph has fewer nodes than the reference (the reference also splits ways at nodes
    // shared with non-walkable ways), but the same street geometry: every facility and demand
    // point (a reference vertex) snaps onto it at 0 m, and distances agree to float rounding.
    const off = fromOsm.map((d, i) => Math.abs(d - fromGeoJSON[i]!)).filter((x) => x > 0.01);
    expect(off).toEqual([]);
    const bad = fromOsm.filter((d, i) => !(Math.abs(d - expected[i]!) <= 0.001 * expected[i]! + 0.5));
    expect(bad).toEqual([]);
  });

  it('respects foot=no / access=private|no by default, reports every ignored way, and only ever lengthens walks', () => {
    const { graph, ignoredWays, stats } = importWith();
    expect(ignoredWays['highway=motorway']).toBeGreaterThan(0);
    expect(ignoredWays['foot=no']).toBeGreaterThan(0);
    expect((ignoredWays['access=private'] ?? 0) + (ignoredWays['access=no'] ?? 0)).toBeGreaterThan(0);
    expect(ignoredWays['no highway tag']).toBeGreaterThan(0);
    const ignoredTotal = Object.values(ignoredWays).reduce((a, b) => a + b, 0);
    expect(ignoredTotal + stats.waysUsed).toBe(stats.waysRead);
    // Ways closed to pedestrians are gone, so some walks get longer. A facility or home whose own
    // street was closed snaps to another street instead. To compare like with like, facilities
    // are placed where they snap on the OSM graph, on both graphs; homes that had to move
    // (snapMeters > 0) are left out. The GeoJSON graph holds every street of the OSM graph, so
    // no walk may be shorter on the OSM graph, and most are unchanged.
    const moved = facilityCoordinates(name).map((c) => {
      const p = snap(graph, ...c);
      return [p.lon, p.lat] as [number, number];
    });
    const before = demandSnaps(geojsonGraph, name, moved).map((x) => x.distance);
    const fromOsm = demandSnaps(graph, name, moved);
    const onStreet = fromOsm.map((x, i) => ({ ...x, before: before[i]! })).filter((x) => x.snapMeters < 0.01);
    expect(onStreet.length / fromOsm.length).toBeGreaterThan(0.9);
    expect(onStreet.filter((x) => x.distance < x.before - 0.01)).toEqual([]);
    const same = onStreet.filter((x) => Math.abs(x.distance - x.before) < 0.01).length;
    expect(same / fromOsm.length).toBeGreaterThan(0.85);
  });
});

describe('OSM import details', () => {
  const osm = (body: string) => `<?xml version="1.0"?><osm version="0.6">${body}</osm>`;
  const nodes = [
    [1, 7.42, 43.73],
    [2, 7.421, 43.73],
    [3, 7.422, 43.73],
    [4, 7.421, 43.731],
    [5, 7.421, 43.729],
  ]
    .map(([id, lon, lat]) => `<node id="${id}" lon="${lon}" lat="${lat}"/>`)
    .join('');
  const way = (id: number, refs: number[], tags: Record<string, string>) =>
    `<way id="${id}">${refs.map((r) => `<nd ref="${r}"/>`).join('')}${Object.entries(tags)
      .map(([k, v]) => `<tag k="${k}" v="${v}"/>`)
      .join('')}</way>`;

  it('splits ways at shared nodes and ends, keeps through nodes as shape points, reports the rest', () => {
    const xml = osm(
      nodes +
        way(10, [1, 2, 3], { highway: 'residential', oneway: 'yes' }) +
        way(11, [4, 2, 5], { highway: 'footway' }) +
        way(12, [1, 4], { highway: 'motorway' }) +
        way(13, [3, 99], { highway: 'service' }) +
        way(14, [1, 3], { building: 'yes' }) +
        way(15, [3, 5], { highway: 'service', access: 'private' }) +
        way(16, [5, 1], { highway: 'service', access: 'private', foot: 'yes' }),
    );
    const { graph, ignoredWays, stats } = parseOsmXml(xml);
    expect(ignoredWays).toEqual({ 'highway=motorway': 1, 'missing nodes': 1, 'no highway tag': 1, 'access=private': 1 });
    expect(stats.waysUsed).toBe(3);
    expect(graph.edgeCount).toBe(5); // 1-2, 2-3, 4-2, 2-5, 5-1
    expect(graph.nodeCount).toBe(5);
  });

  it('reads the same data from XML and from PBF into the same graph and report', () => {
    const ns = [
      { id: 1, lon: 7.42, lat: 43.73 },
      { id: 2, lon: 7.421, lat: 43.73 },
      { id: 3, lon: 7.422, lat: 43.7301234 },
      { id: 4, lon: 7.421, lat: 43.731 },
      { id: 5, lon: 7.4210001, lat: 43.729 },
    ];
    const ws: { id: number; refs: number[]; tags: Record<string, string> }[] = [
      { id: 10, refs: [1, 2, 3], tags: { highway: 'residential', oneway: 'yes' } },
      { id: 11, refs: [4, 2, 5], tags: { highway: 'footway' } },
      { id: 12, refs: [1, 4], tags: { highway: 'motorway' } },
      { id: 13, refs: [3, 5], tags: { highway: 'service', access: 'private' } },
    ];
    const xml = osm(
      ns.map((n) => `<node id="${n.id}" lon="${n.lon}" lat="${n.lat}"/>`).join('') + ws.map((w) => way(w.id, w.refs, w.tags)).join(''),
    );
    const a = parseOsmXml(xml);
    const b = parseOsmPbf(writeOsmPbf(ns, ws));
    expect(b.ignoredWays).toEqual(a.ignoredWays);
    expect(b.stats).toEqual(a.stats);
    for (const field of ['nodeLon', 'nodeLat', 'offsets', 'arcTarget', 'edgeLength', 'shapeCoords', 'edgeSourceId'] as const) {
      expect(Array.from(b.graph[field])).toEqual(Array.from(a.graph[field]));
    }
    expect(a.graph.edgeCount).toBe(4);
  });

  it('rejects input that is not OSM', () => {
    expect(() => parseOsmXml('<html><body/></html>')).toThrow(/no <osm> root/);
    expect(() => parseOsmXml('<osm><node')).toThrow(/not well-formed/);
    expect(() => parseOsmPbf(new Uint8Array([0, 0, 0, 5, 1, 2, 3, 4, 5, 6]))).toThrow(/could not decode/);
  });

  it('applies the pedestrian profile', () => {
    expect(wayExclusionReason({ highway: 'trunk_link' })).toBe('highway=trunk_link');
    expect(wayExclusionReason({ highway: 'proposed' })).toBe('highway=proposed');
    expect(wayExclusionReason({ highway: 'steps' })).toBeNull();
    expect(wayExclusionReason({ highway: 'primary', foot: 'no' })).toBe('foot=no');
    expect(wayExclusionReason({ highway: 'primary', foot: 'no' }, { respectAccess: false })).toBeNull();
  });
});
