import type { SearchGroup } from '@carecircle/domain';
import type { MclpOptions, MclpResult } from '@carecircle/walk-engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';
import { validLonLat } from '../../shared/scalars.js';
import { CoverageService } from '../coverage/coverage.service.js';
import { uncoveredAreas } from '../coverage/gap-zones.js';
import { ANALYSIS_BUDGET, figure, reachKm2, refuseOverBudget } from '../network/analysis-budget.js';
import { DistanceMethod, COVERAGE_WALK_PROFILE, type WalkProfile } from '../network/network.enums.js';
import type { WalkingDataCache } from '../network/walking-data.js';
import type { Threshold } from '../walking/threshold.js';
import type { ProgressFn } from './analysis-request.js';
import type { SiteSuggestion } from './site-selection.types.js';

const MAX_CANDIDATES = 8000;
/** Exact (HiGHS) where the instance is small enough, for at most 10 s; greedy + swap otherwise. */
const MCLP_OPTIONS: MclpOptions = { exact: 'auto', timeLimitSeconds: 10 };
/** Instances up to this many cover pairs are solved exactly (HiGHS) after the quick answer. */
const MAX_EXACT_NONZEROS = 200_000;

/** Site selection: where new facilities would bring the most older residents within the threshold. */
export class SiteSelectionService {
  constructor(
    private readonly em: EntityManager,
    private readonly walking: WalkingDataCache,
    private readonly lang: Lang,
  ) {}

  /** Maximal covering location for k new stations (existing facilities fixed). */
  async suggestSites(
    k: number,
    group: SearchGroup,
    th: Threshold,
    divisionId: number | null,
    candidates: { lon: number; lat: number }[] | null,
    progress: ProgressFn = () => {},
    signal?: AbortSignal,
    profileName: WalkProfile = COVERAGE_WALK_PROFILE,
  ): Promise<SiteSuggestion> {
    const errors = new FieldErrors(this.lang);
    if (!Number.isInteger(k) || k < 1 || k > 100) errors.add('k', 'field.range', { min: 1, max: 100 });
    if (candidates && candidates.length > MAX_CANDIDATES) errors.add('candidates', 'field.tooLarge', { max: MAX_CANDIDATES });
    candidates?.forEach((p, i) => validLonLat(p) || errors.add(`candidates.${i}`, 'field.coordinates'));
    errors.throwIfAny();
    progress(0.02, 'distances');
    const data = await this.walking.current();
    const profile = await this.walking.profile(data, profileName);
    const dist = await this.walking.group(data, group, profile);
    const gaps = uncoveredAreas(data, dist, th, await new CoverageService(this.em, this.walking, this.lang).pathOf(divisionId));
    const uncoveredOlderBefore = gaps.reduce((s, i) => s + data.demands[i].older, 0);
    const empty = { sites: [], newlyCoveredOlder: 0, uncoveredOlderBefore, candidates: 0, solver: 'greedy+swap', optimal: true, gap: 0 };
    const network = data.network;
    const snaps = await this.walking.demandSnaps(data, profile);
    const reachable = gaps.filter((i) => data.demandMethod[i] === DistanceMethod.NETWORK && snaps[i]);
    if (!network || !reachable.length) return empty;

    // The work budget, before any search: one bounded search per uncovered area, and an MCLP
    // of candidates × k.
    const each = reachKm2(network, th.meters);
    const work = reachable.length * each;
    if (work > ANALYSIS_BUDGET.suggestionKm2)
      refuseOverBudget(this.lang, 'minutes', 'budget.suggestion', {
        areas: reachable.length,
        each: figure(this.lang, each),
        work: figure(this.lang, work),
        max: figure(this.lang, ANALYSIS_BUDGET.suggestionKm2),
      });
    // A given site serves from where it joins the street (its nearer end node stands in for it).
    const given = candidates?.filter((c) => this.walking.network.snap(network, c.lon, c.lat, profile)).map((c) => [c.lon, c.lat]) ?? null;
    if (given && given.length * k > ANALYSIS_BUDGET.candidatesTimesK)
      refuseOverBudget(this.lang, 'candidates', 'budget.candidates', {
        candidates: given.length,
        k,
        work: figure(this.lang, given.length * k),
        max: figure(this.lang, ANALYSIS_BUDGET.candidatesTimesK),
      });
    progress(0.05, 'reach and solve');
    const weights = reachable.map((i) => data.demands[i].older);
    // Which candidate sites each uncovered area can walk to within the threshold: one bounded
    // search per area, on a worker (the network is undirected, so that is also the reverse);
    // the strongest candidates are kept when there are very many (each alone covers the most),
    // and the maximal covering location problem is solved on the same worker.
    const sets = await this.walking.network.coverSets(
      network,
      reachable.map((i) => [data.demands[i].lon, data.demands[i].lat]),
      weights,
      th.meters,
      {
        candidates: given,
        maxCandidates: Math.min(MAX_CANDIDATES, Math.floor(ANALYSIS_BUDGET.candidatesTimesK / k)),
        // The quick answer first (lazy greedy + 1-swap, with its proven gap); the exact solve after it.
        solve: { k, options: { ...MCLP_OPTIONS, exact: 'never' } },
        signal,
      },
      profile,
    );
    const quick = sets.solution;
    if (!quick) return { ...empty, candidates: 0 };
    const count = sets.offsets.length - 1;
    const coverSets = (c: number) => sets.members.subarray(sets.offsets[c], sets.offsets[c + 1]);
    const candidateCoords = (c: number): [number, number] => [sets.candidateLonLat[2 * c], sets.candidateLonLat[2 * c + 1]];
    const answer = (result: MclpResult): SiteSuggestion => {
      // Order the chosen sites by what each adds, counting earlier ones as built.
      const covered = new Uint8Array(weights.length);
      const remaining = result.chosen.slice();
      const sites = [];
      while (remaining.length) {
        let best = 0;
        let bestGain = -1;
        remaining.forEach((c, r) => {
          const gain = coverSets(c).reduce((s, t) => s + (covered[t] ? 0 : weights[t]), 0);
          if (gain > bestGain) [best, bestGain] = [r, gain];
        });
        const c = remaining.splice(best, 1)[0];
        const newly = Array.from(coverSets(c)).filter((t) => !covered[t]);
        newly.forEach((t) => (covered[t] = 1));
        sites.push({
          rank: sites.length + 1,
          location: { type: 'Point', coordinates: candidateCoords(c) },
          newlyCoveredOlder: bestGain,
          residentialAreaIds: newly.map((t) => data.demands[reachable[t]].id),
        });
      }
      return {
        sites,
        newlyCoveredOlder: sites.reduce((s, x) => s + x.newlyCoveredOlder, 0),
        uncoveredOlderBefore,
        candidates: count,
        solver: result.method,
        optimal: result.optimal,
        gap: result.gap,
      };
    };
    const first = answer(quick);
    if (quick.optimal || sets.members.length > MAX_EXACT_NONZEROS) return first;
    // Shown while the exact solver works (a background job's `preliminary`).
    progress(0.6, 'exact', first);
    const exact = await this.walking.network.solveMclp(
      { demandWeights: weights, coverSets: Array.from({ length: count }, (_, c) => coverSets(c)), k: Math.min(k, count) },
      { ...MCLP_OPTIONS, maxExactNonzeros: MAX_EXACT_NONZEROS },
      signal,
    );
    return exact.coveredWeight >= quick.coveredWeight ? answer(exact) : first;
  }
}
