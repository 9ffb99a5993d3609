import type { WalkGraph } from './graph.js';
import type { WalkCosts } from './costs.js';

/**
 * Reusable scratch space for bounded searches, so that a search touching a few thousand nodes
 * of a large graph costs only what it touches (no per-call allocation or clearing of n-sized
 * arrays). Not safe to share between concurrent searches.
 */
export interface SearchWorkspace {
  readonly graph: WalkGraph;
  /** Tentative / final distance (the cost, when searched with costs); valid only where `stamp[v] === generation`. */
  readonly dist: Float64Array;
  /** Walked metres of each node's path when the last search had costs (else `dist` is the metres). */
  readonly meters: Float64Array;
  /** The costs of the last search, `null` for metres. */
  costs: WalkCosts | null;
  readonly stamp: Uint32Array;
  generation: number;
  /** Nodes settled by the last search, in settling order. */
  readonly settled: Int32Array;
  settledCount: number;
  readonly heapNode: Int32Array;
  readonly heapKey: Float64Array;
  readonly pos: Int32Array;
  /** Per-edge stamp for callers that visit each edge once. */
  readonly edgeStamp: Uint32Array;
}

/**
 * Allocates a workspace for {@link boundedSearch} on a graph.
 *
 * @example
 * const ws = createWorkspace(graph);
 */
export function createWorkspace(graph: WalkGraph): SearchWorkspace {
  const n = graph.nodeCount;
  return {
    graph,
    dist: new Float64Array(n),
    meters: new Float64Array(n),
    costs: null,
    stamp: new Uint32Array(n),
    generation: 0,
    settled: new Int32Array(n),
    settledCount: 0,
    heapNode: new Int32Array(n),
    heapKey: new Float64Array(n),
    pos: new Int32Array(n).fill(-1),
    edgeStamp: new Uint32Array(graph.edgeCount),
  };
}

/** Walked metres of node `v` after a bounded search (`ws.dist` when it searched metres). */
export function metersAt(ws: SearchWorkspace, v: number): number {
  return ws.costs ? ws.meters[v]! : ws.dist[v]!;
}

/**
 * Dijkstra from seed nodes (with initial distances), stopping at `cutoff` metres (or cost units
 * when `costs` are given: then `seedDist` are costs, `seedMeters` the metres already walked, and
 * `ws.meters` the walked metres of each chosen path). Afterwards
 * `ws.settled[0 .. ws.settledCount - 1]` are the reached nodes and `ws.dist` their distances.
 * Cost is proportional to the part of the graph reached.
 *
 * @example
 * boundedSearch(ws, Int32Array.of(node), Float64Array.of(0), 900);
 */
export function boundedSearch(
  ws: SearchWorkspace,
  seedNode: ArrayLike<number>,
  seedDist: ArrayLike<number>,
  cutoff: number,
  costs?: WalkCosts | null,
  seedMeters?: ArrayLike<number>,
): void {
  const { graph, dist, meters, stamp, settled, heapNode, heapKey, pos } = ws;
  const { offsets, arcTarget, arcEdge, edgeLength } = graph;
  const arcWeight = costs ? costs.arcCost : graph.arcWeight;
  const track = !!costs;
  ws.costs = costs ?? null;
  let gen = ws.generation + 1;
  if (gen >= 0xffffffff) {
    stamp.fill(0);
    ws.edgeStamp.fill(0);
    gen = 1;
  }
  ws.generation = gen;
  let size = 0;
  let nSettled = 0;

  const push = (v: number, key: number): void => {
    let i = pos[v]!;
    if (i < 0) i = size++;
    // sift up
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = heapKey[parent]!;
      if (pk <= key) break;
      const pn = heapNode[parent]!;
      heapNode[i] = pn;
      heapKey[i] = pk;
      pos[pn] = i;
      i = parent;
    }
    heapNode[i] = v;
    heapKey[i] = key;
    pos[v] = i;
  };

  for (let s = 0; s < seedNode.length; s++) {
    const v = seedNode[s]!,
      d = seedDist[s]!;
    if (!(d <= cutoff)) continue;
    if (stamp[v] !== gen) {
      stamp[v] = gen;
      dist[v] = d;
      if (track) meters[v] = seedMeters ? seedMeters[s]! : 0;
      pos[v] = -1;
      push(v, d);
    } else if (d < dist[v]!) {
      dist[v] = d;
      if (track) meters[v] = seedMeters ? seedMeters[s]! : 0;
      push(v, d);
    }
  }

  while (size > 0) {
    const v = heapNode[0]!;
    const dv = heapKey[0]!;
    pos[v] = -2; // settled
    settled[nSettled++] = v;
    // pop: move last to the root and sift down
    size--;
    if (size > 0) {
      const ln = heapNode[size]!,
        lk = heapKey[size]!;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && heapKey[c + 1]! < heapKey[c]!) c++;
        if (heapKey[c]! >= lk) break;
        const cn = heapNode[c]!;
        heapNode[i] = cn;
        heapKey[i] = heapKey[c]!;
        pos[cn] = i;
        i = c;
      }
      heapNode[i] = ln;
      heapKey[i] = lk;
      pos[ln] = i;
    }
    for (let a = offsets[v]!, end = offsets[v + 1]!; a < end; a++) {
      const u = arcTarget[a]!;
      const nd = dv + arcWeight[a]!;
      if (!(nd <= cutoff)) continue;
      if (stamp[u] !== gen) {
        stamp[u] = gen;
        dist[u] = nd;
        if (track) meters[u] = meters[v]! + edgeLength[arcEdge[a]!]!;
        pos[u] = -1;
        push(u, nd);
      } else if (nd < dist[u]! && pos[u]! !== -2) {
        dist[u] = nd;
        if (track) meters[u] = meters[v]! + edgeLength[arcEdge[a]!]!;
        push(u, nd);
      }
    }
  }
  ws.settledCount = nSettled;
}

const maxWeightCache = new WeakMap<Float32Array, number>();

/** Largest finite arc weight (forbidden arcs, `Infinity`, are never queued). */
function maxArcWeight(aw: Float32Array): number {
  let w = maxWeightCache.get(aw);
  if (w === undefined) {
    w = 0;
    for (let a = 0; a < aw.length; a++) if (aw[a]! > w && aw[a]! < Infinity) w = aw[a]!;
    maxWeightCache.set(aw, w);
  }
  return w;
}

/**
 * Full multi-source shortest paths: for every node the distance to the nearest seed and that
 * seed's label (ties go to the lower label). Nodes farther than `cutoff` keep `Infinity` / `-1`.
 * With `costs`, "distance" is the cost (seeds' `seedDist` are costs too, `seedMeters` the metres
 * they have walked already) and `meters` the walked metres of each node's chosen path; without,
 * `meters` is `dist`.
 *
 * The queue is a ring of buckets `bucketMeters` wide (cost units with costs), scanned in order
 * (a Dial / delta-stepping style bucket queue). Entries are never moved: a node improved later is
 * pushed again and its stale entries are skipped. A node improved after its scan (possible only
 * through an edge shorter than a bucket) is scanned again, so the result is exact, while almost
 * every node is scanned once with O(1) queue work instead of a heap's O(log n).
 *
 * @example
 * const { dist, label } = multiSourceSearch(graph, Int32Array.of(3, 9), Float64Array.of(0, 12.5), Int32Array.of(0, 1));
 */
export function multiSourceSearch(
  graph: WalkGraph,
  seedNode: ArrayLike<number>,
  seedDist: ArrayLike<number>,
  seedLabel: ArrayLike<number>,
  cutoff = Infinity,
  bucketMeters = 10,
  costs?: WalkCosts | null,
  seedMeters?: ArrayLike<number>,
): { dist: Float64Array; label: Int32Array; meters: Float64Array } {
  const n = graph.nodeCount;
  const { offsets, arcTarget, arcEdge, edgeLength } = graph;
  const arcWeight = costs ? costs.arcCost : graph.arcWeight;
  const track = !!costs;
  const dist = new Float64Array(n).fill(Infinity);
  const label = new Int32Array(n).fill(-1);
  const meters = track ? new Float64Array(n).fill(Infinity) : dist;
  if (seedNode.length !== seedDist.length || seedNode.length !== seedLabel.length) {
    throw new RangeError('multiSourceSearch: seedNode, seedDist and seedLabel differ in length');
  }
  if (seedMeters && seedMeters.length !== seedNode.length) throw new RangeError('multiSourceSearch: seedMeters differs in length');
  if (!(bucketMeters > 0)) throw new RangeError(`multiSourceSearch: bucketMeters must be > 0, got ${bucketMeters}`);
  if (costs && costs.arcCost.length !== arcTarget.length) throw new RangeError('multiSourceSearch: costs must have one cost per arc');
  if (seedNode.length === 0 || n === 0) return { dist, label, meters };
  const maxW = maxArcWeight(arcWeight);
  let delta = bucketMeters;
  if (maxW / delta > 1 << 16) delta = maxW / (1 << 16);
  // every queued key lies in [current, current + maxW]: a ring of B buckets suffices
  const B = Math.ceil(maxW / delta) + 2;
  const inv = 1 / delta;
  const buckets: number[][] = [];
  for (let i = 0; i < B; i++) buckets.push([]);
  /** 1 once a node is scanned at its current distance (cleared when it improves). */
  const scanned = new Uint8Array(n);
  let queued = 0;
  let minKey = Infinity;

  for (let s = 0; s < seedNode.length; s++) {
    const v = seedNode[s]!,
      d = seedDist[s]!,
      l = seedLabel[s]!;
    if (!Number.isInteger(v) || v < 0 || v >= n) throw new RangeError(`multiSourceSearch: seed node ${v} is not in the graph`);
    if (!(d >= 0)) throw new RangeError(`multiSourceSearch: seed distance must be ≥ 0, got ${d}`);
    if (!(d <= cutoff)) continue;
    if (d < dist[v]! || (d === dist[v]! && l < label[v]!)) {
      dist[v] = d;
      label[v] = l;
      if (track) meters[v] = seedMeters ? seedMeters[s]! : 0;
      if (d < minKey) minKey = d;
    }
  }
  for (let s = 0; s < seedNode.length; s++) {
    const v = seedNode[s]!;
    if (dist[v]! < Infinity) {
      buckets[Math.floor(dist[v]! * inv) % B]!.push(v);
      queued++;
    }
  }
  let k = Math.floor(minKey * inv);
  while (queued > 0) {
    const bucket = buckets[k % B]!;
    while (bucket.length > 0) {
      const v = bucket.pop()!;
      queued--;
      const dv = dist[v]!;
      // stale entry (node since improved into an earlier bucket) or already scanned at this distance
      if (scanned[v] === 1 || Math.floor(dv * inv) !== k) continue;
      scanned[v] = 1;
      const lv = label[v]!;
      if (track) {
        const mv = meters[v]!;
        for (let a = offsets[v]!, end = offsets[v + 1]!; a < end; a++) {
          const u = arcTarget[a]!;
          const nd = dv + arcWeight[a]!;
          const du = dist[u]!;
          if (nd < du || (nd === du && lv < label[u]!)) {
            if (nd > cutoff) continue;
            dist[u] = nd;
            label[u] = lv;
            meters[u] = mv + edgeLength[arcEdge[a]!]!;
            scanned[u] = 0;
            buckets[Math.floor(nd * inv) % B]!.push(u);
            queued++;
          }
        }
        continue;
      }
      for (let a = offsets[v]!, end = offsets[v + 1]!; a < end; a++) {
        const u = arcTarget[a]!;
        const nd = dv + arcWeight[a]!;
        const du = dist[u]!;
        if (nd < du || (nd === du && lv < label[u]!)) {
          if (nd > cutoff) continue;
          dist[u] = nd;
          label[u] = lv;
          scanned[u] = 0;
          buckets[Math.floor(nd * inv) % B]!.push(u);
          queued++;
        }
      }
    }
    k++;
  }
  return { dist, label, meters };
}
