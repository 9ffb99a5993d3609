import { COUNTS_IN_COVERAGE, CoverageGroup, groupKinds, SEARCH_GROUPS, type SearchGroup } from '@carecircle/domain';
import { segmentLength } from '@carecircle/walk-engine';
import type { MikroORM } from '@mikro-orm/postgresql';
import { AnalysisQueue } from './analysis-queue.js';
import { DistanceMethod } from './network.enums.js';
import { readRevisions, WalkingNetwork, type LoadedNetwork, type Revisions } from './walking-network.js';

/** A residential area as walking analyses see it. */
export interface Demand {
  id: number;
  lon: number;
  lat: number;
  older: number;
  /** Division path (`/500112/…/`), empty when the area has no division. */
  path: string;
}

/** A place that serves: an approved facility or a medical institution. */
export interface Site {
  /** Facility or medical-institution id; negative for scenario additions. */
  id: number;
  kind: string;
  lon: number;
  lat: number;
}

/** Distances from every demand point to the nearest site of a group. */
export interface GroupDistances {
  /** Metres (Infinity when none is reachable). */
  meters: Float64Array;
  /** Index into `sites` of the nearest site, -1 when none. */
  nearest: Int32Array;
  sites: Site[];
}

/** Everything walking analyses need at one data revision. */
export interface WalkingData {
  revisions: Revisions;
  network: LoadedNetwork | null;
  demands: Demand[];
  /** How each demand point is measured, and its distance to the street it snaps to. */
  demandMethod: DistanceMethod[];
  demandSnapMeters: Float64Array;
  facilities: Site[];
  medical: Site[];
}

/**
 * Straight-line (geodesic) nearest site, for points without a usable network.
 * @example straightNearest(106.63, 29.72, sites); // { meters: 412.5, index: 3 }
 */
export function straightNearest(lon: number, lat: number, sites: readonly Site[]): { meters: number; index: number } {
  let best = Infinity;
  let index = -1;
  for (let i = 0; i < sites.length; i++) {
    const d = segmentLength(lon, lat, sites[i].lon, sites[i].lat);
    if (d < best) {
      best = d;
      index = i;
    }
  }
  return { meters: best, index };
}

/**
 * The data walking analyses work on, cached per data revision: the walking network (searched on
 * its worker pool), the residential areas as demand points, the approved facilities and the
 * medical institutions; and per coverage group, the distance from every area to its nearest site
 * (one multi-source search per group). Everything is reloaded when the data it depends on changes.
 */
export class WalkingDataCache {
  readonly network: WalkingNetwork;
  /**
   * Analyses asked for by a request (coverage, isochrones, access, gap zones, suggestions,
   * scenarios): a few at once per user and in total, 30 s each at most.
   */
  readonly analyses = new AnalysisQueue({ total: 4, perUser: 2, waitingPerUser: 20, waiting: 200, timeMs: 30_000 });
  /** Background site suggestions: one per user and two in total at once, two minutes each at most. */
  readonly jobs = new AnalysisQueue({ total: 2, perUser: 1, waitingPerUser: 20, waiting: 100, timeMs: 120_000 });
  private data: Promise<WalkingData> | null = null;
  private dataKey = '';
  private groups = new Map<string, Promise<GroupDistances>>();

  constructor(private readonly orm: MikroORM) {
    this.network = new WalkingNetwork(orm);
  }

  /** The data at the current revision (reloaded when anything it depends on changed). */
  async current(): Promise<WalkingData> {
    const revisions = await readRevisions(this.orm);
    const key = JSON.stringify(revisions);
    if (key !== this.dataKey || !this.data) {
      this.dataKey = key;
      this.groups.clear();
      this.data = this.load(revisions);
      this.data.catch(() => (this.dataKey = ''));
    }
    return this.data;
  }

  private async load(revisions: Revisions): Promise<WalkingData> {
    const conn = this.orm.em.fork().getConnection();
    const network = await this.network.current(revisions);
    const demandRows = await conn.execute<{ id: number; lon: number; lat: number; older: number; path: string | null }[]>(
      `select r.id, ST_X(r.location) as lon, ST_Y(r.location) as lat, r.older_residents as older, d.path
       from residential_area r left join division d on d.id = r.division_id order by r.id`,
    );
    const facilityRows = await conn.execute<Site[]>(
      `select id, kind, ST_X(location) as lon, ST_Y(location) as lat from facility
       where status = ? and deleted_at is null order by id`,
      [COUNTS_IN_COVERAGE],
    );
    const medicalRows = await conn.execute<Site[]>(
      `select id, kind, ST_X(location) as lon, ST_Y(location) as lat from medical_institution order by id`,
    );
    const demands = demandRows.map((r) => ({ id: r.id, lon: Number(r.lon), lat: Number(r.lat), older: r.older, path: r.path ?? '' }));
    const demandMethod: DistanceMethod[] = [];
    const demandSnapMeters = new Float64Array(demands.length);
    demands.forEach((d, i) => {
      const s = network ? this.network.snap(network, d.lon, d.lat) : null;
      demandMethod.push(s ? DistanceMethod.NETWORK : DistanceMethod.STRAIGHT_LINE);
      demandSnapMeters[i] = s ? s.snapMeters : NaN;
    });
    const site = (r: Site): Site => ({ id: r.id, kind: r.kind, lon: Number(r.lon), lat: Number(r.lat) });
    return {
      revisions,
      network,
      demands,
      demandMethod,
      demandSnapMeters,
      facilities: facilityRows.map(site),
      medical: medicalRows.map(site),
    };
  }

  /** The sites of a group in a registry (as it is, or with a scenario applied). */
  static sitesOf(data: Pick<WalkingData, 'facilities' | 'medical'>, group: SearchGroup): Site[] {
    if (group === CoverageGroup.MEDICAL) return data.medical;
    const kinds: readonly string[] = groupKinds(group);
    return data.facilities.filter((f) => kinds.includes(f.kind));
  }

  /** Distances for a registry group, cached per data revision. */
  async group(data: WalkingData, group: SearchGroup): Promise<GroupDistances> {
    const key = `${JSON.stringify(data.revisions)}:${group}`;
    let hit = this.groups.get(key);
    if (!hit) {
      hit = this.distances(data, WalkingDataCache.sitesOf(data, group));
      this.groups.set(key, hit);
    }
    return hit;
  }

  /** All search groups of the registry as it is. */
  async allGroups(data: WalkingData): Promise<Map<SearchGroup, GroupDistances>> {
    const out = new Map<SearchGroup, GroupDistances>();
    for (const g of SEARCH_GROUPS) out.set(g, await this.group(data, g));
    return out;
  }

  /**
   * Nearest of `sites` for every demand point: along the network where the point is on it,
   * in a straight line otherwise.
   */
  async distances(data: WalkingData, sites: Site[], signal?: AbortSignal): Promise<GroupDistances> {
    const n = data.demands.length;
    const meters = new Float64Array(n).fill(Infinity);
    const nearest = new Int32Array(n).fill(-1);
    if (!sites.length || !n) return { meters, nearest, sites };
    const onNetwork: number[] = [];
    data.demands.forEach((d, i) => {
      if (data.demandMethod[i] === DistanceMethod.NETWORK) onNetwork.push(i);
      else {
        const s = straightNearest(d.lon, d.lat, sites);
        meters[i] = s.meters;
        nearest[i] = s.index;
      }
    });
    if (onNetwork.length && data.network) {
      const res = await this.network.nearest(
        data.network,
        sites.map((s) => [s.lon, s.lat]),
        onNetwork.map((i) => [data.demands[i].lon, data.demands[i].lat]),
        signal,
      );
      onNetwork.forEach((i, t) => {
        meters[i] = res.distance[t];
        nearest[i] = res.source[t];
      });
    }
    return { meters, nearest, sites };
  }

  async close(): Promise<void> {
    await this.network.close();
  }
}
