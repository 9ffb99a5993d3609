import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { TEST_DB } from '../testkit/database.js';

/**
 * Issue 15, part 1: one request must not exhaust the server. Every analysis has a work budget
 * checked before it starts, work stops when its client goes away, analyses queue per user and in
 * total, and /healthz stays fast under analysis load because no analysis runs on the event loop.
 */
let api: TestApi;
let viewer: string;
let planner: string;
let otherPlanner: string;
let facilityIds: string[];
beforeAll(async () => {
  api = await startTestApi({ label: 'budget' });
  // As `pnpm start` does at start: the walking network is loaded before the first request.
  await api.server.walkingData.current();
  viewer = await api.userToken('VIEWER');
  planner = await api.userToken('PLANNER');
  otherPlanner = await api.userToken('PLANNER');
  facilityIds = ((await api.gql(`{ facilities(first: 500) { totalCount nodes { id } } }`)).data.facilities.nodes as { id: string }[]).map(
    (n) => n.id,
  );
});
afterAll(async () => api?.stop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pool = () => api.server.walkingData.network.stats();

/** Polls /healthz one request after another until stopped; every latency in ms. */
function pollHealth() {
  const latencies: number[] = [];
  const statuses: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const t0 = performance.now();
      const res = await fetch(`${api.url}/healthz`);
      await res.text();
      latencies.push(performance.now() - t0);
      statuses.push(res.status);
      await sleep(25);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        latencies,
        statuses,
        max: sorted[sorted.length - 1] ?? NaN,
        p50: sorted[Math.floor(sorted.length / 2)] ?? NaN,
      };
    },
  };
}

const FACILITY_ISOCHRONES = `query FacilityIsochrones($ids: [ID!]!, $speed: Float) {
    isochrones(facilityIds: $ids, minutes: [5, 10, 15], speed: $speed)
  }`;
const SIX_BANDS = `query($ids: [ID!]!, $speed: Float) { isochrones(facilityIds: $ids, minutes: [5, 10, 15, 20, 25, 30], speed: $speed) }`;

describe(`work budget of the analyses (${TEST_DB})`, () => {
  // Regression: these ran the development server's heap past 4 GB for eight minutes until it died.
  it('refuses the isochrones of every facility with six thresholds at 5 m/s, sent by a viewer, before any work; /healthz answers in < 1 s throughout and the server lives on', async () => {
    expect(facilityIds.length).toBeGreaterThan(300);
    const health = pollHealth();
    const before = pool();
    const t0 = performance.now();
    const [registered, six, sixEn] = await Promise.all([
      api.gqlAs(viewer, FACILITY_ISOCHRONES, { ids: facilityIds, speed: 5 }),
      api.gqlAs(viewer, SIX_BANDS, { ids: facilityIds, speed: 5 }),
      api.gqlAs(viewer, SIX_BANDS, { ids: facilityIds, speed: 5 }, 'en'),
    ]);
    const refusedMs = performance.now() - t0;
    const h = await health.stop();
    console.log(
      `[budget ${TEST_DB}] ${facilityIds.length} facilities × 6 thresholds at 5 m/s refused in ${refusedMs.toFixed(0)} ms; /healthz p50 ${h.p50.toFixed(1)} ms, max ${h.max.toFixed(1)} ms over ${h.latencies.length} polls`,
    );
    for (const r of [registered, six, sixEn]) {
      expect(r.data?.isochrones ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.fields![0].field).toBe('facilityIds');
    }
    expect(six.errors![0].message).toMatch(/上限为 250 平方公里/);
    expect(six.errors![0].message).toContain(`${facilityIds.length} 个设施 × 6 个时间档`);
    expect(sixEn.errors![0].message).toMatch(new RegExp(`${facilityIds.length} facilities × 6 thresholds .* the limit is 250 km²`));
    expect(registered.errors![0].message).toContain(`${facilityIds.length} 个设施 × 3 个时间档`);
    // Nothing was sent to the workers.
    expect(pool()).toEqual(before);
    expect(h.statuses.every((s) => s === 200)).toBe(true);
    expect(h.max).toBeLessThan(1000);
    // alive: a planner's request of one facility answers as before
    const one = await api.gqlAs(viewer, FACILITY_ISOCHRONES, { ids: [facilityIds[0]], speed: 1 });
    expect(one.errors).toBeUndefined();
    expect(one.data.isochrones.features).toHaveLength(3);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });

  it('answers the largest isochrone request within the budget, bounded in size, with /healthz < 1 s while the workers draw it', async () => {
    const health = pollHealth();
    const t0 = performance.now();
    // 60 facilities × (5, 10, 15 minutes at 1 m/s: 3.96 km² each) = 238 km², under the 250 km² budget
    const r = await api.gqlAs(viewer, FACILITY_ISOCHRONES, { ids: facilityIds.slice(0, 60), speed: 1 });
    const ms = performance.now() - t0;
    const h = await health.stop();
    expect(r.errors).toBeUndefined();
    const size = JSON.stringify(r.data.isochrones).length;
    console.log(
      `[budget ${TEST_DB}] 60 facilities × 3 thresholds: ${(size / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms; /healthz p50 ${h.p50.toFixed(1)} ms, max ${h.max.toFixed(1)} ms`,
    );
    expect(r.data.isochrones.features.length).toBeGreaterThanOrEqual(150);
    expect(size).toBeLessThan(30e6);
    expect(h.max).toBeLessThan(1000);
    // 64 facilities at the same walk are over it, and say so
    const over = await api.gqlAs(viewer, FACILITY_ISOCHRONES, { ids: facilityIds.slice(0, 64), speed: 1 }, 'en');
    expect(over.errors?.[0]?.message).toMatch(/64 facilities × 3 thresholds reach about 253 km² in all; the limit is 250 km²/);
  });

  it('refuses a site suggestion over its budget (uncovered areas × reach area; candidates × k) before any search', async () => {
    const before = pool();
    const far = await api.gqlAs(planner, `{ suggestSites(k: 5, minutes: 120, speed: 0.25) { candidates } }`, {}, 'en');
    // 1,800 m: still many uncovered areas, each reaching about 10 km²
    if (far.errors) {
      expect(far.errors[0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(far.errors[0].message).toMatch(/the limit is 20,000 km²/);
    }
    const candidates = Array.from({ length: 8000 }, (_, i) => ({
      lon: 106.63 + (i % 100) * 0.0003,
      lat: 29.72 + Math.floor(i / 100) * 0.0003,
    }));
    const many = await api.gqlAs(planner, `query($c: [LonLatInput!]) { suggestSites(k: 100, candidates: $c) { candidates } }`, {
      c: candidates,
    });
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(many.errors![0].extensions!.fields![0].field).toBe('candidates');
    expect(many.errors![0].message).toMatch(/× k = 100.*上限为 400,000/);
    expect(pool().busy).toBe(0);
    expect(pool().cancelled).toBe(before.cancelled);
  });

  // Regression: the work went on after the client gave up.
  it('stops the work of a client that disconnects mid-analysis: its worker call is cancelled and the pool is idle at once', async () => {
    // the registry's distances are computed (and cached) first, so what runs next is the suggestion alone
    expect((await api.gqlAs(planner, `{ coverage { meters } }`)).errors).toBeUndefined();
    const before = pool();
    const controller = new AbortController();
    const request = fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${planner}` },
      body: JSON.stringify({ query: `{ suggestSites(k: 20) { candidates newlyCoveredOlder } }` }),
      signal: controller.signal,
    }).catch((e: Error) => e);
    const deadline = Date.now() + 20_000;
    while (pool().busy === 0 && Date.now() < deadline) await sleep(5);
    expect(pool().busy).toBeGreaterThan(0);
    await sleep(100);
    controller.abort();
    const t0 = performance.now();
    while ((pool().busy > 0 || api.server.walkingData.analyses.stats().running > 0) && performance.now() - t0 < 5000) await sleep(2);
    const stoppedMs = performance.now() - t0;
    console.log(
      `[budget ${TEST_DB}] disconnected site suggestion: workers idle ${stoppedMs.toFixed(0)} ms after the client went away (${JSON.stringify(pool())})`,
    );
    expect(await request).toBeInstanceOf(Error);
    expect(pool().busy).toBe(0);
    expect(api.server.walkingData.analyses.stats().running).toBe(0);
    expect(pool().cancelled).toBeGreaterThan(before.cancelled);
    expect(pool().terminated).toBeGreaterThan(before.terminated);
    expect(stoppedMs).toBeLessThan(1000);
    // the replacement worker answers
    const r = await api.gqlAs(planner, `{ gapZones(limit: 3) { rank geometry } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.gapZones[0].geometry.type).toBe('Polygon');
  });

  // Regression: ten background site suggestions plus six coverage queries pushed /healthz to 3.2 s.
  it('queues ten background site suggestions (two at a time, one per user) beside six coverage queries; /healthz stays < 1 s; cancelled jobs stop', async () => {
    const health = pollHealth();
    const jobs = (
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          api.gqlAs(planner, `mutation($k: Int!) { startSiteSuggestion(k: $k) { id status stage } }`, { k: 3 + i }),
        ),
      )
    ).map((r) => {
      expect(r.errors).toBeUndefined();
      return r.data.startSiteSuggestion as { id: string; status: string; stage: string };
    });
    const queue = api.server.walkingData.jobs;
    // one runs for this user; the other nine wait their turn
    expect(queue.stats(), JSON.stringify(jobs)).toEqual({ running: 1, waiting: 9 });
    const other = await api.gqlAs(otherPlanner, `mutation { startSiteSuggestion(k: 2) { id } }`);
    expect(queue.stats().running).toBe(2);
    const coverage = await Promise.all(
      [15, 10, 5, 20, 15, 30].map((m) =>
        api.gqlAs(planner, `query($m: Float) { coverage(minutes: $m) { meters groups { coveredOlder } } }`, { m }),
      ),
    );
    for (const c of coverage) expect(c.errors, JSON.stringify(c.errors)).toBeUndefined();
    const status = async (token: string, id: string) =>
      (await api.gqlAs(token, `query($id: ID!) { analysisJob(id: $id) { status stage error } }`, { id })).data.analysisJob;
    let maxRunning = 0;
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      maxRunning = Math.max(maxRunning, queue.stats().running);
      if ((await status(planner, jobs[0].id)).status !== 'RUNNING') break;
      await sleep(100);
    }
    const first = await status(planner, jobs[0].id);
    expect(first.status, JSON.stringify(first)).toBe('DONE');
    // someone else's job cannot be cancelled by this user
    const foreign = await api.gqlAs(planner, `mutation($id: ID!) { cancelAnalysisJob(id: $id) { id } }`, {
      id: other.data.startSiteSuggestion.id,
    });
    expect(foreign.errors?.[0]?.extensions?.code, JSON.stringify(foreign)).toBe('FORBIDDEN');
    const t0 = performance.now();
    const cancelled = await Promise.all(
      [...jobs.slice(1).map((j) => [planner, j.id]), [otherPlanner, other.data.startSiteSuggestion.id]].map(([token, id]) =>
        api.gqlAs(token, `mutation($id: ID!) { cancelAnalysisJob(id: $id) { id status stage error } }`, { id }),
      ),
    );
    while ((queue.stats().running > 0 || pool().busy > 0) && performance.now() - t0 < 5000) await sleep(2);
    const stoppedMs = performance.now() - t0;
    const h = await health.stop();
    console.log(
      `[budget ${TEST_DB}] 11 background suggestions + 6 coverage queries: at most ${maxRunning} jobs at once; /healthz p50 ${h.p50.toFixed(1)} ms, max ${h.max.toFixed(1)} ms over ${h.latencies.length} polls; the 10 cancelled jobs stopped within ${stoppedMs.toFixed(0)} ms`,
    );
    for (const c of cancelled) {
      expect(c.errors).toBeUndefined();
      // a job that finished in the meantime stays DONE
      expect(['FAILED', 'DONE']).toContain(c.data.cancelAnalysisJob.status);
      if (c.data.cancelAnalysisJob.status === 'FAILED') expect(c.data.cancelAnalysisJob.error).toBe('分析已取消。');
    }
    expect(cancelled.filter((c) => c.data.cancelAnalysisJob.status === 'FAILED').length).toBeGreaterThanOrEqual(8);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
    expect(pool().busy).toBe(0);
    expect(maxRunning).toBeLessThanOrEqual(2);
    expect(stoppedMs).toBeLessThan(1000);
    expect(h.statuses.every((s) => s === 200)).toBe(true);
    expect(h.max).toBeLessThan(1000);
    const unknown = await api.gqlAs(planner, `mutation { cancelAnalysisJob(id: "no-such-job") { id } }`, {}, 'en');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
