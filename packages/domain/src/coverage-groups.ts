import { FACILITY_KIND_LIST, FACILITY_KINDS, type FacilityKind } from './facility-kinds.js';
import { enumOf, type Bilingual } from './labels.js';

interface GroupSpec {
  label: Bilingual;
  kinds: readonly FacilityKind[];
}

/** One group per facility kind, holding that kind alone. */
function perKind(): Record<FacilityKind, GroupSpec> {
  const out = {} as Record<FacilityKind, GroupSpec>;
  for (const k of FACILITY_KIND_LIST) out[k] = { label: FACILITY_KINDS[k].label, kinds: [k] };
  return out;
}

/**
 * What walking coverage is measured for: each facility kind on its own, a station or centre,
 * any medical institution, and the complete circle (derived from two of the others).
 * Derived from the facility kinds, so a new kind is a new group without another edit.
 */
export const COVERAGE_GROUPS = {
  ...perKind(),
  STATION_OR_CENTER: {
    label: { zh: '社区养老服务站或街道/镇养老服务中心', en: 'Station or centre' },
    kinds: FACILITY_KIND_LIST.filter((k) => FACILITY_KINDS[k].stationOrCenter),
  },
  MEDICAL: { label: { zh: '医疗机构', en: 'Medical institution' }, kinds: [] },
  COMPLETE_CIRCLE: { label: { zh: '完整服务圈', en: 'Complete circle' }, kinds: [] },
} satisfies Record<string, GroupSpec>;

export type CoverageGroup = keyof typeof COVERAGE_GROUPS;
export const CoverageGroup = enumOf(COVERAGE_GROUPS);

/** Groups measured by one nearest-facility search each (the complete circle is derived from them). */
export const SEARCH_GROUPS = (Object.keys(COVERAGE_GROUPS) as CoverageGroup[]).filter((g) => g !== 'COMPLETE_CIRCLE') as SearchGroup[];
export type SearchGroup = Exclude<CoverageGroup, 'COMPLETE_CIRCLE'>;
/** Search groups made of care facilities (every one but MEDICAL). */
export type FacilityGroup = Exclude<SearchGroup, 'MEDICAL'>;

/** The facility kinds of a facility group. */
export const groupKinds = (group: FacilityGroup): readonly FacilityKind[] => COVERAGE_GROUPS[group].kinds;

/** The facility groups a kind belongs to (its own and, for stations and centres, STATION_OR_CENTER). */
export const groupsOfKind = (kind: FacilityKind): FacilityGroup[] =>
  SEARCH_GROUPS.filter((g): g is FacilityGroup => g !== 'MEDICAL' && groupKinds(g as FacilityGroup).includes(kind));
