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
  | 'print'
  | 'lost'
  | 'lostShare'
  | 'lostNote'
  | 'lostTooltip'
  | 'choroplethShows'
  | 'showShare'
  | 'showLoss'
  | 'lossNone'
  | 'lossBelow'
  | 'lossRange'
  | 'lossAbove';

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
    lost: '较标准步行减少的覆盖老年人',
    lostShare: '覆盖率下降',
    lostNote:
      '“较标准步行减少的覆盖老年人”：按标准步行在步行时间内、按{profile}不在的老年人（站点或中心，同一步行时间和步速）；覆盖率下降以该街镇全部老年人计。',
    lostTooltip: '较标准步行减少 {older}（{points}）',
    choroplethShows: '显示',
    showShare: '覆盖率',
    showLoss: '较标准步行的减少',
    lossNone: '无减少',
    lossBelow: '减少不足 {to} 个百分点',
    lossRange: '减少 {from}–{to} 个百分点',
    lossAbove: '减少 {from} 个百分点及以上',
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
    lost: 'Covered fewer than standard walking',
    lostShare: 'Coverage drop',
    lostNote:
      '"Covered fewer than standard walking": older residents within the walking time for standard walking and not for the profile {profile} (station or centre, same minutes and speed); the drop is of all older residents of the street/town.',
    lostTooltip: '{older} fewer than standard walking ({points})',
    choroplethShows: 'Show',
    showShare: 'Coverage share',
    showLoss: 'Loss vs standard',
    lossNone: 'no loss',
    lossBelow: 'less than {to} points lost',
    lossRange: '{from}–{to} points lost',
    lossAbove: '{from} points lost or more',
  },
};
