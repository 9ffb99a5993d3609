import type { WalkGraph } from './graph.js';
import type { EdgeElevation } from './costs.js';
import { segmentLength } from './geodesy.js';

/** Terrain height in metres at a position, or `null` where the model has no value. */
export type ElevationAt = (lon: number, lat: number) => number | null | undefined;

/**
 * Samples terrain elevation along every edge's shape at most `stepMeters` apart (shape points
 * included) and sums, walking from `edgeFrom` to `edgeTo`, the metres climbed and descended and
 * the horizontal metres over which each happens. The way back climbs what the way there
 * descends. An edge with any sample lacking a value gets `NaN` throughout (unknown).
 *
 * @example
 * const elevation = sampleEdgeElevation(graph, (lon, lat) => dem.heightAt(lon, lat));
 * buildProfileCosts(graph, { tags, elevation }, WALKING_PROFILES.ELDERLY);
 */
export function sampleEdgeElevation(graph: WalkGraph, elevationAt: ElevationAt, options: { stepMeters?: number } = {}): EdgeElevation {
  const step = options.stepMeters ?? 10;
  if (!(step > 0) || !Number.isFinite(step)) throw new RangeError(`sampleEdgeElevation: stepMeters must be finite and > 0, got ${step}`);
  const m = graph.edgeCount;
  const climb = new Float32Array(m);
  const descent = new Float32Array(m);
  const climbLength = new Float32Array(m);
  const descentLength = new Float32Array(m);
  const sc = graph.shapeCoords;
  const height = (lon: number, lat: number): number => {
    const h = elevationAt(lon, lat);
    return typeof h === 'number' && Number.isFinite(h) ? h : NaN;
  };
  for (let e = 0; e < m; e++) {
    const first = graph.shapeOffsets[e]!,
      last = graph.shapeOffsets[e + 1]! - 1;
    let up = 0,
      down = 0,
      upLen = 0,
      downLen = 0;
    let prev = height(sc[2 * first]!, sc[2 * first + 1]!);
    let ok = !Number.isNaN(prev);
    for (let q = first; q < last && ok; q++) {
      const x1 = sc[2 * q]!,
        y1 = sc[2 * q + 1]!,
        x2 = sc[2 * q + 2]!,
        y2 = sc[2 * q + 3]!;
      const l = segmentLength(x1, y1, x2, y2);
      const pieces = Math.max(1, Math.ceil(l / step));
      for (let k = 1; k <= pieces; k++) {
        const t = k / pieces;
        const h = k === pieces ? height(x2, y2) : height(x1 + t * (x2 - x1), y1 + t * (y2 - y1));
        if (Number.isNaN(h)) {
          ok = false;
          break;
        }
        const dh = h - prev;
        if (dh > 0) {
          up += dh;
          upLen += l / pieces;
        } else if (dh < 0) {
          down -= dh;
          downLen += l / pieces;
        }
        prev = h;
      }
    }
    if (ok) {
      climb[e] = up;
      descent[e] = down;
      climbLength[e] = upLen;
      descentLength[e] = downLen;
    } else {
      climb[e] = descent[e] = climbLength[e] = descentLength[e] = NaN;
    }
  }
  return { climb, descent, climbLength, descentLength };
}
