import type { Catalog } from '@carecircle/ui';

type Key =
  | 'title'
  | 'division'
  | 'level'
  | 'older'
  | 'covered'
  | 'uncovered'
  | 'shareStation'
  | 'shareMedical'
  | 'shareCircle'
  | 'circles'
  | 'districtCircles'
  | 'approvedOnly'
  | 'choropleth'
  | 'choroplethGroup'
  | 'classBelow'
  | 'classRange'
  | 'classAbove'
  | 'noData'
  | 'hint'
  | 'exportXlsx'
  | 'exportCsv'
  | 'print';

export const rankingMessages: Catalog<Key> = {
  'zh-CN': {
    title: '各街镇覆盖排名',
    division: '街道/镇',
    level: '类型',
    older: '老年人口',
    covered: '已覆盖',
    uncovered: '未覆盖',
    shareStation: '站点或中心',
    shareMedical: '医疗机构',
    shareCircle: '完整服务圈',
    circles: '完整服务圈数',
    districtCircles: '全区完整服务圈 {n} / 目标 {target}',
    approvedOnly: '覆盖只计已批准的设施（不含草稿、待审批和已驳回）；已覆盖/未覆盖按站点或中心计。点击表头排序，点击一行定位到该街镇。',
    choropleth: '覆盖率分级（街镇）',
    choroplethGroup: '分级依据',
    classBelow: '低于 {to}',
    classRange: '{from} – {to}',
    classAbove: '{from} 及以上',
    noData: '无居民数据',
    hint: '覆盖率',
    exportXlsx: '导出 XLSX',
    exportCsv: '导出 CSV',
    print: '打印报告',
  },
  en: {
    title: 'Streets and towns ranked',
    division: 'Street/town',
    level: 'Type',
    older: 'Older residents',
    covered: 'Covered',
    uncovered: 'Not covered',
    shareStation: 'Station or centre',
    shareMedical: 'Medical',
    shareCircle: 'Complete circle',
    circles: 'Complete circles',
    districtCircles: 'District: {n} complete circles of a target of {target}',
    approvedOnly:
      'Coverage counts approved facilities only (no drafts, submitted or rejected ones); covered/not covered are for a station or centre. Click a header to sort, a row to frame the street/town.',
    choropleth: 'Coverage classes (streets/towns)',
    choroplethGroup: 'Classed by',
    classBelow: 'below {to}',
    classRange: '{from} – {to}',
    classAbove: '{from} and above',
    noData: 'no residents',
    hint: 'Coverage',
    exportXlsx: 'Export XLSX',
    exportCsv: 'Export CSV',
    print: 'Print report',
  },
};
