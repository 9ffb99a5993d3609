import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { ImportFileError } from './import-messages.js';

/** Most bytes the parts of a workbook may unpack to (its XML, shared strings included). */
export const XLSX_MAX_UNPACKED_MB = 100;
/** Most rows a worksheet may hold. */
export const XLSX_MAX_ROWS = 100_000;

export interface XlsxLimits {
  maxUnpackedMb: number;
  maxRows: number;
}

export const XLSX_LIMITS: XlsxLimits = { maxUnpackedMb: XLSX_MAX_UNPACKED_MB, maxRows: XLSX_MAX_ROWS };

const MB = 1024 * 1024;

/**
 * Reads only the ZIP's central directory (nothing is inflated) and refuses a workbook whose parts
 * declare more than `maxUnpackedMb` unpacked: a 0.3 MB file of 300 MB shared strings is refused
 * here in milliseconds, before any parsing.
 * @example checkDeclaredSize(bytes) // throws ImportFileError 'file.xlsxUnpacked' for a ZIP bomb
 */
export function checkDeclaredSize(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): number {
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        return false;
      },
    });
  } catch (err) {
    throw ImportFileError.of('file.badXlsx', { reason: (err as Error).message });
  }
  if (declared > limits.maxUnpackedMb * MB) {
    throw ImportFileError.of('file.xlsxUnpacked', { size: Math.ceil(declared / MB), max: limits.maxUnpackedMb });
  }
  return declared;
}

const isSheetXml = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
const isCounted = (name: string) => isSheetXml(name) || /^xl\/sharedStrings\.xml$/i.test(name);

/**
 * Inflates the worksheets and shared strings as a stream, counting the bytes they really unpack to
 * (a ZIP may understate them in its directory) and the `<row>` elements of each worksheet, and stops
 * as soon as either limit is passed. Nothing is kept in memory but the current chunk.
 */
export function checkUnpacked(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): { unpacked: number; rows: number } {
  let unpacked = 0;
  let maxRows = 0;
  let problem: ImportFileError | null = null;
  const unzip = new Unzip((file) => {
    if (problem || !isCounted(file.name)) return;
    const sheet = isSheetXml(file.name);
    let rows = 0;
    let tail = '';
    file.ondata = (err, chunk) => {
      if (problem) return;
      if (err) {
        problem = ImportFileError.of('file.badXlsx', { reason: err.message });
        return;
      }
      unpacked += chunk.length;
      if (unpacked > limits.maxUnpackedMb * MB) {
        problem = ImportFileError.of('file.xlsxUnpacked', { size: `> ${limits.maxUnpackedMb}`, max: limits.maxUnpackedMb });
        file.terminate();
        return;
      }
      if (!sheet) return;
      const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
      rows += text.match(/<(?:\w+:)?row[\s>/]/g)?.length ?? 0;
      // An element cut between chunks is counted in the next one.
      const cut = text.lastIndexOf('<');
      tail = cut >= 0 && text.length - cut < 8 ? text.slice(cut) : '';
      if (tail) rows -= tail.match(/<(?:\w+:)?row[\s>/]/g)?.length ?? 0;
      if (rows > limits.maxRows) {
        problem = ImportFileError.of('file.xlsxRows', { max: limits.maxRows });
        file.terminate();
      }
      maxRows = Math.max(maxRows, rows);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !problem; at += 1 * MB) unzip.push(bytes.subarray(at, at + MB), at + MB >= bytes.length);
  } catch (err) {
    if (!problem) throw ImportFileError.of('file.badXlsx', { reason: (err as Error).message });
  }
  if (problem) throw problem;
  return { unpacked, rows: maxRows };
}
