import type { GroupDistances, WalkingData } from '../network/walking-data.js';
import type { WalkingNetwork } from '../network/walking-network.js';
import type { Threshold } from '../walking/threshold.js';
import type { GapZone } from './coverage.types.js';

/** How far around its residential areas a zone's outline runs, metres. */
const OUTLINE_METERS = 150;

/**
 * Indices of the residential areas with older residents inside a division (by path prefix;
 * empty: everywhere) that are not within the threshold of the group's distances.
 */
export function uncoveredAreas(data: WalkingData, dist: GroupDistances, th: Threshold, prefix: string): number[] {
  const out: number[] = [];
  data.demands.forEach((d, i) => {
    if ((!prefix || d.path.startsWith(prefix)) && !(dist.meters[i] <= th.meters) && d.older > 0) out.push(i);
  });
  return out;
}

/**
 * Groups points closer than `linkMeters` (single linkage) and outlines each group (150 m around
 * its areas), on the walking network's worker pool: the event loop only sums the figures.
 */
export async function clusterZones(
  network: WalkingNetwork,
  gaps: { d: { id: number; lon: number; lat: number; older: number }; i: number }[],
  dist: GroupDistances,
  linkMeters: number,
  signal?: AbortSignal,
): Promise<Omit<GapZone, 'rank'>[]> {
  if (!gaps.length) return [];
  const { groups, outlines } = await network.zones(
    gaps.map(({ d }) => [d.lon, d.lat]),
    linkMeters,
    OUTLINE_METERS,
    signal,
  );
  return groups.map((members, g) => {
    let worst = -Infinity;
    for (const j of members) worst = Math.max(worst, dist.meters[gaps[j].i]);
    return {
      uncoveredOlder: members.reduce((s, j) => s + gaps[j].d.older, 0),
      areaCount: members.length,
      residentialAreaIds: members.map((j) => gaps[j].d.id),
      worstMeters: Number.isFinite(worst) ? worst : null,
      geometry: outlines[g],
    };
  });
}
