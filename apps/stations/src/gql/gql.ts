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
    "\n  fragment StationForm_Facility on Facility {\n    id\n    version\n    name\n    kind\n    status\n    address\n    openingHours\n    phone\n    services\n    location\n    capacity {\n      beds\n      nursingBeds\n      occupiedBeds\n      dayCarePlaces\n      mealSeats\n    }\n    operator {\n      name\n      type\n    }\n    statusReason\n    viewerCanModify\n    viewerCanSubmit\n    viewerCanReview\n    viewerEditMode\n    pendingChange {\n      id\n      createdAt\n      comment\n      diff {\n        field\n        before\n        after\n      }\n    }\n    latestChange {\n      id\n      status\n      reason\n      reviewedAt\n    }\n    reviewHistory {\n      at\n      event\n      username\n      note\n      fields\n    }\n  }\n": typeof types.StationForm_FacilityFragmentDoc,
    "\n  query CheckStationLocation($p: LonLatInput!) {\n    checkLocation(location: $p) {\n      ok\n      message\n    }\n  }\n": typeof types.CheckStationLocationDocument,
    "\n  mutation CreateStation($input: CreateFacilityInput!) {\n    createFacility(input: $input) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n": typeof types.CreateStationDocument,
    "\n  mutation UpdateStation($input: UpdateFacilityInput!) {\n    updateFacility(input: $input) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n": typeof types.UpdateStationDocument,
    "\n  mutation SubmitStation($id: ID!, $version: Int!) {\n    submitFacility(id: $id, version: $version) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n": typeof types.SubmitStationDocument,
    "\n  mutation ApproveStation($id: ID!, $version: Int!) {\n    approveFacility(id: $id, version: $version) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n": typeof types.ApproveStationDocument,
    "\n  mutation RejectStation($id: ID!, $version: Int!, $reason: String!) {\n    rejectFacility(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n": typeof types.RejectStationDocument,
    "\n  fragment StationRow_Facility on Facility {\n    id\n    name\n    kind\n    status\n    address\n    updatedAt\n    version\n    division {\n      id\n      name\n    }\n  }\n": typeof types.StationRow_FacilityFragmentDoc,
    "\n  query ReviewInbox {\n    reviewInboxCount\n    reviewInbox(first: 100) {\n      totalCount\n      nodes {\n        id\n        type\n        submittedAt\n        submittedBy\n        submitterName\n        division {\n          id\n          name\n          parent {\n            id\n          }\n        }\n        facility {\n          id\n          version\n          name\n          kind\n          status\n          location\n        }\n        change {\n          id\n          version\n          comment\n        }\n        diff {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.ReviewInboxDocument,
    "\n  query ReviewItemEffect($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      coverageEffect {\n        groups {\n          group\n          coveredBefore\n          coveredAfter\n          newlyCovered\n          noLongerCovered\n        }\n        completeCirclesBefore\n        completeCirclesAfter\n        changedAreas\n      }\n    }\n  }\n": typeof types.ReviewItemEffectDocument,
    "\n  mutation InboxApproveFacility($id: ID!, $version: Int!) {\n    approveFacility(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.InboxApproveFacilityDocument,
    "\n  mutation InboxRejectFacility($id: ID!, $version: Int!, $reason: String!) {\n    rejectFacility(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.InboxRejectFacilityDocument,
    "\n  mutation InboxApproveChange($id: ID!, $version: Int!) {\n    approveFacilityChange(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.InboxApproveChangeDocument,
    "\n  mutation InboxRejectChange($id: ID!, $version: Int!, $reason: String!) {\n    rejectFacilityChange(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n": typeof types.InboxRejectChangeDocument,
    "\n  query StreetOffices {\n    divisions(filter: { levels: [STREET, TOWN] }, first: 100) {\n      nodes {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.StreetOfficesDocument,
    "\n  query StationsOfDivision($divisionId: ID!) {\n    division(id: $divisionId) {\n      id\n      name\n      boundary\n    }\n    facilities(filter: { divisionId: $divisionId }, first: 200) {\n      totalCount\n      nodes {\n        location\n        ...StationRow_Facility\n      }\n    }\n  }\n": typeof types.StationsOfDivisionDocument,
    "\n  query StationForEdit($id: ID!) {\n    facility(id: $id) {\n      ...StationForm_Facility\n    }\n  }\n": typeof types.StationForEditDocument,
    "\n  query ReviewInboxCount {\n    reviewInboxCount\n  }\n": typeof types.ReviewInboxCountDocument,
    "\n  mutation SubmitDrafts($ids: [ID!]!) {\n    submitFacilities(ids: $ids) {\n      id\n      status\n      ...StationRow_Facility\n    }\n  }\n": typeof types.SubmitDraftsDocument,
};
const documents: Documents = {
    "\n  fragment StationForm_Facility on Facility {\n    id\n    version\n    name\n    kind\n    status\n    address\n    openingHours\n    phone\n    services\n    location\n    capacity {\n      beds\n      nursingBeds\n      occupiedBeds\n      dayCarePlaces\n      mealSeats\n    }\n    operator {\n      name\n      type\n    }\n    statusReason\n    viewerCanModify\n    viewerCanSubmit\n    viewerCanReview\n    viewerEditMode\n    pendingChange {\n      id\n      createdAt\n      comment\n      diff {\n        field\n        before\n        after\n      }\n    }\n    latestChange {\n      id\n      status\n      reason\n      reviewedAt\n    }\n    reviewHistory {\n      at\n      event\n      username\n      note\n      fields\n    }\n  }\n": types.StationForm_FacilityFragmentDoc,
    "\n  query CheckStationLocation($p: LonLatInput!) {\n    checkLocation(location: $p) {\n      ok\n      message\n    }\n  }\n": types.CheckStationLocationDocument,
    "\n  mutation CreateStation($input: CreateFacilityInput!) {\n    createFacility(input: $input) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n": types.CreateStationDocument,
    "\n  mutation UpdateStation($input: UpdateFacilityInput!) {\n    updateFacility(input: $input) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n": types.UpdateStationDocument,
    "\n  mutation SubmitStation($id: ID!, $version: Int!) {\n    submitFacility(id: $id, version: $version) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n": types.SubmitStationDocument,
    "\n  mutation ApproveStation($id: ID!, $version: Int!) {\n    approveFacility(id: $id, version: $version) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n": types.ApproveStationDocument,
    "\n  mutation RejectStation($id: ID!, $version: Int!, $reason: String!) {\n    rejectFacility(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n": types.RejectStationDocument,
    "\n  fragment StationRow_Facility on Facility {\n    id\n    name\n    kind\n    status\n    address\n    updatedAt\n    version\n    division {\n      id\n      name\n    }\n  }\n": types.StationRow_FacilityFragmentDoc,
    "\n  query ReviewInbox {\n    reviewInboxCount\n    reviewInbox(first: 100) {\n      totalCount\n      nodes {\n        id\n        type\n        submittedAt\n        submittedBy\n        submitterName\n        division {\n          id\n          name\n          parent {\n            id\n          }\n        }\n        facility {\n          id\n          version\n          name\n          kind\n          status\n          location\n        }\n        change {\n          id\n          version\n          comment\n        }\n        diff {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.ReviewInboxDocument,
    "\n  query ReviewItemEffect($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      coverageEffect {\n        groups {\n          group\n          coveredBefore\n          coveredAfter\n          newlyCovered\n          noLongerCovered\n        }\n        completeCirclesBefore\n        completeCirclesAfter\n        changedAreas\n      }\n    }\n  }\n": types.ReviewItemEffectDocument,
    "\n  mutation InboxApproveFacility($id: ID!, $version: Int!) {\n    approveFacility(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n": types.InboxApproveFacilityDocument,
    "\n  mutation InboxRejectFacility($id: ID!, $version: Int!, $reason: String!) {\n    rejectFacility(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.InboxRejectFacilityDocument,
    "\n  mutation InboxApproveChange($id: ID!, $version: Int!) {\n    approveFacilityChange(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n": types.InboxApproveChangeDocument,
    "\n  mutation InboxRejectChange($id: ID!, $version: Int!, $reason: String!) {\n    rejectFacilityChange(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n": types.InboxRejectChangeDocument,
    "\n  query StreetOffices {\n    divisions(filter: { levels: [STREET, TOWN] }, first: 100) {\n      nodes {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.StreetOfficesDocument,
    "\n  query StationsOfDivision($divisionId: ID!) {\n    division(id: $divisionId) {\n      id\n      name\n      boundary\n    }\n    facilities(filter: { divisionId: $divisionId }, first: 200) {\n      totalCount\n      nodes {\n        location\n        ...StationRow_Facility\n      }\n    }\n  }\n": types.StationsOfDivisionDocument,
    "\n  query StationForEdit($id: ID!) {\n    facility(id: $id) {\n      ...StationForm_Facility\n    }\n  }\n": types.StationForEditDocument,
    "\n  query ReviewInboxCount {\n    reviewInboxCount\n  }\n": types.ReviewInboxCountDocument,
    "\n  mutation SubmitDrafts($ids: [ID!]!) {\n    submitFacilities(ids: $ids) {\n      id\n      status\n      ...StationRow_Facility\n    }\n  }\n": types.SubmitDraftsDocument,
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
export function graphql(source: "\n  fragment StationForm_Facility on Facility {\n    id\n    version\n    name\n    kind\n    status\n    address\n    openingHours\n    phone\n    services\n    location\n    capacity {\n      beds\n      nursingBeds\n      occupiedBeds\n      dayCarePlaces\n      mealSeats\n    }\n    operator {\n      name\n      type\n    }\n    statusReason\n    viewerCanModify\n    viewerCanSubmit\n    viewerCanReview\n    viewerEditMode\n    pendingChange {\n      id\n      createdAt\n      comment\n      diff {\n        field\n        before\n        after\n      }\n    }\n    latestChange {\n      id\n      status\n      reason\n      reviewedAt\n    }\n    reviewHistory {\n      at\n      event\n      username\n      note\n      fields\n    }\n  }\n"): (typeof documents)["\n  fragment StationForm_Facility on Facility {\n    id\n    version\n    name\n    kind\n    status\n    address\n    openingHours\n    phone\n    services\n    location\n    capacity {\n      beds\n      nursingBeds\n      occupiedBeds\n      dayCarePlaces\n      mealSeats\n    }\n    operator {\n      name\n      type\n    }\n    statusReason\n    viewerCanModify\n    viewerCanSubmit\n    viewerCanReview\n    viewerEditMode\n    pendingChange {\n      id\n      createdAt\n      comment\n      diff {\n        field\n        before\n        after\n      }\n    }\n    latestChange {\n      id\n      status\n      reason\n      reviewedAt\n    }\n    reviewHistory {\n      at\n      event\n      username\n      note\n      fields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckStationLocation($p: LonLatInput!) {\n    checkLocation(location: $p) {\n      ok\n      message\n    }\n  }\n"): (typeof documents)["\n  query CheckStationLocation($p: LonLatInput!) {\n    checkLocation(location: $p) {\n      ok\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStation($input: CreateFacilityInput!) {\n    createFacility(input: $input) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStation($input: CreateFacilityInput!) {\n    createFacility(input: $input) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStation($input: UpdateFacilityInput!) {\n    updateFacility(input: $input) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStation($input: UpdateFacilityInput!) {\n    updateFacility(input: $input) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitStation($id: ID!, $version: Int!) {\n    submitFacility(id: $id, version: $version) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitStation($id: ID!, $version: Int!) {\n    submitFacility(id: $id, version: $version) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveStation($id: ID!, $version: Int!) {\n    approveFacility(id: $id, version: $version) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveStation($id: ID!, $version: Int!) {\n    approveFacility(id: $id, version: $version) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectStation($id: ID!, $version: Int!, $reason: String!) {\n    rejectFacility(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n"): (typeof documents)["\n  mutation RejectStation($id: ID!, $version: Int!, $reason: String!) {\n    rejectFacility(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      ...StationForm_Facility\n      ...StationRow_Facility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StationRow_Facility on Facility {\n    id\n    name\n    kind\n    status\n    address\n    updatedAt\n    version\n    division {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StationRow_Facility on Facility {\n    id\n    name\n    kind\n    status\n    address\n    updatedAt\n    version\n    division {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewInbox {\n    reviewInboxCount\n    reviewInbox(first: 100) {\n      totalCount\n      nodes {\n        id\n        type\n        submittedAt\n        submittedBy\n        submitterName\n        division {\n          id\n          name\n          parent {\n            id\n          }\n        }\n        facility {\n          id\n          version\n          name\n          kind\n          status\n          location\n        }\n        change {\n          id\n          version\n          comment\n        }\n        diff {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewInbox {\n    reviewInboxCount\n    reviewInbox(first: 100) {\n      totalCount\n      nodes {\n        id\n        type\n        submittedAt\n        submittedBy\n        submitterName\n        division {\n          id\n          name\n          parent {\n            id\n          }\n        }\n        facility {\n          id\n          version\n          name\n          kind\n          status\n          location\n        }\n        change {\n          id\n          version\n          comment\n        }\n        diff {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewItemEffect($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      coverageEffect {\n        groups {\n          group\n          coveredBefore\n          coveredAfter\n          newlyCovered\n          noLongerCovered\n        }\n        completeCirclesBefore\n        completeCirclesAfter\n        changedAreas\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewItemEffect($id: ID!) {\n    reviewItem(id: $id) {\n      id\n      coverageEffect {\n        groups {\n          group\n          coveredBefore\n          coveredAfter\n          newlyCovered\n          noLongerCovered\n        }\n        completeCirclesBefore\n        completeCirclesAfter\n        changedAreas\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxApproveFacility($id: ID!, $version: Int!) {\n    approveFacility(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InboxApproveFacility($id: ID!, $version: Int!) {\n    approveFacility(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxRejectFacility($id: ID!, $version: Int!, $reason: String!) {\n    rejectFacility(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation InboxRejectFacility($id: ID!, $version: Int!, $reason: String!) {\n    rejectFacility(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxApproveChange($id: ID!, $version: Int!) {\n    approveFacilityChange(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InboxApproveChange($id: ID!, $version: Int!) {\n    approveFacilityChange(id: $id, version: $version) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxRejectChange($id: ID!, $version: Int!, $reason: String!) {\n    rejectFacilityChange(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation InboxRejectChange($id: ID!, $version: Int!, $reason: String!) {\n    rejectFacilityChange(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StreetOffices {\n    divisions(filter: { levels: [STREET, TOWN] }, first: 100) {\n      nodes {\n        id\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query StreetOffices {\n    divisions(filter: { levels: [STREET, TOWN] }, first: 100) {\n      nodes {\n        id\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationsOfDivision($divisionId: ID!) {\n    division(id: $divisionId) {\n      id\n      name\n      boundary\n    }\n    facilities(filter: { divisionId: $divisionId }, first: 200) {\n      totalCount\n      nodes {\n        location\n        ...StationRow_Facility\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationsOfDivision($divisionId: ID!) {\n    division(id: $divisionId) {\n      id\n      name\n      boundary\n    }\n    facilities(filter: { divisionId: $divisionId }, first: 200) {\n      totalCount\n      nodes {\n        location\n        ...StationRow_Facility\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationForEdit($id: ID!) {\n    facility(id: $id) {\n      ...StationForm_Facility\n    }\n  }\n"): (typeof documents)["\n  query StationForEdit($id: ID!) {\n    facility(id: $id) {\n      ...StationForm_Facility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewInboxCount {\n    reviewInboxCount\n  }\n"): (typeof documents)["\n  query ReviewInboxCount {\n    reviewInboxCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDrafts($ids: [ID!]!) {\n    submitFacilities(ids: $ids) {\n      id\n      status\n      ...StationRow_Facility\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDrafts($ids: [ID!]!) {\n    submitFacilities(ids: $ids) {\n      id\n      status\n      ...StationRow_Facility\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;