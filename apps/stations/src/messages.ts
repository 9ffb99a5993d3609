import type { Catalog } from '@carecircle/ui';

type Key =
  | 'office' | 'officeNote' | 'stations' | 'register' | 'edit' | 'name' | 'kind' | 'services' | 'hours' | 'phone' | 'address'
  | 'operatorName' | 'operatorType' | 'beds' | 'nursingBeds' | 'occupiedBeds' | 'dayCare' | 'mealSeats' | 'lon' | 'lat' | 'location'
  | 'pickHint' | 'saveDraft' | 'saveChanges' | 'cancel' | 'saved' | 'status' | 'statusNote' | 'conflict' | 'reload' | 'updated'
  | 'none' | 'loading' | 'newStation' | 'version' | 'fixErrors' | 'count';

export const messages: Catalog<Key> = {
  'zh-CN': {
    office: '街道/镇', officeNote: '登录与辖区权限上线前，可在此选择要办理的街道/镇。', stations: '本辖区设施', register: '登记新站点', edit: '修改站点',
    name: '名称', kind: '类型', services: '服务项目', hours: '开放时间', phone: '电话', address: '地址', operatorName: '运营方', operatorType: '运营性质',
    beds: '床位', nursingBeds: '护理床位', occupiedBeds: '在住人数', dayCare: '日间照料位', mealSeats: '助餐座位', lon: '经度', lat: '纬度', location: '位置',
    pickHint: '在地图上点击站点位置，或直接输入经纬度。', saveDraft: '保存草稿', saveChanges: '保存修改', cancel: '取消', saved: '已保存：{name}（{status}）',
    status: '审批状态', statusNote: '提交审批需要账户与审批流程，上线后在此提交；目前显示系统记录的状态。',
    conflict: '此记录已被他人修改。请重新载入查看最新内容后再修改。', reload: '重新载入', updated: '更新于', none: '—', loading: '加载中…', newStation: '新站点',
    version: '版本', fixErrors: '请按提示修改标红的项目。', count: '共 {n} 个',
  },
  en: {
    office: 'Street/town', officeNote: 'Until sign-in and jurisdictions exist, choose the street/town you work for here.', stations: 'Facilities in this jurisdiction', register: 'Register a station', edit: 'Edit station',
    name: 'Name', kind: 'Kind', services: 'Services', hours: 'Opening hours', phone: 'Phone', address: 'Address', operatorName: 'Operator', operatorType: 'Operator type',
    beds: 'Beds', nursingBeds: 'Nursing beds', occupiedBeds: 'Occupied beds', dayCare: 'Day-care places', mealSeats: 'Meal seats', lon: 'Longitude', lat: 'Latitude', location: 'Location',
    pickHint: 'Click the station’s place on the map, or type its coordinates.', saveDraft: 'Save draft', saveChanges: 'Save changes', cancel: 'Cancel', saved: 'Saved: {name} ({status})',
    status: 'Approval state', statusNote: 'Submitting for approval needs accounts and the approval workflow; once they exist it happens here. The state recorded today is shown.',
    conflict: 'Someone else changed this record first. Reload to see their changes, then edit again.', reload: 'Reload', updated: 'Updated', none: '—', loading: 'Loading…', newStation: 'New station',
    version: 'Version', fixErrors: 'Please correct the fields marked in red.', count: '{n} in all',
  },
};
