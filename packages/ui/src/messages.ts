import type { Catalog } from './i18n.js';

/** Texts of the shared components. */
export const uiMessages: Catalog<
  | 'errorTitle'
  | 'retry'
  | 'legend'
  | 'layers'
  | 'empty'
  | 'hideMapPanel'
  | 'showMapPanel'
  | 'hideLayers'
  | 'hideLegend'
  | 'sortAscending'
  | 'sortDescending'
> = {
  'zh-CN': {
    errorTitle: '此模块无法显示',
    retry: '重试',
    legend: '图例',
    layers: '图层',
    empty: '没有记录',
    hideMapPanel: '收起图层与图例',
    showMapPanel: '图层与图例',
    hideLayers: '收起图层',
    hideLegend: '收起图例',
    sortAscending: '升序',
    sortDescending: '降序',
  },
  en: {
    errorTitle: 'This module cannot be shown',
    retry: 'Retry',
    legend: 'Legend',
    layers: 'Layers',
    empty: 'No records',
    hideMapPanel: 'Hide layers and legend',
    showMapPanel: 'Layers and legend',
    hideLayers: 'Hide layers',
    hideLegend: 'Hide legend',
    sortAscending: 'ascending',
    sortDescending: 'descending',
  },
};

/** Texts of the spreadsheet upload (`SpreadsheetUpload`). */
export const uploadMessages: Catalog<
  | 'uploadChoose'
  | 'uploadNoFile'
  | 'uploadChecking'
  | 'uploadAllGood'
  | 'uploadSomeBad'
  | 'uploadRow'
  | 'uploadColumn'
  | 'uploadMessage'
  | 'uploadImportAll'
  | 'uploadImportValid'
  | 'uploadNothingValid'
  | 'uploadChanged'
  | 'uploadCancel'
  | 'uploadClose'
> = {
  'zh-CN': {
    uploadChoose: '选择文件…',
    uploadNoFile: '未选择文件',
    uploadChecking: '正在检查…',
    uploadAllGood: '“{file}”：{n} 行全部通过检查，尚未导入。',
    uploadSomeBad: '“{file}”：共 {read} 行，{bad} 行有问题，{valid} 行有效。尚未导入任何数据。',
    uploadRow: '行',
    uploadColumn: '列',
    uploadMessage: '问题',
    uploadImportAll: '导入 {n} 行',
    uploadImportValid: '只导入有效的 {n} 行',
    uploadNothingValid: '没有可导入的行：请修改表格后重新上传。',
    uploadChanged: '数据在检查后有变化，未导入：请查看最新的检查结果。',
    uploadCancel: '取消',
    uploadClose: '关闭',
  },
  en: {
    uploadChoose: 'Choose a file…',
    uploadNoFile: 'No file chosen',
    uploadChecking: 'Checking…',
    uploadAllGood: '“{file}”: all {n} {n?row|rows} passed the checks; not imported yet.',
    uploadSomeBad: '“{file}”: {read} rows, {bad} with problems, {valid} valid. Nothing has been imported.',
    uploadRow: 'Row',
    uploadColumn: 'Column',
    uploadMessage: 'Problem',
    uploadImportAll: 'Import {n} {n?row|rows}',
    uploadImportValid: 'Import the {n} valid {n?row|rows}',
    uploadNothingValid: 'No row can be imported: correct the sheet and upload it again.',
    uploadChanged: 'The data changed since the check; nothing was imported. See the new check results.',
    uploadCancel: 'Cancel',
    uploadClose: 'Close',
  },
};
