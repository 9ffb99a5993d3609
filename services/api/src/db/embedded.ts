import { Worker } from 'node:worker_threads';
import { lockDataDir } from './data-dir-lock.js';

/** A running embedded database: its connection string and how to stop it. */
export interface EmbeddedDatabase {
  url: string;
  /** Writes the whole database to `file` (a gzip tarball that `loadFrom` opens again), atomically. */
  dump(file: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts PGlite with PostGIS in a worker thread, served over a loopback socket. A new database
 * starts from a cached template cluster with PostGIS installed (in `templateDir`, default the
 * system's temporary folder), made by the first one.
 * @param dataDir directory for the data files, or null for a throw-away in-memory database.
 * @param options.loadFrom an in-memory database starts as a copy of this dump (see `dump`).
 */
export async function startEmbeddedDatabase(
  dataDir: string | null,
  options: { templateDir?: string; loadFrom?: string } = {},
): Promise<EmbeddedDatabase> {
  if (dataDir && options.loadFrom) throw new Error('loadFrom opens an in-memory database only');
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  // Plain JavaScript, so the same file runs from the sources (tests) and from dist.
  const worker = new Worker(new URL('./embedded-worker.js', import.meta.url), {
    workerData: { dataDir, templateDir: options.templateDir ?? null, loadFrom: options.loadFrom ?? null },
  });
  try {
    const ready = await new Promise<{ host: string; port: number }>((resolve, reject) => {
      worker.once('message', (msg) => (msg.type === 'ready' ? resolve(msg) : reject(new Error(msg.message))));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`embedded database exited with code ${code}`)));
    });
    let stopped: Promise<void> | null = null;
    return {
      url: `postgres://postgres@${ready.host}:${ready.port}/postgres`,
      dump(file) {
        return new Promise<void>((resolve, reject) => {
          worker.once('message', (msg) => (msg.type === 'dumped' ? resolve() : reject(new Error(msg.message))));
          worker.postMessage({ type: 'dump', file });
        });
      },
      stop() {
        stopped ??= new Promise<void>((resolve) => {
          worker.once('message', () => resolve());
          worker.once('exit', () => resolve());
          worker.postMessage({ type: 'stop' });
        })
          .then(() => worker.terminate())
          .then(() => release());
        return stopped;
      },
    };
  } catch (err) {
    await worker.terminate();
    release();
    throw err;
  }
}
