import { readFileSync } from 'node:fs';
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

/**
 * The arcs of a graph laid out for the multi-source search: per arc `[target, weight]` (stride 2)
 * or, with costs, `[target, cost, metres]` (stride 4, one cache line holds four arcs), so that
 * scanning a node reads one stretch of memory instead of two or three arrays. `Int32Array` and
 * `Float32Array` views of one buffer; built once per weight array and thread.
 */
interface ArcRecords {
  readonly int: Int32Array;
  readonly float: Float32Array;
  readonly stride: number;
  /** Largest finite weight (forbidden arcs, `Infinity`, are never queued). */
  readonly maxWeight: number;
}

const arcRecordCache = new WeakMap<Float32Array, ArcRecords>();

function arcRecords(graph: WalkGraph, weights: Float32Array, withMeters: boolean): ArcRecords {
  let r = arcRecordCache.get(weights);
  if (r) return r;
  const { arcTarget, arcWeight } = graph;
  const m2 = arcTarget.length;
  const stride = withMeters ? 4 : 2;
  const buffer = new ArrayBuffer(4 * stride * m2);
  const int = new Int32Array(buffer),
    float = new Float32Array(buffer);
  let maxWeight = 0;
  for (let a = 0, o = 0; a < m2; a++, o += stride) {
    const w = weights[a]!;
    int[o] = arcTarget[a]!;
    float[o + 1] = w;
    if (withMeters) float[o + 2] = arcWeight[a]!;
    if (w > maxWeight && w < Infinity) maxWeight = w;
  }
  r = { int, float, stride, maxWeight };
  arcRecordCache.set(weights, r);
  return r;
}

/** From this many nodes on (beyond what caches hold), each label's region is searched in turn. */
const REGIONAL_MIN_NODES = 65_536;
/** Buckets each label's search advances per round of a regional search. */
const REGIONAL_BUCKETS = 50;

/** Seeds checked, and their labels renumbered 1..L in increasing order (0 = unreached), so comparing ids compares labels. */
interface SeedSet {
  readonly node: ArrayLike<number>;
  readonly dist: ArrayLike<number>;
  readonly label: ArrayLike<number>;
  readonly meters: ArrayLike<number> | undefined;
  readonly labelOf: number[];
  readonly idOf: Map<number, number>;
}

function checkSeeds(
  graph: WalkGraph,
  seedNode: ArrayLike<number>,
  seedDist: ArrayLike<number>,
  seedLabel: ArrayLike<number>,
  bucketMeters: number,
  costs: WalkCosts | null | undefined,
  seedMeters: ArrayLike<number> | undefined,
  what: string,
): SeedSet {
  const n = graph.nodeCount;
  if (seedNode.length !== seedDist.length || seedNode.length !== seedLabel.length) {
    throw new RangeError(`${what}: seedNode, seedDist and seedLabel differ in length`);
  }
  if (seedMeters && seedMeters.length !== seedNode.length) throw new RangeError(`${what}: seedMeters differs in length`);
  if (!(bucketMeters > 0)) throw new RangeError(`${what}: bucketMeters must be > 0, got ${bucketMeters}`);
  if (costs && costs.arcCost.length !== graph.arcTarget.length) throw new RangeError(`${what}: costs must have one cost per arc`);
  for (let s = 0; s < seedNode.length; s++) {
    const v = seedNode[s]!,
      d = seedDist[s]!,
      l = seedLabel[s]!;
    if (!Number.isInteger(v) || v < 0 || v >= n) throw new RangeError(`${what}: seed node ${v} is not in the graph`);
    if (!(d >= 0)) throw new RangeError(`${what}: seed distance must be ≥ 0, got ${d}`);
    if (!Number.isInteger(l) || l < 0) throw new RangeError(`${what}: seed label must be an integer ≥ 0, got ${l}`);
  }
  const labels = Float64Array.from(seedLabel).sort();
  const labelOf: number[] = [-1];
  const idOf = new Map<number, number>();
  for (const l of labels) if (!idOf.has(l)) idOf.set(l, labelOf.push(l) - 1);
  return { node: seedNode, dist: seedDist, label: seedLabel, meters: seedMeters, labelOf, idOf };
}

/** The shape of a search's bucket queue (see {@link searchInto}), the same in JavaScript and in the kernel. */
interface QueueShape {
  /** 1 / bucket width. */
  readonly inv: number;
  /** Buckets per group (a power of two). */
  readonly B: number;
  /** Each label grows its own region (groups = labels), or one group for all. */
  readonly regional: boolean;
  readonly G: number;
}

/**
 * Buckets `bucketMeters` wide (wider when the longest arc would need more than 65,536 of them, or
 * when `maxKey` would pass 2^30 buckets), and enough of them in a ring for the longest arc.
 */
function queueShape(graph: WalkGraph, maxWeight: number, bucketMeters: number, labels: number, maxKey = 0): QueueShape {
  let delta = bucketMeters;
  if (maxWeight / delta > 1 << 16) delta = maxWeight / (1 << 16);
  if (maxKey / delta > 2 ** 30) delta = maxKey / 2 ** 30;
  const inv = 1 / delta;
  // every key a group has queued lies in [its current bucket, + maxW]: a ring of B ≥ that many buckets (a power of two) suffices
  let B = 1;
  while (B < Math.ceil(maxWeight * inv) + 2) B <<= 1;
  // On a large graph each label grows its own region (see below); a small one fits the cache as it is.
  const regional = graph.nodeCount >= REGIONAL_MIN_NODES && labels > 1;
  return { inv, B, regional, G: regional ? labels : 1 };
}

/**
 * The search itself (see {@link multiSourceSearch}), from all seeds, into `dist`, `lab` (label
 * ids, negative once scanned) and `meters`. The two-part search runs the same loop compiled to
 * WebAssembly (`assembly/search.ts`): a change here goes there too.
 */
function searchInto(
  graph: WalkGraph,
  seeds: SeedSet,
  cutoff: number,
  bucketMeters: number,
  costs: WalkCosts | null,
  dist: Float64Array,
  lab: Int32Array,
  meters: Float64Array,
): void {
  const { node: seedNode, dist: seedDist, label: seedLabel, meters: seedMeters } = seeds;
  const { offsets } = graph;
  const track = !!costs;
  const recs = arcRecords(graph, costs ? costs.arcCost : graph.arcWeight, track);
  const { int: arcInt, float: arcFloat, stride } = recs;
  const { idOf, labelOf } = seeds;
  const { inv, B, regional, G } = queueShape(graph, recs.maxWeight, bucketMeters, labelOf.length - 1);
  const mask = B - 1;
  /**
   * Bucket `b` of group `g` is a stack of `bucketLen[g * B + b]` nodes at `pools[g][b << shifts[g] ..]`:
   * each bucket of a group has room for `1 << shifts[g]` nodes, doubled for the whole group when
   * one is full. A group's pool is made when it first gets a node; all pushes while a group is
   * worked on go to that group, so its pool is a local there.
   */
  const pools: (Int32Array | null)[] = new Array<Int32Array | null>(G).fill(null);
  const firstShift = firstShiftOf(B);
  const shifts = new Int32Array(G).fill(firstShift);
  const bucketLen = new Int32Array(G * B);
  /** Nodes queued per group, and the bucket (absolute index) each group is at. */
  const queued = new Int32Array(G);
  const at = new Float64Array(G).fill(Infinity);
  const seedCount = seedNode.length;
  for (let s = 0; s < seedCount; s++) {
    const v = seedNode[s]!,
      d = seedDist[s]!,
      l = idOf.get(seedLabel[s]!)!;
    if (!(d <= cutoff)) continue;
    if (d < dist[v]! || (d === dist[v]! && l < lab[v]!)) {
      dist[v] = d;
      lab[v] = l;
      if (track) meters[v] = seedMeters ? seedMeters[s]! : 0;
    }
  }
  let minKey = Infinity;
  for (let s = 0; s < seedCount; s++) {
    const v = seedNode[s]!;
    const l = idOf.get(seedLabel[s]!)!;
    // queued by the seed that won it (a second equal seed's entry is skipped as already scanned)
    if (lab[v] !== l || dist[v] !== seedDist[s]) continue;
    const g = regional ? l - 1 : 0;
    const kk = Math.floor(dist[v]! * inv);
    const slot = kk & mask,
      b = g * B + slot;
    let gp = pools[g] ?? (pools[g] = new Int32Array(B << firstShift));
    if (bucketLen[b] === 1 << shifts[g]!) gp = pools[g] = growGroup(gp, bucketLen, g * B, B, shifts[g]!++);
    gp[(slot << shifts[g]!) + bucketLen[b]!++] = v;
    queued[g]!++;
    if (kk < at[g]!) at[g] = kk;
    if (kk < minKey) minKey = kk;
  }

  // Each group's buckets are scanned in distance order, a bucket's nodes in any order (a stack).
  // A regional search advances every label's group by REGIONAL_BUCKETS buckets per round, so one
  // wave front is worked on at a time while its streets are in the cache. Another label may
  // improve a node later (near where regions meet): the node is queued again in that label's
  // group and its old entries are skipped, so the result is the exact fixpoint of the
  // relaxations, as with a single queue.
  // (The group's count and the current bucket's length are kept in locals while it is worked on.)
  const step = regional ? REGIONAL_BUCKETS : Infinity;
  let limit = minKey - 1;
  let pending = minKey < Infinity;
  while (pending) {
    pending = false;
    limit += step;
    for (let g = 0; g < G; g++) {
      let q = queued[g]!;
      if (q === 0) continue;
      let k = at[g]!;
      const base = g * B;
      let gp = pools[g]!,
        gs = shifts[g]!,
        room = 1 << gs;
      while (q > 0 && k <= limit) {
        const cs = k & mask,
          cur = base + cs;
        let top = bucketLen[cur]!;
        while (top > 0) {
          const v = gp[(cs << gs) + --top]!;
          q--;
          const lv = lab[v]!;
          // already scanned at its distance, or a stale entry (the node since improved, or taken by another label's region)
          if (lv <= 0 || (regional && lv - 1 !== g)) continue;
          const dv = dist[v]!;
          if (Math.floor(dv * inv) !== k) continue;
          lab[v] = -lv;
          // without costs `meters` is `dist`: the write below is skipped
          const mv = meters[v]!;
          for (let a = stride * offsets[v]!, end = stride * offsets[v + 1]!; a < end; a += stride) {
            const u = arcInt[a]!;
            const nd = dv + arcFloat[a + 1]!;
            const du = dist[u]!;
            if (nd < du || (nd === du && lv < Math.abs(lab[u]!))) {
              if (nd > cutoff) continue;
              dist[u] = nd;
              lab[u] = lv;
              if (track) meters[u] = mv + arcFloat[a + 2]!;
              const bs = Math.floor(nd * inv) & mask,
                b = base + bs;
              const len = b === cur ? top : bucketLen[b]!;
              if (len === room) {
                bucketLen[cur] = top;
                gp = growGroup(gp, bucketLen, base, B, gs++);
                room = 1 << gs;
              }
              gp[(bs << gs) + len] = u;
              if (b === cur) top = len + 1;
              else bucketLen[b] = len + 1;
              q++;
            }
          }
        }
        bucketLen[cur] = 0;
        k++;
      }
      at[g] = k;
      queued[g] = q;
      pools[g] = gp;
      shifts[g] = gs;
      if (q > 0) pending = true;
    }
  }
}

/** Each bucket's first room, as a shift: 256 nodes a group at first. */
function firstShiftOf(B: number): number {
  return Math.max(1, 8 - Math.log2(B));
}

/** The pool of one group of {@link searchInto}'s buckets, `base .. base + B - 1`, with twice the room per bucket. */
function growGroup(pool: Int32Array, bucketLen: Int32Array, base: number, B: number, shift: number): Int32Array {
  const grown: Int32Array = new Int32Array(2 * pool.length);
  for (let b = 0; b < B; b++) grown.set(pool.subarray(b << shift, (b << shift) + bucketLen[base + b]!), b << (shift + 1));
  return grown;
}

/**
 * Full multi-source shortest paths: for every node the distance to the nearest seed and that
 * seed's label (labels are integers ≥ 0; ties go to the lower label). Nodes farther than `cutoff` keep `Infinity` / `-1`.
 * With `costs`, "distance" is the cost (seeds' `seedDist` are costs too, `seedMeters` the metres
 * they have walked already) and `meters` the walked metres of each node's chosen path; without,
 * `meters` is `dist`.
 *
 * The queue is a ring of buckets `bucketMeters` wide (cost units with costs), scanned in order
 * (a Dial / delta-stepping style bucket queue). Entries are never moved: a node improved later is
 * pushed again and its stale entries are skipped. A node improved after its scan (possible only
 * through an edge shorter than a bucket) is scanned again, so the result is exact, while almost
 * every node is scanned once with O(1) queue work instead of a heap's O(log n).
 * {@link multiSourceSearchPart} splits the same search between two threads.
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
  const seeds = checkSeeds(graph, seedNode, seedDist, seedLabel, bucketMeters, costs, seedMeters, 'multiSourceSearch');
  const dist = new Float64Array(n).fill(Infinity);
  const lab = new Int32Array(n);
  const meters = costs ? new Float64Array(n).fill(Infinity) : dist;
  if (seedNode.length > 0 && n > 0) {
    searchInto(graph, seeds, cutoff, bucketMeters, costs ?? null, dist, lab, meters);
  }
  const { labelOf } = seeds;
  // the label ids become labels in place (an Int32Array either way)
  for (let v = 0; v < n; v++) lab[v] = labelOf[Math.abs(lab[v]!)]!;
  return { dist, label: lab, meters };
}

/**
 * Shared memory of a search split in two ({@link multiSourceSearchPart}): one WebAssembly memory,
 * shared by the two threads, holding the graph's arcs as the kernel reads them, each part's
 * distances, label ids and (with costs) metres, the queue, and a few flags; the arrays here are
 * views of it. The merged answer goes to other arrays, so these serve the next search (on the same
 * graph and costs: they are checked).
 */
export interface SearchParts {
  readonly memory: WebAssembly.Memory;
  readonly dist: readonly [Float64Array, Float64Array];
  readonly lab: readonly [Int32Array, Int32Array];
  readonly meters: readonly [Float64Array, Float64Array] | null;
  /**
   * `[0]`: parts finished; `[1 + p]`: 1 once part `p` has cleared its arrays (its distances can be
   * read); `[3]`: halves merged (when the parts merge together, see {@link FieldOut}); `[4 + p]`:
   * 1 while part `p`'s arrays are clear already (the merge clears what it has read), so the next
   * search need not clear them.
   */
  readonly flags: Int32Array;
  /** Byte addresses in `memory` of what the kernel reads (see {@link createSearchParts}). */
  readonly layout: PartsLayout;
}

interface PartsLayout {
  readonly nodeCount: number;
  readonly arcCount: number;
  /** 32-bit words per arc record: target, weight (and metres, with costs). */
  readonly stride: 2 | 4;
  readonly offsets: number;
  readonly arcs: number;
  readonly dist: readonly [number, number];
  readonly lab: readonly [number, number];
  /** 0 without costs. */
  readonly meters: readonly [number, number];
  /** Where the queue's memory starts (after a search the bump pointer is reset to it). */
  readonly heapStart: number;
}

/** Words of the memory's header (Int32 index): the bump pointer, the arc records' state, their fingerprint. */
const HEAP_WORD = 8,
  RECORDS_WORD = 9,
  FINGERPRINT_WORD = 10;
/** Byte address of the largest finite arc weight (Float64). */
const MAX_WEIGHT_BYTE = 48;
/** Records: not written yet, being written (by the first part), written. */
const RECORDS_NONE = 0,
  RECORDS_BUILDING = 1,
  RECORDS_READY = 2;
/** WebAssembly pages of 64 KiB; a shared memory declares its maximum (4 GiB, address space only). */
const PAGE = 65_536,
  MAX_PAGES = 65_536;
/**
 * Where two parts running at the same time merge their answer together (each half the nodes),
 * on SharedArrayBuffers: new ones for every search, since they become the answer.
 */
export interface FieldOut {
  readonly dist: Float64Array;
  readonly label: Int32Array;
  /** With costs only. */
  readonly meters: Float64Array | null;
}

/**
 * Allocates the shared answer of a two-part search merged together ({@link FieldOut}).
 *
 * @example
 * const out = createFieldOut(graph.nodeCount, false);
 */
export function createFieldOut(nodeCount: number, withMeters: boolean): FieldOut {
  return {
    dist: new Float64Array(new SharedArrayBuffer(8 * nodeCount)),
    label: new Int32Array(new SharedArrayBuffer(4 * nodeCount)),
    meters: withMeters ? new Float64Array(new SharedArrayBuffer(8 * nodeCount)) : null,
  };
}

/** How long a part that finished first waits for the other before it gives up (a thread stopped). */
const PARTNER_WAIT_MS = 60_000;

/**
 * Allocates the shared memory of a two-part search on a graph of `nodeCount` nodes and `arcCount`
 * arcs (reusable, one search at a time, on one graph with one kind of weights: metres, or costs
 * when `withMeters`). The first search writes the arcs into it.
 *
 * @example
 * const parts = createSearchParts(graph.nodeCount, graph.arcTarget.length, false);
 */
export function createSearchParts(nodeCount: number, arcCount: number, withMeters: boolean): SearchParts {
  const stride = withMeters ? 4 : 2;
  let end = 64;
  const place = (bytes: number): number => {
    const at = end;
    end += Math.ceil(bytes / 64) * 64;
    return at;
  };
  const offsets = place(4 * (nodeCount + 1));
  const arcs = place(4 * stride * arcCount);
  const dist = [place(8 * nodeCount), place(8 * nodeCount)] as const;
  const lab = [place(4 * nodeCount), place(4 * nodeCount)] as const;
  const meters = withMeters ? ([place(8 * nodeCount), place(8 * nodeCount)] as const) : ([0, 0] as const);
  const heapStart = end;
  // room for the seeds and a first queue; the kernel grows the memory when it needs more
  const pages = Math.ceil((heapStart + (1 << 20) + nodeCount) / PAGE);
  if (pages > MAX_PAGES)
    throw new RangeError(`createSearchParts: a graph of ${nodeCount} nodes and ${arcCount} arcs does not fit in 4 GiB`);
  const memory = new WebAssembly.Memory({ initial: pages, maximum: MAX_PAGES, shared: true });
  const buf = memory.buffer;
  const flags = new Int32Array(buf, 0, 6);
  new Int32Array(buf, 0, 16)[HEAP_WORD] = heapStart;
  const f64 = (at: number) => new Float64Array(buf, at, nodeCount);
  const i32 = (at: number) => new Int32Array(buf, at, nodeCount);
  const parts: SearchParts = {
    memory,
    dist: [f64(dist[0]), f64(dist[1])],
    lab: [i32(lab[0]), i32(lab[1])],
    meters: withMeters ? [f64(meters[0]), f64(meters[1])] : null,
    flags,
    layout: { nodeCount, arcCount, stride, offsets, arcs, dist, lab, meters, heapStart },
  };
  parts.dist.forEach((d) => d.fill(Infinity));
  parts.meters?.forEach((m) => m.fill(Infinity));
  flags[4] = flags[5] = 1;
  return parts;
}

/** The search kernel's exports (`assembly/search.ts`). */
interface Kernel {
  search(
    heap: number,
    offsets: number,
    arcs: number,
    stride: number,
    track: number,
    dist: number,
    lab: number,
    meters: number,
    seedNode: number,
    seedDist: number,
    seedLabel: number,
    seedMeters: number,
    seedCount: number,
    G: number,
    B: number,
    firstShift: number,
    inv: number,
    cutoff: number,
    regional: number,
    step: number,
    partner: number,
    partnerReady: number,
    margin: number,
  ): void;
}

let kernelModule: WebAssembly.Module | null = null;
/** The kernel on `parts`' memory (the module is compiled once per thread, next to this file's package: dist/search-kernel.wasm). */
function kernelOn(parts: SearchParts): Kernel {
  kernelModule ??= new WebAssembly.Module(readFileSync(new URL('../dist/search-kernel.wasm', import.meta.url)));
  return new WebAssembly.Instance(kernelModule, { env: { memory: parts.memory, abort: kernelAbort } }).exports as unknown as Kernel;
}

function kernelAbort(): never {
  throw new Error('search kernel: out of memory');
}

/** A fingerprint of a graph's offsets and arc records with these weights (FNV-1a over their 32-bit words), once per thread and weights. */
const fingerprintCache = new WeakMap<Float32Array, Map<Int32Array, number>>();
function recordsFingerprint(graph: WalkGraph, weights: Float32Array, withMeters: boolean): number {
  let byTargets = fingerprintCache.get(weights);
  let f = byTargets?.get(graph.arcTarget);
  if (f !== undefined) return f;
  const { int, stride } = arcRecords(graph, weights, withMeters);
  f = 0x811c9dc5;
  for (let v = 0; v < graph.offsets.length; v++) f = Math.imul(f ^ graph.offsets[v]!, 0x01000193);
  for (let i = 0; i < int.length; i++) {
    if (i % stride === 3) continue; // padding
    f = Math.imul(f ^ int[i]!, 0x01000193);
  }
  f |= 0;
  if (!byTargets) fingerprintCache.set(weights, (byTargets = new Map()));
  byTargets.set(graph.arcTarget, f);
  return f;
}

/**
 * Makes sure `parts` hold this graph's arcs with these weights: the first part to come writes them
 * (the other waits), later searches compare fingerprints.
 */
function ensureRecords(parts: SearchParts, graph: WalkGraph, weights: Float32Array, withMeters: boolean): number {
  const header = new Int32Array(parts.memory.buffer, 0, 16);
  const fingerprint = recordsFingerprint(graph, weights, withMeters);
  if (Atomics.compareExchange(header, RECORDS_WORD, RECORDS_NONE, RECORDS_BUILDING) === RECORDS_NONE) {
    const { layout } = parts;
    const buf = parts.memory.buffer;
    new Int32Array(buf, layout.offsets, layout.nodeCount + 1).set(graph.offsets);
    const recs = arcRecords(graph, weights, withMeters);
    new Int32Array(buf, layout.arcs, layout.stride * layout.arcCount).set(recs.int);
    new Float64Array(buf, MAX_WEIGHT_BYTE, 1)[0] = recs.maxWeight;
    header[FINGERPRINT_WORD] = fingerprint;
    Atomics.store(header, RECORDS_WORD, RECORDS_READY);
    Atomics.notify(header, RECORDS_WORD);
  } else {
    while (Atomics.load(header, RECORDS_WORD) !== RECORDS_READY) {
      if (Atomics.wait(header, RECORDS_WORD, RECORDS_BUILDING, PARTNER_WAIT_MS) === 'timed-out') {
        throw new Error('multiSourceSearchPart: the other part did not write the arcs');
      }
    }
    if (header[FINGERPRINT_WORD] !== fingerprint) {
      throw new RangeError('multiSourceSearchPart: the shared memory holds the arcs of another graph or other weights');
    }
  }
  return new Float64Array(parts.memory.buffer, MAX_WEIGHT_BYTE, 1)[0]!;
}

/**
 * Which part (0 or 1) each seed belongs to: labels ordered by their first seed's node number
 * (nodes are numbered along a Hilbert curve, so this is a split of the map), those before the
 * middle node to part 0, the others to part 1. The parts' searches then cover about half the
 * nodes each, wherever the facilities are dense; each part keeps at least one label. Both parts
 * compute the same split.
 */
function partOfSeeds(seedNode: ArrayLike<number>, seedLabel: ArrayLike<number>, nodeCount: number, part: 0 | 1): Uint8Array {
  const firstNode = new Map<number, number>();
  for (let s = 0; s < seedNode.length; s++) {
    const l = seedLabel[s]!,
      v = seedNode[s]!;
    const f = firstNode.get(l);
    if (f === undefined || v < f) firstNode.set(l, v);
  }
  const order = [...firstNode.keys()].sort((a, b) => firstNode.get(a)! - firstNode.get(b)! || a - b);
  let before = 0;
  while (before < order.length && firstNode.get(order[before]!)! < nodeCount / 2) before++;
  const split = order.length < 2 ? order.length : Math.min(Math.max(before, 1), order.length - 1);
  const inFirst = new Set(order.slice(0, split));
  const use = new Uint8Array(seedNode.length);
  for (let s = 0; s < seedNode.length; s++) use[s] = inFirst.has(seedLabel[s]!) === (part === 0) ? 1 : 0;
  return use;
}

/**
 * One half of {@link multiSourceSearch}, for two threads that share `parts`: part 0 searches from
 * the labels on one half of the map, part 1 from the others, each dropping what the other part has
 * already reached more cheaply, so each does about half the work. The part that finishes second
 * merges both and returns the answer (`null` from the first), exactly that of
 * {@link multiSourceSearch} whether the parts ran at the same time or one after the other. The
 * merge leaves `parts` ready for the next search; after a part that did not finish (a thread
 * stopped), allocate new ones.
 *
 * With `out` (the same for both parts, see {@link createFieldOut}), the parts must run at the
 * same time: the first to finish waits for the other, both merge half the nodes into `out`, and
 * the last to finish its half returns `out` (the other `null`); this halves the merge's time.
 * `whileWaiting` is called by the first to finish if the other is still searching (before it waits).
 *
 * @example
 * // on two workers, with the same arguments and shared `parts`:
 * const answer = multiSourceSearchPart(graph, seedNode, seedDist, seedLabel, 0, parts); // null on the first to finish
 */
export function multiSourceSearchPart(
  graph: WalkGraph,
  seedNode: ArrayLike<number>,
  seedDist: ArrayLike<number>,
  seedLabel: ArrayLike<number>,
  part: 0 | 1,
  parts: SearchParts,
  options: {
    cutoff?: number;
    bucketMeters?: number;
    costs?: WalkCosts | null;
    seedMeters?: ArrayLike<number>;
    out?: FieldOut | null;
    whileWaiting?: (() => void) | null;
  } = {},
): { dist: Float64Array; label: Int32Array; meters: Float64Array } | null {
  const n = graph.nodeCount;
  const { cutoff = Infinity, bucketMeters = 10, costs = null, seedMeters, out = null, whileWaiting = null } = options;
  if (part !== 0 && part !== 1) throw new RangeError(`multiSourceSearchPart: part must be 0 or 1, got ${String(part)}`);
  const { layout } = parts;
  if (layout.nodeCount !== n || layout.arcCount !== graph.arcTarget.length) {
    throw new RangeError('multiSourceSearchPart: the shared arrays are not of this graph');
  }
  if (!!costs !== !!parts.meters) throw new RangeError('multiSourceSearchPart: metres are kept exactly when searching with costs');
  if (out && (out.dist.length !== n || out.label.length !== n || !!out.meters !== !!costs || (out.meters && out.meters.length !== n))) {
    throw new RangeError('multiSourceSearchPart: the answer arrays are not of this graph and search');
  }
  const seeds = checkSeeds(graph, seedNode, seedDist, seedLabel, bucketMeters, costs, seedMeters, 'multiSourceSearchPart');
  const weights = costs ? costs.arcCost : graph.arcWeight;
  const maxWeight = ensureRecords(parts, graph, weights, !!costs);
  const dist = parts.dist[part],
    lab = parts.lab[part],
    meters = parts.meters?.[part] ?? null;
  if (Atomics.exchange(parts.flags, 4 + part, 0) !== 1) {
    dist.fill(Infinity);
    lab.fill(0);
    meters?.fill(Infinity);
  }
  Atomics.store(parts.flags, 1 + part, 1);
  if (seedNode.length > 0 && n > 0) {
    // Rounding moves a sum by at most half an ulp of the largest distance per edge walked: over
    // n edges of at most the graph's total weight, less than this. Beyond it, "beaten" is certain.
    const total = totalWeight(graph, costs);
    const margin = n * Math.min(cutoff, total) * Number.EPSILON;
    const use = partOfSeeds(seedNode, seedLabel, n, part);
    let maxSeed = 0;
    for (let s = 0; s < seedNode.length; s++)
      if (seedDist[s]! <= cutoff && seedDist[s]! < Infinity && seedDist[s]! > maxSeed) maxSeed = seedDist[s]!;
    const shape = queueShape(graph, maxWeight, bucketMeters, seeds.labelOf.length - 1, Math.min(cutoff, total + maxSeed));
    searchPartInKernel(parts, part, seeds, use, shape, cutoff, !!costs, margin);
  }
  const { flags } = parts;
  const first = Atomics.add(flags, 0, 1) === 0;
  // both searches are over: the queue's memory serves the next one
  if (!first) Atomics.store(new Int32Array(parts.memory.buffer, 0, 16), HEAP_WORD, layout.heapStart);
  if (!out) {
    if (first) return null;
    // Second to finish: both parts are final.
    return mergeParts(parts, seeds.labelOf, n);
  }
  if (first) {
    if (whileWaiting && Atomics.load(flags, 0) < 2) whileWaiting();
    while (Atomics.load(flags, 0) < 2) {
      if (Atomics.wait(flags, 0, 1, PARTNER_WAIT_MS) === 'timed-out') {
        throw new Error('multiSourceSearchPart: the other part did not finish');
      }
    }
  } else {
    Atomics.notify(flags, 0);
  }
  const half = Math.ceil(n / 2);
  mergeInto(parts, seeds.labelOf, out, part === 0 ? 0 : half, part === 0 ? half : n);
  if (Atomics.add(flags, 3, 1) === 0) return null;
  // Both halves are merged (and cleared): the shared arrays serve the next search.
  markCleared(flags);
  return { dist: out.dist, label: out.label, meters: out.meters ?? out.dist };
}

/**
 * Part `part` of the search in the kernel, from the seeds `use` admits: a relaxation the partner
 * (the other part's distances, read while it runs, once it has set them all to Infinity) already
 * beats by more than `margin` is dropped: every node behind it is nearer to the partner's seeds
 * too, so the lexicographic minimum of the two answers is the answer from all seeds. `margin`
 * covers the rounding of the sums along the rest of a path, so a tie decided by labels is never
 * dropped.
 */
function searchPartInKernel(
  parts: SearchParts,
  part: 0 | 1,
  seeds: SeedSet,
  use: Uint8Array,
  shape: QueueShape,
  cutoff: number,
  track: boolean,
  margin: number,
): void {
  const { layout, memory } = parts;
  const k = seeds.node.length;
  // the seeds go to the queue's memory: nodes, distances, label ids (0: not this part's), metres
  const header = new Int32Array(memory.buffer, 0, 16);
  const bytes = 64 * Math.ceil((24 * k + 64) / 64);
  const at = Atomics.add(header, HEAP_WORD, bytes);
  const needPages = Math.ceil((at + bytes) / PAGE) - memory.buffer.byteLength / PAGE;
  if (needPages > 0) memory.grow(needPages);
  const buf = memory.buffer;
  const seedDist = new Float64Array(buf, at, k),
    seedMeters = new Float64Array(buf, at + 8 * k, k),
    seedNode = new Int32Array(buf, at + 16 * k, k),
    seedLabel = new Int32Array(buf, at + 20 * k, k);
  for (let s = 0; s < k; s++) {
    seedNode[s] = seeds.node[s]!;
    seedDist[s] = seeds.dist[s]!;
    seedMeters[s] = seeds.meters ? seeds.meters[s]! : 0;
    seedLabel[s] = use[s] ? seeds.idOf.get(seeds.label[s]!)! : 0;
  }
  kernelOn(parts).search(
    4 * HEAP_WORD,
    layout.offsets,
    layout.arcs,
    layout.stride,
    track ? 1 : 0,
    layout.dist[part],
    layout.lab[part],
    track ? layout.meters[part] : 0,
    at + 16 * k,
    at,
    at + 20 * k,
    at + 8 * k,
    k,
    shape.G,
    shape.B,
    firstShiftOf(shape.B),
    shape.inv,
    cutoff,
    shape.regional ? 1 : 0,
    shape.regional ? REGIONAL_BUCKETS : 0x7fffffff,
    layout.dist[1 - part],
    4 * (2 - part),
    margin,
  );
}

/** The flags of parts whose arrays the merge has cleared, ready for the next search. */
function markCleared(flags: Int32Array): void {
  flags.fill(0);
  flags[4] = flags[5] = 1;
}

/**
 * The lexicographic minimum of (distance, label) per node of two finished parts, in new arrays
 * (the shared ones, cleared, serve the next search).
 */
function mergeParts(parts: SearchParts, labelOf: number[], n: number): { dist: Float64Array; label: Int32Array; meters: Float64Array } {
  const dist = new Float64Array(n);
  const out = { dist, label: new Int32Array(n), meters: parts.meters ? new Float64Array(n) : null };
  mergeInto(parts, labelOf, out, 0, n);
  markCleared(parts.flags);
  return { dist, label: out.label, meters: out.meters ?? dist };
}

/**
 * {@link mergeParts} of the nodes `from .. to - 1` into `out`; it clears what it has read of both
 * parts (their next search need not: the lines are in the cache here).
 */
function mergeInto(parts: SearchParts, labelOf: number[], out: FieldOut, from: number, to: number): void {
  const [d0, d1] = parts.dist;
  const [l0, l1] = parts.lab;
  const m = parts.meters;
  const outDist = out.dist;
  const outLabel = out.label;
  const outMeters = out.meters ?? outDist;
  for (let v = from; v < to; v++) {
    const a = d0[v]!,
      b = d1[v]!;
    const la = Math.abs(l0[v]!),
      lb = Math.abs(l1[v]!);
    d0[v] = d1[v] = Infinity;
    l0[v] = l1[v] = 0;
    if (b < a || (b === a && lb < la)) {
      outDist[v] = b;
      outLabel[v] = labelOf[lb]!;
      if (m) outMeters[v] = m[1][v]!;
    } else {
      outDist[v] = a;
      outLabel[v] = labelOf[la]!;
      if (m) outMeters[v] = m[0][v]!;
    }
    if (m) m[0][v] = m[1][v] = Infinity;
  }
}

const totalWeightCache = new WeakMap<Float32Array, number>();

/** Sum of the finite arc weights: no path is longer. */
function totalWeight(graph: WalkGraph, costs: WalkCosts | null): number {
  const w = costs ? costs.arcCost : graph.arcWeight;
  let t = totalWeightCache.get(w);
  if (t === undefined) {
    t = 0;
    for (let a = 0; a < w.length; a++) if (w[a]! < Infinity) t += w[a]!;
    totalWeightCache.set(w, t);
  }
  return t;
}
