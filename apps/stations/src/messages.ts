import type { Catalog } from '@carecircle/ui';

type Key =
  | 'office'
  | 'officeOption'
  | 'stations'
  | 'register'
  | 'editTitle'
  | 'name'
  | 'kind'
  | 'services'
  | 'hours'
  | 'phone'
  | 'address'
  | 'operatorName'
  | 'operatorType'
  | 'beds'
  | 'nursingBeds'
  | 'occupiedBeds'
  | 'dayCare'
  | 'mealSeats'
  | 'lon'
  | 'lat'
  | 'pickHint'
  | 'saveDraft'
  | 'saveChanges'
  | 'cancel'
  | 'saved'
  | 'status'
  | 'statusNote'
  | 'conflict'
  | 'reload'
  | 'updated'
  | 'none'
  | 'version'
  | 'fixErrors'
  | 'count'
  | 'community'
  | 'submit'
  | 'approve'
  | 'reject'
  | 'rejectReason'
  | 'upload'
  | 'uploadTitle'
  | 'uploadHint'
  | 'uploadTemplate'
  | 'templateFile'
  | 'uploadDraftNote'
  | 'uploadDone'
  | 'wholeNumber'
  | 'hoursExample'
  | 'groupStationOrCenter'
  | 'groupMedical'
  | 'groupComplete'
  | 'location'
  | 'code'
  | 'links'
  | 'hubServices'
  | 'resources'
  | 'diffField'
  | 'diffBefore'
  | 'diffAfter'
  | 'inboxTitle'
  | 'inboxEmpty'
  | 'inboxNew'
  | 'inboxChange'
  | 'changeComment'
  | 'effectTitle'
  | 'effectLoading'
  | 'effectNone'
  | 'effectGroup'
  | 'effectBefore'
  | 'effectAfter'
  | 'effectGain'
  | 'effectLoss'
  | 'effectCircles'
  | 'reviewApproved'
  | 'reviewRejected'
  | 'tabInbox'
  | 'tabRegistry'
  | 'proposalNote'
  | 'submittedLocked'
  | 'pendingTitle'
  | 'rejectedReason'
  | 'changeRejected'
  | 'changeApproved'
  | 'historyTitle'
  | 'comment'
  | 'saveProposal'
  | 'search'
  | 'allKinds'
  | 'allStatuses'
  | 'submitDrafts'
  | 'submittedMany'
  | 'proposalSaved'
  | 'shown'
  | 'ev.FACILITY_CREATED'
  | 'ev.FACILITY_IMPORTED'
  | 'ev.FACILITY_SUBMITTED'
  | 'ev.FACILITY_APPROVED'
  | 'ev.FACILITY_REJECTED'
  | 'ev.FACILITY_CLOSED'
  | 'ev.FACILITY_RESTORED'
  | 'ev.FACILITY_CHANGE_SUBMITTED'
  | 'ev.FACILITY_CHANGE_APPROVED'
  | 'ev.FACILITY_CHANGE_REJECTED'
  | 'communityShort'
  | 'statusShort'
  | 'inboxItem'
  | 'inboxSubmitted'
  | 'historyNote';

/** A key of the stations app's catalogue. */
export type MessageKey = Key;

export const messages: Catalog<Key> = {
  'zh-CN': {
    office: '街道/镇',
    officeOption: '{name}（{level}）',
    stations: '本辖区设施',
    register: '登记新站点',
    editTitle: '修改站点：{name}',
    name: '名称',
    kind: '类型',
    services: '服务项目',
    hours: '开放时间',
    phone: '电话',
    address: '地址',
    operatorName: '运营方',
    operatorType: '运营性质',
    beds: '床位',
    nursingBeds: '护理床位',
    occupiedBeds: '在住人数',
    dayCare: '日间照料位',
    mealSeats: '助餐座位',
    lon: '经度',
    lat: '纬度',
    pickHint: '在地图上点击站点位置，或直接输入经纬度。',
    saveDraft: '保存草稿',
    saveChanges: '保存修改',
    cancel: '取消',
    saved: '已保存：{name}（{status}）',
    status: '审批状态',
    statusNote: '保存为草稿后可提交审批；区民政局批准后计入服务覆盖。',
    conflict: '此记录已被他人修改。请重新载入查看最新内容后再修改。',
    reload: '重新载入',
    updated: '更新于',
    none: '—',
    community: '所在社区/村',
    communityShort: '社区/村',
    statusShort: '状态',
    inboxItem: '站点',
    inboxSubmitted: '提交',
    historyNote: '：{note}',
    version: '版本',
    fixErrors: '请按提示修改标红的项目。',
    count: '共 {n} 个',
    submit: '提交审批',
    approve: '批准',
    reject: '退回',
    rejectReason: '退回原因',
    upload: '上传表格',
    uploadTitle: '上传表格批量登记',
    uploadHint:
      '上传 .xlsx 或 .csv 表格（最大 10 MB），每行一个站点，须有“名称、类型、经度、纬度”列。先检查全部行，确认后才写入；有问题的行可修改后重新上传。',
    uploadTemplate: '下载模板（CSV）',
    templateFile: '站点登记模板.csv',
    uploadDraftNote: '导入的站点为草稿，须提交审批。',
    uploadDone: '已导入 {n} 个站点（{status}），来自“{file}”。',
    wholeNumber: '请输入整数。',
    hoursExample: '08:30-17:30',
    groupStationOrCenter: '养老服务站或中心',
    groupMedical: '医疗机构',
    groupComplete: '完整服务圈（两者兼有）',
    location: '位置',
    code: '编码',
    links: '链接',
    hubServices: '综合体服务',
    resources: '关联资源',
    diffField: '项目',
    diffBefore: '现行（已批准）',
    diffAfter: '申请改为',
    inboxTitle: '待审批',
    inboxEmpty: '没有待审批的事项。',
    inboxNew: '新登记',
    inboxChange: '信息变更',
    changeComment: '变更说明',
    effectTitle: '批准后对服务覆盖的影响（15 分钟步行）',
    effectLoading: '正在计算覆盖影响…',
    effectNone: '不改变位置或类型，批准后覆盖不变。',
    effectGroup: '覆盖类别',
    effectBefore: '现覆盖老年人',
    effectAfter: '批准后',
    effectGain: '新增覆盖',
    effectLoss: '不再覆盖',
    effectCircles: '完整服务圈',
    reviewApproved: '已批准：{name}',
    reviewRejected: '已退回：{name}',
    tabInbox: '待审批 {n}',
    tabRegistry: '设施登记册',
    proposalNote: '此站点已通过审批：保存的修改将提交区民政局审批，批准前现有信息继续有效并计入覆盖。',
    submittedLocked: '已提交审批，审批完成前不能修改。',
    pendingTitle: '修改待审批（{at} 提交）',
    rejectedReason: '退回原因：{reason}',
    changeRejected: '上次修改被退回：{reason}',
    changeApproved: '上次修改已于 {at} 批准。',
    historyTitle: '审批记录',
    comment: '变更说明（供审批人参考）',
    saveProposal: '提交修改审批',
    search: '搜索名称',
    allKinds: '全部类型',
    allStatuses: '全部状态',
    submitDrafts: '提交全部草稿（{n}）',
    submittedMany: '已提交 {n} 个站点审批。',
    proposalSaved: '修改已提交审批：{name}',
    shown: '显示 {shown} / {n}',
    'ev.FACILITY_CREATED': '登记草稿',
    'ev.FACILITY_IMPORTED': '表格导入',
    'ev.FACILITY_SUBMITTED': '提交审批',
    'ev.FACILITY_APPROVED': '审批通过',
    'ev.FACILITY_REJECTED': '退回',
    'ev.FACILITY_CLOSED': '关闭',
    'ev.FACILITY_RESTORED': '恢复',
    'ev.FACILITY_CHANGE_SUBMITTED': '提交修改',
    'ev.FACILITY_CHANGE_APPROVED': '修改获批',
    'ev.FACILITY_CHANGE_REJECTED': '修改被退回',
  },
  en: {
    office: 'Street/town',
    officeOption: '{name} ({level})',
    stations: 'Facilities in this jurisdiction',
    register: 'Register a station',
    editTitle: 'Edit station: {name}',
    name: 'Name',
    kind: 'Kind',
    services: 'Services',
    hours: 'Opening hours',
    phone: 'Phone',
    address: 'Address',
    operatorName: 'Operator',
    operatorType: 'Operator type',
    beds: 'Beds',
    nursingBeds: 'Nursing beds',
    occupiedBeds: 'Occupied beds',
    dayCare: 'Day-care places',
    mealSeats: 'Meal seats',
    lon: 'Longitude',
    lat: 'Latitude',
    pickHint: 'Click the station’s place on the map, or type its coordinates.',
    saveDraft: 'Save draft',
    saveChanges: 'Save changes',
    cancel: 'Cancel',
    saved: 'Saved: {name} ({status})',
    status: 'Approval state',
    statusNote: 'Save a draft, then submit it for approval; approved stations count in coverage.',
    conflict: 'Someone else changed this record first. Reload to see their changes, then edit again.',
    reload: 'Reload',
    updated: 'Updated',
    none: '—',
    community: 'Community/village',
    communityShort: 'Community',
    statusShort: 'State',
    inboxItem: 'Station',
    inboxSubmitted: 'Submitted',
    historyNote: ': {note}',
    version: 'Version',
    fixErrors: 'Please correct the fields marked in red.',
    count: '{n} in all',
    submit: 'Submit for approval',
    approve: 'Approve',
    reject: 'Return',
    rejectReason: 'Reason for returning',
    upload: 'Upload spreadsheet',
    uploadTitle: 'Upload a spreadsheet of stations',
    uploadHint:
      'Upload an .xlsx or .csv sheet (at most 10 MB), one station per row, with the columns name, kind, longitude and latitude (名称, 类型, 经度, 纬度). Every row is checked first; nothing is written before you confirm.',
    uploadTemplate: 'Download template (CSV)',
    templateFile: 'stations-template.csv',
    uploadDraftNote: 'Imported stations are drafts and go through approval.',
    uploadDone: 'Imported {n} {n?station|stations} ({status}) from “{file}”.',
    wholeNumber: 'Enter a whole number.',
    hoursExample: '08:30-17:30',
    groupStationOrCenter: 'Station or centre',
    groupMedical: 'Medical institution',
    groupComplete: 'Complete circle (both)',
    location: 'Location',
    code: 'Code',
    links: 'Links',
    hubServices: 'Hub services',
    resources: 'Linked resources',
    diffField: 'Field',
    diffBefore: 'Approved now',
    diffAfter: 'Proposed',
    inboxTitle: 'Awaiting review',
    inboxEmpty: 'Nothing awaits review.',
    inboxNew: 'New station',
    inboxChange: 'Change',
    changeComment: 'Reason for the change',
    effectTitle: 'Effect on coverage of approving it (15-minute walk)',
    effectLoading: 'Computing the effect on coverage…',
    effectNone: 'No change of place or kind: coverage stays as it is.',
    effectGroup: 'Group',
    effectBefore: 'Older residents covered now',
    effectAfter: 'Once approved',
    effectGain: 'Newly covered',
    effectLoss: 'No longer covered',
    effectCircles: 'Complete circles',
    reviewApproved: 'Approved: {name}',
    reviewRejected: 'Returned: {name}',
    tabInbox: 'Awaiting review {n}',
    tabRegistry: 'Registry',
    proposalNote:
      'This station is approved: your changes go to civil affairs for review; the approved details stay in force (and in coverage) until then.',
    submittedLocked: 'Submitted for review: it cannot be changed until it is reviewed.',
    pendingTitle: 'Change awaiting review (submitted {at})',
    rejectedReason: 'Returned because: {reason}',
    changeRejected: 'The last change was returned: {reason}',
    changeApproved: 'The last change was approved on {at}.',
    historyTitle: 'Review history',
    comment: 'Reason for the change (for the reviewer)',
    saveProposal: 'Submit change for review',
    search: 'Search names',
    allKinds: 'All kinds',
    allStatuses: 'All states',
    submitDrafts: 'Submit all drafts ({n})',
    submittedMany: 'Submitted {n} {n?station|stations} for review.',
    proposalSaved: 'Change submitted for review: {name}',
    shown: 'Showing {shown} of {n}',
    'ev.FACILITY_CREATED': 'Registered as draft',
    'ev.FACILITY_IMPORTED': 'Imported',
    'ev.FACILITY_SUBMITTED': 'Submitted',
    'ev.FACILITY_APPROVED': 'Approved',
    'ev.FACILITY_REJECTED': 'Returned',
    'ev.FACILITY_CLOSED': 'Closed',
    'ev.FACILITY_RESTORED': 'Restored',
    'ev.FACILITY_CHANGE_SUBMITTED': 'Change submitted',
    'ev.FACILITY_CHANGE_APPROVED': 'Change approved',
    'ev.FACILITY_CHANGE_REJECTED': 'Change returned',
  },
};
