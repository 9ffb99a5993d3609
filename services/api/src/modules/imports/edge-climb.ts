import { segmentLength } from '@carecircle/walk-engine';

/** Spacing of the height samples along a street, metres (a 1-arc-second DEM cell is about 30 m). */
export const CLIMB_SAMPLE_METERS = 10;

/** Height gained and lost along a line, and over how many horizontal metres. */
export interface EdgeClimb {
  climb: number;
  descent: number;
  climbLength: number;
  descentLength: number;
}

/**
 * Metres climbed and descended walking a polyline from its first point to its last, from heights
 * sampled at its points and every {@link CLIMB_SAMPLE_METERS} between them; null when any sample
 * has no height (outside the model). `climbLength` / `descentLength`: the horizontal metres of the
 * rising / falling samples.
 *
 * @example edgeClimb([[106.63, 29.72], [106.631, 29.72]], (lon) => (lon - 106.63) * 10_000); // { climb: 10, descent: 0, climbLength: 96.7, descentLength: 0 }
 */
export function edgeClimb(coords: number[][], elevation: (lon: number, lat: number) => number): EdgeClimb | null {
  let climb = 0;
  let descent = 0;
  let climbLength = 0;
  let descentLength = 0;
  let prev = elevation(coords[0]![0]!, coords[0]![1]!);
  if (!Number.isFinite(prev)) return null;
  for (let k = 1; k < coords.length; k++) {
    const [x0, y0] = coords[k - 1] as [number, number];
    const [x1, y1] = coords[k] as [number, number];
    const length = segmentLength(x0, y0, x1, y1);
    const n = Math.max(1, Math.ceil(length / CLIMB_SAMPLE_METERS));
    for (let s = 1; s <= n; s++) {
      const z = elevation(x0 + ((x1 - x0) * s) / n, y0 + ((y1 - y0) * s) / n);
      if (!Number.isFinite(z)) return null;
      // Differences below a micrometre are the interpolation's rounding on level ground.
      if (z > prev + 1e-6) {
        climb += z - prev;
        climbLength += length / n;
      } else if (z < prev - 1e-6) {
        descent += prev - z;
        descentLength += length / n;
      }
      prev = z;
    }
  }
  return { climb, descent, climbLength, descentLength };
}
