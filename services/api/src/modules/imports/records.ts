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
  for (const a of aliases) ALIAS_OF.set(normaliseKey(a), field);
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
