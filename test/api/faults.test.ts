import 'reflect-metadata';
import { execFileSync, execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@carecircle/api/dist/db/database.js';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { createPostgresDatabase, POSTGRES_ADMIN_URL, TEST_DB } from '../testkit/database.js';
import { gqlPost, sleep, spawnCli, waitFor, writeFacilitiesCsv } from '../testkit/stress.js';

let api: TestApi;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'carecircle-faults-'));
beforeAll(async () => {
  api = await startTestApi({ label: 'faults', demo: false });
});
afterAll(async () => {
  await api?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const CREATE = `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id version } }`;
const UPDATE = `mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id version openingHours } }`;

describe(`concurrent edits of one facility (${TEST_DB})`, () => {
  it('two updates with the same version sent at once: one wins, the other gets CONFLICT', async () => {
    for (let round = 0; round < 8; round++) {
      const created = await api.gql(CREATE, {
        i: { name: `并发编辑-${round}`, kind: 'COMMUNITY_STATION', location: { lon: 106.6 + round * 0.01, lat: 29.7 } },
      });
      expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
      const { id, version } = created.data.createFacility;
      const [a, b] = await Promise.all(
        ['甲', '乙'].map((who) =>
          gqlPost(api.url, api.adminToken, UPDATE, { i: { id, version, openingHours: `${who} ${round}`, capacity: { beds: 10 } } }),
        ),
      );
      const answers = [a, b];
      const won = answers.filter((x) => x.status === 200 && x.body?.data?.updateFacility && !x.body.errors);
      const lost = answers.filter((x) => x.body?.errors);
      expect(won, JSON.stringify(answers.map((x) => x.body))).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].body.errors[0].extensions.code).toBe('CONFLICT');
      expect(lost[0].body.data).toBeNull();
      // The stored row is the winner's, at exactly one version more.
      const stored = (await api.gql(`query($id: ID!) { facility(id: $id) { version openingHours } }`, { id })).data.facility;
      expect(stored).toEqual({ version: version + 1, openingHours: won[0].body.data.updateFacility.openingHours });
    }
  });
});

/** The local cluster serving the test server, when this machine can restart it (Debian's pg_ctlcluster). */
function localCluster(): { version: string; name: string } | null {
  if (TEST_DB !== 'postgres') return null;
  const url = new URL(POSTGRES_ADMIN_URL);
  if (!['127.0.0.1', 'localhost'].includes(url.hostname)) return null;
  try {
    const port = url.port || '5432';
    const line = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .find((f) => f[2] === port);
    return line ? { version: line[0], name: line[1] } : null;
  } catch {
    return null;
  }
}
const cluster = localCluster();
const pgCtlCommand = (action: 'start' | 'stop') => `pg_ctlcluster --skip-systemctl-redirect ${cluster!.version} ${cluster!.name} ${action}`;
const serverUp = async () => {
  const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 1000 });
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
};

describe.runIf(TEST_DB === 'postgres')('PostgreSQL restarted during writes', () => {
  afterAll(async () => {
    // Whatever happened above, leave the server running for the rest of the suite.
    if (cluster && !(await serverUp())) execSync(pgCtlCommand('start'), { stdio: 'pipe', timeout: 60_000 });
    await waitFor(serverUp, 30_000, 250);
  });

  it.runIf(!!cluster)('reports unhealthy, recovers by itself, and keeps every acknowledged write', { timeout: 120_000 }, async () => {
    const health: { t: number; status: number }[] = [];
    const acked = new Map<string, string>(); // name -> id
    let attempts = 0;
    let failures = 0;
    let stop = false;
    let recoveredAt = Infinity;
    let ackedAfterRecovery = 0;
    const lastErrors: string[] = [];
    const t0 = Date.now();

    const monitor = (async () => {
      while (!stop) {
        const status = await fetch(`${api.url}/healthz`).then(
          (r) => r.status,
          () => 0,
        );
        health.push({ t: Date.now() - t0, status });
        await sleep(100);
      }
    })();
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const name = `重启写入-${w}-${i}`;
        attempts++;
        const a = await gqlPost(api.url, api.adminToken, CREATE, {
          i: { name, kind: 'MUTUAL_AID_POINT', location: { lon: 100 + w + (i % 500) * 0.001, lat: 30 + Math.floor(i / 500) * 0.001 } },
        });
        const id = a.body?.data?.createFacility?.id;
        if (a.status === 200 && id && !a.body.errors) {
          acked.set(name, id);
          if (Date.now() > recoveredAt) ackedAfterRecovery++;
        } else {
          failures++;
          if (failures <= 3 || Date.now() > recoveredAt)
            lastErrors.push(`${Date.now() - t0} ms: ${a.status} ${a.networkError ?? a.text.slice(0, 300)}`);
          // The API answers; it never hangs up or crashes. Errors are masked, never SQL.
          expect(a.status, a.networkError).toBeGreaterThan(0);
          expect(a.text).not.toMatch(/select |insert into|ECONNREFUSED|terminating connection|\bat .*\.js:\d+/i);
          await sleep(50);
        }
      }
    };
    const writers = [0, 1, 2].map(writer);

    await waitFor(() => acked.size >= 20, 20_000);
    const ackedBefore = acked.size;
    // Stop, stay down 2 s, start: one detached shell, so the server comes back even if this
    // test process dies in between.
    const stoppedAt = Date.now() - t0;
    const restart = spawn('sh', ['-c', `${pgCtlCommand('stop')} -m fast && sleep 2 && ${pgCtlCommand('start')}`], {
      detached: true,
      stdio: 'ignore',
    });
    const restarted = new Promise<number | null>((resolve) => restart.once('exit', resolve));
    const sawUnhealthy = await waitFor(() => health.some((h) => h.t > stoppedAt && h.status === 503), 15_000, 50);
    expect(await restarted).toBe(0);
    const startedAt = Date.now() - t0;
    // Recovery without touching the API: health turns 200 and writes succeed again.
    const healthy = await waitFor(() => health.some((h) => h.t > startedAt && h.status === 200), 30_000, 100);
    recoveredAt = Date.now();
    const writing = await waitFor(() => ackedAfterRecovery >= 20, 30_000, 100);
    stop = true;
    await Promise.all([...writers, monitor]);

    const firstOkAfter = health.find((h) => h.t > startedAt && h.status === 200);
    console.log(
      `[faults postgres] server stopped at ${stoppedAt} ms, started at ${startedAt} ms; /healthz 503 seen: ${sawUnhealthy}, ` +
        `200 again at ${firstOkAfter?.t ?? 'never'} ms (${firstOkAfter ? firstOkAfter.t - startedAt : '∞'} ms after start); ` +
        `writes attempted ${attempts}, acknowledged ${acked.size} (${ackedBefore} before the stop was asked for, ${ackedAfterRecovery} after /healthz turned 200), failed ${failures}`,
    );
    if (!writing) console.log(lastErrors.slice(0, 3), lastErrors.slice(-5));
    expect(sawUnhealthy).toBe(true);
    expect(healthy).toBe(true);
    expect(writing).toBe(true);

    // Every acknowledged write is stored, once; at most the failed attempts (outcome unknown to
    // the client) may have been stored without an acknowledgement.
    const c = new pg.Client({ connectionString: api.db.orm.config.get('clientUrl') });
    await c.connect();
    try {
      const rows = (await c.query<{ id: number; name: string }>(`select id, name from facility where name like '重启写入-%'`)).rows;
      const stored = new Map(rows.map((r) => [r.name, String(r.id)]));
      expect(stored.size).toBe(rows.length);
      const missing = [...acked].filter(([name, id]) => stored.get(name) !== id);
      expect(missing).toEqual([]);
      expect(rows.length - acked.size).toBeGreaterThanOrEqual(0);
      expect(rows.length - acked.size).toBeLessThanOrEqual(failures);
    } finally {
      await c.end();
    }
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });
});

/** Waits until `test` finds the import writing, then kills the CLI with SIGKILL. */
async function killWhileWriting(args: string[], env: Record<string, string>, writing: () => Promise<boolean> | boolean) {
  const cli = spawnCli(args, env);
  let exited = false;
  void cli.done.then(() => (exited = true));
  const seen = await waitFor(async () => exited || (await writing()), 90_000, 20);
  const wasWriting = seen && !exited;
  if (wasWriting) cli.child.kill('SIGKILL');
  const result = await cli.done;
  return { wasWriting, ...result };
}

describe.runIf(TEST_DB === 'postgres')('crash during an import (PostgreSQL)', () => {
  it('kill -9 while the import writes leaves nothing of it', { timeout: 120_000 }, async () => {
    const created = await createPostgresDatabase('crash');
    const dbName = new URL(created.url).pathname.slice(1);
    const file = path.join(tmp, 'facilities-pg.csv');
    writeFacilitiesCsv(file, 100_000, '崩溃导入-');
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    try {
      const migrated = await spawnCli(['migrate'], { DATABASE_URL: created.url }).done;
      expect(migrated.code, migrated.out).toBe(0);
      let inserts = 0;
      const crash = await killWhileWriting(['import', 'facilities', file], { DATABASE_URL: created.url }, async () => {
        const r = await admin.query(
          `select count(*)::int as n from pg_stat_activity where datname = $1 and state = 'active' and query ilike 'insert into "facility"%'`,
          [dbName],
        );
        // Kill after a few batches went in, so the transaction holds written rows.
        if (r.rows[0].n > 0) inserts++;
        return inserts >= 3;
      });
      console.log(`[faults postgres] import killed while writing: ${crash.wasWriting} (signal ${crash.signal})`);
      expect(crash.wasWriting).toBe(true);
      expect(crash.signal).toBe('SIGKILL');
      // The server notices the dead client and rolls its transaction back.
      expect(
        await waitFor(
          async () => (await admin.query(`select count(*)::int as n from pg_stat_activity where datname = $1`, [dbName])).rows[0].n === 0,
          20_000,
        ),
      ).toBe(true);
      const c = new pg.Client({ connectionString: created.url });
      await c.connect();
      try {
        expect((await c.query(`select count(*)::int as n from facility`)).rows[0].n).toBe(0);
        // Nothing is left locked: the next import runs and commits.
        const small = path.join(tmp, 'facilities-small.csv');
        writeFacilitiesCsv(small, 3, '崩溃之后-');
        const after = await spawnCli(['import', 'facilities', small], { DATABASE_URL: created.url }).done;
        expect(after.code, after.out).toBe(0);
        expect((await c.query(`select count(*)::int as n from facility`)).rows[0].n).toBe(3);
      } finally {
        await c.end();
      }
    } finally {
      await admin.end();
      await created.drop();
    }
  });
});

describe.runIf(TEST_DB === 'embedded')('crash during an import (embedded database)', () => {
  it('kill -9 while the import writes: the data directory reopens and holds none of it', { timeout: 150_000 }, async () => {
    const dataDir = path.join(tmp, 'data');
    const file = path.join(tmp, 'facilities-embedded.csv');
    writeFacilitiesCsv(file, 100_000, '崩溃导入-');
    const migrated = await spawnCli(['migrate'], { DATA_DIR: dataDir }).done;
    expect(migrated.code, migrated.out).toBe(0);
    // The import's rows go to the write-ahead log first: a new WAL segment means it is writing.
    const wal = path.join(dataDir, 'pg_wal');
    const segments = () => fs.readdirSync(wal).filter((f) => /^[0-9A-F]{24}$/.test(f)).length;
    const baseline = segments();
    const crash = await killWhileWriting(['import', 'facilities', file], { DATA_DIR: dataDir }, () => segments() > baseline);
    console.log(
      `[faults embedded] import killed while writing: ${crash.wasWriting} (signal ${crash.signal}); WAL segments ${baseline} → ${segments()}`,
    );
    expect(crash.wasWriting).toBe(true);
    expect(crash.signal).toBe('SIGKILL');

    // The lock of the dead process is taken over; the database recovers from its log.
    const reopen = async () => {
      const db = await openDatabase({ databaseUrl: null, dataDir });
      try {
        const [row] = await db.orm.em
          .getConnection()
          .execute<{ n: string; m: string }[]>(`select count(*) as n, count(*) filter (where name like '崩溃%') as m from facility`);
        return { all: Number(row.n), ours: Number(row.m) };
      } finally {
        await db.close();
      }
    };
    expect(await reopen()).toEqual({ all: 0, ours: 0 });
    const small = path.join(tmp, 'facilities-small-embedded.csv');
    writeFacilitiesCsv(small, 3, '崩溃之后-');
    const after = await spawnCli(['import', 'facilities', small], { DATA_DIR: dataDir }).done;
    expect(after.code, after.out).toBe(0);
    expect(await reopen()).toEqual({ all: 3, ours: 3 });
  });
});
