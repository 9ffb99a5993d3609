/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ShellMe {\n    me {\n      id\n      username\n      displayName\n      role\n      division {\n        id\n        name\n      }\n    }\n    viewerCan {\n      actions\n      divisionScoped\n      readRegistry\n      changeOwnPassword\n      registerFacilities\n      reviewFacilities\n      editFacilitiesDirectly\n      closeFacilities\n      restoreFacilities\n      uploadFacilities\n      importApprovedFacilities\n      manageMedicalInstitutions\n      manageAgreements\n      manageResidentialAreas\n      runAnalyses\n      readAuditLog\n      manageDivisions\n      manageUsers\n      openPlanner\n      openStations\n      openAgreements\n      readWorkers\n      manageWorkers\n      readWorkerIdNumbers\n      manageEmployers\n      importDishonestyList\n      manageTalentLibraries\n      readWorkforceFigures\n      openWorkforce\n    }\n  }\n": typeof types.ShellMeDocument,
    "\n  mutation ShellSignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ShellSignInDocument,
    "\n  mutation ShellSignOut {\n    signOut\n  }\n": typeof types.ShellSignOutDocument,
    "\n  query ShellReviewCount {\n    reviewInboxCount\n  }\n": typeof types.ShellReviewCountDocument,
};
const documents: Documents = {
    "\n  query ShellMe {\n    me {\n      id\n      username\n      displayName\n      role\n      division {\n        id\n        name\n      }\n    }\n    viewerCan {\n      actions\n      divisionScoped\n      readRegistry\n      changeOwnPassword\n      registerFacilities\n      reviewFacilities\n      editFacilitiesDirectly\n      closeFacilities\n      restoreFacilities\n      uploadFacilities\n      importApprovedFacilities\n      manageMedicalInstitutions\n      manageAgreements\n      manageResidentialAreas\n      runAnalyses\n      readAuditLog\n      manageDivisions\n      manageUsers\n      openPlanner\n      openStations\n      openAgreements\n      readWorkers\n      manageWorkers\n      readWorkerIdNumbers\n      manageEmployers\n      importDishonestyList\n      manageTalentLibraries\n      readWorkforceFigures\n      openWorkforce\n    }\n  }\n": types.ShellMeDocument,
    "\n  mutation ShellSignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ShellSignInDocument,
    "\n  mutation ShellSignOut {\n    signOut\n  }\n": types.ShellSignOutDocument,
    "\n  query ShellReviewCount {\n    reviewInboxCount\n  }\n": types.ShellReviewCountDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellMe {\n    me {\n      id\n      username\n      displayName\n      role\n      division {\n        id\n        name\n      }\n    }\n    viewerCan {\n      actions\n      divisionScoped\n      readRegistry\n      changeOwnPassword\n      registerFacilities\n      reviewFacilities\n      editFacilitiesDirectly\n      closeFacilities\n      restoreFacilities\n      uploadFacilities\n      importApprovedFacilities\n      manageMedicalInstitutions\n      manageAgreements\n      manageResidentialAreas\n      runAnalyses\n      readAuditLog\n      manageDivisions\n      manageUsers\n      openPlanner\n      openStations\n      openAgreements\n      readWorkers\n      manageWorkers\n      readWorkerIdNumbers\n      manageEmployers\n      importDishonestyList\n      manageTalentLibraries\n      readWorkforceFigures\n      openWorkforce\n    }\n  }\n"): (typeof documents)["\n  query ShellMe {\n    me {\n      id\n      username\n      displayName\n      role\n      division {\n        id\n        name\n      }\n    }\n    viewerCan {\n      actions\n      divisionScoped\n      readRegistry\n      changeOwnPassword\n      registerFacilities\n      reviewFacilities\n      editFacilitiesDirectly\n      closeFacilities\n      restoreFacilities\n      uploadFacilities\n      importApprovedFacilities\n      manageMedicalInstitutions\n      manageAgreements\n      manageResidentialAreas\n      runAnalyses\n      readAuditLog\n      manageDivisions\n      manageUsers\n      openPlanner\n      openStations\n      openAgreements\n      readWorkers\n      manageWorkers\n      readWorkerIdNumbers\n      manageEmployers\n      importDishonestyList\n      manageTalentLibraries\n      readWorkforceFigures\n      openWorkforce\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShellSignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ShellSignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        role\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShellSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation ShellSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellReviewCount {\n    reviewInboxCount\n  }\n"): (typeof documents)["\n  query ShellReviewCount {\n    reviewInboxCount\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;