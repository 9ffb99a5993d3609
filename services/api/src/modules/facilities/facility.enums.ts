import { registerEnumType } from 'type-graphql';

/** Kinds of elderly-care facility (养老服务设施). Outside checks rely on these exact values. */
export enum FacilityKind {
  STREET_CENTER = 'STREET_CENTER',
  TOWN_CENTER = 'TOWN_CENTER',
  COMMUNITY_STATION = 'COMMUNITY_STATION',
  MUTUAL_AID_POINT = 'MUTUAL_AID_POINT',
  CARE_INSTITUTION = 'CARE_INSTITUTION',
  OUTDOOR_HUB = 'OUTDOOR_HUB',
}
registerEnumType(FacilityKind, {
  name: 'FacilityKind',
  description: 'Kind of elderly-care facility.',
  valuesConfig: {
    STREET_CENTER: { description: '街道养老服务中心' },
    TOWN_CENTER: { description: '镇养老服务中心' },
    COMMUNITY_STATION: { description: '社区养老服务站' },
    MUTUAL_AID_POINT: { description: '村级互助养老点' },
    CARE_INSTITUTION: { description: '养老机构' },
    OUTDOOR_HUB: { description: '户外养老服务综合体' },
  },
});

/** Services a facility may offer. */
export enum ServiceKind {
  MEALS = 'MEALS',
  BATHING = 'BATHING',
  CLEANING = 'CLEANING',
  DAY_CARE = 'DAY_CARE',
  REHABILITATION = 'REHABILITATION',
  MEDICAL_CARE = 'MEDICAL_CARE',
  SENIOR_LEARNING = 'SENIOR_LEARNING',
  COGNITIVE_CARE = 'COGNITIVE_CARE',
  HOME_VISITS = 'HOME_VISITS',
  RESPITE = 'RESPITE',
}
registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'A service offered to older residents.',
  valuesConfig: {
    MEALS: { description: '助餐' },
    BATHING: { description: '助浴' },
    CLEANING: { description: '助洁' },
    DAY_CARE: { description: '日间照料' },
    REHABILITATION: { description: '康复' },
    MEDICAL_CARE: { description: '医疗' },
    SENIOR_LEARNING: { description: '老年大学' },
    COGNITIVE_CARE: { description: '认知障碍照护' },
    HOME_VISITS: { description: '上门服务' },
    RESPITE: { description: '喘息服务' },
  },
});

/** Who runs a facility. */
export enum OperatorType {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
}
registerEnumType(OperatorType, {
  name: 'OperatorType',
  description: 'Kind of operator.',
  valuesConfig: {
    PUBLIC: { description: '公办' },
    PRIVATE: { description: '民办' },
    SOCIAL_ORGANIZATION: { description: '社会组织' },
  },
});

/** Registration state; only APPROVED facilities count in coverage. */
export enum FacilityStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CLOSED = 'CLOSED',
}
registerEnumType(FacilityStatus, {
  name: 'FacilityStatus',
  description: 'Registration state of a facility.',
  valuesConfig: {
    DRAFT: { description: '草稿' },
    SUBMITTED: { description: '已提交待审核' },
    APPROVED: { description: '已通过' },
    REJECTED: { description: '已退回' },
    CLOSED: { description: '已关闭' },
  },
});
