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
