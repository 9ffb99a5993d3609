import { describe, expect, it } from 'vitest';
import { WALKING_PROFILES, type WalkingProfile } from '@carecircle/domain';
import {
  buildGraph,
  buildProfileCosts,
  deserializeCosts,
  distanceAt,
  edgeArcs,
  generateLattice,
  isochrones,
  mulberry32,
  createSearchParts,
  multiSourceSearch,
  multiSourceSearchPart,
  nearestFacility,
  parseIncline,
  parseOsmXml,
  osmEdgeTags,
  reachWithin,
  reverseCosts,
  type WalkCosts,
  sampleEdgeElevation,
  serializeCosts,
  snap,
  coverSets,
  type EdgeElevation,
  type EdgeTags,
  type SnappedPoint,
  type WalkGraph,
} from '../src/index.js';
import { inMultiPolygon } from './reference-data.js';

const { STANDARD, ELDERLY, WHEELCHAIR } = WALKING_PROFILES;

/** Tobler's hiking function written out from the paper's formula, scaled to the flat speed. */
const tobler = (p: WalkingProfile, s: number): number => {
  const v = (p.flatSpeed * Math.exp(-3.5 * Math.abs(s + 0.05))) / Math.exp(-3.5 * 0.05);
  return p.fasterDownhill ? v : Math.min(v, p.flatSpeed);
};

/**
 * Seconds to walk edge `e` forwards and backwards, computed here from the profile's definition
 * (independently of the engine's cost builder). Infinity = not walkable.
 */
function expectedSeconds(
  g: WalkGraph,
  e: number,
  tags: EdgeTags | undefined,
  el: EdgeElevation | undefined,
  p: WalkingProfile,
): [number, number] {
  const L = g.edgeLength[e]!;
  const steps = tags?.highway === 'steps';
  if ((steps && p.forbidSteps) || (p.forbidWheelchairNo && tags?.wheelchair === 'no')) return [Infinity, Infinity];
  // elevation: a tag like "12%" for the whole edge, else the terrain numbers
  let up = 0,
    down = 0,
    upLen = 0,
    downLen = 0,
    known = false;
  const pct = tags?.incline?.endsWith('%') ? Number(tags.incline.slice(0, -1)) / 100 : NaN;
  if (!Number.isNaN(pct)) {
    known = true;
    if (pct > 0) [up, upLen] = [pct * L, L];
    if (pct < 0) [down, downLen] = [-pct * L, L];
  } else if (el && !Number.isNaN(el.climb[e]!)) {
    known = true;
    [up, down, upLen, downLen] = [el.climb[e]!, el.descent[e]!, el.climbLength[e]!, el.descentLength[e]!];
  }
  if (steps) {
    const n = tags?.step_count !== undefined ? Number(tags.step_count) : Math.max(1, Math.round(L / p.stepLengthMeters));
    const t = L / p.flatSpeed + n * p.stepSeconds;
    return [t, t];
  }
  if (known && p.maxIncline !== null) {
    const steep = Math.max(upLen ? up / upLen : 0, downLen ? down / downLen : 0);
    if (steep > p.maxIncline) return [Infinity, Infinity];
  }
  if (p.slope !== 'tobler' || !known) return [L / p.flatSpeed, L / p.flatSpeed];
  const flat = L - upLen - downLen;
  const part = (rise: number, run: number) => (run > 0 ? run / tobler(p, rise / run) : 0);
  const f = flat / p.flatSpeed + part(up, upLen) + part(-down, downLen);
  const b = flat / p.flatSpeed + part(down, downLen) + part(-up, upLen);
  return [Math.max(f, L / p.flatSpeed), Math.max(b, L / p.flatSpeed)];
}

/** A plain Dijkstra over an edge list with per-direction weights (array scan for the minimum). */
function plainDijkstra(
  n: number,
  edges: { a: number; b: number; fwd: number; back: number; len: number }[],
  seeds: [number, number, number][],
) {
  const adj: [number, number, number][][] = Array.from({ length: n }, () => []);
  for (const { a, b, fwd, back, len } of edges) {
    adj[a]!.push([b, fwd, len]);
    adj[b]!.push([a, back, len]);
  }
  const dist = new Array<number>(n).fill(Infinity);
  const meters = new Array<number>(n).fill(Infinity);
  const done = new Array<boolean>(n).fill(false);
  for (const [v, d, m] of seeds) if (d < dist[v]!) [dist[v], meters[v]] = [d, m];
  for (;;) {
    let v = -1;
    for (let i = 0; i < n; i++) if (!done[i] && dist[i]! < Infinity && (v < 0 || dist[i]! < dist[v]!)) v = i;
    if (v < 0) break;
    done[v] = true;
    for (const [u, w, len] of adj[v]!) {
      if (dist[v]! + w < dist[u]!) {
        dist[u] = dist[v]! + w;
        meters[u] = meters[v]! + len;
      }
    }
  }
  return { dist, meters };
}

/** A hilly test town: a lattice with stairs, closed ways, tagged inclines and terrain. */
function hillyTown() {
  const graph = generateLattice({ cols: 24, rows: 20, spacingMeters: 60, seed: 7 });
  const rnd = mulberry32(11);
  const tags: (EdgeTags | undefined)[] = [];
  for (let e = 0; e < graph.edgeCount; e++) {
    const r = rnd();
    if (r < 0.12) tags.push({ highway: 'steps', ...(rnd() < 0.5 ? { step_count: String(5 + Math.floor(rnd() * 60)) } : {}) });
    else if (r < 0.17) tags.push({ highway: 'footway', wheelchair: 'no' });
    else if (r < 0.25) tags.push({ highway: 'residential', incline: `${Math.round((rnd() - 0.5) * 30)}%` });
    else tags.push({ highway: 'residential' });
  }
  // terrain: a hill in the middle of town, 60 m high
  const { lon0, lat0 } = graph.projection;
  const hill = (lon: number, lat: number) => {
    const dx = (lon - lon0) * 96000,
      dy = (lat - lat0) * 110900;
    return 200 + 60 * Math.exp(-(dx * dx + dy * dy) / (2 * 250 * 250));
  };
  const elevation = sampleEdgeElevation(graph, hill);
  return { graph, tags, elevation, hill };
}

/** Dijkstra with a binary heap on (distance, label) pairs over the graph's arcs, as plainly as it gets. */
function heapDijkstra(g: WalkGraph, w: Float32Array, seeds: [number, number, number][]) {
  const dist = new Float64Array(g.nodeCount).fill(Infinity);
  const label = new Int32Array(g.nodeCount).fill(-1);
  const meters = new Float64Array(g.nodeCount).fill(Infinity);
  const heap: [number, number, number, number][] = []; // [dist, label, node, meters]
  const less = (a: (typeof heap)[0], b: (typeof heap)[0]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const push = (x: (typeof heap)[0]) => {
    heap.push(x);
    for (let i = heap.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!less(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ;) {
        let m = i;
        for (const c of [2 * i + 1, 2 * i + 2]) if (c < heap.length && less(heap[c]!, heap[m]!)) m = c;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  for (const [v, d, l] of seeds) push([d, l, v, 0]);
  const done = new Uint8Array(g.nodeCount);
  while (heap.length) {
    const [d, l, v, m] = pop();
    if (done[v]) continue;
    done[v] = 1;
    [dist[v], label[v], meters[v]] = [d, l, m];
    for (let a = g.offsets[v]!; a < g.offsets[v + 1]!; a++) {
      const u = g.arcTarget[a]!;
      if (!done[u] && d + w[a]! < Infinity) push([d + w[a]!, l, u, m + g.arcWeight[a]!]);
    }
  }
  return { dist, label, meters };
}

describe('multi-source search on a large network', () => {
  it('equals a plain heap Dijkstra, for metres and for ELDERLY seconds, labels and walked metres included', () => {
    const g = generateLattice({ cols: 262, rows: 262, seed: 4 });
    expect(g.nodeCount).toBeGreaterThanOrEqual(65_536);
    const rnd = mulberry32(9);
    const tags = Array.from({ length: g.edgeCount }, () => (rnd() < 0.1 ? { highway: 'steps' } : rnd() < 0.2 ? { incline: '7%' } : {}));
    const elderly = buildProfileCosts(g, { tags }, ELDERLY);
    const seeds: [number, number, number][] = [];
    for (let s = 0; s < 60; s++) seeds.push([Math.floor(rnd() * g.nodeCount), rnd() * 30, s]);
    // two labels seeded on one node at the same distance: the lower wins
    seeds.push([seeds[0]![0], seeds[0]![1], 70]);
    for (const w of [g.arcWeight, elderly.arcCost]) {
      const costs = w === g.arcWeight ? null : elderly;
      const ours = multiSourceSearch(
        g,
        seeds.map((x) => x[0]),
        seeds.map((x) => x[1]),
        seeds.map((x) => x[2]),
        Infinity,
        10,
        costs,
      );
      const truth = heapDijkstra(g, w, seeds);
      let differ = 0;
      for (let v = 0; v < g.nodeCount; v++) {
        if (ours.dist[v] !== truth.dist[v] || ours.label[v] !== truth.label[v]) differ++;
        else if (costs && Math.abs(ours.meters[v]! - truth.meters[v]!) > 1e-6 * truth.meters[v]!) differ++;
      }
      expect(differ).toBe(0);

      // Split in two parts (as two workers run it), in either order: the same answer to the bit.
      // The part that runs second finds the first one's distances and skips what it has beaten.
      // The second order reuses the shared memory the first one's merge has cleared.
      const parts = createSearchParts(g.nodeCount, g.arcTarget.length, !!costs);
      for (const order of [
        [0, 1],
        [1, 0],
      ] as const) {
        const answers = order.map((part) =>
          multiSourceSearchPart(
            g,
            seeds.map((x) => x[0]),
            seeds.map((x) => x[1]),
            seeds.map((x) => x[2]),
            part,
            parts,
            { costs },
          ),
        );
        expect(answers[0]).toBeNull();
        const both = answers[1]!;
        let partsDiffer = 0;
        for (let v = 0; v < g.nodeCount; v++) {
          if (both.dist[v] !== ours.dist[v] || both.label[v] !== ours.label[v]) partsDiffer++;
          else if (costs && both.meters[v] !== ours.meters[v]) partsDiffer++;
        }
        expect(partsDiffer).toBe(0);
        if (!costs) expect(both.meters).toBe(both.dist);
        // the shared memory is ready (and cleared) for the next search
        expect([...parts.flags]).toEqual([0, 0, 0, 0, 1, 1]);
        expect(parts.dist.every((d) => d.every((x) => x === Infinity))).toBe(true);
        expect(parts.lab.every((l) => l.every((x) => x === 0))).toBe(true);
      }
    }
  });

  it('stays exact when one bucket holds more nodes than it has room for (a hub with 150 streets a few metres long)', () => {
    const lattice = generateLattice({ cols: 262, rows: 262, seed: 4 });
    const hub = 1000;
    const nodeLon = [...lattice.nodeLon],
      nodeLat = [...lattice.nodeLat];
    const edgeFrom = [...lattice.edgeFrom],
      edgeTo = [...lattice.edgeTo];
    for (let i = 0; i < 150; i++) {
      const a = (2 * Math.PI * i) / 150;
      nodeLon.push(lattice.nodeLon[hub]! + (3.5e-5 * Math.cos(a)) / Math.cos((lattice.nodeLat[hub]! * Math.PI) / 180));
      nodeLat.push(lattice.nodeLat[hub]! + 3.5e-5 * Math.sin(a));
      edgeFrom.push(hub);
      edgeTo.push(nodeLon.length - 1);
    }
    const g = buildGraph({ nodeLon, nodeLat, edgeFrom, edgeTo });
    // the hub, renumbered: the node with the most streets
    let h = 0;
    for (let v = 1; v < g.nodeCount; v++) if (g.offsets[v + 1]! - g.offsets[v]! > g.offsets[h + 1]! - g.offsets[h]!) h = v;
    expect(g.offsets[h + 1]! - g.offsets[h]!).toBeGreaterThan(150);
    const rnd = mulberry32(3);
    const seeds: [number, number, number][] = [[h, 0, 0]];
    for (let s = 1; s < 40; s++) seeds.push([Math.floor(rnd() * g.nodeCount), rnd() * 30, s]);
    const args = [seeds.map((x) => x[0]), seeds.map((x) => x[1]), seeds.map((x) => x[2])] as const;
    const ours = multiSourceSearch(g, ...args);
    const truth = heapDijkstra(g, g.arcWeight, seeds);
    const parts = createSearchParts(g.nodeCount, g.arcTarget.length, false);
    expect(multiSourceSearchPart(g, ...args, 0, parts)).toBeNull();
    const both = multiSourceSearchPart(g, ...args, 1, parts)!;
    let differ = 0;
    for (let v = 0; v < g.nodeCount; v++) {
      if (ours.dist[v] !== truth.dist[v] || ours.label[v] !== truth.label[v]) differ++;
      if (both.dist[v] !== ours.dist[v] || both.label[v] !== ours.label[v]) differ++;
    }
    expect(differ).toBe(0);
  });

  it('refuses shared memory of another graph or other weights, or metres kept without costs', () => {
    const g = generateLattice({ cols: 20, rows: 20, seed: 4 });
    const m = g.arcTarget.length;
    const seed = [[0], [0], [0]] as const;
    expect(() => multiSourceSearchPart(g, ...seed, 0, createSearchParts(g.nodeCount + 1, m, false))).toThrow(/not of this graph/);
    expect(() => multiSourceSearchPart(g, ...seed, 0, createSearchParts(g.nodeCount, m + 2, false))).toThrow(/not of this graph/);
    expect(() => multiSourceSearchPart(g, ...seed, 0, createSearchParts(g.nodeCount, m, true))).toThrow(/metres are kept/);
    expect(() => multiSourceSearchPart(g, ...seed, 2 as 0, createSearchParts(g.nodeCount, m, false))).toThrow(/part must be 0 or 1/);
    // the first search writes this graph's arcs into the memory; another graph of the same size is refused
    const parts = createSearchParts(g.nodeCount, m, false);
    expect(multiSourceSearchPart(g, ...seed, 0, parts)).toBeNull();
    expect(multiSourceSearchPart(g, ...seed, 1, parts)!.dist[0]).toBe(0);
    const other = generateLattice({ cols: 20, rows: 20, seed: 4, spacingMeters: 90 });
    expect(other.arcTarget.length === m && other.nodeCount === g.nodeCount).toBe(true);
    expect(() => multiSourceSearchPart(other, ...seed, 0, parts)).toThrow(/arcs of another graph or other weights/);
    // and so are other costs than those the memory was first searched with
    const slow: WalkCosts = { arcCost: Float32Array.from(g.arcWeight, (w) => w / 1.2) };
    const slower: WalkCosts = { arcCost: Float32Array.from(g.arcWeight, (w) => w / 1.1) };
    const costParts = createSearchParts(g.nodeCount, m, true);
    expect(multiSourceSearchPart(g, ...seed, 0, costParts, { costs: slow })).toBeNull();
    expect(multiSourceSearchPart(g, ...seed, 1, costParts, { costs: slow })!.dist[0]).toBe(0);
    expect(() => multiSourceSearchPart(g, ...seed, 0, costParts, { costs: slower })).toThrow(/other weights/);
  });
});

describe('walking profiles', () => {
  const town = hillyTown();
  const { graph, tags, elevation } = town;
  const attrs = { tags, elevation };
  const costsOf = (p: WalkingProfile) => buildProfileCosts(graph, attrs, p);
  const standard = costsOf(STANDARD);
  const elderly = costsOf(ELDERLY);
  const wheelchair = costsOf(WHEELCHAIR);
  const rnd = mulberry32(5);
  const randomPoint = (): SnappedPoint => {
    const e = Math.floor(rnd() * graph.edgeCount);
    const p = snap(graph, graph.nodeLon[graph.edgeFrom[e]!]!, graph.nodeLat[graph.edgeFrom[e]!]!);
    const offset = rnd() * graph.edgeLength[e]!;
    return { ...p, edge: e, offset, fraction: offset / graph.edgeLength[e]! };
  };

  it('reads OSM incline values', () => {
    expect(parseIncline('12%')).toBeCloseTo(0.12, 12);
    expect(parseIncline('-8%')).toBeCloseTo(-0.08, 12);
    expect(parseIncline('45°')).toBeCloseTo(1, 12);
    expect(parseIncline('up')).toBeNaN();
    expect(parseIncline(undefined)).toBeNaN();
  });

  it('gives every arc the seconds of the profile definition, per direction', () => {
    const arcs = edgeArcs(graph);
    for (const p of [STANDARD, ELDERLY, WHEELCHAIR]) {
      const c = costsOf(p);
      for (let e = 0; e < graph.edgeCount; e++) {
        const [f, b] = expectedSeconds(graph, e, tags[e], elevation, p);
        for (const [got, want] of [
          [c.arcCost[arcs[2 * e]!]!, f],
          [c.arcCost[arcs[2 * e + 1]!]!, b],
        ] as const) {
          if (want === Infinity) expect(got).toBe(Infinity);
          else expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-6 * want + 1e-9);
        }
      }
    }
  });

  it('STANDARD is distance ÷ speed: the same nearest facilities and metres as searching metres', () => {
    const sources = [randomPoint(), randomPoint(), randomPoint()];
    const metres = nearestFacility(graph, sources);
    const secs = nearestFacility(graph, sources, { costs: standard });
    for (let i = 0; i < 50; i++) {
      const p = randomPoint();
      const a = distanceAt(graph, metres, p),
        b = distanceAt(graph, secs, p);
      expect(b.distance).toBeCloseTo(a.distance / STANDARD.flatSpeed, 2);
      expect(b.meters).toBeCloseTo(a.distance, 2);
    }
  });

  it('matches a plain Dijkstra on independently computed seconds, for times and walked metres, at points inside edges', () => {
    for (const p of [ELDERLY, WHEELCHAIR]) {
      const costs = costsOf(p);
      const sources = [randomPoint(), randomPoint(), randomPoint(), randomPoint()];
      const edges = Array.from({ length: graph.edgeCount }, (_, e) => {
        const [fwd, back] = expectedSeconds(graph, e, tags[e], elevation, p);
        return { a: graph.edgeFrom[e]!, b: graph.edgeTo[e]!, fwd, back, len: graph.edgeLength[e]! };
      });
      // a source part-way along an edge walks that fraction of the directed edge's time
      const seeds: [number, number, number][] = [];
      for (const s of sources) {
        const { a, b, fwd, back, len } = edges[s.edge]!;
        const x = s.offset;
        seeds.push([a, x === 0 ? 0 : (back * x) / len, x], [b, x === len ? 0 : (fwd * (len - x)) / len, len - x]);
      }
      const truth = plainDijkstra(graph.nodeCount, edges, seeds);
      const res = nearestFacility(graph, sources, { costs });
      let reached = 0;
      for (let v = 0; v < graph.nodeCount; v++) {
        if (truth.dist[v] === Infinity) {
          expect(res.dist[v]).toBe(Infinity);
          continue;
        }
        reached++;
        expect(Math.abs(res.dist[v]! - truth.dist[v]!)).toBeLessThanOrEqual(1e-5 * truth.dist[v]! + 1e-6);
        expect(Math.abs(res.meters[v]! - truth.meters[v]!)).toBeLessThanOrEqual(1e-6 * truth.meters[v]! + 1e-6);
      }
      expect(reached).toBeGreaterThan(graph.nodeCount * 0.5);
      for (let i = 0; i < 100; i++) {
        const q = randomPoint();
        const { a, b, fwd, back, len } = edges[q.edge]!;
        let want = Math.min(
          truth.dist[a]! + (q.offset ? (fwd * q.offset) / len : 0),
          truth.dist[b]! + (len - q.offset ? (back * (len - q.offset)) / len : 0),
        );
        for (const s of sources) {
          if (s.edge !== q.edge) continue;
          const d = q.offset >= s.offset ? (fwd * (q.offset - s.offset)) / len : (back * (s.offset - q.offset)) / len;
          want = Math.min(want, d);
        }
        const got = distanceAt(graph, res, q).distance;
        if (want === Infinity) expect(got).toBe(Infinity);
        else expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-5 * want + 1e-6);
      }
    }
  });

  it('never walks a wheelchair up or down steps, nor along wheelchair=no ways', () => {
    const source = randomPoint();
    const r = reachWithin(graph, snap(graph, source.lon, source.lat, { costs: wheelchair }), 1500, { costs: wheelchair });
    expect(r.pieces.length).toBeGreaterThan(50);
    for (const piece of r.pieces) {
      const t = tags[piece.edge];
      // a piece of a forbidden edge can only be the single point where it leaves a reached node
      if (t?.highway === 'steps' || t?.wheelchair === 'no') expect(piece.to - piece.from).toBe(0);
    }
    // and the times are those of a search on the network with those ways taken out
    const kept = Array.from({ length: graph.edgeCount }, (_, e) => e).filter(
      (e) => tags[e]?.highway !== 'steps' && tags[e]?.wheelchair !== 'no',
    );
    const innerOffsets = [0],
      innerCoords: number[] = [];
    for (const e of kept) {
      for (let q = graph.shapeOffsets[e]! + 1; q < graph.shapeOffsets[e + 1]! - 1; q++)
        innerCoords.push(graph.shapeCoords[2 * q]!, graph.shapeCoords[2 * q + 1]!);
      innerOffsets.push(innerCoords.length / 2);
    }
    const sub = buildGraph({
      nodeLon: graph.nodeLon,
      nodeLat: graph.nodeLat,
      edgeFrom: kept.map((e) => graph.edgeFrom[e]!),
      edgeTo: kept.map((e) => graph.edgeTo[e]!),
      innerOffsets,
      innerCoords,
      edgeSourceId: kept,
    });
    const subTags = Array.from({ length: sub.edgeCount }, (_, e) => tags[sub.edgeSourceId[e]!]);
    const subElevation = sampleEdgeElevation(sub, town.hill);
    const subCosts = buildProfileCosts(sub, { tags: subTags, elevation: subElevation }, WHEELCHAIR);
    const s = snap(graph, source.lon, source.lat, { costs: wheelchair });
    const s2 = snap(sub, s.lon, s.lat);
    const a = reachWithin(graph, s, 1500, { costs: wheelchair });
    const b = reachWithin(sub, s2, 1500, { costs: subCosts });
    const byPos = (g: WalkGraph, nodes: Int32Array, d: Float64Array) =>
      new Map(Array.from(nodes, (v, i) => [`${g.nodeLon[v]},${g.nodeLat[v]}`, d[i]!]));
    const ma = byPos(graph, a.nodes, a.nodeDist),
      mb = byPos(sub, b.nodes, b.nodeDist);
    for (const [k, d] of mb) {
      if (d > 1499) continue; // rounding at the limit
      expect(ma.get(k)).toBeCloseTo(d, 3);
    }
    for (const [k, d] of ma) if (d < 1499) expect(mb.has(k)).toBe(true);
  });

  it('ELDERLY takes at least as long as STANDARD everywhere', () => {
    const sources = [randomPoint(), randomPoint()];
    const a = nearestFacility(graph, sources, { costs: standard });
    const b = nearestFacility(graph, sources, { costs: elderly });
    let slower = 0;
    for (let v = 0; v < graph.nodeCount; v++) {
      expect(b.dist[v]!).toBeGreaterThanOrEqual(a.dist[v]!);
      if (b.dist[v]! > a.dist[v]! * 1.05) slower++;
    }
    expect(slower).toBeGreaterThan(graph.nodeCount * 0.3);
  });

  it('costs more to climb than to descend, and walking to a place differs from walking from it', () => {
    // one straight street up the side of a hill: 20 m up over 200 m
    const g = buildGraph({ nodeLon: [104.0, 104.0, 104.0], nodeLat: [30.0, 30.0009, 30.0018], edgeFrom: [0, 1], edgeTo: [1, 2] });
    const ramp = (_lon: number, lat: number) => 100 + ((lat - 30.0) / 0.0018) * 20;
    const el = sampleEdgeElevation(g, ramp);
    const c = buildProfileCosts(g, { elevation: el }, ELDERLY);
    const bottom = snap(g, 104.0, 30.0),
      top = snap(g, 104.0, 30.0018);
    const up = distanceAt(g, nearestFacility(g, [bottom], { costs: c }), top);
    const down = distanceAt(g, nearestFacility(g, [top], { costs: c }), bottom);
    const len = g.edgeLength[0]! + g.edgeLength[1]!;
    expect(up.meters).toBeCloseTo(len, 4); // Float32 arc metres, as every search sums
    expect(down.meters).toBeCloseTo(len, 4);
    expect(up.distance).toBeCloseTo(len / tobler(ELDERLY, 20 / len), 3);
    expect(down.distance).toBeCloseTo(len / tobler(ELDERLY, -20 / len), 3);
    expect(down.distance).toBeGreaterThanOrEqual(len / ELDERLY.flatSpeed);
    expect(up.distance).toBeGreaterThan(down.distance * 1.2);
    // walking *to* the top from the bottom = the reversed search from the top
    const inbound = distanceAt(g, nearestFacility(g, [top], { costs: reverseCosts(g, c) }), bottom);
    expect(inbound.distance).toBeCloseTo(up.distance, 6);
    // a 10% ramp is too steep for a wheelchair (limit 1:12), an 8% one is not
    const steep = buildProfileCosts(g, { tags: [{ incline: '10%' }, { incline: '8%' }] }, WHEELCHAIR);
    const arcs = edgeArcs(g);
    expect(steep.arcCost[arcs[0]!]).toBe(Infinity);
    expect(steep.arcCost[arcs[1]!]).toBe(Infinity);
    expect(steep.arcCost[arcs[2]!]).toBeLessThan(Infinity);
  });

  it('samples terrain every ≤ 10 m along edge shapes, per direction, unknown where the model has no value', () => {
    // a street over a ridge: up 10 m then down 4 m, with a bend (shape point) at the top
    const g = buildGraph({
      nodeLon: [104.0, 104.0],
      nodeLat: [30.0, 30.002],
      edgeFrom: [0],
      edgeTo: [1],
      innerOffsets: [0, 1],
      innerCoords: [104.0, 30.001],
    });
    const ridge = (_lon: number, lat: number) => (lat <= 30.001 ? ((lat - 30.0) / 0.001) * 10 : 10 - ((lat - 30.001) / 0.001) * 4);
    const seen: number[] = [];
    const el = sampleEdgeElevation(g, (lon, lat) => (seen.push(lat), ridge(lon, lat)));
    expect(el.climb[0]).toBeCloseTo(10, 4);
    expect(el.descent[0]).toBeCloseTo(4, 4);
    expect(el.climbLength[0]! + el.descentLength[0]!).toBeCloseTo(g.edgeLength[0]!, 2);
    const sorted = [...seen].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect((sorted[i]! - sorted[i - 1]!) * 110_900).toBeLessThanOrEqual(10.01);
    const holes = sampleEdgeElevation(g, (lon, lat) => (lat > 30.0015 ? null : ridge(lon, lat)));
    expect(holes.climb[0]).toBeNaN();
    // unknown elevation: the edge is flat for Tobler and not excluded for steepness
    const c = buildProfileCosts(g, { elevation: holes }, WHEELCHAIR);
    expect(c.arcCost[0]).toBeCloseTo(g.edgeLength[0]! / WHEELCHAIR.flatSpeed, 3);
  });

  it('draws isochrones per profile nested (ELDERLY inside STANDARD, WHEELCHAIR inside ELDERLY), holes kept', () => {
    const source = snap(graph, graph.nodeLon[0]!, graph.nodeLat[0]!);
    const band = (costs: typeof standard) => isochrones(graph, source, [300, 600], { costs, simplifyCells: 0, cellMeters: 10 });
    const [s, e, w] = [band(standard), band(elderly), band(wheelchair)];
    for (let k = 0; k < 2; k++) {
      expect(e[k]!.properties.areaSqMeters).toBeLessThanOrEqual(s[k]!.properties.areaSqMeters);
      expect(e[k]!.properties.areaSqMeters).toBeGreaterThan(0);
    }
    // sample points: inside a slower profile's band means inside the faster one's
    let inE = 0;
    for (let i = 0; i < 40; i++) {
      for (let j = 0; j < 40; j++) {
        const x = graph.nodeLon[0]! + ((i - 5) * 20) / 96000 + 1e-7,
          y = graph.nodeLat[0]! + ((j - 5) * 20) / 110900 + 1e-7;
        for (let k = 0; k < 2; k++) {
          if (inMultiPolygon(e[k]!.geometry.coordinates, x, y)) {
            inE++;
            expect(inMultiPolygon(s[k]!.geometry.coordinates, x, y)).toBe(true);
          }
          if (inMultiPolygon(w[k]!.geometry.coordinates, x, y)) expect(inMultiPolygon(s[k]!.geometry.coordinates, x, y)).toBe(true);
          if (k === 0 && inMultiPolygon(e[0]!.geometry.coordinates, x, y))
            expect(inMultiPolygon(e[1]!.geometry.coordinates, x, y)).toBe(true);
        }
      }
    }
    expect(inE).toBeGreaterThan(20);
    // a ring of streets around a 575 m × 600 m block: its middle stays a hole
    const ring = buildGraph({
      nodeLon: [104.0, 104.006, 104.006, 104.0],
      nodeLat: [30.0, 30.0, 30.0054, 30.0054],
      edgeFrom: [0, 1, 2, 3],
      edgeTo: [1, 2, 3, 0],
    });
    const ringCosts = buildProfileCosts(ring, {}, ELDERLY);
    const [whole] = isochrones(ring, snap(ring, 104.0, 30.0), [3000], { costs: ringCosts });
    expect(whole!.geometry.coordinates.some((poly) => poly.length > 1)).toBe(true);
    expect(inMultiPolygon(whole!.geometry.coordinates, 104.003, 30.0027)).toBe(false);
    expect(inMultiPolygon(whole!.geometry.coordinates, 104.0, 30.0027)).toBe(true);
  });

  it('cover sets count what a demand point can reach within the time, walking to the site', () => {
    const demands = [randomPoint(), randomPoint(), randomPoint()];
    const sets = coverSets(graph, demands, [1, 1, 1], 300, null, Infinity, elderly);
    const setsM = coverSets(graph, demands, [1, 1, 1], 300, null);
    // 300 s at ≤ 1 m/s reaches no farther than 300 m
    expect(sets.members.length).toBeLessThanOrEqual(setsM.members.length);
    expect(sets.members.length).toBeGreaterThan(0);
  });

  it('serialises costs for workers and checks them against the graph', () => {
    const s = serializeCosts(elderly);
    expect(s.arcCost.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(deserializeCosts(s, graph).arcCost.subarray(0, 20))).toEqual(Array.from(elderly.arcCost.subarray(0, 20)));
    const other = generateLattice({ cols: 3, rows: 3 });
    expect(() => deserializeCosts(s, other)).toThrow(/arc costs/);
  });

  it('keeps the tags profiles need from OSM imports', () => {
    const xml = `<osm version="0.6">
      <node id="1" lon="104.0" lat="30.0"/><node id="2" lon="104.001" lat="30.0"/><node id="3" lon="104.002" lat="30.0"/>
      <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="steps"/><tag k="step_count" v="24"/><tag k="incline" v="up"/></way>
      <way id="11"><nd ref="2"/><nd ref="3"/><tag k="highway" v="footway"/><tag k="wheelchair" v="no"/><tag k="surface" v="paved"/></way>
    </osm>`;
    const osm = parseOsmXml(xml);
    const t = osmEdgeTags(osm);
    const bySource = new Map(t.map((x, e) => [osm.graph.edgeSourceId[e]!, x]));
    expect(bySource.get(10)).toEqual({ highway: 'steps', step_count: '24', incline: 'up' });
    expect(bySource.get(11)).toEqual({ highway: 'footway', wheelchair: 'no' });
    const c = buildProfileCosts(osm.graph, { tags: t }, ELDERLY);
    const arcs = edgeArcs(osm.graph);
    const stepsEdge = t.findIndex((x) => x?.highway === 'steps');
    expect(c.arcCost[arcs[2 * stepsEdge]!]).toBeCloseTo(osm.graph.edgeLength[stepsEdge]! / 1.0 + 24 * ELDERLY.stepSeconds, 3);
    const w = buildProfileCosts(osm.graph, { tags: t }, WHEELCHAIR);
    expect(Array.from(w.arcCost)).toEqual([Infinity, Infinity, Infinity, Infinity]);
  });
});
