import {
  COUNTS_IN_COVERAGE,
  CoverageGroup,
  groupKinds,
  SEARCH_GROUPS,
  type SearchGroup,
  WALKING_PROFILE_NAMES,
  type WalkingProfileName,
} from '@carecircle/domain';
import {
  distanceAt,
  edgeArcs,
  localScale,
  nearestFieldOf,
  segmentLength,
  type NearestResult,
  type SnappedPoint,
} from '@carecircle/walk-engine';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { AnalysisQueue } from './analysis-queue.js';
import { DistanceMethod } from './network.enums.js';
import { snapSite } from './snap-policy.js';
import { readRevisions, WalkingNetwork, type LoadedNetwork, type ProfileCosts, type Revisions } from './walking-network.js';

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
  /** Where it joins the network (the snap policy, no distance limit); set when the data is loaded with a network. */
  at?: SnappedPoint;
}

/**
 * Every node's walking distance to, and nearest of, a set of sites: one multi-source search (on a
 * worker), from which any point is answered on the spot as the better end of its snapped edge
 * plus the partial edge (`distanceAt`), so a batch of points costs only its snapping.
 */
export interface NearestField {
  result: NearestResult;
  sites: Site[];
  /** Indices of `sites` that no longer serve (closed in a scenario): never an answer. */
  excluded?: ReadonlySet<number>;
  /** The walking profile the field was searched with (its `dist` in seconds); absent: metres. */
  profile?: ProfileCosts | null;
}

/** A change a scenario makes to the sites: a new site, or an existing one moved or closed. */
export type SiteChange =
  | { action: 'ADD'; kind: string; lon: number; lat: number }
  | { action: 'MOVE'; facilityId: number; lon: number; lat: number }
  | { action: 'CLOSE'; facilityId: number };

/** The field key of all approved facilities, whatever their kind (`walkingAccess` without kinds). */
export const ALL_FACILITIES = 'kinds:ALL';

/** How often warming looks whether the workers are free (see `warm`). */
const WARM_POLL_MS = 20;

/** How many fields are kept (each is 12 bytes per network node). */
const MAX_FIELDS = 24;

/** Distances from every demand point to the nearest site of a group. */
export interface GroupDistances {
  /**
   * Metres (Infinity when none is reachable); with a walking profile, its flat-equivalent metres
   * (seconds × the profile's flat speed), so that thresholds in metres compare alike.
   */
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
  /** Where each demand point joins the network; null where it is measured in a straight line. */
  demandSnap: (SnappedPoint | null)[];
  demandSnapMeters: Float64Array;
  facilities: Site[];
  medical: Site[];
  /** Where demand points join the network under a walking profile (e.g. never onto stairs), by profile. */
  profileSnaps?: Map<string, Promise<(SnappedPoint | null)[]>>;
}

/** A cache key's part naming a walking profile (empty for metres). */
const profileKey = (profile: ProfileCosts | null | undefined): string => (profile ? `|profile:${profile.name}` : '');

/** Metres per degree of latitude at the equator: the least there is, so `|Δlat| × this` never exceeds a segment's length. */
const LAT_METRES_AT_LEAST = localScale(0).ky;

/** A list of sites in order of latitude (`order[k]` the index of the k-th southernmost), kept per list (lists are not changed once asked about). */
const byLatitude = new WeakMap<readonly Site[], { order: Int32Array; lat: Float64Array }>();
function sitesByLatitude(sites: readonly Site[]): { order: Int32Array; lat: Float64Array } {
  let sorted = byLatitude.get(sites);
  if (!sorted || sorted.order.length !== sites.length) {
    const order = Int32Array.from(sites.keys()).sort((a, b) => sites[a].lat - sites[b].lat || a - b);
    sorted = { order, lat: Float64Array.from(order, (i) => sites[i].lat) };
    byLatitude.set(sites, sorted);
  }
  return sorted;
}

/**
 * Straight-line (geodesic) nearest site, for points without a usable network; of sites as near,
 * the first. Sites are looked at outward from the point's latitude until the latitude difference
 * alone makes them farther than the nearest found, so a point costs a few distances, not one per site.
 * @example straightNearest(106.63, 29.72, sites); // { meters: 412.5, index: 3 }
 */
export function straightNearest(
  lon: number,
  lat: number,
  sites: readonly Site[],
  excluded?: ReadonlySet<number>,
): { meters: number; index: number } {
  let best = Infinity;
  let index = -1;
  const n = sites.length;
  if (!n) return { meters: best, index };
  const { order, lat: lats } = sitesByLatitude(sites);
  // the first site not south of the point
  let hi = 0;
  for (let step = 1 << (31 - Math.clz32(n)); step > 0; step >>= 1) if (hi + step <= n && lats[hi + step - 1] < lat) hi += step;
  let lo = hi - 1;
  while (lo >= 0 || hi < n) {
    const south = lo >= 0 ? lat - lats[lo] : Infinity;
    const north = hi < n ? lats[hi] - lat : Infinity;
    if (Math.min(south, north) * LAT_METRES_AT_LEAST > best) break;
    const i = order[south <= north ? lo-- : hi++];
    if (excluded?.has(i)) continue;
    const d = segmentLength(lon, lat, sites[i].lon, sites[i].lat);
    if (d < best || (d === best && i < index)) {
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
  /** The data last loaded (what a reload may keep of it). */
  private last: WalkingData | null = null;
  private dataKey = '';
  private groups = new Map<string, Promise<GroupDistances>>();
  /**
   * Fields by `<network revision>:<facility revision>:<medical revision>|<what>`, `<what>` naming
   * the sites (`group:STATION_OR_CENTER`, `kinds:COMMUNITY_STATION,STREET_CENTER`); a walking
   * profile (speed rules per kind of walker) is one more part of `<what>`. Invalidated by the data
   * revisions; at most MAX_FIELDS are kept, the least recently used dropped first.
   */
  private fields = new Map<string, Promise<NearestField>>();

  /** What `perRevision` keeps for each data revision (dropped with it), least recently used first. */
  private memos = new WeakMap<WalkingData, Map<string, unknown>>();

  /**
   * `warm: false` for a replica that leaves every analysis to the analysis workers: it answers
   * none from fields, so it searches none ahead (see {@link warmed}).
   */
  constructor(
    private readonly orm: MikroORM,
    private readonly options: { warm?: boolean } = {},
  ) {
    this.network = new WalkingNetwork(orm);
  }

  /**
   * The answer of `make()` kept for the data revision under `key` (at most `max` answers per
   * revision, the least recently used dropped first): every change of the tables the data
   * depends on makes a new revision, so what is derived from them stays current. Only answers are
   * kept, not work in progress: a request whose client leaves cancels only its own work.
   *
   * @example
   * const zones = await walking.perRevision(data, `zones:${args}`, () => computeZones(signal), 32);
   */
  async perRevision<T>(data: WalkingData, key: string, make: () => Promise<T>, max = 64): Promise<T> {
    let memo = this.memos.get(data);
    if (!memo) this.memos.set(data, (memo = new Map()));
    if (memo.has(key)) {
      const kept = memo.get(key) as T;
      memo.delete(key);
      memo.set(key, kept);
      return kept;
    }
    const value = await make();
    memo.set(key, value);
    while (memo.size > max) memo.delete(memo.keys().next().value!);
    return value;
  }

  /** The data at the current revision (reloaded when anything it depends on changed). */
  async current(): Promise<WalkingData> {
    const revisions = await readRevisions(this.orm);
    const key = JSON.stringify(revisions);
    if (key !== this.dataKey || !this.data) {
      this.dataKey = key;
      this.groups.clear();
      const loading = this.load(revisions);
      this.data = loading;
      loading.catch(() => (this.dataKey = ''));
      if (this.options.warm !== false)
        this.warming = loading.then((data) => this.warm(data, loading)).catch(() => ({ searches: 0, ms: 0 }));
    }
    return this.data;
  }

  /**
   * Settles when the fields the first answers need at the current revision have been searched
   * (see {@link warm}): how many searches that took and how long.
   *
   * @example
   * const { searches, ms } = await walking.warmed();
   */
  async warmed(): Promise<{ searches: number; ms: number }> {
    await this.current();
    return this.warming;
  }

  private warming: Promise<{ searches: number; ms: number }> = Promise.resolve({ searches: 0, ms: 0 });

  /**
   * Searches, on the workers and in the background, the fields the first answers after a start
   * or a data change read: every coverage group's and all approved facilities' (`walkingAccess`
   * without kinds), for standard walking. The first coverage or access request then reads them
   * instead of waiting for a search of the whole network. Each search starts only when the
   * workers have nothing else to do, so requests never wait behind it for long; the warming stops
   * as soon as the data changes again (a later revision warms itself). Errors are left to the
   * requests that meet them.
   */
  private async warm(data: WalkingData, loading: Promise<WalkingData>): Promise<{ searches: number; ms: number }> {
    const started = performance.now();
    let searches = 0;
    // The request that found the data changed queues its own searches first.
    await new Promise((resolve) => setTimeout(resolve, WARM_POLL_MS));
    const searchWhenIdle = async (search: () => Promise<unknown>): Promise<boolean> => {
      for (;;) {
        if (this.data !== loading) return false;
        const { busy, queued } = this.network.stats();
        if (busy + queued === 0) break;
        await new Promise((resolve) => setTimeout(resolve, WARM_POLL_MS));
      }
      await search();
      searches++;
      return true;
    };
    if (data.network) {
      for (const group of SEARCH_GROUPS) {
        // A group without sites has no field (its answers are "none reachable"): nothing to search.
        if (!WalkingDataCache.sitesOf(data, group).length) continue;
        if (!(await searchWhenIdle(() => this.group(data, group)))) break;
      }
      if (data.facilities.length) await searchWhenIdle(() => this.field(data, data.facilities, ALL_FACILITIES));
    }
    return { searches, ms: performance.now() - started };
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
    const site = (r: Site): Site => {
      const out: Site = { id: r.id, kind: r.kind, lon: Number(r.lon), lat: Number(r.lat) };
      if (network) out.at = snapSite(network.graph, out.lon, out.lat, network.snap);
      return out;
    };
    const data: WalkingData = {
      revisions,
      network,
      demands,
      ...(await this.demandSnapsOf(demands, network)),
      facilities: facilityRows.map(site),
      medical: medicalRows.map(site),
    };
    this.last = data;
    return data;
  }

  /**
   * Where the demand points join the network: those of the previous revision when neither the
   * network nor a demand point has moved since (a facility changed), so the first answer after a
   * change of the registry does not snap every residential area again.
   */
  private async demandSnapsOf(
    demands: WalkingData['demands'],
    network: LoadedNetwork | null,
  ): Promise<Pick<WalkingData, 'demandMethod' | 'demandSnap' | 'demandSnapMeters' | 'profileSnaps'>> {
    const prev = this.last;
    const same =
      prev &&
      prev.network === network &&
      prev.demands.length === demands.length &&
      prev.demands.every((d, i) => d.id === demands[i].id && d.lon === demands[i].lon && d.lat === demands[i].lat);
    if (same) {
      prev.profileSnaps ??= new Map();
      return {
        demandMethod: prev.demandMethod,
        demandSnap: prev.demandSnap,
        demandSnapMeters: prev.demandSnapMeters,
        profileSnaps: prev.profileSnaps,
      };
    }
    const demandSnap = network ? await this.network.snapMany(network, demands) : demands.map(() => null);
    const demandMethod = demandSnap.map((s) => (s ? DistanceMethod.NETWORK : DistanceMethod.STRAIGHT_LINE));
    const demandSnapMeters = Float64Array.from(demandSnap, (s) => (s ? s.snapMeters : NaN));
    return { demandMethod, demandSnap, demandSnapMeters, profileSnaps: new Map() };
  }

  /** The sites of a group in a registry (as it is, or with a scenario applied). */
  static sitesOf(data: Pick<WalkingData, 'facilities' | 'medical'>, group: SearchGroup): Site[] {
    if (group === CoverageGroup.MEDICAL) return data.medical;
    const kinds: readonly string[] = groupKinds(group);
    return data.facilities.filter((f) => kinds.includes(f.kind));
  }

  /**
   * A walking profile's costs on the data's network (null for `STANDARD` or without a network):
   * what every walking method below takes as `profile`.
   */
  async profile(data: WalkingData, name: string | null | undefined): Promise<ProfileCosts | null> {
    if (!name || !data.network) return null;
    if (!(WALKING_PROFILE_NAMES as readonly string[]).includes(name)) throw new RangeError(`unknown walking profile ${name}`);
    return this.network.profileCosts(data.network, name as WalkingProfileName);
  }

  /** Where each demand point joins the network under a profile (the data's own snaps for metres). */
  async demandSnaps(data: WalkingData, profile: ProfileCosts | null | undefined): Promise<(SnappedPoint | null)[]> {
    if (!profile || !data.network) return data.demandSnap;
    data.profileSnaps ??= new Map();
    let snaps = data.profileSnaps.get(profile.name);
    if (!snaps) {
      // On the workers (thousands of areas); those off the network stay off it under any profile.
      snaps = this.network.snapMany(data.network, data.demands, profile).then((all) => all.map((s, i) => (data.demandSnap[i] ? s : null)));
      snaps.catch(() => data.profileSnaps?.delete(profile.name));
      data.profileSnaps.set(profile.name, snaps);
    }
    return snaps;
  }

  /** Distances for a registry group, cached per data revision (and walking profile). */
  async group(data: WalkingData, group: SearchGroup, profile?: ProfileCosts | null): Promise<GroupDistances> {
    const what = `group:${group}${profileKey(profile)}`;
    const key = `${JSON.stringify(data.revisions)}:${what}`;
    let hit = this.groups.get(key);
    if (!hit) {
      // Without a network there is no field: the sites are measured in a straight line.
      const sites = WalkingDataCache.sitesOf(data, group);
      hit = this.field(data, sites, what, undefined, profile).then((f) => this.evaluate(data, f, sites, profile));
      this.groups.set(key, hit);
    }
    return hit;
  }

  /** All search groups of the registry as it is. */
  async allGroups(data: WalkingData, profile?: ProfileCosts | null): Promise<Map<SearchGroup, GroupDistances>> {
    const out = new Map<SearchGroup, GroupDistances>();
    for (const g of SEARCH_GROUPS) out.set(g, await this.group(data, g, profile));
    return out;
  }

  /**
   * Distances for a registry group whose facilities are limited to some (the staffed ones);
   * medical institutions as they are. The set is part of the key by content
   * (`group:X:staffed:<hash of the ids>`): a workforce change that staffs or unstaffs a facility
   * is a new key, so no result outlives the set it was computed for; only the latest set is kept.
   */
  async groupLimitedTo(
    data: WalkingData,
    group: SearchGroup,
    facilityIds: ReadonlySet<number>,
    profile?: ProfileCosts | null,
  ): Promise<GroupDistances> {
    if (group === CoverageGroup.MEDICAL) return this.group(data, group, profile);
    const hash = createHash('sha256')
      .update([...facilityIds].sort((a, b) => a - b).join(','))
      .digest('hex')
      .slice(0, 16);
    const what = `group:${group}:staffed:${hash}${profileKey(profile)}`;
    for (const k of [...this.groups.keys()]) if (k.includes(':staffed:') && !k.includes(`:staffed:${hash}`)) this.groups.delete(k);
    const key = `${JSON.stringify(data.revisions)}:${what}`;
    let hit = this.groups.get(key);
    if (!hit) {
      const sites = WalkingDataCache.sitesOf(
        { facilities: data.facilities.filter((f) => facilityIds.has(f.id)), medical: data.medical },
        group,
      );
      hit = this.field(data, sites, what, undefined, profile).then((f) => this.evaluate(data, f, sites, profile));
      this.groups.set(key, hit);
    }
    return hit;
  }

  /** All search groups, the facility groups limited to some facilities (see {@link groupLimitedTo}). */
  async groupsLimitedTo(
    data: WalkingData,
    facilityIds: ReadonlySet<number>,
    profile?: ProfileCosts | null,
  ): Promise<Map<SearchGroup, GroupDistances>> {
    const out = new Map<SearchGroup, GroupDistances>();
    for (const g of SEARCH_GROUPS) out.set(g, await this.groupLimitedTo(data, g, facilityIds, profile));
    return out;
  }

  /**
   * The field of `sites` on the data's network: cached under `key` (see `fields`) when one is
   * given, searched afresh otherwise (a scenario's sites). Null without a network or sites.
   */
  async field(
    data: WalkingData,
    sites: Site[],
    key: string | null,
    signal?: AbortSignal,
    profile?: ProfileCosts | null,
  ): Promise<NearestField | null> {
    const network = data.network;
    if (!network || !sites.length) return null;
    if (key == null) return this.searchField(network, sites, signal, profile);
    const r = data.revisions;
    // `group:` keys carry their profile already (they also name the group distances).
    const full = `${r.road_segment}:${r.facility}:${r.medical_institution}|${key}${key.includes('|profile:') ? '' : profileKey(profile)}`;
    let hit = this.fields.get(full);
    if (hit) {
      // Most recently used last.
      this.fields.delete(full);
    } else {
      hit = this.searchField(network, sites, undefined, profile);
      hit.catch(() => this.fields.delete(full));
      const prefix = `${r.road_segment}:${r.facility}:${r.medical_institution}|`;
      for (const k of [...this.fields.keys()]) if (!k.startsWith(prefix)) this.fields.delete(k);
      while (this.fields.size >= MAX_FIELDS) this.fields.delete(this.fields.keys().next().value!);
    }
    this.fields.set(full, hit);
    // A caller that gives up does not cancel a shared search: others may wait for the same field.
    return signal ? raceAbort(hit, signal) : hit;
  }

  private async searchField(
    network: LoadedNetwork,
    sites: Site[],
    signal?: AbortSignal,
    profile?: ProfileCosts | null,
  ): Promise<NearestField> {
    const snapped = sites.map((s) => WalkingDataCache.siteAt(network, s, profile));
    const f = await this.network.field(snapped, signal, profile);
    return { result: nearestFieldOf(f, snapped, { costs: profile?.inbound ?? null }), sites, profile: profile ?? null };
  }

  /**
   * Where a site joins the network: the snap policy's street, or under a profile the nearest
   * street the profile can use (a wheelchair user reaches a facility by its ramp, not its stairs).
   */
  static siteAt(network: LoadedNetwork, s: Site, profile?: ProfileCosts | null): SnappedPoint {
    const at = s.at ?? snapSite(network.graph, s.lon, s.lat, network.snap);
    if (!profile || usable(network, at.edge, profile)) return at;
    return snapSite(network.graph, s.lon, s.lat, profile.snap);
  }

  /**
   * Nearest site of a field for a point: along the network from where it snapped, in a straight
   * line when it is off the network (`at` null) or there is no field.
   */
  static answer(
    data: WalkingData,
    field: NearestField | null,
    sites: readonly Site[],
    lon: number,
    lat: number,
    at: SnappedPoint | null,
  ): { meters: number; walked: number; index: number } {
    if (!at) {
      const s = straightNearest(lon, lat, sites, field?.excluded);
      return { ...s, walked: s.meters };
    }
    if (!field || !data.network) return { meters: Infinity, walked: Infinity, index: -1 };
    const r = distanceAt(data.network.graph, field.result, at);
    // A profile's seconds as flat-equivalent metres; `walked` is the path's length either way.
    const meters = field.profile ? r.distance * field.profile.flatSpeed : r.distance;
    return { meters, walked: r.meters, index: r.source };
  }

  /** Distances from every demand point to the nearest site of a field (its profile's snaps). */
  async evaluate(
    data: WalkingData,
    field: NearestField | null,
    sites: Site[] = field?.sites ?? [],
    profile: ProfileCosts | null | undefined = field?.profile,
  ): Promise<GroupDistances> {
    const n = data.demands.length;
    const meters = new Float64Array(n).fill(Infinity);
    const nearest = new Int32Array(n).fill(-1);
    if (!sites.length) return { meters, nearest, sites };
    const snaps = await this.demandSnaps(data, profile);
    data.demands.forEach((d, i) => {
      const a = WalkingDataCache.answer(data, field, sites, d.lon, d.lat, snaps[i]);
      meters[i] = a.meters;
      nearest[i] = a.index;
    });
    return { meters, nearest, sites };
  }

  /**
   * Distances of a registry group with a scenario's changes applied, computed as the difference
   * from the group's cached field: the nodes the closed or moved sites served are reached again
   * from around them, and new or moved sites spread only where they are nearer (one bounded
   * search on a worker). The sites keep the registry's order, additions after them, so ties fall
   * as a fresh search of the changed registry would break them.
   */
  async groupWith(
    data: WalkingData,
    group: SearchGroup,
    changes: SiteChange[],
    signal?: AbortSignal,
    profile?: ProfileCosts | null,
  ): Promise<GroupDistances> {
    const base = WalkingDataCache.sitesOf(data, group);
    const kinds: readonly string[] = group === CoverageGroup.MEDICAL ? [] : groupKinds(group);
    const sites = base.slice();
    const excluded = new Set<number>();
    const removed = new Set<number>();
    const added = new Map<number, SnappedPoint | undefined>();
    const network = data.network;
    const placed = (lon: number, lat: number): Site['at'] => (network ? snapSite(network.graph, lon, lat, network.snap) : undefined);
    for (const c of changes) {
      if (c.action === 'ADD') {
        if (!kinds.includes(c.kind)) continue;
        const site: Site = { id: -(sites.length + 1), kind: c.kind, lon: c.lon, lat: c.lat, at: placed(c.lon, c.lat) };
        added.set(sites.length, site.at);
        sites.push(site);
        continue;
      }
      const idx = sites.findIndex((f, i) => f.id === c.facilityId && !excluded.has(i));
      if (idx < 0) continue; // not approved or not of this group: it does not count either way
      if (idx < base.length) removed.add(idx);
      if (c.action === 'CLOSE') {
        excluded.add(idx);
        added.delete(idx);
      } else {
        sites[idx] = { ...sites[idx], lon: c.lon, lat: c.lat, at: placed(c.lon, c.lat) };
        added.set(idx, sites[idx].at);
      }
    }
    const before = profile ? null : await this.field(data, base, `group:${group}`, signal);
    if (!network || !before) {
      // No field to start from (or a walking profile, whose fields are not updated in place):
      // the changed registry's sites, searched (or measured) afresh.
      const live = sites.filter((_, i) => !excluded.has(i));
      return this.distances(data, live, signal, profile);
    }
    const f = await this.network.fieldUpdate(
      before.result,
      [...removed],
      [...added.values()].map((at) => at!),
      [...added.keys()],
      signal,
    );
    const snapped = sites.map((x) => x.at!);
    const result = nearestFieldOf(f, snapped);
    for (const i of excluded) {
      const list = result.sourcesByEdge.get(snapped[i].edge) as number[] | undefined;
      const at = list?.indexOf(i) ?? -1;
      if (list && at >= 0) list.splice(at, 1);
    }
    return this.evaluate(data, { result, sites, excluded }, sites);
  }

  /**
   * Nearest of `sites` for every demand point: along the network where the point is on it,
   * in a straight line otherwise (one search of these sites, not cached).
   */
  async distances(data: WalkingData, sites: Site[], signal?: AbortSignal, profile?: ProfileCosts | null): Promise<GroupDistances> {
    return this.evaluate(data, await this.field(data, sites, null, signal, profile), sites, profile);
  }

  /** Closes the engine's workers; a warming still waiting for them then meets the closed pool and stops. */
  async close(): Promise<void> {
    await this.network.close();
  }
}

/** Whether a profile can walk an edge in at least one direction. */
function usable(network: LoadedNetwork, edge: number, profile: ProfileCosts): boolean {
  const arcs = edgeArcs(network.graph);
  const c = profile.costs.arcCost;
  return c[arcs[2 * edge]] < Infinity || c[arcs[2 * edge + 1]] < Infinity;
}

/** Settles as `promise`, or rejects with the signal's reason when it aborts first. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
