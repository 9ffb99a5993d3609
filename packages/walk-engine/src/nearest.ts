import type { WalkGraph } from './graph.js';
import type { SnappedPoint } from './snap.js';
import { multiSourceSearch, multiSourceSearchPart, type FieldOut, type SearchParts } from './search.js';
import { alongEdgeCost, checkCosts, partialCosts, partialCostsInto, type WalkCosts } from './costs.js';

/** Result of {@link nearestFacility}: per node distance to, and index of, the nearest source. */
export interface NearestResult {
  /**
   * Metres from each node to its nearest source (`Infinity` if unreachable or beyond the cutoff);
   * with costs, the cost (e.g. seconds) of walking from the nearest source to the node.
   */
  readonly dist: Float64Array;
  /** Walked metres of each node's chosen path (the same array as `dist` without costs). */
  readonly meters: Float64Array;
  /** The arc costs searched with, `null` for metres. */
  readonly costs: WalkCosts | null;
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
export function nearestFacility(
  graph: WalkGraph,
  sources: ReadonlyArray<SnappedPoint>,
  options: {
    cutoff?: number;
    /**
     * Arc costs to minimise instead of metres (`cutoff` is then in cost units). They are costs
     * of walking *from* the sources; pass `reverseCosts(graph, costs)` for walking *to* them.
     */
    costs?: WalkCosts | null;
  } = {},
): NearestResult {
  const { cutoff, costs, seeds } = facilitySeeds(graph, sources, options, 'nearestFacility');
  const { seedNode, seedDist, seedLabel, seedMeters } = seeds;
  // forbidden directions (Infinity) are simply not seeded
  const { dist, label, meters } = multiSourceSearch(graph, seedNode, seedDist, seedLabel, cutoff, 10, costs, seedMeters);
  return { dist, meters, costs, source: label, sources, cutoff, sourcesByEdge: sourcesByEdgeOf(sources) };
}

/** The sources lying on each edge (for the same-edge case of {@link distanceAt}). */
function sourcesByEdgeOf(sources: ReadonlyArray<SnappedPoint>): Map<number, number[]> {
  const byEdge = new Map<number, number[]>();
  sources.forEach((p, s) => {
    const list = byEdge.get(p.edge);
    if (list) list.push(s);
    else byEdge.set(p.edge, [s]);
  });
  return byEdge;
}

/** The seeds of a nearest-facility search: both ends of each source's edge, at the partial edge's cost. */
function facilitySeeds(
  graph: WalkGraph,
  sources: ReadonlyArray<SnappedPoint>,
  options: { cutoff?: number; costs?: WalkCosts | null },
  what: string,
) {
  const cutoff = options.cutoff ?? Infinity;
  if (!(cutoff >= 0)) throw new RangeError(`${what}: cutoff must be ≥ 0, got ${cutoff}`);
  const costs = options.costs ?? null;
  checkCosts(graph, costs, what);
  const k = sources.length;
  const seedNode = new Int32Array(2 * k);
  const seedDist = new Float64Array(2 * k);
  const seedMeters = new Float64Array(2 * k);
  const seedLabel = new Int32Array(2 * k);
  for (let s = 0; s < k; s++) {
    const p = sources[s]!;
    checkSnapped(graph, p, `${what}: source ${s}`);
    const len = graph.edgeLength[p.edge]!;
    const { toFrom, toTo } = partialCosts(graph, p.edge, p.offset, costs);
    seedNode[2 * s] = graph.edgeFrom[p.edge]!;
    seedDist[2 * s] = toFrom;
    seedMeters[2 * s] = p.offset;
    seedNode[2 * s + 1] = graph.edgeTo[p.edge]!;
    seedDist[2 * s + 1] = toTo;
    seedMeters[2 * s + 1] = Math.max(0, len - p.offset);
    seedLabel[2 * s] = seedLabel[2 * s + 1] = s;
  }
  return { cutoff, costs, seeds: { seedNode, seedDist, seedLabel, seedMeters } };
}

/**
 * One half of {@link nearestFacility} for two threads sharing `parts` (see
 * {@link multiSourceSearchPart}): `null` from the part that finishes first, the field from the
 * second, exactly {@link nearestFacility}'s (`meters` is `dist` without costs). With `out`, the
 * two parts run at the same time and merge together into it.
 *
 * @example
 * const parts = createSearchParts(graph.nodeCount, false);
 * // worker A: nearestFacilityPart(graph, sources, 0, parts); worker B: nearestFacilityPart(graph, sources, 1, parts)
 */
export function nearestFacilityPart(
  graph: WalkGraph,
  sources: ReadonlyArray<SnappedPoint>,
  part: 0 | 1,
  parts: SearchParts,
  options: { cutoff?: number; costs?: WalkCosts | null; out?: FieldOut | null; whileWaiting?: (() => void) | null } = {},
): { dist: Float64Array; source: Int32Array; meters: Float64Array } | null {
  const { cutoff, costs, seeds } = facilitySeeds(graph, sources, options, 'nearestFacilityPart');
  const { seedNode, seedDist, seedLabel, seedMeters } = seeds;
  const r = multiSourceSearchPart(graph, seedNode, seedDist, seedLabel, part, parts, {
    cutoff,
    costs,
    seedMeters,
    out: options.out,
    whileWaiting: options.whileWaiting,
  });
  return r && { dist: r.dist, source: r.label, meters: r.meters };
}

/**
 * A {@link NearestResult} from a field computed elsewhere (on a worker: the pool's `field`) and
 * the sources it was computed from, to answer points with {@link distanceAt}. With costs, pass
 * the same costs the field was searched with.
 *
 * @example
 * const f = await pool.field(sources);
 * distanceAt(graph, nearestFieldOf(f, sources), snap(graph, lon, lat));
 */
export function nearestFieldOf(
  field: { dist: Float64Array; source: Int32Array; meters: Float64Array },
  sources: ReadonlyArray<SnappedPoint>,
  options: { costs?: WalkCosts | null; cutoff?: number } = {},
): NearestResult {
  return {
    dist: field.dist,
    meters: field.meters,
    costs: options.costs ?? null,
    source: field.source,
    sources,
    cutoff: options.cutoff ?? Infinity,
    sourcesByEdge: sourcesByEdgeOf(sources),
  };
}

/**
 * Walking distance from a snapped point to its nearest source: the better of the two ends of its
 * edge plus the partial edge, or a source on the same edge directly. With costs, `distance` is
 * the cost (a partial edge costs its fraction of the directed arc's cost) and `meters` the walked
 * metres of that path (without costs both are the metres).
 * Returns `{ distance: Infinity, source: -1, meters: Infinity }` when none is reachable within the cutoff.
 *
 * @example
 * const { distance, source } = distanceAt(graph, res, snap(graph, lon, lat));
 */
export function distanceAt(
  graph: WalkGraph,
  result: NearestResult,
  point: SnappedPoint,
): { distance: number; source: number; meters: number } {
  checkSnapped(graph, point, 'distanceAt');
  const e = point.edge;
  const len = graph.edgeLength[e]!;
  const a = graph.edgeFrom[e]!,
    b = graph.edgeTo[e]!;
  const costs = result.costs ?? null;
  const { fromFrom, fromTo } = partialCostsInto(graph, e, point.offset, costs);
  let best = result.dist[a]! + fromFrom;
  let src = result.source[a]!;
  let meters = result.meters[a]! + point.offset;
  const viaB = result.dist[b]! + fromTo;
  if (viaB < best || (viaB === best && result.source[b]! < src)) {
    best = viaB;
    src = result.source[b]!;
    meters = result.meters[b]! + Math.max(0, len - point.offset);
  }
  const same = result.sourcesByEdge.get(e);
  if (same) {
    for (const s of same) {
      const so = result.sources[s]!.offset;
      const d = alongEdgeCost(graph, e, so, point.offset, costs);
      if (d < best || (d === best && s < src)) {
        best = d;
        src = s;
        meters = Math.abs(so - point.offset);
      }
    }
  }
  if (!(best <= result.cutoff)) return { distance: Infinity, source: -1, meters: Infinity };
  return { distance: best, source: src, meters };
}
