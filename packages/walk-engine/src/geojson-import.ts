import { buildGraph, type WalkGraph } from './graph.js';
import { assertLonLat } from './geodesy.js';

/** Minimal GeoJSON types accepted by {@link buildGraphFromGeoJSON}. */
export interface LineStringGeometry {
  type: 'LineString';
  coordinates: number[][];
}
export interface MultiLineStringGeometry {
  type: 'MultiLineString';
  coordinates: number[][][];
}
export interface LineFeatureCollection {
  type: 'FeatureCollection';
  features: Array<{
    type: 'Feature';
    geometry: LineStringGeometry | MultiLineStringGeometry | null;
    properties?: Record<string, unknown> | null;
  }>;
}

/**
 * Builds a walking graph from street lines.
 *
 * Every LineString (or part of a MultiLineString) is one edge between its two end points; its
 * inner coordinates are shape points only. Lines connect exactly where end points have identical
 * coordinates (crossings without a shared end point, such as bridges, do not connect).
 * `edgeSourceId` holds the feature index.
 *
 * @example
 * const g = buildGraphFromGeoJSON({ type: 'FeatureCollection', features: [
 *   { type: 'Feature', properties: {}, geometry: { type: 'LineString',
 *     coordinates: [[7.42, 43.73], [7.421, 43.731], [7.422, 43.731]] } },
 * ] });
 * g.nodeCount; // 2
 */
export function buildGraphFromGeoJSON(fc: LineFeatureCollection): WalkGraph {
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new TypeError('buildGraphFromGeoJSON: expected a GeoJSON FeatureCollection');
  }
  const nodeIds = new Map<string, number>();
  const nodeLon: number[] = [];
  const nodeLat: number[] = [];
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const innerOffsets: number[] = [0];
  const innerCoords: number[] = [];
  const sourceId: number[] = [];
  const nodeOf = (c: number[]): number => {
    const key = `${c[0]},${c[1]}`;
    let id = nodeIds.get(key);
    if (id === undefined) {
      id = nodeLon.length;
      nodeIds.set(key, id);
      nodeLon.push(c[0]!);
      nodeLat.push(c[1]!);
    }
    return id;
  };
  const addLine = (coords: unknown, fi: number): void => {
    if (!Array.isArray(coords) || coords.length < 2) {
      throw new TypeError(`buildGraphFromGeoJSON: feature ${fi} has a line with fewer than 2 positions`);
    }
    for (const c of coords) {
      if (!Array.isArray(c)) throw new TypeError(`buildGraphFromGeoJSON: feature ${fi} has a position that is not an array`);
      assertLonLat(c[0], c[1], `buildGraphFromGeoJSON: feature ${fi}`);
    }
    edgeFrom.push(nodeOf(coords[0]));
    edgeTo.push(nodeOf(coords[coords.length - 1]));
    for (let i = 1; i < coords.length - 1; i++) innerCoords.push(coords[i][0], coords[i][1]);
    innerOffsets.push(innerCoords.length / 2);
    sourceId.push(fi);
  };
  fc.features.forEach((f, fi) => {
    const g = f?.geometry;
    if (!g) throw new TypeError(`buildGraphFromGeoJSON: feature ${fi} has no geometry`);
    if (g.type === 'LineString') addLine(g.coordinates, fi);
    else if (g.type === 'MultiLineString') {
      if (!Array.isArray(g.coordinates)) throw new TypeError(`buildGraphFromGeoJSON: feature ${fi} has no coordinates`);
      for (const part of g.coordinates) addLine(part, fi);
    } else {
      throw new TypeError(
        `buildGraphFromGeoJSON: feature ${fi} is a ${(g as { type: string }).type}; only LineString and MultiLineString are accepted`,
      );
    }
  });
  return buildGraph({ nodeLon, nodeLat, edgeFrom, edgeTo, innerOffsets, innerCoords, edgeSourceId: sourceId });
}
