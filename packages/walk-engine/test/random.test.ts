import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../src/index.js';

describe('mulberry32', () => {
  it('draws the same sequence as before it was shared (generated networks, demo district and test inputs depend on it)', () => {
    const rand = mulberry32(42);
    expect([rand(), rand(), rand()].map((x) => x * 4294967296)).toEqual([2581720956, 1925393290, 3661312704]);
  });

  it('uses the low 32 bits of the seed and stays in [0, 1)', () => {
    expect(mulberry32(42 + 2 ** 32)()).toBe(mulberry32(42)());
    expect(mulberry32(-1)()).toBe(mulberry32(4294967295)());
    const rand = mulberry32(7);
    for (let i = 0; i < 10_000; i++) {
      const x = rand();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
