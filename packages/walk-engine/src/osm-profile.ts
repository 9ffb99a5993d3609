/**
 * Pedestrian profile for OSM ways: which `highway` values are walkable, and access rules.
 * One-way rules do not apply to walking.
 */

/** `highway` values a person can walk along. */
export const WALKABLE_HIGHWAYS: ReadonlySet<string> = new Set([
  'footway',
  'path',
  'pedestrian',
  'steps',
  'living_street',
  'residential',
  'service',
  'services',
  'unclassified',
  'tertiary',
  'tertiary_link',
  'secondary',
  'secondary_link',
  'primary',
  'primary_link',
  'track',
  'cycleway',
  'corridor',
  'road',
  'bridleway',
  'sidewalk',
  'crossing',
  'busway',
  'elevator',
]);

const ALLOWED_FOOT = new Set(['yes', 'designated', 'permissive', 'official', 'destination']);
const DENIED_ACCESS = new Set(['no', 'private']);

export interface OsmProfileOptions {
  /**
   * Leave out ways tagged `foot=no` / `access=no|private` (unless `foot=yes|designated|…`).
   * Default true. `false` keeps every way with a walkable `highway` value, as a plain highway
   * filter (such as the one behind the reference networks) does.
   */
  respectAccess?: boolean;
}

/**
 * Why a way is not walkable (a short label such as `highway=motorway`, `foot=no`,
 * `access=private`, `no highway tag`), or `null` if it is.
 *
 * @example
 * wayExclusionReason({ highway: 'residential' }); // null
 * wayExclusionReason({ highway: 'trunk' }); // 'highway=trunk'
 * wayExclusionReason({ highway: 'service', access: 'private', foot: 'yes' }); // null
 */
export function wayExclusionReason(tags: Readonly<Record<string, string | undefined>>, options: OsmProfileOptions = {}): string | null {
  const highway = tags.highway;
  if (highway === undefined) return 'no highway tag';
  if (!WALKABLE_HIGHWAYS.has(highway)) return `highway=${highway}`;
  if (options.respectAccess === false) return null;
  const foot = tags.foot;
  if (foot !== undefined && ALLOWED_FOOT.has(foot)) return null;
  if (foot === 'no' || foot === 'use_sidepath') return `foot=${foot}`;
  const access = tags.access;
  if (access !== undefined && DENIED_ACCESS.has(access)) return `access=${access}`;
  return null;
}
