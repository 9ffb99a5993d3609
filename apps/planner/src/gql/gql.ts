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
    "\n  query DivisionCoverage($divisionId: ID, $minutes: Float, $speed: Float) {\n    coverage(divisionId: $divisionId, minutes: $minutes, speed: $speed) {\n      method\n      meters\n      completeCircles\n      circleTarget\n      straightLineAreas\n      groups {\n        group\n        coveredOlder\n        totalOlder\n        share\n      }\n    }\n  }\n": typeof types.DivisionCoverageDocument,
    "\n  query FacilityIsochrones($ids: [ID!]!, $speed: Float) {\n    isochrones(facilityIds: $ids, minutes: [5, 10, 15], speed: $speed)\n  }\n": typeof types.FacilityIsochronesDocument,
    "\n  query GapZones($divisionId: ID, $minutes: Float, $speed: Float) {\n    gapZones(group: STATION_OR_CENTER, divisionId: $divisionId, minutes: $minutes, speed: $speed, limit: 100) {\n      rank\n      uncoveredOlder\n      areaCount\n      worstMeters\n      residentialAreaIds\n      communityNames\n      geometry\n      residentialAreas {\n        id\n        name\n        olderResidents\n        location\n      }\n    }\n  }\n": typeof types.GapZonesDocument,
    "\n  query CompareScenario($changes: [ScenarioChangeInput!], $minutes: Float, $speed: Float) {\n    compareScenario(changes: $changes, minutes: $minutes, speed: $speed) {\n      baseline {\n        completeCircles\n        groups {\n          group\n          coveredOlder\n          totalOlder\n          share\n        }\n      }\n      scenario {\n        completeCircles\n        groups {\n          group\n          coveredOlder\n          totalOlder\n          share\n        }\n      }\n      changedAreas {\n        residentialAreaId\n        group\n        older\n        coveredBefore\n        coveredAfter\n      }\n    }\n  }\n": typeof types.CompareScenarioDocument,
    "\n  mutation StartSiteSuggestion($k: Int!, $divisionId: ID, $minutes: Float, $speed: Float) {\n    startSiteSuggestion(k: $k, group: STATION_OR_CENTER, divisionId: $divisionId, minutes: $minutes, speed: $speed) {\n      id\n      status\n      progress\n      stage\n    }\n  }\n": typeof types.StartSiteSuggestionDocument,
    "\n  mutation CancelAnalysisJob($id: ID!) {\n    cancelAnalysisJob(id: $id) {\n      id\n      status\n      progress\n      stage\n      error\n    }\n  }\n": typeof types.CancelAnalysisJobDocument,
    "\n  query SiteSuggestionJob($id: ID!) {\n    analysisJob(id: $id) {\n      id\n      status\n      progress\n      stage\n      error\n      siteSuggestion {\n        newlyCoveredOlder\n        uncoveredOlderBefore\n        solver\n        optimal\n        gap\n        sites {\n          rank\n          newlyCoveredOlder\n          location\n          nearestRoad\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SiteSuggestionJobDocument,
    "\n  query PlannerWalkingDefaults {\n    coverage {\n      minutes\n      speed\n    }\n  }\n": typeof types.PlannerWalkingDefaultsDocument,
    "\n  fragment DivisionFigures_Dashboard on DashboardFigures {\n    division {\n      id\n      name\n      level\n    }\n    olderPopulation\n    beds\n    nursingBeds\n    occupiedBeds\n    occupancyRate\n    careInstitutions\n    signedCareInstitutions\n    signingCoverage\n    facilityCounts {\n      kind\n      status\n      count\n    }\n  }\n": typeof types.DivisionFigures_DashboardFragmentDoc,
    "\n  query DivisionFigures($id: ID) {\n    dashboard(divisionId: $id) {\n      ...DivisionFigures_Dashboard\n      children {\n        division {\n          id\n          name\n        }\n        olderPopulation\n      }\n    }\n  }\n": typeof types.DivisionFiguresDocument,
    "\n  query PlannerRanking($minutes: Float, $speed: Float) {\n    coverage(minutes: $minutes, speed: $speed) {\n      completeCircles\n      circleTarget\n      children {\n        division {\n          id\n          name\n          level\n        }\n        completeCircles\n        groups {\n          group\n          coveredOlder\n          totalOlder\n          share\n        }\n      }\n    }\n  }\n": typeof types.PlannerRankingDocument,
    "\n  fragment FacilityCard_Facility on Facility {\n    id\n    name\n    kind\n    status\n    address\n    openingHours\n    phone\n    services\n    capacity {\n      beds\n      nursingBeds\n      occupiedBeds\n      dayCarePlaces\n      mealSeats\n    }\n    operator {\n      name\n      type\n    }\n    division {\n      id\n      name\n    }\n  }\n": typeof types.FacilityCard_FacilityFragmentDoc,
    "\n  query FacilityCard($id: ID!) {\n    facility(id: $id) {\n      ...FacilityCard_Facility\n    }\n    agreements(filter: { facilityId: $id }, first: 50) {\n      nodes {\n        id\n        status\n        endsOn\n        medical {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FacilityCardDocument,
    "\n  query PlannerFacilities {\n    facilities(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        status\n        location\n      }\n    }\n  }\n": typeof types.PlannerFacilitiesDocument,
    "\n  query PlannerMedical {\n    medicalInstitutions(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        location\n      }\n    }\n  }\n": typeof types.PlannerMedicalDocument,
    "\n  query PlannerDivisionBounds {\n    divisions(filter: { levels: [STREET, TOWN] }, first: 200) {\n      nodes {\n        id\n        boundary\n      }\n    }\n  }\n": typeof types.PlannerDivisionBoundsDocument,
};
const documents: Documents = {
    "\n  query DivisionCoverage($divisionId: ID, $minutes: Float, $speed: Float) {\n    coverage(divisionId: $divisionId, minutes: $minutes, speed: $speed) {\n      method\n      meters\n      completeCircles\n      circleTarget\n      straightLineAreas\n      groups {\n        group\n        coveredOlder\n        totalOlder\n        share\n      }\n    }\n  }\n": types.DivisionCoverageDocument,
    "\n  query FacilityIsochrones($ids: [ID!]!, $speed: Float) {\n    isochrones(facilityIds: $ids, minutes: [5, 10, 15], speed: $speed)\n  }\n": types.FacilityIsochronesDocument,
    "\n  query GapZones($divisionId: ID, $minutes: Float, $speed: Float) {\n    gapZones(group: STATION_OR_CENTER, divisionId: $divisionId, minutes: $minutes, speed: $speed, limit: 100) {\n      rank\n      uncoveredOlder\n      areaCount\n      worstMeters\n      residentialAreaIds\n      communityNames\n      geometry\n      residentialAreas {\n        id\n        name\n        olderResidents\n        location\n      }\n    }\n  }\n": types.GapZonesDocument,
    "\n  query CompareScenario($changes: [ScenarioChangeInput!], $minutes: Float, $speed: Float) {\n    compareScenario(changes: $changes, minutes: $minutes, speed: $speed) {\n      baseline {\n        completeCircles\n        groups {\n          group\n          coveredOlder\n          totalOlder\n          share\n        }\n      }\n      scenario {\n        completeCircles\n        groups {\n          group\n          coveredOlder\n          totalOlder\n          share\n        }\n      }\n      changedAreas {\n        residentialAreaId\n        group\n        older\n        coveredBefore\n        coveredAfter\n      }\n    }\n  }\n": types.CompareScenarioDocument,
    "\n  mutation StartSiteSuggestion($k: Int!, $divisionId: ID, $minutes: Float, $speed: Float) {\n    startSiteSuggestion(k: $k, group: STATION_OR_CENTER, divisionId: $divisionId, minutes: $minutes, speed: $speed) {\n      id\n      status\n      progress\n      stage\n    }\n  }\n": types.StartSiteSuggestionDocument,
    "\n  mutation CancelAnalysisJob($id: ID!) {\n    cancelAnalysisJob(id: $id) {\n      id\n      status\n      progress\n      stage\n      error\n    }\n  }\n": types.CancelAnalysisJobDocument,
    "\n  query SiteSuggestionJob($id: ID!) {\n    analysisJob(id: $id) {\n      id\n      status\n      progress\n      stage\n      error\n      siteSuggestion {\n        newlyCoveredOlder\n        uncoveredOlderBefore\n        solver\n        optimal\n        gap\n        sites {\n          rank\n          newlyCoveredOlder\n          location\n          nearestRoad\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SiteSuggestionJobDocument,
    "\n  query PlannerWalkingDefaults {\n    coverage {\n      minutes\n      speed\n    }\n  }\n": types.PlannerWalkingDefaultsDocument,
    "\n  fragment DivisionFigures_Dashboard on DashboardFigures {\n    division {\n      id\n      name\n      level\n    }\n    olderPopulation\n    beds\n    nursingBeds\n    occupiedBeds\n    occupancyRate\n    careInstitutions\n    signedCareInstitutions\n    signingCoverage\n    facilityCounts {\n      kind\n      status\n      count\n    }\n  }\n": types.DivisionFigures_DashboardFragmentDoc,
    "\n  query DivisionFigures($id: ID) {\n    dashboard(divisionId: $id) {\n      ...DivisionFigures_Dashboard\n      children {\n        division {\n          id\n          name\n        }\n        olderPopulation\n      }\n    }\n  }\n": types.DivisionFiguresDocument,
    "\n  query PlannerRanking($minutes: Float, $speed: Float) {\n    coverage(minutes: $minutes, speed: $speed) {\n      completeCircles\n      circleTarget\n      children {\n        division {\n          id\n          name\n          level\n        }\n        completeCircles\n        groups {\n          group\n          coveredOlder\n          totalOlder\n          share\n        }\n      }\n    }\n  }\n": types.PlannerRankingDocument,
    "\n  fragment FacilityCard_Facility on Facility {\n    id\n    name\n    kind\n    status\n    address\n    openingHours\n    phone\n    services\n    capacity {\n      beds\n      nursingBeds\n      occupiedBeds\n      dayCarePlaces\n      mealSeats\n    }\n    operator {\n      name\n      type\n    }\n    division {\n      id\n      name\n    }\n  }\n": types.FacilityCard_FacilityFragmentDoc,
    "\n  query FacilityCard($id: ID!) {\n    facility(id: $id) {\n      ...FacilityCard_Facility\n    }\n    agreements(filter: { facilityId: $id }, first: 50) {\n      nodes {\n        id\n        status\n        endsOn\n        medical {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FacilityCardDocument,
    "\n  query PlannerFacilities {\n    facilities(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        status\n        location\n      }\n    }\n  }\n": types.PlannerFacilitiesDocument,
    "\n  query PlannerMedical {\n    medicalInstitutions(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        location\n      }\n    }\n  }\n": types.PlannerMedicalDocument,
    "\n  query PlannerDivisionBounds {\n    divisions(filter: { levels: [STREET, TOWN] }, first: 200) {\n      nodes {\n        id\n        boundary\n      }\n    }\n  }\n": types.PlannerDivisionBoundsDocument,
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
export function graphql(source: "\n  query DivisionCoverage($divisionId: ID, $minutes: Float, $speed: Float) {\n    coverage(divisionId: $divisionId, minutes: $minutes, speed: $speed) {\n      method\n      meters\n      completeCircles\n      circleTarget\n      straightLineAreas\n      groups {\n        group\n        coveredOlder\n        totalOlder\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query DivisionCoverage($divisionId: ID, $minutes: Float, $speed: Float) {\n    coverage(divisionId: $divisionId, minutes: $minutes, speed: $speed) {\n      method\n      meters\n      completeCircles\n      circleTarget\n      straightLineAreas\n      groups {\n        group\n        coveredOlder\n        totalOlder\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityIsochrones($ids: [ID!]!, $speed: Float) {\n    isochrones(facilityIds: $ids, minutes: [5, 10, 15], speed: $speed)\n  }\n"): (typeof documents)["\n  query FacilityIsochrones($ids: [ID!]!, $speed: Float) {\n    isochrones(facilityIds: $ids, minutes: [5, 10, 15], speed: $speed)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapZones($divisionId: ID, $minutes: Float, $speed: Float) {\n    gapZones(group: STATION_OR_CENTER, divisionId: $divisionId, minutes: $minutes, speed: $speed, limit: 100) {\n      rank\n      uncoveredOlder\n      areaCount\n      worstMeters\n      residentialAreaIds\n      communityNames\n      geometry\n      residentialAreas {\n        id\n        name\n        olderResidents\n        location\n      }\n    }\n  }\n"): (typeof documents)["\n  query GapZones($divisionId: ID, $minutes: Float, $speed: Float) {\n    gapZones(group: STATION_OR_CENTER, divisionId: $divisionId, minutes: $minutes, speed: $speed, limit: 100) {\n      rank\n      uncoveredOlder\n      areaCount\n      worstMeters\n      residentialAreaIds\n      communityNames\n      geometry\n      residentialAreas {\n        id\n        name\n        olderResidents\n        location\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareScenario($changes: [ScenarioChangeInput!], $minutes: Float, $speed: Float) {\n    compareScenario(changes: $changes, minutes: $minutes, speed: $speed) {\n      baseline {\n        completeCircles\n        groups {\n          group\n          coveredOlder\n          totalOlder\n          share\n        }\n      }\n      scenario {\n        completeCircles\n        groups {\n          group\n          coveredOlder\n          totalOlder\n          share\n        }\n      }\n      changedAreas {\n        residentialAreaId\n        group\n        older\n        coveredBefore\n        coveredAfter\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareScenario($changes: [ScenarioChangeInput!], $minutes: Float, $speed: Float) {\n    compareScenario(changes: $changes, minutes: $minutes, speed: $speed) {\n      baseline {\n        completeCircles\n        groups {\n          group\n          coveredOlder\n          totalOlder\n          share\n        }\n      }\n      scenario {\n        completeCircles\n        groups {\n          group\n          coveredOlder\n          totalOlder\n          share\n        }\n      }\n      changedAreas {\n        residentialAreaId\n        group\n        older\n        coveredBefore\n        coveredAfter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSiteSuggestion($k: Int!, $divisionId: ID, $minutes: Float, $speed: Float) {\n    startSiteSuggestion(k: $k, group: STATION_OR_CENTER, divisionId: $divisionId, minutes: $minutes, speed: $speed) {\n      id\n      status\n      progress\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation StartSiteSuggestion($k: Int!, $divisionId: ID, $minutes: Float, $speed: Float) {\n    startSiteSuggestion(k: $k, group: STATION_OR_CENTER, divisionId: $divisionId, minutes: $minutes, speed: $speed) {\n      id\n      status\n      progress\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAnalysisJob($id: ID!) {\n    cancelAnalysisJob(id: $id) {\n      id\n      status\n      progress\n      stage\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAnalysisJob($id: ID!) {\n    cancelAnalysisJob(id: $id) {\n      id\n      status\n      progress\n      stage\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteSuggestionJob($id: ID!) {\n    analysisJob(id: $id) {\n      id\n      status\n      progress\n      stage\n      error\n      siteSuggestion {\n        newlyCoveredOlder\n        uncoveredOlderBefore\n        solver\n        optimal\n        gap\n        sites {\n          rank\n          newlyCoveredOlder\n          location\n          nearestRoad\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteSuggestionJob($id: ID!) {\n    analysisJob(id: $id) {\n      id\n      status\n      progress\n      stage\n      error\n      siteSuggestion {\n        newlyCoveredOlder\n        uncoveredOlderBefore\n        solver\n        optimal\n        gap\n        sites {\n          rank\n          newlyCoveredOlder\n          location\n          nearestRoad\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerWalkingDefaults {\n    coverage {\n      minutes\n      speed\n    }\n  }\n"): (typeof documents)["\n  query PlannerWalkingDefaults {\n    coverage {\n      minutes\n      speed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DivisionFigures_Dashboard on DashboardFigures {\n    division {\n      id\n      name\n      level\n    }\n    olderPopulation\n    beds\n    nursingBeds\n    occupiedBeds\n    occupancyRate\n    careInstitutions\n    signedCareInstitutions\n    signingCoverage\n    facilityCounts {\n      kind\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment DivisionFigures_Dashboard on DashboardFigures {\n    division {\n      id\n      name\n      level\n    }\n    olderPopulation\n    beds\n    nursingBeds\n    occupiedBeds\n    occupancyRate\n    careInstitutions\n    signedCareInstitutions\n    signingCoverage\n    facilityCounts {\n      kind\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DivisionFigures($id: ID) {\n    dashboard(divisionId: $id) {\n      ...DivisionFigures_Dashboard\n      children {\n        division {\n          id\n          name\n        }\n        olderPopulation\n      }\n    }\n  }\n"): (typeof documents)["\n  query DivisionFigures($id: ID) {\n    dashboard(divisionId: $id) {\n      ...DivisionFigures_Dashboard\n      children {\n        division {\n          id\n          name\n        }\n        olderPopulation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerRanking($minutes: Float, $speed: Float) {\n    coverage(minutes: $minutes, speed: $speed) {\n      completeCircles\n      circleTarget\n      children {\n        division {\n          id\n          name\n          level\n        }\n        completeCircles\n        groups {\n          group\n          coveredOlder\n          totalOlder\n          share\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlannerRanking($minutes: Float, $speed: Float) {\n    coverage(minutes: $minutes, speed: $speed) {\n      completeCircles\n      circleTarget\n      children {\n        division {\n          id\n          name\n          level\n        }\n        completeCircles\n        groups {\n          group\n          coveredOlder\n          totalOlder\n          share\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FacilityCard_Facility on Facility {\n    id\n    name\n    kind\n    status\n    address\n    openingHours\n    phone\n    services\n    capacity {\n      beds\n      nursingBeds\n      occupiedBeds\n      dayCarePlaces\n      mealSeats\n    }\n    operator {\n      name\n      type\n    }\n    division {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FacilityCard_Facility on Facility {\n    id\n    name\n    kind\n    status\n    address\n    openingHours\n    phone\n    services\n    capacity {\n      beds\n      nursingBeds\n      occupiedBeds\n      dayCarePlaces\n      mealSeats\n    }\n    operator {\n      name\n      type\n    }\n    division {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityCard($id: ID!) {\n    facility(id: $id) {\n      ...FacilityCard_Facility\n    }\n    agreements(filter: { facilityId: $id }, first: 50) {\n      nodes {\n        id\n        status\n        endsOn\n        medical {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilityCard($id: ID!) {\n    facility(id: $id) {\n      ...FacilityCard_Facility\n    }\n    agreements(filter: { facilityId: $id }, first: 50) {\n      nodes {\n        id\n        status\n        endsOn\n        medical {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerFacilities {\n    facilities(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        status\n        location\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlannerFacilities {\n    facilities(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        status\n        location\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerMedical {\n    medicalInstitutions(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        location\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlannerMedical {\n    medicalInstitutions(first: 500) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        location\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerDivisionBounds {\n    divisions(filter: { levels: [STREET, TOWN] }, first: 200) {\n      nodes {\n        id\n        boundary\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlannerDivisionBounds {\n    divisions(filter: { levels: [STREET, TOWN] }, first: 200) {\n      nodes {\n        id\n        boundary\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;