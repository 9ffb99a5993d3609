import { creditCodeCheckChar, idNumberCheckChar } from '@carecircle/domain';
import type express from 'express';
import type { Lang } from '../../shared/i18n.js';
import { sheetWorkbook, sendWorkbook } from '../../shared/xlsx.js';
import type { WorkforceImportKind } from './import-workforce.js';

/** One column of a template: its header in each language (each one a name the import reads) and the example. */
interface TemplateColumn {
  zh: string;
  en: string;
  example: string | number;
  /** Shown as a note on the header: what the column takes. */
  note?: string;
}

export interface WorkforceTemplate {
  file: { zh: string; en: string };
  sheet: { zh: string; en: string };
  columns: TemplateColumn[];
}

/** An example ID number in the unassigned region 500199 (as the demo's), valid by GB 11643. */
const EXAMPLE_ID = (() => {
  const first = '50019919850312002';
  return first + idNumberCheckChar(first);
})();
/** An example unified social credit code, valid by GB 32100. */
const EXAMPLE_CODE = (() => {
  const first = '91500199MA0000001';
  return first + creditCodeCheckChar(first);
})();

const NAME: TemplateColumn = { zh: '姓名', en: 'personName', example: '张三' };
const ID: TemplateColumn = { zh: '身份证号', en: 'idNumber', example: EXAMPLE_ID, note: '18 位，校验码按 GB 11643' };

/** A certificate's columns (the worker template has them too, its skill level being the worker's). */
const CERTIFICATE: TemplateColumn[] = [
  { zh: '证书类型', en: 'certificateKind', example: '养老护理员职业技能等级证书' },
  { zh: '证书编号', en: 'certificateNumber', example: 'YL-2024-0001' },
  { zh: '技能等级', en: 'skillLevel', example: '中级工' },
  { zh: '发证机关', en: 'issuer', example: '重庆市人力资源和社会保障局' },
  { zh: '发证日期', en: 'issuedOn', example: '2024-06-01' },
  { zh: '有效期至', en: 'validUntil', example: '2028-06-01' },
];

/** The templates of the workforce imports: headers the import matches, one example row to replace. */
export const WORKFORCE_TEMPLATES: Record<WorkforceImportKind, WorkforceTemplate> = {
  workers: {
    file: { zh: '从业人员导入模板.xlsx', en: 'workers-template.xlsx' },
    sheet: { zh: '从业人员', en: 'Workers' },
    columns: [
      NAME,
      ID,
      { zh: '联系电话', en: 'phone', example: '13800000000' },
      { zh: '用人单位', en: 'employer', example: '两路街道养老服务中心', note: '单位名称或统一社会信用代码（用人单位账号可不填）' },
      { zh: '岗位', en: 'post', example: '养老护理员' },
      { zh: '入职日期', en: 'startsOn', example: '2025-03-01' },
      { zh: '离职日期', en: 'endsOn', example: '' },
      { zh: '是否全职', en: 'fullTime', example: '是' },
      { zh: '兼职原因', en: 'concurrentReason', example: '' },
      { zh: '派驻医院', en: 'placedAt', example: '', note: '护理服务公司派驻的医疗机构' },
      { zh: '技能等级', en: 'skillLevel', example: '初级工' },
      { zh: '星级', en: 'stars', example: 3 },
      { zh: '体检日期', en: 'healthCheckOn', example: '2025-02-20' },
      { zh: '体检有效期至', en: 'healthCheckValidUntil', example: '2026-02-20' },
      { zh: '社会保险', en: 'socialInsurance', example: '是' },
      { zh: '意外伤害保险', en: 'accidentInsurance', example: '是' },
      ...CERTIFICATE.filter((c) => c.en !== 'skillLevel'),
    ],
  },
  certificates: {
    file: { zh: '证书导入模板.xlsx', en: 'certificates-template.xlsx' },
    sheet: { zh: '证书', en: 'Certificates' },
    columns: [NAME, ID, ...CERTIFICATE],
  },
  trainings: {
    file: { zh: '培训记录导入模板.xlsx', en: 'trainings-template.xlsx' },
    sheet: { zh: '培训记录', en: 'Trainings' },
    columns: [
      NAME,
      ID,
      { zh: '培训课程', en: 'course', example: '失能老年人照护' },
      { zh: '培训类型', en: 'trainingKind', example: '在岗轮训' },
      { zh: '学时', en: 'trainingHours', example: 16 },
      { zh: '培训机构', en: 'provider', example: '渝北区民政局' },
      { zh: '培训日期', en: 'heldOn', example: '2025-05-10' },
    ],
  },
  'dishonesty-list': {
    file: { zh: '失信联合惩戒对象名单导入模板.xlsx', en: 'dishonesty-list-template.xlsx' },
    sheet: { zh: '失信联合惩戒对象名单', en: 'Dishonesty list' },
    columns: [
      { zh: '失信主体名称', en: 'personName', example: '某某养老服务有限公司' },
      { zh: '统一社会信用代码/身份证号', en: 'identifier', example: EXAMPLE_CODE, note: '单位填统一社会信用代码，个人填身份证号' },
      { zh: '列入原因', en: 'reason', example: '骗取养老服务补贴' },
      { zh: '列入日期', en: 'listedOn', example: '2025-04-01' },
      { zh: '认定部门', en: 'authority', example: '重庆市民政局' },
    ],
  },
};

/** The template as an XLSX workbook: the headers (text columns, so ID numbers keep every digit) and the example row. */
export function templateWorkbook(template: WorkforceTemplate, lang: Lang): Promise<Buffer> {
  return sheetWorkbook(
    template.sheet[lang],
    template.columns.map((c) => ({ header: c[lang], numFmt: '@', note: lang === 'zh' ? c.note : undefined })),
    [template.columns.map((c) => c.example)],
  );
}

/** Answers a template download. */
export async function sendTemplate(res: express.Response, template: WorkforceTemplate, lang: Lang): Promise<void> {
  sendWorkbook(res, template.file[lang], await templateWorkbook(template, lang));
}
