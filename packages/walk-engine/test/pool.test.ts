import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as src from '../src/index.js';
import { inMultiPolygon, readReference, repoRoot, type PointFeature } from './reference-data.js';

type Engine = typeof src;
const packageDir = path.join(repoRoot, 'packages/walk-engine');

describe('worker pool, used from the built dist/ as a server would', () => {
  let dist: Engine;
  beforeAll(async () => {
    // build exactly as `pnpm --filter @carecircle/walk-engine build` does, so the worker file is emitted
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', path.join(packageDir, 'tsconfig.build.json')], { stdio: 'inherit' });
    dist = (await import(pathToFileURL(path.join(packageDir, 'dist/index.js')).href)) as Engine;
  }, 120_000);

  it('runs isochrones, nearest-facility and reach on workers sharing one graph', async () => {
    const graph = dist.buildGraphFromGeoJSON(readReference('monaco', 'network.geojson'));
    const facilities = readReference<{ features: PointFeature[] }>('monaco', 'facilities.geojson').features;
    const demand = readReference<{ features: PointFeature[] }>('monaco', 'demand.geojson').features.slice(0, 300);
    const truth = readReference<{ facility: string; inside: number[][] }[]>('monaco', 'isochrone-truth.json');
    const pool = dist.createEnginePool({ size: 2 });
    try {
      await pool.load(graph);
      const points = facilities.map((f) => f.geometry.coordinates as number[]);
      const bands = await pool.isochrones(points, [300, 900]);
      expect(bands).toHaveLength(points.length);
      expect(bands[0]!.map((b) => b.properties.threshold)).toEqual([300, 900]);
      const f1 = truth.find((t) => t.facility === 'F1')!;
      const held = f1.inside.filter(([x, y]) => inMultiPolygon(bands[0]![1]!.geometry.coordinates, x!, y!)).length;
      expect(held / f1.inside.length).toBeGreaterThanOrEqual(0.98);

      const near = await pool.nearest(
        points,
        demand.map((d) => d.geometry.coordinates as number[]),
      );
      demand.forEach((d, i) => {
        const expected = d.properties.nearest_m as number;
        expect(Math.abs(near.distance[i]! - expected)).toBeLessThanOrEqual(0.001 * expected + 0.5);
      });

      const reach = await pool.reach(points[0]!, 900);
      const f1reach = readReference<{ facility: string; reached: number[][] }[]>('monaco', 'reach.json')[0]!;
      expect(reach.nodeDist.length).toBe(f1reach.reached.length);
      expect(reach.lines.type).toBe('MultiLineString');

      await expect(pool.nearest(points, points, { graph: 'elsewhere' })).rejects.toThrow(/no graph loaded/);
    } finally {
      await pool.close();
    }
    await expect(pool.nearest([[7.42, 43.73]], [[7.42, 43.73]])).rejects.toThrow(/closed/);
  });

  it('solves a maximal covering location problem on a worker, as solveMclp does on the caller', async () => {
    const input = { demandWeights: [5, 3, 2, 7, 1], coverSets: [[0], [1, 2], [1], [3], [0, 4]], k: 2 };
    const pool = dist.createEnginePool({ size: 1 });
    try {
      const onWorker = await pool.mclp(input, { exact: 'always' });
      expect(onWorker).toEqual(await src.solveMclp(input, { exact: 'always' }));
      expect(onWorker.chosen).toEqual([3, 4]);
      await expect(pool.mclp({ ...input, k: 9 })).rejects.toThrow(/exceeds the 5 candidates/);
    } finally {
      await pool.close();
    }
  });

  // Regression: a worker that died left its calls waiting forever, and its slot dead.
  it.each(['throw', 'exit'] as const)(
    'replaces a worker that dies (%s) with one holding the loaded graph; the call it was running rejects',
    async (kind) => {
      const graph = dist.buildGraphFromGeoJSON(readReference('monaco', 'network.geojson'));
      const points = readReference<{ features: PointFeature[] }>('monaco', 'facilities.geojson').features.map(
        (f) => f.geometry.coordinates as number[],
      );
      const pool = dist.createEnginePool({ size: 1 });
      try {
        await pool.load(graph);
        const before = await pool.nearest(points.slice(0, 3), points);
        const crash = pool.simulateCrash(kind);
        // queued behind the crash on the same (only) worker: it never ran, so it rejects too
        const queued = pool.nearest(points.slice(0, 3), points);
        await Promise.all([
          expect(crash).rejects.toThrow(
            kind === 'throw' ? /engine worker 1 of 1 crashed \(simulated worker failure\)/ : /engine worker 1 of 1 exited \(code 70\)/,
          ),
          expect(queued).rejects.toThrow(/did not complete/),
        ]);
        // the replacement answers, on the graph loaded before the crash
        expect(await pool.nearest(points.slice(0, 3), points)).toEqual(before);
        expect((await pool.mclp({ demandWeights: [1, 2], coverSets: [[0], [1]], k: 1 })).chosen).toEqual([1]);
      } finally {
        await pool.close();
      }
    },
  );

  it('stops restarting a worker that dies more than five times a minute', async () => {
    const pool = dist.createEnginePool({ size: 1 });
    try {
      for (let i = 0; i < 6; i++) await expect(pool.simulateCrash('exit')).rejects.toThrow(/exited/);
      await expect(pool.mclp({ demandWeights: [1], coverSets: [[0]], k: 1 })).rejects.toThrow(/died too often/);
    } finally {
      await pool.close();
    }
  });

  it('round-trips a graph through SharedArrayBuffers', () => {
    const graph = src.buildGraphFromGeoJSON(readReference('chengdu', 'network.geojson'));
    const s = src.serializeGraph(graph);
    expect(s.arcWeight.buffer).toBeInstanceOf(SharedArrayBuffer);
    const back = src.deserializeGraph(s);
    const p = src.snap(back, 104.0982406, 30.6773479);
    expect(p).toEqual(src.snap(graph, 104.0982406, 30.6773479));
    expect(() => src.deserializeGraph({} as never)).toThrow(/not a serialised/);
  });

  it('refuses a silly size', () => {
    expect(() => src.createEnginePool({ size: 0 })).toThrow(/size/);
  });
});
