// API benchmark (`pnpm bench:api`, also the second half of `pnpm bench`). Starts the built server
// on the demo district (and, unless BENCH_CITY_EDGES=0, on a generated city of about 1M edges),
// drives the admin apps' registered read operations and walkingAccess batches with autocannon at a
// fixed concurrency, and prints req/s, p50/p99 and ratios to references measured in the same run:
// the same rows by raw SQL + JSON.stringify behind a bare node:http server (the read path), and
// pgRouting's multi-source pgr_drivingDistance on the same graph where the PostgreSQL has it.
// Then, as users meet it (bench-api-users.mjs): every registered query one request at a time, the
// first coverage after a change of the registry, a site suggestion's first and exact answers, and
// a trivial query while analyses run.
// Needs the local PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres).
// Not a test: figures vary with the machine's load; compare the ratios.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  coverageAfterChange,
  operationsOneAtATime,
  siteSuggestionTimes,
  trivialWhileAnalysesRun,
  writesOneAtATime,
} from './bench-api-users.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { generateLattice, mulberry32 } = await import(path.join(root, 'packages/walk-engine/dist/index.js'));
const BASE_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** Seconds of the same load before each measured one (BENCH_WARMUP, default 1; 0: none). */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const CITY_EDGES = Number(process.env.BENCH_CITY_EDGES ?? 1_000_000);
const PASSWORD = 'Demo-Yubei-2026';
const rows = [];
const fmt = (x, d = 0) => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(d));

function dbUrl(name) {
  const u = new URL(BASE_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function createDatabase(name) {
  const admin = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 3000 });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return async () => {
    const c = new pg.Client({ connectionString: BASE_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
}

/** The built server as a child process; resolves when the walking network is loaded. */
async function startServer(name, url, env) {
  const port = 4300 + Math.floor(Math.random() * 500);
  // BENCH_SERVER_ARGS: extra node options for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  const nodeArgs = (process.env.BENCH_SERVER_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'services/api/dist/main.js')], {
    // As deployed (NODE_ENV=production: libraries drop their development checks), executing the
    // benchmark's own queries besides the registered ones; the data key production requires.
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: url,
      NODE_ENV: 'production',
      GRAPHQL_ALLOW_ANY_OPERATION: '1',
      CARECIRCLE_DATA_KEY: process.env.CARECIRCLE_DATA_KEY ?? 'be'.repeat(32),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  let ready = false;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: the server did not load its network in 15 minutes\n${log}`)), 900_000);
    child.stdout.on('data', (d) => {
      log += d;
      // Ready once the nearest-facility fields are searched (the server does that at start).
      if (!ready && /nearest-facility fields ready|walking network loaded: none/.test(log)) {
        ready = true;
        clearTimeout(timer);
        const fields = /fields ready: (\d+) searches in ([\d.]+) s/.exec(log);
        if (fields) console.log(`${name.padEnd(6)} at start: ${fields[1]} nearest-facility fields searched in ${fields[2]} s`);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`${name}: the server exited (${code})\n${log}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) };
}

async function gql(url, token, query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

async function signIn(url, username) {
  const r = await gql(url, null, `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`, {
    u: username,
    p: PASSWORD,
  });
  if (!r.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(r.errors)}`);
  return r.data.signIn.token;
}

/** req/s, p50 and p99 of POSTing a body for SECONDS at a fixed concurrency. */
async function load(url, body, headers, connections = CONNECTIONS, seconds = SECONDS) {
  const run = (duration) =>
    autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      connections,
      duration,
    });
  // Warm first (the server's and the reference's code compiled, their connections open), as a
  // server that has been answering this request for a while: the figure is the steady rate.
  if (WARMUP > 0) await run(WARMUP);
  const r = await run(seconds);
  const failed = r.non2xx + r.errors + r.timeouts;
  // Nothing answered within the run (a very slow or loaded machine): no figure rather than 0 ms.
  if (!r.requests.total) return { rps: 0, p50: NaN, p99: NaN, failed };
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failed };
}

function record(scene, what, m, ref, refName) {
  rows.push({ scene, what, ...m, ratio: ref ? m.rps / ref.rps : null, refName, ref });
  const vs = ref ? `   ${refName}: ${fmt(ref.rps, 1)} req/s p50 ${fmt(ref.p50)} ms → API/ref ${fmt(m.rps / ref.rps, 2)}` : '';
  console.log(
    `${scene.padEnd(6)} ${what.padEnd(44)} ${fmt(m.rps, 1).padStart(7)} req/s  p50 ${fmt(m.p50).padStart(5)} ms  p99 ${fmt(m.p99).padStart(5)} ms${m.failed ? `  ${m.failed} failed` : ''}${vs}`,
  );
}

/** The rows of a facilities page as raw SQL would give them, as JSON, behind a bare HTTP server. */
async function referenceServer(url) {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const server = http.createServer(async (req, res) => {
    const first = Number(new URL(req.url, 'http://x').searchParams.get('first') ?? 20);
    const { rows: nodes } = await pool.query(
      `select f.id::text, f.name, f.kind, f.status, ST_AsGeoJSON(f.location, 7)::json as location, f.address, f.phone, f.services,
         json_build_object('id', d.id::text, 'name', d.name, 'parent', case when p.id is null then null else json_build_object('id', p.id::text, 'name', p.name) end) as division,
         json_build_object('beds', f.capacity_beds, 'nursingBeds', f.capacity_nursing_beds, 'occupiedBeds', f.capacity_occupied_beds,
           'dayCarePlaces', f.capacity_day_care_places, 'mealSeats', f.capacity_meal_seats) as capacity,
         json_build_object('name', f.operator_name, 'type', f.operator_type) as operator
       from facility f left join division d on d.id = f.division_id left join division p on p.id = d.parent_id
       where f.deleted_at is null order by f.id limit $1`,
      [first],
    );
    const { rows: count } = await pool.query(`select count(*)::int as n from facility where deleted_at is null`);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { facilities: { totalCount: count[0].n, nodes } } }));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, stop: async () => (server.close(), pool.end()) };
}

const pageQuery = (first) =>
  `{ facilities(first: ${first}) { totalCount nodes { id name kind status location address phone services
     division { id name parent { id name } } capacity { beds nursingBeds occupiedBeds dayCarePlaces mealSeats } operator { name type } } } }`;

/** The apps' registered read operations that need no variables (as a signed-in planner opens the apps). */
function registeredReads() {
  const out = [];
  for (const app of ['shell', 'planner', 'stations', 'agreements']) {
    const file = path.join(root, 'apps', app, 'dist', 'persisted-documents.json');
    if (!fs.existsSync(file)) continue;
    for (const text of Object.values(JSON.parse(fs.readFileSync(file, 'utf8')))) {
      const m = /^\s*query\s+(\w+)\s*(\()?/.exec(text);
      if (m && !m[2]) out.push({ app, name: m[1], text });
    }
  }
  return out;
}

function randomPoints(bbox, n, seed) {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, () => ({ lon: bbox[0] + rand() * (bbox[2] - bbox[0]), lat: bbox[1] + rand() * (bbox[3] - bbox[1]) }));
}

async function networkBox(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows: r } = await c.query(
    `select ST_XMin(e) x0, ST_YMin(e) y0, ST_XMax(e) x1, ST_YMax(e) y1 from (select ST_Extent(geometry) e from road_segment) t`,
  );
  await c.end();
  return [r[0].x0, r[0].y0, r[0].x1, r[0].y1].map(Number);
}

/**
 * pgRouting reference: the stored segments as an edge table (end points numbered by position),
 * and one multi-source pgr_drivingDistance from the approved facilities' nearest nodes over the
 * whole network (equicost: each node keeps its nearest facility), as the API's field does.
 */
async function pgRoutingMultiSource(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('CREATE EXTENSION IF NOT EXISTS pgrouting');
  } catch (err) {
    await c.end();
    return { skip: `pgRouting is not installed in the local PostgreSQL (apt-get install -y postgresql-15-pgrouting): ${err.message}` };
  }
  await c.query(`SET statement_timeout = '600s'`);
  await c.query(`CREATE TEMP TABLE bench_nodes AS
    SELECT row_number() over (order by k) AS id, k FROM (SELECT DISTINCT ST_AsText(ST_StartPoint(geometry)) k FROM road_segment
      UNION SELECT ST_AsText(ST_EndPoint(geometry)) FROM road_segment) t`);
  await c.query('CREATE INDEX ON bench_nodes (k)');
  await c.query('ALTER TABLE bench_nodes ADD COLUMN g geometry(Point, 4326)');
  await c.query('UPDATE bench_nodes SET g = ST_GeomFromText(k, 4326)');
  await c.query('CREATE INDEX ON bench_nodes USING gist (g)');
  await c.query(`CREATE TEMP TABLE bench_edges AS SELECT s.id, a.id AS source, b.id AS target,
      ST_Length(s.geometry::geography) AS cost, ST_Length(s.geometry::geography) AS reverse_cost
    FROM road_segment s JOIN bench_nodes a ON a.k = ST_AsText(ST_StartPoint(s.geometry)) JOIN bench_nodes b ON b.k = ST_AsText(ST_EndPoint(s.geometry))`);
  const { rows: starts } = await c.query(`SELECT DISTINCT (SELECT n.id FROM bench_nodes n ORDER BY n.g <-> f.location LIMIT 1) AS id
      FROM facility f WHERE f.status = 'APPROVED' AND f.deleted_at IS NULL LIMIT 400`);
  const t = performance.now();
  await c.query(
    `SELECT count(*) FROM pgr_drivingDistance('SELECT id, source, target, cost, reverse_cost FROM bench_edges', $1::bigint[], 1e9, false, equicost => true)`,
    [starts.map((s) => s.id)],
  );
  const ms = performance.now() - t;
  await c.end();
  return { ms, starts: starts.length };
}

async function walkingAccessRuns(scene, server, token, box, pgRef) {
  const points = randomPoints(box, 1000, 11);
  const body = JSON.stringify({
    query: 'query($p: [LonLatInput!]!) { walkingAccess(points: $p) { meters method facility { id } } }',
    variables: { p: points },
  });
  // The first batch reads the field the server searched at start, like the later ones.
  const t = performance.now();
  const first = await (
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    })
  ).json();
  const firstMs = performance.now() - t;
  if (first.errors) throw new Error(`${scene}: walkingAccess failed: ${JSON.stringify(first.errors)}`);
  console.log(`${scene.padEnd(6)} walkingAccess, first batch of 1,000 points ${fmt(firstMs)} ms`);
  // 10,000 other points as 10 requests of 1,000, one after another, answered from the field.
  const t10 = performance.now();
  for (let b = 0; b < 10; b++) {
    const r = await (
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'query($p: [LonLatInput!]!) { walkingAccess(points: $p) { meters method facility { id } } }',
          variables: { p: randomPoints(box, 1000, 100 + b) },
        }),
      })
    ).json();
    if (r.errors) throw new Error(`${scene}: walkingAccess failed: ${JSON.stringify(r.errors)}`);
  }
  const tenMs = performance.now() - t10;
  console.log(
    `${scene.padEnd(6)} walkingAccess, 10,000 points as 10 requests of 1,000 one after another: ${fmt(tenMs)} ms (${fmt(10_000 / (tenMs / 1000))} points/s)` +
      (pgRef.ms
        ? `; pgRouting multi-source ${fmt(pgRef.ms)} ms → ${fmt(pgRef.ms / tenMs, 1)}× faster (11,000 points with the first batch: ${fmt(pgRef.ms / (tenMs + firstMs), 1)}×)`
        : ''),
  );
  const m = await load(`${server.url}/graphql`, body, { authorization: `Bearer ${token}` }, 2);
  const ref = pgRef.ms ? { rps: 1000 / pgRef.ms, p50: pgRef.ms, p99: pgRef.ms } : null;
  record(
    scene,
    'walkingAccess, 1,000 points a request (2 at once)',
    m,
    ref,
    pgRef.ms ? `pgRouting multi-source (${pgRef.starts} starts, whole network)` : null,
  );
  console.log(`${scene.padEnd(6)} walkingAccess at 2 at once: ${fmt(m.rps * 1000)} points/s`);
  if (pgRef.skip) console.log(`${scene.padEnd(6)} (pgRouting reference skipped: ${pgRef.skip})`);
  return { firstMs, m };
}

async function demoScene() {
  const name = `carecircle_bench_${process.pid}`;
  const drop = await createDatabase(name);
  const url = dbUrl(name);
  const server = await startServer('demo', url, { SEED_DEMO: '1' });
  const ref = await referenceServer(url);
  try {
    const token = await signIn(server.url, 'planner');
    const auth = { authorization: `Bearer ${token}` };
    record(
      'demo',
      '{ me } (sign-in check, the floor)',
      await load(`${server.url}/graphql`, JSON.stringify({ query: '{ me { id } }' }), auth),
    );
    for (const first of [20, 200, 500]) {
      const api = await load(`${server.url}/graphql`, JSON.stringify({ query: pageQuery(first) }), auth);
      const sql = await load(`${ref.url}/?first=${first}`, '', {});
      record('demo', `facilities(first: ${first}) with division, capacity`, api, sql, 'raw SQL + JSON.stringify');
    }
    for (const op of registeredReads()) {
      const m = await load(`${server.url}/graphql`, JSON.stringify({ query: op.text }), auth, CONNECTIONS, Math.max(2, SECONDS / 2));
      record('demo', `${op.app}: ${op.name}`, m);
    }
    const pgRef = await pgRoutingMultiSource(url);
    await walkingAccessRuns('demo', server, token, await networkBox(url), pgRef);
    const users = await operationsOneAtATime({ root, url: server.url, signIn, log: console.log });
    await writesOneAtATime({ root, ...users, log: console.log });
    await coverageAfterChange({ ...users, log: console.log });
    await siteSuggestionTimes({ ...users, log: console.log });
    await trivialWhileAnalysesRun({ ...users, log: console.log });
  } finally {
    await ref.stop();
    await server.stop();
    await drop();
  }
}

/** A generated city (the engine's lattice) stored as road segments, with 400 approved facilities and a planner. */
async function cityScene() {
  const side = Math.round(Math.sqrt(CITY_EDGES / 1.87));
  const graph = generateLattice({ cols: side, rows: side, lon0: 106.4, lat0: 29.5 });
  const name = `carecircle_bench_city_${process.pid}`;
  const drop = await createDatabase(name);
  const url = dbUrl(name);
  // Migrations first (an empty server), then the streets and facilities straight into the tables.
  let server = await startServer('city', url, { SEED_DEMO: '0' });
  await server.stop();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const t0 = performance.now();
  const { shapeOffsets: so, shapeCoords: sc, edgeCount } = graph;
  for (let s = 0; s < edgeCount; s += 50_000) {
    const texts = [];
    for (let e = s; e < Math.min(edgeCount, s + 50_000); e++) {
      const coords = [];
      for (let q = so[e]; q < so[e + 1]; q++) coords.push([sc[2 * q], sc[2 * q + 1]]);
      texts.push(JSON.stringify({ type: 'LineString', coordinates: coords }));
    }
    await c.query(
      `insert into road_segment (geometry, highway, source, created_at) select ST_SetSRID(ST_GeomFromGeoJSON(g), 4326), 'footway', 'bench-lattice', now() from unnest($1::text[]) g`,
      [texts],
    );
  }
  const rand = mulberry32(5);
  const kinds = ['COMMUNITY_STATION', 'STREET_CENTER', 'MUTUAL_AID_POINT', 'CARE_INSTITUTION'];
  const fac = Array.from({ length: 400 }, (_, i) => {
    const v = Math.floor(rand() * graph.nodeCount);
    return { name: `测试设施 ${i + 1}`, kind: kinds[i % kinds.length], lon: graph.nodeLon[v], lat: graph.nodeLat[v] };
  });
  await c.query(
    `insert into facility (name, kind, status, location, created_at, updated_at, version)
     select n, k, 'APPROVED', ST_SetSRID(ST_MakePoint(x, y), 4326), now(), now(), 1
     from unnest($1::text[], $2::text[], $3::float8[], $4::float8[]) t(n, k, x, y)`,
    [fac.map((f) => f.name), fac.map((f) => f.kind), fac.map((f) => f.lon), fac.map((f) => f.lat)],
  );
  await c.end();
  console.log(
    `city   ${edgeCount.toLocaleString('en')} edges, ${graph.nodeCount.toLocaleString('en')} nodes stored in ${fmt((performance.now() - t0) / 1000, 1)} s`,
  );
  const userCli = spawn(
    process.execPath,
    [path.join(root, 'services/api/dist/cli/index.js'), 'user', 'create', 'planner', '--role', 'PLANNER'],
    {
      env: { ...process.env, DATABASE_URL: url, CARECIRCLE_PASSWORD: PASSWORD },
      stdio: 'ignore',
    },
  );
  await new Promise((r) => userCli.on('exit', r));
  const t1 = performance.now();
  server = await startServer('city', url, { SEED_DEMO: '0' });
  console.log(`city   server up with the network loaded in ${fmt((performance.now() - t1) / 1000, 1)} s`);
  try {
    const token = await signIn(server.url, 'planner');
    const pgRef = await pgRoutingMultiSource(url);
    const box = [
      106.4,
      29.5,
      graph.nodeLon.reduce((a, b) => Math.max(a, b), -Infinity),
      graph.nodeLat.reduce((a, b) => Math.max(a, b), -Infinity),
    ];
    await walkingAccessRuns('city', server, token, box, pgRef);
  } finally {
    await server.stop();
    await drop();
  }
}

const probe = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 3000 });
try {
  await probe.connect();
  await probe.end();
} catch (err) {
  console.log(`bench:api skipped: no PostgreSQL at ${BASE_URL} (${err.message})`);
  process.exit(0);
}
console.log(`API benchmark: ${CONNECTIONS} connections, ${SECONDS} s per figure (Node ${process.version})`);
if (process.env.BENCH_DEMO !== '0') await demoScene();
else console.log('demo   skipped (BENCH_DEMO=0)');
if (CITY_EDGES > 0) await cityScene();
else console.log('city   skipped (BENCH_CITY_EDGES=0)');
