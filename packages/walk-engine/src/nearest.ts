import type { WalkGraph } from './graph.js';
import type { SnappedPoint } from './snap.js';
import { multiSourceSearch } from './search.js';

/** Result of {@link nearestFacility}: per node distance to, and index of, the nearest source. */
export interface NearestResult {
  /** Metres from each node to its nearest source (`Infinity` if unreachable or beyond the cutoff). */
  readonly dist: Float64Array;
  /** Index (into `sources`) of each node's nearest source, `-1` if none. */
  readonly source: Int32Array;
  readonly sources: ReadonlyArray<SnappedPoint>;
  readonly cutoff: number;
  /** Sources lying on each edge, for the same-edge case of {@link distanceAt}. */
  readonly sourcesByEdge: ReadonlyMap<number, ReadonlyArray<number>>;
}

function checkSnapped(graph: WalkGraph, p: SnappedPoint, what: string): void {
  if (!p || !Number.isInteger(p.edge) || p.edge < 0 || p.edge >= graph.edgeCount) {
    throw new RangeError(`${what}: not a point snapped to this graph (edge ${p?.edge})`);
  }
  if (!(p.offset >= 0 && p.offset <= graph.edgeLength[p.edge]! + 1e-9)) {
    throw new RangeError(`${what}: offset ${p.offset} outside edge ${p.edge}`);
  }
}

/**
 * One multi-source search giving every node its distance to the nearest of `sources`
 * (snapped facilities) and which one. Query arbitrary points afterwards with {@link distanceAt}.
 *
 * @example
 * const facilities = snapMany(graph, facilityLonLats);
 * const res = nearestFacility(graph, facilities, { cutoff: 5000 });
 * distanceAt(graph, res, snap(graph, 104.08, 30.67)); // { distance: 412.7, source: 3 }
 */
export function nearestFacility(graph: WalkGraph, sources: ReadonlyArray<SnappedPoint>, options: { cutoff?: number } = {}): NearestResult {
  const cutoff = options.cutoff ?? Infinity;
  if (!(cutoff >= 0)) throw new RangeError(`nearestFacility: cutoff must be ≥ 0, got ${cutoff}`);
  const k = sources.length;
  const seedNode = new Int32Array(2 * k);
  const seedDist = new Float64Array(2 * k);
  const seedLabel = new Int32Array(2 * k);
  const sourcesByEdge = new Map<number, number[]>();
  for (let s = 0; s < k; s++) {
    const p = sources[s]!;
    checkSnapped(graph, p, `nearestFacility: source ${s}`);
    const len = graph.edgeLength[p.edge]!;
    seedNode[2 * s] = graph.edgeFrom[p.edge]!;
    seedDist[2 * s] = p.offset;
    seedNode[2 * s + 1] = graph.edgeTo[p.edge]!;
    seedDist[2 * s + 1] = Math.max(0, len - p.offset);
    seedLabel[2 * s] = seedLabel[2 * s + 1] = s;
    const list = sourcesByEdge.get(p.edge);
    if (list) list.push(s);
    else sourcesByEdge.set(p.edge, [s]);
  }
  const { dist, label } = multiSourceSearch(graph, seedNode, seedDist, seedLabel, cutoff);
  return { dist, source: label, sources, cutoff, sourcesByEdge };
}

/**
 * Walking distance from a snapped point to its nearest source: the better of the two ends of its
 * edge plus the partial edge, or a source on the same edge directly.
 * Returns `{ distance: Infinity, source: -1 }` when none is reachable within the cutoff.
 *
 * @example
 * const { distance, source } = distanceAt(graph, res, snap(graph, lon, lat));
 */
export function distanceAt(graph: WalkGraph, result: NearestResult, point: SnappedPoint): { distance: number; source: number } {
  checkSnapped(graph, point, 'distanceAt');
  const e = point.edge;
  const len = graph.edgeLength[e]!;
  const a = graph.edgeFrom[e]!,
    b = graph.edgeTo[e]!;
  let best = result.dist[a]! + point.offset;
  let src = result.source[a]!;
  const viaB = result.dist[b]! + Math.max(0, len - point.offset);
  if (viaB < best || (viaB === best && result.source[b]! < src)) {
    best = viaB;
    src = result.source[b]!;
  }
  const same = result.sourcesByEdge.get(e);
  if (same) {
    for (const s of same) {
      const d = Math.abs(result.sources[s]!.offset - point.offset);
      if (d < best || (d === best && s < src)) {
        best = d;
        src = s;
      }
    }
  }
  if (!(best <= result.cutoff)) return { distance: Infinity, source: -1 };
  return { distance: best, source: src };
}
