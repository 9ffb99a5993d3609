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
    "\n  fragment DivisionFigures_Dashboard on DashboardFigures {\n    division { id name level }\n    olderPopulation\n    beds\n    nursingBeds\n    occupiedBeds\n    occupancyRate\n    careInstitutions\n    signedCareInstitutions\n    signingCoverage\n    facilityCounts { kind status count }\n  }\n": typeof types.DivisionFigures_DashboardFragmentDoc,
    "\n  query DivisionFigures($id: ID) {\n    dashboard(divisionId: $id) {\n      ...DivisionFigures_Dashboard\n      children { division { id name } olderPopulation }\n    }\n  }\n": typeof types.DivisionFiguresDocument,
    "\n  fragment FacilityCard_Facility on Facility {\n    id\n    name\n    kind\n    status\n    address\n    openingHours\n    phone\n    services\n    capacity { beds nursingBeds occupiedBeds dayCarePlaces mealSeats }\n    operator { name type }\n    division { id name }\n  }\n": typeof types.FacilityCard_FacilityFragmentDoc,
    "\n  query FacilityCard($id: ID!) {\n    facility(id: $id) { ...FacilityCard_Facility }\n    agreements(filter: { facilityId: $id }, first: 50) {\n      nodes { id status endsOn medical { id name } }\n    }\n  }\n": typeof types.FacilityCardDocument,
    "\n  query PlannerRegistry {\n    facilities(first: 500) { totalCount nodes { id name kind status location } }\n    medicalInstitutions(first: 500) { totalCount nodes { id name kind location } }\n  }\n": typeof types.PlannerRegistryDocument,
};
const documents: Documents = {
    "\n  fragment DivisionFigures_Dashboard on DashboardFigures {\n    division { id name level }\n    olderPopulation\n    beds\n    nursingBeds\n    occupiedBeds\n    occupancyRate\n    careInstitutions\n    signedCareInstitutions\n    signingCoverage\n    facilityCounts { kind status count }\n  }\n": types.DivisionFigures_DashboardFragmentDoc,
    "\n  query DivisionFigures($id: ID) {\n    dashboard(divisionId: $id) {\n      ...DivisionFigures_Dashboard\n      children { division { id name } olderPopulation }\n    }\n  }\n": types.DivisionFiguresDocument,
    "\n  fragment FacilityCard_Facility on Facility {\n    id\n    name\n    kind\n    status\n    address\n    openingHours\n    phone\n    services\n    capacity { beds nursingBeds occupiedBeds dayCarePlaces mealSeats }\n    operator { name type }\n    division { id name }\n  }\n": types.FacilityCard_FacilityFragmentDoc,
    "\n  query FacilityCard($id: ID!) {\n    facility(id: $id) { ...FacilityCard_Facility }\n    agreements(filter: { facilityId: $id }, first: 50) {\n      nodes { id status endsOn medical { id name } }\n    }\n  }\n": types.FacilityCardDocument,
    "\n  query PlannerRegistry {\n    facilities(first: 500) { totalCount nodes { id name kind status location } }\n    medicalInstitutions(first: 500) { totalCount nodes { id name kind location } }\n  }\n": types.PlannerRegistryDocument,
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
export function graphql(source: "\n  fragment DivisionFigures_Dashboard on DashboardFigures {\n    division { id name level }\n    olderPopulation\n    beds\n    nursingBeds\n    occupiedBeds\n    occupancyRate\n    careInstitutions\n    signedCareInstitutions\n    signingCoverage\n    facilityCounts { kind status count }\n  }\n"): (typeof documents)["\n  fragment DivisionFigures_Dashboard on DashboardFigures {\n    division { id name level }\n    olderPopulation\n    beds\n    nursingBeds\n    occupiedBeds\n    occupancyRate\n    careInstitutions\n    signedCareInstitutions\n    signingCoverage\n    facilityCounts { kind status count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DivisionFigures($id: ID) {\n    dashboard(divisionId: $id) {\n      ...DivisionFigures_Dashboard\n      children { division { id name } olderPopulation }\n    }\n  }\n"): (typeof documents)["\n  query DivisionFigures($id: ID) {\n    dashboard(divisionId: $id) {\n      ...DivisionFigures_Dashboard\n      children { division { id name } olderPopulation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FacilityCard_Facility on Facility {\n    id\n    name\n    kind\n    status\n    address\n    openingHours\n    phone\n    services\n    capacity { beds nursingBeds occupiedBeds dayCarePlaces mealSeats }\n    operator { name type }\n    division { id name }\n  }\n"): (typeof documents)["\n  fragment FacilityCard_Facility on Facility {\n    id\n    name\n    kind\n    status\n    address\n    openingHours\n    phone\n    services\n    capacity { beds nursingBeds occupiedBeds dayCarePlaces mealSeats }\n    operator { name type }\n    division { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityCard($id: ID!) {\n    facility(id: $id) { ...FacilityCard_Facility }\n    agreements(filter: { facilityId: $id }, first: 50) {\n      nodes { id status endsOn medical { id name } }\n    }\n  }\n"): (typeof documents)["\n  query FacilityCard($id: ID!) {\n    facility(id: $id) { ...FacilityCard_Facility }\n    agreements(filter: { facilityId: $id }, first: 50) {\n      nodes { id status endsOn medical { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerRegistry {\n    facilities(first: 500) { totalCount nodes { id name kind status location } }\n    medicalInstitutions(first: 500) { totalCount nodes { id name kind location } }\n  }\n"): (typeof documents)["\n  query PlannerRegistry {\n    facilities(first: 500) { totalCount nodes { id name kind status location } }\n    medicalInstitutions(first: 500) { totalCount nodes { id name kind location } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;