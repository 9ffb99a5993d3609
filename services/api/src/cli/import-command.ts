import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { announceRevisionsOnce } from '../cluster/revisions-bus.js';
import { type FacilityStatus } from '../modules/facilities/facility.enums.js';
import {
  ImportFileError,
  importFacilities,
  importResidents,
  importRoads,
  IMPORT_STATUSES,
  parseCrs,
  rowName,
  type ImportPhase,
  type ImportReport,
} from '../modules/imports/index.js';
import { importElevation, type ElevationReport } from '../modules/imports/import-elevation.js';
import { detectFormat } from '../modules/imports/source-file.js';

export const IMPORT_HELP = `  import roads <file>       导入步行路网 / import the walking network: .geojson, .osm, .osm.pbf
      [--replace]           替换现有路网（默认追加）/ replace the stored network (default: add to it)
      [--ignore-access]     OSM：保留 foot=no、access=no|private 的道路 / OSM: keep ways closed by foot=no, access=no|private
  import facilities <file>  导入养老服务设施 / import care facilities: .geojson, .csv, .xlsx (lon/lat columns)
      [--status APPROVED|SUBMITTED|DRAFT]  登记状态，默认 APPROVED / registration state, default APPROVED
  import residents <file>   导入居住区 / import residential areas: .geojson (points or polygons), .csv, .xlsx
  import elevation <dem.tif> 导入高程（GeoTIFF，EPSG:4326，如 SRTM 或测绘 DEM），计算每条路段双向的爬升与下降
                            / import elevation (GeoTIFF in EPSG:4326, e.g. SRTM or a survey DEM): climb and descent of every segment, both ways
      [--dry-run] [--report <file.json>]
    共用选项 / options for every import:
      [--crs wgs84|gcj02|bd09]  源坐标系（高德/腾讯 gcj02，百度 bd09），转换为 WGS84 / source coordinates, converted to WGS84
      [--skip-invalid]      导入有效行并列出跳过的行 / import the valid rows and list the skipped ones
      [--dry-run]           只检查，不写入 / check only, write nothing
      [--sheet <name>]      XLSX 工作表（默认第一个）/ XLSX worksheet (default the first)
      [--report <file.json>] 把完整报告写成 JSON / write the full report as JSON
      [--max-mb <n>]        文件大小上限（MB）/ file size limit in MB
      [--source <label>]    报告与道路来源中的名称（默认文件名）/ name in the report and road source (default the file name)`;

const WHAT = ['roads', 'facilities', 'residents'] as const;
type What = (typeof WHAT)[number];

const PHASE: Record<ImportPhase, string> = { read: '读取 / read ', check: '检查 / check', write: '写入 / write' };
const WHAT_LABEL: Record<ImportReport['what'], string> = {
  roads: '道路 / roads',
  facilities: '养老服务设施 / facilities',
  residents: '居住区 / residential areas',
  workers: '从业人员 / workers',
  certificates: '证书 / certificates',
  trainings: '培训记录 / trainings',
  'dishonesty-list': '失信联合惩戒对象名单 / dishonesty list',
};

/** A progress bar on stderr when it is a terminal; nothing otherwise (the summary is printed either way). */
function progressBar() {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{phase} [{bar}] {percentage}% | {value}/{total}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let phase: ImportPhase | null = null;
  return {
    update(p: ImportPhase, done: number, total: number) {
      if (!started) {
        bar.start(Math.max(total, 1), done, { phase: PHASE[p] });
        started = true;
      } else if (p !== phase) bar.setTotal(Math.max(total, 1));
      phase = p;
      bar.update(done, { phase: PHASE[p] });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** Prints the report: what was read, written, ignored and skipped, and every bad row in both languages. */
export function printReport(report: ImportReport, out: (line: string) => void = console.log): void {
  const unit = { line: '行 / lines', row: '行 / rows', feature: '个要素 / features' }[report.rowUnit];
  const isOsm = report.format === 'osm' || report.format === 'osm.pbf';
  out(`${WHAT_LABEL[report.what]}: ${report.file} (${report.format}, ${report.crs})${report.dryRun ? ' — 试运行 / dry run' : ''}`);
  out(`  读取 / read: ${report.read} ${isOsm ? '条道路 / OSM ways' : unit}`);
  if (isOsm)
    out(
      `  OSM: ${Object.entries(report.stats)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  if (report.deleted) out(`  删除原有路段 / removed stored segments: ${report.deleted}`);
  out(`  ${report.dryRun ? '将写入 / would insert' : '写入 / inserted'}: ${report.inserted}`);
  const ignored = Object.entries(report.ignored).sort((a, b) => b[1] - a[1]);
  if (ignored.length) {
    out(`  忽略（按原因）/ ignored by reason: ${ignored.reduce((s, [, n]) => s + n, 0)}`);
    for (const [reason, n] of ignored) out(`    ${reason}: ${n}`);
  }
  if (report.unusedColumns.length) out(`  未使用的列 / unused columns: ${report.unusedColumns.join(', ')}`);
  if (report.errors.length) {
    const rows = new Set(report.errors.map((e) => e.row)).size;
    out(
      report.skipped
        ? `  跳过 ${report.skipped} 个有问题的行 / skipped ${report.skipped} bad rows:`
        : `错误 / errors: ${rows} 个有问题的行 / bad rows:`,
    );
    for (const e of report.errors) {
      const name = rowName(report.rowUnit, e.row);
      out(`    ${name.zh} / ${name.en}  ${e.field}: ${e.message} / ${e.messageEn}`);
    }
  }
  if (report.committed) out(`已写入 / committed (${(report.ms / 1000).toFixed(1)} s)`);
  else if (report.dryRun)
    out(report.errors.length && !report.skipped ? '试运行：有错误 / dry run: errors found' : '试运行：未写入 / dry run: nothing written');
  else if (report.errors.length)
    out(
      '未写入任何数据：请修正以上各行，或用 --skip-invalid 跳过 / nothing was written: fix the rows above, or skip them with --skip-invalid',
    );
  else out('没有可导入的数据，未写入 / nothing to import; nothing written');
}

/** Prints what an elevation import sampled and wrote. */
export function printElevationReport(r: ElevationReport, out: (line: string) => void = console.log): void {
  out(
    `高程 / elevation: ${r.file} (GeoTIFF, ${r.crs}, ${r.width} × ${r.height}, ${r.cellDegrees.map((d) => d.toPrecision(3)).join(' × ')}°)${r.dryRun ? ' — 试运行 / dry run' : ''}`,
  );
  out(`  路段 / segments: ${r.segments}`);
  out(`  已计算爬升与下降 / climb and descent sampled: ${r.sampled}`);
  if (r.outside) out(`  高程范围外或无数据（按平地计）/ outside the model or without data (counted as flat): ${r.outside}`);
  if (r.minElevation != null) out(`  高程 / heights: ${r.minElevation}–${r.maxElevation} m`);
  if (r.committed) out(`已写入 / committed (${(r.ms / 1000).toFixed(1)} s)`);
  else out('试运行：未写入 / dry run: nothing written');
}

/**
 * After a committed import: tells running API replicas and analysis workers (over Redis, when
 * `REDIS_URL` is set) that the data changed, so they reload at once.
 */
async function announceChange(orm: MikroORM): Promise<void> {
  const { redisUrl, redisPrefix } = loadConfig();
  if (!redisUrl) return;
  if (await announceRevisionsOnce({ url: redisUrl, prefix: redisPrefix }, orm))
    console.log('已通知其他进程刷新数据 / announced the change to the other processes');
  else
    console.error('无法连接 Redis，其他进程将在下次请求时刷新 / Redis did not answer: the other processes refresh on their next request');
}

/** `pnpm cli import elevation <dem.tif> [--dry-run] [--report file]`. */
async function runElevationImport(
  file: string,
  values: { 'dry-run'?: boolean; report?: string },
  openOrm?: () => Promise<{ orm: MikroORM; close(): Promise<void> }>,
): Promise<number> {
  const db = openOrm ? await openOrm() : await openDatabase(loadConfig());
  const bar = progressBar();
  let report: ElevationReport;
  try {
    report = await importElevation(db.orm, file, { dryRun: values['dry-run'], onProgress: (p, d, t) => bar.update(p, d, t) });
    bar.stop();
    if (!values['dry-run']) await announceChange(db.orm);
  } catch (err) {
    if (err instanceof ImportFileError) {
      console.error(`${err.messages.zh} / ${err.messages.en}`);
      return 1;
    }
    throw err;
  } finally {
    bar.stop();
    await db.close();
  }
  printElevationReport(report);
  if (values.report) {
    const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.report);
    fs.writeFileSync(target, JSON.stringify(report, null, 2) + '\n');
    console.log(`报告 / report: ${target}`);
  }
  return 0;
}

/** `pnpm cli import <roads|facilities|residents|elevation> <file> [options]`; returns the exit code. */
export async function runImportCommand(
  args: string[],
  openOrm?: () => Promise<{ orm: MikroORM; close(): Promise<void> }>,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        crs: { type: 'string' },
        replace: { type: 'boolean', default: false },
        'ignore-access': { type: 'boolean', default: false },
        status: { type: 'string' },
        'skip-invalid': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        sheet: { type: 'string' },
        report: { type: 'string' },
        'max-mb': { type: 'string' },
        source: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${IMPORT_HELP}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const [what, fileArg, ...extra] = positionals;
  if (values.help) {
    console.log(IMPORT_HELP);
    return 0;
  }
  if ((!WHAT.includes(what as What) && what !== 'elevation') || !fileArg || extra.length) {
    console.error(`用法 / usage: pnpm cli import <roads|facilities|residents|elevation> <file> [options]\n\n${IMPORT_HELP}`);
    return 1;
  }
  // pnpm runs scripts from the workspace root; a relative path means where the user typed it.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), fileArg);
  const fail = (zh: string, en: string) => (console.error(`${zh} / ${en}`), 1);
  if (what === 'elevation') {
    const other = ['crs', 'status', 'sheet', 'max-mb', 'source'].filter((k) => values[k as keyof typeof values] !== undefined);
    if (other.length || values.replace || values['ignore-access'] || values['skip-invalid'])
      return fail('高程导入只接受 --dry-run 和 --report', 'the elevation import takes --dry-run and --report only');
    return runElevationImport(file, values, openOrm);
  }
  let status: FacilityStatus | undefined;
  let maxMb: number | undefined;
  try {
    const crs = parseCrs(values.crs);
    const format = detectFormat(what as What, file);
    if (crs !== 'wgs84' && (format === 'osm' || format === 'osm.pbf')) throw ImportFileError.of('file.osmCrs', { crs });
    if (!fs.existsSync(file)) return fail(`找不到文件：${file}`, `file not found: ${file}`);
    if (values.status !== undefined) {
      const s = values.status.toUpperCase();
      if (what !== 'facilities') return fail('--status 只用于设施导入', '--status applies to facility imports only');
      if (!(IMPORT_STATUSES as readonly string[]).includes(s))
        return fail(`--status 应为 ${IMPORT_STATUSES.join('、')}`, `--status must be ${IMPORT_STATUSES.join(', ')}`);
      status = s as FacilityStatus;
    }
    if ((values.replace || values['ignore-access']) && what !== 'roads')
      return fail('--replace、--ignore-access 只用于道路导入', '--replace and --ignore-access apply to road imports only');
    if (values['max-mb'] !== undefined) {
      maxMb = Number(values['max-mb']);
      if (!(maxMb > 0)) return fail('--max-mb 应为正数', '--max-mb must be a positive number');
    }
  } catch (err) {
    if (err instanceof ImportFileError) return fail(err.messages.zh, err.messages.en);
    throw err;
  }

  const db = openOrm ? await openOrm() : await openDatabase(loadConfig());
  const bar = progressBar();
  let report: ImportReport;
  try {
    const common = {
      crs: parseCrs(values.crs),
      skipInvalid: values['skip-invalid'],
      dryRun: values['dry-run'],
      sheet: values.sheet,
      maxMb,
      sourceName: values.source,
      onProgress: (phase: ImportPhase, done: number, total: number) => bar.update(phase, done, total),
    };
    if (what === 'roads')
      report = await importRoads(db.orm, file, { ...common, replace: values.replace, ignoreAccess: values['ignore-access'] });
    else if (what === 'facilities') report = await importFacilities(db.orm, file, { ...common, status });
    else report = await importResidents(db.orm, file, common);
    bar.stop();
    if (!values['dry-run']) await announceChange(db.orm);
  } catch (err) {
    if (err instanceof ImportFileError) return fail(err.messages.zh, err.messages.en);
    throw err;
  } finally {
    bar.stop();
    await db.close();
  }
  printReport(report);
  if (values.report) {
    const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.report);
    fs.writeFileSync(target, JSON.stringify(report, null, 2) + '\n');
    console.log(`报告 / report: ${target}`);
  }
  const failed = report.errors.length > 0 && !report.skipped;
  return failed ? 1 : 0;
}
