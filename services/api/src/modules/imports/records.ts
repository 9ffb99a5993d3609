import { bilingual, ImportFileError, type FieldProblem } from './import-messages.js';
import type { RowUnit } from './import-report.js';
import { decodeText } from './source-file.js';
import type { Table } from './table-readers.js';

/**
 * Fields an import understands and the column / property names accepted for each, compared
 * after normalising (lower case, no spaces, `_`, `-` or `.`, units in brackets dropped).
 */
export const FIELD_ALIASES = {
  lon: ['lon', 'lng', 'long', 'longitude', 'x', '经度'],
  lat: ['lat', 'latitude', 'y', '纬度'],
  name: ['name', '名称', '设施名称', '机构名称', '小区名称', '居住区名称', '小区'],
  kind: ['kind', 'type', 'category', '类型', '设施类型', '类别'],
  code: ['code', '编码', '编号', '代码'],
  address: ['address', 'addr', '地址'],
  operator: ['operator', 'operatorname', '运营方', '运营机构', '运营单位', '运营方名称'],
  operatorType: ['operatortype', '运营方类型', '运营性质', '性质'],
  services: ['services', 'service', '服务', '服务项目', '服务内容'],
  openingHours: ['openinghours', 'hours', '开放时间', '营业时间', '服务时间'],
  phone: ['phone', 'tel', 'telephone', '电话', '联系电话'],
  beds: ['beds', 'capacitybeds', '床位', '床位数'],
  nursingBeds: ['nursingbeds', 'capacitynursingbeds', '护理型床位', '护理床位'],
  occupiedBeds: ['occupiedbeds', 'capacityoccupiedbeds', '在住人数', '在住', '入住人数'],
  dayCarePlaces: ['daycareplaces', 'capacitydaycareplaces', '日间照料床位', '日间照料位'],
  mealSeats: ['mealseats', 'capacitymealseats', '助餐座位', '助餐座位数'],
  olderResidents: ['olderresidents', 'older', 'elderly', '老年人口', '老年人数', '60岁以上人口', '老年人'],
  totalResidents: ['totalresidents', 'total', 'population', 'residents', '总人口', '人口', '常住人口'],
  // The workforce register (人员, 证书, 培训) and the dishonesty list.
  personName: [
    'personname',
    'workername',
    '姓名',
    '人员姓名',
    '失信主体名称',
    '当事人名称',
    '主体名称',
    '对象名称',
    '名称/姓名',
    '姓名/名称',
  ],
  idNumber: ['idnumber', 'idcard', '身份证号', '身份证号码', '公民身份号码', '身份证'],
  creditCode: ['creditcode', 'uscc', '统一社会信用代码', '社会信用代码', '信用代码'],
  identifier: [
    'identifier',
    '统一社会信用代码/身份证号',
    '统一社会信用代码/身份证号码',
    '身份证号/统一社会信用代码',
    '统一社会信用代码或身份证号',
    '证件号码',
    '证照号码',
  ],
  partyKind: ['partykind', '主体类型', '对象类型', '当事人类型', '失信主体类型'],
  employer: ['employer', 'employername', '用人单位', '工作单位', '所在单位', '用人单位名称'],
  placedAt: ['placedat', '派驻医院', '派驻单位', '服务医院'],
  post: ['post', 'position', '岗位', '工作岗位', '从事岗位'],
  startsOn: ['startson', 'startdate', 'from', '入职日期', '上岗日期', '开始日期', '聘用日期'],
  endsOn: ['endson', 'enddate', 'until', '离职日期', '结束日期'],
  fullTime: ['fulltime', '全职', '是否全职'],
  concurrentReason: ['concurrentreason', '兼职原因', '重叠原因', '兼职说明'],
  skillLevel: ['skilllevel', 'level', '技能等级', '职业技能等级', '等级'],
  stars: ['stars', 'starrating', '星级', '星级评定'],
  healthCheckOn: ['healthcheckon', 'healthcheck', '体检日期', '健康体检日期', '岗前体检日期'],
  healthCheckValidUntil: ['healthcheckvaliduntil', '体检有效期至', '体检有效期'],
  socialInsurance: ['socialinsurance', '社会保险', '社保', '是否参加社会保险'],
  accidentInsurance: ['accidentinsurance', '意外伤害保险', '意外险', '是否参加意外伤害保险'],
  certificateKind: ['certificatekind', 'certificate', '证书类型', '证书名称', '证书种类', '证书'],
  certificateNumber: ['certificatenumber', 'certificateno', '证书编号', '证书号码', '证书号'],
  issuer: ['issuer', 'issuedby', '发证机关', '发证单位', '颁发机构', '发证机构'],
  issuedOn: ['issuedon', 'issuedate', '发证日期', '颁发日期', '取证日期'],
  validUntil: ['validuntil', 'expires', 'expirydate', '有效期至', '有效期', '到期日期', '证书有效期至'],
  course: ['course', 'coursename', '课程', '课程名称', '培训课程', '培训名称', '培训内容', '培训项目'],
  trainingKind: ['trainingkind', '培训类型', '培训类别', '培训种类'],
  trainingHours: ['traininghours', '学时', '培训学时', '课时'],
  provider: ['provider', '培训机构', '培训单位', '承办单位', '主办单位'],
  heldOn: ['heldon', 'trainingdate', '培训日期', '培训时间'],
  reason: ['reason', '失信行为', '列入原因', '失信原因', '主要失信事实', '列入事由', '失信情形', '失信行为情形'],
  listedOn: ['listedon', 'listdate', '列入日期', '认定日期', '列入时间', '认定时间', '决定日期'],
  authority: ['authority', 'source', '认定部门', '列入部门', '认定机关', '发布机关', '作出决定机关', '决定机关', '认定单位'],
} as const;

export type FieldName = keyof typeof FIELD_ALIASES;

export function normaliseKey(key: string): string {
  return key
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[\s_\-.:：]/g, '');
}

const ALIAS_OF = new Map<string, FieldName>();
for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [FieldName, readonly string[]][]) {
  for (const a of aliases) {
    const key = normaliseKey(a);
    // One column name stands for one field, whatever the import.
    if (ALIAS_OF.has(key) && ALIAS_OF.get(key) !== field) throw new Error(`column name ${a} given to ${ALIAS_OF.get(key)} and ${field}`);
    ALIAS_OF.set(key, field);
  }
}

/** The import field a column or property name stands for, if any. */
export const fieldOf = (key: string): FieldName | undefined => ALIAS_OF.get(normaliseKey(key));

/** One row or feature of a file, with its values under the import's field names. */
export interface SourceRecord {
  row: number;
  values: Partial<Record<FieldName, unknown>>;
  /** GeoJSON features only. */
  geometry?: unknown;
  hasGeometry: boolean;
  /** Problems found while reading the row. */
  problems: FieldProblem[];
}

export interface SourceRecords {
  unit: RowUnit;
  records: SourceRecord[];
  /** Columns or properties not used by this import. */
  unused: string[];
  /** Fields that have a column (tables) or appear in some feature (GeoJSON). */
  present: Set<FieldName>;
  /** The column header or property name each field was read from (the first one seen). */
  sourceName: Map<FieldName, string>;
  emptyRows: number;
}

/**
 * Names a problem's field as the file names it: `capacity.occupiedBeds` read from a column
 * `在住人数` is reported as `在住人数`; `lon/lat` as the two coordinate columns.
 */
export function fieldLabel(source: SourceRecords, field: string): string {
  if (field === 'lon/lat') {
    const lon = source.sourceName.get('lon');
    const lat = source.sourceName.get('lat');
    return lon && lat ? `${lon}/${lat}` : field;
  }
  const key = (field.startsWith('capacity.') ? field.slice(9) : field) as FieldName;
  return source.sourceName.get(key) ?? field;
}

/** Maps table columns to the fields this import uses; the rest are reported as unused. */
export function tableRecords(table: Table, used: readonly FieldName[]): SourceRecords {
  const columnOf = new Map<FieldName, number>();
  const unused: string[] = [];
  table.headers.forEach((h, i) => {
    const f = h ? fieldOf(h) : undefined;
    if (f && used.includes(f) && !columnOf.has(f)) columnOf.set(f, i);
    else if (h) unused.push(h);
  });
  const records = table.rows.map((r) => {
    const values: SourceRecord['values'] = {};
    for (const [f, i] of columnOf) values[f] = r.cells[i];
    return { row: r.row, values, hasGeometry: false, problems: r.problems };
  });
  const sourceName = new Map([...columnOf].map(([f, i]) => [f, table.headers[i]] as const));
  return { unit: table.unit, records, unused, present: new Set(columnOf.keys()), sourceName, emptyRows: table.emptyRows };
}

/** Flattens nested property objects one level: `{ capacity: { beds: 3 } }` → `capacity.beds`. */
function flatten(props: Record<string, unknown>): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(props)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k2, v2] of Object.entries(v as Record<string, unknown>)) {
        out.push([k === 'operator' && k2 === 'name' ? 'operator' : `${k}.${k2}`, v2]);
      }
    } else out.push([k, v]);
  }
  return out;
}

/** Parses a GeoJSON FeatureCollection (or a single Feature); feature numbers start at 1. */
export function geojsonRecords(bytes: Uint8Array, used: readonly FieldName[]): SourceRecords {
  let doc: unknown;
  try {
    doc = JSON.parse(decodeText(bytes));
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw ImportFileError.of('file.badJson', { reason: (err as Error).message });
  }
  const d = doc as { type?: unknown; features?: unknown };
  const features =
    d?.type === 'FeatureCollection' && Array.isArray(d.features) ? (d.features as unknown[]) : d?.type === 'Feature' ? [d] : null;
  if (!features) throw ImportFileError.of('file.notGeoJson');
  const unused = new Set<string>();
  const present = new Set<FieldName>();
  const sourceName = new Map<FieldName, string>();
  const records = features.map((f, i): SourceRecord => {
    const feature = (f ?? {}) as { properties?: unknown; geometry?: unknown };
    const problems: FieldProblem[] = [];
    const values: SourceRecord['values'] = {};
    const props = feature.properties;
    if (props != null && (typeof props !== 'object' || Array.isArray(props))) {
      problems.push({ field: 'properties', ...bilingual('row.propertiesNotObject') });
    } else if (props) {
      for (const [k, v] of flatten(props as Record<string, unknown>)) {
        const field = fieldOf(k);
        if (field && used.includes(field) && !(field in values)) {
          values[field] = v;
          present.add(field);
          if (!sourceName.has(field)) sourceName.set(field, k);
        } else unused.add(k);
      }
    }
    return { row: i + 1, values, geometry: feature.geometry, hasGeometry: true, problems };
  });
  return { unit: 'feature', records, unused: [...unused], present, sourceName, emptyRows: 0 };
}

/** Reads the rows of a GeoJSON, CSV or XLSX file as records with this import's fields. */
export async function readRecords(
  src: { format: string; bytes: Uint8Array },
  used: readonly FieldName[],
  sheet?: string,
): Promise<SourceRecords> {
  if (src.format === 'geojson') return geojsonRecords(src.bytes, used);
  const { readCsv, readXlsx } = await import('./table-readers.js');
  const table = src.format === 'csv' ? readCsv(src.bytes) : await readXlsx(src.bytes, sheet);
  return tableRecords(table, used);
}

/** Aliases of a field for messages, e.g. `lon, lng, long, longitude, x, 经度`. */
export const aliasList = (field: FieldName) => FIELD_ALIASES[field].join(', ');
