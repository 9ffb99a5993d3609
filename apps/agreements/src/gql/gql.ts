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
    "\n  query AgreementsOverview($after: String) {\n    agreements(first: 120, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AgreementRow_CareAgreement\n      }\n    }\n  }\n": typeof types.AgreementsOverviewDocument,
    "\n  query AgreementParties {\n    medicalInstitutions(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        location\n      }\n    }\n  }\n": typeof types.AgreementPartiesDocument,
    "\n  query CareInstitutions {\n    facilities(filter: { kinds: [CARE_INSTITUTION] }, first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        status\n        location\n      }\n    }\n  }\n": typeof types.CareInstitutionsDocument,
    "\n  query EmergencyResponse {\n    emergencyResponseMeters\n  }\n": typeof types.EmergencyResponseDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      status\n      ...AgreementRow_CareAgreement\n    }\n  }\n": typeof types.CreateAgreementDocument,
    "\n  fragment AgreementRow_CareAgreement on CareAgreement {\n    id\n    code\n    status\n    startsOn\n    endsOn\n    services\n    straightLineMeters\n    walkingMeters\n    terminationReason\n    version\n    medical {\n      id\n      name\n    }\n    facility {\n      id\n      name\n    }\n    viewerCanModify\n  }\n": typeof types.AgreementRow_CareAgreementFragmentDoc,
    "\n  mutation RenewAgreement($input: RenewAgreementInput!) {\n    renewAgreement(input: $input) {\n      id\n      status\n      ...AgreementRow_CareAgreement\n    }\n  }\n": typeof types.RenewAgreementDocument,
    "\n  mutation TerminateAgreement($id: ID!, $version: Int!, $reason: String!) {\n    terminateAgreement(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      ...AgreementRow_CareAgreement\n    }\n  }\n": typeof types.TerminateAgreementDocument,
    "\n  query SigningCoverage {\n    dashboard {\n      signingCoverage\n      signedCareInstitutions\n      careInstitutions\n      children {\n        division {\n          id\n          name\n        }\n        signingCoverage\n        signedCareInstitutions\n        careInstitutions\n      }\n    }\n  }\n": typeof types.SigningCoverageDocument,
};
const documents: Documents = {
    "\n  query AgreementsOverview($after: String) {\n    agreements(first: 120, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AgreementRow_CareAgreement\n      }\n    }\n  }\n": types.AgreementsOverviewDocument,
    "\n  query AgreementParties {\n    medicalInstitutions(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        location\n      }\n    }\n  }\n": types.AgreementPartiesDocument,
    "\n  query CareInstitutions {\n    facilities(filter: { kinds: [CARE_INSTITUTION] }, first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        status\n        location\n      }\n    }\n  }\n": types.CareInstitutionsDocument,
    "\n  query EmergencyResponse {\n    emergencyResponseMeters\n  }\n": types.EmergencyResponseDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      status\n      ...AgreementRow_CareAgreement\n    }\n  }\n": types.CreateAgreementDocument,
    "\n  fragment AgreementRow_CareAgreement on CareAgreement {\n    id\n    code\n    status\n    startsOn\n    endsOn\n    services\n    straightLineMeters\n    walkingMeters\n    terminationReason\n    version\n    medical {\n      id\n      name\n    }\n    facility {\n      id\n      name\n    }\n    viewerCanModify\n  }\n": types.AgreementRow_CareAgreementFragmentDoc,
    "\n  mutation RenewAgreement($input: RenewAgreementInput!) {\n    renewAgreement(input: $input) {\n      id\n      status\n      ...AgreementRow_CareAgreement\n    }\n  }\n": types.RenewAgreementDocument,
    "\n  mutation TerminateAgreement($id: ID!, $version: Int!, $reason: String!) {\n    terminateAgreement(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      ...AgreementRow_CareAgreement\n    }\n  }\n": types.TerminateAgreementDocument,
    "\n  query SigningCoverage {\n    dashboard {\n      signingCoverage\n      signedCareInstitutions\n      careInstitutions\n      children {\n        division {\n          id\n          name\n        }\n        signingCoverage\n        signedCareInstitutions\n        careInstitutions\n      }\n    }\n  }\n": types.SigningCoverageDocument,
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
export function graphql(source: "\n  query AgreementsOverview($after: String) {\n    agreements(first: 120, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AgreementRow_CareAgreement\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgreementsOverview($after: String) {\n    agreements(first: 120, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AgreementRow_CareAgreement\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementParties {\n    medicalInstitutions(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        location\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgreementParties {\n    medicalInstitutions(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        location\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareInstitutions {\n    facilities(filter: { kinds: [CARE_INSTITUTION] }, first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        status\n        location\n      }\n    }\n  }\n"): (typeof documents)["\n  query CareInstitutions {\n    facilities(filter: { kinds: [CARE_INSTITUTION] }, first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        status\n        location\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmergencyResponse {\n    emergencyResponseMeters\n  }\n"): (typeof documents)["\n  query EmergencyResponse {\n    emergencyResponseMeters\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      status\n      ...AgreementRow_CareAgreement\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      status\n      ...AgreementRow_CareAgreement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementRow_CareAgreement on CareAgreement {\n    id\n    code\n    status\n    startsOn\n    endsOn\n    services\n    straightLineMeters\n    walkingMeters\n    terminationReason\n    version\n    medical {\n      id\n      name\n    }\n    facility {\n      id\n      name\n    }\n    viewerCanModify\n  }\n"): (typeof documents)["\n  fragment AgreementRow_CareAgreement on CareAgreement {\n    id\n    code\n    status\n    startsOn\n    endsOn\n    services\n    straightLineMeters\n    walkingMeters\n    terminationReason\n    version\n    medical {\n      id\n      name\n    }\n    facility {\n      id\n      name\n    }\n    viewerCanModify\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewAgreement($input: RenewAgreementInput!) {\n    renewAgreement(input: $input) {\n      id\n      status\n      ...AgreementRow_CareAgreement\n    }\n  }\n"): (typeof documents)["\n  mutation RenewAgreement($input: RenewAgreementInput!) {\n    renewAgreement(input: $input) {\n      id\n      status\n      ...AgreementRow_CareAgreement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateAgreement($id: ID!, $version: Int!, $reason: String!) {\n    terminateAgreement(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      ...AgreementRow_CareAgreement\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateAgreement($id: ID!, $version: Int!, $reason: String!) {\n    terminateAgreement(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      ...AgreementRow_CareAgreement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SigningCoverage {\n    dashboard {\n      signingCoverage\n      signedCareInstitutions\n      careInstitutions\n      children {\n        division {\n          id\n          name\n        }\n        signingCoverage\n        signedCareInstitutions\n        careInstitutions\n      }\n    }\n  }\n"): (typeof documents)["\n  query SigningCoverage {\n    dashboard {\n      signingCoverage\n      signedCareInstitutions\n      careInstitutions\n      children {\n        division {\n          id\n          name\n        }\n        signingCoverage\n        signedCareInstitutions\n        careInstitutions\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;