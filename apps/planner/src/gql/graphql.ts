/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Agreement status, derived from the dates: EXPIRING means it ends within 60 days. */
export type AgreementStatus =
  /** 有效 */
  | 'ACTIVE'
  /** 草稿 */
  | 'DRAFT'
  /** 已过期 */
  | 'EXPIRED'
  /** 60 天内到期 */
  | 'EXPIRING'
  /** 已签约，尚未生效 */
  | 'PENDING'
  /** 已终止 */
  | 'TERMINATED';

/** Administrative level of a division. */
export type DivisionLevel =
  /** 社区 */
  | 'COMMUNITY'
  /** 区 */
  | 'DISTRICT'
  /** 街道 */
  | 'STREET'
  /** 镇 */
  | 'TOWN'
  /** 村 */
  | 'VILLAGE';

/** Kind of elderly-care facility. */
export type FacilityKind =
  /** 养老机构 */
  | 'CARE_INSTITUTION'
  /** 社区养老服务站 */
  | 'COMMUNITY_STATION'
  /** 村级互助养老点 */
  | 'MUTUAL_AID_POINT'
  /** 户外养老服务综合体 */
  | 'OUTDOOR_HUB'
  /** 街道养老服务中心 */
  | 'STREET_CENTER'
  /** 镇养老服务中心 */
  | 'TOWN_CENTER';

/** Registration state of a facility. */
export type FacilityStatus =
  /** 已通过 */
  | 'APPROVED'
  /** 已关闭 */
  | 'CLOSED'
  /** 草稿 */
  | 'DRAFT'
  /** 已退回 */
  | 'REJECTED'
  /** 已提交待审核 */
  | 'SUBMITTED';

/** Kind of medical institution. */
export type MedicalKind =
  /** 社区卫生服务中心 */
  | 'COMMUNITY_HEALTH_CENTER'
  /** 综合医院 */
  | 'GENERAL_HOSPITAL'
  /** 老年病医院 */
  | 'GERIATRIC_HOSPITAL'
  /** 中医医院 */
  | 'TCM_HOSPITAL'
  /** 乡镇卫生院 */
  | 'TOWNSHIP_HEALTH_CENTER'
  /** 村卫生室 */
  | 'VILLAGE_CLINIC';

/** Kind of operator. */
export type OperatorType =
  /** 民办 */
  | 'PRIVATE'
  /** 公办 */
  | 'PUBLIC'
  /** 社会组织 */
  | 'SOCIAL_ORGANIZATION';

/** A service offered to older residents. */
export type ServiceKind =
  /** 助浴 */
  | 'BATHING'
  /** 助洁 */
  | 'CLEANING'
  /** 认知障碍照护 */
  | 'COGNITIVE_CARE'
  /** 日间照料 */
  | 'DAY_CARE'
  /** 上门服务 */
  | 'HOME_VISITS'
  /** 助餐 */
  | 'MEALS'
  /** 医疗 */
  | 'MEDICAL_CARE'
  /** 康复 */
  | 'REHABILITATION'
  /** 喘息服务 */
  | 'RESPITE'
  /** 老年大学 */
  | 'SENIOR_LEARNING';

export type DivisionFigures_DashboardFragment = { olderPopulation: number, beds: number, nursingBeds: number, occupiedBeds: number, occupancyRate: number | null, careInstitutions: number, signedCareInstitutions: number, signingCoverage: number | null, division: { id: string, name: string, level: DivisionLevel } | null, facilityCounts: Array<{ kind: FacilityKind, status: FacilityStatus, count: number }> } & { ' $fragmentName'?: 'DivisionFigures_DashboardFragment' };

export type DivisionFiguresQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DivisionFiguresQuery = { dashboard: (
    { children: Array<{ olderPopulation: number, division: { id: string, name: string } | null }> }
    & { ' $fragmentRefs'?: { 'DivisionFigures_DashboardFragment': DivisionFigures_DashboardFragment } }
  ) };

export type FacilityCard_FacilityFragment = { id: string, name: string, kind: FacilityKind, status: FacilityStatus, address: string | null, openingHours: string | null, phone: string | null, services: Array<ServiceKind>, capacity: { beds: number, nursingBeds: number, occupiedBeds: number, dayCarePlaces: number, mealSeats: number }, operator: { name: string | null, type: OperatorType | null }, division: { id: string, name: string } | null } & { ' $fragmentName'?: 'FacilityCard_FacilityFragment' };

export type FacilityCardQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityCardQuery = { facility: { ' $fragmentRefs'?: { 'FacilityCard_FacilityFragment': FacilityCard_FacilityFragment } }, agreements: { nodes: Array<{ id: string, status: AgreementStatus, endsOn: string, medical: { id: string, name: string } }> } };

export type PlannerRegistryQueryVariables = Exact<{ [key: string]: never; }>;


export type PlannerRegistryQuery = { facilities: { totalCount: number, nodes: Array<{ id: string, name: string, kind: FacilityKind, status: FacilityStatus, location: any }> }, medicalInstitutions: { totalCount: number, nodes: Array<{ id: string, name: string, kind: MedicalKind, location: any }> } };

export const DivisionFigures_DashboardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionFigures_Dashboard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"olderPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"}},{"kind":"Field","name":{"kind":"Name","value":"careInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"signedCareInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"signingCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"facilityCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DivisionFigures_DashboardFragment, unknown>;
export const FacilityCard_FacilityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilityCard_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"dayCarePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"mealSeats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilityCard_FacilityFragment, unknown>;
export const DivisionFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DivisionFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionFigures_Dashboard"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"olderPopulation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionFigures_Dashboard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"olderPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"}},{"kind":"Field","name":{"kind":"Name","value":"careInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"signedCareInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"signingCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"facilityCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DivisionFiguresQuery, DivisionFiguresQueryVariables>;
export const FacilityCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilityCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilityCard_Facility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"medical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilityCard_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"dayCarePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"mealSeats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilityCardQuery, FacilityCardQueryVariables>;
export const PlannerRegistryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerRegistry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"medicalInstitutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<PlannerRegistryQuery, PlannerRegistryQueryVariables>;