import { enumOf, type Bilingual } from './labels.js';

/**
 * The elderly-care workforce (养老服务人才): posts, certificates, the skill ladder, trainings and the
 * employer kinds, with the rules that depend on them (持证上岗: which certificate a post needs, and
 * whether it needs a pre-work health check). Services, imports, the demo data and the apps use
 * these tables; a post or certificate kind added here needs no edit elsewhere.
 */

/** Certificates a worker may hold. */
export const CERTIFICATE_KINDS = {
  ELDERLY_CARE_WORKER: { label: { zh: '养老护理员职业技能等级证书', en: 'Elderly-care worker skill certificate' } },
  MEDICAL_CARE_WORKER: { label: { zh: '医疗护理员培训合格证', en: 'Medical care worker certificate' } },
  MATERNITY_CARE: { label: { zh: '母婴护理（月嫂）证', en: 'Maternity care certificate (月嫂证)' } },
  SOCIAL_WORKER: { label: { zh: '社会工作者职业资格证书', en: 'Social worker qualification' } },
  CAPABILITY_ASSESSOR: { label: { zh: '老年人能力评估师证书', en: 'Older-person capability assessor certificate' } },
  DIRECTOR_TRAINING: { label: { zh: '养老机构院长培训合格证', en: 'Care institution director training certificate' } },
  OTHER: { label: { zh: '其他证书', en: 'Other certificate' } },
} as const satisfies Record<string, { label: Bilingual }>;
export type CertificateKind = keyof typeof CERTIFICATE_KINDS;
export const CertificateKind = enumOf(CERTIFICATE_KINDS);
export const CERTIFICATE_KIND_LIST = Object.keys(CERTIFICATE_KINDS) as CertificateKind[];

export interface PostSpec {
  label: Bilingual;
  /** Certificates any one of which entitles the worker to the post (持证上岗); empty: none required. */
  certificates: readonly CertificateKind[];
  /** A pre-work health check (岗前健康体检) is required before the worker takes the post. */
  healthCheck: boolean;
  /** A care worker (护理员): counted in the certification rate and the hospital figures. */
  careWorker: boolean;
}

/** Posts (岗位) of the workforce and what each requires. */
export const WORKER_POSTS = {
  ELDERLY_CARE_WORKER: {
    label: { zh: '养老护理员', en: 'Elderly-care worker' },
    certificates: ['ELDERLY_CARE_WORKER'],
    healthCheck: true,
    careWorker: true,
  },
  MEDICAL_CARE_WORKER: {
    label: { zh: '医疗护理员', en: 'Medical care worker' },
    certificates: ['MEDICAL_CARE_WORKER', 'ELDERLY_CARE_WORKER'],
    healthCheck: true,
    careWorker: true,
  },
  MATERNITY_CARE_WORKER: {
    label: { zh: '母婴护理员（月嫂）', en: 'Maternity care worker' },
    certificates: ['MATERNITY_CARE'],
    healthCheck: true,
    careWorker: true,
  },
  SOCIAL_WORKER: {
    label: { zh: '社会工作者', en: 'Social worker' },
    certificates: ['SOCIAL_WORKER'],
    healthCheck: false,
    careWorker: false,
  },
  DIRECTOR: { label: { zh: '院长/负责人', en: 'Director' }, certificates: [], healthCheck: false, careWorker: false },
  CAPABILITY_ASSESSOR: {
    label: { zh: '老年人能力评估员', en: 'Capability assessor' },
    certificates: ['CAPABILITY_ASSESSOR'],
    healthCheck: false,
    careWorker: false,
  },
  REHABILITATION: { label: { zh: '康复师', en: 'Rehabilitation therapist' }, certificates: [], healthCheck: true, careWorker: false },
  NUTRITION: { label: { zh: '营养师', en: 'Nutritionist' }, certificates: [], healthCheck: true, careWorker: false },
  PSYCHOLOGY: { label: { zh: '心理咨询师', en: 'Psychological counsellor' }, certificates: [], healthCheck: false, careWorker: false },
  OTHER: { label: { zh: '其他岗位', en: 'Other post' }, certificates: [], healthCheck: false, careWorker: false },
} as const satisfies Record<string, PostSpec>;
export type WorkerPost = keyof typeof WORKER_POSTS;
export const WorkerPost = enumOf(WORKER_POSTS);
export const WORKER_POST_LIST = Object.keys(WORKER_POSTS) as WorkerPost[];

/** The post whose holders the certification-rate target (≥ 60%) counts: 养老护理员. */
export const CERTIFICATION_RATE_POST: WorkerPost = 'ELDERLY_CARE_WORKER';
/** The certificate that counts a care worker as certified (持证). */
export const CARE_CERTIFICATES: readonly CertificateKind[] = ['ELDERLY_CARE_WORKER', 'MEDICAL_CARE_WORKER'];

/** The eight-level skill ladder (职业技能等级, seed 003 九), lowest first. */
export const SKILL_LEVELS = {
  APPRENTICE: { label: { zh: '学徒工', en: 'Apprentice' } },
  JUNIOR: { label: { zh: '初级工', en: 'Junior' } },
  INTERMEDIATE: { label: { zh: '中级工', en: 'Intermediate' } },
  SENIOR: { label: { zh: '高级工', en: 'Senior' } },
  TECHNICIAN: { label: { zh: '技师', en: 'Technician' } },
  SENIOR_TECHNICIAN: { label: { zh: '高级技师', en: 'Senior technician' } },
  MASTER_TECHNICIAN: { label: { zh: '特级技师', en: 'Master technician' } },
  CHIEF_TECHNICIAN: { label: { zh: '首席技师', en: 'Chief technician' } },
} as const satisfies Record<string, { label: Bilingual }>;
export type SkillLevel = keyof typeof SKILL_LEVELS;
export const SkillLevel = enumOf(SKILL_LEVELS);
export const SKILL_LEVEL_LIST = Object.keys(SKILL_LEVELS) as SkillLevel[];

/** Kinds of training (培训). */
export const TRAINING_KINDS = {
  PRE_SERVICE: { label: { zh: '岗前培训', en: 'Pre-service' } },
  IN_SERVICE: { label: { zh: '在岗轮训', en: 'In-service rotation' } },
  TRANSFER: { label: { zh: '转岗培训', en: 'Transfer' } },
  CONTINUING: { label: { zh: '继续教育', en: 'Continuing education' } },
} as const satisfies Record<string, { label: Bilingual }>;
export type TrainingKind = keyof typeof TRAINING_KINDS;
export const TrainingKind = enumOf(TRAINING_KINDS);
export const TRAINING_KIND_LIST = Object.keys(TRAINING_KINDS) as TrainingKind[];

/** Who employs or places workers, trains them or assesses their skill levels. */
export const EMPLOYER_KINDS = {
  CARE_FACILITY: { label: { zh: '养老服务设施', en: 'Care facility' } },
  MEDICAL_INSTITUTION: { label: { zh: '医疗机构', en: 'Medical institution' } },
  SERVICE_COMPANY: { label: { zh: '护理服务公司', en: 'Care service company' } },
  TRAINING_BODY: { label: { zh: '培训机构', en: 'Training body' } },
  SKILL_ASSESSMENT_BODY: { label: { zh: '职业技能等级认定评价机构', en: 'Skill-level assessment body' } },
} as const satisfies Record<string, { label: Bilingual }>;
export type EmployerKind = keyof typeof EMPLOYER_KINDS;
export const EmployerKind = enumOf(EMPLOYER_KINDS);
export const EMPLOYER_KIND_LIST = Object.keys(EMPLOYER_KINDS) as EmployerKind[];

/**
 * The talent libraries the Chongqing plan asks for (seed 003, 十) besides the register itself: a
 * worker may belong to any of them. (The skill-assessment bodies are employers of their own kind.)
 */
export const TALENT_LIBRARIES = {
  EXPERT: { label: { zh: '养老服务专家库', en: 'Elderly-care experts' } },
  GRADING_ASSESSOR: { label: { zh: '养老机构等级评定评估员库', en: 'Institution-grading assessors' } },
  COMPETITION_JUDGE: { label: { zh: '职业技能竞赛裁判库', en: 'Skills-competition judges' } },
  CAPABILITY_ASSESSOR: { label: { zh: '老年人能力评估员库', en: 'Older-person capability assessors' } },
} as const satisfies Record<string, { label: Bilingual }>;
export type TalentLibrary = keyof typeof TALENT_LIBRARIES;
export const TalentLibrary = enumOf(TALENT_LIBRARIES);
export const TALENT_LIBRARY_LIST = Object.keys(TALENT_LIBRARIES) as TalentLibrary[];

/** Star rating bounds (星级, seed 001). */
export const STARS = { min: 1, max: 5 } as const;

/** May a worker holding these valid certificates take the post (持证上岗)? */
export function certificateEntitles(post: WorkerPost, held: readonly CertificateKind[]): boolean {
  const needed: readonly CertificateKind[] = WORKER_POSTS[post].certificates;
  return needed.length === 0 || needed.some((k) => held.includes(k));
}

/**
 * State of a worker's certificates (证书状态) as the register shows and filters it: VALID, EXPIRING
 * (the longest-valid one ends within the alert window), EXPIRED (held, none valid), NONE (none held).
 */
export const CERTIFICATE_STATES = {
  VALID: { label: { zh: '有效', en: 'Valid' } },
  EXPIRING: { label: { zh: '90天内到期', en: 'Expiring within 90 days' } },
  EXPIRED: { label: { zh: '已过期', en: 'Expired' } },
  NONE: { label: { zh: '无证书', en: 'No certificate' } },
} as const satisfies Record<string, { label: Bilingual }>;
export type CertificateState = keyof typeof CERTIFICATE_STATES;
export const CertificateState = enumOf(CERTIFICATE_STATES);

/** The kinds of certificate that count for a post: those entitling it, or any kind when the post needs none. */
export function relevantCertificateKinds(post: WorkerPost | null | undefined): readonly CertificateKind[] {
  const needed: readonly CertificateKind[] = post ? WORKER_POSTS[post].certificates : [];
  return needed.length ? needed : CERTIFICATE_KIND_LIST;
}

/**
 * The state of the certificates that count for the worker's post on a day (dates YYYY-MM-DD; a
 * certificate without `validUntil` does not expire).
 * @example certificateState('ELDERLY_CARE_WORKER', [{ kind: 'ELDERLY_CARE_WORKER', issuedOn: '2024-01-01', validUntil: '2026-02-01' }], '2026-01-01', 90) // 'EXPIRING'
 */
export function certificateState(
  post: WorkerPost | null | undefined,
  certificates: readonly { kind: CertificateKind; issuedOn: string; validUntil?: string | null }[],
  today: string,
  expiringDays: number,
): CertificateState {
  const kinds = relevantCertificateKinds(post);
  const held = certificates.filter((c) => kinds.includes(c.kind));
  if (!held.length) return 'NONE';
  const valid = held.filter((c) => c.issuedOn <= today && (!c.validUntil || c.validUntil >= today));
  if (!valid.length) return 'EXPIRED';
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + expiringDays * 86_400_000).toISOString().slice(0, 10);
  return valid.some((c) => !c.validUntil || c.validUntil > soon) ? 'VALID' : 'EXPIRING';
}
