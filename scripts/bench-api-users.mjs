// The user-facing part of `pnpm bench:api` on the demo district: every registered query of the
// admin apps as one user meets it (one request at a time, once warm, p50 / p95), the first coverage
// after a change of the registry, and a trivial query while analyses run. Figures, not tests.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const APPS = ['shell', 'planner', 'stations', 'agreements', 'workforce'];
/** Who opens each app (the demo's users). */
const USER_OF_APP = { shell: 'minzheng', planner: 'planner', stations: 'minzheng', agreements: 'weijian', workforce: 'minzheng' };
const WARM = 3;
const TIMED = 20;

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

/** Every registered document of the apps of one kind (query, mutation), with its operation name and variable definitions. */
function registeredOperations(root, kind = 'query') {
  const { parse } = createRequire(path.join(root, 'services/api/package.json'))('graphql');
  const out = [];
  for (const app of APPS) {
    const file = path.join(root, 'apps', app, 'dist', 'persisted-documents.json');
    if (!fs.existsSync(file)) continue;
    for (const text of Object.values(JSON.parse(fs.readFileSync(file, 'utf8')))) {
      const op = parse(text).definitions.find((d) => d.kind === 'OperationDefinition');
      if (op?.operation !== kind) continue;
      const vars = (op.variableDefinitions ?? []).map((v) => ({ name: v.variable.name.value, required: v.type.kind === 'NonNullType' }));
      out.push({ app, name: op.name?.value ?? '(anonymous)', text, vars });
    }
  }
  return out;
}

/**
 * Values for the apps' variables, as the apps send them on the demo district: ids of records that
 * exist (a facility, a worker, a review item, a finished site suggestion), the planner's walking
 * threshold, the district as scope.
 */
async function variableValues(gql, tokens) {
  const planner = tokens.planner;
  const f = await gql(planner, `{ facilities(first: 3, filter: { statuses: [APPROVED] }) { nodes { id location division { id } } } }`);
  const facilities = f.data?.facilities?.nodes ?? [];
  const w = await gql(tokens.minzheng, `{ workers(first: 1) { nodes { id } } }`);
  let inbox = await gql(tokens.minzheng, `{ reviewInbox(first: 1) { nodes { id } } }`);
  if (!inbox.data?.reviewInbox?.nodes?.length && tokens.lianglu) {
    // A street office submits a new station near one of its own, so the inbox holds an item.
    const me = await gql(tokens.lianglu, `{ me { division { id } } }`);
    const own = await gql(tokens.lianglu, `query($d: ID) { facilities(first: 1, filter: { divisionId: $d }) { nodes { location } } }`, {
      d: me.data?.me?.division?.id ?? null,
    });
    const [x, y] = own.data?.facilities?.nodes?.[0]?.location?.coordinates ?? [];
    if (x !== undefined) {
      const made = await gql(tokens.lianglu, `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id version } }`, {
        i: { kind: 'COMMUNITY_STATION', name: '测试新站点', location: { lon: x + 0.0005, lat: y + 0.0005 } },
      });
      const f = made.data?.createFacility;
      if (f)
        await gql(tokens.lianglu, `mutation($id: ID!, $v: Int!) { submitFacility(id: $id, version: $v) { id } }`, {
          id: f.id,
          v: f.version,
        });
      inbox = await gql(tokens.minzheng, `{ reviewInbox(first: 1) { nodes { id } } }`);
    }
  }
  const job = await gql(planner, `mutation { startSiteSuggestion(k: 3) { id } }`);
  const jobId = job.data?.startSiteSuggestion?.id ?? null;
  for (let i = 0; jobId && i < 300; i++) {
    const s = await gql(planner, `query($id: ID!) { analysisJob(id: $id) { status } }`, { id: jobId });
    if (s.data?.analysisJob?.status !== 'RUNNING' && s.data?.analysisJob?.status !== 'QUEUED') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const [lon, lat] = facilities[0]?.location?.coordinates ?? [106.63, 29.72];
  return {
    divisionId: null,
    minutes: 15,
    speed: 1,
    profile: 'ELDERLY',
    staffedOnly: false,
    first: 20,
    divisions: true,
    ids: facilities.map((x) => x.id),
    p: { lon: lon + 0.001, lat: lat + 0.001 },
    changes: [{ action: 'ADD', kind: 'COMMUNITY_STATION', name: '新站点', location: { lon: lon + 0.01, lat: lat + 0.01 } }],
    scenarioId: null,
    // per operation: a required division (a street/town with stations)
    requiredDivision: facilities[0]?.division?.id ?? null,
    // per operation: which record an `id` names
    id: {
      FacilityCard: facilities[0]?.id,
      StationForEdit: facilities[0]?.id,
      SiteSuggestionJob: jobId,
      ReviewItemEffect: inbox.data?.reviewInbox?.nodes?.[0]?.id ?? null,
      WorkerIdNumber: w.data?.workers?.nodes?.[0]?.id ?? null,
      WorkerProfile: w.data?.workers?.nodes?.[0]?.id ?? null,
    },
  };
}

/**
 * Each registered query, one request at a time as its app's user sends it (3 unmeasured, then 20
 * timed): p50 and p95 in ms. Operations whose required variables have no value here are listed.
 */
export async function operationsOneAtATime({ root, url, signIn, log }) {
  const tokens = {};
  for (const user of new Set([...Object.values(USER_OF_APP), 'lianglu'])) tokens[user] = await signIn(url, user);
  const gql = async (token, query, variables) =>
    (
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      })
    ).json();
  const values = await variableValues(gql, tokens);
  const results = [];
  const skipped = [];
  for (const op of registeredOperations(root)) {
    const variables = {};
    let missing = null;
    for (const v of op.vars) {
      let value = v.name === 'id' ? values.id[op.name] : values[v.name];
      if (v.name === 'divisionId' && v.required) value = values.requiredDivision;
      if (value === undefined || value === null) {
        if (v.required) missing = v.name;
        continue;
      }
      variables[v.name] = value;
    }
    if (missing) {
      skipped.push(`${op.app}: ${op.name} (no value for $${missing})`);
      continue;
    }
    const token = tokens[USER_OF_APP[op.app]];
    const times = [];
    let errors = null;
    for (let i = 0; i < WARM + TIMED; i++) {
      const t = performance.now();
      const r = await gql(token, op.text, variables);
      if (i >= WARM) times.push(performance.now() - t);
      if (r.errors && !errors) errors = r.errors[0]?.message;
    }
    const row = { app: op.app, name: op.name, p50: pct(times, 0.5), p95: pct(times, 0.95), errors };
    results.push(row);
    log(
      `demo   one at a time  ${`${op.app}: ${op.name}`.padEnd(40)} p50 ${row.p50.toFixed(1).padStart(6)} ms  p95 ${row.p95.toFixed(1).padStart(6)} ms${errors ? `  ERROR ${errors}` : ''}`,
    );
  }
  const over = results.filter((r) => r.p95 >= 100);
  log(
    `demo   one at a time: ${results.length} registered queries, ${over.length} with p95 ≥ 100 ms${over.length ? ` (${over.map((r) => r.name).join(', ')})` : ''}, worst p95 ${Math.max(...results.map((r) => r.p95)).toFixed(1)} ms`,
  );
  if (skipped.length) log(`demo   one at a time, not run: ${skipped.join('; ')}`);
  return { results, skipped, tokens, gql };
}

/**
 * The planner's district coverage right after a change of the registry: an approved station moved
 * by about 100 m (and back), five times; ms from sending the coverage query to its answer.
 */
export async function coverageAfterChange({ tokens, gql, log }) {
  const admin = tokens.minzheng;
  const coverage = `query($p: WalkProfile!) { coverage(minutes: 15, speed: 1, profile: $p) { completeCircles groups { group coveredOlder } children { groups { group coveredOlder } } } }`;
  const f = await gql(
    admin,
    `{ facilities(first: 1, filter: { statuses: [APPROVED], kinds: [COMMUNITY_STATION] }) { nodes { id version location } } }`,
  );
  const station = f.data?.facilities?.nodes?.[0];
  if (!station) {
    log(`demo   coverage after a change: no approved station (${JSON.stringify(f.errors)})`);
    return null;
  }
  await gql(tokens.planner, coverage, { p: 'ELDERLY' });
  let { version } = station;
  const [lon, lat] = station.location.coordinates;
  const times = [];
  for (let i = 0; i < 5; i++) {
    const moved = i % 2 === 0 ? { lon: lon + 0.001, lat } : { lon, lat };
    const u = await gql(admin, `mutation($input: UpdateFacilityInput!) { updateFacility(input: $input) { id version } }`, {
      input: { id: station.id, version, location: moved },
    });
    if (u.errors) {
      log(`demo   coverage after a change: the move was refused (${u.errors[0].message})`);
      return null;
    }
    version = u.data.updateFacility.version;
    const t = performance.now();
    const c = await gql(tokens.planner, coverage, { p: 'ELDERLY' });
    times.push(performance.now() - t);
    if (c.errors) throw new Error(`coverage after a change failed: ${c.errors[0].message}`);
  }
  const warm = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await gql(tokens.planner, coverage, { p: 'ELDERLY' });
    warm.push(performance.now() - t);
  }
  log(
    `demo   district coverage (ELDERLY) after moving a station: ${times.map((x) => x.toFixed(0)).join(', ')} ms (5 changes); unchanged registry ${pct(warm, 0.5).toFixed(0)} ms`,
  );
  return { times, warm };
}

/**
 * A planner's site suggestion (k = 5, the planner's default view: older walkers): when its first
 * answer (the greedy one) and its exact one arrive, polled as the planner's page polls, three
 * times at thresholds no kept answer holds.
 */
export async function siteSuggestionTimes({ tokens, gql, log }) {
  const token = tokens.planner;
  const firsts = [];
  const finals = [];
  for (const minutes of [15, 14.9, 14.8]) {
    const started = performance.now();
    const job = await gql(token, `mutation($m: Float!) { startSiteSuggestion(k: 5, minutes: $m, profile: ELDERLY) { id } }`, {
      m: minutes,
    });
    if (job.errors) throw new Error(`site suggestion failed: ${job.errors[0].message}`);
    const id = job.data.startSiteSuggestion.id;
    let first = null;
    for (;;) {
      const r = await gql(token, `query($id: ID!) { analysisJob(id: $id) { status error preliminary { gap } siteSuggestion { gap } } }`, {
        id,
      });
      const j = r.data?.analysisJob;
      if (!j) throw new Error(`site suggestion job lost: ${JSON.stringify(r.errors)}`);
      if (first == null && (j.preliminary || j.siteSuggestion)) first = performance.now() - started;
      if (j.status !== 'RUNNING' && j.status !== 'QUEUED') {
        if (j.status !== 'DONE') throw new Error(`site suggestion ended ${j.status}: ${j.error}`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    firsts.push(first);
    finals.push(performance.now() - started);
  }
  const list = (xs) => xs.map((x) => (x / 1000).toFixed(2)).join(', ');
  log(`demo   site suggestion k = 5 (ELDERLY): first answer after ${list(firsts)} s, exact after ${list(finals)} s (3 thresholds)`);
  return { firsts, finals };
}

/**
 * `{ me }` one request at a time while analyses run: two site suggestions in the background and
 * two users asking for coverage at thresholds no cache holds, for `seconds`.
 */
export async function trivialWhileAnalysesRun({ tokens, gql, log, seconds = 10 }) {
  const token = tokens.planner;
  const until = performance.now() + seconds * 1000;
  const jobs = [];
  for (let i = 0; i < 2; i++) {
    const j = await gql(token, `mutation($k: Int!) { startSiteSuggestion(k: $k) { id } }`, { k: 5 + i });
    if (j.data) jobs.push(j.data.startSiteSuggestion.id);
  }
  let analyses = 0;
  const busy = async (user, offset) => {
    for (let m = 0; performance.now() < until; m++) {
      const c = await gql(tokens[user], `query($m: Float!) { coverage(minutes: $m) { completeCircles groups { group coveredOlder } } }`, {
        m: 8 + offset + m * 0.001,
      });
      if (c.errors) throw new Error(`coverage failed: ${c.errors[0].message}`);
      analyses++;
    }
  };
  const times = [];
  const probe = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      await gql(token, '{ me { id } }');
      times.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await Promise.all([busy('planner', 0), busy('minzheng', 0.1), probe()]);
  for (const id of jobs) await gql(token, `mutation($id: ID!) { cancelAnalysisJob(id: $id) { id } }`, { id });
  log(
    `demo   { me } while 2 site suggestions and 2 users' coverage run (${analyses} coverage answers in ${seconds} s): ${times.length} requests, p50 ${pct(times, 0.5).toFixed(1)} ms, p99 ${pct(times, 0.99).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
  );
  return { times, analyses };
}

/**
 * The apps' registered writes, one at a time as their users send them (10 rounds): a street
 * office creates, changes and submits a station and civil affairs approves it; a planner saves,
 * changes and deletes a scenario; civil affairs records a training. p50 / p95 per operation.
 */
export async function writesOneAtATime({ root, tokens, gql, log, rounds = 10 }) {
  const docs = new Map(registeredOperations(root, 'mutation').map((op) => [op.name, op.text]));
  const times = new Map();
  const run = async (name, user, variables) => {
    const text = docs.get(name);
    if (!text) throw new Error(`no registered operation ${name}`);
    const t = performance.now();
    const r = await gql(tokens[user], text, variables);
    const ms = performance.now() - t;
    if (r.errors) throw new Error(`${name}: ${r.errors[0].message}`);
    (times.get(name) ?? times.set(name, []).get(name)).push(ms);
    return Object.values(r.data).find((v) => v && typeof v === 'object') ?? r.data;
  };
  const me = await gql(tokens.lianglu, `{ me { division { id } } }`);
  const own = await gql(tokens.lianglu, `query($d: ID) { facilities(first: 1, filter: { divisionId: $d }) { nodes { location } } }`, {
    d: me.data?.me?.division?.id ?? null,
  });
  const [x, y] = own.data.facilities.nodes[0].location.coordinates;
  const worker = (await gql(tokens.minzheng, `{ workers(first: 1) { nodes { id version } } }`)).data.workers.nodes[0];
  let workerVersion = worker.version;
  for (let i = 0; i < rounds; i++) {
    const location = { lon: x + 0.0003 * (i + 1), lat: y + 0.0002 };
    const made = await run('CreateStation', 'lianglu', { input: { kind: 'COMMUNITY_STATION', name: `测试站点 ${i + 1}`, location } });
    const changed = await run('UpdateStation', 'lianglu', {
      input: { id: made.id, version: made.version, name: `测试站点 ${i + 1}（改）` },
    });
    const submitted = await run('SubmitStation', 'lianglu', { id: changed.id, version: changed.version });
    await run('InboxApproveFacility', 'minzheng', { id: submitted.id, version: submitted.version });
    const changes = [{ action: 'ADD', kind: 'COMMUNITY_STATION', name: '设想站点', location }];
    const saved = await run('SaveScenario', 'planner', { name: `测试方案 ${process.pid}-${i}`, changes });
    const updated = await run('UpdateScenario', 'planner', {
      id: saved.id,
      version: saved.version,
      name: `测试方案 ${process.pid}-${i}（改）`,
      changes,
    });
    await run('DeleteScenario', 'planner', { id: updated.id, version: updated.version });
    const trained = await run('AddWorkerTraining', 'minzheng', {
      workerId: worker.id,
      version: workerVersion,
      input: { course: '失智照护', kind: 'IN_SERVICE', hours: 8, provider: '区养老服务指导中心', heldOn: '2026-11-20' },
    });
    workerVersion = trained.version;
  }
  for (const [name, xs] of times) {
    log(
      `demo   one at a time  write ${name.padEnd(34)} p50 ${pct(xs, 0.5).toFixed(1).padStart(6)} ms  p95 ${pct(xs, 0.95).toFixed(1).padStart(6)} ms`,
    );
  }
  const worst = Math.max(...[...times.values()].map((xs) => pct(xs, 0.95)));
  log(`demo   one at a time: ${times.size} registered writes, worst p95 ${worst.toFixed(1)} ms`);
  return times;
}
