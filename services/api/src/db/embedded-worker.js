/**
 * Hosts the embedded PGlite + PostGIS database in its own thread and serves it on a
 * loopback port, so the API talks plain PostgreSQL through `pg` and its event loop stays free.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir: string | null }} */
const { dataDir } = workerData;

async function main() {
  const db = await PGlite.create({ dataDir: dataDir ?? undefined, extensions: { postgis } });
  await db.exec('CREATE EXTENSION IF NOT EXISTS postgis');
  // One connection: PGlite is a single session, so transactions never interleave.
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 1 });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  parentPort.postMessage({ type: 'ready', host, port: Number(port) });
  parentPort.on('message', async (msg) => {
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
