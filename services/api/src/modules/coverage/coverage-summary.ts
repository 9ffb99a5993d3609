import {
  CIRCLE_TARGET,
  countCompleteCircles,
  CoverageGroup,
  isCompletelyCovered,
  SEARCH_GROUPS,
  type SearchGroup,
} from '@carecircle/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Division as DivisionEntity, type Division } from '../divisions/division.entity.js';
import { DistanceMethod, WalkProfile } from '../network/network.enums.js';
import type { GroupDistances, WalkingData } from '../network/walking-data.js';
import type { Threshold } from '../walking/threshold.js';
import type { CoverageSummary, GroupCoverage } from './coverage.types.js';

/** Distances per search group: of the registry as it is, or with a scenario applied. */
export type Distances = Map<SearchGroup, GroupDistances>;

/** A division (null: the whole registry) and the divisions directly below it. */
export interface DivisionScope {
  division: Division | null;
  children: Division[];
}

/**
 * Coverage figures for a scope and each of its children from computed distances: older residents
 * within the threshold per group, the complete circle (the domain's rule) and the number of
 * complete circles (the domain's count, keyed on each area's nearest station or centre).
 */
export function summarize(
  data: WalkingData,
  distances: Distances,
  th: Threshold,
  scope: DivisionScope,
  profile: WalkProfile = WalkProfile.STANDARD,
): CoverageSummary {
  const one = (division: Division | null): CoverageSummary => {
    const prefix = division?.path ?? '';
    const idx: number[] = [];
    data.demands.forEach((d, i) => (!prefix || d.path.startsWith(prefix)) && idx.push(i));
    const totalOlder = idx.reduce((s, i) => s + data.demands[i].older, 0);
    const within = (g: SearchGroup, i: number) => distances.get(g)!.meters[i] <= th.meters;
    const groupFigures = (group: CoverageGroup, covered: (i: number) => boolean): GroupCoverage => {
      const hits = idx.filter(covered);
      const coveredOlder = hits.reduce((s, i) => s + data.demands[i].older, 0);
      return {
        group,
        coveredOlder,
        totalOlder,
        share: totalOlder ? coveredOlder / totalOlder : null,
        coveredAreas: hits.length,
        totalAreas: idx.length,
      };
    };
    const complete = (i: number) => isCompletelyCovered((g) => within(g, i));
    const circleSites = distances.get(CoverageGroup.STATION_OR_CENTER)!;
    return {
      division,
      minutes: th.minutes,
      speed: th.speed,
      meters: th.meters,
      profile,
      elevationLoaded: data.network?.elevationLoaded ?? false,
      groups: [...SEARCH_GROUPS.map((g) => groupFigures(g, (i) => within(g, i))), groupFigures(CoverageGroup.COMPLETE_CIRCLE, complete)],
      completeCircles: countCompleteCircles(idx, complete, (i) => circleSites.sites[circleSites.nearest[i]].id),
      circleTarget: CIRCLE_TARGET,
      straightLineAreas: idx.filter((i) => data.demandMethod[i] === DistanceMethod.STRAIGHT_LINE).length,
      method: data.network ? DistanceMethod.NETWORK : DistanceMethod.STRAIGHT_LINE,
      dataRevision: Object.values(data.revisions).reduce((a, b) => a + b, 0),
      children: [],
    };
  };
  const root = one(scope.division);
  root.children = scope.children.map(one);
  return root;
}

/**
 * Puts the division entities back into an answer that crossed a process boundary as JSON (one an
 * analysis worker computed): every `division` of the tree (coverage figures, their children, a
 * scenario's gains and losses) becomes the entity again, so its fields resolve as in this process.
 */
export async function reviveDivisions<T>(em: EntityManager, answer: T): Promise<T> {
  const holders: { division: { id: number } }[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o.division && typeof o.division === 'object') holders.push(o as { division: { id: number } });
      for (const [k, v] of Object.entries(o)) if (k !== 'division') visit(v);
    }
  };
  visit(answer);
  const ids = [...new Set(holders.map((h) => Number(h.division.id)))];
  const byId = new Map((ids.length ? await em.find(DivisionEntity, { id: { $in: ids } }) : []).map((d) => [d.id, d]));
  for (const h of holders) (h as { division: unknown }).division = byId.get(Number(h.division.id)) ?? null;
  return answer;
}
