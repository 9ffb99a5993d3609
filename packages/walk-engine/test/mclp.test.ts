import { describe, expect, it } from 'vitest';
import { greedyMclp, mulberry32, solveMclp, type MclpInput } from '../src/index.js';

/** Random instance: demand points and candidates on a square, covering within a radius. */
function instance(seed: number, demands: number, candidates: number, k: number, radius = 0.25): MclpInput {
  const r = mulberry32(seed);
  const dp = Array.from({ length: demands }, () => [r(), r()]);
  const demandWeights = dp.map(() => 1 + Math.floor(r() * 20));
  const coverSets = Array.from({ length: candidates }, () => {
    const cx = r(),
      cy = r();
    return dp.flatMap(([x, y], i) => (Math.hypot(x! - cx, y! - cy) <= radius ? [i] : []));
  });
  const fixedCovered = dp.flatMap(([x, y], i) => (Math.hypot(x! - 0.1, y! - 0.1) <= 0.1 ? [i] : []));
  return { demandWeights, coverSets, k, fixedCovered };
}

/** Best coverage over every k-subset (independent of the solver). */
function bruteForce(input: MclpInput): number {
  const m = input.coverSets.length;
  let best = 0;
  const fixed = new Set(Array.from(input.fixedCovered ?? []));
  const rec = (start: number, chosen: number[]): void => {
    if (chosen.length === input.k) {
      const covered = new Set(fixed);
      for (const j of chosen) for (const i of Array.from(input.coverSets[j]!)) covered.add(i);
      let s = 0;
      for (const i of covered) s += input.demandWeights[i]!;
      best = Math.max(best, s);
      return;
    }
    for (let j = start; j < m; j++) rec(j + 1, [...chosen, j]);
  };
  rec(0, []);
  return best;
}

describe('maximal covering location', () => {
  it('solves a tiny instance by hand', async () => {
    const r = await solveMclp({ demandWeights: [5, 3, 2], coverSets: [[0], [1, 2], [1]], k: 2 });
    expect(r.chosen).toEqual([0, 1]);
    expect(r.coveredWeight).toBe(10);
    expect(r.optimal).toBe(true);
    expect(r.gap).toBe(0);
  });

  it('matches brute force on small random instances (exact MILP)', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const inst = instance(seed, 60, 12, 3);
      const r = await solveMclp(inst, { exact: 'always' });
      expect(r.optimal).toBe(true);
      expect(r.coveredWeight).toBeCloseTo(bruteForce(inst), 9);
      expect(r.chosen).toHaveLength(3);
      // the heuristic never beats the optimum and is usually close
      expect(r.heuristicWeight).toBeLessThanOrEqual(r.coveredWeight + 1e-9);
      expect(r.heuristicWeight).toBeGreaterThanOrEqual(0.9 * r.coveredWeight);
    }
  });

  it('greedy + swap stays within a few percent of the exact optimum on medium instances', async () => {
    for (let seed = 11; seed <= 13; seed++) {
      const inst = instance(seed, 400, 60, 6, 0.15);
      const exact = await solveMclp(inst, { exact: 'always' });
      const heuristic = greedyMclp(inst);
      expect(exact.optimal).toBe(true);
      expect(heuristic.coveredWeight).toBeLessThanOrEqual(exact.coveredWeight + 1e-9);
      expect(heuristic.coveredWeight).toBeGreaterThanOrEqual(0.95 * exact.coveredWeight);
    }
  });

  it('reports a valid bound and gap when the exact model is not attempted', async () => {
    const inst = instance(21, 400, 60, 6, 0.15);
    const exact = await solveMclp(inst, { exact: 'always' });
    const r = await solveMclp(inst, { exact: 'auto', maxExactNonzeros: 10 });
    expect(r.method).toBe('greedy+swap');
    expect(r.upperBound).toBeGreaterThanOrEqual(exact.coveredWeight - 1e-6);
    expect(r.gap).toBeCloseTo((r.upperBound - r.coveredWeight) / r.upperBound, 12);
  });

  it('does not count demand already covered by existing facilities again', async () => {
    const r = await solveMclp({ demandWeights: [10, 1, 1], coverSets: [[0], [1, 2]], k: 1, fixedCovered: [0] });
    expect(r.chosen).toEqual([1]);
    expect(r.coveredWeight).toBe(12);
    expect(r.newlyCoveredWeight).toBe(2);
  });

  it('throws clear errors on invalid input', async () => {
    await expect(solveMclp({ demandWeights: [1], coverSets: [[0]], k: 2 })).rejects.toThrow(/exceeds/);
    await expect(solveMclp({ demandWeights: [1], coverSets: [[3]], k: 1 })).rejects.toThrow(/does not exist/);
    await expect(solveMclp({ demandWeights: [-1], coverSets: [[0]], k: 1 })).rejects.toThrow(/≥ 0/);
  });
});
