import type { Catalog } from '@carecircle/ui';

type Key =
  | 'office' | 'stations' | 'register' | 'edit' | 'name' | 'kind' | 'services' | 'hours' | 'phone' | 'address'
  | 'operatorName' | 'operatorType' | 'beds' | 'nursingBeds' | 'occupiedBeds' | 'dayCare' | 'mealSeats' | 'lon' | 'lat' | 'location'
  | 'pickHint' | 'saveDraft' | 'saveChanges' | 'cancel' | 'saved' | 'status' | 'statusNote' | 'conflict' | 'reload' | 'updated'
  | 'none' | 'loading' | 'newStation' | 'version' | 'fixErrors' | 'count' | 'community' | 'submit' | 'approve' | 'reject' | 'rejectReason' | 'submitted' | 'approved' | 'rejected';

export const messages: Catalog<Key> = {
  'zh-CN': {
    office: '街道/镇', stations: '本辖区设施', register: '登记新站点', edit: '修改站点',
    name: '名称', kind: '类型', services: '服务项目', hours: '开放时间', phone: '电话', address: '地址', operatorName: '运营方', operatorType: '运营性质',
    beds: '床位', nursingBeds: '护理床位', occupiedBeds: '在住人数', dayCare: '日间照料位', mealSeats: '助餐座位', lon: '经度', lat: '纬度', location: '位置',
    pickHint: '在地图上点击站点位置，或直接输入经纬度。', saveDraft: '保存草稿', saveChanges: '保存修改', cancel: '取消', saved: '已保存：{name}（{status}）',
    status: '审批状态', statusNote: '保存为草稿后可提交审批；区民政局批准后计入服务覆盖。',
    conflict: '此记录已被他人修改。请重新载入查看最新内容后再修改。', reload: '重新载入', updated: '更新于', none: '—', loading: '加载中…', newStation: '新站点',
    community: '所在社区/村', version: '版本', fixErrors: '请按提示修改标红的项目。', count: '共 {n} 个',
    submit: '提交审批', approve: '批准', reject: '退回', rejectReason: '退回原因', submitted: '已提交审批：{name}', approved: '已批准：{name}', rejected: '已退回：{name}',
  },
  en: {
    office: 'Street/town', stations: 'Facilities in this jurisdiction', register: 'Register a station', edit: 'Edit station',
    name: 'Name', kind: 'Kind', services: 'Services', hours: 'Opening hours', phone: 'Phone', address: 'Address', operatorName: 'Operator', operatorType: 'Operator type',
    beds: 'Beds', nursingBeds: 'Nursing beds', occupiedBeds: 'Occupied beds', dayCare: 'Day-care places', mealSeats: 'Meal seats', lon: 'Longitude', lat: 'Latitude', location: 'Location',
    pickHint: 'Click the station’s place on the map, or type its coordinates.', saveDraft: 'Save draft', saveChanges: 'Save changes', cancel: 'Cancel', saved: 'Saved: {name} ({status})',
    status: 'Approval state', statusNote: 'Save a draft, then submit it for approval; approved stations count in coverage.',
    conflict: 'Someone else changed this record first. Reload to see their changes, then edit again.', reload: 'Reload', updated: 'Updated', none: '—', loading: 'Loading…', newStation: 'New station',
    community: 'Community/village', version: 'Version', fixErrors: 'Please correct the fields marked in red.', count: '{n} in all',
    submit: 'Submit for approval', approve: 'Approve', reject: 'Return', rejectReason: 'Reason for returning', submitted: 'Submitted for approval: {name}', approved: 'Approved: {name}', rejected: 'Returned: {name}',
  },
};
