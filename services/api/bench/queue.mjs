// Analysis throughput of the Redis queue with one and with two analysis workers on the demo
// district (background site suggestions, jobs per minute), and the API's p99 for simple queries
// while the workers are saturated, beside the same p99 with the workers idle (measured in the same
// run: compare the two, not figures across days).
//
// Needs the local PostgreSQL + PostGIS (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres)
// and Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379); creates and drops its own database and
// removes its Redis keys. `pnpm bench:queue` builds first.
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { openDatabase } from '../dist/db/database.js';
import { seedDemoIfEmpty } from '../dist/db/seed-demo.js';
import { AuthService } from '../dist/modules/users/auth.service.js';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `carecircle-bench-${process.pid}`;
const JOBS = Number(process.env.BENCH_JOBS ?? 6);
const USERS = 4;
const PASSWORD = 'bench-Password-2026';
const DATA_KEY = 'c3'.repeat(32);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const p = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

const name = `carecircle_bench_queue_${process.pid}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`create database "${name}"`);
await admin.end();
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
const DATABASE_URL = url.toString();

const procs = [];
// Children never outlive the bench (stopped by a signal too).
process.on('exit', () => procs.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
function start(script, env, ready) {
  const child = spawn(process.execPath, [path.join(dist, script)], {
    env: {
      ...process.env,
      DATABASE_URL,
      REDIS_URL,
      REDIS_PREFIX: PREFIX,
      CARECIRCLE_DATA_KEY: DATA_KEY,
      SEED_DEMO: '0',
      NODE_ENV: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  procs.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const seen = (d) => {
      out += d;
      const m = ready.exec(out);
      if (m) resolve({ child, match: m });
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${out}`)));
  });
}

async function gql(api, token, query, variables) {
  const t0 = performance.now();
  const res = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, ms: performance.now() - t0 };
}

const SIMPLE = `{ facilities(first: 20, filter: { kinds: [COMMUNITY_STATION] }) { totalCount nodes { id name kind } } }`;

/** p99 of simple queries sent one after another for `ms`. */
async function simpleP99(api, token, ms) {
  const times = [];
  const end = Date.now() + ms;
  while (Date.now() < end) times.push((await gql(api, token, SIMPLE)).ms);
  return { p50: p(times, 0.5), p99: p(times, 0.99), n: times.length };
}

/** Submits `count` site suggestions spread over the users and waits for all; jobs per minute. */
async function throughput(api, tokens, count, during) {
  const t0 = performance.now();
  const ids = [];
  for (let i = 0; i < count; i++)
    ids.push((await gql(api, tokens[i % tokens.length], `mutation { startSiteSuggestion(k: 3) { id } }`)).data.startSiteSuggestion.id);
  const probe = during ? during() : null;
  const pending = new Set(ids);
  while (pending.size) {
    for (const id of [...pending]) {
      const job = (await gql(api, tokens[0], `query($id: ID!) { analysisJob(id: $id) { status error } }`, { id })).data.analysisJob;
      if (job.status === 'FAILED') throw new Error(`job ${id} failed: ${job.error}`);
      if (job.status === 'DONE') pending.delete(id);
    }
    await sleep(100);
  }
  const minutes = (performance.now() - t0) / 60_000;
  return { perMinute: count / minutes, seconds: minutes * 60, probe: probe ? await probe : null };
}

const redis = new Redis(REDIS_URL);
try {
  const t0 = Date.now();
  const db = await openDatabase({ databaseUrl: DATABASE_URL, dataDir: '' });
  await seedDemoIfEmpty(db.orm, () => {}, { workforce: false });
  for (let i = 1; i <= USERS; i++)
    await new AuthService(db.orm.em.fork(), 'en').createUser({ username: `bench-${i}`, role: 'PLANNER', password: PASSWORD });
  await db.close();
  console.log(`demo district stored in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const { match } = await start('main.js', { PORT: '0', ANALYSIS_IN_PROCESS: '0' }, /(http:\/\/localhost:\d+) {2}\(GraphQL/);
  const api = match[1];
  await start('worker.js', {}, /analysis worker ready/);
  const tokens = [];
  for (let i = 1; i <= USERS; i++)
    tokens.push(
      (
        await gql(api, null, `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`, {
          u: `bench-${i}`,
          p: PASSWORD,
        })
      ).data.signIn.token,
    );
  // Warm-up: the worker computes the distances of the group once per data revision.
  await throughput(api, tokens, 1);
  const idle = await simpleP99(api, tokens[0], 4_000);
  const one = await throughput(api, tokens, JOBS);
  await start('worker.js', {}, /analysis worker ready/);
  await throughput(api, tokens, 2);
  const two = await throughput(api, tokens, JOBS, () => simpleP99(api, tokens[0], 4_000));

  console.log(`\nbackground site suggestions (k = 3, demo district), ${JOBS} jobs from ${USERS} users, 2 at once per worker:`);
  console.log(`  1 worker : ${one.perMinute.toFixed(1)} jobs/min (${one.seconds.toFixed(1)} s)`);
  console.log(
    `  2 workers: ${two.perMinute.toFixed(1)} jobs/min (${two.seconds.toFixed(1)} s), ${(two.perMinute / one.perMinute).toFixed(2)}× one worker`,
  );
  console.log(`simple query (20 stations) on the API, sequential:`);
  console.log(`  workers idle     : p50 ${idle.p50.toFixed(1)} ms, p99 ${idle.p99.toFixed(1)} ms (${idle.n} queries)`);
  const busy = two.probe;
  console.log(
    `  workers saturated: p50 ${busy.p50.toFixed(1)} ms, p99 ${busy.p99.toFixed(1)} ms (${busy.n} queries), p99 ${(busy.p99 / idle.p99).toFixed(2)}× idle`,
  );
} finally {
  for (const c of procs) if (c.exitCode === null) c.kill('SIGTERM');
  await Promise.all(procs.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(`drop database if exists "${name}" with (force)`);
  await c.end();
}
