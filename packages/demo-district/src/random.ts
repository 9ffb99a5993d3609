import { mulberry32 } from '@carecircle/walk-engine';

/** A seeded pseudo-random generator (the walk engine's mulberry32) with a few helpers. */
export class Rng {
  private readonly draw: () => number;

  constructor(seed: number) {
    this.draw = mulberry32((Math.floor(seed) ^ 0x9e3779b9) >>> 0);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.draw();
  }

  /** Uniform in [a, b). */
  range(a: number, b: number): number {
    return a + (b - a) * this.next();
  }

  /** Integer in [a, b] inclusive. */
  int(a: number, b: number): number {
    return a + Math.floor(this.next() * (b - a + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  /** A child generator, so that one part's draws do not shift another's. */
  fork(salt: number): Rng {
    return new Rng(Math.floor(this.next() * 4294967296) ^ Math.imul(salt, 0x85ebca6b));
  }
}

/**
 * Splits `total` into integers proportional to `weights`, each at most `caps[i]` (if given) and at
 * least `min`, by largest remainder. Throws when the caps cannot hold the total.
 */
export function allocate(total: number, weights: number[], caps?: number[], min = 0): number[] {
  const n = weights.length;
  const out = new Array<number>(n).fill(min);
  let left = total - min * n;
  if (left < 0) throw new RangeError('allocate: total below minimum');
  const open = new Set<number>();
  for (let i = 0; i < n; i++) if (!caps || caps[i]! > out[i]!) open.add(i);
  while (left > 0) {
    if (open.size === 0) throw new RangeError('allocate: caps too small');
    let wsum = 0;
    for (const i of open) wsum += weights[i]!;
    const shares = [...open].map((i) => ({ i, x: (left * weights[i]!) / wsum }));
    let given = 0;
    for (const s of shares) {
      const room = caps ? caps[s.i]! - out[s.i]! : Infinity;
      const g = Math.min(Math.floor(s.x), room);
      out[s.i] += g;
      given += g;
      if (caps && out[s.i]! >= caps[s.i]!) open.delete(s.i);
    }
    left -= given;
    if (left > 0 && given === 0) {
      // Hand out the remainder one by one, largest fraction first.
      shares.sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)) || a.i - b.i);
      for (const s of shares) {
        if (left === 0) break;
        if (!open.has(s.i)) continue;
        out[s.i] += 1;
        left -= 1;
        if (caps && out[s.i]! >= caps[s.i]!) open.delete(s.i);
      }
    }
  }
  return out;
}
