import type { WalkGraph } from './graph.js';
import type { SnappedPoint } from './snap.js';
import type { SearchWorkspace } from './search.js';
import { localScale, segmentLength } from './geodesy.js';
import { defaultWorkspace, edgePointCost, forEachReachedPiece, searchFrom } from './reach.js';
import type { WalkCosts } from './costs.js';
import { createPaddedMask, tracePadded } from './contour.js';

export interface IsochroneOptions {
  /** Raster cell size in metres. Default 5. */
  cellMeters?: number;
  /** Distance in metres around walked streets counted as reached (building frontage). Default 35. */
  bufferMeters?: number;
  /** Simplification tolerance in cells. Default 0.5. */
  simplifyCells?: number;
  /** Largest raster (cells); beyond it cells grow. Default 4 000 000. */
  maxCells?: number;
  /** Workspace to reuse (one per thread). */
  workspace?: SearchWorkspace;
  /** Arc costs (walking from the source); thresholds are then in cost units (e.g. seconds). */
  costs?: WalkCosts | null;
}

/** One isochrone band: everything within `threshold` metres of walking, as a MultiPolygon with holes. */
export interface IsochroneFeature {
  type: 'Feature';
  properties: { threshold: number; areaSqMeters: number };
  geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
}

const grow = (a: Float64Array, need: number): Float64Array => {
  if (need <= a.length) return a;
  const b = new Float64Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
};
let samples: Float64Array = new Float64Array(3 * 4096);

/**
 * Walking isochrones around a snapped point for one or more thresholds (metres, or cost units
 * such as seconds with `options.costs`).
 *
 * The reached street lines (partly walked edges cut exactly) are rasterised onto a local metre
 * grid where each cell keeps the smallest walking distance of any street point within
 * `bufferMeters`; each threshold's polygon traces the cells at or under it. So bands are nested
 * exactly (a smaller threshold is inside a larger one), unreachable blocks and the far bank of a
 * river stay holes, and nothing farther than `bufferMeters` from a reached street is covered.
 *
 * @example
 * const [p300, p600, p900] = isochrones(graph, snap(graph, 104.098, 30.677), [300, 600, 900]);
 * p900.geometry.type; // 'MultiPolygon'
 */
export function isochrones(
  graph: WalkGraph,
  source: SnappedPoint,
  thresholds: ReadonlyArray<number>,
  options: IsochroneOptions = {},
): IsochroneFeature[] {
  if (!thresholds.length) throw new RangeError('isochrones: give at least one threshold');
  for (const t of thresholds) {
    if (!(t > 0) || !Number.isFinite(t)) throw new RangeError(`isochrones: thresholds must be finite and > 0, got ${t}`);
  }
  let cell = options.cellMeters ?? 5;
  const buffer = options.bufferMeters ?? 35;
  const tol = options.simplifyCells ?? 0.5;
  if (!(cell > 0) || !(buffer >= 0)) throw new RangeError('isochrones: cellMeters must be > 0 and bufferMeters ≥ 0');
  const T = Math.max(...thresholds);
  const ws = options.workspace ?? defaultWorkspace(graph);
  const costs = options.costs ?? null;
  searchFrom(graph, source, T, ws, costs);

  // 1. sample walked street parts every `cell` metres with their walking distance (local metres)
  const lon0 = source.lon,
    lat0 = source.lat;
  const { kx, ky } = localScale(lat0);
  const sc = graph.shapeCoords;
  let ns = 0;
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  const add = (x: number, y: number, d: number): void => {
    if (3 * ns + 3 > samples.length) samples = grow(samples, 3 * ns + 3);
    samples[3 * ns] = x;
    samples[3 * ns + 1] = y;
    samples[3 * ns + 2] = d;
    ns++;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  forEachReachedPiece(graph, source, T, ws, (e, from, to, da, db, so) => {
    const distAt = (s: number): number => edgePointCost(graph, e, s, da, db, so, costs);
    let acc = 0;
    const first = graph.shapeOffsets[e]!,
      last = graph.shapeOffsets[e + 1]! - 1;
    for (let q = first; q < last && acc <= to; q++) {
      const x1 = sc[2 * q]!,
        y1 = sc[2 * q + 1]!,
        x2 = sc[2 * q + 2]!,
        y2 = sc[2 * q + 3]!;
      const l = segmentLength(x1, y1, x2, y2);
      const s0 = acc,
        s1 = acc + l;
      acc = s1;
      if (s1 < from) continue;
      const a = Math.max(from, s0),
        b = Math.min(to, s1);
      const steps = Math.max(1, Math.ceil((b - a) / cell));
      const ax = (x1 - lon0) * kx,
        ay = (y1 - lat0) * ky;
      const dx = (x2 - lon0) * kx - ax,
        dy = (y2 - lat0) * ky - ay;
      for (let k = 0; k <= steps; k++) {
        const s = a + ((b - a) * k) / steps;
        const t = l > 0 ? (s - s0) / l : 0;
        add(ax + t * dx, ay + t * dy, distAt(s));
      }
    }
  });
  if (ns === 0) add(0, 0, 0);

  // 2. raster: each cell gets the smallest distance of a sample within `buffer`
  // (very large areas get coarser cells so the grid stays under `maxCells`)
  const maxCells = options.maxCells ?? 4_000_000;
  const area = (maxX - minX + 2 * (buffer + 2 * cell)) * (maxY - minY + 2 * (buffer + 2 * cell));
  if (area / (cell * cell) > maxCells) cell = Math.sqrt(area / maxCells) * 1.01;
  const pad = buffer + 2 * cell;
  const x0 = minX - pad,
    y0 = minY - pad;
  const W = Math.ceil((maxX - minX + 2 * pad) / cell);
  const H = Math.ceil((maxY - minY + 2 * pad) / cell);
  const field = new Float32Array(W * H).fill(Infinity);
  const seed = new Float32Array(W * H).fill(Infinity);
  const seedCells: number[] = [];
  for (let k = 0; k < ns; k++) {
    const i = Math.floor((samples[3 * k]! - x0) / cell);
    const j = Math.floor((samples[3 * k + 1]! - y0) / cell);
    const c = j * W + i;
    const d = samples[3 * k + 2]!;
    if (seed[c] === Infinity) seedCells.push(c);
    if (d < seed[c]!) seed[c] = d;
  }
  const R = buffer / cell;
  const Ri = Math.floor(R);
  const half = new Int32Array(2 * Ri + 1);
  for (let dj = -Ri; dj <= Ri; dj++) half[dj + Ri] = Math.floor(Math.sqrt(R * R - dj * dj));
  for (const c of seedCells) {
    const d = seed[c]!;
    const ci = c % W,
      cj = (c - ci) / W;
    for (let dj = -Ri; dj <= Ri; dj++) {
      const hw = half[dj + Ri]!;
      const row = (cj + dj) * W + ci;
      for (let p = row - hw, e = row + hw; p <= e; p++) if (d < field[p]!) field[p] = d;
    }
  }

  // 3. trace each threshold and map back to lon/lat
  const mask = createPaddedMask(W, H);
  const cells = mask.cells,
    stride = mask.stride;
  const order = thresholds.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t);
  const out: IsochroneFeature[] = new Array(thresholds.length);
  for (const { t, i } of order) {
    let count = 0;
    for (let j = 0; j < H; j++) {
      const row = j * W,
        prow = (j + 1) * stride + 1;
      for (let p = 0; p < W; p++) {
        const inside = field[row + p]! <= t ? 1 : 0;
        cells[prow + p] = inside;
        count += inside;
      }
    }
    const polys = tracePadded(mask, tol);
    const coordinates = polys.map((poly) =>
      poly.map((ring) => ring.map(([gx, gy]) => [lon0 + (x0 + gx! * cell) / kx, lat0 + (y0 + gy! * cell) / ky])),
    );
    out[i] = {
      type: 'Feature',
      properties: { threshold: t, areaSqMeters: count * cell * cell },
      geometry: { type: 'MultiPolygon', coordinates },
    };
  }
  return out;
}
