// The engine's multi-source search (`multiSourceSearch` and its two-part form in src/search.ts),
// compiled to WebAssembly with AssemblyScript. It runs on one memory (shared between the two
// threads of a two-part search) that holds the graph's arcs, each part's distances, label ids and
// metres, and the queue; src/search.ts lays it out, writes the arcs and seeds, and reads the answer.
//
// The queue: each group's buckets are scanned in distance order, a bucket's nodes in any order (a
// stack). Bucket `b` of group `g` holds `bucketLen[g * B + b]` nodes at `pools[g] + (b << shifts[g])`
// (in nodes): each bucket of a group has room for `1 << shifts[g]` nodes, doubled for the whole
// group when one is full. On a large graph each label is a group and grows its own region: every
// group advances by `step` buckets per round, so one wave front is worked on at a time while its
// streets are in the cache. Entries are never moved: a node improved later (by its own label, or by
// another label near where regions meet) is queued again in that label's group and its old entries
// are skipped, so the result is the exact fixpoint of the relaxations, as with a single queue.
// Label ids are 1..L (0 unreached), negative once the node is scanned at its distance.
//
// No static data (it would be written into the shared memory at every instantiation): the caller
// passes what needs Math (the first bucket room, 1 / bucket width).
//
// Addresses are byte offsets into the memory. `heap` is the address of the bump pointer of the
// queue's memory (shared by both parts: allocated atomically, reset by the caller after a search).

/** `bytes` (rounded up to 16) from the shared bump allocator at `heap`, growing the memory if needed. */
function alloc(heap: usize, bytes: usize): usize {
  const size = (bytes + 15) & ~(<usize>15);
  const p = <usize>atomic.add<u32>(heap, <u32>size);
  const end = p + size;
  while ((<usize>memory.size()) << 16 < end) {
    const have = memory.size();
    const need = <i32>((end + 0xffff) >>> 16);
    if (memory.grow(need - have) < 0 && (<usize>memory.size()) << 16 < end) unreachable();
  }
  return p;
}

/** The pool of one group's `B` buckets with twice the room per bucket. */
function growGroup(heap: usize, pool: usize, bucketLen: usize, base: i32, B: i32, shift: i32): usize {
  const grown = alloc(heap, (<usize>(B << (shift + 1))) << 2);
  for (let b = 0; b < B; b++) {
    const len = load<i32>(bucketLen + ((<usize>(base + b)) << 2));
    memory.copy(grown + ((<usize>(b << (shift + 1))) << 2), pool + ((<usize>(b << shift)) << 2), (<usize>len) << 2);
  }
  return grown;
}

/**
 * The search from the seeds into `dist`, `lab` and (with `track`) `meters`, each `Infinity` / 0
 * where nothing is reached yet. Arcs are records of `stride` 32-bit words: target, weight (Float32)
 * and, with `track`, walked metres (Float32), those of node `v` from `offsets[v]` to `offsets[v + 1]`;
 * sums are Float64. The caller has set the seeds' nodes; `seedNode` / `seedLabel` are those to queue. `partner`
 * (0 for none) is the other part's distances, read once the word at `partnerReady` is 1, and only
 * for the nodes `partnerFrom .. partnerFrom + partnerNodes - 1` (its half of the map: dropping a
 * relaxation the partner beats saves work but is never needed, and reading the partner's
 * distances where it rarely is costs more than it saves).
 */
export function search(
  heap: usize,
  offsets: usize,
  arcs: usize,
  stride: i32,
  track: bool,
  dist: usize,
  lab: usize,
  meters: usize,
  seedNode: usize,
  seedLabel: usize,
  seedCount: i32,
  G: i32,
  B: i32,
  firstShift: i32,
  inv: f64,
  cutoff: f64,
  regional: bool,
  step: i32,
  partner: usize,
  partnerReady: usize,
  partnerFrom: i32,
  partnerNodes: u32,
  margin: f64,
): void {
  const mask = B - 1;
  const pools = alloc(heap, (<usize>G) << 2);
  const shifts = alloc(heap, (<usize>G) << 2);
  const bucketLen = alloc(heap, (<usize>(G * B)) << 2);
  const queued = alloc(heap, (<usize>G) << 2);
  const at = alloc(heap, (<usize>G) << 2);
  memory.fill(pools, 0, (<usize>G) << 2);
  memory.fill(bucketLen, 0, (<usize>(G * B)) << 2);
  memory.fill(queued, 0, (<usize>G) << 2);
  for (let g = 0; g < G; g++) {
    store<i32>(shifts + ((<usize>g) << 2), firstShift);
    store<i32>(at + ((<usize>g) << 2), i32.MAX_VALUE);
  }
  let minKey: i32 = i32.MAX_VALUE;
  for (let s = 0; s < seedCount; s++) {
    const v = load<i32>(seedNode + ((<usize>s) << 2));
    const l = load<i32>(seedLabel + ((<usize>s) << 2));
    const d = load<f64>(dist + ((<usize>v) << 3));
    const g = regional ? l - 1 : 0;
    const kk = <i32>Math.floor(d * inv);
    const slot = kk & mask;
    const b = g * B + slot;
    let gp = load<usize>(pools + ((<usize>g) << 2));
    if (gp == 0) {
      gp = alloc(heap, (<usize>(B << firstShift)) << 2);
      store<usize>(pools + ((<usize>g) << 2), gp);
    }
    let sh = load<i32>(shifts + ((<usize>g) << 2));
    const len = load<i32>(bucketLen + ((<usize>b) << 2));
    if (len == 1 << sh) {
      gp = growGroup(heap, gp, bucketLen, g * B, B, sh);
      sh++;
      store<usize>(pools + ((<usize>g) << 2), gp);
      store<i32>(shifts + ((<usize>g) << 2), sh);
    }
    store<i32>(gp + ((<usize>((slot << sh) + len)) << 2), v);
    store<i32>(bucketLen + ((<usize>b) << 2), len + 1);
    store<i32>(queued + ((<usize>g) << 2), load<i32>(queued + ((<usize>g) << 2)) + 1);
    if (kk < load<i32>(at + ((<usize>g) << 2))) store<i32>(at + ((<usize>g) << 2), kk);
    if (kk < minKey) minKey = kk;
  }

  let pd: usize = 0;
  let pending = minKey < i32.MAX_VALUE;
  let limit: i64 = <i64>minKey - 1;
  while (pending) {
    pending = false;
    limit += step;
    for (let g = 0; g < G; g++) {
      let q = load<i32>(queued + ((<usize>g) << 2));
      if (q == 0) continue;
      let k = load<i32>(at + ((<usize>g) << 2));
      const base = g * B;
      let gp = load<usize>(pools + ((<usize>g) << 2));
      let gs = load<i32>(shifts + ((<usize>g) << 2));
      let room = 1 << gs;
      while (q > 0 && <i64>k <= limit) {
        if (partner != 0 && pd == 0 && atomic.load<i32>(partnerReady) == 1) pd = partner;
        const cs = k & mask;
        const cur = base + cs;
        let top = load<i32>(bucketLen + ((<usize>cur) << 2));
        while (top > 0) {
          top--;
          const v = load<i32>(gp + ((<usize>((cs << gs) + top)) << 2));
          q--;
          const lv = load<i32>(lab + ((<usize>v) << 2));
          // already scanned at its distance, or a stale entry (the node since improved, or taken by another label's region)
          if (lv <= 0 || (regional && lv - 1 != g)) continue;
          const dv = load<f64>(dist + ((<usize>v) << 3));
          if (<i32>Math.floor(dv * inv) != k) continue;
          store<i32>(lab + ((<usize>v) << 2), -lv);
          const mv = track ? load<f64>(meters + ((<usize>v) << 3)) : 0;
          const end = arcs + ((<usize>(stride * load<i32>(offsets + ((<usize>(v + 1)) << 2)))) << 2);
          for (let ap = arcs + ((<usize>(stride * load<i32>(offsets + ((<usize>v) << 2)))) << 2); ap < end; ap += (<usize>stride) << 2) {
            const u = load<i32>(ap);
            const nd = dv + <f64>load<f32>(ap, 4);
            const du = load<f64>(dist + ((<usize>u) << 3));
            if (nd < du || (nd == du && lv < abs<i32>(load<i32>(lab + ((<usize>u) << 2))))) {
              if (nd > cutoff) continue;
              if (pd != 0 && <u32>(u - partnerFrom) < partnerNodes && load<f64>(pd + ((<usize>u) << 3)) + margin < nd) continue;
              store<f64>(dist + ((<usize>u) << 3), nd);
              store<i32>(lab + ((<usize>u) << 2), lv);
              if (track) store<f64>(meters + ((<usize>u) << 3), mv + <f64>load<f32>(ap, 8));
              const bs = (<i32>Math.floor(nd * inv)) & mask;
              const b = base + bs;
              const len = b == cur ? top : load<i32>(bucketLen + ((<usize>b) << 2));
              if (len == room) {
                store<i32>(bucketLen + ((<usize>cur) << 2), top);
                gp = growGroup(heap, gp, bucketLen, base, B, gs);
                gs++;
                room = 1 << gs;
              }
              store<i32>(gp + ((<usize>((bs << gs) + len)) << 2), u);
              if (b == cur) top = len + 1;
              else store<i32>(bucketLen + ((<usize>b) << 2), len + 1);
              q++;
            }
          }
        }
        store<i32>(bucketLen + ((<usize>cur) << 2), 0);
        k++;
      }
      store<i32>(at + ((<usize>g) << 2), k);
      store<i32>(queued + ((<usize>g) << 2), q);
      store<usize>(pools + ((<usize>g) << 2), gp);
      store<i32>(shifts + ((<usize>g) << 2), gs);
      if (q > 0) pending = true;
    }
  }
}
