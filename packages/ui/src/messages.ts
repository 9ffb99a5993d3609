import type { Catalog } from './i18n.js';

/** Texts of the shared components. */
export const uiMessages: Catalog<'errorTitle' | 'retry' | 'legend' | 'layers' | 'empty'> = {
  'zh-CN': { errorTitle: '此模块无法显示', retry: '重试', legend: '图例', layers: '图层', empty: '没有记录' },
  en: { errorTitle: 'This module cannot be shown', retry: 'Retry', legend: 'Legend', layers: 'Layers', empty: 'No records' },
};
