import { buildGraph, type WalkGraph } from './graph.js';
import { mulberry32 } from './random.js';

/** Options of {@link generateLattice}. */
export interface LatticeOptions {
  cols: number;
  rows: number;
  /** Block size in metres. Default 80. */
  spacingMeters?: number;
  /** Share of lattice edges removed (dead ends, blocks without through streets). Default 0.08. */
  removeShare?: number;
  /** Share of blocks with a diagonal path. Default 0.05. */
  diagonalShare?: number;
  /** South-west corner. Default Chengdu (104.0, 30.6). */
  lon0?: number;
  lat0?: number;
  seed?: number;
}

/**
 * A synthetic city-sized street network for benchmarks: a jittered grid with some streets
 * removed, some diagonal paths and some bent streets (with a shape point).
 *
 * @example
 * const g = generateLattice({ cols: 760, rows: 760 }); // ≈ 1.08 million edges
 */
export function generateLattice(options: LatticeOptions): WalkGraph {
  const { cols, rows } = options;
  if (!Number.isInteger(cols) || !Number.isInteger(rows) || cols < 2 || rows < 2) {
    throw new RangeError('generateLattice: cols and rows must be integers ≥ 2');
  }
  const spacing = options.spacingMeters ?? 80;
  const remove = options.removeShare ?? 0.08;
  const diag = options.diagonalShare ?? 0.05;
  const lon0 = options.lon0 ?? 104.0,
    lat0 = options.lat0 ?? 30.6;
  const rand = mulberry32(options.seed ?? 42);
  const dLat = spacing / 110850;
  const dLon = spacing / (111320 * Math.cos((lat0 * Math.PI) / 180));
  const n = cols * rows;
  const nodeLon = new Float64Array(n),
    nodeLat = new Float64Array(n);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      nodeLon[r * cols + c] = lon0 + (c + (rand() - 0.5) * 0.25) * dLon;
      nodeLat[r * cols + c] = lat0 + (r + (rand() - 0.5) * 0.25) * dLat;
    }
  }
  const from: number[] = [],
    to: number[] = [],
    innerOffsets: number[] = [0],
    inner: number[] = [];
  const add = (a: number, b: number, bend: boolean): void => {
    from.push(a);
    to.push(b);
    if (bend) {
      inner.push(
        (nodeLon[a]! + nodeLon[b]!) / 2 + (rand() - 0.5) * 0.2 * dLon,
        (nodeLat[a]! + nodeLat[b]!) / 2 + (rand() - 0.5) * 0.2 * dLat,
      );
    }
    innerOffsets.push(inner.length / 2);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = r * cols + c;
      if (c + 1 < cols && rand() >= remove) add(v, v + 1, rand() < 0.1);
      if (r + 1 < rows && rand() >= remove) add(v, v + cols, rand() < 0.1);
      if (c + 1 < cols && r + 1 < rows && rand() < diag) add(v, v + cols + 1, false);
    }
  }
  return buildGraph({ nodeLon, nodeLat, edgeFrom: from, edgeTo: to, innerOffsets, innerCoords: inner });
}
