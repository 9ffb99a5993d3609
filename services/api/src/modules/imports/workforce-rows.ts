import {
  CERTIFICATE_KINDS,
  SKILL_LEVELS,
  TRAINING_KINDS,
  WORKER_POSTS,
  type Bilingual,
  type CertificateKind,
  type SkillLevel,
  type TrainingKind,
  type WorkerPost,
} from '@carecircle/domain';
import type { RowErrors } from './import-messages.js';
import { normaliseKey, type FieldName, type SourceRecord } from './records.js';
import { numberOf, textOf } from './values.js';

/** A labelled table of the domain (posts, certificate kinds, skill levels, training kinds). */
type Labelled<K extends string> = Record<K, { label: Bilingual }>;

/** Names a sheet uses besides the domain's labels. */
const POST_NAMES: Record<string, WorkerPost> = {
  护理员: 'ELDERLY_CARE_WORKER',
  养老护理: 'ELDERLY_CARE_WORKER',
  医疗护理: 'MEDICAL_CARE_WORKER',
  护工: 'MEDICAL_CARE_WORKER',
  月嫂: 'MATERNITY_CARE_WORKER',
  母婴护理员: 'MATERNITY_CARE_WORKER',
  社工: 'SOCIAL_WORKER',
  院长: 'DIRECTOR',
  负责人: 'DIRECTOR',
  评估员: 'CAPABILITY_ASSESSOR',
  康复治疗师: 'REHABILITATION',
  心理咨询: 'PSYCHOLOGY',
  其他: 'OTHER',
};
const CERTIFICATE_NAMES: Record<string, CertificateKind> = {
  养老护理员证: 'ELDERLY_CARE_WORKER',
  养老护理员证书: 'ELDERLY_CARE_WORKER',
  养老护理员: 'ELDERLY_CARE_WORKER',
  医疗护理员证: 'MEDICAL_CARE_WORKER',
  医疗护理员: 'MEDICAL_CARE_WORKER',
  月嫂证: 'MATERNITY_CARE',
  母婴护理证: 'MATERNITY_CARE',
  社工证: 'SOCIAL_WORKER',
  社会工作者证书: 'SOCIAL_WORKER',
  评估师证: 'CAPABILITY_ASSESSOR',
  院长培训证: 'DIRECTOR_TRAINING',
  其他: 'OTHER',
};
const TRAINING_NAMES: Record<string, TrainingKind> = { 岗前: 'PRE_SERVICE', 在岗: 'IN_SERVICE', 轮训: 'IN_SERVICE', 转岗: 'TRANSFER' };
const LEVEL_NAMES: Record<string, SkillLevel> = {
  五级: 'JUNIOR',
  四级: 'INTERMEDIATE',
  三级: 'SENIOR',
  二级: 'TECHNICIAN',
  一级: 'SENIOR_TECHNICIAN',
  初级: 'JUNIOR',
  中级: 'INTERMEDIATE',
  高级: 'SENIOR',
};

/** What each labelled column holds, for messages (“岗位” / “post”). */
const WHAT: Record<'post' | 'certificate' | 'level' | 'training', Bilingual> = {
  post: { zh: '岗位', en: 'post' },
  certificate: { zh: '证书类型', en: 'certificate kind' },
  level: { zh: '技能等级', en: 'skill level' },
  training: { zh: '培训类型', en: 'training kind' },
};

/**
 * A labelled value: its code (ELDERLY_CARE_WORKER), Chinese or English label, or a name sheets
 * use; anything else is an error on the field listing the accepted labels.
 */
function labelledValue<K extends string>(
  errors: RowErrors,
  field: FieldName,
  raw: unknown,
  table: Labelled<K>,
  names: Record<string, K>,
  what: keyof typeof WHAT,
): K | null {
  const text = textOf(raw);
  if (!text) return null;
  const keys = Object.keys(table) as K[];
  const code = text.toUpperCase().replace(/[\s-]+/g, '_');
  if (keys.includes(code as K)) return code as K;
  const wanted = new Set([text.replace(/\s+/g, ''), normaliseKey(text)]);
  for (const k of keys) {
    const { zh, en } = table[k].label;
    if ([zh, normaliseKey(zh), normaliseKey(en)].some((n) => wanted.has(n))) return k;
  }
  for (const [name, k] of Object.entries(names)) if (wanted.has(name)) return k;
  errors.addImport(field, 'row.unknownValue', {
    value: text.slice(0, 40),
    what: WHAT[what].zh,
    whatEn: WHAT[what].en,
    accepted: keys.map((k) => table[k].label.zh).join('、'),
    acceptedEn: keys.map((k) => table[k].label.en).join(', '),
  });
  return null;
}

export const postOf = (errors: RowErrors, field: FieldName, raw: unknown) =>
  labelledValue(errors, field, raw, WORKER_POSTS, POST_NAMES, 'post');
export const certificateKindOf = (errors: RowErrors, field: FieldName, raw: unknown) =>
  labelledValue(errors, field, raw, CERTIFICATE_KINDS, CERTIFICATE_NAMES, 'certificate');
export const skillLevelOf = (errors: RowErrors, field: FieldName, raw: unknown) =>
  labelledValue(errors, field, raw, SKILL_LEVELS, LEVEL_NAMES, 'level');
export const trainingKindOf = (errors: RowErrors, field: FieldName, raw: unknown) =>
  labelledValue(errors, field, raw, TRAINING_KINDS, TRAINING_NAMES, 'training');

/** First day of the 1900 date system as Excel counts it (serial 1 = 1900-01-01, with its 1900-02-29). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date cell as YYYY-MM-DD: 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301, or an
 * Excel date serial. Whether the day exists is checked by the register's write path.
 */
export function dateOf(errors: RowErrors, field: FieldName, raw: unknown): string | null {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw > 0 && raw < 2_958_466) {
    return new Date(EXCEL_EPOCH + raw * 86_400_000).toISOString().slice(0, 10);
  }
  const text = textOf(raw)?.normalize('NFKC');
  if (!text) return null;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) {
    errors.addImport(field, 'row.notDate', { value: text.slice(0, 40) });
    return null;
  }
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

const YES = new Set(['是', '有', '已参加', '参加', 'y', 'yes', 'true', '1', '√', '✓', '全职']);
const NO = new Set(['否', '无', '未参加', '不参加', 'n', 'no', 'false', '0', '×', '✗', '兼职']);

/** A yes/no cell (是 / 否, yes / no, 1 / 0, √ / ×); null when empty. */
export function yesNoOf(errors: RowErrors, field: FieldName, raw: unknown): boolean | null {
  if (typeof raw === 'boolean') return raw;
  const text = textOf(raw)?.normalize('NFKC').toLowerCase();
  if (!text) return null;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  errors.addImport(field, 'row.notYesNo', { value: text.slice(0, 20) });
  return null;
}

/** A whole or decimal number cell; null when empty. */
export const countOf = (errors: RowErrors, field: FieldName, raw: unknown): number | null => numberOf(errors, field, raw);

/** An ID number or credit code as written: spaces dropped, upper case (the check is the write path's). */
export const identifierOf = (raw: unknown): string | null => textOf(raw)?.normalize('NFKC').replace(/\s+/g, '').toUpperCase() || null;

/** The record's value of the first of these fields that has a column. */
export function firstOf(rec: SourceRecord, fields: readonly FieldName[]): unknown {
  for (const f of fields) if (rec.values[f] != null && textOf(rec.values[f]) != null) return rec.values[f];
  return null;
}
