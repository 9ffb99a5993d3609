/**
 * Hilbert-curve index of a point on a `2^order × 2^order` grid (order ≤ 16).
 * Used to renumber nodes so that nodes close on the map are close in memory.
 *
 * @example
 * hilbertIndex(0, 0, 1); // 0
 * hilbertIndex(1, 0, 1); // 3
 */
export function hilbertIndex(x: number, y: number, order: number): number {
  if (!Number.isInteger(order) || order < 1 || order > 16) {
    throw new RangeError(`hilbert order must be an integer in 1..16, got ${order}`);
  }
  const n = 2 ** order;
  let d = 0;
  for (let s = n >>> 1; s > 0; s >>>= 1) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    // rotate the quadrant
    if (ry === 0) {
      if (rx === 1) {
        x = s - 1 - x;
        y = s - 1 - y;
      }
      const t = x;
      x = y;
      y = t;
    }
  }
  return d;
}
