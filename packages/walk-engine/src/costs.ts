import type { WalkGraph } from './graph.js';

/**
 * A cost per arc (one per direction of every edge, indexed like `graph.arcTarget`), such as the
 * seconds a walker needs; `Infinity` forbids the arc. Searches given costs minimise them instead
 * of metres and report the walked metres of the chosen path alongside.
 */
export interface WalkCosts {
  readonly arcCost: Float32Array;
}

/** Tags of the way an edge belongs to, as OSM writes them (only those walking profiles read). */
export interface EdgeTags {
  highway?: string;
  wheelchair?: string;
  /** `10%`, `-8%`, `5°`, `up`, `down`: positive means rising from `edgeFrom` to `edgeTo`. */
  incline?: string;
  step_count?: string | number;
}

/**
 * Height change along each edge in metres (from a terrain model, see `sampleEdgeElevation`),
 * walking from `edgeFrom` to `edgeTo`; the way back climbs what this descends. `climbLength` /
 * `descentLength` are the horizontal metres over which the rise / fall happens. `NaN`: unknown.
 */
export interface EdgeElevation {
  climb: Float32Array;
  descent: Float32Array;
  climbLength: Float32Array;
  descentLength: Float32Array;
}

/** What walking profiles know about edges: tags per edge and, optionally, elevation. */
export interface EdgeAttributes {
  /** Tags per edge (indexed by edge), or a function giving them. */
  tags?: ArrayLike<EdgeTags | null | undefined> | ((edge: number) => EdgeTags | null | undefined);
  elevation?: EdgeElevation;
}

/**
 * How a walker moves (the same shape as `WalkingProfile` of `@carecircle/domain`, whose
 * `WALKING_PROFILES` are the product's definitions).
 */
export interface WalkProfile {
  /** Speed on level ground, m/s. */
  readonly flatSpeed: number;
  /** Extra seconds per step on `highway=steps`. */
  readonly stepSeconds: number;
  /** Horizontal metres per step when `step_count` is not tagged. */
  readonly stepLengthMeters: number;
  /** `'tobler'`: Tobler's hiking function scaled to the flat speed; `'ignore'`: slopes change nothing. */
  readonly slope: 'tobler' | 'ignore';
  /** Whether gentle descents may be faster than the flat. */
  readonly fasterDownhill: boolean;
  readonly forbidSteps: boolean;
  readonly forbidWheelchairNo: boolean;
  /** Edges with a known incline steeper than this fraction (either way) are forbidden; `null`: no limit. */
  readonly maxIncline: number | null;
}

const TOBLER_K = 3.5;
const TOBLER_PEAK = 0.05;

/**
 * Tobler's hiking function (Tobler 1993) scaled so that level ground gives `flatSpeed`:
 * `v(s) = flatSpeed · exp(−3.5 · |s + 0.05|) / exp(−3.5 · 0.05)`, `s` = rise / run (negative
 * downhill). With `fasterDownhill` false the result never exceeds `flatSpeed`.
 *
 * @example
 * toblerSpeed(1.0, 0.1, true); // ≈ 0.77 m/s up a 10% slope
 */
export function toblerSpeed(flatSpeed: number, slope: number, fasterDownhill: boolean): number {
  const v = (flatSpeed * Math.exp(-TOBLER_K * Math.abs(slope + TOBLER_PEAK))) / Math.exp(-TOBLER_K * TOBLER_PEAK);
  return fasterDownhill ? v : Math.min(v, flatSpeed);
}

/**
 * An OSM `incline` value as a signed fraction (rise / run): `'10%'` → 0.1, `'-5°'` → −0.0875,
 * `'0.08'` → 0.0008 (a bare number is read as percent, the usual mapping); `NaN` when the value
 * gives no magnitude (`up`, `down`, `yes`) or cannot be read.
 *
 * @example
 * parseIncline('12%'); // 0.12
 */
export function parseIncline(value: string | undefined | null): number {
  if (value === undefined || value === null) return NaN;
  const m = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*(%|°|deg)?\s*$/i.exec(value);
  if (!m) return NaN;
  const x = Number(m[1]!.replace(',', '.'));
  if (m[2] === '°' || m[2]?.toLowerCase() === 'deg') return Math.tan((x * Math.PI) / 180);
  return x / 100;
}

const arcCache = new WeakMap<WalkGraph, Int32Array>();

/**
 * The two arcs of every edge: `[2e]` runs `edgeFrom → edgeTo`, `[2e + 1]` back (cached per graph).
 *
 * @example
 * const arcs = edgeArcs(graph); costs.arcCost[arcs[2 * e]]; // cost of walking edge e forwards
 */
export function edgeArcs(graph: WalkGraph): Int32Array {
  let out = arcCache.get(graph);
  if (out) return out;
  const { offsets, arcEdge, edgeFrom } = graph;
  out = new Int32Array(2 * graph.edgeCount).fill(-1);
  for (let v = 0; v < graph.nodeCount; v++) {
    for (let a = offsets[v]!; a < offsets[v + 1]!; a++) {
      const e = arcEdge[a]!;
      // a loop (edgeFrom = edgeTo) has both arcs at one node: the first is "forwards"
      if (edgeFrom[e] === v && out[2 * e] === -1) out[2 * e] = a;
      else out[2 * e + 1] = a;
    }
  }
  arcCache.set(graph, out);
  return out;
}

/** Checks that costs fit a graph (one finite-or-infinite cost ≥ 0 per arc). */
export function checkCosts(graph: WalkGraph, costs: WalkCosts | undefined | null, where: string): void {
  if (!costs) return;
  if (!(costs.arcCost instanceof Float32Array) || costs.arcCost.length !== graph.arcTarget.length) {
    throw new RangeError(`${where}: costs must have one Float32 arc cost per arc (${graph.arcTarget.length})`);
  }
}

const reverseCache = new WeakMap<WalkCosts, WalkCosts>();

/**
 * The same costs with every edge's two directions swapped: a search on them from a place finds
 * what it costs to walk *to* that place (cached per costs object).
 *
 * @example
 * nearestFacility(graph, facilities, { costs: reverseCosts(graph, elderly) }); // homes walking to facilities
 */
export function reverseCosts(graph: WalkGraph, costs: WalkCosts): WalkCosts {
  let r = reverseCache.get(costs);
  if (r) return r;
  checkCosts(graph, costs, 'reverseCosts');
  const arcs = edgeArcs(graph);
  const arcCost = new Float32Array(costs.arcCost.length);
  for (let e = 0; e < graph.edgeCount; e++) {
    const f = arcs[2 * e]!,
      b = arcs[2 * e + 1]!;
    arcCost[f] = costs.arcCost[b]!;
    arcCost[b] = costs.arcCost[f]!;
  }
  r = { arcCost };
  reverseCache.set(costs, r);
  return r;
}

/**
 * Costs (or metres without costs) of walking from a point `offset` metres along edge `e` to its
 * two end nodes: `toFrom` (towards `edgeFrom`) and `toTo`. A point walks the matching fraction
 * of the directed arc's cost.
 */
export function partialCosts(graph: WalkGraph, e: number, offset: number, costs?: WalkCosts | null): { toFrom: number; toTo: number } {
  const len = graph.edgeLength[e]!;
  const rest = Math.max(0, len - offset);
  if (!costs) return { toFrom: offset, toTo: rest };
  const arcs = edgeArcs(graph);
  const fwd = costs.arcCost[arcs[2 * e]!]!,
    back = costs.arcCost[arcs[2 * e + 1]!]!;
  return { toFrom: scaled(back, offset, len), toTo: scaled(fwd, rest, len) };
}

/**
 * Costs of walking from edge `e`'s end nodes to a point `offset` metres along it: `fromFrom`
 * (from `edgeFrom`, forwards) and `fromTo` (from `edgeTo`, backwards).
 */
export function partialCostsInto(
  graph: WalkGraph,
  e: number,
  offset: number,
  costs?: WalkCosts | null,
): { fromFrom: number; fromTo: number } {
  const len = graph.edgeLength[e]!;
  const rest = Math.max(0, len - offset);
  if (!costs) return { fromFrom: offset, fromTo: rest };
  const arcs = edgeArcs(graph);
  const fwd = costs.arcCost[arcs[2 * e]!]!,
    back = costs.arcCost[arcs[2 * e + 1]!]!;
  return { fromFrom: scaled(fwd, offset, len), fromTo: scaled(back, rest, len) };
}

/**
 * Cost of walking `metres` of an edge of length `len` whose whole-arc cost is `cost` (Infinity
 * stays Infinity unless nothing is walked; a zero-length edge costs its arc cost or nothing).
 */
export function scaled(cost: number, metres: number, len: number): number {
  if (metres <= 0) return 0;
  if (!(len > 0)) return cost;
  return cost === Infinity ? Infinity : (cost * metres) / len;
}

/**
 * Cost of walking between offsets `a` and `b` of edge `e` (forwards when `b > a`).
 */
export function alongEdgeCost(graph: WalkGraph, e: number, a: number, b: number, costs?: WalkCosts | null): number {
  if (!costs) return Math.abs(b - a);
  const arcs = edgeArcs(graph);
  const len = graph.edgeLength[e]!;
  const arc = b >= a ? arcs[2 * e]! : arcs[2 * e + 1]!;
  return scaled(costs.arcCost[arc]!, Math.abs(b - a), len);
}

function tagsGetter(attrs: EdgeAttributes): (e: number) => EdgeTags | null | undefined {
  const t = attrs.tags;
  if (!t) return () => undefined;
  if (typeof t === 'function') return t;
  return (e) => t[e];
}

function checkProfile(p: WalkProfile): void {
  if (!(p.flatSpeed > 0) || !Number.isFinite(p.flatSpeed))
    throw new RangeError(`buildProfileCosts: flatSpeed must be > 0, got ${p.flatSpeed}`);
  if (!(p.stepSeconds >= 0)) throw new RangeError(`buildProfileCosts: stepSeconds must be ≥ 0, got ${p.stepSeconds}`);
  if (!(p.stepLengthMeters > 0)) throw new RangeError(`buildProfileCosts: stepLengthMeters must be > 0, got ${p.stepLengthMeters}`);
  if (p.maxIncline !== null && !(p.maxIncline > 0))
    throw new RangeError(`buildProfileCosts: maxIncline must be > 0 or null, got ${p.maxIncline}`);
}

/**
 * Seconds to walk each arc of a graph for a walking profile, from edge tags and (optionally)
 * terrain elevation.
 *
 * - Forbidden (`Infinity`, both directions): stairs when `forbidSteps`; `wheelchair=no` when
 *   `forbidWheelchairNo`; an edge whose known incline (a numeric `incline` tag, else the
 *   terrain's rise over run of its rising or falling part) is steeper than `maxIncline`.
 * - Stairs (`highway=steps`): length ÷ `flatSpeed` + steps × `stepSeconds`, steps = `step_count`
 *   or length ÷ `stepLengthMeters` (at least 1); the same both ways.
 * - Other edges with `slope: 'tobler'`: the flat part at `flatSpeed`, the rising part (climb over
 *   `climbLength`) and the falling part at Tobler's speed for their slopes, so a climb costs more
 *   up than down. A numeric `incline` tag stands for the whole edge and wins over the terrain.
 * - Otherwise length ÷ `flatSpeed`.
 *
 * @example
 * const elderly = buildProfileCosts(graph, { tags: (e) => wayTags.get(graph.edgeSourceId[e]) }, WALKING_PROFILES.ELDERLY);
 * nearestFacility(graph, facilities, { costs: elderly }).dist; // seconds
 */
export function buildProfileCosts(graph: WalkGraph, attrs: EdgeAttributes, profile: WalkProfile): WalkCosts {
  checkProfile(profile);
  const tagsOf = tagsGetter(attrs);
  const el = attrs.elevation;
  if (el) {
    for (const k of ['climb', 'descent', 'climbLength', 'descentLength'] as const) {
      if (!el[k] || el[k].length !== graph.edgeCount)
        throw new RangeError(`buildProfileCosts: elevation.${k} must have one entry per edge`);
    }
  }
  const arcs = edgeArcs(graph);
  const arcCost = new Float32Array(graph.arcTarget.length);
  const v0 = profile.flatSpeed;
  const tobler = profile.slope === 'tobler';
  const maxIncline = profile.maxIncline;
  /** Seconds for `run` horizontal metres rising (or falling, when negative) `rise` metres. */
  const part = (rise: number, run: number): number =>
    run > 0 ? run / (tobler ? toblerSpeed(v0, rise / run, profile.fasterDownhill) : v0) : 0;
  for (let e = 0; e < graph.edgeCount; e++) {
    const len = graph.edgeLength[e]!;
    const tags = tagsOf(e) ?? undefined;
    const steps = tags?.highway === 'steps';
    let forbidden = (steps && profile.forbidSteps) || (profile.forbidWheelchairNo && tags?.wheelchair === 'no');
    // rise / fall going forwards, over which horizontal metres
    let climb = 0,
      descent = 0,
      climbLen = 0,
      descentLen = 0,
      known = false;
    const grade = parseIncline(tags?.incline);
    if (Number.isFinite(grade)) {
      known = true;
      if (grade > 0) {
        climb = grade * len;
        climbLen = len;
      } else if (grade < 0) {
        descent = -grade * len;
        descentLen = len;
      }
    } else if (el && Number.isFinite(el.climb[e]) && Number.isFinite(el.descent[e])) {
      known = true;
      climb = el.climb[e]!;
      descent = el.descent[e]!;
      climbLen = Math.min(len, el.climbLength[e]! || 0);
      descentLen = Math.min(len - climbLen, el.descentLength[e]! || 0);
      if (climb > 0 && !(climbLen > 0)) climbLen = Math.max(len - descentLen, 0);
      if (descent > 0 && !(descentLen > 0)) descentLen = Math.max(len - climbLen, 0);
    }
    if (!forbidden && known && maxIncline !== null && !steps) {
      const steepest = Math.max(climbLen > 0 ? climb / climbLen : 0, descentLen > 0 ? descent / descentLen : 0);
      if (steepest > maxIncline) forbidden = true;
    }
    let fwd: number, back: number;
    if (forbidden) {
      fwd = back = Infinity;
    } else if (steps) {
      const tagged = Number(tags?.step_count);
      const count = Number.isFinite(tagged) && tagged > 0 ? tagged : Math.max(1, Math.round(len / profile.stepLengthMeters));
      fwd = back = len / v0 + count * profile.stepSeconds;
    } else if (tobler && known) {
      const flat = Math.max(0, len - climbLen - descentLen);
      fwd = flat / v0 + part(climb, climbLen) + part(-descent, descentLen);
      back = flat / v0 + part(descent, descentLen) + part(-climb, climbLen);
      if (!profile.fasterDownhill) {
        // never faster than the flat, also not by rounding
        fwd = Math.max(fwd, len / v0);
        back = Math.max(back, len / v0);
      }
    } else {
      fwd = back = len / v0;
    }
    arcCost[arcs[2 * e]!] = fwd;
    arcCost[arcs[2 * e + 1]!] = back;
  }
  return { arcCost };
}
