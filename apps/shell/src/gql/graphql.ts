/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Role of a user account. */
export type Role =
  /** 系统管理员: everything, accounts included. */
  | 'ADMIN'
  /** 区民政局: approves or rejects submitted facilities, closes facilities. */
  | 'CIVIL_AFFAIRS'
  /** 用人单位: keeps the staff of the one employer its account is bound to, and nothing else. */
  | 'EMPLOYER'
  /** 区卫健委: medical institutions and agreements. */
  | 'HEALTH_BUREAU'
  /** 规划人员: reads everything, runs analyses and scenarios, maintains residential data. */
  | 'PLANNER'
  /** 街道办/镇政府: registers and edits facilities inside its own division. */
  | 'STREET_OFFICE'
  /** 只读: reads only. */
  | 'VIEWER';

export type ShellMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellMeQuery = { __typename: 'Query', me: { __typename: 'User', id: string, username: string, displayName: string, role: Role, division: { __typename: 'Division', id: string, name: string } | null } | null, viewerCan: { __typename: 'ViewerCapabilities', actions: Array<string>, divisionScoped: boolean, readRegistry: boolean, changeOwnPassword: boolean, registerFacilities: boolean, reviewFacilities: boolean, editFacilitiesDirectly: boolean, closeFacilities: boolean, restoreFacilities: boolean, uploadFacilities: boolean, importApprovedFacilities: boolean, manageMedicalInstitutions: boolean, manageAgreements: boolean, manageResidentialAreas: boolean, runAnalyses: boolean, readAuditLog: boolean, manageDivisions: boolean, manageUsers: boolean, openPlanner: boolean, openStations: boolean, openAgreements: boolean, readWorkers: boolean, manageWorkers: boolean, readWorkerIdNumbers: boolean, manageEmployers: boolean, importDishonestyList: boolean, manageTalentLibraries: boolean, readWorkforceFigures: boolean, openWorkforce: boolean } };

export type ShellSignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type ShellSignInMutation = { __typename: 'Mutation', signIn: { __typename: 'SignInResult', expiresAt: string, user: { __typename: 'User', id: string, username: string, displayName: string, role: Role, division: { __typename: 'Division', id: string, name: string } | null } } };

export type ShellSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type ShellSignOutMutation = { __typename: 'Mutation', signOut: boolean };

export type ShellReviewCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellReviewCountQuery = { __typename: 'Query', reviewInboxCount: number };


export const ShellMeDocument = {"__meta__":{"hash":"sha256:655342d9a099998c3e4ab7d85ac31b1653d5f173ff7e8ff8aa02e40c0127d297"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"divisionScoped"}},{"kind":"Field","name":{"kind":"Name","value":"readRegistry"}},{"kind":"Field","name":{"kind":"Name","value":"changeOwnPassword"}},{"kind":"Field","name":{"kind":"Name","value":"registerFacilities"}},{"kind":"Field","name":{"kind":"Name","value":"reviewFacilities"}},{"kind":"Field","name":{"kind":"Name","value":"editFacilitiesDirectly"}},{"kind":"Field","name":{"kind":"Name","value":"closeFacilities"}},{"kind":"Field","name":{"kind":"Name","value":"restoreFacilities"}},{"kind":"Field","name":{"kind":"Name","value":"uploadFacilities"}},{"kind":"Field","name":{"kind":"Name","value":"importApprovedFacilities"}},{"kind":"Field","name":{"kind":"Name","value":"manageMedicalInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"manageAgreements"}},{"kind":"Field","name":{"kind":"Name","value":"manageResidentialAreas"}},{"kind":"Field","name":{"kind":"Name","value":"runAnalyses"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditLog"}},{"kind":"Field","name":{"kind":"Name","value":"manageDivisions"}},{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"openPlanner"}},{"kind":"Field","name":{"kind":"Name","value":"openStations"}},{"kind":"Field","name":{"kind":"Name","value":"openAgreements"}},{"kind":"Field","name":{"kind":"Name","value":"readWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"manageWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"readWorkerIdNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"manageEmployers"}},{"kind":"Field","name":{"kind":"Name","value":"importDishonestyList"}},{"kind":"Field","name":{"kind":"Name","value":"manageTalentLibraries"}},{"kind":"Field","name":{"kind":"Name","value":"readWorkforceFigures"}},{"kind":"Field","name":{"kind":"Name","value":"openWorkforce"}}]}}]}}]} as unknown as DocumentNode<ShellMeQuery, ShellMeQueryVariables>;
export const ShellSignInDocument = {"__meta__":{"hash":"sha256:09d494653ee8a3a09f0e01bddf50d4c293439f8fedd8312d96b7737643de18d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShellSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShellSignInMutation, ShellSignInMutationVariables>;
export const ShellSignOutDocument = {"__meta__":{"hash":"sha256:16780e075fc9ec4e19c8636cbf1b84e1136245b2407f005be714aed447ee1390"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShellSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<ShellSignOutMutation, ShellSignOutMutationVariables>;
export const ShellReviewCountDocument = {"__meta__":{"hash":"sha256:5969afce6e05a38a933bd8b546fa93efd37310dcddc2683d1c411d040486e50d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellReviewCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviewInboxCount"}}]}}]} as unknown as DocumentNode<ShellReviewCountQuery, ShellReviewCountQueryVariables>;