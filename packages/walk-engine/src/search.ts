import type { WalkGraph } from './graph.js';

/**
 * Reusable scratch space for bounded searches, so that a search touching a few thousand nodes
 * of a large graph costs only what it touches (no per-call allocation or clearing of n-sized
 * arrays). Not safe to share between concurrent searches.
 */
export interface SearchWorkspace {
  readonly graph: WalkGraph;
  /** Tentative / final distance; valid only where `stamp[v] === generation`. */
  readonly dist: Float64Array;
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

/**
 * Dijkstra from seed nodes (with initial distances), stopping at `cutoff` metres. Afterwards
 * `ws.settled[0 .. ws.settledCount - 1]` are the reached nodes and `ws.dist` their distances.
 * Cost is proportional to the part of the graph reached.
 *
 * @example
 * boundedSearch(ws, Int32Array.of(node), Float64Array.of(0), 900);
 */
export function boundedSearch(ws: SearchWorkspace, seedNode: ArrayLike<number>, seedDist: ArrayLike<number>, cutoff: number): void {
  const { graph, dist, stamp, settled, heapNode, heapKey, pos } = ws;
  const { offsets, arcTarget, arcWeight } = graph;
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
    const v = seedNode[s]!, d = seedDist[s]!;
    if (!(d <= cutoff)) continue;
    if (stamp[v] !== gen) {
      stamp[v] = gen;
      dist[v] = d;
      pos[v] = -1;
      push(v, d);
    } else if (d < dist[v]!) {
      dist[v] = d;
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
      const ln = heapNode[size]!, lk = heapKey[size]!;
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
      if (nd > cutoff) continue;
      if (stamp[u] !== gen) {
        stamp[u] = gen;
        dist[u] = nd;
        pos[u] = -1;
        push(u, nd);
      } else if (nd < dist[u]! && pos[u]! !== -2) {
        dist[u] = nd;
        push(u, nd);
      }
    }
  }
  ws.settledCount = nSettled;
}

/**
 * Full multi-source Dijkstra: for every node the distance to the nearest seed and that seed's
 * label (ties go to the lower label). Nodes farther than `cutoff` keep `Infinity` / `-1`.
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
): { dist: Float64Array; label: Int32Array } {
  const n = graph.nodeCount;
  const { offsets, arcTarget, arcWeight } = graph;
  const dist = new Float64Array(n).fill(Infinity);
  const label = new Int32Array(n).fill(-1);
  const heapNode = new Int32Array(n);
  const heapKey = new Float64Array(n);
  const pos = new Int32Array(n).fill(-1);
  let size = 0;

  const push = (v: number, key: number): void => {
    let i = pos[v]!;
    if (i < 0) i = size++;
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
    const v = seedNode[s]!, d = seedDist[s]!, l = seedLabel[s]!;
    if (!(d <= cutoff)) continue;
    if (d < dist[v]!) {
      dist[v] = d;
      label[v] = l;
      push(v, d);
    } else if (d === dist[v]! && l < label[v]!) {
      label[v] = l;
    }
  }

  while (size > 0) {
    const v = heapNode[0]!;
    const dv = heapKey[0]!;
    const lv = label[v]!;
    pos[v] = -2;
    size--;
    if (size > 0) {
      const ln = heapNode[size]!, lk = heapKey[size]!;
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
      const du = dist[u]!;
      if (nd < du) {
        if (nd > cutoff || pos[u] === -2) continue;
        dist[u] = nd;
        label[u] = lv;
        push(u, nd);
      } else if (nd === du && lv < label[u]! && pos[u] !== -2) {
        label[u] = lv;
      }
    }
  }
  return { dist, label };
}
