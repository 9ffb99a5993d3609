import type { Catalog } from './i18n.js';

/** Texts of the shared components. */
export const uiMessages: Catalog<
  'errorTitle' | 'retry' | 'legend' | 'layers' | 'empty' | 'hideMapPanel' | 'showMapPanel' | 'sortAscending' | 'sortDescending'
> = {
  'zh-CN': {
    errorTitle: '此模块无法显示',
    retry: '重试',
    legend: '图例',
    layers: '图层',
    empty: '没有记录',
    hideMapPanel: '收起图层与图例',
    showMapPanel: '图层与图例',
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
    sortAscending: 'ascending',
    sortDescending: 'descending',
  },
};
