import { COVERAGE_GROUPS, CoverageGroup, SEARCH_GROUPS, type SearchGroup } from '@carecircle/domain';
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

export { CoverageGroup, SEARCH_GROUPS, type SearchGroup };

/** Descriptions of the groups that are not a single facility kind. */
const GROUP_DESCRIPTIONS: Partial<Record<CoverageGroup, string>> = {
  STATION_OR_CENTER: 'A community station or a street/town centre (社区养老服务站或街道/镇养老服务中心).',
  MEDICAL: 'Any medical institution (医疗机构).',
  COMPLETE_CIRCLE: 'Complete circle: within the threshold of a station or centre AND of a medical institution (完整服务圈).',
};

registerEnumType(CoverageGroup, {
  name: 'CoverageGroup',
  description: 'What coverage is measured for: one facility kind, a station or centre, a medical institution, or the complete circle.',
  valuesConfig: Object.fromEntries(
    (Object.keys(COVERAGE_GROUPS) as CoverageGroup[]).map((g) => [g, { description: GROUP_DESCRIPTIONS[g] ?? COVERAGE_GROUPS[g].label.zh }]),
  ),
});
