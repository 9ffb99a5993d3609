import type { DivisionDraft } from './divisions.js';
import { distToPolyline, insideConvex, type XY } from './geometry.js';
import type { Rng } from './random.js';

/** Grid spacing of the street lattice, metres (urban blocks ≈ 80–160 m after jitter). */
export const SPACING = 125;
/** Every COARSE-th lattice line can carry a rural road or an urban arterial. */
export const COARSE = 5;
/** Half width of the river, metres. */
export const RIVER_HALF_WIDTH = 200;

/**
 * A jittered, slightly rotated square lattice covering the district. Roads run along lattice edges
 * (neighbouring nodes), which keeps the network planar: edges never cross except at shared nodes.
 */
export interface Lattice {
  spacing: number;
  cos: number;
  sin: number;
  i0: number;
  j0: number;
  nx: number;
  ny: number;
  x: Float64Array;
  y: Float64Array;
  /** 1 when the node is inside the district and not in the river. */
  land: Uint8Array;
  /** Index of the containing street/town (district.children), -1 outside the district. */
  top: Int8Array;
  river: XY[];
}

export const nodeIndex = (l: Lattice, i: number, j: number): number => (i < 0 || j < 0 || i >= l.nx || j >= l.ny ? -1 : j * l.nx + i);

/** Lattice coordinates (fractional) of a metre point. */
export function toLattice(l: Lattice, p: XY): [number, number] {
  const u = p[0] * l.cos + p[1] * l.sin;
  const v = -p[0] * l.sin + p[1] * l.cos;
  return [u / l.spacing - l.i0, v / l.spacing - l.j0];
}

/** Metre point of fractional lattice coordinates (no jitter). */
export function fromLattice(l: Lattice, fi: number, fj: number): XY {
  const u = (fi + l.i0) * l.spacing;
  const v = (fj + l.j0) * l.spacing;
  return [u * l.cos - v * l.sin, u * l.sin + v * l.cos];
}

/** A smooth river through the west of the urban area, from the north-west to the south edge. */
function buildRiver(rng: Rng): XY[] {
  const ctrl: XY[] = [
    [-32, 13],
    [-22, 9],
    [-17, 4],
    [-15.8, -1],
    [-16, -6.5],
    [-14.8, -11.5],
    [-14.2, -17],
    [-13, -27],
  ].map(([x, y]) => [x! * 1000 + rng.range(-300, 300), y! * 1000 + rng.range(-300, 300)]);
  let pts = ctrl;
  for (let it = 0; it < 4; it++) {
    const next: XY[] = [pts[0]!];
    for (let k = 0; k + 1 < pts.length; k++) {
      const a = pts[k]!;
      const b = pts[k + 1]!;
      next.push([0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]]);
      next.push([0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]]);
    }
    next.push(pts[pts.length - 1]!);
    pts = next;
  }
  return pts;
}

export function buildLattice(rng: Rng, district: DivisionDraft): Lattice {
  const angle = rng.range(0.15, 0.3);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  let umin = Infinity;
  let umax = -Infinity;
  let vmin = Infinity;
  let vmax = -Infinity;
  for (const p of district.ring) {
    const u = p[0] * cos + p[1] * sin;
    const v = -p[0] * sin + p[1] * cos;
    umin = Math.min(umin, u);
    umax = Math.max(umax, u);
    vmin = Math.min(vmin, v);
    vmax = Math.max(vmax, v);
  }
  const i0 = Math.floor(umin / SPACING) - 2;
  const j0 = Math.floor(vmin / SPACING) - 2;
  // Align the origin so that lattice index i is a coarse line exactly when i % COARSE === 0.
  const ai0 = i0 - (((i0 % COARSE) + COARSE) % COARSE);
  const aj0 = j0 - (((j0 % COARSE) + COARSE) % COARSE);
  const nx = Math.ceil(umax / SPACING) + 3 - ai0;
  const ny = Math.ceil(vmax / SPACING) + 3 - aj0;
  const n = nx * ny;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const land = new Uint8Array(n);
  const top = new Int8Array(n).fill(-1);
  const river = buildRiver(rng);
  const jit = 0.2 * SPACING;
  const tops = district.children;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      const u = (i + ai0) * SPACING + rng.range(-jit, jit);
      const v = (j + aj0) * SPACING + rng.range(-jit, jit);
      const p: XY = [u * cos - v * sin, u * sin + v * cos];
      x[k] = p[0];
      y[k] = p[1];
      if (!insideConvex(district.ring, p, 1)) continue;
      let best = -1;
      for (let t = 0; t < tops.length; t++) {
        if (insideConvex(tops[t]!.ring, p, 0)) {
          best = t;
          break;
        }
      }
      if (best < 0) continue;
      top[k] = best;
      land[k] = p[0] < -12000 && distToPolyline(p, river) <= RIVER_HALF_WIDTH ? 0 : 1;
    }
  }
  return { spacing: SPACING, cos, sin, i0: ai0, j0: aj0, nx, ny, x, y, land, top, river };
}
