import type { Catalog } from '@carecircle/ui';

type Key =
  | 'title'
  | 'district'
  | 'scope'
  | 'date'
  | 'revision'
  | 'threshold'
  | 'network'
  | 'straightLine'
  | 'north'
  | 'legend'
  | 'figures'
  | 'circles'
  | 'byDivision'
  | 'byCommunity'
  | 'gaps'
  | 'gapRank'
  | 'gapName'
  | 'gapOlder'
  | 'gapAreas'
  | 'gapWorst'
  | 'noGaps'
  | 'moreGaps'
  | 'suggestions'
  | 'noSuggestions'
  | 'siteRank'
  | 'siteWhere'
  | 'siteOlder'
  | 'siteSummary'
  | 'preparing'
  | 'mapTitle'
  | 'approvedOnly'
  | 'thresholdFlat'
  | 'profile'
  | 'lossSummary'
  | 'lossShown'
  | 'suggestionOther';

export const reportMessages: Catalog<Key> = {
  'zh-CN': {
    title: '15分钟养老服务圈覆盖报告',
    district: '全区',
    scope: '范围：{name}',
    date: '日期：{date}',
    revision: '数据版本：{revision}',
    threshold: '步行 {minutes} 分钟（{speed} 米/秒，约 {meters} 米）',
    network: '沿步行路网计算',
    straightLine: '直线距离（未载入路网，仅供参考）',
    north: '北',
    legend: '图例',
    figures: '覆盖概况',
    circles: '完整服务圈 {n} / 目标 {target}',
    byDivision: '各街镇覆盖情况',
    byCommunity: '各社区/村覆盖情况',
    gaps: '服务缺口区（按未覆盖老年人排序）',
    gapRank: '排名',
    gapName: '涉及社区',
    gapOlder: '未覆盖老年人',
    gapAreas: '居民点数',
    gapWorst: '最远步行距离（米）',
    noGaps: '范围内没有服务缺口。',
    moreGaps: '另有 {n} 个缺口区未列出。',
    suggestions: '新建站点选址建议',
    noSuggestions: '本次未计算选址建议（可在“新建站点选址建议”中计算后再打印）。',
    siteRank: '序号',
    siteWhere: '位置',
    siteOlder: '新增覆盖老年人',
    siteSummary: '共新增覆盖老年人 {gained}（原未覆盖 {before}），求解方法：{solver}',
    preparing: '正在准备报告…',
    mapTitle: '{scope}养老服务设施与步行覆盖',
    approvedOnly: '覆盖只计已批准的设施。',
    thresholdFlat: '步行 {minutes} 分钟（平地 {speed} 米/秒，约 {meters} 米）',
    profile: '步行人群：{profile}',
    lossSummary: '按{profile}计算，站点或中心覆盖的老年人较标准步行减少 {older}（覆盖率下降 {points}）。',
    lossShown: '分级显示较标准步行的减少（{group}）',
    suggestionOther: '（与本报告的步行参数不同）',
  },
  en: {
    title: '15-minute elderly-care circle coverage report',
    district: 'District',
    scope: 'Area: {name}',
    date: 'Date: {date}',
    revision: 'Data revision: {revision}',
    threshold: '{minutes}-minute walk ({speed} m/s, about {meters} m)',
    network: 'measured along the walking network',
    straightLine: 'straight line (no network loaded; indicative only)',
    north: 'N',
    legend: 'Legend',
    figures: 'Coverage',
    circles: '{n} complete circles of a target of {target}',
    byDivision: 'Coverage by street/town',
    byCommunity: 'Coverage by community/village',
    gaps: 'Gap zones (by older residents not covered)',
    gapRank: 'Rank',
    gapName: 'Communities',
    gapOlder: 'Older residents not covered',
    gapAreas: 'Residential areas',
    gapWorst: 'Longest walk (m)',
    noGaps: 'No gap zones in this area.',
    moreGaps: '{n} more gap zones not listed.',
    suggestions: 'Sites for new stations',
    noSuggestions: 'No site suggestion was computed (compute one under "Sites for new stations", then print).',
    siteRank: 'No.',
    siteWhere: 'Where',
    siteOlder: 'Older residents newly covered',
    siteSummary: '{gained} older residents newly covered in all (of {before} not covered); solver: {solver}',
    preparing: 'Preparing the report…',
    mapTitle: '{scope}: care facilities and walking coverage',
    approvedOnly: 'Coverage counts approved facilities only.',
    thresholdFlat: '{minutes}-minute walk ({speed} m/s on the flat, about {meters} m)',
    profile: 'Walking profile: {profile}',
    lossSummary:
      'With the profile {profile}, a station or centre is within reach of {older} fewer older residents than with standard walking (coverage {points} lower).',
    lossShown: 'classes: loss against standard walking ({group})',
    suggestionOther: '(other walking parameters than this report’s)',
  },
};
