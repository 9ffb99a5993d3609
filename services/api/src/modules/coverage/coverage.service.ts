import type { SearchGroup } from '@carecircle/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors, notFound } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';
import { todayInChina } from '../agreements/care-agreement.entity.js';
import { Division } from '../divisions/division.entity.js';
import type { WalkingDataCache } from '../network/walking-data.js';
import { COVERAGE_WALK_PROFILE, type WalkProfile } from '../network/network.enums.js';
import type { Threshold } from '../walking/threshold.js';
import { staffedFacilityIds } from '../workforce/staffing.js';
import { summarize, type DivisionScope } from './coverage-summary.js';
import type { CoverageSummary, GapZone } from './coverage.types.js';
import { clusterZones, uncoveredAreas } from './gap-zones.js';

/** Walking coverage of older residents: figures by division, gap zones. */
export class CoverageService {
  constructor(
    private readonly em: EntityManager,
    private readonly walking: WalkingDataCache,
    private readonly lang: Lang,
    /** Today in China (YYYY-MM-DD): whose certificates count for a staffed facility. */
    private readonly today: string = todayInChina(),
  ) {}

  /**
   * Coverage of older residents by division, from one multi-source search per group; with
   * `staffedOnly`, only facilities staffed today (a certified care worker employed) serve.
   */
  async summary(
    divisionId: number | null,
    th: Threshold,
    staffedOnly = false,
    profileName: WalkProfile = COVERAGE_WALK_PROFILE,
  ): Promise<CoverageSummary> {
    const data = await this.walking.current();
    const profile = await this.walking.profile(data, profileName);
    const distances = staffedOnly
      ? await this.walking.groupsLimitedTo(data, await staffedFacilityIds(this.em, this.today), profile)
      : await this.walking.allGroups(data, profile);
    return summarize(data, distances, th, await this.scope(divisionId), profileName);
  }

  /**
   * A division and the divisions directly below it; without one, the single root division (the
   * district) and its children, or every root when there are several.
   */
  async scope(divisionId: number | null): Promise<DivisionScope> {
    if (divisionId != null) {
      const division = await this.em.findOne(Division, { id: divisionId });
      if (!division) throw notFound(this.lang, 'division', divisionId);
      return { division, children: await this.em.find(Division, { parent: divisionId }, { orderBy: { code: 'asc' } }) };
    }
    const roots = await this.em.find(Division, { parent: null }, { orderBy: { code: 'asc' } });
    if (roots.length === 1)
      return { division: roots[0], children: await this.em.find(Division, { parent: roots[0].id }, { orderBy: { code: 'asc' } }) };
    return { division: null, children: roots };
  }

  /** The path prefix of a division (empty: everywhere). */
  async pathOf(divisionId: number | null): Promise<string> {
    return divisionId != null ? (await this.scope(divisionId)).division!.path : '';
  }

  /** Uncovered residential areas grouped into zones (areas closer than `linkMeters` join), ranked. */
  async gapZones(
    group: SearchGroup,
    th: Threshold,
    divisionId: number | null,
    linkMeters: number,
    limit: number,
    signal?: AbortSignal,
    staffedOnly = false,
    profileName: WalkProfile = COVERAGE_WALK_PROFILE,
  ): Promise<GapZone[]> {
    const errors = new FieldErrors(this.lang);
    if (!(linkMeters >= 50 && linkMeters <= 5000)) errors.add('linkMeters', 'field.range', { min: 50, max: 5000 });
    if (!(limit >= 1 && limit <= 1000)) errors.add('limit', 'field.range', { min: 1, max: 1000 });
    errors.throwIfAny();
    const data = await this.walking.current();
    const profile = await this.walking.profile(data, profileName);
    const staffed = staffedOnly ? await staffedFacilityIds(this.em, this.today) : null;
    const dist = staffed
      ? await this.walking.groupLimitedTo(data, group, staffed, profile)
      : await this.walking.group(data, group, profile);
    const path = await this.pathOf(divisionId);
    // The zones of the same question at the same data revision (and, staffed only, the same staffed sites) are kept.
    const staffedKey = staffed ? [...staffed].sort((a, b) => a - b).join(',') : 'all';
    const key = `gap-zones:${group}:${profileName}:${th.meters}:${path ?? ''}:${linkMeters}:${staffedKey}`;
    const zones = await this.walking.perRevision(
      data,
      key,
      () => {
        const gaps = uncoveredAreas(data, dist, th, path).map((i) => ({ d: data.demands[i], i }));
        return clusterZones(this.walking.network, gaps, dist, linkMeters, signal);
      },
      32,
    );
    return [...zones]
      .sort((a, b) => b.uncoveredOlder - a.uncoveredOlder)
      .slice(0, limit)
      .map((z, r) => ({ ...z, rank: r + 1 }));
  }
}
