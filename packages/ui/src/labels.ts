import {
  CERTIFICATE_KINDS,
  CERTIFICATE_STATES,
  EMPLOYER_KINDS,
  FACILITY_KIND_LIST,
  FACILITY_KINDS,
  SKILL_LEVELS,
  TALENT_LIBRARIES,
  TRAINING_KINDS,
  WORKER_POSTS,
  ROLE_LIST,
  ROLES,
  type Bilingual,
  type FacilityKind as DomainFacilityKind,
} from '@carecircle/domain';
import type {
  AgreementService,
  AgreementStatus,
  CertificateKind,
  CertificateState,
  DivisionLevel,
  EmployerKind,
  EvaluationKind,
  FacilityKind,
  FacilityStatus,
  Gender,
  MedicalKind,
  OperatorType,
  Role,
  ServiceKind,
  SkillLevel,
  TalentLibrary,
  TrainingKind,
  WorkerPost,
} from './gql/enums.js';
import type { Lang } from './i18n.js';

/** A name in both interface languages. */
export type Label = Record<Lang, string>;

const fromDomain = (text: Bilingual): Label => ({ 'zh-CN': text.zh, en: text.en });

// The domain's kinds are the schema's kinds: a kind added to one and not the other fails the build here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _DomainKindsAreTheSchemaKinds = Assert<Same<DomainFacilityKind, FacilityKind>>;

/** Names of the facility kinds, from the domain (a new kind there is named in every app without an edit here). */
export const FACILITY_KIND_LABELS = Object.fromEntries(FACILITY_KIND_LIST.map((k) => [k, fromDomain(FACILITY_KINDS[k].label)])) as Record<
  FacilityKind,
  Label
>;

const fromTable = <K extends string>(table: Record<K, { label: Bilingual }>) =>
  Object.fromEntries(Object.entries<{ label: Bilingual }>(table).map(([k, v]) => [k, fromDomain(v.label)])) as Record<K, Label>;

// The workforce's tables are the domain's; their values overlap (ELDERLY_CARE_WORKER is a post and a
// certificate, OTHER is in several), so each has its own map and is not in the one look-up of `label`.
/** Posts (岗位), in the domain's order. */
export const WORKER_POST_LABELS = fromTable(WORKER_POSTS) satisfies Record<WorkerPost, Label>;
/** Certificate kinds. */
export const CERTIFICATE_KIND_LABELS = fromTable(CERTIFICATE_KINDS) satisfies Record<CertificateKind, Label>;
/** Certificate states (valid, expiring within 90 days, expired, none). */
export const CERTIFICATE_STATE_LABELS = fromTable(CERTIFICATE_STATES) satisfies Record<CertificateState, Label>;
/** The eight-level skill ladder, lowest first. */
export const SKILL_LEVEL_LABELS = fromTable(SKILL_LEVELS) satisfies Record<SkillLevel, Label>;
/** Talent libraries (人才库). */
export const TALENT_LIBRARY_LABELS = fromTable(TALENT_LIBRARIES) satisfies Record<TalentLibrary, Label>;
/** Kinds of training. */
export const TRAINING_KIND_LABELS = fromTable(TRAINING_KINDS) satisfies Record<TrainingKind, Label>;
/** Kinds of employer. */
export const EMPLOYER_KIND_LABELS = fromTable(EMPLOYER_KINDS) satisfies Record<EmployerKind, Label>;
export const EVALUATION_KIND_LABELS = {
  EVALUATION: { 'zh-CN': '服务对象评价', en: 'Evaluation by the people served' },
  INSPECTION: { 'zh-CN': '质量检查', en: 'Quality inspection' },
} as const satisfies Record<EvaluationKind, Label>;
export const GENDER_LABELS = {
  MALE: { 'zh-CN': '男', en: 'Male' },
  FEMALE: { 'zh-CN': '女', en: 'Female' },
} as const satisfies Record<Gender, Label>;

/** Short names of the roles, from the domain (a new role is named without an edit here). */
export const ROLE_LABELS = Object.fromEntries(ROLE_LIST.map((r) => [r, fromDomain(ROLES[r].label)])) as Record<Role, Label>;

export const FACILITY_STATUS_LABELS = {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  SUBMITTED: { 'zh-CN': '已提交', en: 'Submitted' },
  APPROVED: { 'zh-CN': '已批准', en: 'Approved' },
  REJECTED: { 'zh-CN': '已退回', en: 'Rejected' },
  CLOSED: { 'zh-CN': '已关闭', en: 'Closed' },
} as const satisfies Record<FacilityStatus, Label>;

/** Agreement states, in the order the agreement register filters them. */
export const AGREEMENT_STATUS_LABELS = {
  ACTIVE: { 'zh-CN': '有效', en: 'Active' },
  EXPIRING: { 'zh-CN': '60天内到期', en: 'Expiring within 60 days' },
  EXPIRED: { 'zh-CN': '已过期', en: 'Expired' },
  PENDING: { 'zh-CN': '未生效', en: 'Pending' },
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  TERMINATED: { 'zh-CN': '已终止', en: 'Terminated' },
} as const satisfies Record<AgreementStatus, Label>;

/** Services of a facility, in the order the station form offers them. */
export const SERVICE_LABELS = {
  MEALS: { 'zh-CN': '助餐', en: 'Meals' },
  BATHING: { 'zh-CN': '助浴', en: 'Bathing' },
  CLEANING: { 'zh-CN': '助洁', en: 'Cleaning' },
  DAY_CARE: { 'zh-CN': '日间照料', en: 'Day care' },
  REHABILITATION: { 'zh-CN': '康复', en: 'Rehabilitation' },
  MEDICAL_CARE: { 'zh-CN': '医疗', en: 'Medical care' },
  SENIOR_LEARNING: { 'zh-CN': '老年大学', en: 'Senior learning' },
  COGNITIVE_CARE: { 'zh-CN': '认知障碍照护', en: 'Cognitive care' },
  RESPITE: { 'zh-CN': '喘息服务', en: 'Respite' },
  HOME_VISITS: { 'zh-CN': '上门服务', en: 'Home visits' },
} as const satisfies Record<ServiceKind, Label>;

/** Services of an agreement, in the order the agreement form offers them. */
export const AGREEMENT_SERVICE_LABELS = {
  TWO_WAY_REFERRAL: { 'zh-CN': '双向转诊', en: 'Two-way referral' },
  GREEN_CHANNEL: { 'zh-CN': '绿色通道', en: 'Green channel' },
  REGULAR_VISITS: { 'zh-CN': '定期巡诊', en: 'Regular visits' },
  REMOTE_CONSULTATION: { 'zh-CN': '远程会诊', en: 'Remote consultation' },
  EMERGENCY_RESPONSE: { 'zh-CN': '急救响应', en: 'Emergency response' },
  HOME_VISITS: { 'zh-CN': '上门服务', en: 'Home visits' },
} as const satisfies Record<AgreementService, Label>;

export const MEDICAL_KIND_LABELS = {
  GENERAL_HOSPITAL: { 'zh-CN': '综合医院', en: 'General hospital' },
  GERIATRIC_HOSPITAL: { 'zh-CN': '老年病医院', en: 'Geriatric hospital' },
  TCM_HOSPITAL: { 'zh-CN': '中医医院', en: 'TCM hospital' },
  COMMUNITY_HEALTH_CENTER: { 'zh-CN': '社区卫生服务中心', en: 'Community health centre' },
  TOWNSHIP_HEALTH_CENTER: { 'zh-CN': '乡镇卫生院', en: 'Township health centre' },
  VILLAGE_CLINIC: { 'zh-CN': '村卫生室', en: 'Village clinic' },
} as const satisfies Record<MedicalKind, Label>;

/** Kinds of operator, in the order the station form offers them. */
export const OPERATOR_TYPE_LABELS = {
  PUBLIC: { 'zh-CN': '公办', en: 'Public' },
  PRIVATE: { 'zh-CN': '民办', en: 'Private' },
  SOCIAL_ORGANIZATION: { 'zh-CN': '社会组织', en: 'Social organisation' },
} as const satisfies Record<OperatorType, Label>;

export const DIVISION_LEVEL_LABELS = {
  STREET: { 'zh-CN': '街道', en: 'Street' },
  TOWN: { 'zh-CN': '镇', en: 'Town' },
  COMMUNITY: { 'zh-CN': '社区', en: 'Community' },
  VILLAGE: { 'zh-CN': '村', en: 'Village' },
  DISTRICT: { 'zh-CN': '区', en: 'District' },
} as const satisfies Record<DivisionLevel, Label>;

/** The values of a label map, in its order (the choices a form or filter offers). */
export const valuesOf = <K extends string>(labels: Record<K, Label>): K[] => Object.keys(labels) as K[];

/**
 * Every enumeration value the registry shows, in one look-up. Values shared by two enumerations
 * (DRAFT, HOME_VISITS) have the same name in both.
 */
const LABELS: Readonly<Record<string, Label | undefined>> = {
  ...DIVISION_LEVEL_LABELS,
  ...MEDICAL_KIND_LABELS,
  ...OPERATOR_TYPE_LABELS,
  ...AGREEMENT_SERVICE_LABELS,
  ...SERVICE_LABELS,
  ...AGREEMENT_STATUS_LABELS,
  ...FACILITY_STATUS_LABELS,
  ...FACILITY_KIND_LABELS,
};

/**
 * The name of an enumeration value in the interface language, or the value itself when unknown
 * (e.g. a status read from a REST answer that is not typed).
 * @example label('COMMUNITY_STATION', 'en') // 'Community care station'
 */
export function label(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  return LABELS[value]?.[lang] ?? value;
}
