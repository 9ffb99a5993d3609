import { FACILITY_KIND_LIST, FACILITY_KINDS } from '@carecircle/domain';
import type { Point } from 'geojson';
import { checkCount, cleanText } from '../../shared/validation.js';
import { FacilityKind, OperatorType, ServiceKind } from '../facilities/facility.enums.js';
import type { Crs } from './crs.js';
import { RowErrors } from './import-messages.js';
import type { FieldName, SourceRecord } from './records.js';
import { numberOf, pointOf, textOf } from './values.js';

/** Columns / properties a facility import reads. */
export const FACILITY_FIELDS: readonly FieldName[] = [
  'lon',
  'lat',
  'name',
  'kind',
  'code',
  'address',
  'operator',
  'operatorType',
  'services',
  'openingHours',
  'phone',
  'beds',
  'nursingBeds',
  'occupiedBeds',
  'dayCarePlaces',
  'mealSeats',
];

/**
 * Names accepted for a kind besides its enum value: its Chinese label and aliases, from the domain
 * (so a new kind is importable without an edit here), and one name still used in older sheets.
 */
export const KIND_NAMES: Record<string, FacilityKind> = {
  ...Object.fromEntries(
    FACILITY_KIND_LIST.flatMap((k) => [FACILITY_KINDS[k].label.zh, ...FACILITY_KINDS[k].aliases].map((name) => [name, k])),
  ),
  // Not (yet) an alias in the domain table; kept so such sheets still import.
  户外养老站: FacilityKind.OUTDOOR_HUB,
};

const SERVICE_NAMES: Record<string, ServiceKind> = {
  助餐: ServiceKind.MEALS,
  助浴: ServiceKind.BATHING,
  助洁: ServiceKind.CLEANING,
  日间照料: ServiceKind.DAY_CARE,
  康复: ServiceKind.REHABILITATION,
  医疗: ServiceKind.MEDICAL_CARE,
  老年大学: ServiceKind.SENIOR_LEARNING,
  认知障碍照护: ServiceKind.COGNITIVE_CARE,
  上门服务: ServiceKind.HOME_VISITS,
  喘息服务: ServiceKind.RESPITE,
};

const OPERATOR_TYPES: Record<string, OperatorType> = {
  公办: OperatorType.PUBLIC,
  民办: OperatorType.PRIVATE,
  社会组织: OperatorType.SOCIAL_ORGANIZATION,
};

function enumValue<E extends string>(values: Record<string, E>, names: Record<string, E>, raw: string): E | null {
  const upper = raw.toUpperCase().replace(/[\s-]+/g, '_');
  if (upper in values) return values[upper];
  return names[raw.replace(/\s+/g, '')] ?? null;
}

/** The kinds as a spreadsheet names them (Chinese labels; the enum codes are accepted too but not offered). */
const kindList = () => FACILITY_KIND_LIST.map((k) => FACILITY_KINDS[k].label.zh).join('、');

/** A facility row that passed the row checks. */
export interface FacilityRow {
  row: number;
  name: string;
  kind: FacilityKind;
  location: Point;
  code: string | null;
  address: string | null;
  operatorName: string | null;
  operatorType: OperatorType | null;
  services: ServiceKind[];
  openingHours: string | null;
  phone: string | null;
  beds: number;
  nursingBeds: number;
  occupiedBeds: number;
  dayCarePlaces: number;
  mealSeats: number;
}

/**
 * Checks one facility row as the API checks a new facility (text lengths, counts, beds, location);
 * the district, duplicates and codes are checked later against the database and the whole file.
 */
export function checkFacilityRecord(rec: SourceRecord, crs: Crs): { data: FacilityRow | null; errors: RowErrors } {
  const errors = new RowErrors();
  for (const p of rec.problems) errors.problems.push(p);
  const v = rec.values;
  const name = cleanText(errors, 'name', textOf(v.name), { max: 200, required: true });
  const kindText = textOf(v.kind);
  let kind: FacilityKind | null = null;
  if (!kindText) errors.add('kind', 'field.required');
  else {
    kind = enumValue(FacilityKind as unknown as Record<string, FacilityKind>, KIND_NAMES, kindText);
    if (!kind) errors.addImport('kind', 'row.unknownKind', { value: kindText.slice(0, 40), accepted: kindList() });
  }
  const location = pointOf(errors, rec, crs);
  const code = cleanText(errors, 'code', textOf(v.code), { max: 64 });
  const address = cleanText(errors, 'address', textOf(v.address), { max: 300 });
  const operatorName = cleanText(errors, 'operator', textOf(v.operator), { max: 200 });
  const openingHours = cleanText(errors, 'openingHours', textOf(v.openingHours), { max: 200 });
  const phone = cleanText(errors, 'phone', textOf(v.phone), { max: 40 });
  const opText = textOf(v.operatorType);
  let operatorType: OperatorType | null = null;
  if (opText) {
    operatorType = enumValue(OperatorType as unknown as Record<string, OperatorType>, OPERATOR_TYPES, opText);
    if (!operatorType) errors.addImport('operatorType', 'row.unknownOperatorType', { value: opText.slice(0, 40) });
  }
  const services: ServiceKind[] = [];
  const rawServices = Array.isArray(v.services) ? v.services.map(textOf) : (textOf(v.services)?.split(/[,，、;；|/]+/) ?? []);
  for (const s of rawServices) {
    const text = s?.trim();
    if (!text) continue;
    const service = enumValue(ServiceKind as unknown as Record<string, ServiceKind>, SERVICE_NAMES, text);
    if (!service) {
      errors.addImport('services', 'row.unknownService', {
        value: text.slice(0, 40),
        accepted: Object.values(ServiceKind).join(', ') + '; ' + Object.keys(SERVICE_NAMES).join('、'),
      });
    } else if (!services.includes(service)) services.push(service);
  }
  const count = (field: 'beds' | 'nursingBeds' | 'occupiedBeds' | 'dayCarePlaces' | 'mealSeats') => {
    const n = numberOf(errors, `capacity.${field}`, v[field]);
    return n == null ? 0 : checkCount(errors, `capacity.${field}`, n, 100_000);
  };
  const beds = count('beds');
  const nursingBeds = count('nursingBeds');
  const occupiedBeds = count('occupiedBeds');
  const dayCarePlaces = count('dayCarePlaces');
  const mealSeats = count('mealSeats');
  if (occupiedBeds > beds) errors.add('capacity.occupiedBeds', 'field.occupiedOverBeds', { occupied: occupiedBeds, beds });
  if (nursingBeds > beds) errors.add('capacity.nursingBeds', 'field.nursingOverBeds', { nursing: nursingBeds, beds });
  if (errors.problems.length || !name || !kind || !location) return { data: null, errors };
  return {
    data: {
      row: rec.row,
      name,
      kind,
      location,
      code,
      address,
      operatorName,
      operatorType,
      services,
      openingHours,
      phone,
      beds,
      nursingBeds,
      occupiedBeds,
      dayCarePlaces,
      mealSeats,
    },
    errors,
  };
}
