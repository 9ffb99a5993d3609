import type { Catalog } from '@carecircle/ui';

type Key =
  | 'name'
  | 'namePlaceholder'
  | 'save'
  | 'saveChanges'
  | 'saveAs'
  | 'saved'
  | 'opened'
  | 'close'
  | 'list'
  | 'none'
  | 'open'
  | 'delete'
  | 'deleteConfirm'
  | 'deleteYes'
  | 'deleteNo'
  | 'changes'
  | 'moved'
  | 'compareTwo'
  | 'compareA'
  | 'compareB'
  | 'compareRun'
  | 'compareSame'
  | 'today'
  | 'working'
  | 'metric'
  | 'shareMain'
  | 'coveredMain'
  | 'gained'
  | 'lost'
  | 'net'
  | 'circles'
  | 'circleShare'
  | 'byGroup'
  | 'byDivision'
  | 'group'
  | 'division'
  | 'gainedCell'
  | 'lostCell'
  | 'noChange'
  | 'showOnMap'
  | 'exportXlsx'
  | 'exportCsv'
  | 'fileName'
  | 'areas'
  | 'added';

export const scenarioMessages: Catalog<Key> = {
  'zh-CN': {
    name: '方案名称',
    namePlaceholder: '如：两路街道新增两个站点',
    save: '保存方案',
    saveChanges: '保存修改',
    saveAs: '另存为新方案',
    saved: '已保存“{name}”。',
    opened: '已打开方案“{name}”',
    close: '关闭方案',
    list: '已保存的方案',
    none: '还没有保存的方案。',
    open: '打开',
    delete: '删除',
    deleteConfirm: '删除方案“{name}”？',
    deleteYes: '确认删除',
    deleteNo: '取消',
    changes: '新增 {added} · 关闭 {closed}',
    moved: ' · 迁移 {n}',
    compareTwo: '两个方案并排比较',
    compareA: '方案甲',
    compareB: '方案乙',
    compareRun: '并排比较',
    compareSame: '请选择两个不同的方案。',
    today: '现状（登记数据）',
    working: '当前推演',
    metric: '指标',
    shareMain: '站点或中心覆盖率',
    coveredMain: '站点或中心覆盖老年人',
    gained: '新增覆盖老年人',
    lost: '不再覆盖老年人',
    net: '净变化',
    circles: '完整服务圈',
    circleShare: '完整服务圈覆盖率',
    byGroup: '各类服务的得失',
    byDivision: '各街镇的得失',
    group: '服务类别',
    division: '街道/镇',
    gainedCell: '+{older}（{areas}个居民点）',
    lostCell: '−{older}（{areas}个居民点）',
    noChange: '无变化',
    showOnMap: '地图上标出',
    exportXlsx: '导出 XLSX',
    exportCsv: '导出 CSV',
    fileName: '方案比较',
    areas: '{n}个居民点',
    added: '新增站点{n}',
  },
  en: {
    name: 'Scenario name',
    namePlaceholder: 'e.g. Two new stations in Lianglu',
    save: 'Save scenario',
    saveChanges: 'Save changes',
    saveAs: 'Save as new',
    saved: 'Saved "{name}".',
    opened: 'Scenario "{name}" open',
    close: 'Close scenario',
    list: 'Saved scenarios',
    none: 'No saved scenarios yet.',
    open: 'Open',
    delete: 'Delete',
    deleteConfirm: 'Delete the scenario "{name}"?',
    deleteYes: 'Delete',
    deleteNo: 'Cancel',
    changes: '{added} added · {closed} closed',
    moved: ' · {n} moved',
    compareTwo: 'Two scenarios side by side',
    compareA: 'Scenario A',
    compareB: 'Scenario B',
    compareRun: 'Compare side by side',
    compareSame: 'Choose two different scenarios.',
    today: 'Today (registry)',
    working: 'Current what-if',
    metric: 'Figure',
    shareMain: 'Station or centre coverage',
    coveredMain: 'Older residents covered by a station or centre',
    gained: 'Older residents newly covered',
    lost: 'Older residents no longer covered',
    net: 'Net change',
    circles: 'Complete circles',
    circleShare: 'Complete-circle coverage',
    byGroup: 'Gains and losses by service',
    byDivision: 'Gains and losses by street/town',
    group: 'Service',
    division: 'Street/town',
    gainedCell: '+{older} ({areas} {areas?area|areas})',
    lostCell: '−{older} ({areas} {areas?area|areas})',
    noChange: 'no change',
    showOnMap: 'Mark on the map',
    exportXlsx: 'Export XLSX',
    exportCsv: 'Export CSV',
    fileName: 'scenario-comparison',
    areas: '{n} {n?area|areas}',
    added: 'New station {n}',
  },
};
