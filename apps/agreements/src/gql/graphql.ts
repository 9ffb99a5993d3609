/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A service agreed between the medical institution and the care facility. */
export type AgreementService =
  /** 应急救治 */
  | 'EMERGENCY_RESPONSE'
  /** 绿色通道 */
  | 'GREEN_CHANNEL'
  /** 上门服务 */
  | 'HOME_VISITS'
  /** 定期巡诊 */
  | 'REGULAR_VISITS'
  /** 远程会诊 */
  | 'REMOTE_CONSULTATION'
  /** 双向转诊 */
  | 'TWO_WAY_REFERRAL';

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

/** A new agreement between a medical institution and a care facility. */
export type CreateAgreementInput = {
  /** Agreement number, at most 64 characters, unique when given. */
  code?: string | null | undefined;
  /** Save as a draft instead of a signed agreement. */
  draft?: boolean | null | undefined;
  /** YYYY-MM-DD */
  endsOn?: string | null | undefined;
  /** Id of the care facility (养老服务设施) party. */
  facilityId: string | number;
  /** Id of the medical institution (医疗机构) party. */
  medicalId: string | number;
  /** Agreed services (e.g. TWO_WAY_REFERRAL = 双向转诊); when given, replaces the whole list. */
  services?: Array<AgreementService> | null | undefined;
  /** YYYY-MM-DD */
  signedOn?: string | null | undefined;
  /** YYYY-MM-DD */
  startsOn?: string | null | undefined;
};

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

/** Renews an agreement: a new period linked to the old one. */
export type RenewAgreementInput = {
  /** Last day of the new period, YYYY-MM-DD. */
  endsOn: string;
  /** Id of the agreement to renew. */
  id: string | number;
  /** Default: the old services. */
  services?: Array<AgreementService> | null | undefined;
  /** Signing date of the renewal, YYYY-MM-DD; default: today. */
  signedOn?: string | null | undefined;
  /** Default: the day after the old end date. */
  startsOn?: string | null | undefined;
  /** The version you read of the old agreement (optimistic locking). */
  version: number;
};

export type AgreementsOverviewQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AgreementsOverviewQuery = { __typename: 'Query', agreements: { __typename: 'CareAgreementConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
      { __typename: 'CareAgreement' }
      & { ' $fragmentRefs'?: { 'AgreementRow_CareAgreementFragment': AgreementRow_CareAgreementFragment } }
    )> } };

export type AgreementPartiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementPartiesQuery = { __typename: 'Query', medicalInstitutions: { __typename: 'MedicalInstitutionConnection', totalCount: number, nodes: Array<{ __typename: 'MedicalInstitution', id: string, name: string, kind: MedicalKind, location: any }> } };

export type CareInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CareInstitutionsQuery = { __typename: 'Query', facilities: { __typename: 'FacilityConnection', totalCount: number, nodes: Array<{ __typename: 'Facility', id: string, name: string, status: FacilityStatus, location: any }> } };

export type EmergencyResponseQueryVariables = Exact<{ [key: string]: never; }>;


export type EmergencyResponseQuery = { __typename: 'Query', emergencyResponseMeters: number };

export type CreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type CreateAgreementMutation = { __typename: 'Mutation', createAgreement: (
    { __typename: 'CareAgreement', id: string, status: AgreementStatus }
    & { ' $fragmentRefs'?: { 'AgreementRow_CareAgreementFragment': AgreementRow_CareAgreementFragment } }
  ) };

export type AgreementRow_CareAgreementFragment = { __typename: 'CareAgreement', id: string, code: string | null, status: AgreementStatus, startsOn: string, endsOn: string, services: Array<AgreementService>, straightLineMeters: number | null, walkingMeters: number | null, terminationReason: string | null, version: number, viewerCanModify: boolean, medical: { __typename: 'MedicalInstitution', id: string, name: string }, facility: { __typename: 'Facility', id: string, name: string } } & { ' $fragmentName'?: 'AgreementRow_CareAgreementFragment' };

export type RenewAgreementMutationVariables = Exact<{
  input: RenewAgreementInput;
}>;


export type RenewAgreementMutation = { __typename: 'Mutation', renewAgreement: (
    { __typename: 'CareAgreement', id: string, status: AgreementStatus }
    & { ' $fragmentRefs'?: { 'AgreementRow_CareAgreementFragment': AgreementRow_CareAgreementFragment } }
  ) };

export type TerminateAgreementMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type TerminateAgreementMutation = { __typename: 'Mutation', terminateAgreement: (
    { __typename: 'CareAgreement', id: string, status: AgreementStatus }
    & { ' $fragmentRefs'?: { 'AgreementRow_CareAgreementFragment': AgreementRow_CareAgreementFragment } }
  ) };

export type SigningCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type SigningCoverageQuery = { __typename: 'Query', dashboard: { __typename: 'DashboardFigures', signingCoverage: number | null, signedCareInstitutions: number, careInstitutions: number, children: Array<{ __typename: 'DashboardFigures', signingCoverage: number | null, signedCareInstitutions: number, careInstitutions: number, division: { __typename: 'Division', id: string, name: string } | null }> } };

export const AgreementRow_CareAgreementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow_CareAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"straightLineMeters"}},{"kind":"Field","name":{"kind":"Name","value":"walkingMeters"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"medical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}}]}}]} as unknown as DocumentNode<AgreementRow_CareAgreementFragment, unknown>;
export const AgreementsOverviewDocument = {"__meta__":{"hash":"sha256:ea5d7fff2babc832d09adce102c06563e7d0bf04c290d79b2768b0e64994262d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementsOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"120"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow_CareAgreement"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow_CareAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"straightLineMeters"}},{"kind":"Field","name":{"kind":"Name","value":"walkingMeters"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"medical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}}]}}]} as unknown as DocumentNode<AgreementsOverviewQuery, AgreementsOverviewQueryVariables>;
export const AgreementPartiesDocument = {"__meta__":{"hash":"sha256:5bb28a1d9027daa1901fe569cc10f4a201d8766fd583de279f46d8e5db1615cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementParties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInstitutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementPartiesQuery, AgreementPartiesQueryVariables>;
export const CareInstitutionsDocument = {"__meta__":{"hash":"sha256:800c693b0c8af2d876f082c6fe6e6e024b3af1d521ed4619de891a589d20c8fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CARE_INSTITUTION"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<CareInstitutionsQuery, CareInstitutionsQueryVariables>;
export const EmergencyResponseDocument = {"__meta__":{"hash":"sha256:c88c4dd9aedf1a9df2a2711cf29250c02f7e634d9bb6812689660cba956748f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyResponseMeters"}}]}}]} as unknown as DocumentNode<EmergencyResponseQuery, EmergencyResponseQueryVariables>;
export const CreateAgreementDocument = {"__meta__":{"hash":"sha256:9911962ccabc32abca35ad48e7eae8bdf51db772cca37657a26b3a60c95e4d64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow_CareAgreement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow_CareAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"straightLineMeters"}},{"kind":"Field","name":{"kind":"Name","value":"walkingMeters"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"medical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}}]}}]} as unknown as DocumentNode<CreateAgreementMutation, CreateAgreementMutationVariables>;
export const RenewAgreementDocument = {"__meta__":{"hash":"sha256:81f3f0f6ed4751ba6d336d3675c6f5f058bd62dbbc99ac987d59812fb800213d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"renewAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow_CareAgreement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow_CareAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"straightLineMeters"}},{"kind":"Field","name":{"kind":"Name","value":"walkingMeters"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"medical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}}]}}]} as unknown as DocumentNode<RenewAgreementMutation, RenewAgreementMutationVariables>;
export const TerminateAgreementDocument = {"__meta__":{"hash":"sha256:1987da59ea2bef8efabaec091e59525c5199e83bc684be3a91439b04f30d1241"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"terminateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow_CareAgreement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow_CareAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"straightLineMeters"}},{"kind":"Field","name":{"kind":"Name","value":"walkingMeters"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"medical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}}]}}]} as unknown as DocumentNode<TerminateAgreementMutation, TerminateAgreementMutationVariables>;
export const SigningCoverageDocument = {"__meta__":{"hash":"sha256:e7a264c80f07f6434e899f6ec73d7f05f1eb85273ae8253526ff84e12249e850"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SigningCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signingCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"signedCareInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"careInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signingCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"signedCareInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"careInstitutions"}}]}}]}}]}}]} as unknown as DocumentNode<SigningCoverageQuery, SigningCoverageQueryVariables>;