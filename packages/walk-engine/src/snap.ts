import type { WalkGraph } from './graph.js';
import { assertLonLat, segmentLength } from './geodesy.js';
import { edgeArcs, type WalkCosts } from './costs.js';

/** A point placed on the network: a position along one edge. */
export interface SnappedPoint {
  /** Edge the point lies on. */
  edge: number;
  /** Metres along the edge from `graph.edgeFrom[edge]`. */
  offset: number;
  /** `offset / edgeLength[edge]` (0 when the edge has zero length). */
  fraction: number;
  /** The snapped position. */
  lon: number;
  lat: number;
  /** Geodesic distance in metres from the input point to the snapped position. */
  snapMeters: number;
}

export interface SnapOptions {
  /**
   * Ignore components with fewer nodes than this (stray footways, data errors), so that a point
   * is not put on an island from which nothing is reachable. Default: 50, or the size of the
   * largest component when that is smaller (so tiny test networks still snap).
   */
  minComponentNodes?: number;
  /** Throw if the nearest edge is farther than this many metres. Default: no limit. */
  maxSnapMeters?: number;
  /** Skip edges these costs forbid in both directions (a wheelchair user is not put on stairs). */
  costs?: WalkCosts | null;
}

/** Default for {@link SnapOptions.minComponentNodes} on a graph. */
export function defaultMinComponentNodes(graph: WalkGraph): number {
  return Math.min(50, graph.componentSize[0] ?? 0);
}

/**
 * Snaps a point to the nearest point on the nearest edge of a large enough component.
 *
 * @example
 * const s = snap(graph, 104.0982, 30.6773);
 * // { edge: 812, offset: 12.3, fraction: 0.41, lon: 104.09821, lat: 30.67731, snapMeters: 3.2 }
 */
export function snap(graph: WalkGraph, lon: number, lat: number, options: SnapOptions = {}): SnappedPoint {
  const s = nearestOnStreets(graph, lon, lat, options, Infinity);
  if (!s) throw new Error('snap: no street found');
  return s;
}

/**
 * Like {@link snap}, but null when the nearest street is farther than `maxMeters` (geodesic): the
 * search stops at that distance instead of looking for a far street, so a point in open country
 * costs no more than one near a street. The same point as `snap` whenever that one is within.
 *
 * @example
 * snapWithin(graph, 104.0982, 30.6773, 500)?.snapMeters; // 3.2, or null beyond 500 m
 */
export function snapWithin(graph: WalkGraph, lon: number, lat: number, maxMeters: number, options: SnapOptions = {}): SnappedPoint | null {
  if (!(maxMeters >= 0)) throw new RangeError(`snapWithin: maxMeters must be ≥ 0, got ${maxMeters}`);
  const s = nearestOnStreets(graph, lon, lat, options, maxMeters);
  return s && s.snapMeters <= maxMeters ? s : null;
}

/**
 * The local projection of the spatial index is exact only near its origin; across a city its
 * distances stay within a fraction of a percent of the geodesic ones. A search bounded at
 * `maxMeters` looks this much farther, so it never misses a street the geodesic check accepts.
 */
const PROJECTION_SLACK = 1.05;
/** Half-side of the first square searched (local metres): most points lie this close to a street. */
const FIRST_SQUARE_METERS = 64;

function nearestOnStreets(graph: WalkGraph, lon: number, lat: number, options: SnapOptions, maxMeters: number): SnappedPoint | null {
  assertLonLat(lon, lat, 'snap');
  if (graph.segmentEdge.length === 0) throw new Error('snap: the graph has no edges');
  const minNodes = options.minComponentNodes ?? defaultMinComponentNodes(graph);
  const { lon0, lat0, kx, ky } = graph.projection;
  const x = (lon - lon0) * kx;
  const y = (lat - lat0) * ky;
  const { shapeCoords: sc, segmentEdge, segmentPoint, componentOf, componentSize, edgeFrom } = graph;
  const costs = options.costs;
  const arcs = costs ? edgeArcs(graph) : null;
  const ok = (item: number): boolean => {
    const e = segmentEdge[item]!;
    if (componentSize[componentOf[edgeFrom[e]!]!]! < minNodes) return false;
    return !costs || costs.arcCost[arcs![2 * e]!]! < Infinity || costs.arcCost[arcs![2 * e + 1]!]! < Infinity;
  };

  let bestItem = -1,
    bestT = 0,
    bestD2 = Infinity;
  const evaluate = (item: number): void => {
    const q = segmentPoint[item]!;
    const ax = (sc[2 * q]! - lon0) * kx,
      ay = (sc[2 * q + 1]! - lat0) * ky;
    const bx = (sc[2 * q + 2]! - lon0) * kx,
      by = (sc[2 * q + 3]! - lat0) * ky;
    const dx = bx - ax,
      dy = by - ay;
    const l2 = dx * dx + dy * dy;
    let t = l2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / l2 : 0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    const px = ax + t * dx - x,
      py = ay + t * dy - y;
    const d2 = px * px + py * py;
    if (d2 < bestD2 || (d2 === bestD2 && item < bestItem)) {
      bestD2 = d2;
      bestItem = item;
      bestT = t;
    }
  };
  if (maxMeters < Infinity) {
    // Bounded: box searches in growing squares around the point, cheaper than a ranked nearest
    // search. Once the best segment found lies within the square's half-side, every segment that
    // could be closer has its box in the square and was evaluated, so the answer is exact.
    const limit = maxMeters * PROJECTION_SLACK + 1;
    for (let r = Math.min(FIRST_SQUARE_METERS, limit); ;) {
      for (const item of graph.index.search(x - r, y - r, x + r, y + r, ok)) evaluate(item);
      const best = bestItem >= 0 ? Math.sqrt(bestD2) * (1 + 1e-9) + 1e-9 : Infinity;
      if (best <= r) break;
      if (r >= limit) {
        if (bestItem < 0) return null;
        break; // the best is beyond the limit: the caller's distance check refuses it
      }
      r = Math.min(limit, bestItem >= 0 ? best : r * 4);
    }
  } else {
    const first = graph.index.neighbors(x, y, 1, Infinity, ok);
    if (first.length === 0) {
      throw new Error(`snap: no component has at least ${minNodes} nodes; lower minComponentNodes`);
    }
    evaluate(first[0]!);
    // every segment whose box is within the best exact distance may hold a closer point
    for (const item of graph.index.neighbors(x, y, Infinity, Math.sqrt(bestD2) * (1 + 1e-9) + 1e-9, ok)) evaluate(item);
  }

  const e = segmentEdge[bestItem]!;
  const q = segmentPoint[bestItem]!;
  let offset = 0;
  for (let r = graph.shapeOffsets[e]!; r < q; r++) {
    offset += segmentLength(sc[2 * r]!, sc[2 * r + 1]!, sc[2 * r + 2]!, sc[2 * r + 3]!);
  }
  const segLen = segmentLength(sc[2 * q]!, sc[2 * q + 1]!, sc[2 * q + 2]!, sc[2 * q + 3]!);
  offset += bestT * segLen;
  const len = graph.edgeLength[e]!;
  if (offset > len) offset = len;
  const slon = bestT === 1 ? sc[2 * q + 2]! : sc[2 * q]! + bestT * (sc[2 * q + 2]! - sc[2 * q]!);
  const slat = bestT === 1 ? sc[2 * q + 3]! : sc[2 * q + 1]! + bestT * (sc[2 * q + 3]! - sc[2 * q + 1]!);
  const snapMeters = segmentLength(lon, lat, slon, slat);
  if (options.maxSnapMeters !== undefined && snapMeters > options.maxSnapMeters) {
    throw new Error(`snap: nearest street is ${snapMeters.toFixed(1)} m away, more than ${options.maxSnapMeters} m`);
  }
  return { edge: e, offset, fraction: len > 0 ? offset / len : 0, lon: slon, lat: slat, snapMeters };
}

/**
 * Snaps many points (`[lon, lat]` pairs) at once.
 *
 * @example
 * const snapped = snapMany(graph, [[104.09, 30.67], [104.1, 30.68]]);
 */
export function snapMany(graph: WalkGraph, points: ReadonlyArray<ReadonlyArray<number>>, options: SnapOptions = {}): SnappedPoint[] {
  return points.map((p, i) => {
    if (!Array.isArray(p) && !ArrayBuffer.isView(p)) throw new TypeError(`snapMany: point ${i} is not a [lon, lat] pair`);
    return snap(graph, p[0]!, p[1]!, options);
  });
}
