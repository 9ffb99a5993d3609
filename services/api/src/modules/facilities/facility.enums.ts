import {
  FACILITY_CHANGE_STATUSES,
  FACILITY_KIND_LIST,
  FACILITY_KINDS,
  FACILITY_STATUSES,
  FacilityChangeStatus,
  FacilityKind,
  FacilityStatus,
} from '@carecircle/domain';

const FACILITY_STATUS_LIST = Object.keys(FACILITY_STATUSES) as FacilityStatus[];
import { registerEnumType } from 'type-graphql';

export { FacilityKind };

registerEnumType(FacilityKind, {
  name: 'FacilityKind',
  description: 'Kind of elderly-care facility.',
  valuesConfig: Object.fromEntries(FACILITY_KIND_LIST.map((k) => [k, { description: FACILITY_KINDS[k].label.zh }])),
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

export { FacilityStatus };

registerEnumType(FacilityStatus, {
  name: 'FacilityStatus',
  description: 'Registration state of a facility.',
  valuesConfig: Object.fromEntries(FACILITY_STATUS_LIST.map((st) => [st, { description: FACILITY_STATUSES[st].label.zh }])),
});

export { FacilityChangeStatus };

registerEnumType(FacilityChangeStatus, {
  name: 'FacilityChangeStatus',
  description: 'State of a pending change of an approved facility.',
  valuesConfig: Object.fromEntries(
    (Object.keys(FACILITY_CHANGE_STATUSES) as FacilityChangeStatus[]).map((st) => [
      st,
      { description: FACILITY_CHANGE_STATUSES[st].label.zh },
    ]),
  ),
});

/** How the signed-in user's edit of a facility takes effect (the domain's `editModeOf`). */
export enum FacilityEditMode {
  DIRECT = 'DIRECT',
  PROPOSAL = 'PROPOSAL',
  LOCKED = 'LOCKED',
}
registerEnumType(FacilityEditMode, {
  name: 'FacilityEditMode',
  description: 'How an edit of a facility by the signed-in user takes effect.',
  valuesConfig: {
    DIRECT: { description: 'The values change at once (audited).' },
    PROPOSAL: { description: 'The change waits for review by civil affairs; the approved values stay in force until then.' },
    LOCKED: { description: 'The record cannot be changed now (submitted and under review, closed, a change waiting, or not yours).' },
  },
});
