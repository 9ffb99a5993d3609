import { convexHull, insideConvex, signedArea, voronoiInConvex, type XY } from './geometry.js';
import { type NamePool, REQUIRED_COMMUNITIES, REQUIRED_VILLAGES, STREETS, TOWNS } from './names.js';
import type { Rng } from './random.js';

/** A division during generation, in local metres. */
export interface DivisionDraft {
  code: string;
  name: string;
  level: 'DISTRICT' | 'STREET' | 'TOWN' | 'COMMUNITY' | 'VILLAGE';
  parent: DivisionDraft | null;
  /** Convex, counter-clockwise, open ring in metres. */
  ring: XY[];
  /** Generating point: the built-up centre of the division. */
  seed: XY;
  children: DivisionDraft[];
  /** For a town's seat community. */
  townSeat?: boolean;
}

export const DISTRICT_CODE = '500112';

/** Rejection-samples `n` spread-out points inside a convex ring. */
function spreadPoints(rng: Rng, ring: XY[], n: number, first: XY[] = []): XY[] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let dmin = 0.75 * Math.sqrt(Math.abs(signedArea(ring)) / n);
  const pts = [...first];
  let fails = 0;
  while (pts.length < n) {
    const p: XY = [rng.range(x0, x1), rng.range(y0, y1)];
    if (!insideConvex(ring, p, 60)) continue;
    if (pts.every((q) => Math.hypot(p[0] - q[0], p[1] - q[1]) >= dmin)) {
      pts.push(p);
      fails = 0;
    } else if (++fails > 200) {
      dmin *= 0.9;
      fails = 0;
    }
  }
  return pts;
}

/**
 * Builds the division tree: one district, 11 streets clustered in the south-west, 11 towns around
 * them, communities in streets and villages (plus a seat community) in towns. All boundaries are
 * Voronoi cells clipped to their parent, so children tile their parent exactly.
 */
export function buildDivisions(rng: Rng, names: NamePool): DivisionDraft {
  const hull: XY[] = [];
  const nv = 22;
  for (let k = 0; k < nv; k++) {
    const a = (2 * Math.PI * (k + rng.range(-0.3, 0.3))) / nv;
    const r = rng.range(0.88, 1.0);
    hull.push([26000 * r * Math.cos(a), 21000 * r * Math.sin(a)]);
  }
  const district: DivisionDraft = {
    code: DISTRICT_CODE,
    name: '渝北区',
    level: 'DISTRICT',
    parent: null,
    ring: convexHull(hull),
    seed: [0, 0],
    children: [],
  };
  for (const n of [...STREETS, ...TOWNS].map((s) => s.name)) names.reserve(n);

  const tops = [
    ...STREETS.map((s, i) => ({ ...s, level: 'STREET' as const, code: DISTRICT_CODE + String(i + 1).padStart(3, '0') })),
    ...TOWNS.map((t, i) => ({ ...t, level: 'TOWN' as const, code: DISTRICT_CODE + String(101 + i) })),
  ];
  const topSeeds: XY[] = tops.map((t) => {
    const p: XY = [t.at[0] * 1000 + rng.range(-600, 600), t.at[1] * 1000 + rng.range(-600, 600)];
    while (!insideConvex(district.ring, p, 1500)) {
      p[0] *= 0.95;
      p[1] *= 0.95;
    }
    return p;
  });
  const topCells = voronoiInConvex(district.ring, topSeeds);
  tops.forEach((t, i) => {
    district.children.push({
      code: t.code,
      name: t.name,
      level: t.level,
      parent: district,
      ring: topCells[i]!,
      seed: topSeeds[i]!,
      children: [],
    });
  });
  for (const list of [REQUIRED_COMMUNITIES, REQUIRED_VILLAGES]) {
    for (const ns of Object.values(list)) ns.forEach((n) => names.reserve(n));
  }

  // Streets get 13–16 communities, at least 156 in all (151 of them have a station).
  const counts = district.children.map((t) => (t.level === 'STREET' ? rng.int(13, 16) : rng.int(10, 14) + 1));
  const streetTotal = () => counts.slice(0, STREETS.length).reduce((a, b) => a + b, 0);
  while (streetTotal() < 156) counts[rng.int(0, STREETS.length - 1)] += 1;
  for (const [t, top] of district.children.entries()) {
    const isStreet = top.level === 'STREET';
    const count = counts[t]!;
    const seeds = spreadPoints(rng, top.ring, count, isStreet ? [] : [top.seed]);
    const cells = voronoiInConvex(top.ring, seeds);
    const required = [...((isStreet ? REQUIRED_COMMUNITIES : REQUIRED_VILLAGES)[top.name] ?? [])];
    seeds.forEach((seed, k) => {
      const seat = !isStreet && k === 0;
      const level = isStreet || seat ? 'COMMUNITY' : 'VILLAGE';
      const name = seat
        ? `${top.name.replace(/镇$/, '')}场镇社区`
        : (required.shift() ?? (level === 'COMMUNITY' ? names.community() : names.village()));
      const code = isStreet || seat ? top.code + String(k + 1).padStart(3, '0') : top.code + String(200 + k);
      top.children.push({ code, name, level, parent: top, ring: cells[k]!, seed, children: [], townSeat: seat });
    });
  }
  return district;
}
