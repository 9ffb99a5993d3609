/** Planar helpers in a local metre frame (x east, y north) around the demo origin. */

export type XY = [number, number];

/** Origin of the synthetic district (near Yubei, Chongqing). */
export const ORIGIN_LON = 106.63;
export const ORIGIN_LAT = 29.72;
const M_PER_DEG_LAT = 110852;
const M_PER_DEG_LON = 111320 * Math.cos((ORIGIN_LAT * Math.PI) / 180);

/** Rounds a coordinate to 7 decimals, the precision used everywhere in the output. */
export const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;

/** Local metres → rounded [lon, lat]. */
export function toLonLat(p: XY): [number, number] {
  return [round7(ORIGIN_LON + p[0] / M_PER_DEG_LON), round7(ORIGIN_LAT + p[1] / M_PER_DEG_LAT)];
}

export const dist = (a: XY, b: XY): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Signed area (positive when counter-clockwise) of an open ring. */
export function signedArea(ring: XY[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

/** Convex hull (counter-clockwise, open ring) by the monotone chain. */
export function convexHull(points: XY[]): XY[] {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: XY, a: XY, b: XY) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: XY[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: XY[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/** Keeps the part of a convex ring where nx*x + ny*y <= c (Sutherland–Hodgman, one plane). */
export function clipHalfPlane(ring: XY[], nx: number, ny: number, c: number): XY[] {
  const out: XY[] = [];
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    const dp = nx * p[0] + ny * p[1] - c;
    const dq = nx * q[0] + ny * q[1] - c;
    if (dp <= 0) out.push(p);
    if ((dp < 0 && dq > 0) || (dp > 0 && dq < 0)) {
      const t = dp / (dp - dq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/**
 * Voronoi cells of `seeds` clipped to the convex `parent` ring. The cells tile the parent; each
 * cell is convex and counter-clockwise.
 */
export function voronoiInConvex(parent: XY[], seeds: XY[]): XY[][] {
  return seeds.map((a, i) => {
    let cell = parent;
    for (let j = 0; j < seeds.length; j++) {
      if (j === i || cell.length === 0) continue;
      // The same bisector for both sides, computed from the lower index, keeps edges consistent.
      const [p, q, sign] = i < j ? [a, seeds[j]!, 1] : [seeds[j]!, a, -1];
      const nx = q[0] - p[0];
      const ny = q[1] - p[1];
      const c = (q[0] * q[0] + q[1] * q[1] - p[0] * p[0] - p[1] * p[1]) / 2;
      cell = clipHalfPlane(cell, sign * nx, sign * ny, sign * c);
    }
    return cell;
  });
}

/**
 * Whether `p` lies inside the convex counter-clockwise ring, at least `margin` metres from its
 * edges.
 */
export function insideConvex(ring: XY[], p: XY, margin = 0): boolean {
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const ex = b[0] - a[0];
    const ey = b[1] - a[1];
    const len = Math.hypot(ex, ey);
    if (len === 0) continue;
    // Left of a→b is inside for a counter-clockwise ring.
    if ((ex * (p[1] - a[1]) - ey * (p[0] - a[0])) / len < margin) return false;
  }
  return true;
}

/** Distance from p to segment ab. */
export function distToSegment(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  let t = l2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Distance from p to a polyline. */
export function distToPolyline(p: XY, line: XY[]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) best = Math.min(best, distToSegment(p, line[i]!, line[i + 1]!));
  return best;
}

/** Centroid of a polygon ring. */
export function centroid(ring: XY[]): XY {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    const f = p[0] * q[1] - q[0] * p[1];
    a += f;
    cx += (p[0] + q[0]) * f;
    cy += (p[1] + q[1]) * f;
  }
  return [cx / (3 * a), cy / (3 * a)];
}

/** A closed lon/lat ring from an open metre ring, dropping points that collapse when rounded. */
export function ringToLonLat(ring: XY[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of ring) {
    const c = toLonLat(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== c[0] || last[1] !== c[1]) out.push(c);
  }
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
  out.push([first[0], first[1]]);
  return out;
}
