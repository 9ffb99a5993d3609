import type { DivisionDraft } from './divisions.js';
import { distToPolyline, type XY } from './geometry.js';
import type { Lattice } from './lattice.js';
import type { Rng } from './random.js';
import type { DemoRoad } from './types.js';

const M_PER_DEG_LAT = 110852;

/** A rounded hill: height `h` metres above the ground around it, spread `r` metres, at `x, y` (local metres). */
export interface DemoHill {
  x: number;
  y: number;
  h: number;
  r: number;
}

/**
 * The synthetic terrain of the demo district, as data (the heights follow from it with
 * {@link demoElevation}): a river valley at about 175 m rising to a plateau near 300 m, two
 * NNE–SSW ridges like Yubei's 铜锣山 and 明月山, and rounded hills in the built-up area whose streets
 * climb 8–20% — where stairways (梯坎) take over. Sample data: no real place is described.
 */
export interface DemoTerrain {
  /** Origin of the local metre frame (lon, lat). */
  origin: [number, number];
  /** The river's course in local metres (heights are lowest along it). */
  river: XY[];
  /** Ridges: offset (metres east of the origin, measured across the ridge axis), crest height above the plateau, half width. */
  ridges: { offset: number; h: number; w: number }[];
  /** Bearing of the ridge axis, radians east of north. */
  ridgeBearing: number;
  hills: DemoHill[];
  /** The district's box in local metres (min x, min y, max x, max y). */
  extent: [number, number, number, number];
}

/** Metres of one step's rise (a riser of 15 cm, typical of Chongqing's stairways). */
export const STEP_RISE_METERS = 0.15;
/** A minor street steeper than this (rise over length) is a stairway in the demo. */
const STAIRWAY_GRADE = 0.12;
const MINOR = new Set(['residential', 'footway', 'path', 'service']);

/**
 * Heights of the demo terrain in metres at a position (lon, lat).
 *
 * @example demoElevation(generateDemoDistrict().terrain, 106.63, 29.72); // 263.8
 */
export function demoElevation(t: DemoTerrain, lon: number, lat: number): number {
  const x = (lon - t.origin[0]) * 111320 * Math.cos((t.origin[1] * Math.PI) / 180);
  const y = (lat - t.origin[1]) * M_PER_DEG_LAT;
  return heightAt(t, [x, y]);
}

/** Cell of the precomputed distance-to-river grid, metres (the valley term is smooth at this scale). */
const RIVER_CELL = 400;
const riverGrids = new WeakMap<DemoTerrain, { nx: number; ny: number; d: Float32Array }>();

/** Metres to the river, interpolated on a grid made once per terrain (exact outside the district). */
function riverDistance(t: DemoTerrain, p: XY): number {
  const [x0, y0, x1, y1] = t.extent;
  if (p[0] < x0 || p[1] < y0 || p[0] > x1 || p[1] > y1) return distToPolyline(p, t.river);
  let g = riverGrids.get(t);
  if (!g) {
    const nx = Math.ceil((x1 - x0) / RIVER_CELL) + 2;
    const ny = Math.ceil((y1 - y0) / RIVER_CELL) + 2;
    const d = new Float32Array(nx * ny);
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) d[j * nx + i] = distToPolyline([x0 + i * RIVER_CELL, y0 + j * RIVER_CELL], t.river);
    g = { nx, ny, d };
    riverGrids.set(t, g);
  }
  const fx = (p[0] - x0) / RIVER_CELL;
  const fy = (p[1] - y0) / RIVER_CELL;
  const i = Math.min(Math.floor(fx), g.nx - 2);
  const j = Math.min(Math.floor(fy), g.ny - 2);
  const u = fx - i;
  const v = fy - j;
  const at = (a: number, b: number) => g.d[b * g.nx + a]!;
  return (at(i, j) * (1 - u) + at(i + 1, j) * u) * (1 - v) + (at(i, j + 1) * (1 - u) + at(i + 1, j + 1) * u) * v;
}

/** Buckets of hills by 2 km cells: each holds the hills that reach into it (4 spreads at most). */
const HILL_CELL = 2000;
const hillBuckets = new WeakMap<DemoTerrain, Map<number, DemoHill[]>>();
const bucketKey = (i: number, j: number) => i * 100_003 + j;

function hillsNear(t: DemoTerrain, p: XY): readonly DemoHill[] {
  let b = hillBuckets.get(t);
  if (!b) {
    b = new Map();
    for (const h of t.hills) {
      for (let i = Math.floor((h.x - 4 * h.r) / HILL_CELL); i <= Math.floor((h.x + 4 * h.r) / HILL_CELL); i++)
        for (let j = Math.floor((h.y - 4 * h.r) / HILL_CELL); j <= Math.floor((h.y + 4 * h.r) / HILL_CELL); j++) {
          const k = bucketKey(i, j);
          (b.get(k) ?? b.set(k, []).get(k)!).push(h);
        }
    }
    hillBuckets.set(t, b);
  }
  return b.get(bucketKey(Math.floor(p[0] / HILL_CELL), Math.floor(p[1] / HILL_CELL))) ?? [];
}

function heightAt(t: DemoTerrain, p: XY): number {
  const fromRiver = riverDistance(t, p);
  let z = 175 + 125 * (1 - Math.exp(-fromRiver / 2500));
  const across = p[0] * Math.cos(t.ridgeBearing) - p[1] * Math.sin(t.ridgeBearing);
  for (const r of t.ridges) z += r.h * Math.exp(-(((across - r.offset) / r.w) ** 2));
  for (const h of hillsNear(t, p)) {
    const d2 = (p[0] - h.x) ** 2 + (p[1] - h.y) ** 2;
    if (d2 < 16 * h.r * h.r) z += h.h * Math.exp(-d2 / (2 * h.r * h.r));
  }
  return z;
}

/**
 * Draws the terrain from its own random stream (so that it moves no place of the district): the
 * ridges east of the built-up area, and hills mostly over the streets (the urban part of Yubei sits
 * on them), a few over the towns.
 */
export function buildTerrain(rng: Rng, l: Lattice, district: DivisionDraft, origin: [number, number]): DemoTerrain {
  const urban: XY[] = [];
  const rural: XY[] = [];
  for (let n = 0; n < l.x.length; n += 7) {
    if (l.land[n] !== 1 || l.top[n]! < 0) continue;
    (district.children[l.top[n]!]!.level === 'STREET' ? urban : rural).push([l.x[n]!, l.y[n]!]);
  }
  const hills: DemoHill[] = [];
  const pick = (pool: XY[]) => pool[Math.floor(rng.next() * pool.length)]!;
  for (let k = 0; k < 70 && urban.length; k++) {
    const [x, y] = pick(urban);
    hills.push({ x: Math.round(x), y: Math.round(y), h: Math.round(rng.range(25, 80)), r: Math.round(rng.range(220, 520)) });
  }
  for (let k = 0; k < 40 && rural.length; k++) {
    const [x, y] = pick(rural);
    hills.push({ x: Math.round(x), y: Math.round(y), h: Math.round(rng.range(30, 120)), r: Math.round(rng.range(500, 1200)) });
  }
  let eastmost = 0;
  for (const p of urban) eastmost = Math.max(eastmost, p[0]);
  const extent: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of district.ring) {
    extent[0] = Math.min(extent[0], Math.floor(x));
    extent[1] = Math.min(extent[1], Math.floor(y));
    extent[2] = Math.max(extent[2], Math.ceil(x));
    extent[3] = Math.max(extent[3], Math.ceil(y));
  }
  return {
    origin,
    river: l.river.map(([x, y]) => [Math.round(x), Math.round(y)]),
    ridgeBearing: 0.35,
    ridges: [
      { offset: Math.round(eastmost + rng.range(1500, 3000)), h: Math.round(rng.range(380, 450)), w: 1400 },
      { offset: Math.round(eastmost + rng.range(9000, 11000)), h: Math.round(rng.range(420, 520)), w: 1600 },
    ],
    hills,
    extent,
  };
}

/**
 * Stairways of the demo: every minor street (residential, footway, path, service; at most 400 m)
 * steeper than 12% between its ends becomes steps
 * (`highway=steps`), and every stairway gets its number of steps from its rise (15 cm a step, at
 * least 3).
 */
export function addStairways(roads: DemoRoad[], t: DemoTerrain): void {
  const mLon = 111320 * Math.cos((t.origin[1] * Math.PI) / 180);
  for (const r of roads) {
    const c = r.geometry.coordinates;
    if (r.highway !== 'steps' && !MINOR.has(r.highway)) continue;
    let length = 0;
    for (let k = 1; k < c.length; k++)
      length += Math.hypot((c[k]![0]! - c[k - 1]![0]!) * mLon, (c[k]![1]! - c[k - 1]![1]!) * M_PER_DEG_LAT);
    const a = c[0]!;
    const b = c[c.length - 1]!;
    const rise = Math.abs(demoElevation(t, b[0]!, b[1]!) - demoElevation(t, a[0]!, a[1]!));
    if (r.highway !== 'steps' && (length > 400 || rise < STAIRWAY_GRADE * length)) continue;
    r.highway = 'steps';
    r.stepCount = Math.max(3, Math.round(rise / STEP_RISE_METERS));
  }
}
