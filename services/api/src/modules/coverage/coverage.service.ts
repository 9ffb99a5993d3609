import { Worker } from 'node:worker_threads';
import { segmentLength, type MclpResult } from '@carecircle/walk-engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import * as turf from '@turf/turf';
import { FieldErrors, notFound } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';
import { validLonLat } from '../../shared/scalars.js';
import { toId, toOptionalId } from '../../shared/validation.js';
import { Division } from '../divisions/division.entity.js';
import { Facility } from '../facilities/facility.entity.js';
import { FacilityKind } from '../facilities/facility.enums.js';
import type { ProgressFn } from './analysis-jobs.js';
import { CoverageEngine, type CoverageData, type GroupDistances } from './coverage-engine.js';
import { CIRCLE_TARGET, DEFAULT_MINUTES, DEFAULT_SPEED, groupKinds } from '@carecircle/domain';
import { CoverageGroup, DistanceMethod, SEARCH_GROUPS, type SearchGroup } from './coverage.enums.js';
import type {
  AreaChange,
  CoverageSummary,
  GapZone,
  GroupCoverage,
  ScenarioChangeInput,
  ScenarioComparison,
  SiteSuggestion,
  WalkingAccess,
} from './coverage.types.js';

/** Walking speed and time that make the threshold. */
export interface Threshold {
  speed: number;
  minutes: number;
  meters: number;
}

const MAX_POINTS = 5000;
const MAX_FACILITIES = 500;
const MAX_CHANGES = 200;
const MAX_CANDIDATES = 8000;

/** A scenario change after validation. */
export interface ScenarioChangeData {
  action: 'ADD' | 'MOVE' | 'CLOSE';
  facilityId: number | null;
  kind: FacilityKind | null;
  name: string | null;
  location: { type: 'Point'; coordinates: [number, number] } | null;
}

type Distances = Map<SearchGroup, GroupDistances>;

/** Runs the MCLP solve in a worker thread so the API stays responsive. */
function solveInWorker(input: { demandWeights: number[]; coverSets: number[][]; k: number }): Promise<MclpResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./mclp-worker.js', import.meta.url), {
      workerData: { input, options: { exact: 'auto', timeLimitSeconds: 10 } },
    });
    worker.once('message', (msg: { ok: boolean; result?: MclpResult; error?: string }) => {
      void worker.terminate();
      if (msg.ok) resolve(msg.result!);
      else reject(new Error(msg.error));
    });
    worker.once('error', reject);
  });
}

export class CoverageService {
  constructor(
    private readonly em: EntityManager,
    private readonly engine: CoverageEngine,
    private readonly lang: Lang,
  ) {}

  /** Checks speed (m/s) and minutes and gives the threshold in metres. */
  threshold(speed: number | null | undefined, minutes: number | null | undefined, errors = new FieldErrors(this.lang)): Threshold {
    const s = speed ?? DEFAULT_SPEED;
    const m = minutes ?? DEFAULT_MINUTES;
    if (!(s >= 0.1 && s <= 5)) errors.add('speed', 'field.range', { min: 0.1, max: 5 });
    if (!(m > 0 && m <= 120)) errors.add('minutes', 'field.range', { min: 0, max: 120 });
    errors.throwIfAny();
    return { speed: s, minutes: m, meters: m * 60 * s };
  }

  /** Distance from each point to the nearest approved facility of the kinds (all kinds when none given). */
  async walkingAccess(points: { lon: number; lat: number }[], kinds: FacilityKind[] | null | undefined, th: Threshold): Promise<WalkingAccess[]> {
    const errors = new FieldErrors(this.lang);
    if (points.length > MAX_POINTS) errors.add('points', 'field.tooLarge', { max: MAX_POINTS });
    points.forEach((p, i) => validLonLat(p) || errors.add(`points.${i}`, 'field.coordinates'));
    errors.throwIfAny();
    const data = await this.engine.current();
    const sites = kinds?.length ? data.facilities.filter((f) => kinds.includes(f.kind as FacilityKind)) : data.facilities;
    const results: { meters: number; site: number; method: DistanceMethod; snap: { lon: number; lat: number; meters: number } | null }[] = [];
    const onNetwork: number[] = [];
    for (const p of points) {
      const s = data.network ? this.engine.network.snap(data.network, p.lon, p.lat) : null;
      if (s) {
        onNetwork.push(results.length);
        results.push({ meters: Infinity, site: -1, method: DistanceMethod.NETWORK, snap: { lon: s.lon, lat: s.lat, meters: s.snapMeters } });
      } else {
        let best = Infinity;
        let site = -1;
        sites.forEach((f, j) => {
          const d = segmentLength(p.lon, p.lat, f.lon, f.lat);
          if (d < best) [best, site] = [d, j];
        });
        results.push({ meters: best, site, method: DistanceMethod.STRAIGHT_LINE, snap: null });
      }
    }
    if (onNetwork.length && sites.length && data.network) {
      const res = await this.engine.network.workers.nearest(
        sites.map((f) => [f.lon, f.lat]),
        onNetwork.map((i) => [points[i].lon, points[i].lat]),
      );
      onNetwork.forEach((i, t) => {
        results[i].meters = res.distance[t];
        results[i].site = res.source[t];
      });
    }
    const ids = [...new Set(results.filter((r) => r.site >= 0).map((r) => sites[r.site].id))];
    const facilities = new Map((ids.length ? await this.em.find(Facility, { id: { $in: ids } }) : []).map((f) => [f.id, f]));
    return results.map((r) => {
      const reachable = Number.isFinite(r.meters) && r.site >= 0;
      const meters = reachable ? Math.round(r.meters * 1000) / 1000 : null;
      return {
        meters,
        minutes: meters == null ? null : meters / th.speed / 60,
        withinThreshold: meters != null && meters <= th.meters,
        facility: reachable ? (facilities.get(sites[r.site].id) ?? null) : null,
        method: r.method,
        snapMeters: r.snap ? Math.round(r.snap.meters * 100) / 100 : null,
        snappedLocation: r.snap ? { type: 'Point', coordinates: [r.snap.lon, r.snap.lat] } : null,
      };
    });
  }

  /** Isochrone polygons (and the method) for facilities, one feature per facility and threshold. */
  async isochrones(facilityIds: unknown[], minutesList: number[], speed: number | null | undefined) {
    const errors = new FieldErrors(this.lang);
    if (!facilityIds.length) errors.add('facilityIds', 'field.emptyList');
    if (facilityIds.length > MAX_FACILITIES) errors.add('facilityIds', 'field.tooLarge', { max: MAX_FACILITIES });
    if (!minutesList.length || minutesList.length > 6) errors.add('minutes', 'field.range', { min: 1, max: 6 });
    const thresholds = minutesList.map((m) => this.threshold(speed, m, errors));
    const ids = facilityIds.map((id, i) => toId(id, `facilityIds.${i}`, this.lang));
    const facilities = await this.em.find(Facility, { id: { $in: ids }, deletedAt: null });
    for (const id of ids) if (!facilities.some((f) => f.id === id)) throw notFound(this.lang, 'facility', id);
    const data = await this.engine.current();
    const byId = new Map(facilities.map((f) => [f.id, f]));
    const ordered = ids.map((id) => byId.get(id)!);
    const meters = thresholds.map((t) => t.meters);
    const features: unknown[] = [];
    const onNetwork = data.network ? ordered.filter((f) => this.engine.network.snap(data.network!, ...lonLat(f))) : [];
    const bands = onNetwork.length ? await this.engine.network.workers.isochrones(onNetwork.map((f) => lonLat(f)), meters) : [];
    onNetwork.forEach((f, i) =>
      bands[i].forEach((band, b) =>
        features.push({
          type: 'Feature',
          properties: { facilityId: String(f.id), name: f.name, kind: f.kind, minutes: thresholds[b].minutes, meters: meters[b], areaSqMeters: band.properties.areaSqMeters, method: DistanceMethod.NETWORK },
          geometry: band.geometry,
        }),
      ),
    );
    for (const f of ordered.filter((x) => !onNetwork.includes(x))) {
      thresholds.forEach((t) => {
        const circle = turf.circle(lonLat(f), t.meters / 1000, { steps: 64, units: 'kilometers' });
        features.push({ ...circle, properties: { facilityId: String(f.id), name: f.name, kind: f.kind, minutes: t.minutes, meters: t.meters, method: DistanceMethod.STRAIGHT_LINE } });
      });
    }
    return { type: 'FeatureCollection', features };
  }

  /** Streets reachable from a facility within the threshold, partly walked edges included. */
  async reach(facilityId: unknown, th: Threshold) {
    const id = toId(facilityId, 'facilityId', this.lang);
    const f = await this.em.findOne(Facility, { id, deletedAt: null });
    if (!f) throw notFound(this.lang, 'facility', id);
    const data = await this.engine.current();
    if (!data.network || !this.engine.network.snap(data.network, ...lonLat(f))) {
      return { type: 'Feature', properties: { facilityId: String(id), method: DistanceMethod.STRAIGHT_LINE, meters: th.meters }, geometry: { type: 'MultiLineString', coordinates: [] } };
    }
    const r = await this.engine.network.workers.reach(lonLat(f), th.meters);
    return { type: 'Feature', properties: { facilityId: String(id), method: DistanceMethod.NETWORK, meters: th.meters }, geometry: r.lines };
  }

  /** Coverage of older residents by division, from one multi-source search per group. */
  async summary(divisionId: number | null, th: Threshold): Promise<CoverageSummary> {
    const data = await this.engine.current();
    const distances = await this.engine.allGroups(data);
    return this.summarize(data, distances, th, await this.scopes(divisionId));
  }

  private async scopes(divisionId: number | null): Promise<{ division: Division | null; children: Division[] }> {
    if (divisionId != null) {
      const division = await this.em.findOne(Division, { id: divisionId });
      if (!division) throw notFound(this.lang, 'division', divisionId);
      return { division, children: await this.em.find(Division, { parent: divisionId }, { orderBy: { code: 'asc' } }) };
    }
    const roots = await this.em.find(Division, { parent: null }, { orderBy: { code: 'asc' } });
    if (roots.length === 1) return { division: roots[0], children: await this.em.find(Division, { parent: roots[0].id }, { orderBy: { code: 'asc' } }) };
    return { division: null, children: roots };
  }

  /** Figures for a scope and its children from computed distances. */
  private summarize(data: CoverageData, distances: Distances, th: Threshold, scope: { division: Division | null; children: Division[] }): CoverageSummary {
    const one = (division: Division | null): CoverageSummary => {
      const prefix = division?.path ?? '';
      const idx: number[] = [];
      data.demands.forEach((d, i) => (!prefix || d.path.startsWith(prefix)) && idx.push(i));
      const totalOlder = idx.reduce((s, i) => s + data.demands[i].older, 0);
      const within = (g: SearchGroup, i: number) => distances.get(g)!.meters[i] <= th.meters;
      const groupFigures = (group: CoverageGroup, covered: (i: number) => boolean): GroupCoverage => {
        const hits = idx.filter(covered);
        const coveredOlder = hits.reduce((s, i) => s + data.demands[i].older, 0);
        return { group, coveredOlder, totalOlder, share: totalOlder ? coveredOlder / totalOlder : null, coveredAreas: hits.length, totalAreas: idx.length };
      };
      const complete = (i: number) => within(CoverageGroup.STATION_OR_CENTER, i) && within(CoverageGroup.MEDICAL, i);
      const circles = new Set<number>();
      const soc = distances.get(CoverageGroup.STATION_OR_CENTER)!;
      for (const i of idx) if (complete(i)) circles.add(soc.sites[soc.nearest[i]].id);
      return {
        division,
        minutes: th.minutes,
        speed: th.speed,
        meters: th.meters,
        groups: [...SEARCH_GROUPS.map((g) => groupFigures(g, (i) => within(g, i))), groupFigures(CoverageGroup.COMPLETE_CIRCLE, complete)],
        completeCircles: circles.size,
        circleTarget: CIRCLE_TARGET,
        straightLineAreas: idx.filter((i) => data.demandMethod[i] === DistanceMethod.STRAIGHT_LINE).length,
        method: data.network ? DistanceMethod.NETWORK : DistanceMethod.STRAIGHT_LINE,
        children: [],
      };
    };
    const root = one(scope.division);
    root.children = scope.children.map(one);
    return root;
  }

  /** Uncovered residential areas grouped into zones (areas closer than `linkMeters` join), ranked. */
  async gapZones(group: SearchGroup, th: Threshold, divisionId: number | null, linkMeters: number, limit: number): Promise<GapZone[]> {
    const errors = new FieldErrors(this.lang);
    if (!(linkMeters >= 50 && linkMeters <= 5000)) errors.add('linkMeters', 'field.range', { min: 50, max: 5000 });
    if (!(limit >= 1 && limit <= 1000)) errors.add('limit', 'field.range', { min: 1, max: 1000 });
    errors.throwIfAny();
    const data = await this.engine.current();
    const dist = await this.engine.group(data, group);
    const prefix = divisionId != null ? (await this.scopes(divisionId)).division!.path : '';
    const gaps = data.demands
      .map((d, i) => ({ d, i }))
      .filter(({ d, i }) => (!prefix || d.path.startsWith(prefix)) && !(dist.meters[i] <= th.meters) && d.older > 0);
    return clusterZones(gaps, dist, linkMeters)
      .sort((a, b) => b.uncoveredOlder - a.uncoveredOlder)
      .slice(0, limit)
      .map((z, r) => ({ ...z, rank: r + 1 }));
  }

  /** Maximal covering location for k new stations (existing facilities fixed). */
  async suggestSites(
    k: number,
    group: SearchGroup,
    th: Threshold,
    divisionId: number | null,
    candidates: { lon: number; lat: number }[] | null,
    progress: ProgressFn = () => {},
  ): Promise<SiteSuggestion> {
    const errors = new FieldErrors(this.lang);
    if (!Number.isInteger(k) || k < 1 || k > 100) errors.add('k', 'field.range', { min: 1, max: 100 });
    if (candidates && candidates.length > MAX_CANDIDATES) errors.add('candidates', 'field.tooLarge', { max: MAX_CANDIDATES });
    candidates?.forEach((p, i) => validLonLat(p) || errors.add(`candidates.${i}`, 'field.coordinates'));
    errors.throwIfAny();
    progress(0.02, 'distances');
    const data = await this.engine.current();
    const dist = await this.engine.group(data, group);
    const prefix = divisionId != null ? (await this.scopes(divisionId)).division!.path : '';
    const gaps = data.demands
      .map((d, i) => i)
      .filter((i) => (!prefix || data.demands[i].path.startsWith(prefix)) && !(dist.meters[i] <= th.meters) && data.demands[i].older > 0);
    const uncoveredOlderBefore = gaps.reduce((s, i) => s + data.demands[i].older, 0);
    const empty = { sites: [], newlyCoveredOlder: 0, uncoveredOlderBefore, candidates: 0, solver: 'greedy+swap', optimal: true, gap: 0 };
    const network = data.network;
    const reachable = gaps.filter((i) => data.demandMethod[i] === DistanceMethod.NETWORK);
    if (!network || !reachable.length) return empty;

    // Which candidate sites each uncovered area can walk to within the threshold: one bounded
    // search per area on the workers (the network is undirected, so that is also the reverse).
    const keyOf = (lon: number, lat: number) => `${lon.toFixed(7)},${lat.toFixed(7)}`;
    const candidateIndex = new Map<string, number>();
    const candidateCoords: [number, number][] = [];
    const userGiven = candidates != null;
    if (userGiven) {
      for (const c of candidates!) {
        const s = this.engine.network.snap(network, c.lon, c.lat);
        if (!s) continue;
        const e = s.edge;
        // A given site serves from where it joins the street; its nearer end node stands in for it.
        const from = network.graph.edgeFrom[e];
        const to = network.graph.edgeTo[e];
        const v = s.offset <= network.graph.edgeLength[e] / 2 ? from : to;
        const key = keyOf(network.graph.nodeLon[v], network.graph.nodeLat[v]);
        if (!candidateIndex.has(key)) {
          candidateIndex.set(key, candidateCoords.length);
          candidateCoords.push([network.graph.nodeLon[v], network.graph.nodeLat[v]]);
        }
      }
    }
    let done = 0;
    const reaches = await Promise.all(
      reachable.map(async (i) => {
        const r = await this.engine.network.workers.reach([data.demands[i].lon, data.demands[i].lat], th.meters);
        if (++done % 50 === 0) progress(0.05 + (0.75 * done) / reachable.length, 'reach');
        return r;
      }),
    );
    const coverSets: number[][] = userGiven ? candidateCoords.map(() => []) : [];
    reaches.forEach((r, t) => {
      for (let n = 0; n < r.nodeDist.length; n++) {
        const key = keyOf(r.nodeLonLat[2 * n], r.nodeLonLat[2 * n + 1]);
        let c = candidateIndex.get(key);
        if (c === undefined) {
          if (userGiven) continue;
          c = candidateCoords.length;
          candidateIndex.set(key, c);
          candidateCoords.push([r.nodeLonLat[2 * n], r.nodeLonLat[2 * n + 1]]);
          coverSets.push([]);
        }
        coverSets[c].push(t);
      }
    });
    const weights = reachable.map((i) => data.demands[i].older);
    // Keep the strongest candidates when there are very many (each alone covers the most).
    let kept = coverSets.map((_, c) => c);
    if (kept.length > MAX_CANDIDATES) {
      const w = (c: number) => coverSets[c].reduce((s, t) => s + weights[t], 0);
      kept = kept.sort((a, b) => w(b) - w(a)).slice(0, MAX_CANDIDATES);
    }
    if (!kept.length) return { ...empty, candidates: 0 };
    const kk = Math.min(k, kept.length);
    progress(0.8, 'solve');
    const result = await solveInWorker({ demandWeights: weights, coverSets: kept.map((c) => coverSets[c]), k: kk });
    // Order the chosen sites by what each adds, counting earlier ones as built.
    const covered = new Uint8Array(weights.length);
    const remaining = result.chosen.map((j) => kept[j]);
    const sites = [];
    while (remaining.length) {
      let best = 0;
      let bestGain = -1;
      remaining.forEach((c, r) => {
        const gain = coverSets[c].reduce((s, t) => s + (covered[t] ? 0 : weights[t]), 0);
        if (gain > bestGain) [best, bestGain] = [r, gain];
      });
      const c = remaining.splice(best, 1)[0];
      const newly = coverSets[c].filter((t) => !covered[t]);
      newly.forEach((t) => (covered[t] = 1));
      sites.push({
        rank: sites.length + 1,
        location: { type: 'Point', coordinates: candidateCoords[c] },
        newlyCoveredOlder: bestGain,
        residentialAreaIds: newly.map((t) => data.demands[reachable[t]].id),
      });
    }
    return {
      sites,
      newlyCoveredOlder: sites.reduce((s, x) => s + x.newlyCoveredOlder, 0),
      uncoveredOlderBefore,
      candidates: kept.length,
      solver: result.method,
      optimal: result.optimal,
      gap: result.gap,
    };
  }

  /** Validates scenario changes against the registry. */
  async checkChanges(changes: ScenarioChangeInput[]): Promise<ScenarioChangeData[]> {
    const errors = new FieldErrors(this.lang);
    if (changes.length > MAX_CHANGES) errors.add('changes', 'field.tooLarge', { max: MAX_CHANGES });
    const out: ScenarioChangeData[] = [];
    for (const [i, c] of changes.entries()) {
      const field = `changes.${i}`;
      if (!['ADD', 'MOVE', 'CLOSE'].includes(c.action)) {
        errors.add(`${field}.action`, 'field.scenarioAction');
        continue;
      }
      const facilityId = c.action === 'ADD' ? null : toOptionalId(c.facilityId, `${field}.facilityId`, this.lang);
      if (c.action !== 'ADD') {
        if (facilityId == null) errors.add(`${field}.facilityId`, 'field.required');
        else if (!(await this.em.count(Facility, { id: facilityId, deletedAt: null }))) errors.add(`${field}.facilityId`, 'field.unknownFacility', { id: facilityId });
      }
      if (c.action === 'ADD' && !c.kind) errors.add(`${field}.kind`, 'field.required');
      let location: ScenarioChangeData['location'] = null;
      if (c.action !== 'CLOSE') {
        if (!c.location) errors.add(`${field}.location`, 'field.required');
        else if (!validLonLat(c.location)) errors.add(`${field}.location`, 'field.coordinates');
        else location = { type: 'Point', coordinates: [c.location.lon, c.location.lat] };
      }
      out.push({ action: c.action, facilityId, kind: c.action === 'ADD' ? (c.kind ?? null) : null, name: c.name?.trim().slice(0, 200) || null, location });
    }
    errors.throwIfAny();
    return out;
  }

  /** The registry with a scenario applied, compared with the registry as it is. */
  async compare(changes: ScenarioChangeData[], divisionId: number | null, th: Threshold): Promise<ScenarioComparison> {
    const data = await this.engine.current();
    const baseline = await this.engine.allGroups(data);
    // Apply the changes to the facility list (medical institutions are not part of scenarios).
    let facilities = data.facilities.slice();
    const changedKinds = new Set<string>();
    changes.forEach((c, i) => {
      if (c.action === 'ADD') {
        facilities.push({ id: -(i + 1), kind: c.kind!, lon: c.location!.coordinates[0], lat: c.location!.coordinates[1] });
        changedKinds.add(c.kind!);
        return;
      }
      const current = facilities.find((f) => f.id === c.facilityId);
      if (!current) return; // not approved: it does not count in coverage either way
      changedKinds.add(current.kind);
      facilities =
        c.action === 'CLOSE'
          ? facilities.filter((f) => f.id !== c.facilityId)
          : facilities.map((f) => (f.id === c.facilityId ? { ...f, lon: c.location!.coordinates[0], lat: c.location!.coordinates[1] } : f));
    });
    // Recompute only the groups a changed kind belongs to.
    const scenario: Distances = new Map(baseline);
    for (const g of SEARCH_GROUPS) {
      if (g === CoverageGroup.MEDICAL || !groupKinds(g).some((k) => changedKinds.has(k))) continue;
      scenario.set(g, await this.engine.distances(data, CoverageEngine.sitesOf({ facilities, medical: data.medical }, g)));
    }
    const scopes = await this.scopes(divisionId);
    const prefix = scopes.division?.path ?? '';
    const changedAreas: AreaChange[] = [];
    for (const g of SEARCH_GROUPS) {
      const before = baseline.get(g)!;
      const after = scenario.get(g)!;
      if (before === after) continue;
      data.demands.forEach((d, i) => {
        if (prefix && !d.path.startsWith(prefix)) return;
        const b = before.meters[i];
        const a = after.meters[i];
        if (b === a || Math.abs(b - a) < 0.01) return;
        changedAreas.push({
          residentialAreaId: d.id,
          group: g,
          older: d.older,
          beforeMeters: Number.isFinite(b) ? b : null,
          afterMeters: Number.isFinite(a) ? a : null,
          coveredBefore: b <= th.meters,
          coveredAfter: a <= th.meters,
        });
      });
    }
    return {
      baseline: this.summarize(data, baseline, th, scopes),
      scenario: this.summarize(data, scenario, th, scopes),
      changedAreas,
    };
  }
}

const lonLat = (f: { location: { coordinates: number[] } }): [number, number] => [f.location.coordinates[0], f.location.coordinates[1]];

/** Groups points closer than `linkMeters` (single linkage) and outlines each group. */
function clusterZones(
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
