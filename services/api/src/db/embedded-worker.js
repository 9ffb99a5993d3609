/**
 * Hosts the embedded PGlite + PostGIS database in its own thread and serves it on a
 * loopback port, so the API talks plain PostgreSQL through `pg` and its event loop stays free.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir: string | null, templateDir: string | null, loadFrom: string | null }} */
const { dataDir, templateDir, loadFrom } = workerData;

/** The installed version of a package (its package.json is not exported, so found beside its entry). */
function packageVersion(name) {
  let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (pkg.name === name) return pkg.version;
    }
    const up = path.dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}

/**
 * A new database's cluster with PostGIS installed, as PGlite's own tarball: initdb and
 * `CREATE EXTENSION postgis` take ≈ 15 s in WebAssembly, loading this ≈ 4 s. Kept in the system's
 * temporary folder per PGlite and PostGIS version, written atomically, made again when missing or damaged.
 */
const TEMPLATE = path.join(
  templateDir ?? os.tmpdir(),
  `carecircle-pglite-${packageVersion('@electric-sql/pglite')}-postgis-${packageVersion('@electric-sql/pglite-postgis')}.tar.gz`,
);

/** The template as an uncompressed tarball, or null when there is none or it does not unzip whole. */
function readTemplate() {
  if (!fs.existsSync(TEMPLATE)) return null;
  try {
    return new Blob([gunzipSync(fs.readFileSync(TEMPLATE))], { type: 'application/x-tar' });
  } catch {
    fs.rmSync(TEMPLATE, { force: true });
    return null;
  }
}

/**
 * Makes a template in memory (so it holds the database cluster and nothing else of a data
 * directory, such as its lock file) and stores it.
 * @returns the in-memory database and its tarball.
 */
async function makeTemplate() {
  const db = await PGlite.create({ extensions: { postgis } });
  await db.exec('CREATE EXTENSION IF NOT EXISTS postgis');
  const dump = await db.dumpDataDir('gzip');
  try {
    const partial = `${TEMPLATE}.${process.pid}.${Date.now()}`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, TEMPLATE);
  } catch {
    // Only a cache: the next new database makes it again.
  }
  return { db, dump };
}

const LOCK_FILE = 'carecircle.lock'; // data-dir-lock.ts, held by the main thread

/** Empties a data directory that a failed start left half-written (the lock file stays). */
function clearDataDir(dir) {
  for (const entry of fs.readdirSync(dir)) if (entry !== LOCK_FILE) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
}

/** Opens the database; a new one starts from the template (made first when there is none). */
async function open() {
  const options = { dataDir: dataDir ?? undefined, extensions: { postgis } };
  // A copy of a database dumped earlier (`dump` below), in memory.
  if (loadFrom)
    return PGlite.create({
      extensions: { postgis },
      loadDataDir: new Blob([gunzipSync(fs.readFileSync(loadFrom))], { type: 'application/x-tar' }),
    });
  if (dataDir && fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return PGlite.create(options);
  let template = readTemplate();
  if (!template) {
    const made = await makeTemplate();
    if (!dataDir) return made.db;
    await made.db.close();
    template = made.dump;
  }
  const lockFile = dataDir ? path.join(dataDir, LOCK_FILE) : null;
  const lock = lockFile && fs.existsSync(lockFile) ? fs.readFileSync(lockFile) : null;
  try {
    const db = await PGlite.create({ ...options, loadDataDir: template });
    // The lock stays this process's, whatever a template made elsewhere may have held.
    if (lock && !fs.readFileSync(lockFile).equals(lock)) fs.writeFileSync(lockFile, lock);
    return db;
  } catch {
    fs.rmSync(TEMPLATE, { force: true });
    if (dataDir) clearDataDir(dataDir);
    return PGlite.create(options); // PostGIS is installed by main(), as for every database
  }
}

async function main() {
  const db = await open();
  await db.exec('CREATE EXTENSION IF NOT EXISTS postgis');
  // One connection: PGlite is a single session, so transactions never interleave.
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 1 });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  parentPort.postMessage({ type: 'ready', host, port: Number(port) });
  parentPort.on('message', async (msg) => {
    if (msg.type === 'dump') {
      try {
        await db.exec('CHECKPOINT');
        const dump = await db.dumpDataDir('gzip');
        const partial = `${msg.file}.${process.pid}.${Date.now()}`;
        fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
        fs.renameSync(partial, msg.file);
        parentPort.postMessage({ type: 'dumped' });
      } catch (err) {
        parentPort.postMessage({ type: 'error', message: String(err?.stack ?? err) });
      }
      return;
    }
    if (msg.type !== 'stop') return;
    try {
      await server.stop();
      await db.close();
      parentPort.postMessage({ type: 'stopped' });
    } catch (err) {
      parentPort.postMessage({ type: 'error', message: String(err?.stack ?? err) });
    }
  });
}

main().catch((err) => {
  parentPort.postMessage({ type: 'error', message: String(err?.stack ?? err) });
});
