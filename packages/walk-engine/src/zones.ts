import { localScale, segmentLength } from './geodesy.js';

/** Groups of points and the outline of each, as {@link pointZones} gives them. */
export interface PointZones {
  /** Indices into the input points, one array per group (in order of each group's first point). */
  groups: number[][];
  /** Per group, a GeoJSON Polygon around its points: the convex hull of discs of `radiusMeters`. */
  outlines: { type: 'Polygon'; coordinates: number[][][] }[];
}

/** Vertices of each disc around a point: as many as turf's buffer draws (8 per quarter). */
const DISC_STEPS = 32;

/** Andrew's monotone chain: the convex hull of planar points, counter-clockwise, closed. */
function convexHull(pts: [number, number][]): [number, number][] {
  const p = pts.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return [...p, p[0]!];
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: [number, number][] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  const hull = lower.slice(0, -1).concat(upper.slice(0, -1));
  return [...hull, hull[0]!];
}

/**
 * Joins points (`[lon, lat]`) closer than `linkMeters` (single linkage, geodesic distance) and
 * outlines each group by the convex hull of discs of `radiusMeters` around its points (what a
 * buffer followed by a convex hull gives, without either).
 *
 * @example
 * const z = pointZones([[106.63, 29.72], [106.631, 29.72], [106.7, 29.8]], 600, 150);
 * z.groups; // [[0, 1], [2]]
 * z.outlines[0].type; // 'Polygon'
 */
export function pointZones(points: ReadonlyArray<ReadonlyArray<number>>, linkMeters: number, radiusMeters: number): PointZones {
  if (!(linkMeters > 0) || !Number.isFinite(linkMeters)) throw new RangeError(`pointZones: linkMeters must be > 0, got ${linkMeters}`);
  if (!(radiusMeters > 0) || !Number.isFinite(radiusMeters))
    throw new RangeError(`pointZones: radiusMeters must be > 0, got ${radiusMeters}`);
  const n = points.length;
  const parent = Int32Array.from({ length: n }, (_, j) => j);
  const find = (j: number): number => {
    while (parent[j] !== j) {
      parent[j] = parent[parent[j]!]!;
      j = parent[j]!;
    }
    return j;
  };
  // Grid hashing: only points in neighbouring cells can be within the link distance.
  const cellDeg = linkMeters / 111_000;
  const cells = new Map<string, number[]>();
  const cellOf = (j: number) => [Math.floor(points[j]![0]! / cellDeg), Math.floor(points[j]![1]! / cellDeg)] as const;
  for (let j = 0; j < n; j++) {
    const [cx, cy] = cellOf(j);
    const key = `${cx},${cy}`;
    (cells.get(key) ?? cells.set(key, []).get(key)!).push(j);
  }
  for (let j = 0; j < n; j++) {
    const [cx, cy] = cellOf(j);
    const [lon, lat] = points[j]!;
    for (let dx = -2; dx <= 2; dx++)
      for (let dy = -2; dy <= 2; dy++)
        for (const o of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (o <= j) continue;
          if (segmentLength(lon!, lat!, points[o]![0]!, points[o]![1]!) <= linkMeters) parent[find(o)] = find(j);
        }
  }
  const byRoot = new Map<number, number[]>();
  for (let j = 0; j < n; j++) {
    const r = find(j);
    (byRoot.get(r) ?? byRoot.set(r, []).get(r)!).push(j);
  }
  const groups = [...byRoot.values()];
  const outlines = groups.map((members) => {
    const lat0 = members.reduce((s, j) => s + points[j]![1]!, 0) / members.length;
    const { kx, ky } = localScale(lat0);
    const ring: [number, number][] = [];
    for (const j of members) {
      const [lon, lat] = points[j]!;
      for (let s = 0; s < DISC_STEPS; s++) {
        const a = (2 * Math.PI * s) / DISC_STEPS;
        ring.push([lon! + (radiusMeters * Math.cos(a)) / kx, lat! + (radiusMeters * Math.sin(a)) / ky]);
      }
    }
    return { type: 'Polygon' as const, coordinates: [convexHull(ring)] };
  });
  return { groups, outlines };
}
