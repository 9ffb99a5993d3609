import type { WalkGraph } from './graph.js';
import type { SnappedPoint } from './snap.js';
import { boundedSearch, createWorkspace, type SearchWorkspace } from './search.js';
import { sliceEdge } from './shape.js';

/** A walked part of one edge: metres `from .. to` measured from the edge's `edgeFrom` end. */
export interface ReachedPiece {
  edge: number;
  from: number;
  to: number;
}

/** Result of {@link reachWithin}. */
export interface ReachResult {
  /** Reached nodes and their walking distances (ascending). */
  nodes: Int32Array;
  nodeDist: Float64Array;
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
 * distances) and leaves the result in `ws`.
 */
export function searchFrom(graph: WalkGraph, source: SnappedPoint, maxMeters: number, ws: SearchWorkspace): void {
  if (ws.graph !== graph) throw new Error('searchFrom: workspace belongs to another graph');
  if (!Number.isInteger(source?.edge) || source.edge < 0 || source.edge >= graph.edgeCount) {
    throw new RangeError(`searchFrom: source is not snapped to this graph (edge ${source?.edge})`);
  }
  if (!(maxMeters >= 0) || !Number.isFinite(maxMeters)) throw new RangeError(`maxMeters must be a finite number ≥ 0, got ${maxMeters}`);
  const e = source.edge;
  const len = graph.edgeLength[e]!;
  boundedSearch(ws, [graph.edgeFrom[e]!, graph.edgeTo[e]!], [source.offset, Math.max(0, len - source.offset)], maxMeters);
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
  const handle = (e: number): void => {
    edgeStamp[e] = gen;
    const a = edgeFrom[e]!,
      b = edgeTo[e]!;
    const len = edgeLength[e]!;
    const da = stamp[a] === gen ? dist[a]! : Infinity;
    const db = stamp[b] === gen ? dist[b]! : Infinity;
    const so = e === source.edge ? source.offset : -1;
    // up to three intervals: from a, from b, around the source
    let i0s = 1,
      i0e = 0,
      i1s = 1,
      i1e = 0,
      i2s = 1,
      i2e = 0;
    if (da <= T) {
      i0s = 0;
      i0e = Math.min(len, T - da);
    }
    if (db <= T) {
      i1s = Math.max(0, len - (T - db));
      i1e = len;
    }
    if (so >= 0) {
      i2s = Math.max(0, so - T);
      i2e = Math.min(len, so + T);
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
 * the walked street parts (partly walked edges cut at the exact remaining distance).
 *
 * @example
 * const r = reachWithin(graph, snap(graph, 104.098, 30.677), 900);
 * r.nodes.length; // reached nodes
 * reachLines(graph, r); // GeoJSON MultiLineString of walked streets
 */
export function reachWithin(graph: WalkGraph, source: SnappedPoint, maxMeters: number, ws?: SearchWorkspace): ReachResult {
  const w = ws ?? defaultWorkspace(graph);
  searchFrom(graph, source, maxMeters, w);
  const nodes = w.settled.slice(0, w.settledCount);
  const nodeDist = new Float64Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) nodeDist[i] = w.dist[nodes[i]!]!;
  const pieces: ReachedPiece[] = [];
  forEachReachedPiece(graph, source, maxMeters, w, (edge, from, to) => pieces.push({ edge, from, to }));
  return { nodes, nodeDist, pieces, maxMeters };
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
