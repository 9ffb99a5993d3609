import type { WalkGraph } from './graph.js';
import type { SnappedPoint } from './snap.js';

/** A nearest-source field: per node, metres to and index (label) of the nearest source. */
export interface FieldArrays {
  dist: Float64Array;
  source: Int32Array;
}

/**
 * The field after some sources are removed and others added, computed from the field before
 * without searching the whole network again: the nodes whose nearest source was removed are
 * cleared and reached again from the nodes around them, and the added sources spread only where
 * they are nearer than what the field already has. The result equals a fresh multi-source search
 * of the remaining and added sources (ties to the lower label), in metres; the work is bounded by
 * the region whose answer changes.
 *
 * Labels stay those of the field before; `added[i]` gets label `addedLabels[i]` (a moved source
 * is removed and added under its own label).
 *
 * @example
 * const after = updateField(graph, before, Int32Array.of(4), [snap(graph, 104.08, 30.67)], Int32Array.of(4)); // source 4 moved
 */
export function updateField(
  graph: WalkGraph,
  before: FieldArrays,
  removed: ArrayLike<number>,
  added: ReadonlyArray<SnappedPoint>,
  addedLabels: ArrayLike<number>,
): FieldArrays & { touched: number } {
  const n = graph.nodeCount;
  if (before.dist.length !== n || before.source.length !== n) throw new RangeError('updateField: the field is not of this graph');
  if (added.length !== addedLabels.length) throw new RangeError('updateField: added and addedLabels differ in length');
  const { offsets, arcTarget, arcWeight } = graph;
  const dist = Float64Array.from(before.dist);
  const source = Int32Array.from(before.source);
  const gone = new Set<number>();
  for (let i = 0; i < removed.length; i++) gone.add(removed[i]!);

  // A binary heap of (distance, label, node), ordered by distance then label.
  let hd = new Float64Array(1024);
  let hl = new Int32Array(1024);
  let hv = new Int32Array(1024);
  let size = 0;
  const less = (i: number, j: number) => hd[i]! < hd[j]! || (hd[i] === hd[j] && hl[i]! < hl[j]!);
  const swap = (i: number, j: number) => {
    [hd[i], hd[j]] = [hd[j]!, hd[i]!];
    [hl[i], hl[j]] = [hl[j]!, hl[i]!];
    [hv[i], hv[j]] = [hv[j]!, hv[i]!];
  };
  const push = (d: number, l: number, v: number) => {
    if (size === hd.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T, make: (k: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      hd = grow(hd, (k) => new Float64Array(k));
      hl = grow(hl, (k) => new Int32Array(k));
      hv = grow(hv, (k) => new Int32Array(k));
    }
    let i = size++;
    hd[i] = d;
    hl[i] = l;
    hv[i] = v;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(i, p)) break;
      swap(i, p);
      i = p;
    }
  };
  const pop = () => {
    size--;
    swap(0, size);
    let i = 0;
    for (;;) {
      const a = 2 * i + 1,
        b = a + 1;
      let m = i;
      if (a < size && less(a, m)) m = a;
      if (b < size && less(b, m)) m = b;
      if (m === i) break;
      swap(i, m);
      i = m;
    }
  };
  /** Does (d, l) beat what node v holds? */
  const better = (d: number, l: number, v: number) => d < dist[v]! || (d === dist[v] && l < source[v]!);

  let touched = 0;
  if (gone.size) {
    const cleared: number[] = [];
    for (let v = 0; v < n; v++)
      if (gone.has(source[v]!)) {
        dist[v] = Infinity;
        source[v] = -1;
        cleared.push(v);
      }
    // Reached again from their neighbours that kept their answer.
    for (const v of cleared)
      for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
        const u = arcTarget[a]!;
        if (source[u]! >= 0) push(dist[u]! + arcWeight[a]!, source[u]!, v);
      }
    touched += cleared.length;
  }
  for (let s = 0; s < added.length; s++) {
    const p = added[s]!;
    const len = graph.edgeLength[p.edge]!;
    push(p.offset, addedLabels[s]!, graph.edgeFrom[p.edge]!);
    push(Math.max(0, len - p.offset), addedLabels[s]!, graph.edgeTo[p.edge]!);
  }
  // Dijkstra from the seeds, only where it improves the field.
  while (size > 0) {
    const d = hd[0]!,
      l = hl[0]!,
      v = hv[0]!;
    pop();
    if (!better(d, l, v)) continue;
    dist[v] = d;
    source[v] = l;
    touched++;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      const u = arcTarget[a]!;
      const nd = d + arcWeight[a]!;
      if (better(nd, l, u)) push(nd, l, u);
    }
  }
  return { dist, source, touched };
}
