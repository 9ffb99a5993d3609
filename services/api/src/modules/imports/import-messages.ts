import { FieldErrors } from '../../shared/errors.js';
import { t, type Lang, type MessageKey } from '../../shared/i18n.js';

type Params = Record<string, string | number>;

/** Messages of file imports, in Simplified Chinese and English. */
const messages = {
  'file.notFound': { zh: '找不到文件：{file}', en: 'File not found: {file}' },
  'file.notAFile': { zh: '不是文件：{file}', en: 'Not a file: {file}' },
  'file.empty': { zh: '文件为空。', en: 'The file is empty.' },
  'file.unknownFormat': {
    zh: '无法识别的文件类型“{ext}”；{what}可导入：{accepted}。',
    en: 'Unrecognised file type "{ext}"; {whatEn} imports accept: {accepted}.',
  },
  'file.xls': {
    zh: '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx。',
    en: 'Old .xls files are not supported; save the sheet as .xlsx in Excel.',
  },
  'file.badJson': { zh: 'GeoJSON 无法解析：{reason}', en: 'The GeoJSON cannot be parsed: {reason}' },
  'file.notGeoJson': {
    zh: '不是 GeoJSON FeatureCollection（顶层应为 {"type":"FeatureCollection","features":[…]}）。',
    en: 'Not a GeoJSON FeatureCollection (expected {"type":"FeatureCollection","features":[…]} at the top).',
  },
  'file.badCsv': { zh: 'CSV 无法解析（第 {line} 行附近）：{reason}', en: 'The CSV cannot be parsed (near line {line}): {reason}' },
  'file.badEncoding': {
    zh: '文件编码无法识别，请另存为 UTF-8（或 GB18030）。',
    en: 'Unrecognised text encoding; save the file as UTF-8 (or GB18030).',
  },
  'file.badXlsx': { zh: 'XLSX 无法读取：{reason}', en: 'The XLSX workbook cannot be read: {reason}' },
  'file.xlsxUnpacked': {
    zh: '工作簿解压后过大：约 {size} MB，最多 {max} MB（可能是压缩炸弹），未读取。',
    en: 'The workbook unpacks to too much: about {size} MB, at most {max} MB (possibly a ZIP bomb); it was not read.',
  },
  'file.xlsxRows': {
    zh: '工作表行数过多：最多 {max} 行，请拆分文件。',
    en: 'The worksheet has too many rows: at most {max}; split the file.',
  },
  'file.xlsxMemory': {
    zh: '读取工作簿所需内存超过 {max} MB，已停止。',
    en: 'Reading the workbook needed more than {max} MB of memory; stopped.',
  },
  'file.xlsxTooSlow': { zh: '读取工作簿超过 {seconds} 秒，已停止。', en: 'Reading the workbook took over {seconds} s; stopped.' },
  'file.noSheet': { zh: '工作簿中没有工作表“{sheet}”（现有：{sheets}）。', en: 'The workbook has no sheet "{sheet}" (sheets: {sheets}).' },
  'file.noHeader': { zh: '第一行应为列名（表头）。', en: 'The first row must hold the column names (header).' },
  'file.badOsm': { zh: 'OSM 数据无法读取：{reason}', en: 'The OSM data cannot be read: {reason}' },
  'file.osmCrs': {
    zh: 'OpenStreetMap 数据始终为 WGS84，不能使用 --crs {crs}。',
    en: 'OpenStreetMap data is always WGS84; --crs {crs} does not apply.',
  },
  'file.tooLarge': {
    zh: '文件过大：{size} MB，{what}导入最多 {max} MB。',
    en: 'The file is too large: {size} MB; {whatEn} imports take at most {max} MB.',
  },
  'file.tooLargeCli': {
    zh: '文件过大：{size} MB，{what}导入最多 {max} MB（可用 --max-mb 放宽）。',
    en: 'The file is too large: {size} MB; {whatEn} imports take at most {max} MB (raise with --max-mb).',
  },
  'dem.notGeoTiff': {
    zh: '不是 GeoTIFF 高程文件（{reason}）。请提供 .tif / .tiff 格式的数字高程模型（如 SRTM 或测绘 DEM）。',
    en: 'Not a GeoTIFF elevation file ({reason}). Give a digital elevation model as .tif / .tiff (SRTM, a survey DEM).',
  },
  'dem.extension': {
    zh: '高程导入需要 GeoTIFF 文件（.tif / .tiff），而不是“{ext}”。',
    en: 'The elevation import takes a GeoTIFF (.tif / .tiff), not "{ext}".',
  },
  'dem.noCrs': {
    zh: 'GeoTIFF 没有坐标系信息（GeoKeys），无法确定位置；请用 EPSG:4326（WGS84 经纬度）保存。',
    en: 'The GeoTIFF has no coordinate reference system (GeoKeys), so its place is unknown; save it as EPSG:4326 (WGS84 lon/lat).',
  },
  'dem.crs': {
    zh: '不支持的坐标系 {crs}：高程需为 EPSG:4326（WGS84 经纬度；CGCS2000 EPSG:4490 亦可）。请先重投影，例如 gdalwarp -t_srs EPSG:4326 {file} dem-4326.tif。',
    en: 'Unsupported coordinate reference system {crs}: the elevation must be EPSG:4326 (WGS84 lon/lat; CGCS2000 EPSG:4490 also works). Reproject it first, e.g. gdalwarp -t_srs EPSG:4326 {file} dem-4326.tif.',
  },
  'dem.rotated': { zh: '不支持旋转或倾斜的栅格。', en: 'Rotated or sheared rasters are not supported.' },
  'dem.noNetwork': {
    zh: '还没有步行路网：请先导入道路（pnpm cli import roads …），再导入高程。',
    en: 'No walking network is stored yet: import the roads first (pnpm cli import roads …), then the elevation.',
  },
  'dem.noOverlap': {
    zh: '高程范围（经度 {west}–{east}，纬度 {south}–{north}）与路网（经度 {nwest}–{neast}，纬度 {nsouth}–{nnorth}）不重叠，或重叠处全为无数据值。',
    en: 'The elevation model (lon {west}–{east}, lat {south}–{north}) does not overlap the network (lon {nwest}–{neast}, lat {nsouth}–{nnorth}), or only where it holds no data.',
  },
  'dem.tooLarge': {
    zh: '路网范围内的高程栅格过大：{pixels} 个像元，最多 {max} 个；请裁剪或降低分辨率。',
    en: 'The elevation raster over the network is too large: {pixels} cells, at most {max}; crop it or lower its resolution.',
  },
  'what.roads': { zh: '道路', en: 'roads' },
  'what.facilities': { zh: '养老服务设施', en: 'facilities' },
  'what.residents': { zh: '居住区', en: 'residents' },
  'what.workers': { zh: '从业人员', en: 'workers' },
  'what.certificates': { zh: '证书', en: 'certificates' },
  'what.trainings': { zh: '培训记录', en: 'trainings' },
  'what.dishonesty-list': { zh: '失信联合惩戒对象名单', en: 'dishonesty list' },
  'option.status': { zh: '--status 应为 {statuses}，而不是“{value}”。', en: '--status must be {statusesEn}, not "{value}".' },
  'unit.line': { zh: '第 {row} 行', en: 'line {row}' },
  'unit.row': { zh: '第 {row} 行', en: 'row {row}' },
  'unit.feature': { zh: '第 {row} 个要素', en: 'feature {row}' },
  'option.crs': { zh: '--crs 应为 wgs84、gcj02 或 bd09，而不是“{value}”。', en: '--crs must be wgs84, gcj02 or bd09, not "{value}".' },
  'column.missing': { zh: '缺少“{column}”列（可用列名：{aliases}）。', en: 'Missing column "{column}" (accepted names: {aliases}).' },
  'row.propertiesNotObject': { zh: '要素的 properties 应为对象。', en: 'The feature properties must be an object.' },
  'row.noGeometry': { zh: '缺少几何图形。', en: 'The geometry is missing.' },
  'row.geometryType': { zh: '几何类型为 {type}，应为 {expected}。', en: 'The geometry is a {type}; expected {expected}.' },
  'row.lineTooShort': { zh: '线至少需要 2 个点。', en: 'A line needs at least 2 positions.' },
  'row.notNumber': { zh: '“{value}”不是数字。', en: '"{value}" is not a number.' },
  'row.unknownKind': { zh: '未知的设施类型“{value}”；可用：{accepted}。', en: 'Unknown facility kind "{value}"; accepted: {accepted}.' },
  'row.unknownService': { zh: '未知的服务“{value}”；可用：{accepted}。', en: 'Unknown service "{value}"; accepted: {accepted}.' },
  'row.unknownOperatorType': {
    zh: '未知的运营方类型“{value}”；可用：公办（PUBLIC）、民办（PRIVATE）、社会组织（SOCIAL_ORGANIZATION）。',
    en: 'Unknown operator type "{value}"; accepted: PUBLIC (公办), PRIVATE (民办), SOCIAL_ORGANIZATION (社会组织).',
  },
  'row.duplicateInFile': {
    zh: '与{other}重复：30 米内同名同类设施。',
    en: 'Duplicates {otherEn}: same kind and name within 30 m.',
  },
  'row.codeInFile': { zh: '编码 {code} 与{other}重复。', en: 'Code {code} is also used in {otherEn}.' },
  'row.formula': {
    zh: '单元格 {cell} 是没有缓存结果的公式；导入不计算公式，请在 Excel 中重新计算并保存，或粘贴为数值。',
    en: 'Cell {cell} is a formula without a cached result; imports never evaluate formulas: recalculate and save in Excel, or paste as values.',
  },
  'row.outsideJurisdiction': {
    zh: '该位置不在您的辖区“{division}”内，不能在此登记设施。',
    en: 'This place is outside your jurisdiction "{division}"; you cannot register a facility there.',
  },
  'row.unknownValue': {
    zh: '“{value}”不是可用的{what}；可用：{accepted}。',
    en: '"{value}" is not a known {whatEn}; accepted: {acceptedEn}.',
  },
  'row.notDate': { zh: '“{value}”不是日期（如 2024-03-01）。', en: '"{value}" is not a date (e.g. 2024-03-01).' },
  'row.notYesNo': { zh: '“{value}”应为“是”或“否”。', en: '"{value}" must be yes or no (是 / 否).' },
  'row.unknownEmployer': {
    zh: '找不到用人单位“{value}”（按单位名称或统一社会信用代码查找）。',
    en: 'No employer "{value}" (looked up by name or unified social credit code).',
  },
  'row.ambiguousEmployer': {
    zh: '有 {count} 个用人单位名为“{value}”，请改填其统一社会信用代码。',
    en: '{count} employers are named "{value}"; give its unified social credit code instead.',
  },
  'row.workerNotFound': {
    zh: '您可管理的人员中没有此身份证号的人员（请先导入或登记该人员）。',
    en: 'No worker with this ID number among the staff you keep (import or register the worker first).',
  },
  'row.idInFile': { zh: '此身份证号与{other}重复。', en: 'This ID number is also given in {otherEn}.' },
  'row.needsPost': { zh: '填写了用人单位时须填写岗位。', en: 'A post is needed where an employer is given.' },
  'row.needsEmployer': { zh: '填写了岗位时须填写用人单位。', en: 'An employer is needed where a post is given.' },
  'row.needsStart': { zh: '填写了用人单位时须填写入职日期。', en: 'A start date is needed where an employer is given.' },
  'row.partyKind': {
    zh: '“{value}”不是可用的主体类型；可用：单位（法人、机构）、个人（自然人、从业人员）。',
    en: '"{value}" is not a known party kind; accepted: operator (单位, 法人, 机构) or person (个人, 自然人, 从业人员).',
  },
  'row.cellError': { zh: '单元格 {cell} 含错误值 {error}。', en: 'Cell {cell} holds the error value {error}.' },
} satisfies Record<string, { zh: string; en: string }>;

export type ImportMessageKey = keyof typeof messages;

/** Formats an import message in one language. */
export function ti(lang: Lang, key: ImportMessageKey, params: Params = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A message in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const bilingual = (key: ImportMessageKey, params: Params = {}): Bilingual => ({
  zh: ti('zh', key, params),
  en: ti('en', key, params),
});

/** One problem with one field of one row, in Chinese and English. */
export interface FieldProblem {
  field: string;
  zh: string;
  en: string;
}

/**
 * Field errors of one imported row. The API's validation helpers (`cleanText`, `checkCount`,
 * `toPoint`, …) write into it as into the API's FieldErrors; every message is kept in both languages.
 */
export class RowErrors extends FieldErrors {
  readonly problems: FieldProblem[] = [];

  constructor() {
    super('zh');
  }

  override add(field: string, key: MessageKey, params?: Params): this {
    super.add(field, key, params);
    this.problems.push({ field, zh: t('zh', key, params), en: t('en', key, params) });
    return this;
  }

  /** Adds an import-specific message. */
  addImport(field: string, key: ImportMessageKey, params?: Params): this {
    const m = bilingual(key, params);
    this.list.push({ field, message: m.zh });
    this.problems.push({ field, ...m });
    return this;
  }

  /** Adds a message already written in both languages. */
  addText(field: string, zh: string, en: string): this {
    this.list.push({ field, message: zh });
    this.problems.push({ field, zh, en });
    return this;
  }

  has(field: string): boolean {
    return this.problems.some((p) => p.field === field);
  }
}

/** A file that cannot be imported at all (unreadable, too large, unknown format). */
export class ImportFileError extends Error {
  constructor(readonly messages: Bilingual) {
    super(`${messages.zh} / ${messages.en}`);
    this.name = 'ImportFileError';
  }

  static of(key: ImportMessageKey, params: Params = {}): ImportFileError {
    return new ImportFileError(bilingual(key, params));
  }
}
