import { segmentLength } from '@carecircle/walk-engine';
import * as turf from '@turf/turf';
import type { GroupDistances, WalkingData } from '../network/walking-data.js';
import type { Threshold } from '../walking/threshold.js';
import type { GapZone } from './coverage.types.js';

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

/** Groups points closer than `linkMeters` (single linkage) and outlines each group. */
export function clusterZones(
  gaps: { d: { id: number; lon: number; lat: number; older: number }; i: number }[],
  dist: GroupDistances,
  linkMeters: number,
): Omit<GapZone, 'rank'>[] {
  const parent = gaps.map((_, j) => j);
  const find = (j: number): number => (parent[j] === j ? j : (parent[j] = find(parent[j])));
  // Grid hashing: only points in neighbouring cells can be within the link distance.
  const cellDeg = linkMeters / 111_000;
  const cells = new Map<string, number[]>();
  gaps.forEach(({ d }, j) => {
    const key = `${Math.floor(d.lon / cellDeg)},${Math.floor(d.lat / cellDeg)}`;
    (cells.get(key) ?? cells.set(key, []).get(key)!).push(j);
  });
  gaps.forEach(({ d }, j) => {
    const cx = Math.floor(d.lon / cellDeg);
    const cy = Math.floor(d.lat / cellDeg);
    for (let dx = -2; dx <= 2; dx++)
      for (let dy = -2; dy <= 2; dy++)
        for (const o of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (o <= j) continue;
          if (segmentLength(d.lon, d.lat, gaps[o].d.lon, gaps[o].d.lat) <= linkMeters) parent[find(o)] = find(j);
        }
  });
  const groups = new Map<number, number[]>();
  gaps.forEach((_, j) => (groups.get(find(j)) ?? groups.set(find(j), []).get(find(j))!).push(j));
  return [...groups.values()].map((members) => {
    const points = turf.featureCollection(members.map((j) => turf.point([gaps[j].d.lon, gaps[j].d.lat])));
    const buffered = turf.buffer(points, 150, { units: 'meters' });
    const hull = buffered ? turf.convex(buffered) : null;
    const worst = Math.max(...members.map((j) => dist.meters[gaps[j].i]));
    return {
      uncoveredOlder: members.reduce((s, j) => s + gaps[j].d.older, 0),
      areaCount: members.length,
      residentialAreaIds: members.map((j) => gaps[j].d.id),
      worstMeters: Number.isFinite(worst) ? worst : null,
      geometry: hull?.geometry ?? turf.circle([gaps[members[0]].d.lon, gaps[members[0]].d.lat], 150, { units: 'meters' }).geometry,
    };
  });
}
