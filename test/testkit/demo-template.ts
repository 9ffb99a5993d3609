import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '@carecircle/api/dist/db/database.js';
import { seedDemoIfEmpty } from '@carecircle/api/dist/db/seed-demo.js';
import { todayInChina } from '@carecircle/api/dist/modules/agreements/care-agreement.entity.js';
import { DataKey, setDataKey } from '@carecircle/api/dist/modules/workforce/data-key.js';
import { POSTGRES_ADMIN_URL, TEST_DB } from './database.js';
import { REPO_ROOT } from './stress.js';

/**
 * The demo district, seeded once per build and day and copied for every test that asks for it:
 * seeding it (56 k road segments, 576 care workers) takes ≈ 5–17 s, a copy ≈ 1–4 s. On PostgreSQL
 * the copy is `CREATE DATABASE … TEMPLATE`; on the embedded database it is a dump of the seeded
 * cluster that a new in-memory database loads.
 *
 * The copies share one data key (ID numbers are encrypted with it), which the kit sets on every
 * database it opens.
 */
export const TEST_DATA_KEY_HEX = 'c3'.repeat(32);
export const TEST_DATA_KEY = new DataKey(Buffer.from(TEST_DATA_KEY_HEX, 'hex'));

/** What the seeded data depends on: the built API, demo generator and domain rules, PGlite, and today. */
function templateKey(): string {
  const hash = crypto.createHash('sha256').update(todayInChina());
  const roots = ['services/api/dist', 'packages/demo-district/dist', 'packages/domain/dist', 'packages/walk-engine/dist'];
  const files = roots.flatMap((r) =>
    (fs.readdirSync(path.join(REPO_ROOT, r), { recursive: true }) as string[]).filter((f) => f.endsWith('.js')).map((f) => path.join(r, f)),
  );
  for (const f of files.sort()) hash.update(f).update(fs.readFileSync(path.join(REPO_ROOT, f)));
  const pglite = path.join(REPO_ROOT, 'services/api/node_modules/@electric-sql');
  for (const p of ['pglite', 'pglite-postgis']) hash.update(fs.readFileSync(path.join(pglite, p, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

let cached: Promise<string> | null = null;

/**
 * The seeded demo database to copy: on PostgreSQL the template database's name, on the embedded
 * database the dump's path. Made by the first test that needs it (others wait for it).
 */
export function demoTemplate(): Promise<string> {
  cached ??= TEST_DB === 'postgres' ? postgresTemplate(templateKey()) : embeddedTemplate(templateKey());
  return cached;
}

async function seed(databaseUrl: string | null, then: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>): Promise<void> {
  const db = await openDatabase({ databaseUrl, dataDir: '' }, { inMemory: true });
  try {
    setDataKey(db.orm.config, TEST_DATA_KEY);
    await seedDemoIfEmpty(db.orm);
    await db.orm.close(true);
    await then(db);
  } finally {
    await db.close();
  }
}

const PREFIX = 'carecircle-test-demo-';

async function embeddedTemplate(key: string): Promise<string> {
  const file = path.join(os.tmpdir(), `${PREFIX}${key}.tar.gz`);
  const lock = `${file}.lock`;
  for (;;) {
    if (fs.existsSync(file)) return file;
    let fd: number | null = null;
    try {
      fd = fs.openSync(lock, 'wx');
    } catch {
      // Another test process is seeding it; a lock older than 5 minutes was left by one that died.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) fs.rmSync(lock, { force: true });
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      for (const old of fs.readdirSync(os.tmpdir()))
        if (old.startsWith(PREFIX) && old.endsWith('.tar.gz')) fs.rmSync(path.join(os.tmpdir(), old), { force: true });
      await seed(null, (db) => db.embedded!.dump(file));
      return file;
    } finally {
      fs.closeSync(fd);
      fs.rmSync(lock, { force: true });
    }
  }
}

async function postgresTemplate(key: string): Promise<string> {
  const name = `carecircle_test_demo_${key}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    // One maker at a time across test processes; the others find it made.
    await admin.query(`select pg_advisory_lock(hashtext('carecircle_test_demo'))`);
    const exists = await admin.query(`select 1 from pg_database where datname = $1`, [name]);
    if (exists.rowCount) return name;
    const old = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'carecircle\\_test\\_demo\\_%'`);
    for (const r of old.rows) await admin.query(`drop database if exists "${r.datname}" with (force)`);
    const building = `${name}_${process.pid}`;
    await admin.query(`drop database if exists "${building}"`);
    await admin.query(`create database "${building}"`);
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${building}`;
    await seed(url.toString(), async () => {});
    await admin.query(`alter database "${building}" rename to "${name}"`);
    return name;
  } finally {
    await admin.end(); // releases the advisory lock
  }
}
