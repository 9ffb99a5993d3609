import type { WalkGraph } from './graph.js';
import type { SnappedPoint } from './snap.js';
import { boundedSearch, createWorkspace, metersAt, type SearchWorkspace } from './search.js';
import { checkCosts, edgeArcs, partialCosts, scaled, type WalkCosts } from './costs.js';
import { sliceEdge } from './shape.js';

/** A walked part of one edge: metres `from .. to` measured from the edge's `edgeFrom` end. */
export interface ReachedPiece {
  edge: number;
  from: number;
  to: number;
}

/** Result of {@link reachWithin}. */
export interface ReachResult {
  /** Reached nodes and their walking distances (ascending; the cost, with costs). */
  nodes: Int32Array;
  nodeDist: Float64Array;
  /** Walked metres of each reached node's chosen path (equal to `nodeDist` without costs). */
  nodeMeters: Float64Array;
  /** Walked edge parts, partly walked edges cut at the exact remaining distance. */
  pieces: ReachedPiece[];
  maxMeters: number;
}

const workspaces = new WeakMap<WalkGraph, SearchWorkspace>();

/** The per-graph workspace used when none is passed (one per graph and thread). */
export function defaultWorkspace(graph: WalkGraph): SearchWorkspace {
  let ws = workspaces.get(graph);
  if (!ws) {
    ws = createWorkspace(graph);
    workspaces.set(graph, ws);
  }
  return ws;
}

/**
 * Runs the bounded search from a snapped point (both ends of its edge seeded with their partial
 * distances, or partial costs: the fraction of the directed arc's cost) and leaves the result in
 * `ws`. With costs, `maxMeters` is in cost units.
 */
export function searchFrom(graph: WalkGraph, source: SnappedPoint, maxMeters: number, ws: SearchWorkspace, costs?: WalkCosts | null): void {
  if (ws.graph !== graph) throw new Error('searchFrom: workspace belongs to another graph');
  if (!Number.isInteger(source?.edge) || source.edge < 0 || source.edge >= graph.edgeCount) {
    throw new RangeError(`searchFrom: source is not snapped to this graph (edge ${source?.edge})`);
  }
  if (!(maxMeters >= 0) || !Number.isFinite(maxMeters)) throw new RangeError(`maxMeters must be a finite number ≥ 0, got ${maxMeters}`);
  checkCosts(graph, costs, 'searchFrom');
  const e = source.edge;
  const len = graph.edgeLength[e]!;
  const { toFrom, toTo } = partialCosts(graph, e, source.offset, costs);
  const meters = [source.offset, Math.max(0, len - source.offset)];
  boundedSearch(ws, [graph.edgeFrom[e]!, graph.edgeTo[e]!], [toFrom, toTo], maxMeters, costs, meters);
}

/** Metres of an edge walked with `remaining` cost left, whose whole-arc cost is `cost`. */
function reachable(remaining: number, cost: number, len: number, costs: boolean): number {
  if (!costs) return Math.min(len, remaining);
  if (cost === Infinity) return 0;
  if (!(cost > 0)) return len;
  return Math.min(len, (remaining * len) / cost);
}

/**
 * Cost (metres without costs) to reach the point `s` metres along edge `e` after a search, given
 * its end nodes' costs `da` / `db` (`Infinity` if not reached) and the source offset on this edge
 * (`-1` if none): the best of coming from either end or from the source along the edge.
 */
export function edgePointCost(graph: WalkGraph, e: number, s: number, da: number, db: number, so: number, costs: WalkCosts | null): number {
  const len = graph.edgeLength[e]!;
  if (!costs) {
    let d = da + s;
    const d2 = db + len - s;
    if (d2 < d) d = d2;
    if (so >= 0) {
      const d3 = Math.abs(s - so);
      if (d3 < d) d = d3;
    }
    return d;
  }
  const arcs = edgeArcs(graph);
  const cf = costs.arcCost[arcs[2 * e]!]!,
    cb = costs.arcCost[arcs[2 * e + 1]!]!;
  let d = da + scaled(cf, s, len);
  const d2 = db + scaled(cb, len - s, len);
  if (d2 < d) d = d2;
  if (so >= 0) {
    const d3 = s >= so ? scaled(cf, s - so, len) : scaled(cb, so - s, len);
    if (d3 < d) d = d3;
  }
  return d;
}

/**
 * Walked parts of edges after {@link searchFrom}: for every edge touching a reached node, the
 * intervals reachable from either end (and directly from the source on its own edge), merged.
 * Calls `visit(edge, from, to, dFrom, dTo, srcOffset)` where `dFrom` / `dTo` are the end-node
 * distances (`Infinity` if not reached) and `srcOffset` the source offset on this edge or `-1`.
 */
export function forEachReachedPiece(
  graph: WalkGraph,
  source: SnappedPoint,
  maxMeters: number,
  ws: SearchWorkspace,
  visit: (edge: number, from: number, to: number, dFrom: number, dTo: number, srcOffset: number) => void,
): void {
  const { offsets, arcEdge, edgeFrom, edgeTo, edgeLength } = graph;
  const { dist, stamp, edgeStamp, settled } = ws;
  const gen = ws.generation;
  const T = maxMeters;
  const costs = ws.costs;
  const arcs = costs ? edgeArcs(graph) : null;
  const arcCost = costs?.arcCost;
  const handle = (e: number): void => {
    edgeStamp[e] = gen;
    const a = edgeFrom[e]!,
      b = edgeTo[e]!;
    const len = edgeLength[e]!;
    const da = stamp[a] === gen ? dist[a]! : Infinity;
    const db = stamp[b] === gen ? dist[b]! : Infinity;
    const so = e === source.edge ? source.offset : -1;
    const cf = arcCost ? arcCost[arcs![2 * e]!]! : len,
      cb = arcCost ? arcCost[arcs![2 * e + 1]!]! : len;
    const c = !!costs;
    // up to three intervals: from a, from b, around the source
    let i0s = 1,
      i0e = 0,
      i1s = 1,
      i1e = 0,
      i2s = 1,
      i2e = 0;
    if (da <= T) {
      i0s = 0;
      i0e = reachable(T - da, cf, len, c);
    }
    if (db <= T) {
      i1s = Math.max(0, len - reachable(T - db, cb, len, c));
      i1e = len;
    }
    if (so >= 0) {
      i2s = Math.max(0, so - reachable(T, cb, len, c));
      i2e = Math.min(len, so + reachable(T, cf, len, c));
    }
    // merge (intervals with s > e are empty)
    const iv: number[] = [];
    if (i0s <= i0e) iv.push(i0s, i0e);
    if (i2s <= i2e) iv.push(i2s, i2e);
    if (i1s <= i1e) iv.push(i1s, i1e);
    if (iv.length === 0) return;
    let cs = iv[0]!,
      ce = iv[1]!;
    for (let k = 2; k < iv.length; k += 2) {
      const s = iv[k]!,
        en = iv[k + 1]!;
      if (s <= ce) {
        if (en > ce) ce = en;
      } else {
        visit(e, cs, ce, da, db, so);
        cs = s;
        ce = en;
      }
    }
    visit(e, cs, ce, da, db, so);
  };
  handle(source.edge);
  for (let i = 0; i < ws.settledCount; i++) {
    const v = settled[i]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const e = arcEdge[k]!;
      if (edgeStamp[e] !== gen) handle(e);
    }
  }
}

/**
 * Everything reachable on foot within `maxMeters` of a snapped point: nodes with distances and
 * the walked street parts (partly walked edges cut at the exact remaining distance). With
 * `costs`, within `maxMeters` cost units (edges cut at the exact remaining cost).
 *
 * @example
 * const r = reachWithin(graph, snap(graph, 104.098, 30.677), 900);
 * r.nodes.length; // reached nodes
 * reachLines(graph, r); // GeoJSON MultiLineString of walked streets
 */
export function reachWithin(
  graph: WalkGraph,
  source: SnappedPoint,
  maxMeters: number,
  wsOrOptions?: SearchWorkspace | ReachOptions,
): ReachResult {
  const options: ReachOptions = wsOrOptions && 'graph' in wsOrOptions ? { workspace: wsOrOptions } : (wsOrOptions ?? {});
  const w = options.workspace ?? defaultWorkspace(graph);
  searchFrom(graph, source, maxMeters, w, options.costs);
  const nodes = w.settled.slice(0, w.settledCount);
  const nodeDist = new Float64Array(nodes.length);
  const nodeMeters = new Float64Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    nodeDist[i] = w.dist[nodes[i]!]!;
    nodeMeters[i] = metersAt(w, nodes[i]!);
  }
  const pieces: ReachedPiece[] = [];
  forEachReachedPiece(graph, source, maxMeters, w, (edge, from, to) => pieces.push({ edge, from, to }));
  return { nodes, nodeDist, nodeMeters, pieces, maxMeters };
}

/** Options of {@link reachWithin}. */
export interface ReachOptions {
  workspace?: SearchWorkspace;
  /** Arc costs (walking from the source); `maxMeters` is then in cost units (e.g. seconds). */
  costs?: WalkCosts | null;
}

/**
 * The walked street parts of a {@link ReachResult} as a GeoJSON MultiLineString.
 *
 * @example
 * const geom = reachLines(graph, reachWithin(graph, source, 900));
 */
export function reachLines(graph: WalkGraph, reach: ReachResult): { type: 'MultiLineString'; coordinates: number[][][] } {
  return {
    type: 'MultiLineString',
    coordinates: reach.pieces.map((p) => sliceEdge(graph, p.edge, p.from, p.to)),
  };
}
