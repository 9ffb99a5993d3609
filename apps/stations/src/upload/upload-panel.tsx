import { label, saveCsv, SpreadsheetUpload, useLang, useT } from '@carecircle/ui';
import { messages } from '../messages.js';

/** The columns of the template, as the import reads them (Chinese headers). */
export const TEMPLATE_HEADER = [
  '名称',
  '类型',
  '经度',
  '纬度',
  '地址',
  '服务项目',
  '开放时间',
  '联系电话',
  '运营方',
  '运营性质',
  '床位数',
  '护理型床位',
  '日间照料床位',
  '助餐座位数',
  '编码',
];

/** An example row of the template (to be replaced): the kinds, services and operator types in Chinese, as the import reads them. */
export const TEMPLATE_EXAMPLE = [
  '示例社区养老服务站（请替换）',
  '社区养老服务站',
  '106.63',
  '29.72',
  '两路街道示例路 1 号',
  '助餐、日间照料',
  '08:30-17:30',
  '023-67000000',
  '示例运营方',
  '民办',
  '0',
  '0',
  '10',
  '20',
  '',
];

/**
 * Upload of a spreadsheet of stations (`POST /imports/facilities`): every row checked first, then
 * all rows or only the valid ones written, as drafts for a street office.
 */
export function UploadPanel({ onImported, onClose }: { onImported: () => void; onClose: () => void }) {
  const t = useT(messages);
  const lang = useLang();
  return (
    <SpreadsheetUpload
      endpoint="/imports/facilities"
      title={t('uploadTitle')}
      hint={t('uploadHint')}
      template={
        <button type="button" onClick={() => saveCsv(t('templateFile'), TEMPLATE_HEADER, [TEMPLATE_EXAMPLE])} data-testid="upload-template">
          {t('uploadTemplate')}
        </button>
      }
      doneMessage={(r) => t('uploadDone', { n: r.inserted, status: label(r.status ?? 'DRAFT', lang), file: r.file })}
      note={(r) => (r.status === 'DRAFT' ? <p className="cc-muted">{t('uploadDraftNote')}</p> : null)}
      onImported={onImported}
      onClose={onClose}
    />
  );
}
