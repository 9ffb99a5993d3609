import { COVERAGE_GROUPS, CoverageGroup } from '@carecircle/domain';
import { registerEnumType } from 'type-graphql';

export { CoverageGroup };

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
    (Object.keys(COVERAGE_GROUPS) as CoverageGroup[]).map((g) => [
      g,
      { description: GROUP_DESCRIPTIONS[g] ?? COVERAGE_GROUPS[g].label.zh },
    ]),
  ),
});
