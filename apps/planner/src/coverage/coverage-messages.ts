import type { Catalog } from '@carecircle/ui';

type Key =
  | 'coverage'
  | 'covered'
  | 'uncovered'
  | 'circles'
  | 'circlesHere'
  | 'method'
  | 'network'
  | 'straightLine'
  | 'byGroup'
  | 'walking'
  | 'staffedOnly'
  | 'staffedOnlyHint'
  | 'unstaffedTitle'
  | 'unstaffedLoading'
  | 'unstaffedCount'
  | 'unstaffedNone'
  | 'unstaffedName'
  | 'unstaffedWorkers'
  | 'unstaffedWorkersValue'
  | 'speed'
  | 'minutes'
  | 'isochrones'
  | 'gaps'
  | 'uncoveredAreas'
  | 'gapList'
  | 'gapItem'
  | 'suggest'
  | 'suggestK'
  | 'suggestRun'
  | 'suggestResult'
  | 'siteItem'
  | 'scenario'
  | 'scenarioHint'
  | 'scenarioCompare'
  | 'scenarioReset'
  | 'scenarioAdded'
  | 'scenarioClosed'
  | 'scenarioBefore'
  | 'scenarioAfter'
  | 'scenarioChanged'
  | 'scenarioOn'
  | 'scenarioOff'
  | 'computing'
  | 'scenarioNote'
  | 'walkingCoverage'
  | 'isochroneBand'
  | 'isochroneArea'
  | 'listSeparator'
  | 'nameSeparator'
  | 'andMore'
  | 'noGaps'
  | 'gapAreas'
  | 'olderShort'
  | 'gapWorst'
  | 'addStationHere'
  | 'scenarioGained'
  | 'scenarioLost'
  | 'scenarioGainedLayer'
  | 'scenarioLostLayer'
  | 'suggestGap'
  | 'nearRoad'
  | 'addToScenario'
  | 'stageQueued'
  | 'stageStarted'
  | 'stageReachSolve'
  | 'cancel'
  | 'stageDistances'
  | 'stageReach'
  | 'stageSolve'
  | 'stageExact'
  | 'suggestPreliminary'
  | 'stageDone'
  | 'stageFailed'
  | 'stageCancelled'
  | 'solverMilp'
  | 'solverGreedy'
  | 'colRank'
  | 'colCommunity'
  | 'colRoad'
  | 'colGained'
  | 'colLon'
  | 'colLat'
  | 'colCommunities'
  | 'colUncovered'
  | 'colAreas'
  | 'colWorst'
  | 'colAreaNames'
  | 'exportXlsx'
  | 'exportCsv'
  | 'profile'
  | 'profileStandard'
  | 'profileElderly'
  | 'profileWheelchair'
  | 'profileStandardHint'
  | 'profileElderlyHint'
  | 'profileWheelchairHint'
  | 'elevationMissing'
  | 'walkingLine'
  | 'lostVsStandard'
  | 'lostValue'
  | 'lostHint'
  | 'reachOf'
  | 'percentPoints'
  | 'measuredWith'
  | 'staleResult'
  | 'colProfile'
  | 'paramsSheet'
  | 'paramItem'
  | 'paramValue'
  | 'paramScope'
  | 'paramMinutes'
  | 'paramSpeed'
  | 'paramProfile'
  | 'paramProfileHint'
  | 'paramElevation'
  | 'paramElevationYes'
  | 'paramElevationNo'
  | 'paramStaffedOnly'
  | 'paramRevision'
  | 'paramExported'
  | 'yes'
  | 'no';

export const coverageMessages: Catalog<Key> = {
  'zh-CN': {
    coverage: '{minutes}分钟步行覆盖率',
    covered: '已覆盖老年人',
    uncovered: '未覆盖老年人',
    circles: '完整服务圈 / 目标',
    circlesHere: '完整服务圈',
    method: '计算方式',
    network: '沿步行路网',
    straightLine: '直线距离（未载入路网，仅供参考）',
    byGroup: '各类服务覆盖率',
    walking: '步行参数',
    staffedOnly: '仅计有持证护理员的站点',
    staffedOnlyHint: '只把今天雇有持有效证书护理员的养老服务设施计入覆盖（医疗机构照常计入）',
    unstaffedTitle: '无持证护理员的站点',
    unstaffedLoading: '正在读取…',
    unstaffedCount: '{n} 个已批准的站点和中心今天没有持有效证书的护理员，未计入上面的覆盖（地图上以橙色圆圈标出）。',
    unstaffedNone: '所有已批准的站点和中心都有持证护理员。',
    unstaffedName: '站点',
    unstaffedWorkers: '护理员',
    unstaffedWorkersValue: '{n} 人，持证 {certified} 人',
    speed: '步速（米/秒）',
    minutes: '步行时间（分钟）',
    isochrones: '5/10/15分钟等时圈（所选设施）',
    gaps: '服务缺口区',
    uncoveredAreas: '未覆盖居民点',
    gapList: '缺口区排名',
    gapItem: '第{rank}名：未覆盖老年人 {older}（{areas}个居民点）',
    suggest: '新建站点选址建议',
    suggestK: '新建站点数',
    suggestRun: '计算',
    suggestResult: '新增覆盖老年人 {gained}（原未覆盖 {before}），求解方法 {solver}',
    siteItem: '站点{rank}：新增覆盖 {older}',
    scenario: '方案推演',
    scenarioHint: '开启后：点击地图空白处新增站点（可拖动），点击现有设施将其关闭。',
    scenarioCompare: '比较',
    scenarioReset: '清空',
    scenarioAdded: '新增 {n}',
    scenarioClosed: '关闭 {n}',
    scenarioBefore: '现状',
    scenarioAfter: '方案',
    scenarioChanged: '变化的居民点 {n} 个，老年人 {older}',
    scenarioOn: '开始推演',
    scenarioOff: '结束推演',
    computing: '计算中…',
    scenarioNote: '推演不会修改登记数据。',
    walkingCoverage: '步行覆盖率',
    isochroneBand: '{minutes}分钟',
    isochroneArea: '{minutes}分钟 ≈ {km2} 平方公里',
    listSeparator: '；',
    nameSeparator: '、',
    andMore: '等{n}个社区',
    noGaps: '所选范围内没有服务缺口。',
    gapAreas: '{name}的未覆盖居民点',
    olderShort: '老年人 {older}',
    gapWorst: '最远步行距离 {meters} 米',
    addStationHere: '在此新增站点（方案推演）',
    scenarioGained: '新增覆盖老年人 {older}（{areas}个居民点）',
    scenarioLost: '不再覆盖老年人 {older}（{areas}个居民点）',
    scenarioGainedLayer: '方案新增覆盖的居民点',
    scenarioLostLayer: '方案不再覆盖的居民点',
    suggestGap: '（与最优解的差距不超过 {gap}）',
    nearRoad: '{road}附近',
    addToScenario: '加入方案',
    stageQueued: '排队中',
    stageStarted: '已开始',
    stageReachSolve: '计算可达范围并求解',
    cancel: '取消',
    stageDistances: '计算现状步行距离',
    stageReach: '计算候选点可达范围',
    stageSolve: '求解选址',
    stageExact: '精确求解中（已有初步结果）',
    suggestPreliminary: '初步结果：新增覆盖老年人 {gained}（与最优解的差距不超过 {gap}），正在精确求解，完成后替换',
    stageDone: '完成',
    stageFailed: '失败',
    stageCancelled: '已取消',
    solverMilp: '精确求解（混合整数规划）',
    solverGreedy: '贪心算法加交换优化',
    colRank: '排名',
    colCommunity: '社区',
    colRoad: '附近道路',
    colGained: '新增覆盖老年人',
    colLon: '经度',
    colLat: '纬度',
    colCommunities: '涉及社区',
    colUncovered: '未覆盖老年人',
    colAreas: '居民点数',
    colWorst: '最远步行距离（米）',
    colAreaNames: '未覆盖居民点',
    exportXlsx: '导出 XLSX',
    exportCsv: '导出 CSV',
    profile: '步行人群',
    profileStandard: '标准步行',
    profileElderly: '老年人',
    profileWheelchair: '轮椅使用者',
    profileStandardHint: '按距离 ÷ 步速计算，不考虑坡度和台阶。',
    profileElderlyHint: '平地按所设步速；上下坡按 Tobler 徒步函数放慢（不会加快），台阶每级多用 0.7 秒。',
    profileWheelchairHint: '不走台阶（梯坎）、标注轮椅不可通行的路和坡度大于 1:12 的街道；坡道上放慢同老年人。',
    elevationMissing: '未载入高程数据：除已标注坡度的路段外，坡道都按平地计算，老年人和轮椅使用者的步行时间可能偏短。',
    walkingLine: '步行 {minutes} 分钟 · {speed} 米/秒 · {profile}',
    lostVsStandard: '较标准步行减少',
    lostValue: '{older}（{points}）',
    lostHint: '按标准步行在步行时间内、按{profile}不在的老年人（站点或中心，同一步行时间和步速）',
    reachOf: '步行可达范围（{profile}）',
    percentPoints: '{v}个百分点',
    measuredWith: '计算条件：{walking}',
    staleResult: '步行参数已更改，结果仍按上面的条件计算；请重新计算。',
    colProfile: '步行人群',
    paramsSheet: '计算条件',
    paramItem: '项目',
    paramValue: '取值',
    paramScope: '范围',
    paramMinutes: '步行时间（分钟）',
    paramSpeed: '步速（米/秒）',
    paramProfile: '步行人群',
    paramProfileHint: '步行人群说明',
    paramElevation: '高程数据',
    paramElevationYes: '已载入',
    paramElevationNo: '未载入（坡道按平地计算，已标注坡度的路段除外）',
    paramStaffedOnly: '仅计有持证护理员的站点',
    paramRevision: '数据版本',
    paramExported: '导出时间',
    yes: '是',
    no: '否',
  },
  en: {
    coverage: '{minutes}-minute walking coverage',
    covered: 'Older residents covered',
    uncovered: 'Older residents not covered',
    circles: 'Complete circles / target',
    circlesHere: 'Complete circles',
    method: 'Measured',
    network: 'along the walking network',
    straightLine: 'straight line (no network loaded; indicative only)',
    byGroup: 'Coverage by service',
    walking: 'Walking',
    staffedOnly: 'Staffed facilities only',
    staffedOnlyHint:
      'Count only care facilities employing a care worker with a valid certificate today (medical institutions count as they are)',
    unstaffedTitle: 'Stations without a certified care worker',
    unstaffedLoading: 'Loading…',
    unstaffedCount:
      '{n} approved {n?station or centre has|stations and centres have} no care worker with a valid certificate today and {n?is|are} left out of the coverage above (orange rings on the map).',
    unstaffedNone: 'Every approved station and centre has a certified care worker.',
    unstaffedName: 'Station',
    unstaffedWorkers: 'Care workers',
    unstaffedWorkersValue: '{n}, {certified} certified',
    speed: 'Speed (m/s)',
    minutes: 'Minutes',
    isochrones: '5/10/15-minute isochrones (selected facility)',
    gaps: 'Gap zones',
    uncoveredAreas: 'Uncovered residential areas',
    gapList: 'Gap zones ranked',
    gapItem: '#{rank}: {older} older residents not covered ({areas} residential {areas?area|areas})',
    suggest: 'Sites for new stations',
    suggestK: 'New stations',
    suggestRun: 'Suggest',
    suggestResult: '{gained} more older residents covered (of {before} not covered), solver {solver}',
    siteItem: 'Site {rank}: +{older}',
    scenario: 'What-if scenarios',
    scenarioHint: 'While on: click an empty spot to add a station (drag to move it), click a facility to close it.',
    scenarioCompare: 'Compare',
    scenarioReset: 'Clear',
    scenarioAdded: '{n} added',
    scenarioClosed: '{n} closed',
    scenarioBefore: 'Today',
    scenarioAfter: 'Scenario',
    scenarioChanged: 'Residential areas changed: {n}, {older} older residents',
    scenarioOn: 'Start scenario',
    scenarioOff: 'End scenario',
    computing: 'Computing…',
    scenarioNote: 'A scenario never changes the registry.',
    walkingCoverage: 'Walking coverage',
    isochroneBand: '{minutes} minutes',
    isochroneArea: '{minutes} minutes ≈ {km2} km²',
    listSeparator: '; ',
    nameSeparator: ', ',
    andMore: ' and {n} more',
    noGaps: 'No gap zones in the selected area.',
    gapAreas: 'Uncovered residential areas of {name}',
    olderShort: '{older} older residents',
    gapWorst: 'Longest walk {meters} m',
    addStationHere: 'Add a station here (what-if)',
    scenarioGained: '{older} older residents newly covered ({areas} residential {areas?area|areas})',
    scenarioLost: '{older} older residents no longer covered ({areas} residential {areas?area|areas})',
    scenarioGainedLayer: 'Areas newly covered in the scenario',
    scenarioLostLayer: 'Areas no longer covered in the scenario',
    suggestGap: '(at most {gap} from the best possible)',
    nearRoad: 'near {road}',
    addToScenario: 'Add to scenario',
    stageQueued: 'queued',
    stageStarted: 'started',
    stageReachSolve: 'reach and solving',
    cancel: 'Cancel',
    stageDistances: 'walking distances today',
    stageReach: 'reach of the candidate sites',
    stageSolve: 'choosing the sites',
    stageExact: 'solving exactly (a first answer is shown)',
    suggestPreliminary:
      'First answer: {gained} more older residents covered (at most {gap} from the best possible); solving exactly, the final answer replaces it',
    stageDone: 'done',
    stageFailed: 'failed',
    stageCancelled: 'cancelled',
    solverMilp: 'exact (mixed-integer programming)',
    solverGreedy: 'greedy with swaps',
    colRank: 'Rank',
    colCommunity: 'Community',
    colRoad: 'Nearest road',
    colGained: 'Older residents newly covered',
    colLon: 'Longitude',
    colLat: 'Latitude',
    colCommunities: 'Communities',
    colUncovered: 'Older residents not covered',
    colAreas: 'Residential areas',
    colWorst: 'Longest walk (m)',
    colAreaNames: 'Uncovered residential areas',
    exportXlsx: 'Export XLSX',
    exportCsv: 'Export CSV',
    profile: 'Walking profile',
    profileStandard: 'Standard',
    profileElderly: 'Older person',
    profileWheelchair: 'Wheelchair user',
    profileStandardHint: 'Distance ÷ speed; slopes and steps are not considered.',
    profileElderlyHint:
      'The speed set on the flat; slopes slow down by Tobler’s hiking function (never speed up), each stair step adds 0.7 s.',
    profileWheelchairHint:
      'Never takes stairs, ways marked not wheelchair-accessible or streets steeper than 1:12; slopes slow down as for older people.',
    elevationMissing:
      'No elevation model loaded: slopes count as flat except where an incline is tagged, so older and wheelchair walking times may be too short.',
    walkingLine: '{minutes}-minute walk · {speed} m/s · {profile}',
    lostVsStandard: 'Fewer than standard walking',
    lostValue: '{older} ({points})',
    lostHint:
      'Older residents within the walking time for standard walking and not for {profile} (station or centre, same minutes and speed)',
    reachOf: 'Walking reach ({profile})',
    percentPoints: '{v} {v?point|points}',
    measuredWith: 'Measured with: {walking}',
    staleResult: 'The walking parameters have changed; the result is still for the ones above. Compute again.',
    colProfile: 'Walking profile',
    paramsSheet: 'Parameters',
    paramItem: 'Item',
    paramValue: 'Value',
    paramScope: 'Area',
    paramMinutes: 'Walking time (minutes)',
    paramSpeed: 'Speed (m/s)',
    paramProfile: 'Walking profile',
    paramProfileHint: 'About the profile',
    paramElevation: 'Elevation model',
    paramElevationYes: 'loaded',
    paramElevationNo: 'not loaded (slopes count as flat, except tagged inclines)',
    paramStaffedOnly: 'Staffed facilities only',
    paramRevision: 'Data revision',
    paramExported: 'Exported at',
    yes: 'yes',
    no: 'no',
  },
};
