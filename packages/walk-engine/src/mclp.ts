import highsImport from 'highs';

// `highs` ships CommonJS-flavoured typings for an ES module: at run time the default import is
// the loader itself, while the types describe it as `.default`.
type HighsLoader = typeof highsImport.default;
const highsLoader: HighsLoader = (highsImport as unknown as { default?: HighsLoader }).default ?? (highsImport as unknown as HighsLoader);

/** Input of {@link solveMclp}. */
export interface MclpInput {
  /** Weight of each demand point (e.g. older residents there); ≥ 0. */
  demandWeights: ArrayLike<number>;
  /** For each candidate site, the demand indices it covers (within the walking threshold). */
  coverSets: ReadonlyArray<ArrayLike<number>>;
  /** Number of new sites to open. */
  k: number;
  /** Demand indices already covered by existing facilities (they add nothing when covered again). */
  fixedCovered?: ArrayLike<number>;
}

export interface MclpOptions {
  /** `'auto'` (default): exact MILP when the instance has at most `maxExactNonzeros` cover pairs. */
  exact?: 'auto' | 'always' | 'never';
  maxExactNonzeros?: number;
  /** Solver time limit in seconds (default 10); on timeout the best known solution is kept. */
  timeLimitSeconds?: number;
  /** Maximum improving passes of the 1-swap local search (default 50). */
  maxSwapPasses?: number;
}

/** Result of {@link solveMclp}. */
export interface MclpResult {
  /** Chosen candidate indices, ascending. */
  chosen: number[];
  /** Weight covered, existing facilities included. */
  coveredWeight: number;
  /** Weight newly covered by the chosen sites. */
  newlyCoveredWeight: number;
  totalWeight: number;
  /** Weight the greedy + swap heuristic covers (for comparison). */
  heuristicWeight: number;
  /** Proven upper bound on `coveredWeight` (MILP bound, LP relaxation or counting bound). */
  upperBound: number;
  /** `(upperBound - coveredWeight) / upperBound`; 0 when proven optimal. */
  gap: number;
  optimal: boolean;
  method: 'greedy+swap' | 'milp';
}

function validate(input: MclpInput): { n: number; m: number; fixed: Uint8Array } {
  const { demandWeights: w, coverSets, k } = input;
  const n = w.length;
  for (let i = 0; i < n; i++) {
    if (!(w[i]! >= 0) || !Number.isFinite(w[i]!))
      throw new RangeError(`solveMclp: demand weight ${i} must be a finite number ≥ 0, got ${w[i]}`);
  }
  const m = coverSets.length;
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`solveMclp: k must be an integer ≥ 0, got ${k}`);
  if (k > m) throw new RangeError(`solveMclp: k = ${k} exceeds the ${m} candidates`);
  coverSets.forEach((set, j) => {
    for (let t = 0; t < set.length; t++) {
      const i = set[t]!;
      if (!Number.isInteger(i) || i < 0 || i >= n)
        throw new RangeError(`solveMclp: candidate ${j} covers demand ${i}, which does not exist`);
    }
  });
  const fixed = new Uint8Array(n);
  const fc = input.fixedCovered ?? [];
  for (let t = 0; t < fc.length; t++) {
    const i = fc[t]!;
    if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`solveMclp: fixedCovered holds ${i}, not a demand index`);
    fixed[i] = 1;
  }
  return { n, m, fixed };
}

/**
 * Lazy greedy (CELF) followed by 1-swap local search. Synchronous.
 *
 * @example
 * greedyMclp({ demandWeights: [5, 3, 2], coverSets: [[0], [1, 2], [1]], k: 2 }).chosen; // [0, 1]
 */
export function greedyMclp(
  input: MclpInput,
  options: Pick<MclpOptions, 'maxSwapPasses'> = {},
): { chosen: number[]; coveredWeight: number } {
  const { n, m, fixed } = validate(input);
  const w = input.demandWeights;
  const sets = input.coverSets;
  // count[i]: chosen sites covering i; fixed demands count as permanently covered
  const count = new Int32Array(n);
  for (let i = 0; i < n; i++) if (fixed[i]) count[i] = 1 << 30;
  const gainOf = (j: number): number => {
    let g = 0;
    const s = sets[j]!;
    for (let t = 0; t < s.length; t++) if (count[s[t]!] === 0) g += w[s[t]!]!;
    return g;
  };
  // max-heap of [gain, candidate] with stale gains re-evaluated lazily (gains only shrink)
  const heap: [number, number][] = [];
  const up = (i: number): void => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p]![0] > heap[i]![0] || (heap[p]![0] === heap[i]![0] && heap[p]![1] < heap[i]![1])) break;
      [heap[p], heap[i]] = [heap[i]!, heap[p]!];
      i = p;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1,
        r = l + 1;
      let b = i;
      const better = (a: number, c: number): boolean =>
        heap[a]![0] > heap[c]![0] || (heap[a]![0] === heap[c]![0] && heap[a]![1] < heap[c]![1]);
      if (l < heap.length && better(l, b)) b = l;
      if (r < heap.length && better(r, b)) b = r;
      if (b === i) return;
      [heap[b], heap[i]] = [heap[i]!, heap[b]!];
      i = b;
    }
  };
  for (let j = 0; j < m; j++) {
    heap.push([gainOf(j), j]);
    up(heap.length - 1);
  }
  const chosen: number[] = [];
  const isChosen = new Uint8Array(m);
  const fresh = new Int32Array(m).fill(-1);
  while (chosen.length < input.k && heap.length) {
    const top = heap[0]!;
    if (fresh[top[1]] === chosen.length) {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
      if (heap.length) down(0);
      const j = top[1];
      chosen.push(j);
      isChosen[j] = 1;
      const s = sets[j]!;
      for (let t = 0; t < s.length; t++) count[s[t]!]!++;
    } else {
      top[0] = gainOf(top[1]);
      fresh[top[1]] = chosen.length;
      down(0);
    }
  }

  // 1-swap local search (first improvement)
  const mark = new Int32Array(n).fill(-1);
  const maxPasses = options.maxSwapPasses ?? 50;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let ci = 0; ci < chosen.length && !improved; ci++) {
      const out = chosen[ci]!;
      const so = sets[out]!;
      let loss = 0;
      for (let t = 0; t < so.length; t++) {
        const i = so[t]!;
        mark[i] = out + pass * m; // unique per (out, pass)
        if (count[i] === 1) loss += w[i]!;
      }
      const tag = out + pass * m;
      for (let j = 0; j < m && !improved; j++) {
        if (isChosen[j]) continue;
        const s = sets[j]!;
        let gain = 0;
        for (let t = 0; t < s.length; t++) {
          const i = s[t]!;
          const c = count[i]!;
          if (c === 0 || (c === 1 && mark[i] === tag)) gain += w[i]!;
        }
        if (gain > loss + 1e-9) {
          for (let t = 0; t < so.length; t++) count[so[t]!]!--;
          for (let t = 0; t < s.length; t++) count[s[t]!]!++;
          isChosen[out] = 0;
          isChosen[j] = 1;
          chosen[ci] = j;
          improved = true;
        }
      }
      for (let t = 0; t < so.length; t++) mark[so[t]!] = -1;
    }
    if (!improved) break;
  }
  let covered = 0;
  for (let i = 0; i < n; i++) if (count[i]! > 0) covered += w[i]!;
  return { chosen: chosen.sort((a, b) => a - b), coveredWeight: covered };
}

let highsPromise: ReturnType<typeof highsLoader> | undefined;

function lpModel(input: MclpInput, fixed: Uint8Array, integer: boolean): { text: string; demandVars: number } {
  const w = input.demandWeights;
  const n = w.length;
  const coveredBy: number[][] = Array.from({ length: n }, () => []);
  input.coverSets.forEach((s, j) => {
    for (let t = 0; t < s.length; t++) if (!fixed[s[t]!]) coveredBy[s[t]!]!.push(j);
  });
  const lines: string[] = ['Maximize', ' obj:'];
  const objTerms: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  let demandVars = 0;
  for (let i = 0; i < n; i++) {
    if (fixed[i] || w[i] === 0 || coveredBy[i]!.length === 0) continue;
    demandVars++;
    objTerms.push(`+ ${w[i]} y${i}`);
    const cands = [...new Set(coveredBy[i])];
    const terms = cands.map((j) => `- x${j}`);
    rows.push(` c${i}: y${i} ${chunk(terms)} <= 0`);
    bounds.push(` 0 <= y${i} <= 1`);
  }
  if (objTerms.length === 0) objTerms.push('+ 0 x0');
  lines.push(chunk(objTerms));
  lines.push('Subject To');
  lines.push(...rows);
  const m = input.coverSets.length;
  lines.push(` card: ${chunk(Array.from({ length: m }, (_, j) => `+ x${j}`))} = ${input.k}`);
  lines.push('Bounds', ...bounds);
  for (let j = 0; j < m; j++) lines.push(` 0 <= x${j} <= 1`);
  if (integer) lines.push('Binary', chunk(Array.from({ length: m }, (_, j) => `x${j}`)));
  lines.push('End');
  return { text: lines.join('\n'), demandVars };
}

/** Joins terms on several lines (LP readers limit line length). */
function chunk(terms: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i += 20) out.push(terms.slice(i, i + 20).join(' '));
  return out.join('\n   ');
}

/**
 * Maximal covering location: choose `k` candidate sites covering the most demand weight not
 * already covered. Runs lazy greedy + 1-swap always; solves the exact MILP with HiGHS (WASM)
 * when the instance is small enough, otherwise bounds the gap with the LP relaxation.
 *
 * @example
 * const r = await solveMclp({ demandWeights: [5, 3, 2], coverSets: [[0], [1, 2], [1]], k: 2 });
 * r.chosen; // [0, 1]
 * r.coveredWeight; // 10
 * r.optimal; // true
 */
export async function solveMclp(input: MclpInput, options: MclpOptions = {}): Promise<MclpResult> {
  const { n, fixed } = validate(input);
  const w = input.demandWeights;
  let totalWeight = 0,
    fixedWeight = 0;
  for (let i = 0; i < n; i++) {
    totalWeight += w[i]!;
    if (fixed[i]) fixedWeight += w[i]!;
  }
  const heuristic = greedyMclp(input, options);
  let best = { chosen: heuristic.chosen, coveredWeight: heuristic.coveredWeight };
  // counting bound: existing + the k largest single-site gains, capped by the coverable total
  const singleGains = input.coverSets.map((s) => {
    let g = 0;
    for (const i of new Set(Array.from(s))) if (!fixed[i]) g += w[i]!;
    return g;
  });
  singleGains.sort((a, b) => b - a);
  const coverable = new Uint8Array(n);
  input.coverSets.forEach((s) => {
    for (let t = 0; t < s.length; t++) coverable[s[t]!] = 1;
  });
  let coverableWeight = fixedWeight;
  for (let i = 0; i < n; i++) if (!fixed[i] && coverable[i]) coverableWeight += w[i]!;
  let upperBound = Math.min(coverableWeight, fixedWeight + singleGains.slice(0, input.k).reduce((a, b) => a + b, 0));
  let optimal = upperBound - best.coveredWeight <= 1e-9 * Math.max(1, upperBound);
  let method: MclpResult['method'] = 'greedy+swap';

  const nonzeros = input.coverSets.reduce((s, c) => s + c.length, 0);
  const mode = options.exact ?? 'auto';
  const exact = mode === 'always' || (mode === 'auto' && nonzeros <= (options.maxExactNonzeros ?? 200_000));
  if (!optimal && mode !== 'never' && input.k > 0) {
    highsPromise ??= highsLoader();
    const highs = await highsPromise;
    const time_limit = options.timeLimitSeconds ?? 10;
    if (exact) {
      const sol = highs.solve(lpModel(input, fixed, true).text, { time_limit, output_flag: false, mip_rel_gap: 0 });
      if (sol.Status === 'Optimal' || sol.Status === 'Time limit reached') {
        const chosen: number[] = [];
        for (const [name, col] of Object.entries(sol.Columns)) {
          if (name.startsWith('x') && (col as { Primal: number }).Primal > 0.5) chosen.push(Number(name.slice(1)));
        }
        const covered = coveredWeightOf(input, fixed, chosen);
        if (chosen.length === input.k && covered >= best.coveredWeight) {
          best = { chosen: chosen.sort((a, b) => a - b), coveredWeight: covered };
          method = 'milp';
        }
        if (sol.Status === 'Optimal') {
          optimal = true;
          upperBound = best.coveredWeight;
        }
      }
    }
    if (!optimal) {
      const lp = highs.solve(lpModel(input, fixed, false).text, { time_limit, output_flag: false });
      if (lp.Status === 'Optimal') upperBound = Math.min(upperBound, fixedWeight + lp.ObjectiveValue);
      if (upperBound - best.coveredWeight <= 1e-9 * Math.max(1, upperBound)) optimal = true;
    }
  }
  if (optimal) upperBound = best.coveredWeight;
  return {
    chosen: best.chosen,
    coveredWeight: best.coveredWeight,
    newlyCoveredWeight: best.coveredWeight - fixedWeight,
    totalWeight,
    heuristicWeight: heuristic.coveredWeight,
    upperBound,
    gap: upperBound > 0 ? Math.max(0, (upperBound - best.coveredWeight) / upperBound) : 0,
    optimal,
    method,
  };
}

/** Demand weight covered by existing facilities plus the `chosen` candidates. */
export function coveredWeightOf(input: MclpInput, fixed: Uint8Array, chosen: ReadonlyArray<number>): number {
  const w = input.demandWeights;
  const covered = Uint8Array.from(fixed);
  for (const j of chosen) {
    const s = input.coverSets[j]!;
    for (let t = 0; t < s.length; t++) covered[s[t]!] = 1;
  }
  let sum = 0;
  for (let i = 0; i < w.length; i++) if (covered[i]) sum += w[i]!;
  return sum;
}
