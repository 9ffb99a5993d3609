import { WALKING } from '@carecircle/domain';
import { snap, snapWithin, type SnapOptions, type SnappedPoint, type WalkGraph } from '@carecircle/walk-engine';

/**
 * How points join a walking graph, from the domain's snap policy (`WALKING`): onto a connected
 * part of at least `WALKING.minComponentNodes` nodes, so that nothing lands on an island (or onto
 * the largest part, when the whole network is smaller than that, as a small imported one may be).
 * The API snaps with these options and sends them with every call to the engine's workers, so a
 * point lands on the same street here and there.
 *
 * @example
 * snapOptions(graph); // { minComponentNodes: 50 }
 */
export function snapOptions(graph: WalkGraph): SnapOptions {
  return { minComponentNodes: Math.min(WALKING.minComponentNodes, graph.componentSize[0] ?? 0) };
}

/** The farthest a point may lie from its street to be measured along the network (`WALKING.maxSnapMeters`). */
export const STREET_SNAP_METERS = WALKING.maxSnapMeters;

/**
 * Snaps a point with the policy's options, or gives null when the nearest street is farther
 * than `WALKING.maxSnapMeters`: such a point is measured in a straight line (and labelled so).
 *
 * @example
 * snapToStreet(graph, 106.63, 29.72, snapOptions(graph))?.snapMeters; // 3.2
 */
export function snapToStreet(graph: WalkGraph, lon: number, lat: number, options: SnapOptions = snapOptions(graph)): SnappedPoint | null {
  return snapWithin(graph, lon, lat, STREET_SNAP_METERS, options);
}

/**
 * Snaps a place that serves (a facility, a medical institution, a scenario's new site) with the
 * policy's options and no distance limit: a facility counts from the street nearest to it,
 * however far. The one way sources join the network, for every search.
 *
 * @example
 * snapSite(graph, 106.63, 29.72, snapOptions(graph)).edge; // 812
 */
export function snapSite(graph: WalkGraph, lon: number, lat: number, options: SnapOptions = snapOptions(graph)): SnappedPoint {
  return snap(graph, lon, lat, options);
}
