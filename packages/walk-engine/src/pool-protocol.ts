import type { SerializedCosts, SerializedGraph } from './serialize.js';
import type { IsochroneFeature, IsochroneOptions } from './isochrone.js';
import type { MclpInput, MclpOptions, MclpResult } from './mclp.js';
import type { SnapOptions, SnappedPoint } from './snap.js';
import type { CoverSets } from './cover-sets.js';
import type { FieldOut, SearchParts } from './search.js';

/** How a test makes a worker fail: an uncaught error, the thread exiting, or a call that never ends. */
export type PoolFaultKind = 'throw' | 'exit' | 'spin';

/**
 * Which loaded costs a call searches with, and which way: `'outbound'` walks from the given
 * point(s) (the default), `'inbound'` walks to them (the arcs' directions swapped).
 */
export interface CostChoice {
  name: string;
  direction: 'outbound' | 'inbound';
}

/** Messages from the pool to a worker. */
/**
 * Where a call's point is: `[lon, lat]`, snapped on the worker with the call's snap options, or a
 * point the caller snapped already (so a point is snapped once, where the caller's policy lives).
 */
export type PoolPlace = number[] | SnappedPoint;

export type PoolRequest =
  | { id: number; op: 'load'; name: string; graph: SerializedGraph }
  | { id: number; op: 'unload'; name: string }
  | { id: number; op: 'loadCosts'; name: string; costsName: string; costs: SerializedCosts }
  | { id: number; op: 'unloadCosts'; name: string; costsName: string }
  | {
      id: number;
      op: 'isochrones';
      name: string;
      costs: CostChoice | null;
      points: PoolPlace[];
      thresholds: number[];
      options: Omit<IsochroneOptions, 'workspace'>;
      snap: SnapOptions;
    }
  | {
      id: number;
      op: 'nearest';
      name: string;
      sources: number[][];
      targets: number[][];
      cutoff: number;
      snap: SnapOptions;
      costs: CostChoice | null;
    }
  | { id: number; op: 'field'; name: string; sources: SnappedPoint[]; cutoff: number; costs: CostChoice | null }
  /** One half of a field searched on two workers at once, in shared memory (see `multiSourceSearchPart`). */
  | {
      id: number;
      op: 'fieldPart';
      name: string;
      sources: SnappedPoint[];
      cutoff: number;
      costs: CostChoice | null;
      part: 0 | 1;
      parts: SearchParts;
      /** The answer's shared arrays, merged into by both parts together. */
      out: FieldOut;
    }
  | {
      id: number;
      op: 'fieldUpdate';
      name: string;
      dist: Float64Array;
      source: Int32Array;
      removed: number[];
      added: SnappedPoint[];
      addedLabels: number[];
    }
  /** Points as `[lon, lat, lon, lat, …]`, each snapped with `snapWithin` (the costs' usable streets only). */
  | { id: number; op: 'snapWithin'; name: string; points: Float64Array; maxMeters: number; snap: SnapOptions; costs: CostChoice | null }
  | { id: number; op: 'reach'; name: string; point: PoolPlace; maxMeters: number; snap: SnapOptions; costs: CostChoice | null }
  | { id: number; op: 'mclp'; input: MclpInput; options: MclpOptions }
  | { id: number; op: 'build'; lines: string[] }
  | {
      id: number;
      op: 'coverSets';
      name: string;
      demands: number[][];
      weights: number[];
      maxMeters: number;
      candidates: number[][] | null;
      maxCandidates: number;
      snap: SnapOptions;
      costs: CostChoice | null;
      solve: { k: number; options: MclpOptions } | null;
    }
  | { id: number; op: 'zones'; points: number[][]; linkMeters: number; radiusMeters: number }
  /** Test hook: the worker fails as a bug or an exhausted heap would make it fail. */
  | { id: number; op: 'fault'; kind: PoolFaultKind };

/** Numbers per point in a `snapWithin` answer: edge (-1: none within), offset, fraction, lon, lat, snapMeters. */
export const SNAP_STRIDE = 6;

/** Messages from a worker back to the pool. */
export type PoolResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** Result of the pool's `nearest`: per target, metres to and index of the nearest source. */
export interface PoolNearestResult {
  /** Metres, or the cost (e.g. seconds) with costs. */
  distance: Float64Array;
  source: Int32Array;
  /** Walked metres of each target's path (equal to `distance` without costs). */
  meters: Float64Array;
}

/** Result of the pool's `field`: per node, the distance (or cost) to, index of, and walked metres to the nearest source. */
export interface PoolField {
  dist: Float64Array;
  source: Int32Array;
  /** The same array as `dist` without costs. */
  meters: Float64Array;
}

export type PoolIsochrones = IsochroneFeature[][];

/** Result of the pool's `coverSets` (see {@link CoverSets}), with the MCLP solution when asked for. */
export type PoolCoverSets = CoverSets & { solution?: MclpResult };

/** A request before the pool numbers it. */
export type PoolRequestBody = PoolRequest extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;

/** What a worker answers to `fieldPart`: whether it merged last (the answer is complete), and answer memory it allocated for a next field. */
export interface PoolFieldPart {
  merged: boolean;
  spare: FieldOut | null;
}
