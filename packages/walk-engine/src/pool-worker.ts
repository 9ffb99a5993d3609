import { parentPort } from 'node:worker_threads';
import type { WalkGraph } from './graph.js';
import { deserializeCosts, deserializeGraph, serializeGraph } from './serialize.js';
import { reverseCosts, type WalkCosts } from './costs.js';
import { buildGraphFromGeoJSON } from './geojson-import.js';
import { coverSets } from './cover-sets.js';
import { pointZones } from './zones.js';
import { snap, snapWithin, type SnapOptions, type SnappedPoint } from './snap.js';
import { isochrones } from './isochrone.js';
import { distanceAt, nearestFacility, nearestFacilityPart } from './nearest.js';
import { updateField } from './field-update.js';
import { reachLines, reachWithin } from './reach.js';
import { SNAP_STRIDE, type CostChoice, type PoolFieldPart, type PoolPlace, type PoolRequest, type PoolResponse } from './pool-protocol.js';
import { createFieldOut, touchFieldOut, type FieldOut } from './search.js';
import type { MclpResult } from './mclp.js';

/** Worker side of the engine pool: holds deserialised graphs and answers requests. */
const graphs = new Map<string, WalkGraph>();

/** Costs loaded per graph name, by costs name. */
const costSets = new Map<string, Map<string, WalkCosts>>();

function graphNamed(name: string): WalkGraph {
  const g = graphs.get(name);
  if (!g) throw new Error(`no graph loaded under the name "${name}"`);
  return g;
}

/** The costs a call chose (swapped for walking towards its points), or `null` for metres. */
function costsFor(graphName: string, choice: CostChoice | null): WalkCosts | null {
  if (!choice) return null;
  const c = costSets.get(graphName)?.get(choice.name);
  if (!c) throw new Error(`no costs "${choice.name}" loaded for graph "${graphName}"`);
  return choice.direction === 'inbound' ? reverseCosts(graphNamed(graphName), c) : c;
}

/** HiGHS (WASM) is loaded on a worker's first solve only, so workers that never solve stay small. */
async function solveMclp(input: Extract<PoolRequest, { op: 'mclp' }>): Promise<MclpResult> {
  const mclp = await import('./mclp.js');
  return mclp.solveMclp(input.input, input.options);
}

/** A call's answer, and work to do once it is sent (`afterSent`). */
type Handled = { result: unknown; transfer: ArrayBuffer[]; afterSent?: () => void };

/** A call's point on the graph: snapped here from `[lon, lat]`, or as the caller snapped it (checked). */
function placed(g: WalkGraph, p: PoolPlace, options: SnapOptions): SnappedPoint {
  if (Array.isArray(p) || ArrayBuffer.isView(p)) return snap(g, (p as number[])[0]!, (p as number[])[1]!, options);
  const { edge, offset } = p as SnappedPoint;
  if (!Number.isInteger(edge) || edge < 0 || edge >= g.edgeCount || !(offset >= 0 && offset <= g.edgeLength[edge]! + 1e-9)) {
    throw new RangeError(`not a point snapped to this graph (edge ${edge}, offset ${offset})`);
  }
  return p as SnappedPoint;
}

async function handle(msg: PoolRequest): Promise<Handled> {
  switch (msg.op) {
    case 'load':
      graphs.set(msg.name, deserializeGraph(msg.graph));
      costSets.delete(msg.name);
      return { result: true, transfer: [] };
    case 'unload':
      costSets.delete(msg.name);
      return { result: graphs.delete(msg.name), transfer: [] };
    case 'loadCosts': {
      const costs = deserializeCosts(msg.costs, graphNamed(msg.name));
      let byName = costSets.get(msg.name);
      if (!byName) costSets.set(msg.name, (byName = new Map()));
      byName.set(msg.costsName, costs);
      return { result: true, transfer: [] };
    }
    case 'unloadCosts':
      return { result: costSets.get(msg.name)?.delete(msg.costsName) ?? false, transfer: [] };
    case 'isochrones': {
      const g = graphNamed(msg.name);
      const costs = costsFor(msg.name, msg.costs);
      const result = msg.points.map((p) => isochrones(g, placed(g, p, { ...msg.snap, costs }), msg.thresholds, { ...msg.options, costs }));
      return { result, transfer: [] };
    }
    case 'nearest': {
      const g = graphNamed(msg.name);
      const costs = costsFor(msg.name, msg.costs);
      const snapOptions = { ...msg.snap, costs };
      const res = nearestFacility(
        g,
        msg.sources.map((p) => snap(g, p[0]!, p[1]!, snapOptions)),
        { cutoff: msg.cutoff, costs },
      );
      const distance = new Float64Array(msg.targets.length);
      const source = new Int32Array(msg.targets.length);
      const meters = new Float64Array(msg.targets.length);
      msg.targets.forEach((p, i) => {
        const r = distanceAt(g, res, snap(g, p[0]!, p[1]!, snapOptions));
        distance[i] = r.distance;
        source[i] = r.source;
        meters[i] = r.meters;
      });
      return { result: { distance, source, meters }, transfer: [distance.buffer, source.buffer, meters.buffer] };
    }
    case 'field': {
      // Sources come snapped by the caller (one snap policy, in one place); the field goes back
      // whole, so the caller answers any number of points from it without another search.
      const res = nearestFacility(graphNamed(msg.name), msg.sources, { cutoff: msg.cutoff, costs: costsFor(msg.name, msg.costs) });
      const transfer = [res.dist.buffer as ArrayBuffer, res.source.buffer as ArrayBuffer];
      if (res.meters !== res.dist) transfer.push(res.meters.buffer as ArrayBuffer);
      return { result: { dist: res.dist, source: res.source, meters: res.meters }, transfer };
    }
    case 'fieldPart': {
      // Both parts merge half the nodes each into the caller's shared arrays: the answer is there.
      // The part that finishes first, while it waits for the other, allocates the next field's
      // answer memory, so the caller need not; once this answer is sent, it writes that memory's
      // pages once (fresh memory takes a page fault at each page's first write: about 1.5 ms per
      // 577,600 nodes in the next merge otherwise).
      let spare: FieldOut | null = null;
      const res = nearestFacilityPart(graphNamed(msg.name), msg.sources, msg.part, msg.parts, {
        cutoff: msg.cutoff,
        costs: costsFor(msg.name, msg.costs),
        out: msg.out,
        whileWaiting: () => (spare = createFieldOut(msg.out.dist.length, !!msg.out.meters)),
      });
      const next = spare as FieldOut | null;
      return {
        result: { merged: res !== null, spare: next } satisfies PoolFieldPart,
        transfer: [],
        afterSent: next ? () => touchFieldOut(next) : undefined,
      };
    }
    case 'fieldUpdate': {
      const g = graphNamed(msg.name);
      const r = updateField(g, { dist: msg.dist, source: msg.source }, msg.removed, msg.added, msg.addedLabels);
      return {
        result: { dist: r.dist, source: r.source, meters: r.dist, touched: r.touched },
        transfer: [r.dist.buffer as ArrayBuffer, r.source.buffer as ArrayBuffer],
      };
    }
    case 'snapWithin': {
      const g = graphNamed(msg.name);
      const options = { ...msg.snap, costs: costsFor(msg.name, msg.costs) };
      const n = msg.points.length >> 1;
      const out = new Float64Array(n * SNAP_STRIDE);
      for (let i = 0; i < n; i++) {
        const s = snapWithin(g, msg.points[2 * i]!, msg.points[2 * i + 1]!, msg.maxMeters, options);
        const o = i * SNAP_STRIDE;
        if (!s) out[o] = -1;
        else {
          out[o] = s.edge;
          out[o + 1] = s.offset;
          out[o + 2] = s.fraction;
          out[o + 3] = s.lon;
          out[o + 4] = s.lat;
          out[o + 5] = s.snapMeters;
        }
      }
      return { result: out, transfer: [out.buffer] };
    }
    case 'reach': {
      const g = graphNamed(msg.name);
      const costs = costsFor(msg.name, msg.costs);
      const r = reachWithin(g, placed(g, msg.point, { ...msg.snap, costs }), msg.maxMeters, { costs });
      const lonLat = new Float64Array(r.nodes.length * 2);
      r.nodes.forEach((v, i) => {
        lonLat[2 * i] = g.nodeLon[v]!;
        lonLat[2 * i + 1] = g.nodeLat[v]!;
      });
      return {
        result: { nodeLonLat: lonLat, nodeDist: r.nodeDist, nodeMeters: r.nodeMeters, lines: reachLines(g, r) },
        transfer: [lonLat.buffer, r.nodeDist.buffer as ArrayBuffer, r.nodeMeters.buffer as ArrayBuffer],
      };
    }
    case 'mclp':
      return solveMclp(msg).then((result) => ({ result, transfer: [] }));
    case 'build': {
      const graph = buildGraphFromGeoJSON({
        type: 'FeatureCollection',
        features: msg.lines.map((g) => ({ type: 'Feature', properties: {}, geometry: JSON.parse(g) })),
      });
      // On SharedArrayBuffers: the caller and the other workers share the arrays, no copy.
      return { result: serializeGraph(graph), transfer: [] };
    }
    case 'coverSets': {
      const g = graphNamed(msg.name);
      const costs = costsFor(msg.name, msg.costs);
      const at = (p: number[]) => snap(g, p[0]!, p[1]!, { ...msg.snap, costs });
      const r = coverSets(g, msg.demands.map(at), msg.weights, msg.maxMeters, msg.candidates?.map(at) ?? null, msg.maxCandidates, costs);
      const transfer = [r.candidateLonLat.buffer, r.offsets.buffer, r.members.buffer] as ArrayBuffer[];
      const count = r.offsets.length - 1;
      if (!msg.solve || !count) return { result: r, transfer };
      // Solved here too, so the sets never cross to the caller's thread and back.
      const sets = Array.from({ length: count }, (_, c) => r.members.subarray(r.offsets[c]!, r.offsets[c + 1]!));
      const mclp = await import('./mclp.js');
      const solution = await mclp.solveMclp(
        { demandWeights: msg.weights, coverSets: sets, k: Math.min(msg.solve.k, count) },
        msg.solve.options,
      );
      return { result: { ...r, solution }, transfer };
    }
    case 'zones':
      return { result: pointZones(msg.points, msg.linkMeters, msg.radiusMeters), transfer: [] };
    case 'fault':
      // Outside the request's try/catch, as a real failure would be: the pool must notice the
      // dead thread by itself.
      if (msg.kind === 'exit') process.exit(70);
      // A search that runs for ever: only terminating the thread stops it.
      if (msg.kind === 'spin') for (;;);
      process.nextTick(() => {
        throw new Error('simulated worker failure');
      });
      return new Promise<never>(() => {});
    default:
      throw new Error(`unknown operation ${(msg as { op: string }).op}`);
  }
}

parentPort!.on('message', async (msg: PoolRequest) => {
  let response: PoolResponse;
  let transfer: ArrayBuffer[] = [];
  let afterSent: (() => void) | undefined;
  try {
    const out = await handle(msg);
    response = { id: msg.id, ok: true, result: out.result };
    transfer = out.transfer;
    afterSent = out.afterSent;
  } catch (err) {
    response = { id: msg.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  try {
    parentPort!.postMessage(response, transfer);
  } catch (err) {
    // An answer that cannot be sent (not cloneable) fails its call, not the worker.
    parentPort!.postMessage({ id: msg.id, ok: false, error: `answer not sendable: ${(err as Error).message}` } satisfies PoolResponse);
  }
  afterSent?.();
});
