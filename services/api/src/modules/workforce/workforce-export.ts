import { CERTIFICATE_KINDS, SKILL_LEVELS, TALENT_LIBRARIES, WORKER_POSTS } from '@carecircle/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lang } from '../../shared/i18n.js';
import { sheetWorkbook, type SheetColumn } from '../../shared/xlsx.js';
import { record } from '../audit/audit-log.js';
import type { Access } from '../users/access.js';
import { dataKeyOf } from './data-key.js';
import { FiguresService, type WorkforceFigures } from './figures.service.js';
import { WorkerService } from './worker.service.js';
import { Gender } from './workforce.enums.js';

type Text = Record<Lang, string>;

const YES: Text = { zh: '是', en: 'yes' };
const NO: Text = { zh: '否', en: 'no' };
const GENDER: Record<Gender, Text> = { [Gender.MALE]: { zh: '男', en: 'male' }, [Gender.FEMALE]: { zh: '女', en: 'female' } };
const NOT_NEEDED: Text = { zh: '无需持证', en: 'not required' };

/** The register's columns in each language. */
const REGISTER_COLUMNS: (Text & { numFmt?: string })[] = [
  { zh: '编号', en: 'id' },
  { zh: '姓名', en: 'name' },
  { zh: '性别', en: 'gender' },
  { zh: '出生日期', en: 'birth date' },
  { zh: '身份证号', en: 'ID number', numFmt: '@' },
  { zh: '联系电话', en: 'phone', numFmt: '@' },
  { zh: '岗位', en: 'post' },
  { zh: '用人单位', en: 'employer' },
  { zh: '派驻医院', en: 'placed at' },
  { zh: '技能等级', en: 'skill level' },
  { zh: '星级', en: 'stars' },
  { zh: '持证上岗', en: 'certified for the post' },
  { zh: '证书（有效期至）', en: 'certificates (valid until)' },
  { zh: '体检日期', en: 'health check' },
  { zh: '体检有效期至', en: 'health check valid until' },
  { zh: '社会保险', en: 'social insurance' },
  { zh: '意外伤害保险', en: 'accident insurance' },
  { zh: '人才库', en: 'talent libraries' },
];

/** The register's file and sheet names. */
export const REGISTER_FILE: Text = { zh: '养老服务人才信息库.xlsx', en: 'workforce-register.xlsx' };
const REGISTER_SHEET: Text = { zh: '从业人员', en: 'Workers' };

const maskPhone = (p: string) => (p.length > 7 ? `${p.slice(0, 3)}****${p.slice(-4)}` : '****');

/**
 * The workforce register as far as the user may see it (an employer account: its own staff; a
 * street office: its division's), as an XLSX sheet in the language, with labels for every coded
 * value. ID numbers and phones are masked unless `unmasked` — which the route allows only with
 * `worker:identity` — and then every worker's unmasked read is audited (WORKER_ID_NUMBER_READ,
 * with one WORKERS_EXPORTED), in the request's transaction, before the sheet is answered.
 */
export async function registerWorkbook(
  em: EntityManager,
  access: Access,
  lang: Lang,
  today: string,
  unmasked: boolean,
): Promise<{ body: Buffer; workers: number }> {
  if (unmasked) access.assertCan('worker:identity');
  const service = new WorkerService(em, lang, today, access);
  const workers = await service.allInScope();
  const key = unmasked ? dataKeyOf(em) : null;
  const yesNo = (b: boolean) => (b ? YES : NO)[lang];
  const rows = workers.map((w) => {
    const certificates = w.certificates.getItems();
    const certified = WorkerService.certifiedToday(w, certificates, today);
    return [
      w.id,
      w.name,
      GENDER[w.gender][lang],
      w.birthDate,
      key ? key.decrypt(w.idNumberCipher) : w.idNumberMasked,
      w.phone ? (unmasked ? w.phone : maskPhone(w.phone)) : null,
      w.post ? WORKER_POSTS[w.post].label[lang] : null,
      w.employer?.getEntity().name ?? null,
      w.placedAt?.getEntity().name ?? null,
      w.skillLevel ? SKILL_LEVELS[w.skillLevel].label[lang] : null,
      w.stars ?? null,
      certified == null ? (w.post ? NOT_NEEDED[lang] : null) : yesNo(certified),
      certificates
        .map((c) => `${CERTIFICATE_KINDS[c.kind].label[lang]}（${c.validUntil ?? (lang === 'zh' ? '长期' : 'no expiry')}）`)
        .join('；'),
      w.healthCheckOn ?? null,
      w.healthCheckValidUntil ?? null,
      yesNo(w.socialInsurance),
      yesNo(w.accidentInsurance),
      w.libraries.map((l) => TALENT_LIBRARIES[l].label[lang]).join(lang === 'zh' ? '、' : '; ') || null,
    ];
  });
  if (unmasked && workers.length) {
    await record(em, [
      ...workers.map((w) => ({
        event: 'WORKER_ID_NUMBER_READ' as const,
        entity: 'worker' as const,
        id: w.id,
        before: null,
        after: { idNumberMasked: w.idNumberMasked, export: REGISTER_FILE.en },
        action: 'read' as const,
      })),
      {
        event: 'WORKERS_EXPORTED',
        entity: 'worker',
        id: 0,
        before: null,
        after: { workers: workers.length, unmasked: true },
        action: 'read',
      },
    ]);
  }
  const columns: SheetColumn[] = REGISTER_COLUMNS.map((c) => ({ header: c[lang], numFmt: c.numFmt }));
  return { body: await sheetWorkbook(REGISTER_SHEET[lang], columns, rows), workers: workers.length };
}

/** The indicators' columns: header in each language and the value of a division's figures. */
const FIGURE_COLUMNS: (Text & { numFmt?: string; value: (f: WorkforceFigures) => number | string | null })[] = [
  { zh: '街道/镇', en: 'division', value: (f) => f.divisionName },
  { zh: '养老护理员', en: 'elderly-care workers', value: (f) => f.careWorkers },
  { zh: '持证养老护理员', en: 'certified', value: (f) => f.certifiedCareWorkers },
  { zh: '持证率', en: 'certification rate', numFmt: '0.0%', value: (f) => f.certificationRate },
  { zh: '持证率目标', en: 'target', numFmt: '0%', value: (f) => f.certificationRateTarget },
  { zh: '社会工作者', en: 'social workers', value: (f) => f.socialWorkers },
  { zh: '老年人口', en: 'older residents', value: (f) => f.olderResidents },
  { zh: '养老机构床位', en: 'institution beds', value: (f) => f.institutionBeds },
  { zh: '每千名老年人社会工作者', en: 'social workers per 1,000 older', numFmt: '0.00', value: (f) => f.socialWorkersPerThousandOlder },
  { zh: '每百张床位社会工作者', en: 'social workers per 100 beds', numFmt: '0.00', value: (f) => f.socialWorkersPerHundredBeds },
  { zh: '医疗机构护理员', en: 'hospital care workers', value: (f) => f.hospitalCareWorkers },
  { zh: '其中持证', en: 'of them certified', value: (f) => f.hospitalCareWorkersCertified },
  { zh: '无证上岗', en: 'uncertified on post', value: (f) => f.uncertifiedOnPost },
  { zh: '90 天内到期证书', en: 'certificates expiring in 90 days', value: (f) => f.certificatesExpiring },
  { zh: '本年培训人次', en: 'trainings this year', value: (f) => f.trainingsThisYear },
  { zh: '本年培训学时', en: 'training hours this year', numFmt: '0.#', value: (f) => f.trainingHoursThisYear },
];

export const FIGURES_FILE: Text = { zh: '养老服务人才指标.xlsx', en: 'workforce-indicators.xlsx' };
const FIGURES_SHEET: Text = { zh: '人才指标', en: 'Indicators' };
const TOTAL: Text = { zh: '合计', en: 'total' };

/**
 * The workforce indicators of every street/town below a division (the district when none is
 * given), one row each, and the division's own row last (合计), as an XLSX sheet in the language.
 */
export async function figuresWorkbook(em: EntityManager, lang: Lang, today: string, divisionId: number | null): Promise<Buffer> {
  const figures = new FiguresService(em, lang, today);
  const children = await figures.children(divisionId);
  const total = await figures.figures(divisionId);
  const rows = [
    ...children,
    { ...total, divisionName: `${total.divisionName}${lang === 'zh' ? '（' : ' ('}${TOTAL[lang]}${lang === 'zh' ? '）' : ')'}` },
  ].map((f) => FIGURE_COLUMNS.map((c) => c.value(f)));
  return sheetWorkbook(
    FIGURES_SHEET[lang],
    FIGURE_COLUMNS.map((c) => ({ header: c[lang], numFmt: c.numFmt })),
    rows,
  );
}
