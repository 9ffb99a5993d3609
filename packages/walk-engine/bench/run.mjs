// Benchmark of @carecircle/walk-engine (built dist/). Run from the repository root: `pnpm bench`.
// Compares, on the two reference networks and a generated city-sized lattice, the engine's
// multi-source nearest-facility search with a plain array-of-arrays Dijkstra (binary heap)
// written here as the baseline, times isochrones (single thread and through the worker pool),
// and, when a PostgreSQL with pgRouting is reachable, pgr_drivingDistance on the same graph.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WALKING_PROFILES } from '@carecircle/domain';
import {
  buildGraphFromGeoJSON,
  buildProfileCosts,
  sampleEdgeElevation,
  createEnginePool,
  generateLattice,
  isochrones,
  greedyMclp,
  mulberry32,
  nearestFacility,
  reachWithin,
  snap,
  solveMclp,
} from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const referenceDir = path.resolve(here, '../../..', '../shared/reference');
const FACILITIES = 200;
const started = performance.now();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const fmt = (x, d = 1) => (x === undefined ? '—' : x.toFixed(d));
/** `BENCH_QUICK=1`: searches only (no isochrones, pool or MCLP), for a quick look at the search figures. */
const QUICK = process.env.BENCH_QUICK === '1';

/**
 * Runs `f` `reps` times (after `warm` unmeasured runs); medians of wall time and of this thread's
 * CPU time (user + system), which leaves out the time a loaded machine makes the process wait.
 */
function timed(f, reps, warm = 3) {
  let result;
  for (let i = 0; i < warm; i++) result = f();
  const wall = [],
    cpu = [];
  for (let i = 0; i < reps; i++) {
    globalThis.gc?.();
    const c0 = process.cpuUsage();
    const t = performance.now();
    result = f();
    wall.push(performance.now() - t);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu), result };
}

/** Plain baseline: adjacency as arrays of [to, weight] arrays, binary heap of [dist, node, source]. */
function baselineNearest(adj, seeds) {
  const n = adj.length;
  const dist = new Array(n).fill(Infinity);
  const src = new Array(n).fill(-1);
  const heap = [];
  const push = (item) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p][0] <= heap[i][0]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  for (const [node, d, s] of seeds) {
    if (d < dist[node]) {
      dist[node] = d;
      src[node] = s;
      push([d, node, s]);
    }
  }
  while (heap.length) {
    const [d, v, s] = pop();
    if (d > dist[v]) continue;
    for (const [u, w] of adj[v]) {
      const nd = d + w;
      if (nd < dist[u]) {
        dist[u] = nd;
        src[u] = s;
        push([nd, u, s]);
      }
    }
  }
  return { dist, src };
}

/**
 * Walking-profile inputs for a network without them: stairs on 6% of edges, wheelchair=no on 3%,
 * and rolling terrain (±40 m hills about 1.5 km apart, as in a hilly city) sampled every 10 m.
 */
function syntheticAttributes(graph) {
  const rand = mulberry32(3);
  const tags = Array.from({ length: graph.edgeCount }, () => {
    const r = rand();
    return r < 0.06 ? { highway: 'steps' } : r < 0.09 ? { highway: 'footway', wheelchair: 'no' } : { highway: 'residential' };
  });
  const { lon0, lat0, kx, ky } = graph.projection;
  const elevation = sampleEdgeElevation(
    graph,
    (lon, lat) => 300 + 40 * Math.sin(((lon - lon0) * kx) / 700) * Math.cos(((lat - lat0) * ky) / 900),
  );
  return { tags, elevation };
}

function pickFacilities(graph, count, seed, fixed = []) {
  const rand = mulberry32(seed);
  const pts = fixed.slice(0, count);
  while (pts.length < count) {
    const v = Math.floor(rand() * graph.nodeCount);
    if (graph.componentOf[v] !== 0) continue;
    pts.push([graph.nodeLon[v], graph.nodeLat[v]]);
  }
  return pts;
}

async function connectPg() {
  const url = process.env.PGROUTING_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let pg;
  try {
    pg = (await import('pg')).default;
  } catch {
    return { skip: 'the pg client is not installed' };
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE');
    await client.query("SET statement_timeout = '60s'");
    return { client };
  } catch (err) {
    try {
      await client.end();
    } catch {
      // A client that never connected may refuse to end: the benchmark goes on without pgRouting either way.
    }
    return { skip: `no PostgreSQL with pgRouting at ${url.replace(/:[^:@/]*@/, ':***@')} (${err.message})` };
  }
}

/** Times pgr_drivingDistance on the same edges, loaded into a session-private temporary table. */
async function pgTimes(client, graph, sourceNodes) {
  await client.query('DROP TABLE IF EXISTS pg_temp.walk_edges');
  await client.query('CREATE TEMP TABLE walk_edges (id int, source int, target int, cost float8, reverse_cost float8)');
  const m = graph.edgeCount;
  const chunk = 200_000;
  for (let s = 0; s < m; s += chunk) {
    const e = Math.min(m, s + chunk);
    const ids = [],
      from = [],
      to = [],
      cost = [];
    for (let i = s; i < e; i++) {
      ids.push(i + 1);
      from.push(graph.edgeFrom[i] + 1);
      to.push(graph.edgeTo[i] + 1);
      cost.push(graph.edgeLength[i]);
    }
    await client.query(
      'INSERT INTO walk_edges SELECT a, b, c, d, d FROM unnest($1::int[], $2::int[], $3::int[], $4::float8[]) AS t(a, b, c, d)',
      [ids, from, to, cost],
    );
  }
  const sql = 'SELECT id, source, target, cost, reverse_cost FROM walk_edges';
  const one = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await client.query('SELECT count(*) FROM pgr_drivingDistance($1, $2::bigint, 900, false)', [sql, sourceNodes[i] + 1]);
    one.push(performance.now() - t);
  }
  const t = performance.now();
  await client.query('SELECT count(*) FROM pgr_drivingDistance($1, $2::bigint[], 900, false, equicost => true)', [
    sql,
    sourceNodes.map((v) => v + 1),
  ]);
  const multi = performance.now() - t;
  await client.query('DROP TABLE IF EXISTS pg_temp.walk_edges');
  return { one: median(one), multi };
}

async function benchNetwork(name, makeGraph, fixedFacilities, pgConn) {
  const t0 = performance.now();
  const graph = makeGraph();
  const buildMs = performance.now() - t0;
  const points = pickFacilities(graph, FACILITIES, 7, fixedFacilities);
  const sources = points.map(([lon, lat]) => snap(graph, lon, lat));

  // ours: multi-source nearest facility
  const ours = timed(() => nearestFacility(graph, sources), 9);
  const res = ours.result;

  // the same search per walking profile (seconds per arc; synthetic stairs, closed ways, terrain)
  const attrs = syntheticAttributes(graph);
  const profileMs = {};
  for (const [pname, profile] of Object.entries(WALKING_PROFILES)) {
    const costs = buildProfileCosts(graph, attrs, profile);
    profileMs[pname] = timed(() => nearestFacility(graph, sources, { costs }), 9).wall;
  }

  // baseline: arrays of arrays + binary heap, same seeds
  let adj = Array.from({ length: graph.nodeCount }, () => []);
  for (let e = 0; e < graph.edgeCount; e++) {
    adj[graph.edgeFrom[e]].push([graph.edgeTo[e], graph.edgeLength[e]]);
    adj[graph.edgeTo[e]].push([graph.edgeFrom[e], graph.edgeLength[e]]);
  }
  const seeds = sources.flatMap((s, i) => [
    [graph.edgeFrom[s.edge], s.offset, i],
    [graph.edgeTo[s.edge], graph.edgeLength[s.edge] - s.offset, i],
  ]);
  const base = timed(() => baselineNearest(adj, seeds), 3, 1);
  // The baseline's millions of small arrays go before the pool is timed: collecting them runs
  // concurrently with what comes next and would slow the searches timed there.
  adj = null;
  const bres = base.result;
  base.result = null;
  // the engine sums Float32 arc weights, the baseline Float64 edge lengths: allow 1 mm
  let disagree = 0,
    maxDiff = 0;
  for (let v = 0; v < graph.nodeCount; v++) {
    const a = res.dist[v],
      b = bres.dist[v];
    if (a === Infinity || b === Infinity) {
      if (a !== b) disagree++;
      continue;
    }
    const d = Math.abs(a - b);
    if (d > maxDiff) maxDiff = d;
    if (d > 1e-3) disagree++;
  }

  // the same field through a pool of two workers (on a large graph both search it, each from half
  // the sources), timed alternately with the one-thread search so that both meet the same machine
  let fieldMs, fieldShare;
  {
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the collector's background sweeping end
    const pool = createEnginePool({ size: 2 });
    await pool.load(graph);
    let f;
    for (let i = 0; i < 10; i++) f = await pool.field(sources);
    const runs = [],
      shares = [];
    for (let i = 0; i < 15; i++) {
      globalThis.gc?.();
      let t = performance.now();
      f = await pool.field(sources);
      const ms = performance.now() - t;
      globalThis.gc?.();
      t = performance.now();
      nearestFacility(graph, sources);
      runs.push(ms);
      shares.push(ms / (performance.now() - t));
    }
    fieldMs = median(runs);
    fieldShare = median(shares);
    for (let v = 0; v < graph.nodeCount; v++) {
      if (f.dist[v] !== res.dist[v] || f.source[v] !== res.source[v])
        throw new Error(`pool field differs from nearestFacility at node ${v}`);
    }
    await pool.close();
  }

  function finishRow(extra = {}) {
    const row = {
      name,
      nodes: graph.nodeCount,
      edges: graph.edgeCount,
      buildMs,
      oursMs: ours.wall,
      oursCpu: ours.cpu,
      baseMs: base.wall,
      baseCpu: base.cpu,
      fieldMs,
      fieldShare,
      profileMs,
      disagree,
      ...extra,
    };
    console.log(
      `  ${name}: ${row.nodes} nodes, ${row.edges} edges, built in ${fmt(buildMs, 0)} ms; ours ${fmt(row.oursMs)} ms (CPU ${fmt(row.oursCpu)} ms), on 2 workers ${fmt(row.fieldMs)} ms (${fmt(row.fieldShare, 2)} of one thread's time, alternating), vs baseline ${fmt(row.baseMs)} ms (CPU ${fmt(row.baseCpu)} ms) (${disagree ? `${disagree} nodes DISAGREE` : `same distances, max difference ${fmt(maxDiff * 1000, 3)} mm`})`,
    );
    return row;
  }

  // isochrones 900 m, one per facility, single thread
  if (QUICK) return finishRow();
  for (let i = 0; i < 20; i++) isochrones(graph, sources[i], [900]);
  const iso = [];
  for (const s of sources) {
    const t = performance.now();
    isochrones(graph, s, [900]);
    iso.push(performance.now() - t);
  }

  // all isochrones (300/600/900) for every facility through the pool
  const pool = createEnginePool({ size: 2 });
  let tl = performance.now();
  await pool.load(graph);
  const poolLoad = performance.now() - tl;
  await pool.isochrones(points, [300, 600, 900]); // warm-up (JIT in each worker)
  const poolRuns = [];
  for (let i = 0; i < 3; i++) {
    tl = performance.now();
    await pool.isochrones(points, [300, 600, 900]);
    poolRuns.push(performance.now() - tl);
  }
  const poolAll = median(poolRuns);
  await pool.close();

  let pgOne, pgMulti;
  if (pgConn.client) {
    const nodes = sources.map((s) => graph.edgeFrom[s.edge]);
    try {
      ({ one: pgOne, multi: pgMulti } = await pgTimes(pgConn.client, graph, nodes));
    } catch (err) {
      console.log(`  pgRouting on ${name} failed: ${err.message}`);
    }
  }
  return finishRow({ isoP50: pct(iso, 0.5), isoP99: pct(iso, 0.99), poolLoad, poolAll, pgOne, pgMulti });
}

const pgConn = await connectPg();
console.log(`walk-engine bench (node ${process.version}, ${FACILITIES} facilities per network)`);
const rows = [];
for (const name of ['chengdu', 'monaco']) {
  const fc = JSON.parse(readFileSync(path.join(referenceDir, name, 'network.geojson'), 'utf8'));
  const fac = JSON.parse(readFileSync(path.join(referenceDir, name, 'facilities.geojson'), 'utf8')).features.map(
    (f) => f.geometry.coordinates,
  );
  rows.push(await benchNetwork(name, () => buildGraphFromGeoJSON(fc), fac, pgConn));
}
rows.push(await benchNetwork('lattice', () => generateLattice({ cols: 760, rows: 760 }), [], pgConn));
if (pgConn.client) await pgConn.client.end();

const header = [
  'network',
  'nodes',
  'edges',
  'nearest ms',
  'baseline ms',
  'speed-up (CPU)',
  'field on 2 workers ms',
  '2 workers / 1 thread',
  'speed-up',
  'STANDARD / ELDERLY / WHEELCHAIR ms',
  'iso900 p50',
  'iso900 p99',
  `pool ${FACILITIES}×3 bands ms`,
  'pgr 1×900m ms',
  `pgr ${FACILITIES}×900m ms`,
];
const table = rows.map((r) => [
  r.name,
  String(r.nodes),
  String(r.edges),
  fmt(r.oursMs),
  fmt(r.baseMs),
  `${fmt(r.baseMs / r.oursMs)}× (${fmt(r.baseCpu / r.oursCpu)}×)`,
  fmt(r.fieldMs),
  fmt(r.fieldShare, 2),
  `${fmt(r.baseMs / r.fieldMs)}×`,
  `${fmt(r.profileMs.STANDARD)} / ${fmt(r.profileMs.ELDERLY)} / ${fmt(r.profileMs.WHEELCHAIR)}`,
  fmt(r.isoP50, 2),
  fmt(r.isoP99, 2),
  fmt(r.poolAll, 0),
  pgConn.client ? fmt(r.pgOne, 0) : 'skipped',
  pgConn.client ? fmt(r.pgMulti, 0) : 'skipped',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
console.log();
console.log(line(header));
for (const r of table) console.log(line(r));
if (!pgConn.client) console.log(`\npgRouting columns skipped: ${pgConn.skip}`);
// MCLP: k = 20 new sites over 10,000 demand points and 5,000 candidate nodes on a city-sized lattice.
if (!QUICK) {
  const graph = generateLattice({ cols: 300, rows: 300 });
  const rand = mulberry32(7);
  const DEMANDS = 10_000,
    CANDIDATES = 5_000,
    K = 20;
  const candidateOf = new Int32Array(graph.nodeCount).fill(-1);
  for (let c = 0; c < CANDIDATES;) {
    const v = Math.floor(rand() * graph.nodeCount);
    if (candidateOf[v] === -1 && graph.componentOf[v] === 0) candidateOf[v] = c++;
  }
  const lonMin = Math.min(...graph.nodeLon),
    lonSpan = Math.max(...graph.nodeLon) - lonMin;
  const latMin = Math.min(...graph.nodeLat),
    latSpan = Math.max(...graph.nodeLat) - latMin;
  const coverSets = Array.from({ length: CANDIDATES }, () => []);
  const weights = [];
  let t = performance.now();
  for (let i = 0; i < DEMANDS; i++) {
    const p = snap(graph, lonMin + rand() * lonSpan, latMin + rand() * latSpan);
    weights.push(1 + Math.floor(rand() * 200));
    for (const v of reachWithin(graph, p, 900).nodes) if (candidateOf[v] >= 0) coverSets[candidateOf[v]].push(i);
  }
  const coverMs = performance.now() - t;
  const input = { demandWeights: weights, coverSets, k: K };
  /** Reference: plain greedy that re-evaluates every candidate's gain at every step. */
  const plainGreedy = () => {
    const covered = new Uint8Array(DEMANDS);
    let total = 0;
    for (let step = 0; step < K; step++) {
      let best = -1,
        bestGain = -1;
      for (let c = 0; c < CANDIDATES; c++) {
        let g = 0;
        for (const i of coverSets[c]) if (!covered[i]) g += weights[i];
        if (g > bestGain) [best, bestGain] = [c, g];
      }
      for (const i of coverSets[best]) covered[i] = 1;
      total += bestGain;
    }
    return total;
  };
  t = performance.now();
  const plain = plainGreedy();
  const plainMs = performance.now() - t;
  t = performance.now();
  const greedy = greedyMclp(input);
  const greedyMs = performance.now() - t;
  t = performance.now();
  const solved = await solveMclp(input, { timeLimitSeconds: 30 });
  const solveMs = performance.now() - t;
  const nonzeros = coverSets.reduce((s, c) => s + c.length, 0);
  console.log(
    `\nMCLP k=${K}: ${DEMANDS} demand points × ${CANDIDATES} candidates (${nonzeros} cover pairs, built by ${DEMANDS} bounded searches in ${fmt(coverMs / 1000, 1)} s)\n` +
      `  lazy greedy + 1-swap ${fmt(greedyMs, 0)} ms (covers ${greedy.coveredWeight}) vs plain greedy ${fmt(plainMs, 0)} ms (covers ${plain})\n` +
      `  solveMclp (${solved.method}) ${fmt(solveMs, 0)} ms: covers ${solved.coveredWeight} of ${solved.totalWeight}, upper bound ${fmt(solved.upperBound, 0)}, gap ${fmt(solved.gap * 100, 2)}%${solved.optimal ? ' (optimal)' : ''}`,
  );
}

const mem = process.memoryUsage();
console.log(
  `\npeak RSS ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB; now RSS ${fmt(mem.rss / 2 ** 20, 0)} MB, heap ${fmt(mem.heapUsed / 2 ** 20, 0)} MB, array buffers ${fmt(mem.arrayBuffers / 2 ** 20, 0)} MB`,
);
console.log(
  '\nnearest: one multi-source search from all facilities over the whole graph (median of 9); baseline: the same search\n' +
    'with arrays of [node, metres] and a binary heap of arrays (median of 3); speed-up = baseline / nearest in the same run,\n' +
    "by wall time and (in brackets) by the thread's CPU time, which a loaded machine disturbs less.\n" +
    'field on 2 workers: the same search through the engine pool (median of 15, warm; checked equal to nearest): from\n' +
    '65,536 nodes on, two idle workers search it together, each from half the facilities, in shared memory;\n' +
    '2 workers / 1 thread: median ratio of each pool call to a one-thread search run right after it.\n' +
    "STANDARD / ELDERLY / WHEELCHAIR: the nearest search minimising each walking profile's seconds (walked metres tracked\n" +
    'too) on synthetic stairs (6% of edges), wheelchair=no ways (3%) and ±40 m terrain (median of 9).\n' +
    'iso900: one 900 m isochrone (search + polygon)\n' +
    'per facility, single thread. pool: 300/600/900 m bands for every facility on 2 worker threads (median of 3, warm).\n' +
    'pgr: pgr_drivingDistance within 900 m from one start (median of 5), and from all starts with equicost, each\n' +
    'including pgRouting reading the edge table.',
);
console.log(`bench took ${fmt((performance.now() - started) / 1000, 1)} s`);
