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

/**
 * Who is walking: each profile turns a street into a time per direction (the walking engine's
 * `buildProfileCosts` computes the seconds; the definitions live here as data).
 *
 * - `STANDARD`: distance ÷ speed, as every walk was measured before profiles existed.
 * - `ELDERLY`: an older person at 1.0 m/s on the flat; slopes slow them down following Tobler's
 *   hiking function, never speed them up (descending is hard on older knees), and every step of
 *   a stair costs extra time.
 * - `WHEELCHAIR`: never takes steps nor ways tagged `wheelchair=no`; streets steeper than 1:12
 *   are left out where the incline is known (a tag or a terrain model).
 */
export const WALKING_PROFILE_NAMES = ['STANDARD', 'ELDERLY', 'WHEELCHAIR'] as const;
export type WalkingProfileName = (typeof WALKING_PROFILE_NAMES)[number];

/**
 * Who coverage is measured for unless asked otherwise (coverage figures, gap zones, scenarios,
 * site suggestions, the coverage export): older residents, as the circles are for them. Single
 * walks (`walkingAccess`, isochrones, reach) default to `STANDARD`, distance ÷ speed.
 */
export const COVERAGE_PROFILE: WalkingProfileName = 'ELDERLY';

/** How one kind of walker moves; units are metres, seconds and fractions (0.08 = 8%). */
export interface WalkingProfile {
  readonly name: WalkingProfileName;
  /** Speed on level ground, m/s. */
  readonly flatSpeed: number;
  /** Extra seconds per step on stairs (`highway=steps`), on top of walking their length at `flatSpeed`. */
  readonly stepSeconds: number;
  /** Horizontal metres per step (landings included) when a stair has no `step_count` tag. */
  readonly stepLengthMeters: number;
  /**
   * `'tobler'`: speed on a slope s (rise / run) is Tobler's hiking function scaled to the flat
   * speed, v(s) = flatSpeed · exp(−3.5 · |s + 0.05|) / exp(−3.5 · 0.05) (W. Tobler, "Three
   * presentations on geographical analysis and modeling", NCGIA Technical Report 93-1, 1993);
   * `'ignore'`: slopes change nothing.
   */
  readonly slope: 'tobler' | 'ignore';
  /** Whether gentle descents may be faster than the flat (Tobler's peak is at s = −0.05). */
  readonly fasterDownhill: boolean;
  /** Stairs are impassable. */
  readonly forbidSteps: boolean;
  /** Ways tagged `wheelchair=no` are impassable. */
  readonly forbidWheelchairNo: boolean;
  /** Streets with a known incline steeper than this (either way) are impassable; `null`: no limit. */
  readonly maxIncline: number | null;
}

/** Seconds per step older adults take on stairs beyond walking their length (about one step a second in all). */
const ELDERLY_STEP_SECONDS = 0.7;
/** A typical stair step with its share of landings, horizontally. */
const STEP_LENGTH_METERS = 0.4;

export const WALKING_PROFILES: Readonly<Record<WalkingProfileName, WalkingProfile>> = {
  STANDARD: {
    name: 'STANDARD',
    flatSpeed: WALKING.speed.default,
    stepSeconds: 0,
    stepLengthMeters: STEP_LENGTH_METERS,
    slope: 'ignore',
    fasterDownhill: false,
    forbidSteps: false,
    forbidWheelchairNo: false,
    maxIncline: null,
  },
  ELDERLY: {
    name: 'ELDERLY',
    flatSpeed: 1.0,
    stepSeconds: ELDERLY_STEP_SECONDS,
    stepLengthMeters: STEP_LENGTH_METERS,
    slope: 'tobler',
    fasterDownhill: false,
    forbidSteps: false,
    forbidWheelchairNo: false,
    maxIncline: null,
  },
  WHEELCHAIR: {
    name: 'WHEELCHAIR',
    flatSpeed: 1.0,
    stepSeconds: 0,
    stepLengthMeters: STEP_LENGTH_METERS,
    slope: 'tobler',
    fasterDownhill: false,
    forbidSteps: true,
    forbidWheelchairNo: true,
    /** 1:12, the steepest wheelchair ramp of China's accessibility design code (GB 50763). */
    maxIncline: 1 / 12,
  },
};
