import type { FieldErrors } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';

type Params = Record<string, string | number>;

/** Messages of the workforce register, in Simplified Chinese and English. */
const messages = {
  idFormat: {
    zh: '身份证号应为 18 位（17 位数字加校验码 0–9 或 X）。',
    en: 'An ID number has 18 characters: 17 digits and a check character 0–9 or X.',
  },
  idBirthDate: { zh: '身份证号中的出生日期不存在。', en: 'The birth date in the ID number does not exist.' },
  idCheckDigit: { zh: '身份证号校验码不正确（GB 11643）。', en: 'The ID number’s check digit is wrong (GB 11643).' },
  idDuplicate: { zh: '该身份证号已登记（人员编号 {id}）。', en: 'This ID number is already registered (worker {id}).' },
  creditCode: {
    zh: '统一社会信用代码不正确（18 位，校验码按 GB 32100）。',
    en: 'Not a valid unified social credit code (18 characters, GB 32100 check character).',
  },
  creditCodeDuplicate: { zh: '统一社会信用代码已登记（单位编号 {id}）。', en: 'This credit code is already registered (employer {id}).' },
  unknownEmployer: { zh: '用人单位 {id} 不存在。', en: 'Employer {id} does not exist.' },
  unknownWorker: { zh: '人员 {id} 不存在。', en: 'Worker {id} does not exist.' },
  unknownUser: { zh: '账号 {id} 不存在。', en: 'Account {id} does not exist.' },
  notEmployerRole: {
    zh: '只有“用人单位”角色的账号可绑定用人单位。',
    en: 'Only accounts with the EMPLOYER role can be bound to an employer.',
  },
  noCertificate: {
    zh: '持证上岗：{post}岗位须持有有效的{certificates}。',
    en: 'Certificate required (持证上岗): the post {postEn} needs a valid {certificatesEn}.',
  },
  noHealthCheck: {
    zh: '上岗前须有有效的健康体检（岗前健康体检）。',
    en: 'A valid pre-work health check is required before the worker takes the post.',
  },
  overlap: {
    zh: '与现有全职从业经历重叠（{employer}，{from} 起）；如确属兼职或交接，请填写重叠原因。',
    en: 'Overlaps an existing full-time employment ({employer}, from {from}); give the reason if it is intended.',
  },
  dishonestWorker: {
    zh: '该人员列入养老服务市场失信联合惩戒对象名单：{reason}',
    en: 'This worker is on the list of seriously dishonest elderly-care operators and workers: {reason}',
  },
  dishonestEmployer: {
    zh: '该用人单位列入养老服务市场失信联合惩戒对象名单：{reason}',
    en: 'This employer is on the list of seriously dishonest elderly-care operators and workers: {reason}',
  },
  employerKindLink: {
    zh: '养老服务设施单位须选择设施，医疗机构单位须选择医疗机构，其他单位须填写统一社会信用代码。',
    en: 'A care-facility employer needs its facility, a medical-institution employer its institution, any other employer its credit code.',
  },
  employerLinked: {
    zh: '该机构已登记为用人单位（单位编号 {id}）。',
    en: 'This institution is already registered as an employer (employer {id}).',
  },
  outsideScope: { zh: '无权管理该用人单位的人员。', en: 'You may not keep the staff of this employer.' },
  noEmployerBinding: { zh: '该账号未绑定用人单位，请联系管理员。', en: 'This account is bound to no employer; ask the administrator.' },
  stars: { zh: '星级应为 1 至 5。', en: 'Stars must be 1 to 5.' },
  score: { zh: '分数应为 0 至 100。', en: 'Scores run from 0 to 100.' },
  hours: { zh: '学时应大于 0 且不超过 2000。', en: 'Hours must be more than 0 and at most 2,000.' },
  validBeforeIssued: { zh: '有效期不能早于发证日期。', en: 'The expiry date must not be before the issue date.' },
  futureDate: { zh: '日期不能晚于今天。', en: 'The date must not be in the future.' },
  needsIdOrCode: {
    zh: '人员须有身份证号，单位须有统一社会信用代码。',
    en: 'A listed worker needs an ID number, an operator a credit code.',
  },
  placedNotMedical: { zh: '派驻单位须为医疗机构。', en: 'A placement must be at a medical institution.' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type WorkforceMessageKey = keyof typeof messages;

/** A workforce message in the language. */
export function wt(lang: Lang, key: WorkforceMessageKey, params: Params = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Adds a workforce field error to the collected ones. */
export function addError(errors: FieldErrors, field: string, key: WorkforceMessageKey, params?: Params): void {
  errors.list.push({ field, message: wt(errors.lang, key, params) });
}
