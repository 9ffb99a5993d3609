import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WalkGraph } from './graph.js';
import { deserializeGraph, serializeCosts, serializeGraph, type SerializedCosts, type SerializedGraph } from './serialize.js';
import type { WalkCosts } from './costs.js';
import type { IsochroneOptions } from './isochrone.js';
import type { SnapOptions, SnappedPoint } from './snap.js';
import type { MclpInput, MclpOptions, MclpResult } from './mclp.js';
import type { PointZones } from './zones.js';
import type {
  CostChoice,
  PoolCoverSets,
  PoolFaultKind,
  PoolField,
  PoolIsochrones,
  PoolNearestResult,
  PoolPlace,
  PoolRequest,
  PoolRequestBody,
  PoolResponse,
} from './pool-protocol.js';
import { SNAP_STRIDE, type PoolFieldPart } from './pool-protocol.js';
import { createFieldOut, createSearchParts, type FieldOut, type SearchParts } from './search.js';

export type { CostChoice, PoolCoverSets, PoolFaultKind, PoolField, PoolNearestResult, PoolPlace } from './pool-protocol.js';

/** Options shared by pool calls. */
export interface PoolCallOptions {
  /** Name the graph was loaded under. Default `'default'`. */
  graph?: string;
  snap?: SnapOptions;
  /**
   * Cancels the call: a call still queued is dropped, and a worker already running it is
   * terminated and replaced (a search cannot be interrupted otherwise). The call rejects with
   * the signal's reason.
   */
  signal?: AbortSignal;
  /**
   * Name of costs loaded with `loadCosts` for this graph: searches minimise them (thresholds,
   * cutoffs and results in their unit, e.g. seconds) and report walked metres alongside.
   * Default: metres.
   */
  costs?: string;
  /**
   * With costs: `'outbound'` (default) walks from the given point(s) outwards, `'inbound'`
   * walks to them (e.g. older people walking to a facility, up the hill they later come down).
   */
  direction?: 'outbound' | 'inbound';
}

/** What the pool is doing, for health figures and tests. */
export interface PoolStats {
  /** Workers running a call now. */
  busy: number;
  /** Calls waiting for a worker. */
  queued: number;
  /** Calls cancelled so far (dropped from a queue or stopped on a worker). */
  cancelled: number;
  /** Workers terminated (and replaced) because the call they ran was cancelled. */
  terminated: number;
  /** Workers replaced after they died. */
  restarted: number;
}

/** A small pool of worker threads running engine calls off the caller's event loop. */
export interface EnginePool {
  readonly size: number;
  /** Shares a graph with every worker (SharedArrayBuffers, no copy) under a name. */
  load(graph: WalkGraph | SerializedGraph, name?: string): Promise<void>;
  unload(name?: string): Promise<void>;
  /**
   * Shares arc costs (e.g. `buildProfileCosts` of a walking profile) with every worker under a
   * name, for the graph loaded as `options.graph` (default `'default'`); calls choose them with
   * `{ costs: name }`. Loading the graph again drops its costs.
   */
  loadCosts(costs: WalkCosts | SerializedCosts, name: string, options?: { graph?: string }): Promise<void>;
  unloadCosts(name: string, options?: { graph?: string }): Promise<void>;
  /**
   * Builds a walking graph from street lines given as GeoJSON geometry texts (as PostGIS
   * `ST_AsGeoJSON` writes them), on a worker: parsing and building stay off the caller's loop.
   * The graph comes back on SharedArrayBuffers (not loaded; pass it to `load`).
   */
  buildGraph(lineGeometries: string[], options?: Pick<PoolCallOptions, 'signal'>): Promise<WalkGraph>;
  /**
   * Isochrones for many points (`[lon, lat]`, or points snapped already), spread over the workers;
   * one array of bands per point.
   */
  isochrones(
    points: PoolPlace[],
    thresholds: number[],
    options?: PoolCallOptions & Omit<IsochroneOptions, 'workspace' | 'costs'>,
  ): Promise<PoolIsochrones>;
  /** Multi-source nearest facility: per target, metres to and index of the nearest source. */
  nearest(sources: number[][], targets: number[][], options?: PoolCallOptions & { cutoff?: number }): Promise<PoolNearestResult>;
  /**
   * Multi-source search from points already snapped to the loaded graph: per node, the distance
   * to and index of the nearest source (`Infinity` / `-1` beyond `cutoff`). Answer points from it
   * with `distanceAt(graph, nearestFieldOf(…), point)` on the caller's thread, without another search.
   * On a large graph (≥ 65 536 nodes) with two workers idle, both search it together, each from
   * half the sources, and the answer comes back in shared memory; otherwise one worker searches it.
   */
  field(sources: SnappedPoint[], options?: Omit<PoolCallOptions, 'snap'> & { cutoff?: number }): Promise<PoolField>;
  /**
   * A field (metres) after sources are removed and others added, from the field before, on a
   * worker; see {@link updateField}. Only the region whose answer changes is searched.
   */
  fieldUpdate(
    before: { dist: Float64Array; source: Int32Array },
    removed: number[],
    added: SnappedPoint[],
    addedLabels: number[],
    options?: Pick<PoolCallOptions, 'graph' | 'signal'>,
  ): Promise<PoolField & { touched: number }>;
  /**
   * Snaps many points (`[lon, lat, lon, lat, …]`) as {@link snapWithin} does, spread over the
   * workers: null where no usable street is within `maxMeters`. With `costs`, only streets those
   * costs allow in some direction (the options' `snap` minimum component size applies too).
   */
  snapWithin(points: Float64Array, maxMeters: number, options?: PoolCallOptions): Promise<(SnappedPoint | null)[]>;
  /** Single-source reach from a point (`[lon, lat]`, or snapped already): reached nodes (`[lon, lat]` pairs flat), their distances, walked lines. */
  reach(
    point: PoolPlace,
    maxMeters: number,
    options?: PoolCallOptions,
  ): Promise<{
    nodeLonLat: Float64Array;
    /** Metres, or costs with costs. */
    nodeDist: Float64Array;
    /** Walked metres of each node's path. */
    nodeMeters: Float64Array;
    lines: { type: 'MultiLineString'; coordinates: number[][][] };
  }>;
  /**
   * Candidate sites and what each covers, for a maximal covering location problem: per demand
   * point, the network nodes within `maxMeters` (or, when `candidates` are given, those of them
   * that are reached, each standing at the nearer end node of its street), the strongest
   * `maxCandidates` by covered weight kept. With `solve`, the maximal covering location problem
   * of these sets is solved on the same worker (`solution`), so they never cross threads twice.
   */
  coverSets(
    demands: number[][],
    weights: number[],
    maxMeters: number,
    options?: PoolCallOptions & { candidates?: number[][] | null; maxCandidates?: number; solve?: { k: number; options?: MclpOptions } },
  ): Promise<PoolCoverSets>;
  /** Points joined when closer than `linkMeters` (single linkage), each group outlined; see {@link pointZones}. */
  zones(points: number[][], linkMeters: number, radiusMeters: number, options?: Pick<PoolCallOptions, 'signal'>): Promise<PointZones>;
  /**
   * Maximal covering location ({@link solveMclp}) on a worker, off the caller's event loop.
   * While it runs, other calls go to the other workers first.
   */
  mclp(input: MclpInput, options?: MclpOptions & Pick<PoolCallOptions, 'signal'>): Promise<MclpResult>;
  /**
   * Test hook: the worker taking this call fails as a bug would make it fail (`'throw'`: an
   * uncaught error; `'exit'`: the thread exits; `'spin'`: it runs until cancelled). The call
   * rejects; the worker is replaced.
   */
  simulateCrash(kind: PoolFaultKind, options?: Pick<PoolCallOptions, 'signal'>): Promise<never>;
  /** Busy and queued workers, cancellations and replacements so far. */
  stats(): PoolStats;
  /** Stops the workers; pending calls are rejected. */
  close(): Promise<void>;
}

/** Finds the compiled worker next to this module (or, when running from sources, in dist/). */
function workerUrl(): URL {
  const here = new URL('./pool-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL('../dist/pool-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error('createEnginePool: pool-worker.js not found; build @carecircle/walk-engine first');
}

/** A call for a worker: queued in the pool until the worker is free, then running on it. */
interface Task {
  id: number;
  req: PoolRequestBody;
  weight: number;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
  /** Internal calls (a replacement's graphs) are not counted as cancellable work. */
  internal?: boolean;
}

/**
 * How much an MCLP solve counts in the least-busy choice: it may hold its worker for seconds,
 * so short calls go to another worker while it runs.
 */
const MCLP_WEIGHT = 16;
/** A worker is restarted at most this many times a minute; after that its place stays empty. */
const MAX_RESTARTS_PER_MINUTE = 5;
/** From this many nodes on, a field is searched by two idle workers together (below, one is as fast). */
const PARALLEL_FIELD_MIN_NODES = 65_536;

/** What calls reject with once the pool is closed (the server stopping): not a fault of the call. */
export class EnginePoolClosedError extends Error {
  constructor() {
    super('engine pool is closed');
    this.name = 'EnginePoolClosedError';
  }
}

/** The error a cancelled call rejects with: the signal's reason, or an AbortError. */
function abortReason(signal: AbortSignal): unknown {
  if (signal.reason !== undefined) return signal.reason;
  const err = new Error('the engine call was cancelled');
  err.name = 'AbortError';
  return err;
}

/**
 * Starts `size` worker threads (default: available cores − 1, at least 1).
 *
 * Each worker runs one call at a time; the others wait in the pool, in order, so a cancelled
 * call that has not started is simply dropped. A call whose signal aborts while it runs has its
 * worker terminated and replaced (loaded with the graphs loaded so far); the calls queued behind
 * it run on the replacement.
 *
 * A worker that dies (an uncaught error, the thread exiting) is replaced by a new one, loaded
 * with the graphs loaded so far; the calls that were waiting for it reject with an error saying
 * so, and later calls run on the new worker. A worker that dies more than five times a minute is
 * not started again (calls that would go to it go to the others, or reject when none is left).
 *
 * @example
 * const pool = createEnginePool({ size: 2 });
 * await pool.load(graph);
 * const bands = await pool.isochrones(facilityLonLats, [300, 600, 900], { signal: AbortSignal.timeout(30_000) });
 * await pool.close();
 */
export function createEnginePool(options: { size?: number } = {}): EnginePool {
  const size = options.size ?? Math.max(1, availableParallelism() - 1);
  if (!Number.isInteger(size) || size < 1 || size > 64)
    throw new RangeError(`createEnginePool: size must be an integer in 1..64, got ${size}`);
  const url = workerUrl();
  /** Calls waiting for each worker, and the one each is running. */
  const queues = Array.from({ length: size }, (): Task[] => []);
  const running: (Task | null)[] = new Array<Task | null>(size).fill(null);
  /** Weighted calls queued or running per worker. */
  const load = new Array<number>(size).fill(0);
  /** When each worker was restarted in the last minute: a worker that cannot start must not spin. */
  const restarts = Array.from({ length: size }, (): number[] => []);
  /** Graphs loaded so far, by name, and their costs: a replacement worker gets them too. */
  const graphs = new Map<string, SerializedGraph>();
  const costSets = new Map<string, Map<string, SerializedCosts>>();
  const counters = { cancelled: 0, terminated: 0, restarted: 0 };
  let nextId = 1;
  let closed = false;
  const workers: (Worker | null)[] = [];
  /**
   * Shared memory of the last two two-worker field searches, by graph and costs, for the next
   * ones (it holds the graph's arcs with those weights); taken while a search runs, and kept only
   * while the graph and its costs are those it was made for (`generation`).
   */
  const searchParts = new Map<string, { parts: SearchParts; generation: number }>();
  /** Bumped when a graph, or a graph's costs, are loaded or unloaded. */
  const generations = new Map<string, number>();
  const changed = (graphName: string): void => {
    generations.set(graphName, (generations.get(graphName) ?? 0) + 1);
  };
  /**
   * The answer memory of the next two-worker field of each such kind, allocated by a worker of
   * the last one while it waited for the other, its pages written once after that worker's answer
   * was sent (see the worker's `fieldPart`), so neither is on the next field's way.
   */
  const spareOuts = new Map<string, FieldOut>();

  /** Takes a task off the books of worker `wi` (its weight, its abort listener). */
  const release = (wi: number, task: Task): void => {
    load[wi]! -= task.weight;
    if (task.onAbort) task.signal?.removeEventListener('abort', task.onAbort);
  };
  /** Posts the next queued call to worker `wi` when it is free. */
  const pump = (wi: number): void => {
    const w = workers[wi];
    if (!w || running[wi] || closed) {
      if (!running[wi]) w?.unref();
      return;
    }
    const task = queues[wi]!.shift();
    if (!task) {
      w.unref();
      return;
    }
    running[wi] = task;
    w.ref();
    w.postMessage({ ...task.req, id: task.id } as PoolRequest);
  };
  /** Rejects every call running on or waiting for worker `wi`. */
  const failAll = (wi: number, message: string | null): void => {
    const tasks = [...(running[wi] ? [running[wi]!] : []), ...queues[wi]!.splice(0)];
    running[wi] = null;
    for (const t of tasks) {
      release(wi, t);
      t.reject(message == null ? new EnginePoolClosedError() : new Error(message));
    }
  };

  const start = (wi: number): Worker => {
    const w = new Worker(url);
    w.on('message', (msg: PoolResponse) => {
      if (workers[wi] !== w) return;
      const task = running[wi];
      if (!task || task.id !== msg.id) return;
      running[wi] = null;
      release(wi, task);
      if (msg.ok) task.resolve(msg.result);
      else task.reject(new Error(msg.error));
      pump(wi);
    });
    /** The worker is dead (an uncaught error always ends it): its calls fail, a new one takes its place. */
    const died = (message: string): void => {
      if (workers[wi] !== w) return;
      failAll(wi, `engine worker ${wi + 1} of ${size} ${message}; the call did not complete`);
      if (closed) return;
      void w.terminate();
      const now = Date.now();
      restarts[wi] = restarts[wi]!.filter((t) => now - t < 60_000);
      if (restarts[wi]!.length >= MAX_RESTARTS_PER_MINUTE) {
        workers[wi] = null;
        return;
      }
      restarts[wi]!.push(now);
      counters.restarted++;
      replace(wi);
    };
    w.on('error', (err) => died(`crashed (${err.message})`));
    w.on('exit', (code) => died(`exited (code ${code})`));
    w.unref();
    return w;
  };
  /** A new worker in place `wi`; it loads the graphs loaded so far before anything queued. */
  const replace = (wi: number): void => {
    workers[wi] = start(wi);
    const reqs: PoolRequestBody[] = [];
    for (const [name, graph] of graphs) {
      reqs.push({ op: 'load', name, graph });
      for (const [costsName, costs] of costSets.get(name) ?? []) reqs.push({ op: 'loadCosts', name, costsName, costs });
    }
    const loads: Task[] = reqs.map((req) => ({
      id: nextId++,
      req,
      weight: 1,
      resolve: () => {},
      reject: () => {},
      internal: true,
    }));
    for (const t of loads) load[wi]! += t.weight;
    queues[wi]!.unshift(...loads);
    pump(wi);
  };
  /** Cancels a task: dropped when queued, its worker terminated and replaced when running. */
  const cancel = (wi: number, task: Task): void => {
    const q = queues[wi]!;
    const at = q.indexOf(task);
    if (at >= 0) {
      q.splice(at, 1);
    } else if (running[wi] === task) {
      running[wi] = null;
      const w = workers[wi];
      // Take the place first, so the dying worker's exit event is ignored.
      if (w && !closed) {
        counters.terminated++;
        replace(wi);
        void w.terminate();
      }
    } else {
      return;
    }
    counters.cancelled++;
    release(wi, task);
    task.reject(abortReason(task.signal!));
  };

  const send = <T>(wi: number, req: PoolRequestBody, weight = 1, signal?: AbortSignal): Promise<T> => {
    if (closed) return Promise.reject(new EnginePoolClosedError());
    if (!workers[wi]) return Promise.reject(new Error(`engine worker ${wi + 1} of ${size} died too often and was not restarted`));
    if (signal?.aborted) {
      counters.cancelled++;
      return Promise.reject(abortReason(signal));
    }
    return new Promise<T>((resolve, reject) => {
      const task: Task = { id: nextId++, req, weight, resolve: resolve as (v: unknown) => void, reject, signal };
      if (signal) {
        task.onAbort = () => cancel(wi, task);
        signal.addEventListener('abort', task.onAbort, { once: true });
      }
      load[wi]! += weight;
      queues[wi]!.push(task);
      pump(wi);
    });
  };
  for (let wi = 0; wi < size; wi++) workers.push(start(wi));

  /** The live worker with the least weighted work queued or running (the first one when all are dead). */
  const leastBusy = (): number => {
    let best = 0;
    for (let wi = 1; wi < size; wi++) if (workers[wi] && (!workers[best] || load[wi]! < load[best]!)) best = wi;
    return best;
  };
  const name = (o?: PoolCallOptions): string => o?.graph ?? 'default';
  const costChoice = (o?: PoolCallOptions): CostChoice | null => {
    if (o?.costs === undefined) return null;
    const direction = o.direction ?? 'outbound';
    if (direction !== 'outbound' && direction !== 'inbound')
      throw new RangeError(`direction must be 'outbound' or 'inbound', got ${String(direction)}`);
    return { name: o.costs, direction };
  };
  const everyWorker = (req: PoolRequestBody) => Promise.all(workers.map((_, wi) => send(wi, req)));

  return {
    size,
    async load(graph, graphName = 'default') {
      const s = 'format' in graph ? graph : serializeGraph(graph);
      graphs.set(graphName, s);
      costSets.delete(graphName);
      changed(graphName);
      await everyWorker({ op: 'load', name: graphName, graph: s });
    },
    async unload(graphName = 'default') {
      graphs.delete(graphName);
      costSets.delete(graphName);
      changed(graphName);
      await everyWorker({ op: 'unload', name: graphName });
    },
    async loadCosts(costs, costsName, opts = {}) {
      const graphName = opts.graph ?? 'default';
      const g = graphs.get(graphName);
      if (!g) throw new Error(`loadCosts: no graph loaded under the name "${graphName}"`);
      const s = 'format' in costs ? costs : serializeCosts(costs);
      if (s.arcCost.length !== g.arcTarget.length) {
        throw new RangeError(`loadCosts: ${s.arcCost.length} arc costs for a graph of ${g.arcTarget.length} arcs`);
      }
      let byName = costSets.get(graphName);
      if (!byName) costSets.set(graphName, (byName = new Map()));
      byName.set(costsName, s);
      changed(graphName);
      await everyWorker({ op: 'loadCosts', name: graphName, costsName, costs: s });
    },
    async unloadCosts(costsName, opts = {}) {
      const graphName = opts.graph ?? 'default';
      costSets.get(graphName)?.delete(costsName);
      changed(graphName);
      await everyWorker({ op: 'unloadCosts', name: graphName, costsName });
    },
    async buildGraph(lineGeometries, opts = {}) {
      const s = await send<SerializedGraph>(leastBusy(), { op: 'build', lines: lineGeometries }, 1, opts.signal);
      return deserializeGraph(s);
    },
    async isochrones(points, thresholds, opts = {}) {
      const { graph: _g, snap, signal, costs: _c, direction: _d, ...isoOptions } = opts;
      const costs = costChoice(opts);
      const chunks = Math.min(size * 4, Math.max(1, points.length));
      const per = Math.ceil(points.length / chunks);
      const parts: Promise<PoolIsochrones>[] = [];
      for (let c = 0; c < points.length; c += per) {
        parts.push(
          send<PoolIsochrones>(
            leastBusy(),
            {
              op: 'isochrones',
              name: name(opts),
              points: points.slice(c, c + per),
              thresholds,
              options: isoOptions,
              snap: snap ?? {},
              costs,
            },
            1,
            signal,
          ),
        );
      }
      return (await Promise.all(parts)).flat();
    },
    async nearest(sources, targets, opts = {}) {
      return send<PoolNearestResult>(
        leastBusy(),
        {
          op: 'nearest',
          name: name(opts),
          sources,
          targets,
          cutoff: opts.cutoff ?? Infinity,
          snap: opts.snap ?? {},
          costs: costChoice(opts),
        },
        1,
        opts.signal,
      );
    },
    async field(sources, opts = {}) {
      const graphName = name(opts);
      const costs = costChoice(opts);
      const cutoff = opts.cutoff ?? Infinity;
      const nodes = graphs.get(graphName)?.nodeCount ?? 0;
      const idle = workers.flatMap((w, wi) => (w && load[wi] === 0 ? [wi] : []));
      if (nodes >= PARALLEL_FIELD_MIN_NODES && idle.length >= 2 && sources.length >= 2) {
        // Two idle workers share the search (each from half the sources); on busy workers a half
        // would wait behind other work, so the field is searched on one. Their shared memory is
        // kept for the next field on the same graph and costs, unless a half failed (its thread may still run).
        const withMeters = costs !== null;
        const partsKey = JSON.stringify([graphName, costs?.name, costs?.direction]);
        const generation = generations.get(graphName) ?? 0;
        const kept = searchParts.get(partsKey);
        searchParts.delete(partsKey);
        const parts =
          kept?.generation === generation ? kept.parts : createSearchParts(nodes, 2 * graphs.get(graphName)!.edgeCount, withMeters);
        const key = `${nodes}:${withMeters}`;
        // The answer's memory is new for every field (it is kept by the caller): the spare one a
        // worker allocated while it waited during the last such field, else allocated here. Both
        // workers merge into it together, so the first to finish waits for the other: when one
        // half fails or is cancelled, the other is stopped too.
        const out = spareOuts.get(key) ?? createFieldOut(nodes, withMeters);
        spareOuts.delete(key);
        const stops = [new AbortController(), new AbortController()] as const;
        const stopBoth = (reason: unknown) => stops.forEach((c) => c.abort(reason));
        const onAbort = () => stopBoth(abortReason(opts.signal!));
        if (opts.signal?.aborted) onAbort();
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const half = (part: 0 | 1) =>
          send<PoolFieldPart>(
            idle[part]!,
            { op: 'fieldPart', name: graphName, sources, cutoff, costs, part, parts, out },
            1,
            stops[part].signal,
          ).catch((err: unknown) => {
            stopBoth(err);
            throw err;
          });
        let done: PoolFieldPart[];
        try {
          done = await Promise.all([half(0), half(1)]);
        } finally {
          opts.signal?.removeEventListener('abort', onAbort);
        }
        if (generations.get(graphName) === generation) searchParts.set(partsKey, { parts, generation });
        if (searchParts.size > 2) searchParts.delete(searchParts.keys().next().value!);
        if (done[0]!.merged === done[1]!.merged) throw new Error('field: the two halves of the search did not merge');
        const next = done[0]!.spare ?? done[1]!.spare;
        if (next && !closed) {
          spareOuts.set(key, next);
          if (spareOuts.size > 2) spareOuts.delete(spareOuts.keys().next().value!);
        }
        return { dist: out.dist, source: out.label, meters: out.meters ?? out.dist };
      }
      return send<PoolField>(leastBusy(), { op: 'field', name: graphName, sources, cutoff, costs }, 1, opts.signal);
    },
    fieldUpdate(before, removed, added, addedLabels, opts = {}) {
      return send<PoolField & { touched: number }>(
        leastBusy(),
        { op: 'fieldUpdate', name: name(opts), dist: before.dist, source: before.source, removed, added, addedLabels },
        1,
        opts.signal,
      );
    },
    async reach(point, maxMeters, opts = {}) {
      return send(
        leastBusy(),
        { op: 'reach', name: name(opts), point, maxMeters, snap: opts.snap ?? {}, costs: costChoice(opts) },
        1,
        opts.signal,
      );
    },
    async coverSets(demands, weights, maxMeters, opts = {}) {
      return send<PoolCoverSets>(
        leastBusy(),
        {
          op: 'coverSets',
          name: name(opts),
          demands,
          weights,
          maxMeters,
          candidates: opts.candidates ?? null,
          maxCandidates: opts.maxCandidates ?? Infinity,
          snap: opts.snap ?? {},
          costs: costChoice(opts),
          solve: opts.solve ? { k: opts.solve.k, options: opts.solve.options ?? {} } : null,
        },
        MCLP_WEIGHT,
        opts.signal,
      );
    },
    async snapWithin(points, maxMeters, opts = {}) {
      const n = points.length >> 1;
      // At most one part per worker, none smaller than 512 points (a message costs about as much as snapping them).
      const per = Math.max(512, Math.ceil(n / size));
      const parts: Promise<Float64Array>[] = [];
      for (let c = 0; c < n; c += per) {
        parts.push(
          send<Float64Array>(
            leastBusy(),
            {
              op: 'snapWithin',
              name: name(opts),
              points: points.slice(2 * c, 2 * Math.min(n, c + per)),
              maxMeters,
              snap: opts.snap ?? {},
              costs: costChoice(opts),
            },
            1,
            opts.signal,
          ),
        );
      }
      const out: (SnappedPoint | null)[] = [];
      for (const part of await Promise.all(parts))
        for (let o = 0; o < part.length; o += SNAP_STRIDE)
          out.push(
            part[o]! < 0
              ? null
              : {
                  edge: part[o]!,
                  offset: part[o + 1]!,
                  fraction: part[o + 2]!,
                  lon: part[o + 3]!,
                  lat: part[o + 4]!,
                  snapMeters: part[o + 5]!,
                },
          );
      return out;
    },
    zones(points, linkMeters, radiusMeters, opts = {}) {
      return send<PointZones>(leastBusy(), { op: 'zones', points, linkMeters, radiusMeters }, 1, opts.signal);
    },
    mclp(input, mclpOptions = {}) {
      const { signal, ...solve } = mclpOptions;
      return send<MclpResult>(leastBusy(), { op: 'mclp', input, options: solve }, MCLP_WEIGHT, signal);
    },
    simulateCrash(kind, opts = {}) {
      return send<never>(leastBusy(), { op: 'fault', kind }, 1, opts.signal);
    },
    stats() {
      return {
        busy: running.filter((t) => t && !t.internal).length,
        queued: queues.reduce((n, q) => n + q.filter((t) => !t.internal).length, 0),
        ...counters,
      };
    },
    async close() {
      closed = true;
      searchParts.clear();
      spareOuts.clear();
      for (let wi = 0; wi < size; wi++) failAll(wi, null);
      await Promise.all(workers.map((w) => w?.terminate()));
    },
  };
}
