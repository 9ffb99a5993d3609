import { FACILITY_KIND_LABELS, type Label, type Lang } from '@carecircle/ui';
import type { CoverageGroup, FacilityKind } from '../gql/graphql.js';

/**
 * Short names of the facility kinds for the coverage chart, whose labels are 118 px wide. A kind
 * without one (a kind the domain adds) is shown under its full name, so it needs no edit here.
 */
const SHORT_KIND_NAMES: Partial<Record<FacilityKind, Label>> = {
  STREET_CENTER: { 'zh-CN': '街道中心', en: 'Street centre' },
  TOWN_CENTER: { 'zh-CN': '镇中心', en: 'Town centre' },
  COMMUNITY_STATION: { 'zh-CN': '社区站', en: 'Community station' },
  MUTUAL_AID_POINT: { 'zh-CN': '互助点', en: 'Mutual-aid point' },
  CARE_INSTITUTION: { 'zh-CN': '养老机构', en: 'Care institution' },
  OUTDOOR_HUB: { 'zh-CN': '户外综合体', en: 'Outdoor hub' },
};

/** The groups that are not one facility kind: every one is named (a new one fails the build). */
const OTHER_GROUPS = {
  STATION_OR_CENTER: { 'zh-CN': '站点或中心', en: 'Station or centre' },
  MEDICAL: { 'zh-CN': '医疗机构', en: 'Medical institution' },
  COMPLETE_CIRCLE: { 'zh-CN': '完整服务圈', en: 'Complete circle' },
} satisfies Record<Exclude<CoverageGroup, FacilityKind>, Label>;

const isKind = (group: CoverageGroup): group is FacilityKind => group in FACILITY_KIND_LABELS;

/** The name of a coverage group in the chart. */
export function groupLabel(group: CoverageGroup, lang: Lang): string {
  if (isKind(group)) return (SHORT_KIND_NAMES[group] ?? FACILITY_KIND_LABELS[group])[lang];
  return OTHER_GROUPS[group][lang];
}
