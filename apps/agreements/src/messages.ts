import type { Catalog } from '@carecircle/ui';

type Key =
  | 'agreements'
  | 'filterStatus'
  | 'medical'
  | 'facility'
  | 'services'
  | 'startsOn'
  | 'endsOn'
  | 'signedOn'
  | 'status'
  | 'distance'
  | 'create'
  | 'renew'
  | 'terminate'
  | 'reason'
  | 'save'
  | 'cancel'
  | 'coverage'
  | 'expiryList'
  | 'unsigned'
  | 'unsignedNote'
  | 'careInstitutions'
  | 'medicalInstitutions'
  | 'lineOf'
  | 'km'
  | 'listSeparator'
  | 'loading'
  | 'created'
  | 'renewed'
  | 'terminated'
  | 'choose'
  | 'newEnd'
  | 'actions'
  | 'district'
  | 'noExpiring'
  | 'daysLeft'
  | 'expiredDays'
  | 'shown'
  | 'walking'
  | 'straight'
  | 'beyondEmergency'
  | 'emergencyLimit'
  | 'search'
  | 'confirmTerminate'
  | 'confirm'
  | 'terminatedReason'
  | 'renewedUntil'
  | 'beyondCount';

export const messages: Catalog<Key> = {
  'zh-CN': {
    walking: '步行 {km} 公里',
    straight: '直线 {km} 公里',
    beyondEmergency: '超出应急响应距离',
    emergencyLimit: '应急响应距离（公里）',
    search: '搜索机构名称或编号',
    confirmTerminate: '确认终止该签约？终止后不能恢复为有效签约。',
    confirm: '确认终止',
    terminatedReason: '终止原因：{reason}',
    renewedUntil: '已续签至 {date}',
    beyondCount: '{n} 份签约超出应急响应距离',
    agreements: '医养签约',
    filterStatus: '状态',
    medical: '医疗机构',
    facility: '养老机构',
    services: '签约服务',
    startsOn: '生效日期',
    endsOn: '到期日期',
    signedOn: '签订日期',
    status: '状态',
    distance: '双方距离',
    create: '新建签约',
    renew: '续签',
    terminate: '终止',
    reason: '终止原因',
    save: '保存',
    cancel: '取消',
    coverage: '签约覆盖率（目标 100%）',
    expiryList: '待办：即将到期与已过期',
    unsigned: '无有效签约的养老机构',
    unsignedNote: '地图上以红圈标出',
    careInstitutions: '养老机构',
    medicalInstitutions: '医疗机构',
    lineOf: '签约连线: {status}',
    km: '{km} 公里',
    listSeparator: '、',
    loading: '加载中…',
    created: '已新建签约',
    renewed: '已续签',
    terminated: '已终止',
    choose: '请选择',
    newEnd: '新的到期日期',
    actions: '操作',
    district: '全区',
    noExpiring: '暂无需要处理的签约',
    daysLeft: '剩 {n} 天',
    expiredDays: '已过期 {n} 天',
    shown: '显示 {shown} / {total}',
  },
  en: {
    walking: 'walking {km} km',
    straight: 'straight {km} km',
    beyondEmergency: 'beyond emergency-response distance',
    emergencyLimit: 'Emergency-response distance (km)',
    search: 'Institution or number',
    confirmTerminate: 'Terminate this agreement? It cannot become valid again.',
    confirm: 'Terminate',
    terminatedReason: 'Reason: {reason}',
    renewedUntil: 'Renewed until {date}',
    beyondCount: '{n} {n?agreement|agreements} beyond the emergency-response distance',
    agreements: 'Medical–care agreements',
    filterStatus: 'Status',
    medical: 'Medical institution',
    facility: 'Care institution',
    services: 'Services',
    startsOn: 'Starts',
    endsOn: 'Ends',
    signedOn: 'Signed',
    status: 'Status',
    distance: 'Distance between the parties',
    create: 'New agreement',
    renew: 'Renew',
    terminate: 'Terminate',
    reason: 'Reason for termination',
    save: 'Save',
    cancel: 'Cancel',
    coverage: 'Signing coverage (target 100%)',
    expiryList: 'To do: expiring and expired',
    unsigned: 'Care institutions without a valid agreement',
    unsignedNote: 'circled in red on the map',
    careInstitutions: 'Care institutions',
    medicalInstitutions: 'Medical institutions',
    lineOf: 'Agreement lines: {status}',
    km: '{km} km',
    listSeparator: ', ',
    loading: 'Loading…',
    created: 'Agreement created',
    renewed: 'Agreement renewed',
    terminated: 'Agreement terminated',
    choose: 'Choose…',
    newEnd: 'New end date',
    actions: 'Actions',
    district: 'District',
    noExpiring: 'Nothing to act on',
    daysLeft: '{n} {n?day|days} left',
    expiredDays: 'expired {n} {n?day|days} ago',
    shown: 'showing {shown} of {total}',
  },
};
