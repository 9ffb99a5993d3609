import type { WalkGraph } from './graph.js';
import type { SnappedPoint } from './snap.js';
import { defaultWorkspace, searchFrom } from './reach.js';
import type { WalkCosts } from './costs.js';

/** Candidate sites and the demand points each covers, as {@link coverSets} gives them. */
export interface CoverSets {
  /** Candidate positions, `[lon, lat]` pairs flat (network nodes). */
  candidateLonLat: Float64Array;
  /** Demand indices covered by candidate `c`: `members[offsets[c] .. offsets[c + 1])`. */
  offsets: Int32Array;
  members: Int32Array;
}

/**
 * Which candidate sites each demand point can walk to within `maxMeters` (one bounded search per
 * demand point; the network is undirected, so that is also what each site covers). Candidates
 * are the reached network nodes, or, when `candidates` are given, the nearer end node of the
 * street each joins (the same node once). Only the `maxCandidates` covering the most weight
 * alone are kept (ties in order of first reach). With `costs`, `maxMeters` is in cost units and
 * each search walks *from* the demand point, i.e. what it costs the person to walk to the site.
 *
 * @example
 * const s = coverSets(graph, demands.map((p) => snap(graph, p[0], p[1])), [3, 5], 900, null);
 * s.offsets.length - 1; // candidates
 */
export function coverSets(
  graph: WalkGraph,
  demands: readonly SnappedPoint[],
  weights: ReadonlyArray<number>,
  maxMeters: number,
  candidates: readonly SnappedPoint[] | null,
  maxCandidates = Infinity,
  costs?: WalkCosts | null,
): CoverSets {
  if (weights.length !== demands.length) throw new RangeError('coverSets: one weight per demand point');
  const ws = defaultWorkspace(graph);
  /** Candidate index per node, -1 when the node is no candidate (yet). */
  const candidateOf = new Int32Array(graph.nodeCount).fill(-1);
  const nodes: number[] = [];
  const sets: number[][] = [];
  if (candidates) {
    for (const s of candidates) {
      const e = s.edge;
      const v = s.offset <= graph.edgeLength[e]! / 2 ? graph.edgeFrom[e]! : graph.edgeTo[e]!;
      if (candidateOf[v] !== -1) continue;
      candidateOf[v] = nodes.length;
      nodes.push(v);
      sets.push([]);
    }
  }
  demands.forEach((d, t) => {
    searchFrom(graph, d, maxMeters, ws, costs);
    for (let i = 0; i < ws.settledCount; i++) {
      const v = ws.settled[i]!;
      let c = candidateOf[v]!;
      if (c === -1) {
        if (candidates) continue;
        c = nodes.length;
        candidateOf[v] = c;
        nodes.push(v);
        sets.push([]);
      }
      sets[c]!.push(t);
    }
  });
  let kept = nodes.map((_, c) => c);
  if (kept.length > maxCandidates) {
    const w = new Float64Array(kept.length);
    sets.forEach((s, c) => (w[c] = s.reduce((sum, t) => sum + weights[t]!, 0)));
    kept = kept.sort((a, b) => w[b]! - w[a]!).slice(0, maxCandidates);
  }
  const candidateLonLat = new Float64Array(kept.length * 2);
  const offsets = new Int32Array(kept.length + 1);
  kept.forEach((c, k) => {
    candidateLonLat[2 * k] = graph.nodeLon[nodes[c]!]!;
    candidateLonLat[2 * k + 1] = graph.nodeLat[nodes[c]!]!;
    offsets[k + 1] = offsets[k]! + sets[c]!.length;
  });
  const members = new Int32Array(offsets[kept.length]!);
  kept.forEach((c, k) => members.set(sets[c]!, offsets[k]!));
  return { candidateLonLat, offsets, members };
}
