/**
 * Traces the boundary of a binary raster into polygons with holes.
 *
 * Cell `(i, j)` covers `[i, i + 1] × [j, j + 1]` in grid units (`j` grows upward / north).
 * Boundary vertices are the midpoints of the cell sides between inside and outside cells
 * (the binary form of marching squares), so 45° staircases come out as straight lines.
 * Inside cells touching only at a corner are treated as connected.
 */

/** A polygon in grid units: the outer ring (counter-clockwise) then holes (clockwise), rings closed. */
export type GridPolygon = number[][][];

const DX = [1, 0, -1, 0];
const DY = [0, 1, 0, -1];

/**
 * Polygons (with holes) covering the cells where `mask[j * width + i]` is non-zero.
 * `tolerance` (grid units) is the Douglas–Peucker simplification distance; 0 keeps every corner.
 *
 * @example
 * // a 3×3 block with its centre cell empty → one polygon with one hole
 * traceMask(Uint8Array.of(1,1,1, 1,0,1, 1,1,1), 3, 3).length; // 1
 */
export function traceMask(mask: ArrayLike<number>, width: number, height: number, tolerance = 0.5): GridPolygon[] {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0 || mask.length !== width * height) {
    throw new RangeError(`traceMask: mask of length ${mask.length} does not match ${width} × ${height}`);
  }
  const padded = createPaddedMask(width, height);
  for (let j = 0; j < height; j++) {
    const row = (j + 1) * padded.stride + 1;
    for (let i = 0; i < width; i++) if (mask[j * width + i]) padded.cells[row + i] = 1;
  }
  return tracePadded(padded, tolerance);
}

/**
 * A binary raster with a zero border: cell `(i, j)` is `cells[(j + 1) * stride + i + 1]`, rows
 * padded to a multiple of 4 bytes so they can be compared 4 cells at a time.
 */
export interface PaddedMask {
  width: number;
  height: number;
  stride: number;
  cells: Uint8Array;
}

/** An empty {@link PaddedMask} of `width × height` cells. */
export function createPaddedMask(width: number, height: number): PaddedMask {
  const stride = (width + 2 + 3) & ~3;
  return { width, height, stride, cells: new Uint8Array(stride * (height + 2)) };
}

/** {@link traceMask} on a {@link PaddedMask} (values must be 0 or 1). */
export function tracePadded(mask: PaddedMask, tolerance = 0.5): GridPolygon[] {
  const W = mask.width,
    H = mask.height,
    VW = W + 1;
  const PW = mask.stride;
  const P = mask.cells;
  const P32 = new Uint32Array(P.buffer, P.byteOffset, P.byteLength >> 2);
  const words = PW >> 2;
  /** Outgoing boundary directions at vertex (x, y) as bits: 1 east, 2 north, 4 west, 8 south. */
  const outDirs = (x: number, y: number): number => {
    const up = (y + 1) * PW + x,
      down = y * PW + x;
    const ne = P[up + 1]!,
      nw = P[up]!,
      sw = P[down]!,
      se = P[down + 1]!;
    return (ne & (se ^ 1)) | ((nw & (ne ^ 1)) << 1) | ((sw & (nw ^ 1)) << 2) | ((se & (sw ^ 1)) << 3);
  };
  const visited = new Uint8Array((W + 1) * (H + 1));
  const outers: { ring: number[][]; area: number; minX: number; minY: number; maxX: number; maxY: number; holes: number[][][] }[] = [];
  const holes: number[][][] = [];

  // Every ring has an east- or west-going edge, and those lie where a cell differs from the cell
  // below it: compare padded rows y and y - 1 four cells at a time and start rings only there.
  for (let y = 0; y <= H; y++) {
    const up = (y + 1) * words,
      down = y * words;
    for (let w = 0; w < words; w++) {
      if (P32[up + w] === P32[down + w]) continue;
      for (let b = 0; b < 4; b++) {
        const pc = 4 * w + b; // padded column = cell column + 1
        if (P[(y + 1) * PW + pc] === P[y * PW + pc]) continue;
        // east edge from vertex (pc - 1, y) or west edge from vertex (pc, y)
        for (const [x, d0] of [
          [pc - 1, 0],
          [pc, 2],
        ] as const) {
          if (x < 0 || x > W) continue;
          if (!(outDirs(x, y) & (1 << d0)) || visited[y * VW + x]! & (1 << d0)) continue;
          // trace one ring
          const pts: number[] = [];
          let cx = x,
            cy = y,
            d: number = d0;
          for (;;) {
            visited[cy * VW + cx]! |= 1 << d;
            pts.push(cx + DX[d]! / 2, cy + DY[d]! / 2);
            cx += DX[d]!;
            cy += DY[d]!;
            const bits = outDirs(cx, cy);
            const right = (d + 3) & 3,
              straight = d,
              left = (d + 1) & 3;
            let nd: number;
            if (bits & (1 << right)) nd = right;
            else if (bits & (1 << straight)) nd = straight;
            else nd = left;
            if (visited[cy * VW + cx]! & (1 << nd)) break;
            d = nd;
          }
          const ring = simplifyRing(pts, tolerance);
          if (ring.length < 4) continue;
          const area = ringArea(ring);
          if (area > 0) {
            let minX = Infinity,
              minY = Infinity,
              maxX = -Infinity,
              maxY = -Infinity;
            for (const p of ring) {
              if (p[0]! < minX) minX = p[0]!;
              if (p[0]! > maxX) maxX = p[0]!;
              if (p[1]! < minY) minY = p[1]!;
              if (p[1]! > maxY) maxY = p[1]!;
            }
            outers.push({ ring, area, minX, minY, maxX, maxY, holes: [] });
          } else if (area < 0) {
            holes.push(ring);
          }
        }
      }
    }
  }
  // each hole goes into the smallest outer ring containing it
  for (const h of holes) {
    // a vertex of the hole (a cell-side midpoint) lies strictly inside its outer ring
    const px = h[0]![0]!,
      py = h[0]![1]!;
    let best: (typeof outers)[number] | undefined;
    for (const o of outers) {
      if (px < o.minX || px > o.maxX || py < o.minY || py > o.maxY) continue;
      if ((!best || o.area < best.area) && pointInRing(px, py, o.ring)) best = o;
    }
    if (best) best.holes.push(h);
  }
  return outers.map((o) => [o.ring, ...o.holes]);
}

/** Signed area (positive = counter-clockwise) of a closed ring. */
export function ringArea(ring: ReadonlyArray<ReadonlyArray<number>>): number {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  }
  return s / 2;
}

/** Even–odd ray test of a point against a closed ring. */
export function pointInRing(x: number, y: number, ring: ReadonlyArray<ReadonlyArray<number>>): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!,
      yi = ring[i]![1]!,
      xj = ring[j]![0]!,
      yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Douglas–Peucker on a closed ring given as flat `x, y` pairs (not repeated at the end). */
function simplifyRing(flat: number[], tol: number): number[][] {
  const n = flat.length / 2;
  if (n < 3) return [];
  // anchor at the point farthest from point 0, then simplify both halves
  let far = 0,
    farD = -1;
  for (let i = 1; i < n; i++) {
    const dx = flat[2 * i]! - flat[0]!,
      dy = flat[2 * i + 1]! - flat[1]!;
    const d = dx * dx + dy * dy;
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  const keep = new Uint8Array(n + 1);
  keep[0] = keep[far] = keep[n] = 1;
  const t2 = tol * tol;
  const px = (i: number): number => flat[2 * (i % n)]!;
  const py = (i: number): number => flat[2 * (i % n) + 1]!;
  const stack: number[] = [0, far, far, n];
  while (stack.length) {
    const b = stack.pop()!,
      a = stack.pop()!;
    const ax = px(a),
      ay = py(a),
      bx = px(b),
      by = py(b);
    const dx = bx - ax,
      dy = by - ay;
    const l2 = dx * dx + dy * dy;
    let maxD = -1,
      idx = -1;
    for (let i = a + 1; i < b; i++) {
      let ex = px(i) - ax,
        ey = py(i) - ay;
      if (l2 > 0) {
        const t = Math.max(0, Math.min(1, (ex * dx + ey * dy) / l2));
        ex -= t * dx;
        ey -= t * dy;
      }
      const d = ex * ex + ey * ey;
      if (d > maxD) {
        maxD = d;
        idx = i;
      }
    }
    if (idx >= 0 && maxD > t2) {
      keep[idx] = 1;
      stack.push(a, idx, idx, b);
    }
  }
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) if (keep[i]) ring.push([px(i), py(i)]);
  ring.push([px(0), py(0)]);
  return ring;
}
