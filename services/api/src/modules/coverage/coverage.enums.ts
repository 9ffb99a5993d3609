import { registerEnumType } from 'type-graphql';

/** What a distance was measured along. */
export enum DistanceMethod {
  NETWORK = 'NETWORK',
  STRAIGHT_LINE = 'STRAIGHT_LINE',
}
registerEnumType(DistanceMethod, {
  name: 'DistanceMethod',
  description: 'How a distance was measured.',
  valuesConfig: {
    NETWORK: { description: 'Along the walking network (步行路网距离).' },
    STRAIGHT_LINE: { description: 'Straight-line geodesic distance: a fallback where no network is loaded or the point is more than 500 m from any street (直线距离，仅作后备).' },
  },
});

/** A set of services whose walking coverage is measured. */
export enum CoverageGroup {
  STREET_CENTER = 'STREET_CENTER',
  TOWN_CENTER = 'TOWN_CENTER',
  COMMUNITY_STATION = 'COMMUNITY_STATION',
  MUTUAL_AID_POINT = 'MUTUAL_AID_POINT',
  CARE_INSTITUTION = 'CARE_INSTITUTION',
  OUTDOOR_HUB = 'OUTDOOR_HUB',
  STATION_OR_CENTER = 'STATION_OR_CENTER',
  MEDICAL = 'MEDICAL',
  COMPLETE_CIRCLE = 'COMPLETE_CIRCLE',
}
registerEnumType(CoverageGroup, {
  name: 'CoverageGroup',
  description: 'What coverage is measured for: one facility kind, a station or centre, a medical institution, or the complete circle.',
  valuesConfig: {
    STREET_CENTER: { description: '街道养老服务中心' },
    TOWN_CENTER: { description: '镇养老服务中心' },
    COMMUNITY_STATION: { description: '社区养老服务站' },
    MUTUAL_AID_POINT: { description: '村级互助养老点' },
    CARE_INSTITUTION: { description: '养老机构' },
    OUTDOOR_HUB: { description: '户外养老服务综合体' },
    STATION_OR_CENTER: { description: 'A community station or a street/town centre (社区养老服务站或街道/镇养老服务中心).' },
    MEDICAL: { description: 'Any medical institution (医疗机构).' },
    COMPLETE_CIRCLE: { description: 'Complete circle: within the threshold of a station or centre AND of a medical institution (完整服务圈).' },
  },
});

/** Groups measured by one nearest-facility search each (the complete circle is derived). */
export const SEARCH_GROUPS = [
  CoverageGroup.STREET_CENTER,
  CoverageGroup.TOWN_CENTER,
  CoverageGroup.COMMUNITY_STATION,
  CoverageGroup.MUTUAL_AID_POINT,
  CoverageGroup.CARE_INSTITUTION,
  CoverageGroup.OUTDOOR_HUB,
  CoverageGroup.STATION_OR_CENTER,
  CoverageGroup.MEDICAL,
] as const;
export type SearchGroup = (typeof SEARCH_GROUPS)[number];

/** Facility kinds in each facility group. */
export const GROUP_KINDS: Record<Exclude<SearchGroup, CoverageGroup.MEDICAL>, string[]> = {
  STREET_CENTER: ['STREET_CENTER'],
  TOWN_CENTER: ['TOWN_CENTER'],
  COMMUNITY_STATION: ['COMMUNITY_STATION'],
  MUTUAL_AID_POINT: ['MUTUAL_AID_POINT'],
  CARE_INSTITUTION: ['CARE_INSTITUTION'],
  OUTDOOR_HUB: ['OUTDOOR_HUB'],
  STATION_OR_CENTER: ['COMMUNITY_STATION', 'STREET_CENTER', 'TOWN_CENTER'],
};

/** The planning target of Yubei: 151 complete 15-minute circles by December 2025. */
export const CIRCLE_TARGET = 151;
/** Older people walk about 1.0 m/s. */
export const DEFAULT_SPEED = 1.0;
export const DEFAULT_MINUTES = 15;
