import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WalkGraph } from './graph.js';
import { serializeGraph, type SerializedGraph } from './serialize.js';
import type { IsochroneOptions } from './isochrone.js';
import type { SnapOptions } from './snap.js';
import type { MclpInput, MclpOptions, MclpResult } from './mclp.js';
import type { PoolFaultKind, PoolIsochrones, PoolNearestResult, PoolRequest, PoolRequestBody, PoolResponse } from './pool-protocol.js';

export type { PoolFaultKind, PoolNearestResult } from './pool-protocol.js';

/** Options shared by pool calls. */
export interface PoolCallOptions {
  /** Name the graph was loaded under. Default `'default'`. */
  graph?: string;
  snap?: SnapOptions;
}

/** A small pool of worker threads running engine calls off the caller's event loop. */
export interface EnginePool {
  readonly size: number;
  /** Shares a graph with every worker (SharedArrayBuffers, no copy) under a name. */
  load(graph: WalkGraph | SerializedGraph, name?: string): Promise<void>;
  unload(name?: string): Promise<void>;
  /** Isochrones for many points (`[lon, lat]`), spread over the workers; one array of bands per point. */
  isochrones(
    points: number[][],
    thresholds: number[],
    options?: PoolCallOptions & Omit<IsochroneOptions, 'workspace'>,
  ): Promise<PoolIsochrones>;
  /** Multi-source nearest facility: per target, metres to and index of the nearest source. */
  nearest(sources: number[][], targets: number[][], options?: PoolCallOptions & { cutoff?: number }): Promise<PoolNearestResult>;
  /** Single-source reach: reached nodes (`[lon, lat]` pairs flat), their distances, walked lines. */
  reach(
    point: number[],
    maxMeters: number,
    options?: PoolCallOptions,
  ): Promise<{ nodeLonLat: Float64Array; nodeDist: Float64Array; lines: { type: 'MultiLineString'; coordinates: number[][][] } }>;
  /**
   * Maximal covering location ({@link solveMclp}) on a worker, off the caller's event loop.
   * While it runs, other calls go to the other workers first.
   */
  mclp(input: MclpInput, options?: MclpOptions): Promise<MclpResult>;
  /**
   * Test hook: the worker taking this call fails as a bug would make it fail (`'throw'`: an
   * uncaught error; `'exit'`: the thread exits). The call rejects; the worker is replaced.
   */
  simulateCrash(kind: PoolFaultKind): Promise<never>;
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

/** A call waiting for its worker's answer. */
interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  worker: number;
  weight: number;
}

/**
 * How much an MCLP solve counts in the least-busy choice: it may hold its worker for seconds,
 * so short calls go to another worker while it runs.
 */
const MCLP_WEIGHT = 16;
/** A worker is restarted at most this many times a minute; after that its place stays empty. */
const MAX_RESTARTS_PER_MINUTE = 5;

/**
 * Starts `size` worker threads (default: available cores − 1, at least 1).
 *
 * A worker that dies (an uncaught error, the thread exiting) is replaced by a new one, loaded
 * with the graphs loaded so far; the calls that were waiting for it reject with an error saying
 * so, and later calls run on the new worker. A worker that dies more than five times a minute is
 * not started again (calls that would go to it go to the others, or reject when none is left).
 *
 * @example
 * const pool = createEnginePool({ size: 2 });
 * await pool.load(graph);
 * const bands = await pool.isochrones(facilityLonLats, [300, 600, 900]);
 * await pool.close();
 */
export function createEnginePool(options: { size?: number } = {}): EnginePool {
  const size = options.size ?? Math.max(1, availableParallelism() - 1);
  if (!Number.isInteger(size) || size < 1 || size > 64)
    throw new RangeError(`createEnginePool: size must be an integer in 1..64, got ${size}`);
  const url = workerUrl();
  const pending = new Map<number, Pending>();
  /** Weighted calls in flight per worker. */
  const load = new Array<number>(size).fill(0);
  /** When each worker was restarted in the last minute: a worker that cannot start must not spin. */
  const restarts = Array.from({ length: size }, (): number[] => []);
  /** Graphs loaded so far, by name: a replacement worker gets them too. */
  const graphs = new Map<string, SerializedGraph>();
  let nextId = 1;
  let closed = false;

  const settle = (id: number): Pending | undefined => {
    const p = pending.get(id);
    if (!p) return undefined;
    pending.delete(id);
    load[p.worker]! -= p.weight;
    if (load[p.worker] === 0) workers[p.worker]?.unref();
    return p;
  };
  /** Rejects every call waiting for worker `wi`. */
  const failAll = (wi: number, message: string): void => {
    for (const [id, p] of pending) if (p.worker === wi) settle(id)!.reject(new Error(message));
  };

  const start = (wi: number): Worker => {
    const w = new Worker(url);
    w.on('message', (msg: PoolResponse) => {
      const p = settle(msg.id);
      if (!p) return;
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.error));
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
      workers[wi] = start(wi);
    };
    w.on('error', (err) => died(`crashed (${err.message})`));
    w.on('exit', (code) => died(`exited (code ${code})`));
    w.unref();
    // A replacement holds what its predecessor held; calls posted after these run after them.
    for (const [name, graph] of graphs) send(wi, { op: 'load', name, graph }, 1, w).catch(() => {});
    return w;
  };

  const send = <T>(wi: number, req: PoolRequestBody, weight = 1, worker = workers[wi]): Promise<T> => {
    if (closed) return Promise.reject(new Error('engine pool is closed'));
    if (!worker) return Promise.reject(new Error(`engine worker ${wi + 1} of ${size} died too often and was not restarted`));
    const id = nextId++;
    load[wi]! += weight;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, worker: wi, weight });
      worker.ref();
      worker.postMessage({ ...req, id } as PoolRequest);
    });
  };
  const workers: (Worker | null)[] = [];
  for (let wi = 0; wi < size; wi++) workers.push(start(wi));

  /** The live worker with the least weighted work in flight (the first one when all are dead). */
  const leastBusy = (): number => {
    let best = 0;
    for (let wi = 1; wi < size; wi++) if (workers[wi] && (!workers[best] || load[wi]! < load[best]!)) best = wi;
    return best;
  };
  const name = (o?: PoolCallOptions): string => o?.graph ?? 'default';
  const everyWorker = (req: PoolRequestBody) => Promise.all(workers.map((_, wi) => send(wi, req)));

  return {
    size,
    async load(graph, graphName = 'default') {
      const s = 'format' in graph ? graph : serializeGraph(graph);
      graphs.set(graphName, s);
      await everyWorker({ op: 'load', name: graphName, graph: s });
    },
    async unload(graphName = 'default') {
      graphs.delete(graphName);
      await everyWorker({ op: 'unload', name: graphName });
    },
    async isochrones(points, thresholds, opts = {}) {
      const { graph: _g, snap, ...isoOptions } = opts;
      const chunks = Math.min(size * 4, Math.max(1, points.length));
      const per = Math.ceil(points.length / chunks);
      const parts: Promise<PoolIsochrones>[] = [];
      for (let c = 0; c < points.length; c += per) {
        parts.push(
          send<PoolIsochrones>(leastBusy(), {
            op: 'isochrones',
            name: name(opts),
            points: points.slice(c, c + per),
            thresholds,
            options: isoOptions,
            snap: snap ?? {},
          }),
        );
      }
      return (await Promise.all(parts)).flat();
    },
    nearest(sources, targets, opts = {}) {
      return send<PoolNearestResult>(leastBusy(), {
        op: 'nearest',
        name: name(opts),
        sources,
        targets,
        cutoff: opts.cutoff ?? Infinity,
        snap: opts.snap ?? {},
      });
    },
    reach(point, maxMeters, opts = {}) {
      return send(leastBusy(), { op: 'reach', name: name(opts), point, maxMeters, snap: opts.snap ?? {} });
    },
    mclp(input, mclpOptions = {}) {
      return send<MclpResult>(leastBusy(), { op: 'mclp', input, options: mclpOptions }, MCLP_WEIGHT);
    },
    simulateCrash(kind) {
      return send<never>(leastBusy(), { op: 'fault', kind });
    },
    async close() {
      closed = true;
      for (const [id, p] of pending) {
        pending.delete(id);
        p.reject(new Error('engine pool closed'));
      }
      await Promise.all(workers.map((w) => w?.terminate()));
    },
  };
}
