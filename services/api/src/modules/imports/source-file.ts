import fs from 'node:fs/promises';
import path from 'node:path';
import { bilingual, ImportFileError } from './import-messages.js';
import type { ImportReport } from './import-report.js';

type Format = ImportReport['format'];

/** Default size limits in MB: a whole file is read into memory and checked before anything is written. */
export const DEFAULT_MAX_MB: Record<ImportReport['what'], number> = {
  roads: 512,
  facilities: 100,
  residents: 200,
  workers: 50,
  certificates: 50,
  trainings: 50,
  'dishonesty-list': 50,
};
/** Workbooks expand several times in memory. */
export const XLSX_MAX_MB = 50;

/** What an import brings in, for messages (道路 / roads). */
const whatOf = (what: ImportReport['what']) => {
  const name = bilingual(`what.${what}`);
  return { what: name.zh, whatEn: name.en };
};

/** The formats each import accepts, by extension. */
const ACCEPTED: Record<ImportReport['what'], Format[]> = {
  roads: ['geojson', 'osm', 'osm.pbf'],
  facilities: ['geojson', 'csv', 'xlsx'],
  residents: ['geojson', 'csv', 'xlsx'],
  workers: ['csv', 'xlsx'],
  certificates: ['csv', 'xlsx'],
  trainings: ['csv', 'xlsx'],
  'dishonesty-list': ['csv', 'xlsx'],
};

const EXTENSIONS: [string, Format][] = [
  ['.osm.pbf', 'osm.pbf'],
  ['.pbf', 'osm.pbf'],
  ['.osm', 'osm'],
  ['.xml', 'osm'],
  ['.geojson', 'geojson'],
  ['.json', 'geojson'],
  ['.csv', 'csv'],
  ['.txt', 'csv'],
  ['.xlsx', 'xlsx'],
];

export interface SourceFile {
  name: string;
  format: Format;
  bytes: Buffer;
}

/** Detects the format from the file name; throws a bilingual error for formats this import does not take. */
export function detectFormat(what: ImportReport['what'], file: string): Format {
  const lower = file.toLowerCase();
  if (lower.endsWith('.xls')) throw ImportFileError.of('file.xls');
  const found = EXTENSIONS.find(([ext]) => lower.endsWith(ext))?.[1];
  const accepted = ACCEPTED[what];
  if (!found || !accepted.includes(found)) {
    const ext = path.extname(lower) || lower;
    throw ImportFileError.of('file.unknownFormat', { ext, ...whatOf(what), accepted: accepted.map((f) => `.${f}`).join(', ') });
  }
  return found;
}

/** Sizes allowed for a format, with the bilingual message for a file over it. */
function checkSize(what: ImportReport['what'], format: Format, size: number, maxMb?: number): void {
  const limit = maxMb ?? (format === 'xlsx' ? XLSX_MAX_MB : DEFAULT_MAX_MB[what]);
  if (size > limit * 1024 * 1024) {
    throw ImportFileError.of('file.tooLarge', { size: (size / 1048576).toFixed(1), max: limit, ...whatOf(what) });
  }
  if (size === 0) throw ImportFileError.of('file.empty');
}

/**
 * Checks a file held in memory (an upload): its format (given, or from the name) must be one this
 * import takes, and its size within the limit.
 */
export function checkSourceBytes(
  what: ImportReport['what'],
  file: { name: string; bytes: Buffer; format?: Format },
  maxMb?: number,
): SourceFile {
  const format = file.format ?? detectFormat(what, file.name);
  if (!ACCEPTED[what].includes(format)) detectFormat(what, `${file.name}.${format}`);
  checkSize(what, format, file.bytes.length, maxMb);
  return { name: path.basename(file.name), format, bytes: file.bytes };
}

/** Reads a file to import, after checking that it exists and is not too large. */
export async function readSourceFile(what: ImportReport['what'], file: string, maxMb?: number): Promise<SourceFile> {
  const format = detectFormat(what, file);
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw ImportFileError.of('file.notFound', { file });
  if (!stat.isFile()) throw ImportFileError.of('file.notAFile', { file });
  const limit = maxMb ?? (format === 'xlsx' ? XLSX_MAX_MB : DEFAULT_MAX_MB[what]);
  if (stat.size > limit * 1024 * 1024) {
    throw ImportFileError.of('file.tooLargeCli', { size: (stat.size / 1048576).toFixed(1), max: limit, ...whatOf(what) });
  }
  if (stat.size === 0) throw ImportFileError.of('file.empty');
  return { name: path.basename(file), format, bytes: await fs.readFile(file) };
}

/** Decodes text as UTF-8 (BOM dropped), falling back to GB18030 as saved by Chinese Excel and WPS. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw ImportFileError.of('file.badEncoding');
    }
  }
}
