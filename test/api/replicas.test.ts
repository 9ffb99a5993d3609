import 'reflect-metadata';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, TEST_DB } from '../testkit/database.js';
import { demoTemplate, TEST_DATA_KEY_HEX } from '../testkit/demo-template.js';
import { gqlPost, postRaw, REPO_ROOT, sleep, spawnNode, waitFor } from '../testkit/stress.js';

/**
 * Two API replicas and two analysis workers on one PostgreSQL and one Redis, as the built
 * processes run in production: sessions, limits, background analyses and data changes hold across
 * them, and a worker killed in the middle of a job loses nothing.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `carecircle-test-${process.pid}-${Date.now().toString(36)}`;
const PASSWORD = 'Demo-Yubei-2026';

type Proc = ReturnType<typeof spawnNode>;
interface Api {
  url: string;
  proc: Proc;
}

let redis: Redis;
let database: { url: string; drop(): Promise<void> } | null = null;
const procs: Proc[] = [];
let a: Api;
let b: Api;
let workers: Proc[] = [];
/** The suggestion the workers computed (k = 5 on the demo district). */
let suggestion: any;

/** Starts a built entry point and waits for the line that says it is ready. */
async function start(script: string, env: Record<string, string>, ready: RegExp): Promise<{ proc: Proc; match: RegExpExecArray }> {
  const proc = spawnNode(path.join(REPO_ROOT, 'services/api/dist', script), [], {
    DATABASE_URL: database!.url,
    REDIS_URL,
    REDIS_PREFIX: PREFIX,
    CARECIRCLE_DATA_KEY: TEST_DATA_KEY_HEX,
    DATA_DIR: '',
    NODE_ENV: '',
    SEED_DEMO: '0',
    ...env,
  });
  procs.push(proc);
  let match: RegExpExecArray | null = null;
  const exited = proc.done.then((d) => d.code);
  let code: number | null | undefined;
  void exited.then((c) => (code = c));
  await waitFor(() => !!(match = ready.exec(proc.output())) || code !== undefined, 90_000, 50);
  if (!match) throw new Error(`${script} did not start (exit ${code}):\n${proc.output()}`);
  return { proc, match };
}

const startApi = async (): Promise<Api> => {
  const { proc, match } = await start(
    'main.js',
    { PORT: '0', ANALYSIS_IN_PROCESS: '0', TRUST_PROXY: '1' },
    /(http:\/\/localhost:\d+) {2}\(GraphQL/,
  );
  return { url: match[1], proc };
};
const startWorker = async () => (await start('worker.js', {}, /analysis worker ready/)).proc;

async function gql(
  api: Api,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const res = await postRaw(`${api.url}/graphql`, JSON.stringify({ query, variables }), {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...headers,
  });
  return res.body;
}

async function signIn(api: Api, username: string): Promise<string> {
  const r = await gqlPost(api.url, null, `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`, {
    u: username,
    p: PASSWORD,
  });
  if (!r.body?.data?.signIn) throw new Error(JSON.stringify(r.body));
  return r.body.data.signIn.token;
}

const SUGGESTION = `sites { rank location newlyCoveredOlder residentialAreaIds } newlyCoveredOlder uncoveredOlderBefore candidates solver optimal gap`;
const COVERAGE = `{ coverage { completeCircles groups { group coveredOlder coveredAreas } } }`;

describe.runIf(TEST_DB === 'postgres')('two API replicas and two analysis workers on one Redis', () => {
  beforeAll(async () => {
    const t0 = Date.now();
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
    // The migrated demo district (a copy of the kit's), before any replica starts, as a deployment's release step would.
    database = await createPostgresDatabase('replicas', await demoTemplate());
    const seededMs = Date.now() - t0;
    [a, b, ...workers] = await Promise.all([startApi(), startApi(), startWorker(), startWorker()]);
    console.log(`[replicas] demo district copied in ${seededMs} ms; 2 replicas and 2 workers ready ${Date.now() - t0 - seededMs} ms later`);
  });

  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
    await Promise.all(procs.map((p) => Promise.race([p.done, sleep(10_000)])));
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await database?.drop();
    if (redis) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      await redis.quit();
    }
  });

  it('a session signed in on one replica works on the other, and ends on both when signed out on one', async () => {
    const token = await signIn(a, 'planner');
    expect((await gql(b, token, `{ me { username role } }`)).data.me).toEqual({ username: 'planner', role: 'PLANNER' });
    // A has just looked the session up (and would trust it for a second) ...
    expect((await gql(a, token, `{ me { username } }`)).data.me).toEqual({ username: 'planner' });
    const out = Date.now();
    await gql(b, token, `mutation { signOut }`);
    // ... but hears of the sign-out through Redis: refused well within that second.
    let me: unknown = {};
    while (me !== null && Date.now() - out < 500) me = (await gql(a, token, `{ me { username } }`)).data.me;
    expect(me).toBeNull();
  });

  it('the sign-in limit (20 a minute per address) holds in total across the replicas', async () => {
    // Through a proxy (TRUST_PROXY=1): one client address, alternately answered by A and B.
    const address = { 'x-forwarded-for': '198.51.100.23' };
    const codes: string[] = [];
    for (let i = 0; i < 26; i++) {
      const r = await gql(
        i % 2 ? b : a,
        null,
        `mutation($u: String!) { signIn(username: $u, password: "wrong-Password-1") { token } }`,
        { u: `nobody-${i}` },
        address,
      );
      codes.push(r.errors[0].extensions.code);
    }
    // 13 each: neither replica alone reaches 20, together they do.
    expect(codes.slice(0, 20)).toEqual(Array(20).fill('UNAUTHENTICATED'));
    expect(codes.slice(20)).toEqual(Array(6).fill('TOO_MANY_REQUESTS'));
    // Another address is not affected.
    const other = await gql(a, null, `mutation { signIn(username: "nobody", password: "wrong-Password-1") { token } }`, undefined, {
      'x-forwarded-for': '198.51.100.24',
    });
    expect(other.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a site suggestion started on A is followed to completion on B; its worker killed mid-job, the other completes it once, as one process would', async () => {
    const token = await signIn(a, 'planner');
    const started = await gql(a, token, `mutation { startSiteSuggestion(k: 5) { id status } }`);
    expect(started.errors).toBeUndefined();
    const id = started.data.startSiteSuggestion.id as string;
    const key = `${PREFIX}:analysis:job:${id}`;
    // The worker that takes it says so in the job; kill it (kill -9) while it works.
    expect(await waitFor(async () => !!(await redis.hget(key, 'worker')), 30_000, 20)).toBe(true);
    const first = (await redis.hget(key, 'worker'))!;
    const victim = workers.find((w) => first.endsWith(`:${w.child.pid}`))!;
    expect(victim, first).toBeTruthy();
    expect(await redis.hget(key, 'status')).toBe('RUNNING');
    victim.child.kill('SIGKILL');
    const survivor = workers.find((w) => w !== victim)!;

    const progress: number[] = [];
    let job: any = null;
    const done = await waitFor(
      async () => {
        job = (
          await gql(
            b,
            token,
            `query($id: ID!) { analysisJob(id: $id) { id status progress stage error siteSuggestion { ${SUGGESTION} } } }`,
            { id },
          )
        ).data.analysisJob;
        progress.push(job.progress);
        return job.status !== 'RUNNING';
      },
      150_000,
      100,
    );
    expect(done, JSON.stringify(await redis.hgetall(key))).toBe(true);
    // Progress was reported on the way and never went back.
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(job.error).toBeNull();
    expect(job.status).toBe('DONE');
    expect(job.progress).toBe(1);
    // Taken over by the other worker (run twice in all), and written once.
    const h = await redis.hgetall(key);
    expect(h.finishedBy).toBe(`${first.split(':')[0]}:${survivor.child.pid}`);
    expect(h.runs).toBe('2');
    expect(h.finishes).toBe('1');

    // The same suggestion computed by a replica itself, as a single process does.
    // (On a machine too loaded for the 30 s budget of a direct analysis, asked again: its distances are cached by then.)
    let direct: any;
    for (let i = 0; i < 3; i++) {
      direct = await gql(a, token, `{ suggestSites(k: 5) { ${SUGGESTION} } }`);
      if (direct.errors?.[0]?.extensions?.fields?.[0]?.field !== 'analysis') break;
    }
    expect(direct.errors).toBeUndefined();
    const mine = direct.data.suggestSites;
    // The exact solver runs for at most 10 s and falls back to greedy + swap on a machine too
    // loaded for that: the same solver gives exactly the same answer, another one an answer as good.
    if (job.siteSuggestion.solver === mine.solver) expect(job.siteSuggestion).toEqual(mine);
    else {
      expect(job.siteSuggestion.optimal && mine.optimal).toBe(true);
      expect(job.siteSuggestion.newlyCoveredOlder).toBe(mine.newlyCoveredOlder);
      expect(job.siteSuggestion.uncoveredOlderBefore).toBe(mine.uncoveredOlderBefore);
    }
    expect(job.siteSuggestion.sites).toHaveLength(5);
    expect(job.siteSuggestion.newlyCoveredOlder).toBeGreaterThan(0);
    suggestion = job.siteSuggestion;
  }, 300_000);

  it('a station approved through A shows in the next coverage B answers; B and the workers hear of it within a second', async () => {
    const token = await signIn(a, 'admin');
    const stationOrCenter = (c: any) => c.groups.find((g: any) => g.group === 'STATION_OR_CENTER').coveredOlder as number;
    const before = (await gql(b, token, COVERAGE)).data.coverage;
    // A station where the suggestion put its best site: it brings exactly that site's residents within reach.
    const best = suggestion.sites[0];
    const [lon, lat] = best.location.coordinates;
    let f = (
      await gql(a, token, `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id version } }`, {
        i: { name: '副本测试站', kind: 'COMMUNITY_STATION', location: { lon, lat } },
      })
    ).data.createFacility;
    const survivor = workers.find((w) => w.child.exitCode === null && w.child.signalCode === null)!;
    const heardBy = (p: Proc) => p.output().match(/data changed/g)?.length ?? 0;
    let heardBefore = { b: 0, worker: 0 };
    for (const step of ['submitFacility', 'approveFacility']) {
      // (Every change of a facility row is announced, drafts included: count from the approval on.)
      heardBefore = { b: heardBy(b.proc), worker: heardBy(survivor) };
      const r = await gql(a, token, `mutation($id: ID!, $v: Int!) { ${step}(id: $id, version: $v) { id version } }`, {
        id: f.id,
        v: f.version,
      });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      f = r.data[step];
      if (step === 'submitFacility')
        await waitFor(() => heardBy(b.proc) > heardBefore.b && heardBy(survivor) > heardBefore.worker, 5_000, 5);
    }
    // The change is announced: B hears of it within a second and reloads without being asked.
    const t0 = performance.now();
    const heard = () => heardBy(b.proc) > heardBefore.b;
    const answered = gql(b, token, COVERAGE);
    expect(await waitFor(heard, 1_000, 5)).toBe(true);
    const heardMs = performance.now() - t0;
    // B's first answer after the change already has the new station, exactly the residents the site was to bring.
    const after = (await answered).data.coverage;
    console.log(
      `[replicas] B heard of the change ${heardMs.toFixed(0)} ms after A committed it; answered in ${(performance.now() - t0).toFixed(0)} ms`,
    );
    expect(stationOrCenter(after)).toBe(stationOrCenter(before) + best.newlyCoveredOlder);
    // B answers what A answers.
    expect(after).toEqual((await gql(a, token, COVERAGE)).data.coverage);
    // So did the surviving worker.
    expect(await waitFor(() => heardBy(survivor) > heardBefore.worker, 1_000, 5)).toBe(true);
  });
  it('coverage, isochrones and scenarios asked of a replica that leaves analyses to the workers run on a worker, as one process answers them', async () => {
    // One process with everything in it (no Redis), on the same database: the reference.
    const { proc, match } = await start('main.js', { PORT: '0', REDIS_URL: '' }, /(http:\/\/localhost:\d+) {2}\(GraphQL/);
    const single: Api = { url: match[1], proc };
    const [tb, ts] = [await signIn(b, 'planner'), await signIn(single, 'planner')];
    const ids = (
      await gql(b, tb, `{ facilities(filter: { kinds: [COMMUNITY_STATION], statuses: [APPROVED] }, first: 2) { nodes { id } } }`)
    ).data.facilities.nodes.map((n: any) => n.id);
    const queries: [string, Record<string, unknown>][] = [
      [
        `{ coverage(profile: ELDERLY) { profile completeCircles division { name } groups { group coveredOlder } children { division { id name parent { name } } groups { group coveredOlder } } } }`,
        {},
      ],
      [`query($ids: [ID!]!) { isochrones(facilityIds: $ids, minutes: [5, 10], profile: WHEELCHAIR) }`, { ids }],
      [
        `query($id: ID!) { compareScenario(changes: [{ action: "CLOSE", facilityId: $id }]) { scenario { groups { group coveredOlder } }
           changedAreas { residentialAreaId group beforeMeters afterMeters } divisionChanges { division { name } group lostOlder } } }`,
        { id: ids[0] },
      ],
    ];
    for (const [query, variables] of queries) {
      const fromWorker = await gql(b, tb, query, variables);
      expect(fromWorker.errors, query).toBeUndefined();
      expect(fromWorker.data).toEqual((await gql(single, ts, query, variables)).data);
    }
    // A refusal made on the worker reaches the client as the worker gave it.
    const unknown = await gql(b, tb, `{ isochrones(facilityIds: ["999999"], minutes: [5]) }`);
    expect(unknown.errors[0].extensions.code).toBe('NOT_FOUND');
    // They ran on a worker, not on B.
    const kinds = new Map<string, string>();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}:analysis:job:*`, 'COUNT', 1000);
      for (const k of keys) {
        const [kind, worker] = await redis.hmget(k, 'kind', 'worker');
        if (kind && kind !== 'siteSuggestion') kinds.set(kind, worker ?? '');
      }
      cursor = next;
    } while (cursor !== '0');
    const workerPids = workers.map((w) => String(w.child.pid));
    expect([...kinds.keys()].sort()).toEqual(['coverage', 'isochrones', 'scenario']);
    for (const worker of kinds.values()) expect(workerPids).toContain(worker.split(':').pop());
  }, 180_000);
});
