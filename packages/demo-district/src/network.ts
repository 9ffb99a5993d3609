import type { LineString } from 'geojson';
import type { DivisionDraft } from './divisions.js';
import { toLonLat, type XY } from './geometry.js';
import { COARSE, nodeIndex, toLattice, type Lattice } from './lattice.js';
import type { NamePool } from './names.js';
import type { Rng } from './random.js';
import type { DemoRoad } from './types.js';

const HIGHWAY = ['', 'residential', 'tertiary', 'secondary', 'footway', 'path', 'track', 'service', 'steps'] as const;
const RESIDENTIAL = 1;
const TERTIARY = 2;
const SECONDARY = 3;
const FOOTWAY = 4;
const PATH = 5;
const TRACK = 6;
const SERVICE = 7;
const STEPS = 8;

/** The generated walking network plus what facility placement needs. */
export interface Network {
  roads: DemoRoad[];
  /** Degree of each lattice node in the final network (0 = not on a road). */
  degree: Uint8Array;
  bridgeCount: number;
}

/** Where the river is bridged, as y (north, metres) of the crossing. */
const BRIDGE_Y = [6500, -1000, -6500, -12500];

class UnionFind {
  private readonly p: Int32Array;
  constructor(n: number) {
    this.p = new Int32Array(n);
    for (let i = 0; i < n; i++) this.p[i] = i;
  }
  find(a: number): number {
    while (this.p[a] !== a) {
      this.p[a] = this.p[this.p[a]!]!;
      a = this.p[a]!;
    }
    return a;
  }
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.p[ra] = rb;
    return true;
  }
}

/**
 * Builds the walking network on the lattice: a dense, irregular grid in the streets, small grids
 * in town seats, a thinned rural grid (spanning tree plus extra links), main roads from every town
 * seat to the city, a few bridges over the river, and paths to rural settlements. Segments are
 * split at every junction and only the largest connected part is kept.
 */
export function buildNetwork(rng: Rng, l: Lattice, district: DivisionDraft, names: NamePool, ruralAnchors: XY[]): Network {
  const N = l.nx * l.ny;
  const kind = new Uint8Array(2 * N);
  const nameOf = new Int32Array(2 * N).fill(-1);
  const deg = new Uint8Array(N);
  const nameList: string[] = [];
  const nameCache = new Map<string, number>();
  const lineName = (d: number, line: number, type: number, rural: boolean): number => {
    if (type !== RESIDENTIAL && type !== TERTIARY && type !== SECONDARY) return -1;
    const key = `${d}:${line}:${type}:${rural}`;
    let id = nameCache.get(key);
    if (id === undefined) {
      id = nameList.length;
      nameList.push(names.road(rural ? 'rural' : type === SECONDARY ? 'secondary' : type === TERTIARY ? 'tertiary' : 'residential'));
      nameCache.set(key, id);
    }
    return id;
  };
  const other = (n: number, d: number): number => (d === 0 ? n + 1 : n + l.nx);
  const valid = (n: number, d: number): boolean => (d === 0 ? n % l.nx < l.nx - 1 : Math.floor(n / l.nx) < l.ny - 1);
  const setEdge = (n: number, d: number, type: number, name: number, override = false): void => {
    const e = 2 * n + d;
    if (kind[e] === 0) {
      deg[n]!++;
      deg[other(n, d)]!++;
    } else if (!override) return;
    kind[e] = type;
    nameOf[e] = name;
  };
  const lineOf = (n: number, d: number): number => (d === 0 ? Math.floor(n / l.nx) : n % l.nx);
  const typeOfLine = (line: number): number => (line % (COARSE * 3) === 0 ? SECONDARY : line % COARSE === 0 ? TERTIARY : RESIDENTIAL);
  const isUrban = (n: number): boolean => l.land[n] === 1 && l.top[n]! >= 0 && l.top[n]! < 11;

  // 1. Urban grid.
  for (let n = 0; n < N; n++) {
    if (!isUrban(n)) continue;
    for (let d = 0; d < 2; d++) {
      if (!valid(n, d) || !isUrban(other(n, d))) continue;
      const line = lineOf(n, d);
      let type = typeOfLine(line);
      if (type === RESIDENTIAL) {
        const r = rng.next();
        type = r < 0.05 ? SERVICE : r < 0.09 ? FOOTWAY : r < 0.1 ? STEPS : RESIDENTIAL;
      }
      setEdge(n, d, type, lineName(d, line, type, false));
    }
  }
  // Irregular blocks: drop some minor links where both ends stay junctions.
  for (let e = 0; e < 2 * N; e++) {
    const t = kind[e]!;
    if (t !== RESIDENTIAL && t !== SERVICE && t !== FOOTWAY) continue;
    const a = e >> 1;
    const b = other(a, e & 1);
    if (deg[a]! >= 3 && deg[b]! >= 3 && rng.chance(0.12)) {
      kind[e] = 0;
      nameOf[e] = -1;
      deg[a]!--;
      deg[b]!--;
    }
  }

  // 2. Small grids around town seats.
  const towns = district.children.filter((t) => t.level === 'TOWN');
  for (const t of towns) {
    const [fi, fj] = toLattice(l, t.seed);
    const near = (n: number) => l.land[n] === 1 && Math.hypot(l.x[n]! - t.seed[0], l.y[n]! - t.seed[1]) <= 700;
    for (let j = Math.round(fj) - 8; j <= Math.round(fj) + 8; j++) {
      for (let i = Math.round(fi) - 8; i <= Math.round(fi) + 8; i++) {
        const n = nodeIndex(l, i, j);
        if (n < 0 || !near(n)) continue;
        for (let d = 0; d < 2; d++) {
          if (!valid(n, d) || !near(other(n, d))) continue;
          const line = lineOf(n, d);
          const type = line % COARSE === 0 ? TERTIARY : rng.chance(0.06) ? FOOTWAY : RESIDENTIAL;
          setEdge(n, d, type, lineName(d, line, type, false));
        }
      }
    }
  }

  // 3. Bridges over the river, on coarse lines, with a main-road approach on both banks.
  const bridges: Array<{ a: number; b: number; name: string }> = [];
  for (const by of BRIDGE_Y) {
    let at: XY | null = null;
    let tangent: XY = [0, 1];
    for (let k = 0; k + 1 < l.river.length; k++) {
      const p = l.river[k]!;
      const q = l.river[k + 1]!;
      if ((p[1] - by) * (q[1] - by) <= 0 && p[1] !== q[1]) {
        const s = (by - p[1]) / (q[1] - p[1]);
        at = [p[0] + s * (q[0] - p[0]), by];
        tangent = [q[0] - p[0], q[1] - p[1]];
        break;
      }
    }
    if (!at) continue;
    // Cross along the lattice axis that is closest to perpendicular to the river.
    const axis = Math.abs(tangent[0] * l.cos + tangent[1] * l.sin) < Math.abs(-tangent[0] * l.sin + tangent[1] * l.cos) ? 0 : 1;
    const [fi, fj] = toLattice(l, at);
    let i = Math.round(fi);
    let j = Math.round(fj);
    if (axis === 0) j = Math.round(fj / COARSE) * COARSE;
    else i = Math.round(fi / COARSE) * COARSE;
    const step = (n: number, dir: number): number =>
      axis === 0 ? nodeIndex(l, (n % l.nx) + dir, Math.floor(n / l.nx)) : nodeIndex(l, n % l.nx, Math.floor(n / l.nx) + dir);
    const start = nodeIndex(l, i, j);
    if (start < 0 || l.land[start] === 1 || l.top[start]! < 0) continue;
    const ends: number[] = [];
    for (const dir of [-1, 1]) {
      let n = start;
      while (n >= 0 && l.land[n] === 0 && l.top[n]! >= 0) n = step(n, dir);
      if (n < 0 || l.land[n] === 0) break;
      ends.push(n);
      // Approach road to the next coarse junction.
      let m = n;
      for (let s = 0; s < COARSE; s++) {
        const pos = axis === 0 ? m % l.nx : Math.floor(m / l.nx);
        if (s > 0 && pos % COARSE === 0) break;
        const next = step(m, dir);
        if (next < 0 || l.land[next] === 0) break;
        const [lo, d] = dir > 0 ? [m, axis] : [next, axis];
        setEdge(lo, d, SECONDARY, lineName(d, lineOf(lo, d), SECONDARY, true), true);
        m = next;
      }
    }
    if (ends.length !== 2) continue;
    const len = Math.hypot(l.x[ends[0]!]! - l.x[ends[1]!]!, l.y[ends[0]!]! - l.y[ends[1]!]!);
    if (len > 900) continue;
    bridges.push({ a: ends[0]!, b: ends[1]!, name: names.road('tertiary').replace(/路$/, '大桥') });
    deg[ends[0]!]!++;
    deg[ends[1]!]!++;
  }

  // 4. Rural grid: a random spanning tree of the coarse lattice plus some extra links.
  const uf = new UnionFind(N);
  for (let e = 0; e < 2 * N; e++) if (kind[e]) uf.union(e >> 1, other(e >> 1, e & 1));
  for (const br of bridges) uf.union(br.a, br.b);
  const coarseEdges: Array<[number, number]> = [];
  for (let j = 0; j < l.ny; j += COARSE) {
    for (let i = 0; i < l.nx; i += COARSE) {
      const n = nodeIndex(l, i, j);
      if (l.land[n] !== 1) continue;
      for (let d = 0; d < 2; d++) {
        let ok = true;
        let m = n;
        for (let s = 0; s < COARSE && ok; s++) {
          if (!valid(m, d)) ok = false;
          else {
            m = other(m, d);
            if (l.land[m] !== 1) ok = false;
          }
        }
        if (ok) coarseEdges.push([n, d]);
      }
    }
  }
  rng.shuffle(coarseEdges);
  for (const [n, d] of coarseEdges) {
    let m = n;
    let allSet = true;
    for (let s = 0; s < COARSE; s++) {
      if (!kind[2 * m + d]) allSet = false;
      m = other(m, d);
    }
    if (allSet) continue;
    if (!uf.union(n, m) && !rng.chance(0.22)) continue;
    const type = rng.chance(0.35) ? TERTIARY : TRACK;
    const name = lineName(d, lineOf(n, d), type, true);
    for (let s = 0, k = n; s < COARSE; s++, k = other(k, d)) setEdge(k, d, type, name);
  }

  // 5. Main roads: shortest coarse-line route from each town seat to the city.
  const parent = new Int32Array(N).fill(-1);
  const queue = new Int32Array(N);
  let qh = 0;
  let qt = 0;
  const onCoarse = (n: number) => (n % l.nx) % COARSE === 0 || Math.floor(n / l.nx) % COARSE === 0;
  for (let n = 0; n < N; n++) {
    if (isUrban(n) && onCoarse(n) && deg[n]! > 0) {
      parent[n] = n;
      queue[qt++] = n;
    }
  }
  const bridgeAt = new Map<number, number>();
  for (const br of bridges) {
    bridgeAt.set(br.a, br.b);
    bridgeAt.set(br.b, br.a);
  }
  while (qh < qt) {
    const n = queue[qh++]!;
    const i = n % l.nx;
    const j = Math.floor(n / l.nx);
    const next: number[] = [];
    if (j % COARSE === 0) next.push(nodeIndex(l, i - 1, j), nodeIndex(l, i + 1, j));
    if (i % COARSE === 0) next.push(nodeIndex(l, i, j - 1), nodeIndex(l, i, j + 1));
    const b = bridgeAt.get(n);
    if (b !== undefined) next.push(b);
    for (const m of next) {
      if (m < 0 || l.land[m] !== 1 || parent[m] !== -1) continue;
      parent[m] = n;
      queue[qt++] = m;
    }
  }
  for (const t of towns) {
    const [fi, fj] = toLattice(l, t.seed);
    let start = -1;
    let best = Infinity;
    for (let j = Math.round(fj) - 6; j <= Math.round(fj) + 6; j++) {
      for (let i = Math.round(fi) - 6; i <= Math.round(fi) + 6; i++) {
        const n = nodeIndex(l, i, j);
        if (n < 0 || parent[n] === -1 || !onCoarse(n)) continue;
        const dd = Math.hypot(l.x[n]! - t.seed[0], l.y[n]! - t.seed[1]);
        if (dd < best) {
          best = dd;
          start = n;
        }
      }
    }
    for (let n = start; n >= 0 && parent[n] !== n; n = parent[n]!) {
      const p = parent[n]!;
      if (bridgeAt.get(n) === p) continue;
      const [lo, hi] = n < p ? [n, p] : [p, n];
      const d = hi - lo === 1 ? 0 : 1;
      if (kind[2 * lo + d] === SECONDARY) continue;
      setEdge(lo, d, SECONDARY, lineName(d, lineOf(lo, d), SECONDARY, true), true);
    }
  }

  // 6. Village paths from rural settlements to the nearest road.
  for (const a of ruralAnchors) {
    const [fi, fj] = toLattice(l, a);
    const s = nodeIndex(l, Math.round(fi), Math.round(fj));
    if (s < 0 || l.land[s] !== 1 || deg[s]! > 0) continue;
    const from = new Map<number, number>([[s, s]]);
    let frontier = [s];
    let hit = -1;
    for (let depth = 0; depth < 12 && hit < 0 && frontier.length; depth++) {
      const nextFrontier: number[] = [];
      for (const n of frontier) {
        const i = n % l.nx;
        const j = Math.floor(n / l.nx);
        for (const m of [nodeIndex(l, i + 1, j), nodeIndex(l, i - 1, j), nodeIndex(l, i, j + 1), nodeIndex(l, i, j - 1)]) {
          if (m < 0 || l.land[m] !== 1 || from.has(m)) continue;
          from.set(m, n);
          if (deg[m]! > 0) {
            hit = m;
            break;
          }
          nextFrontier.push(m);
        }
        if (hit >= 0) break;
      }
      frontier = nextFrontier;
    }
    if (hit < 0) continue;
    const type = rng.chance(0.3) ? TRACK : PATH;
    for (let n = hit; n !== s; n = from.get(n)!) {
      const p = from.get(n)!;
      const [lo, hi] = n < p ? [n, p] : [p, n];
      setEdge(lo, hi - lo === 1 ? 0 : 1, type, -1);
    }
  }

  // 7. Collect edges, keep the largest connected part.
  const ea: number[] = [];
  const eb: number[] = [];
  const et: number[] = [];
  const en: number[] = [];
  for (let e = 0; e < 2 * N; e++) {
    if (!kind[e]) continue;
    ea.push(e >> 1);
    eb.push(other(e >> 1, e & 1));
    et.push(kind[e]!);
    en.push(nameOf[e]!);
  }
  for (const br of bridges) {
    ea.push(br.a);
    eb.push(br.b);
    et.push(SECONDARY);
    en.push(nameList.push(br.name) - 1);
  }
  const cc = new UnionFind(N);
  for (let k = 0; k < ea.length; k++) cc.union(ea[k]!, eb[k]!);
  const size = new Map<number, number>();
  let bestRoot = -1;
  for (let k = 0; k < ea.length; k++) {
    const r = cc.find(ea[k]!);
    const c = (size.get(r) ?? 0) + 1;
    size.set(r, c);
    if (bestRoot < 0 || c > size.get(bestRoot)!) bestRoot = r;
  }
  const keep: number[] = [];
  const degree = new Uint8Array(N);
  for (let k = 0; k < ea.length; k++) {
    if (cc.find(ea[k]!) !== bestRoot) continue;
    keep.push(k);
    degree[ea[k]!]!++;
    degree[eb[k]!]!++;
  }

  // 8. Merge chains through nodes of degree 2 when type and name continue; split at junctions.
  const incident = new Map<number, number[]>();
  for (const k of keep) {
    for (const n of [ea[k]!, eb[k]!]) {
      const list = incident.get(n);
      if (list) list.push(k);
      else incident.set(n, [k]);
    }
  }
  const used = new Set<number>();
  const coord = (n: number) => toLonLat([l.x[n]!, l.y[n]!]);
  const roads: DemoRoad[] = [];
  const continueFrom = (node: number, via: number): number | null => {
    if (degree[node] !== 2) return null;
    const list = incident.get(node)!;
    const f = list[0] === via ? list[1]! : list[0]!;
    if (used.has(f) || et[f] !== et[via] || en[f] !== en[via]) return null;
    return f;
  };
  for (const k of keep) {
    if (used.has(k)) continue;
    used.add(k);
    const nodes = [ea[k]!, eb[k]!];
    for (let e = k, end = eb[k]!; ;) {
      const f = continueFrom(end, e);
      if (f === null) break;
      used.add(f);
      end = ea[f] === end ? eb[f]! : ea[f]!;
      nodes.push(end);
      e = f;
    }
    for (let e = k, end = ea[k]!; ;) {
      const f = continueFrom(end, e);
      if (f === null) break;
      used.add(f);
      end = ea[f] === end ? eb[f]! : ea[f]!;
      nodes.unshift(end);
      e = f;
    }
    const geometry: LineString = { type: 'LineString', coordinates: nodes.map(coord) };
    roads.push({ geometry, highway: HIGHWAY[et[k]!]!, name: en[k]! >= 0 ? nameList[en[k]!]! : null });
  }
  return { roads, degree, bridgeCount: bridges.length };
}

/**
 * The road node nearest to `p` (within `maxRings` lattice steps) that `accept` approves, or -1.
 */
export function nearestRoadNode(l: Lattice, degree: Uint8Array, p: XY, accept: (n: number) => boolean, maxRings = 40): number {
  const [fi, fj] = toLattice(l, p);
  const ci = Math.round(fi);
  const cj = Math.round(fj);
  let best = -1;
  let bestD = Infinity;
  let foundAt = -1;
  for (let r = 0; r <= maxRings; r++) {
    if (foundAt >= 0 && r > foundAt + 1) break;
    for (let j = cj - r; j <= cj + r; j++) {
      for (let i = ci - r; i <= ci + r; i++) {
        if (Math.max(Math.abs(i - ci), Math.abs(j - cj)) !== r) continue;
        const n = nodeIndex(l, i, j);
        if (n < 0 || degree[n] === 0 || !accept(n)) continue;
        const d = Math.hypot(l.x[n]! - p[0], l.y[n]! - p[1]);
        if (d < bestD) {
          bestD = d;
          best = n;
          if (foundAt < 0) foundAt = r;
        }
      }
    }
  }
  return best;
}
