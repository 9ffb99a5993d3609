/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Capacity figures; whole numbers, not negative; nursing and occupied beds at most the beds. */
export type CapacityInput = {
  /** Beds (床位); null keeps the current value. */
  beds?: number | null | undefined;
  /** Day-care places (日间照料床位); null keeps the current value. */
  dayCarePlaces?: number | null | undefined;
  /** Meal seats (助餐座位); null keeps the current value. */
  mealSeats?: number | null | undefined;
  /** Nursing beds (护理型床位), at most beds; null keeps the current value. */
  nursingBeds?: number | null | undefined;
  /** Occupied beds (在住), at most beds; null keeps the current value. */
  occupiedBeds?: number | null | undefined;
};

/** A new facility; it starts as a DRAFT. */
export type CreateFacilityInput = {
  /** Address as text. */
  address?: string | null | undefined;
  /** Capacity figures; omitted figures keep their current values. */
  capacity?: CapacityInput | null | undefined;
  /** External or registry code, at most 64 characters, unique; empty clears it. */
  code?: string | null | undefined;
  /** Division; when omitted, the lowest division containing the location. */
  divisionId?: string | number | null | undefined;
  /** Outdoor hubs: bundled services. */
  hubServices?: Array<ServiceKind> | null | undefined;
  /** Kind of facility. */
  kind: FacilityKind;
  /** Photo or web links (http/https), at most 20. */
  links?: Array<string> | null | undefined;
  /** Location as WGS84 longitude/latitude. */
  location: LonLatInput;
  /** Facility name, at most 200 characters, e.g. 两路街道养老服务中心. */
  name: string;
  /** Opening hours as text, at most 200 characters, e.g. 周一至周日 08:00-18:00. */
  openingHours?: string | null | undefined;
  /** Operator; when given, replaces the whole operator. */
  operator?: OperatorInput | null | undefined;
  /** Contact phone number, at most 40 characters. */
  phone?: string | null | undefined;
  /** Outdoor hubs: linked community resources. */
  resourceIds?: Array<string | number> | null | undefined;
  /** Services offered (e.g. MEALS = 助餐); when given, replaces the whole list. */
  services?: Array<ServiceKind> | null | undefined;
};

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

/** A WGS84 (EPSG:4326) position: longitude and latitude in decimal degrees. */
export type LonLatInput = {
  /** Latitude in decimal degrees, -90..90. */
  lat: number;
  /** Longitude in decimal degrees, -180..180. */
  lon: number;
};

/** Operator of a facility. */
export type OperatorInput = {
  /** Operator name, at most 200 characters; null or empty clears it. */
  name?: string | null | undefined;
  /** Kind of operator (公办 / 民办 / 社会组织); null when unknown. */
  type?: OperatorType | null | undefined;
};

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

/** Changes to a facility; omitted fields stay as they are. */
export type UpdateFacilityInput = {
  /** Address as text. */
  address?: string | null | undefined;
  /** Capacity figures; omitted figures keep their current values. */
  capacity?: CapacityInput | null | undefined;
  /** External or registry code, at most 64 characters, unique; empty clears it. */
  code?: string | null | undefined;
  /** Why the change, up to 500 characters, for the reviewer: kept with a street office's change of an approved facility, which waits for review. */
  comment?: string | null | undefined;
  /** Division; when omitted, the lowest division containing the location. */
  divisionId?: string | number | null | undefined;
  /** Outdoor hubs: bundled services. */
  hubServices?: Array<ServiceKind> | null | undefined;
  /** Id of the facility to change. */
  id: string | number;
  /** New kind; null keeps the current kind. */
  kind?: FacilityKind | null | undefined;
  /** Photo or web links (http/https), at most 20. */
  links?: Array<string> | null | undefined;
  /** New WGS84 location; null keeps the current one. */
  location?: LonLatInput | null | undefined;
  /** New name, at most 200 characters; null keeps the current name. */
  name?: string | null | undefined;
  /** Opening hours as text, at most 200 characters, e.g. 周一至周日 08:00-18:00. */
  openingHours?: string | null | undefined;
  /** Operator; when given, replaces the whole operator. */
  operator?: OperatorInput | null | undefined;
  /** Contact phone number, at most 40 characters. */
  phone?: string | null | undefined;
  /** Outdoor hubs: linked community resources. */
  resourceIds?: Array<string | number> | null | undefined;
  /** Services offered (e.g. MEALS = 助餐); when given, replaces the whole list. */
  services?: Array<ServiceKind> | null | undefined;
  /** The version you read; a stale version is rejected with CONFLICT. */
  version: number;
};

export type StationForm_FacilityFragment = { __typename: 'Facility', id: string, version: number, name: string, kind: FacilityKind, status: FacilityStatus, address: string | null, openingHours: string | null, phone: string | null, services: Array<ServiceKind>, location: any, viewerCanModify: boolean, viewerCanSubmit: boolean, viewerCanReview: boolean, capacity: { __typename: 'Capacity', beds: number, nursingBeds: number, occupiedBeds: number, dayCarePlaces: number, mealSeats: number }, operator: { __typename: 'Operator', name: string | null, type: OperatorType | null } } & { ' $fragmentName'?: 'StationForm_FacilityFragment' };

export type CreateStationMutationVariables = Exact<{
  input: CreateFacilityInput;
}>;


export type CreateStationMutation = { __typename: 'Mutation', createFacility: (
    { __typename: 'Facility', id: string, status: FacilityStatus }
    & { ' $fragmentRefs'?: { 'StationForm_FacilityFragment': StationForm_FacilityFragment;'StationRow_FacilityFragment': StationRow_FacilityFragment } }
  ) };

export type UpdateStationMutationVariables = Exact<{
  input: UpdateFacilityInput;
}>;


export type UpdateStationMutation = { __typename: 'Mutation', updateFacility: (
    { __typename: 'Facility', id: string, status: FacilityStatus }
    & { ' $fragmentRefs'?: { 'StationForm_FacilityFragment': StationForm_FacilityFragment;'StationRow_FacilityFragment': StationRow_FacilityFragment } }
  ) };

export type SubmitStationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitStationMutation = { __typename: 'Mutation', submitFacility: (
    { __typename: 'Facility', id: string, status: FacilityStatus }
    & { ' $fragmentRefs'?: { 'StationForm_FacilityFragment': StationForm_FacilityFragment;'StationRow_FacilityFragment': StationRow_FacilityFragment } }
  ) };

export type ApproveStationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ApproveStationMutation = { __typename: 'Mutation', approveFacility: (
    { __typename: 'Facility', id: string, status: FacilityStatus }
    & { ' $fragmentRefs'?: { 'StationForm_FacilityFragment': StationForm_FacilityFragment;'StationRow_FacilityFragment': StationRow_FacilityFragment } }
  ) };

export type RejectStationMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type RejectStationMutation = { __typename: 'Mutation', rejectFacility: (
    { __typename: 'Facility', id: string, status: FacilityStatus }
    & { ' $fragmentRefs'?: { 'StationForm_FacilityFragment': StationForm_FacilityFragment;'StationRow_FacilityFragment': StationRow_FacilityFragment } }
  ) };

export type StationRow_FacilityFragment = { __typename: 'Facility', id: string, name: string, kind: FacilityKind, status: FacilityStatus, address: string | null, updatedAt: string, version: number, division: { __typename: 'Division', id: string, name: string } | null } & { ' $fragmentName'?: 'StationRow_FacilityFragment' };

export type StreetOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type StreetOfficesQuery = { __typename: 'Query', divisions: { __typename: 'DivisionConnection', nodes: Array<{ __typename: 'Division', id: string, name: string, level: DivisionLevel }> } };

export type StationsOfDivisionQueryVariables = Exact<{
  divisionId: string | number;
}>;


export type StationsOfDivisionQuery = { __typename: 'Query', division: { __typename: 'Division', id: string, name: string, boundary: any }, facilities: { __typename: 'FacilityConnection', totalCount: number, nodes: Array<(
      { __typename: 'Facility', location: any }
      & { ' $fragmentRefs'?: { 'StationRow_FacilityFragment': StationRow_FacilityFragment } }
    )> } };

export type StationForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type StationForEditQuery = { __typename: 'Query', facility: (
    { __typename: 'Facility' }
    & { ' $fragmentRefs'?: { 'StationForm_FacilityFragment': StationForm_FacilityFragment } }
  ) };

export const StationForm_FacilityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationForm_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"dayCarePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"mealSeats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}}]}}]} as unknown as DocumentNode<StationForm_FacilityFragment, unknown>;
export const StationRow_FacilityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationRow_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StationRow_FacilityFragment, unknown>;
export const CreateStationDocument = {"__meta__":{"hash":"sha256:10e6cee862fc3bf53fcffea7e24aad1bc540076980754371860dbcd31a8399a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFacilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationForm_Facility"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationRow_Facility"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationForm_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"dayCarePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"mealSeats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationRow_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateStationMutation, CreateStationMutationVariables>;
export const UpdateStationDocument = {"__meta__":{"hash":"sha256:d886eeff6a10e09cca489193deba46681af4fa3d190a88541266955748bd7d72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFacilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationForm_Facility"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationRow_Facility"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationForm_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"dayCarePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"mealSeats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationRow_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateStationMutation, UpdateStationMutationVariables>;
export const SubmitStationDocument = {"__meta__":{"hash":"sha256:578f4a8615998f14dd5d6599a236cfa194b06cd800a8f1aef74332c6dec9bf03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitStation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationForm_Facility"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationRow_Facility"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationForm_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"dayCarePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"mealSeats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationRow_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SubmitStationMutation, SubmitStationMutationVariables>;
export const ApproveStationDocument = {"__meta__":{"hash":"sha256:2358f769d0aaec9806114db5136307966dd86f556c44b738e36c12780ec9ff04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveStation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationForm_Facility"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationRow_Facility"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationForm_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"dayCarePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"mealSeats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationRow_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApproveStationMutation, ApproveStationMutationVariables>;
export const RejectStationDocument = {"__meta__":{"hash":"sha256:6a7d7dddbb35c712775c3df6220ca4b717a2399e4342f91b44ce77811eb1e340"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectStation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rejectFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationForm_Facility"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationRow_Facility"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationForm_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"dayCarePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"mealSeats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationRow_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RejectStationMutation, RejectStationMutationVariables>;
export const StreetOfficesDocument = {"__meta__":{"hash":"sha256:554846ceb6d36a0a8e306c72537fd838f827976195b984a78a3be960f769e309"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StreetOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"levels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STREET"},{"kind":"EnumValue","value":"TOWN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<StreetOfficesQuery, StreetOfficesQueryVariables>;
export const StationsOfDivisionDocument = {"__meta__":{"hash":"sha256:b96d13e8823db9d073be989ad1ed2a8de543e557a5e4faee8474108045cd26c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StationsOfDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationRow_Facility"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationRow_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StationsOfDivisionQuery, StationsOfDivisionQueryVariables>;
export const StationForEditDocument = {"__meta__":{"hash":"sha256:b23b80fe5f60538d18b895200d0502e6fca4efd470483fce1ee9e159e36bf6be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StationForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationForm_Facility"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationForm_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"dayCarePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"mealSeats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}}]}}]} as unknown as DocumentNode<StationForEditQuery, StationForEditQueryVariables>;