import { WALKING_PROFILES, type WalkingProfileName } from '@carecircle/domain';
import {
  buildProfileCosts,
  createEnginePool,
  EnginePoolClosedError,
  reverseCosts,
  type EdgeAttributes,
  type EdgeTags,
  type WalkCosts,
  type PoolCoverSets,
  type PointZones,
  type PoolStats,
  type EnginePool,
  type MclpInput,
  type MclpOptions,
  type MclpResult,
  type PoolField,
  type PoolNearestResult,
  type PoolPlace,
  type SnapOptions,
  type SnappedPoint,
  type WalkGraph,
} from '@carecircle/walk-engine';
import type { MikroORM } from '@mikro-orm/postgresql';
import { snapOptions, snapToStreet, STREET_SNAP_METERS } from './snap-policy.js';

/** Revision counters of the data that walking results depend on (see the data_revision table). */
export type Revisions = Record<'facility' | 'medical_institution' | 'residential_area' | 'road_segment', number>;

export async function readRevisions(orm: MikroORM): Promise<Revisions> {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<{ scope: keyof Revisions; revision: string }[]>(`select scope, revision from data_revision`);
  const out = { facility: 0, medical_institution: 0, residential_area: 0, road_segment: 0 } as Revisions;
  for (const r of rows) out[r.scope] = Number(r.revision);
  return out;
}

/** The pool options that search a profile's costs walking to the given points (none for metres). */
function costsOption(profile: ProfileCosts | null | undefined): { costs?: string; direction?: 'inbound' } {
  return profile ? { costs: profile.poolName, direction: 'inbound' } : {};
}

/** A loaded walking graph: searches run on the pool's workers, snapping a few points here (it is cheap). */
export interface LoadedNetwork {
  graph: WalkGraph;
  revision: number;
  segments: number;
  /** How points snap to this graph (the domain's snap policy), here and on the workers. */
  snap: SnapOptions;
  /** Area of the network's bounding box, km²: no walk reaches farther (the analyses' work budget). */
  extentKm2: number;
  /** What the walking profiles read of each edge: its way's tags and, once imported, its climb and descent. */
  attrs: EdgeAttributes;
  /** Whether an elevation model has given heights to the streets (else slopes count as flat, except tagged inclines). */
  elevationLoaded: boolean;
  /** Each profile's costs, built and shared with the workers the first time it is asked for. */
  profiles: Map<WalkingProfileName, Promise<ProfileCosts>>;
}

/**
 * The seconds a walking profile needs for every arc of a network, as the workers have them (under
 * `poolName`): searches from facilities run `inbound`, so they measure residents walking *to*
 * the facility, up the hill they later come down.
 */
export interface ProfileCosts {
  name: WalkingProfileName;
  /** Flat speed of the profile (m/s): seconds × flatSpeed are the profile's flat-equivalent metres. */
  flatSpeed: number;
  costs: WalkCosts;
  /** The costs with every edge's directions swapped: what a field searched inbound answers with. */
  inbound: WalkCosts;
  poolName: string;
  /** Snap options on this thread: never onto a street the profile cannot use either way. */
  snap: SnapOptions;
}

interface SegmentRow {
  g: string;
  highway: string | null;
  wheelchair: string | null;
  incline: string | null;
  step_count: number | null;
  climb: number | null;
  descent: number | null;
  climb_length: number | null;
  descent_length: number | null;
}

/** Tags and climbs per edge of a graph built from `rows` (edges keep the row index as `edgeSourceId`). */
function edgeAttributes(graph: WalkGraph, rows: SegmentRow[]): { attrs: EdgeAttributes; elevationLoaded: boolean } {
  const m = graph.edgeCount;
  const tags: (EdgeTags | null)[] = new Array(m);
  const climb = new Float32Array(m).fill(NaN);
  const descent = new Float32Array(m).fill(NaN);
  const climbLength = new Float32Array(m).fill(NaN);
  const descentLength = new Float32Array(m).fill(NaN);
  let elevationLoaded = false;
  for (let e = 0; e < m; e++) {
    const r = rows[graph.edgeSourceId[e]];
    const t: EdgeTags = {};
    if (r.highway) t.highway = r.highway;
    if (r.wheelchair) t.wheelchair = r.wheelchair;
    if (r.incline) t.incline = r.incline;
    if (r.step_count != null) t.step_count = r.step_count;
    tags[e] = t;
    if (r.climb != null && r.descent != null) {
      elevationLoaded = true;
      climb[e] = r.climb;
      descent[e] = r.descent;
      climbLength[e] = r.climb_length ?? NaN;
      descentLength[e] = r.descent_length ?? NaN;
    }
  }
  return { attrs: { tags, elevation: elevationLoaded ? { climb, descent, climbLength, descentLength } : undefined }, elevationLoaded };
}

/** Area of a graph's bounding box in km². */
function extentKm2(graph: WalkGraph): number {
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let v = 0; v < graph.nodeCount; v++) {
    const lon = graph.nodeLon[v];
    const lat = graph.nodeLat[v];
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  if (!(maxLon >= minLon)) return 0;
  const kx = 111.32 * Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  return (maxLon - minLon) * kx * (maxLat - minLat) * 110.57;
}

/** From this many points on, a batch is snapped on the workers rather than on the event loop (≈ 2 ms). */
const SNAP_ON_WORKERS_FROM = 256;

/** Pair distances kept per network at most (the oldest measured are dropped first). */
const MAX_KEPT_PAIRS = 50_000;

/** The reached nodes and walked lines of a point, as the pool's `reach` gives them. */
export type Reach = Awaited<ReturnType<EnginePool['reach']>>;
/** Isochrone bands per point, as the pool's `isochrones` gives them. */
export type Isochrones = Awaited<ReturnType<EnginePool['isochrones']>>;

/**
 * The street network of the database, loaded into the walking engine and shared with a pool of
 * worker threads, which also solve the site-selection problems. Reloaded when the road_segment
 * revision changes (an import, from any process).
 */
export class WalkingNetwork {
  private pool: EnginePool | null = null;
  private loaded: LoadedNetwork | null = null;
  private loading: Promise<LoadedNetwork | null> | null = null;
  private loadedRevision = -1;
  /** Pair distances measured on `network` (see `pairDistances`), by `<from lon>,<from lat>><to lon>,<to lat>`. */
  private pairs: { network: LoadedNetwork | null; distances: Map<string, Promise<number | null>> } = {
    network: null,
    distances: new Map(),
  };

  constructor(
    private readonly orm: MikroORM,
    private readonly poolSize = 2,
  ) {}

  /** The current network, or null when no road segments are stored. */
  async current(revisions?: Revisions): Promise<LoadedNetwork | null> {
    const rev = (revisions ?? (await readRevisions(this.orm))).road_segment;
    if (rev === this.loadedRevision) return this.loaded;
    this.loading ??= this.load(rev).finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(revision: number): Promise<LoadedNetwork | null> {
    const rows = await this.orm.em
      .fork()
      .getConnection()
      .execute<SegmentRow[]>(
        `select ST_AsGeoJSON(geometry, 7) as g, highway, wheelchair, incline, step_count, climb, descent, climb_length, descent_length
         from road_segment order by id`,
      );
    if (!rows.length) {
      this.loaded = null;
      this.loadedRevision = revision;
      return null;
    }
    // Parsing and building run on a worker: an import of 50,000 streets must not stall the API.
    const graph = await this.workers().buildGraph(rows.map((r) => r.g));
    await this.workers().load(graph);
    this.loaded = {
      graph,
      revision,
      segments: rows.length,
      snap: snapOptions(graph),
      extentKm2: extentKm2(graph),
      ...edgeAttributes(graph, rows),
      profiles: new Map(),
    };
    this.loadedRevision = revision;
    return this.loaded;
  }

  private workers(): EnginePool {
    // Closed (the server stopping): calls are refused as the closed pool refuses them, none starts workers again.
    if (this.closed) throw new EnginePoolClosedError();
    this.pool ??= createEnginePool({ size: this.poolSize });
    return this.pool;
  }

  private closed = false;

  /**
   * A walking profile's costs on a network, built and shared with the workers on first use;
   * null for `STANDARD`, which walks metres at the requested speed as before profiles existed.
   */
  profileCosts(network: LoadedNetwork, name: WalkingProfileName): Promise<ProfileCosts> | null {
    if (name === 'STANDARD') return null;
    let hit = network.profiles.get(name);
    if (!hit) {
      const profile = WALKING_PROFILES[name];
      const costs = buildProfileCosts(network.graph, network.attrs, profile);
      const poolName = `profile:${name}`;
      hit = this.workers()
        .loadCosts(costs, poolName)
        .then(() => ({
          name,
          flatSpeed: profile.flatSpeed,
          costs,
          inbound: reverseCosts(network.graph, costs),
          poolName,
          snap: { ...network.snap, costs },
        }));
      hit.catch(() => network.profiles.delete(name));
      network.profiles.set(name, hit);
    }
    return hit;
  }

  /**
   * Snaps a point, or null when it lies farther than the snap policy allows from any street (a
   * profile's: no street it cannot use).
   */
  snap(network: LoadedNetwork, lon: number, lat: number, profile?: ProfileCosts | null): SnappedPoint | null {
    return snapToStreet(network.graph, lon, lat, profile?.snap ?? network.snap);
  }

  /**
   * Snaps a batch of points as {@link snap} does each: a small batch here, a large one on the
   * workers (snapping thousands of points would hold the event loop for tens of milliseconds),
   * or here in parts of 256 when every worker is taken.
   */
  async snapMany(
    network: LoadedNetwork,
    points: readonly { lon: number; lat: number }[],
    profile?: ProfileCosts | null,
    signal?: AbortSignal,
  ): Promise<(SnappedPoint | null)[]> {
    const { busy, queued } = this.stats();
    if (points.length >= SNAP_ON_WORKERS_FROM && busy + queued < this.poolSize) {
      const flat = new Float64Array(points.length * 2);
      points.forEach((p, i) => ((flat[2 * i] = p.lon), (flat[2 * i + 1] = p.lat)));
      // The profile's costs by name, walking outwards (a street counts when usable either way).
      return this.workers().snapWithin(flat, STREET_SNAP_METERS, {
        snap: network.snap,
        signal,
        ...(profile ? { costs: profile.poolName } : {}),
      });
    }
    // A small batch, or every worker taken (long solves): snapped here rather than waiting behind
    // them, a part at a time so that other requests are served in between.
    const out: (SnappedPoint | null)[] = [];
    for (let i = 0; i < points.length; i += SNAP_ON_WORKERS_FROM) {
      if (i > 0) {
        await new Promise((resolve) => setImmediate(resolve));
        signal?.throwIfAborted();
      }
      for (const p of points.slice(i, i + SNAP_ON_WORKERS_FROM)) out.push(this.snap(network, p.lon, p.lat, profile));
    }
    return out;
  }

  /**
   * Per target (`[lon, lat]`), metres to and index of the nearest source along the network.
   * `signal` cancels the search (on its worker); every call below takes one too.
   */
  nearest(network: LoadedNetwork, sources: number[][], targets: number[][], signal?: AbortSignal): Promise<PoolNearestResult> {
    return this.workers().nearest(sources, targets, { snap: network.snap, signal });
  }

  /** Per node, the nearest of the snapped sources (a multi-source search on a worker). */
  field(sources: SnappedPoint[], signal?: AbortSignal, profile?: ProfileCosts | null): Promise<PoolField> {
    return this.workers().field(sources, { signal, ...costsOption(profile) });
  }

  /** A field after sources are removed and added (see the engine's `updateField`), on a worker. */
  fieldUpdate(
    before: { dist: Float64Array; source: Int32Array },
    removed: number[],
    added: SnappedPoint[],
    addedLabels: number[],
    signal?: AbortSignal,
  ): Promise<PoolField> {
    return this.workers().fieldUpdate(before, removed, added, addedLabels, { signal });
  }

  /**
   * Isochrone bands around each point (snapped by `snap`, or `[lon, lat]` for the workers to snap
   * by the same policy): within `meters`, or with a profile within those flat-equivalent metres
   * (seconds × flat speed), walking to the point.
   */
  isochrones(
    network: LoadedNetwork,
    points: PoolPlace[],
    meters: number[],
    signal?: AbortSignal,
    profile?: ProfileCosts | null,
  ): Promise<Isochrones> {
    const thresholds = profile ? meters.map((m) => m / profile.flatSpeed) : meters;
    return this.workers().isochrones(points, thresholds, { snap: network.snap, signal, ...costsOption(profile) });
  }

  /** The nodes and streets reachable from a point (snapped, or `[lon, lat]`) within `meters` (with a profile, as for isochrones). */
  reach(network: LoadedNetwork, point: PoolPlace, meters: number, signal?: AbortSignal, profile?: ProfileCosts | null): Promise<Reach> {
    const limit = profile ? meters / profile.flatSpeed : meters;
    return this.workers().reach(point, limit, { snap: network.snap, signal, ...costsOption(profile) });
  }

  /**
   * Candidate sites and the demand points each reaches within `meters` (see the pool's
   * `coverSets`); with a profile, within those flat-equivalent metres walking from each demand point.
   */
  coverSets(
    network: LoadedNetwork,
    demands: number[][],
    weights: number[],
    meters: number,
    options: { candidates: number[][] | null; maxCandidates: number; solve?: { k: number; options: MclpOptions }; signal?: AbortSignal },
    profile?: ProfileCosts | null,
  ): Promise<PoolCoverSets> {
    const limit = profile ? meters / profile.flatSpeed : meters;
    const costs = profile ? { costs: profile.poolName } : {};
    return this.workers().coverSets(demands, weights, limit, { snap: network.snap, ...options, ...costs });
  }

  /** Points joined when closer than `linkMeters`, each group outlined, on a worker. */
  zones(points: number[][], linkMeters: number, radiusMeters: number, signal?: AbortSignal): Promise<PointZones> {
    return this.workers().zones(points, linkMeters, radiusMeters, { signal });
  }

  /** A maximal-covering-location solve on a worker, so the API stays responsive. */
  solveMclp(input: MclpInput, options: MclpOptions, signal?: AbortSignal): Promise<MclpResult> {
    return this.workers().mclp(input, { ...options, signal });
  }

  /** What the workers are doing (busy, queued, cancelled calls). */
  stats(): PoolStats {
    return this.pool?.stats() ?? { busy: 0, queued: 0, cancelled: 0, terminated: 0, restarted: 0 };
  }

  /**
   * Walking distance between pairs of points (e.g. the parties of an agreement) in metres (one
   * decimal), on the network alone; null where either point is off the network or no network is
   * loaded. A pair depends only on its two points and the network, so its answer is kept with the
   * network it was measured on (a new road_segment revision loads a new network, and measures
   * again): a list of agreements costs its look-ups, and only pairs not measured yet are searched
   * (one search per distinct origin).
   */
  async pairDistances(pairs: { from: [number, number]; to: [number, number] }[]): Promise<(number | null)[]> {
    const network = await this.current();
    if (!network) return pairs.map(() => null);
    if (this.pairs.network !== network) this.pairs = { network, distances: new Map() };
    const kept = this.pairs.distances;
    const keys = pairs.map((p) => `${p.from[0]},${p.from[1]}>${p.to[0]},${p.to[1]}`);
    const missing = new Map<string, { from: [number, number]; to: [number, number] }>();
    keys.forEach((k, i) => {
      if (!kept.has(k)) missing.set(k, pairs[i]);
    });
    if (missing.size) {
      const measured = this.measurePairs(network, [...missing.values()]);
      [...missing.keys()].forEach((k, i) => {
        const one = measured.then((d) => d[i]);
        // A failed search is not kept: the next request searches again.
        one.catch(() => {
          if (kept.get(k) === one) kept.delete(k);
        });
        kept.set(k, one);
      });
    }
    const answers = keys.map((k) => kept.get(k)!);
    while (kept.size > MAX_KEPT_PAIRS) kept.delete(kept.keys().next().value!);
    return Promise.all(answers);
  }

  /** Walking distances of pairs, searched now: one search per distinct origin. */
  private async measurePairs(
    network: LoadedNetwork,
    pairs: { from: [number, number]; to: [number, number] }[],
  ): Promise<(number | null)[]> {
    const out: (number | null)[] = pairs.map(() => null);
    const byOrigin = new Map<string, number[]>();
    pairs.forEach((p, i) => {
      if (!this.snap(network, ...p.from) || !this.snap(network, ...p.to)) return;
      const key = p.from.join(',');
      (byOrigin.get(key) ?? byOrigin.set(key, []).get(key)!).push(i);
    });
    await Promise.all(
      [...byOrigin.values()].map(async (idx) => {
        const res = await this.nearest(
          network,
          [pairs[idx[0]].from],
          idx.map((i) => pairs[i].to),
        );
        idx.forEach((i, t) => (out[i] = Number.isFinite(res.distance[t]) ? Math.round(res.distance[t] * 10) / 10 : null));
      }),
    );
    return out;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.pool?.close();
    this.pool = null;
  }
}
