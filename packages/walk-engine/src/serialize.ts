import Flatbush from 'flatbush';
import type { WalkGraph } from './graph.js';
import type { WalkCosts } from './costs.js';

const ARRAY_FIELDS = [
  'nodeLon',
  'nodeLat',
  'offsets',
  'arcTarget',
  'arcEdge',
  'arcWeight',
  'edgeFrom',
  'edgeTo',
  'edgeLength',
  'shapeOffsets',
  'shapeCoords',
  'edgeSourceId',
  'componentOf',
  'componentSize',
  'segmentEdge',
  'segmentPoint',
] as const;
type ArrayField = (typeof ARRAY_FIELDS)[number];

/**
 * A graph as plain typed arrays (on SharedArrayBuffers unless asked otherwise), ready for
 * `postMessage` to worker threads without copying, or for writing to disk.
 */
export type SerializedGraph = {
  format: 'carecircle-walk-graph/1';
  nodeCount: number;
  edgeCount: number;
  projection: WalkGraph['projection'];
  /** The Flatbush snapping index's buffer. */
  indexData: ArrayBufferLike;
} & { [K in ArrayField]: WalkGraph[K] };

function toShared<T extends Float64Array | Float32Array | Int32Array>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const sab = new SharedArrayBuffer(a.byteLength);
  const copy = new (a.constructor as new (b: SharedArrayBuffer) => T)(sab);
  copy.set(a);
  return copy;
}

/**
 * Serialises a graph. With `shared` (default) every array is moved to a SharedArrayBuffer, so
 * workers given the result share the memory instead of copying it.
 *
 * @example
 * const s = serializeGraph(graph);
 * worker.postMessage(s); // no copy of the arrays
 */
export function serializeGraph(graph: WalkGraph, options: { shared?: boolean } = {}): SerializedGraph {
  const shared = options.shared ?? true;
  const out: Record<string, unknown> = {
    format: 'carecircle-walk-graph/1',
    nodeCount: graph.nodeCount,
    edgeCount: graph.edgeCount,
    projection: { ...graph.projection },
  };
  for (const f of ARRAY_FIELDS) out[f] = shared ? toShared(graph[f]) : graph[f];
  const data = graph.index.data;
  if (shared && !(data instanceof SharedArrayBuffer)) {
    const sab = new SharedArrayBuffer(data.byteLength);
    new Uint8Array(sab).set(new Uint8Array(data));
    out.indexData = sab;
  } else {
    out.indexData = data;
  }
  return out as SerializedGraph;
}

/**
 * Rebuilds a usable graph around serialised arrays (no copy).
 *
 * @example
 * const graph = deserializeGraph(message.graph);
 */
export function deserializeGraph(s: SerializedGraph): WalkGraph {
  if (!s || s.format !== 'carecircle-walk-graph/1') throw new TypeError('deserializeGraph: not a serialised walking graph');
  const g: Record<string, unknown> = {
    nodeCount: s.nodeCount,
    edgeCount: s.edgeCount,
    projection: { ...s.projection },
    index: Flatbush.from(s.indexData),
  };
  for (const f of ARRAY_FIELDS) {
    if (!ArrayBuffer.isView(s[f])) throw new TypeError(`deserializeGraph: field ${f} is missing`);
    g[f] = s[f];
  }
  if (s.offsets.length !== s.nodeCount + 1 || s.edgeFrom.length !== s.edgeCount) {
    throw new RangeError('deserializeGraph: array sizes do not match node / edge counts');
  }
  return g as unknown as WalkGraph;
}

/** Arc costs as a plain typed array on a SharedArrayBuffer, ready for `postMessage` without copying. */
export interface SerializedCosts {
  format: 'carecircle-walk-costs/1';
  arcCost: Float32Array;
}

/**
 * Serialises arc costs (moved to a SharedArrayBuffer unless `shared: false`).
 *
 * @example
 * worker.postMessage(serializeCosts(buildProfileCosts(graph, attrs, WALKING_PROFILES.ELDERLY)));
 */
export function serializeCosts(costs: WalkCosts, options: { shared?: boolean } = {}): SerializedCosts {
  if (!costs || !(costs.arcCost instanceof Float32Array)) throw new TypeError('serializeCosts: not walking costs');
  return { format: 'carecircle-walk-costs/1', arcCost: (options.shared ?? true) ? toShared(costs.arcCost) : costs.arcCost };
}

/**
 * Costs around serialised arrays (no copy), checked against the graph they are for.
 *
 * @example
 * const costs = deserializeCosts(message.costs, graph);
 */
export function deserializeCosts(s: SerializedCosts, graph: WalkGraph): WalkCosts {
  if (!s || s.format !== 'carecircle-walk-costs/1' || !(s.arcCost instanceof Float32Array)) {
    throw new TypeError('deserializeCosts: not serialised walking costs');
  }
  if (s.arcCost.length !== graph.arcTarget.length) {
    throw new RangeError(`deserializeCosts: ${s.arcCost.length} arc costs for a graph of ${graph.arcTarget.length} arcs`);
  }
  return { arcCost: s.arcCost };
}
