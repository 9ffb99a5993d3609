import type { DemoDistrict } from '../src/index.js';

const LAT0 = 29.72;
const MX = 111320 * Math.cos((LAT0 * Math.PI) / 180);
const MY = 110852;

/** Approximate local metres for lon/lat near the demo district. */
export const metres = (c: number[]): [number, number] => [c[0]! * MX, c[1]! * MY];
export const distM = (a: number[], b: number[]): number => {
  const p = metres(a);
  const q = metres(b);
  return Math.hypot(p[0] - q[0], p[1] - q[1]);
};
export const key = (c: number[]): string => `${c[0]},${c[1]}`;

/** A vertex graph of the road lines (every vertex a node), for walking distances. */
export function roadGraph(d: DemoDistrict) {
  const id = new Map<string, number>();
  const coords: number[][] = [];
  const adj: Array<Array<[number, number]>> = [];
  const node = (c: number[]) => {
    const k = key(c);
    let n = id.get(k);
    if (n === undefined) {
      n = coords.length;
      id.set(k, n);
      coords.push(c);
      adj.push([]);
    }
    return n;
  };
  for (const r of d.roads) {
    const cs = r.geometry.coordinates;
    for (let i = 0; i + 1 < cs.length; i++) {
      const a = node(cs[i]!);
      const b = node(cs[i + 1]!);
      const w = distM(cs[i]!, cs[i + 1]!);
      adj[a]!.push([b, w]);
      adj[b]!.push([a, w]);
    }
  }
  // Grid index of vertices for nearest-vertex look-ups.
  const cell = 200;
  const grid = new Map<string, number[]>();
  coords.forEach((c, n) => {
    const [x, y] = metres(c);
    const k = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    const list = grid.get(k);
    if (list) list.push(n);
    else grid.set(k, [n]);
  });
  const nearest = (c: number[], rings = 6): [number, number] => {
    const [x, y] = metres(c);
    const gx = Math.floor(x / cell);
    const gy = Math.floor(y / cell);
    let best = -1;
    let bestD = Infinity;
    for (let r = 0; r <= rings; r++) {
      for (let i = gx - r; i <= gx + r; i++) {
        for (let j = gy - r; j <= gy + r; j++) {
          if (Math.max(Math.abs(i - gx), Math.abs(j - gy)) !== r) continue;
          for (const n of grid.get(`${i},${j}`) ?? []) {
            const dd = distM(c, coords[n]!);
            if (dd < bestD) {
              bestD = dd;
              best = n;
            }
          }
        }
      }
      if (best >= 0 && bestD < r * cell) break;
    }
    return [best, bestD];
  };
  /** Multi-source Dijkstra (binary heap) up to `limit` metres. */
  const distances = (sources: number[], limit: number): Float64Array => {
    const dist = new Float64Array(coords.length).fill(Infinity);
    const heap: Array<[number, number]> = [];
    const push = (item: [number, number]) => {
      heap.push(item);
      for (let i = heap.length - 1; i > 0;) {
        const p = (i - 1) >> 1;
        if (heap[p]![0] <= heap[i]![0]) break;
        [heap[p], heap[i]] = [heap[i]!, heap[p]!];
        i = p;
      }
    };
    const pop = (): [number, number] => {
      const top = heap[0]!;
      const last = heap.pop()!;
      if (heap.length) {
        heap[0] = last;
        for (let i = 0; ;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
          if (r < heap.length && heap[r]![0] < heap[m]![0]) m = r;
          if (m === i) break;
          [heap[m], heap[i]] = [heap[i]!, heap[m]!];
          i = m;
        }
      }
      return top;
    };
    for (const s of sources) {
      dist[s] = 0;
      push([0, s]);
    }
    while (heap.length) {
      const [d0, n] = pop();
      if (d0 > dist[n]! || d0 > limit) continue;
      for (const [m, w] of adj[n]!) {
        const nd = d0 + w;
        if (nd < dist[m]!) {
          dist[m] = nd;
          push([nd, m]);
        }
      }
    }
    return dist;
  };
  return { id, coords, adj, nearest, distances };
}

/** Distance in metres from a point to the nearest road segment, using a segment grid index. */
export function segmentIndex(d: DemoDistrict) {
  const cell = 250;
  const grid = new Map<string, Array<[number[], number[]]>>();
  for (const r of d.roads) {
    const cs = r.geometry.coordinates;
    for (let i = 0; i + 1 < cs.length; i++) {
      const a = metres(cs[i]!);
      const b = metres(cs[i + 1]!);
      for (let gx = Math.floor(Math.min(a[0], b[0]) / cell); gx <= Math.floor(Math.max(a[0], b[0]) / cell); gx++) {
        for (let gy = Math.floor(Math.min(a[1], b[1]) / cell); gy <= Math.floor(Math.max(a[1], b[1]) / cell); gy++) {
          const k = `${gx},${gy}`;
          const list = grid.get(k);
          if (list) list.push([a, b]);
          else grid.set(k, [[a, b]]);
        }
      }
    }
  }
  return (c: number[]): number => {
    const p = metres(c);
    const gx = Math.floor(p[0] / cell);
    const gy = Math.floor(p[1] / cell);
    let best = Infinity;
    for (let i = gx - 1; i <= gx + 1; i++) {
      for (let j = gy - 1; j <= gy + 1; j++) {
        for (const [a, b] of grid.get(`${i},${j}`) ?? []) {
          const dx = b[0]! - a[0]!;
          const dy = b[1]! - a[1]!;
          const l2 = dx * dx + dy * dy;
          const t = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]!) * dx + (p[1] - a[1]!) * dy) / l2)) : 0;
          best = Math.min(best, Math.hypot(p[0] - a[0]! - t * dx, p[1] - a[1]! - t * dy));
        }
      }
    }
    return best;
  };
}
