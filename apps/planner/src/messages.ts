import type { Catalog } from '@carecircle/ui';

type Key =
  | 'layers'
  | 'divisions'
  | 'facilities'
  | 'medical'
  | 'residential'
  | 'overview'
  | 'olderPopulation'
  | 'beds'
  | 'nursingBeds'
  | 'occupancy'
  | 'signing'
  | 'careInstitutions'
  | 'facilitiesByKind'
  | 'byStreet'
  | 'clickHint'
  | 'services'
  | 'dayCare'
  | 'mealSeats'
  | 'operator'
  | 'hours'
  | 'agreements'
  | 'noAgreements'
  | 'address'
  | 'export'
  | 'exportGeoJson'
  | 'exportCsv'
  | 'exportPng'
  | 'back'
  | 'loading'
  | 'shown'
  | 'phone'
  | 'exportXlsx'
  | 'divisionTitle'
  | 'listSeparator'
  | 'countsNote'
  | 'colLayer'
  | 'viewSheet'
  | 'colName'
  | 'colKind'
  | 'colStatus'
  | 'colLon'
  | 'colLat';

export const messages: Catalog<Key> = {
  'zh-CN': {
    layers: '图层',
    divisions: '行政区划',
    facilities: '养老服务设施',
    medical: '医疗机构',
    residential: '居民点（按老年人数大小）',
    overview: '全区概况',
    olderPopulation: '老年人口',
    beds: '床位',
    nursingBeds: '护理床位',
    occupancy: '入住率',
    signing: '医养签约覆盖率',
    careInstitutions: '养老机构',
    facilitiesByKind: '各类设施数量',
    byStreet: '各街镇老年人口',
    clickHint: '点击地图上的街道/镇查看数据，点击设施查看详情。',
    services: '服务',
    dayCare: '日间照料位',
    mealSeats: '助餐座位',
    operator: '运营方',
    hours: '开放时间',
    agreements: '医养签约',
    noAgreements: '无签约',
    address: '地址',
    export: '导出当前视图',
    exportGeoJson: 'GeoJSON',
    exportCsv: 'CSV',
    exportPng: '地图 PNG',
    back: '返回全区',
    loading: '加载中…',
    shown: '显示 {shown} / {total}',
    phone: '电话',
    exportXlsx: 'XLSX',
    divisionTitle: '{name}（{level}）',
    listSeparator: '、',
    countsNote: '设施数量含草稿和待审批的设施（不含已关闭、已驳回）；覆盖率只计已批准的设施。',
    colLayer: '图层',
    viewSheet: '当前视图',
    colName: '名称',
    colKind: '类型',
    colStatus: '状态',
    colLon: '经度',
    colLat: '纬度',
  },
  en: {
    layers: 'Layers',
    divisions: 'Divisions',
    facilities: 'Care facilities',
    medical: 'Medical institutions',
    residential: 'Residential areas (sized by older residents)',
    overview: 'District overview',
    olderPopulation: 'Older residents',
    beds: 'Beds',
    nursingBeds: 'Nursing beds',
    occupancy: 'Occupancy',
    signing: 'Medical–care signing coverage',
    careInstitutions: 'Care institutions',
    facilitiesByKind: 'Facilities by kind',
    byStreet: 'Older residents by street/town',
    clickHint: 'Click a street/town on the map for its figures, a facility for its card.',
    services: 'Services',
    dayCare: 'Day-care places',
    mealSeats: 'Meal seats',
    operator: 'Operator',
    hours: 'Opening hours',
    agreements: 'Medical–care agreements',
    noAgreements: 'No agreement',
    address: 'Address',
    export: 'Export the current view',
    exportGeoJson: 'GeoJSON',
    exportCsv: 'CSV',
    colLayer: 'Layer',
    viewSheet: 'Current view',
    colName: 'Name',
    colKind: 'Kind',
    colStatus: 'Status',
    colLon: 'Longitude',
    colLat: 'Latitude',
    exportPng: 'Map PNG',
    back: 'Back to district',
    loading: 'Loading…',
    shown: 'showing {shown} of {total}',
    phone: 'Phone',
    exportXlsx: 'XLSX',
    divisionTitle: '{name} ({level})',
    listSeparator: ', ',
    countsNote:
      'Facility counts include drafts and facilities awaiting approval (not closed or rejected ones); coverage counts approved facilities only.',
  },
};
