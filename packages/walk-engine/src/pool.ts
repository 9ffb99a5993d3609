import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WalkGraph } from './graph.js';
import { serializeGraph, type SerializedGraph } from './serialize.js';
import type { IsochroneOptions } from './isochrone.js';
import type { SnapOptions } from './snap.js';
import type { PoolIsochrones, PoolNearestResult, PoolRequest, PoolRequestBody, PoolResponse } from './pool-protocol.js';

export type { PoolNearestResult } from './pool-protocol.js';

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

/**
 * Starts `size` worker threads (default: available cores − 1, at least 1).
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
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; worker: number }>();
  const load = new Array<number>(size).fill(0);
  let nextId = 1;
  let closed = false;
  const workers = Array.from({ length: size }, (_, wi) => {
    const w = new Worker(url);
    w.on('message', (msg: PoolResponse) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      load[wi]!--;
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.error));
    });
    w.on('error', (err) => {
      for (const [id, p] of pending) {
        if (p.worker === wi) {
          pending.delete(id);
          p.reject(err);
        }
      }
    });
    w.unref();
    return w;
  });

  const send = <T>(wi: number, req: PoolRequestBody): Promise<T> => {
    if (closed) return Promise.reject(new Error('engine pool is closed'));
    const id = nextId++;
    load[wi]!++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, worker: wi });
      workers[wi]!.ref();
      workers[wi]!.postMessage({ ...req, id } as PoolRequest);
    }).finally(() => {
      if (load[wi] === 0) workers[wi]!.unref();
    });
  };
  const leastBusy = (): number => load.indexOf(Math.min(...load));
  const name = (o?: PoolCallOptions): string => o?.graph ?? 'default';

  return {
    size,
    async load(graph, graphName = 'default') {
      const s = 'format' in graph ? graph : serializeGraph(graph);
      await Promise.all(workers.map((_, wi) => send(wi, { op: 'load', name: graphName, graph: s })));
    },
    async unload(graphName = 'default') {
      await Promise.all(workers.map((_, wi) => send(wi, { op: 'unload', name: graphName })));
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
    async close() {
      closed = true;
      for (const [id, p] of pending) {
        pending.delete(id);
        p.reject(new Error('engine pool closed'));
      }
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
