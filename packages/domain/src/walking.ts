/**
 * How walking is measured. Older people walk about 1.0 m/s (Transportation Research Board,
 * pedestrian walking speeds of older adults), so the 15-minute circle is 900 m of street.
 */
export const WALKING = {
  /** Walking speed in metres per second, and the range a request may ask for. */
  speed: { default: 1.0, min: 0.1, max: 5 },
  /** The threshold in minutes, and the range a request may ask for (min is exclusive). */
  minutes: { default: 15, min: 0, max: 120 },
  /** Isochrone bands the planner offers. */
  isochroneMinutes: [5, 10, 15],
  /** Farther than this from any street, a point is measured in a straight line (and labelled so). */
  maxSnapMeters: 500,
  /** Points snap to a connected part of the network with at least this many nodes (not an island). */
  minComponentNodes: 50,
} as const;

export const DEFAULT_SPEED = WALKING.speed.default;
export const DEFAULT_MINUTES = WALKING.minutes.default;
export const MAX_SNAP_METERS = WALKING.maxSnapMeters;

/**
 * The threshold distance for a walking time.
 * @example thresholdMeters(15, 1.0) // 900
 */
export const thresholdMeters = (minutes: number, speed: number): number => minutes * 60 * speed;
