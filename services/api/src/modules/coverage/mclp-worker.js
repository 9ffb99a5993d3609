/**
 * Runs one maximal-covering-location solve (greedy + swap, exact HiGHS where small enough)
 * off the API's event loop. Plain JavaScript so it runs from the sources and from dist alike.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { solveMclp } from '@carecircle/walk-engine';

solveMclp(workerData.input, workerData.options)
  .then((result) => parentPort.postMessage({ ok: true, result }))
  .catch((err) => parentPort.postMessage({ ok: false, error: String(err?.message ?? err) }));
