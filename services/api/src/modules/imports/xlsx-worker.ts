/**
 * Worker thread that reads an XLSX workbook (`readXlsxHere`), so a large or hostile workbook never
 * blocks the API's event loop; its heap is capped by the parent (`resourceLimits`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ImportFileError } from './import-messages.js';
import { readXlsxHere } from './table-readers.js';

const { bytes, sheet, limits } = workerData as { bytes: Uint8Array; sheet?: string; limits: Parameters<typeof readXlsxHere>[2] };
readXlsxHere(bytes, sheet, limits).then(
  (table) => parentPort!.postMessage({ table }),
  (err: unknown) =>
    parentPort!.postMessage(
      err instanceof ImportFileError ? { fileError: err.messages } : { error: String((err as Error)?.message ?? err) },
    ),
);
