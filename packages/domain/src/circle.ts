import type { SearchGroup } from './coverage-groups.js';
import { TARGETS } from './targets.js';

/**
 * The complete 15-minute circle (完整服务圈): a residential area is completely covered when it is
 * within the threshold of a station or centre AND of a medical institution.
 */
export const COMPLETE_CIRCLE_PARTS = ['STATION_OR_CENTER', 'MEDICAL'] as const satisfies readonly SearchGroup[];

/** The planning target of Yubei: 151 complete 15-minute circles by December 2025. */
export const CIRCLE_TARGET: number = TARGETS.completeCircles;

/**
 * Is an area completely covered, given whether it is within the threshold of each group?
 * @example isCompletelyCovered((g) => meters[g][i] <= 900)
 */
export function isCompletelyCovered(within: (group: SearchGroup) => boolean): boolean {
  return COMPLETE_CIRCLE_PARTS.every(within);
}

/**
 * The number of complete circles: stations or centres that are the nearest station or centre of
 * at least one completely covered residential area.
 * @param areas indices of the residential areas in scope
 * @param complete whether area `i` is completely covered
 * @param circleSite the id of area `i`'s nearest station or centre (only asked when it is covered)
 * @example countCompleteCircles([0, 1, 2], (i) => i !== 1, (i) => nearestId[i]) // 1 or 2
 */
export function countCompleteCircles(areas: Iterable<number>, complete: (i: number) => boolean, circleSite: (i: number) => number): number {
  const sites = new Set<number>();
  for (const i of areas) if (complete(i)) sites.add(circleSite(i));
  return sites.size;
}
