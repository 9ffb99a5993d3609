import type { DivisionDraft } from './divisions.js';
import { distToPolyline, insideConvex, signedArea, type XY } from './geometry.js';
import { fromLattice, nodeIndex, RIVER_HALF_WIDTH, toLattice, type Lattice } from './lattice.js';
import type { NamePool } from './names.js';
import { allocate, type Rng } from './random.js';

/** A residential area during generation, in metres. */
export interface AreaDraft {
  name: string;
  division: DivisionDraft;
  at: XY;
  /** Open ring in metres, or null for settlements without a mapped outline. */
  ring: XY[] | null;
  rural: boolean;
  weight: number;
  totalResidents: number;
  olderResidents: number;
  olderShare: number;
}

const dryLand = (l: Lattice, p: XY, margin: number): boolean => p[0] >= -12000 || distToPolyline(p, l.river) > RIVER_HALF_WIDTH + margin;

/**
 * Places residential areas: compounds inside city blocks (several per community, clustered around
 * the community centre), a few compounds in each town seat, and scattered settlements in villages.
 * Then shares out the district population and the older residents.
 */
export function buildResidentialAreas(rng: Rng, l: Lattice, district: DivisionDraft, names: NamePool): AreaDraft[] {
  const areas: AreaDraft[] = [];
  const usedBlocks = new Set<number>();

  /** A compound centred in lattice block (i, j), if the block is whole and inside `div`. */
  const blockCompound = (div: DivisionDraft, i: number, j: number, accept: (n: number) => boolean): AreaDraft | null => {
    const corners = [nodeIndex(l, i, j), nodeIndex(l, i + 1, j), nodeIndex(l, i, j + 1), nodeIndex(l, i + 1, j + 1)];
    if (corners.some((n) => n < 0 || l.land[n] !== 1 || !accept(n))) return null;
    const key = corners[0]!;
    if (usedBlocks.has(key)) return null;
    const cx = corners.reduce((s, n) => s + l.x[n]!, 0) / 4;
    const cy = corners.reduce((s, n) => s + l.y[n]!, 0) / 4;
    const at: XY = [cx, cy];
    if (!insideConvex(div.ring, at, 5) || !dryLand(l, at, 60)) return null;
    let ring: XY[] | null = null;
    if (rng.chance(0.55)) {
      const hw = rng.range(18, 32) / l.spacing;
      const hh = rng.range(15, 30) / l.spacing;
      const [fi, fj] = toLattice(l, at);
      ring = [
        fromLattice(l, fi - hw, fj - hh),
        fromLattice(l, fi + hw, fj - hh),
        fromLattice(l, fi + hw, fj + hh),
        fromLattice(l, fi - hw, fj + hh),
      ];
      if (!ring.every((p) => insideConvex(div.ring, p, 1))) ring = null;
    }
    usedBlocks.add(key);
    return {
      name: names.compound(),
      division: div,
      at,
      ring,
      rural: false,
      weight: 0,
      totalResidents: 0,
      olderResidents: 0,
      olderShare: 0,
    };
  };

  const clusteredCompounds = (div: DivisionDraft, count: number, sigma: number, accept: (n: number) => boolean) => {
    let placed = 0;
    for (let tries = 0; placed < count && tries < count * 60; tries++) {
      const p: XY = [div.seed[0] + rng.normal() * sigma, div.seed[1] + rng.normal() * sigma];
      const [fi, fj] = toLattice(l, p);
      const a = blockCompound(div, Math.floor(fi), Math.floor(fj), accept);
      if (a) {
        areas.push(a);
        placed++;
      }
    }
    return placed;
  };

  const settlement = (div: DivisionDraft, sigma: number, first: boolean): void => {
    for (let tries = 0; tries < 80; tries++) {
      const p: XY = first && tries === 0 ? [...div.seed] : [div.seed[0] + rng.normal() * sigma, div.seed[1] + rng.normal() * sigma];
      if (!insideConvex(div.ring, p, 30) || !dryLand(l, p, 60)) continue;
      areas.push({
        name: names.hamlet(),
        division: div,
        at: p,
        ring: null,
        rural: true,
        weight: 0,
        totalResidents: 0,
        olderResidents: 0,
        olderShare: 0,
      });
      return;
    }
  };

  const isUrbanNode = (n: number) => l.top[n]! >= 0 && l.top[n]! < 11;
  for (const top of district.children) {
    for (const div of top.children) {
      const size = Math.sqrt(Math.abs(signedArea(div.ring)));
      if (top.level === 'STREET') {
        const want = rng.int(9, 20);
        const got = clusteredCompounds(div, want, Math.min(300, 0.22 * size), isUrbanNode);
        if (got === 0) settlement(div, 0.3 * size, true);
      } else if (div.townSeat) {
        const near = (n: number) => Math.hypot(l.x[n]! - top.seed[0], l.y[n]! - top.seed[1]) <= 700;
        const got = clusteredCompounds(div, rng.int(6, 12), 250, near);
        if (got === 0) settlement(div, 300, true);
      } else {
        const want = rng.int(3, 7);
        for (let k = 0; k < want; k++) settlement(div, Math.min(900, 0.3 * size), k === 0);
      }
    }
  }

  // Population: ~2.3 million residents, older share higher in the countryside.
  for (const a of areas) {
    const seat = a.division.townSeat === true;
    a.weight = Math.exp(rng.normal() * 0.55) * (a.ring ? 1.4 : 1) * (seat ? 7 : 1);
    a.olderShare =
      a.rural || seat
        ? Math.min(0.4, Math.max(0.12, 0.24 + rng.normal() * 0.05))
        : Math.min(0.3, Math.max(0.06, 0.14 + rng.normal() * 0.03));
  }
  const urbanTotal = 1_990_000 + rng.int(-30_000, 30_000);
  const ruralTotal = 310_000 + rng.int(-15_000, 15_000);
  for (const [group, total] of [
    [areas.filter((a) => !a.division.parent || a.division.parent.level === 'STREET'), urbanTotal],
    [areas.filter((a) => a.division.parent?.level === 'TOWN'), ruralTotal],
  ] as const) {
    const sizes = allocate(
      total,
      group.map((a) => a.weight),
      undefined,
      20,
    );
    group.forEach((a, k) => {
      a.totalResidents = sizes[k]!;
      a.olderResidents = Math.round(a.totalResidents * a.olderShare);
    });
  }
  return areas;
}
