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

/** The shape of a search's bucket queue (see `assembly/search.ts`). */
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

/** Each bucket's first room, as a shift: 256 nodes a group at first. */
function firstShiftOf(B: number): number {
  return Math.max(1, 8 - Math.log2(B));
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
  const dist = new Float64Array(n);
  const out = { dist, label: new Int32Array(n), meters: costs ? new Float64Array(n) : null };
  if (seedNode.length === 0 || n === 0) {
    dist.fill(Infinity);
    out.label.fill(-1);
    out.meters?.fill(Infinity);
  } else {
    const parts = threadParts(graph, costs ?? null);
    searchPart(graph, seeds, 0, parts, null, cutoff, bucketMeters, costs ?? null);
    takePart(parts, seeds.labelOf, out);
  }
  return { dist, label: out.label, meters: out.meters ?? dist };
}

/** This thread's memory for one-part searches, per graph and weights (metres or costs). */
const threadPartsCache = new WeakMap<WalkGraph, WeakMap<Float32Array, SearchParts>>();
function threadParts(graph: WalkGraph, costs: WalkCosts | null): SearchParts {
  const weights = costs ? costs.arcCost : graph.arcWeight;
  let byWeights = threadPartsCache.get(graph);
  if (!byWeights) threadPartsCache.set(graph, (byWeights = new WeakMap()));
  let parts = byWeights.get(weights);
  if (!parts) byWeights.set(weights, (parts = createSearchParts(graph.nodeCount, graph.arcTarget.length, !!costs)));
  return parts;
}

/**
 * Part 0's answer (from all seeds) into `out`, label ids turned into labels; part 0 is cleared
 * for the next search and the queue's memory freed.
 */
function takePart(parts: SearchParts, labelOf: number[], out: FieldOut): void {
  const d = parts.dist[0],
    l = parts.lab[0],
    m = parts.meters?.[0];
  out.dist.set(d);
  d.fill(Infinity);
  const label = out.label;
  for (let v = 0; v < label.length; v++) label[v] = labelOf[Math.abs(l[v]!)]!;
  l.fill(0);
  if (m && out.meters) {
    out.meters.set(m);
    m.fill(Infinity);
  }
  parts.flags.fill(0);
  parts.flags[4] = 1;
  freeQueue(parts);
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
/** The memory's header words (the flags are its first six). */
function headerOf(memory: WebAssembly.Memory): Int32Array {
  return new Int32Array(memory.buffer, 0, 16);
}
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

/**
 * Writes every page of a new answer's memory once (with the zeros it holds), so that the merge
 * into it does not take the page faults of fresh memory (about 1.5 ms per 577,600 nodes). Only
 * before the answer is passed to a search.
 *
 * @example
 * const out = createFieldOut(graph.nodeCount, false);
 * touchFieldOut(out);
 */
export function touchFieldOut(out: FieldOut): void {
  out.dist.fill(0);
  out.label.fill(0);
  out.meters?.fill(0);
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
  headerOf(memory)[HEAP_WORD] = heapStart;
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
  // (each part's arrays are cleared by its first search: flags [4 + p] are 0)
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
    seedLabel: number,
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
    partnerFrom: number,
    partnerNodes: number,
    margin: number,
  ): void;
}

let kernelModule: WebAssembly.Module | null = null;
/** The kernel's instance on each memory this thread has (a memory sent to it is a new object per message). */
const kernels = new WeakMap<WebAssembly.Memory, Kernel>();
/** The kernel on `parts`' memory (the module is compiled once per thread, next to this file's package: dist/search-kernel.wasm). */
function kernelOn(parts: SearchParts): Kernel {
  let kernel = kernels.get(parts.memory);
  if (!kernel) {
    kernelModule ??= new WebAssembly.Module(readFileSync(new URL('../dist/search-kernel.wasm', import.meta.url)));
    kernel = new WebAssembly.Instance(kernelModule, { env: { memory: parts.memory } }).exports as unknown as Kernel;
    kernels.set(parts.memory, kernel);
  }
  return kernel;
}

/** A fingerprint of a graph's offsets and arcs with these weights (FNV-1a over their 32-bit words), once per thread and weights. */
const fingerprintCache = new WeakMap<Float32Array, Map<Int32Array, number>>();
function recordsFingerprint(graph: WalkGraph, weights: Float32Array, withMeters: boolean): number {
  let byTargets = fingerprintCache.get(weights);
  let f = byTargets?.get(graph.arcTarget);
  if (f !== undefined) return f;
  const words = (a: Float32Array | Int32Array) => new Int32Array(a.buffer, a.byteOffset, a.length);
  f = 0x811c9dc5;
  for (const a of [graph.offsets, graph.arcTarget, words(weights), ...(withMeters ? [words(graph.arcWeight)] : [])]) {
    for (let i = 0; i < a.length; i++) f = Math.imul(f ^ a[i]!, 0x01000193);
  }
  f |= 0;
  if (!byTargets) fingerprintCache.set(weights, (byTargets = new Map()));
  byTargets.set(graph.arcTarget, f);
  return f;
}

/**
 * Makes sure `parts` hold this graph's arcs with these weights: the first part to come writes them
 * (the other waits), later searches compare fingerprints. Returns the largest finite weight.
 * Each arc is one record, `[target, weight]` or, with costs, `[target, cost, metres, -]` (four
 * arcs a cache line), so that scanning a node reads one stretch of memory.
 */
function ensureRecords(parts: SearchParts, graph: WalkGraph, weights: Float32Array, withMeters: boolean): number {
  const header = headerOf(parts.memory);
  const fingerprint = recordsFingerprint(graph, weights, withMeters);
  const maxWeightAt = () => new Float64Array(parts.memory.buffer, MAX_WEIGHT_BYTE, 1);
  if (Atomics.compareExchange(header, RECORDS_WORD, RECORDS_NONE, RECORDS_BUILDING) === RECORDS_NONE) {
    const { layout } = parts;
    const buf = parts.memory.buffer;
    new Int32Array(buf, layout.offsets, layout.nodeCount + 1).set(graph.offsets);
    const { arcTarget, arcWeight } = graph;
    const stride = layout.stride;
    const int = new Int32Array(buf, layout.arcs, stride * layout.arcCount),
      float = new Float32Array(buf, layout.arcs, stride * layout.arcCount);
    let maxWeight = 0;
    for (let a = 0, o = 0; a < arcTarget.length; a++, o += stride) {
      const w = weights[a]!;
      int[o] = arcTarget[a]!;
      float[o + 1] = w;
      if (withMeters) float[o + 2] = arcWeight[a]!;
      if (w > maxWeight && w < Infinity) maxWeight = w;
    }
    maxWeightAt()[0] = maxWeight;
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
  return maxWeightAt()[0]!;
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
  searchPart(graph, seeds, part, parts, partOfSeeds(seedNode, seedLabel, n, part), cutoff, bucketMeters, costs);
  const { flags } = parts;
  const first = Atomics.add(flags, 0, 1) === 0;
  // both searches are over: the queue's memory serves the next one
  if (!first) freeQueue(parts);
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
 * Part `part` of a search: the memory made ready (the graph's arcs written or checked, the
 * part's arrays cleared unless they are already), then the search from the seeds `use` admits
 * (all with `null`: then alone, without a partner).
 */
function searchPart(
  graph: WalkGraph,
  seeds: SeedSet,
  part: 0 | 1,
  parts: SearchParts,
  use: Uint8Array | null,
  cutoff: number,
  bucketMeters: number,
  costs: WalkCosts | null,
): void {
  const maxWeight = ensureRecords(parts, graph, costs ? costs.arcCost : graph.arcWeight, !!costs);
  const dist = parts.dist[part],
    lab = parts.lab[part],
    meters = parts.meters?.[part] ?? null;
  if (Atomics.exchange(parts.flags, 4 + part, 0) !== 1) {
    dist.fill(Infinity);
    lab.fill(0);
    meters?.fill(Infinity);
  }
  Atomics.store(parts.flags, 1 + part, 1);
  const k = seeds.node.length;
  if (k === 0) return;
  // Rounding moves a sum by at most half an ulp of the largest distance per edge walked: over
  // n edges of at most the graph's total weight, less than this. Beyond it, "beaten" is certain.
  const total = totalWeight(graph, costs);
  const margin = graph.nodeCount * Math.min(cutoff, total) * Number.EPSILON;
  let maxSeed = 0;
  for (let s = 0; s < k; s++) {
    const d = seeds.dist[s]!;
    if (d <= cutoff && d < Infinity && d > maxSeed) maxSeed = d;
  }
  const shape = queueShape(graph, maxWeight, bucketMeters, seeds.labelOf.length - 1, Math.min(cutoff, total + maxSeed));
  searchPartInKernel(parts, part, seeds, use, shape, cutoff, !!costs, margin);
}

/** Resets the bump pointer of `parts`' queue memory (once no search runs on it). */
function freeQueue(parts: SearchParts): void {
  Atomics.store(headerOf(parts.memory), HEAP_WORD, parts.layout.heapStart);
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
  use: Uint8Array | null,
  shape: QueueShape,
  cutoff: number,
  track: boolean,
  margin: number,
): void {
  const { layout, memory } = parts;
  const dist = parts.dist[part],
    lab = parts.lab[part],
    meters = parts.meters?.[part] ?? null;
  // Each seed this part starts from sets its node (the nearer seed, the lower label on a tie);
  // those that won their node go to the queue's memory (nodes, label ids) for the kernel to queue
  // (a second equal seed's entry is skipped there as already scanned).
  const k = seeds.node.length;
  const mine = (s: number) => (!use || use[s] === 1) && seeds.dist[s]! <= cutoff;
  for (let s = 0; s < k; s++) {
    if (!mine(s)) continue;
    const v = seeds.node[s]!,
      d = seeds.dist[s]!,
      l = seeds.idOf.get(seeds.label[s]!)!;
    if (d < dist[v]! || (d === dist[v]! && l < lab[v]!)) {
      dist[v] = d;
      lab[v] = l;
      if (meters) meters[v] = seeds.meters ? seeds.meters[s]! : 0;
    }
  }
  const header = headerOf(memory);
  const bytes = 64 * Math.ceil((8 * k + 64) / 64);
  const at = Atomics.add(header, HEAP_WORD, bytes) >>> 0; // (an unsigned address)
  const needPages = Math.ceil((at + bytes) / PAGE) - memory.buffer.byteLength / PAGE;
  if (needPages > 0) memory.grow(needPages);
  const seedNode = new Int32Array(memory.buffer, at, k),
    seedLabel = new Int32Array(memory.buffer, at + 4 * k, k);
  let queued = 0;
  for (let s = 0; s < k; s++) {
    if (!mine(s)) continue;
    const v = seeds.node[s]!,
      l = seeds.idOf.get(seeds.label[s]!)!;
    if (lab[v] !== l || dist[v] !== seeds.dist[s]) continue;
    seedNode[queued] = v;
    seedLabel[queued++] = l;
  }
  const half = Math.floor(layout.nodeCount / 2);
  try {
    kernelOn(parts).search(
      4 * HEAP_WORD,
      layout.offsets,
      layout.arcs,
      layout.stride,
      track ? 1 : 0,
      layout.dist[part],
      layout.lab[part],
      track ? layout.meters[part] : 0,
      at,
      at + 4 * k,
      queued,
      shape.G,
      shape.B,
      firstShiftOf(shape.B),
      shape.inv,
      cutoff,
      shape.regional ? 1 : 0,
      shape.regional ? REGIONAL_BUCKETS : 0x7fffffff,
      use ? layout.dist[1 - part] : 0,
      4 * (2 - part),
      // the partner's seeds are on the other half of the map (nodes are in Hilbert order)
      part === 0 ? half : 0,
      part === 0 ? layout.nodeCount - half : half,
      margin,
    );
  } catch (err) {
    // the kernel stops at `unreachable` when its queue would pass the 4 GiB a memory can hold
    if (err instanceof WebAssembly.RuntimeError && err.message.includes('unreachable'))
      throw new RangeError('multiSourceSearch: the search needs more than 4 GiB of queue');
    throw err;
  }
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
