import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { WALKING_PROFILES } from '@carecircle/domain';
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

      // The field of snapped sources answers points on the caller's thread, against the reference too.
      const snapped = points.map((p) => dist.snap(graph, p[0]!, p[1]!));
      const field = await pool.field(snapped);
      expect(field.dist.length).toBe(graph.nodeCount);
      const answers = dist.nearestFieldOf(field, snapped);
      demand.forEach((d, i) => {
        const expected = d.properties.nearest_m as number;
        const [lon, lat] = d.geometry.coordinates as number[];
        const r = dist.distanceAt(graph, answers, dist.snap(graph, lon!, lat!));
        expect(Math.abs(r.distance - expected)).toBeLessThanOrEqual(0.001 * expected + 0.5);
        expect(r.source).toBe(near.source[i]);
      });

      const reach = await pool.reach(points[0]!, 900);
      const f1reach = readReference<{ facility: string; reached: number[][] }[]>('monaco', 'reach.json')[0]!;
      expect(reach.nodeDist.length).toBe(f1reach.reached.length);
      expect(reach.lines.type).toBe('MultiLineString');

      // Points the caller snapped already give what the workers' own snapping gives; a forged one is refused.
      expect(await pool.isochrones(snapped, [300, 900])).toEqual(bands);
      expect(await pool.reach(snapped[0]!, 900)).toEqual(reach);
      await expect(pool.reach({ ...snapped[0]!, edge: graph.edgeCount }, 900)).rejects.toThrow(/not a point snapped/);
      await expect(pool.isochrones([{ ...snapped[0]!, offset: -1 }], [300])).rejects.toThrow(/not a point snapped/);

      await expect(pool.nearest(points, points, { graph: 'elsewhere' })).rejects.toThrow(/no graph loaded/);
    } finally {
      await pool.close();
    }
    await expect(pool.nearest([[7.42, 43.73]], [[7.42, 43.73]])).rejects.toThrow(/closed/);
    await expect(pool.field([])).rejects.toBeInstanceOf(dist.EnginePoolClosedError);
  });

  it('searches with loaded walking-profile costs on workers, either way, also after a worker is replaced', async () => {
    const graph = dist.generateLattice({ cols: 30, rows: 30, seed: 3 });
    // stairs on every seventh edge, a climb on every fifth
    const tags = Array.from({ length: graph.edgeCount }, (_, e) =>
      e % 7 === 0 ? { highway: 'steps' } : e % 5 === 0 ? { highway: 'residential', incline: '9%' } : { highway: 'residential' },
    );
    const elderly = dist.buildProfileCosts(graph, { tags }, WALKING_PROFILES.ELDERLY);
    const wheelchair = dist.buildProfileCosts(graph, { tags }, WALKING_PROFILES.WHEELCHAIR);
    const at = (v: number) => [graph.nodeLon[v]! + 1e-5, graph.nodeLat[v]!];
    const sources = [at(10), at(400)];
    const targets = Array.from({ length: 40 }, (_, i) => at(i * 20 + 5));
    const pool = dist.createEnginePool({ size: 1 });
    try {
      await pool.load(graph);
      await pool.loadCosts(elderly, 'ELDERLY');
      await pool.loadCosts(dist.serializeCosts(wheelchair), 'WHEELCHAIR');
      const snapped = sources.map((p) => dist.snap(graph, p[0]!, p[1]!, { costs: elderly }));
      const direct = dist.nearestFacility(graph, snapped, { costs: elderly });
      const out = await pool.nearest(sources, targets, { costs: 'ELDERLY' });
      const inbound = await pool.nearest(sources, targets, { costs: 'ELDERLY', direction: 'inbound' });
      const back = dist.nearestFacility(graph, snapped, { costs: dist.reverseCosts(graph, elderly) });
      targets.forEach((p, i) => {
        const t = dist.snap(graph, p[0]!, p[1]!, { costs: elderly });
        expect(out.distance[i]).toBeCloseTo(dist.distanceAt(graph, direct, t).distance, 6);
        expect(out.meters[i]).toBeCloseTo(dist.distanceAt(graph, direct, t).meters, 6);
        expect(inbound.distance[i]).toBeCloseTo(dist.distanceAt(graph, back, t).distance, 6);
        expect(out.meters[i]!).toBeLessThanOrEqual(out.distance[i]! * WALKING_PROFILES.ELDERLY.flatSpeed * (1 + 1e-6));
      });
      expect(inbound.distance).not.toEqual(out.distance);
      const reach = await pool.reach(sources[0]!, 600, { costs: 'WHEELCHAIR' });
      expect(reach.nodeMeters.length).toBe(reach.nodeDist.length);
      const bands = await pool.isochrones(sources, [300], { costs: 'WHEELCHAIR' });
      expect(bands[0]![0]!.properties.areaSqMeters).toBeGreaterThan(0);
      await expect(pool.nearest(sources, targets, { costs: 'NOPE' })).rejects.toThrow(/no costs "NOPE"/);
      await expect(pool.loadCosts(elderly, 'X', { graph: 'elsewhere' })).rejects.toThrow(/no graph loaded/);
      await expect(pool.simulateCrash('exit')).rejects.toThrow(/exited/);
      expect(await pool.nearest(sources, targets, { costs: 'ELDERLY' })).toEqual(out);
    } finally {
      await pool.close();
    }
  });

  it('searches a large field on both idle workers together, exactly as one search, with and without costs', async () => {
    const graph = dist.generateLattice({ cols: 262, rows: 262, seed: 6 });
    expect(graph.nodeCount).toBeGreaterThanOrEqual(65_536);
    const tags = Array.from({ length: graph.edgeCount }, (_, e) => (e % 9 === 0 ? { highway: 'steps' } : { highway: 'residential' }));
    const elderly = dist.buildProfileCosts(graph, { tags }, WALKING_PROFILES.ELDERLY);
    const rand = dist.mulberry32(2);
    const sources = Array.from({ length: 40 }, () => {
      const v = Math.floor(rand() * graph.nodeCount);
      return dist.snap(graph, graph.nodeLon[v]! + 2e-5, graph.nodeLat[v]!);
    });
    const pool = dist.createEnginePool({ size: 2 });
    try {
      await pool.load(graph);
      await pool.loadCosts(elderly, 'ELDERLY');
      for (const costs of [null, elderly]) {
        const one = dist.nearestFacility(graph, sources, { costs, cutoff: costs ? 1200 : 5000 });
        const both = await pool.field(sources, { cutoff: one.cutoff, ...(costs ? { costs: 'ELDERLY' } : {}) });
        expect(both.dist).toEqual(one.dist);
        expect(both.source).toEqual(one.source);
        expect(both.meters).toEqual(one.meters);
        if (!costs) expect(both.meters).toBe(both.dist);
      }
      // Fields one after another: each on the shared memory the last one's merge cleared, into
      // answer memory a worker allocated while it waited; an answer once given does not change.
      const first = await pool.field(sources);
      const firstDist = Float64Array.from(first.dist);
      for (const others of [sources.slice(0, 25).reverse(), sources.slice(10), sources]) {
        const next = await pool.field(others);
        expect(next.dist.buffer).not.toBe(first.dist.buffer);
        const truth = dist.nearestFacility(graph, others);
        expect(next.dist).toEqual(truth.dist);
        expect(next.source).toEqual(truth.source);
      }
      expect(first.dist).toEqual(firstDist);
      // One worker taken: the field is searched on the other, alone, with the same answer.
      const busy = pool.reach(sources[0]!, 3000);
      const alone = await pool.field(sources);
      expect(alone.source).toEqual(dist.nearestFacility(graph, sources).source);
      await busy;
      // Cancelled while both search: the next field still comes out right (on new shared memory).
      const stop = new AbortController();
      const cancelled = pool.field(sources, { signal: stop.signal });
      stop.abort();
      await expect(cancelled).rejects.toThrow();
      expect((await pool.field(sources)).source).toEqual(alone.source);
      // A graph or costs loaded again under the same name (a new network revision of the same
      // size, say): the next field is searched on the new arcs, not on the shared memory holding the old ones.
      const wider = dist.generateLattice({ cols: 262, rows: 262, seed: 6, spacingMeters: 95 });
      expect(wider.arcTarget).toEqual(graph.arcTarget);
      await pool.load(wider);
      const onWider = await pool.field(sources);
      expect(onWider.dist).toEqual(dist.nearestFacility(wider, sources).dist);
      const steeper = dist.buildProfileCosts(wider, { tags }, WALKING_PROFILES.WHEELCHAIR);
      for (const costs of [dist.buildProfileCosts(wider, { tags }, WALKING_PROFILES.ELDERLY), steeper]) {
        await pool.loadCosts(costs, 'ELDERLY');
        const field = await pool.field(sources, { costs: 'ELDERLY', cutoff: 1200 });
        expect(field.dist).toEqual(dist.nearestFacility(wider, sources, { costs, cutoff: 1200 }).dist);
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('snaps batches on the workers exactly as snapWithin does on the caller, with and without costs', async () => {
    const graph = dist.generateLattice({ cols: 40, rows: 40, seed: 5 });
    const tags = Array.from({ length: graph.edgeCount }, (_, e) => (e % 3 === 0 ? { highway: 'steps' } : { highway: 'residential' }));
    const wheelchair = dist.buildProfileCosts(graph, { tags }, WALKING_PROFILES.WHEELCHAIR);
    const [x0, y0, x1, y1] = [
      Math.min(...graph.nodeLon),
      Math.min(...graph.nodeLat),
      Math.max(...graph.nodeLon),
      Math.max(...graph.nodeLat),
    ];
    const rand = dist.mulberry32(9);
    // 1,500 points over the lattice and a margin around it (some beyond the limit): three parts on two workers
    const points = Array.from({ length: 1500 }, () => [x0 - 0.01 + rand() * (x1 - x0 + 0.02), y0 - 0.01 + rand() * (y1 - y0 + 0.02)]);
    const flat = Float64Array.from(points.flat());
    const pool = dist.createEnginePool({ size: 2 });
    try {
      await pool.load(graph);
      await pool.loadCosts(wheelchair, 'WHEELCHAIR');
      const plain = await pool.snapWithin(flat, 300, { snap: { minComponentNodes: 10 } });
      const chair = await pool.snapWithin(flat, 300, { snap: { minComponentNodes: 10 }, costs: 'WHEELCHAIR' });
      expect(plain).toHaveLength(points.length);
      expect(plain).toEqual(points.map(([lon, lat]) => dist.snapWithin(graph, lon!, lat!, 300, { minComponentNodes: 10 })));
      expect(chair).toEqual(
        points.map(([lon, lat]) => dist.snapWithin(graph, lon!, lat!, 300, { minComponentNodes: 10, costs: wheelchair })),
      );
      expect(plain.filter((s) => s === null).length).toBeGreaterThan(0);
      expect(chair.filter((s, i) => s && s.edge !== plain[i]?.edge).length).toBeGreaterThan(0);
      await expect(pool.snapWithin(flat, 300, { costs: 'NOPE' })).rejects.toThrow(/no costs "NOPE"/);
    } finally {
      await pool.close();
    }
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

  // Regression: a client that gave up left its isochrones running on the workers for minutes.
  it('stops a cancelled call: dropped while queued, its worker terminated and replaced while running', async () => {
    const graph = dist.buildGraphFromGeoJSON(readReference('monaco', 'network.geojson'));
    const points = readReference<{ features: PointFeature[] }>('monaco', 'facilities.geojson').features.map(
      (f) => f.geometry.coordinates as number[],
    );
    const pool = dist.createEnginePool({ size: 1 });
    try {
      await pool.load(graph);
      const before = await pool.nearest(points.slice(0, 3), points);
      const running = new AbortController();
      const queued = new AbortController();
      const spin = pool.simulateCrash('spin', { signal: running.signal });
      const dropped = pool.nearest(points.slice(0, 3), points, { signal: queued.signal });
      const behind = pool.nearest(points.slice(0, 3), points);
      await new Promise((r) => setTimeout(r, 50));
      expect(pool.stats()).toMatchObject({ busy: 1, queued: 2, cancelled: 0 });
      queued.abort(new Error('client went away'));
      await expect(dropped).rejects.toThrow('client went away');
      expect(pool.stats()).toMatchObject({ busy: 1, queued: 1, cancelled: 1 });
      const t0 = performance.now();
      running.abort(new Error('stopped'));
      await expect(spin).rejects.toThrow('stopped');
      // the call queued behind the cancelled one runs on the replacement, with the graph
      expect(await behind).toEqual(before);
      expect(performance.now() - t0).toBeLessThan(5000);
      expect(pool.stats()).toMatchObject({ busy: 0, queued: 0, cancelled: 2, terminated: 1, restarted: 0 });
      // an already aborted signal never reaches a worker
      await expect(pool.nearest(points, points, { signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow('too late');
      expect(pool.stats().cancelled).toBe(3);
    } finally {
      await pool.close();
    }
  });

  it('builds a graph, cover sets and point zones on a worker, as the functions do on the caller', async () => {
    const network = readReference<{ features: { geometry: unknown }[] }>('monaco', 'network.geojson');
    const local = dist.buildGraphFromGeoJSON(network as never);
    const demand = readReference<{ features: PointFeature[] }>('monaco', 'demand.geojson').features.slice(0, 40);
    const pool = dist.createEnginePool({ size: 1 });
    try {
      const built = await pool.buildGraph(network.features.map((f) => JSON.stringify(f.geometry)));
      expect(built.nodeCount).toBe(local.nodeCount);
      expect(Array.from(built.edgeLength)).toEqual(Array.from(local.edgeLength));
      expect(built.nodeLon.buffer).toBeInstanceOf(SharedArrayBuffer);
      await pool.load(built);
      const pts = demand.map((d) => d.geometry.coordinates as number[]);
      const weights = pts.map((_, i) => i + 1);
      const onWorker = await pool.coverSets(pts, weights, 300, { maxCandidates: 50 });
      const here = dist.coverSets(
        local,
        pts.map((p) => dist.snap(local, p[0]!, p[1]!)),
        weights,
        300,
        null,
        50,
      );
      expect(onWorker).toEqual(here);
      expect(here.offsets.length - 1).toBe(50);
      const solved = await pool.coverSets(pts, weights, 300, { maxCandidates: 50, solve: { k: 3, options: { exact: 'never' } } });
      const sets = Array.from({ length: 50 }, (_, c) => Array.from(here.members.subarray(here.offsets[c]!, here.offsets[c + 1]!)));
      expect(solved.solution).toEqual(await src.solveMclp({ demandWeights: weights, coverSets: sets, k: 3 }, { exact: 'never' }));
      // each demand point covers the candidate nearest to it: a node it reaches
      const reach = dist.reachWithin(local, dist.snap(local, pts[0]![0]!, pts[0]![1]!), 300);
      const reached = new Set(Array.from(reach.nodes, (v) => `${local.nodeLon[v]},${local.nodeLat[v]}`));
      for (let c = 0; c < here.offsets.length - 1; c++) {
        const members = Array.from(here.members.subarray(here.offsets[c]!, here.offsets[c + 1]!));
        expect(members.includes(0)).toBe(reached.has(`${here.candidateLonLat[2 * c]},${here.candidateLonLat[2 * c + 1]}`));
      }
      const zones = await pool.zones(pts, 200, 50);
      expect(zones).toEqual(dist.pointZones(pts, 200, 50));
      expect(zones.groups.flat().sort((a, b) => a - b)).toEqual(pts.map((_, i) => i));
      for (const [g, members] of zones.groups.entries()) {
        for (const j of members) expect(inMultiPolygon([zones.outlines[g]!.coordinates], pts[j]![0]!, pts[j]![1]!)).toBe(true);
      }
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
