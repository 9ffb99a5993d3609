/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every run and
 * every platform, so generated networks, test inputs and benchmarks are reproducible. Not for anything secret.
 *
 * @param seed the starting state; only its low 32 bits count (`seed >>> 0`).
 * @returns a function that draws the next number, uniform in [0, 1).
 *
 * @example
 * const rand = mulberry32(42);
 * const x = rand(); // always the same first draw for seed 42
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
