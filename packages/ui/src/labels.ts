import type { Lang } from './i18n.js';

/** Names of the registry's enumerations in both languages (one place, shared by every app). */
export const LABELS: Record<string, Record<Lang, string>> = {
  STREET_CENTER: { 'zh-CN': '街道养老服务中心', en: 'Street care centre' },
  TOWN_CENTER: { 'zh-CN': '镇养老服务中心', en: 'Town care centre' },
  COMMUNITY_STATION: { 'zh-CN': '社区养老服务站', en: 'Community care station' },
  MUTUAL_AID_POINT: { 'zh-CN': '村级互助养老点', en: 'Village mutual-aid point' },
  CARE_INSTITUTION: { 'zh-CN': '养老机构', en: 'Care institution' },
  OUTDOOR_HUB: { 'zh-CN': '户外养老服务综合体', en: 'Outdoor care hub' },
  MEDICAL: { 'zh-CN': '医疗机构', en: 'Medical institution' },
  GENERAL_HOSPITAL: { 'zh-CN': '综合医院', en: 'General hospital' },
  GERIATRIC_HOSPITAL: { 'zh-CN': '老年病医院', en: 'Geriatric hospital' },
  TCM_HOSPITAL: { 'zh-CN': '中医医院', en: 'TCM hospital' },
  COMMUNITY_HEALTH_CENTER: { 'zh-CN': '社区卫生服务中心', en: 'Community health centre' },
  TOWNSHIP_HEALTH_CENTER: { 'zh-CN': '乡镇卫生院', en: 'Township health centre' },
  VILLAGE_CLINIC: { 'zh-CN': '村卫生室', en: 'Village clinic' },
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
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  SUBMITTED: { 'zh-CN': '已提交', en: 'Submitted' },
  APPROVED: { 'zh-CN': '已批准', en: 'Approved' },
  REJECTED: { 'zh-CN': '已退回', en: 'Rejected' },
  CLOSED: { 'zh-CN': '已关闭', en: 'Closed' },
  ACTIVE: { 'zh-CN': '有效', en: 'Active' },
  EXPIRING: { 'zh-CN': '60天内到期', en: 'Expiring within 60 days' },
  EXPIRED: { 'zh-CN': '已过期', en: 'Expired' },
  PENDING: { 'zh-CN': '未生效', en: 'Pending' },
  TERMINATED: { 'zh-CN': '已终止', en: 'Terminated' },
  TWO_WAY_REFERRAL: { 'zh-CN': '双向转诊', en: 'Two-way referral' },
  GREEN_CHANNEL: { 'zh-CN': '绿色通道', en: 'Green channel' },
  REGULAR_VISITS: { 'zh-CN': '定期巡诊', en: 'Regular visits' },
  REMOTE_CONSULTATION: { 'zh-CN': '远程会诊', en: 'Remote consultation' },
  EMERGENCY_RESPONSE: { 'zh-CN': '急救响应', en: 'Emergency response' },
  PUBLIC: { 'zh-CN': '公办', en: 'Public' },
  PRIVATE: { 'zh-CN': '民办', en: 'Private' },
  SOCIAL_ORGANIZATION: { 'zh-CN': '社会组织', en: 'Social organisation' },
  STREET: { 'zh-CN': '街道', en: 'Street' },
  TOWN: { 'zh-CN': '镇', en: 'Town' },
  COMMUNITY: { 'zh-CN': '社区', en: 'Community' },
  VILLAGE: { 'zh-CN': '村', en: 'Village' },
  DISTRICT: { 'zh-CN': '区', en: 'District' },
};

/** The label of an enumeration value, or the value itself when unknown. */
export function label(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  return LABELS[value]?.[lang] ?? value;
}
