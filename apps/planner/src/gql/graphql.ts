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

/** What coverage is measured for: one facility kind, a station or centre, a medical institution, or the complete circle. */
export type CoverageGroup =
  /** 养老机构 */
  | 'CARE_INSTITUTION'
  /** 社区养老服务站 */
  | 'COMMUNITY_STATION'
  /** Complete circle: within the threshold of a station or centre AND of a medical institution (完整服务圈). */
  | 'COMPLETE_CIRCLE'
  /** Any medical institution (医疗机构). */
  | 'MEDICAL'
  /** 村级互助养老点 */
  | 'MUTUAL_AID_POINT'
  /** 户外养老服务综合体 */
  | 'OUTDOOR_HUB'
  /** A community station or a street/town centre (社区养老服务站或街道/镇养老服务中心). */
  | 'STATION_OR_CENTER'
  /** 街道养老服务中心 */
  | 'STREET_CENTER'
  /** 镇养老服务中心 */
  | 'TOWN_CENTER';

/** How a distance was measured. */
export type DistanceMethod =
  /** Along the walking network (步行路网距离). */
  | 'NETWORK'
  /** Straight-line geodesic distance: a fallback where no network is loaded or the point is more than 500 m from any street (直线距离，仅作后备). */
  | 'STRAIGHT_LINE';

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

/** State of a long analysis. */
export type JobStatus =
  /** 已完成 */
  | 'DONE'
  /** 失败 */
  | 'FAILED'
  /** 计算中 */
  | 'RUNNING';

/** A WGS84 (EPSG:4326) position: longitude and latitude in decimal degrees. */
export type LonLatInput = {
  /** Latitude in decimal degrees, -90..90. */
  lat: number;
  /** Longitude in decimal degrees, -180..180. */
  lon: number;
};

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

/** One change of a what-if scenario; the registry itself is never touched. */
export type ScenarioChangeInput = {
  /** ADD a facility, MOVE one, or CLOSE one. */
  action: string;
  /** The facility to move or close. */
  facilityId?: string | number | null | undefined;
  /** Kind of an added facility. */
  kind?: FacilityKind | null | undefined;
  /** Location of an added or moved facility (WGS84). */
  location?: LonLatInput | null | undefined;
  /** Name of an added facility (for display). */
  name?: string | null | undefined;
};

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

/** Who is walking: how each street turns into walking time. Thresholds stay in minutes; `meters` is the walked length of the chosen path and `minutes` its time under the profile. */
export type WalkProfile =
  /** An older person (老年人): 1 m/s on the flat; slopes slow them down by Tobler's hiking function, never speed them up; every stair step costs 0.7 s more. Without an elevation model only tagged inclines count as slopes. */
  | 'ELDERLY'
  /** Distance ÷ speed on every street, as measured before profiles (标准：距离÷步速). */
  | 'STANDARD'
  /** A wheelchair user (轮椅): never a stairway (highway=steps) nor a way tagged wheelchair=no; streets steeper than 1:12 where the incline is known are left out; slopes slow as for ELDERLY. */
  | 'WHEELCHAIR';

export type DivisionCoverageQueryVariables = Exact<{
  divisionId?: string | number | null | undefined;
  minutes?: number | null | undefined;
  speed?: number | null | undefined;
  staffedOnly?: boolean | null | undefined;
  profile: WalkProfile;
}>;


export type DivisionCoverageQuery = { __typename: 'Query', coverage: { __typename: 'CoverageSummary', profile: WalkProfile, method: DistanceMethod, meters: number, completeCircles: number, circleTarget: number, straightLineAreas: number, groups: Array<{ __typename: 'GroupCoverage', group: CoverageGroup, coveredOlder: number, totalOlder: number, share: number | null }> } };

export type FacilityIsochronesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  speed?: number | null | undefined;
  profile: WalkProfile;
}>;


export type FacilityIsochronesQuery = { __typename: 'Query', isochrones: any };

export type GapZonesQueryVariables = Exact<{
  divisionId?: string | number | null | undefined;
  minutes?: number | null | undefined;
  speed?: number | null | undefined;
  staffedOnly?: boolean | null | undefined;
  profile: WalkProfile;
}>;


export type GapZonesQuery = { __typename: 'Query', gapZones: Array<{ __typename: 'GapZone', rank: number, uncoveredOlder: number, areaCount: number, worstMeters: number | null, residentialAreaIds: Array<string>, communityNames: Array<string>, geometry: any, residentialAreas: Array<{ __typename: 'ResidentialArea', id: string, name: string, olderResidents: number, location: any }> }> };

export type SavedScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedScenariosQuery = { __typename: 'Query', scenarios: Array<{ __typename: 'Scenario', id: string, version: number, name: string, updatedAt: string, changes: Array<{ __typename: 'ScenarioChange', action: string, facilityId: string | null, kind: FacilityKind | null, name: string | null, location: any }> }> };

export type DeleteScenarioMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteScenarioMutation = { __typename: 'Mutation', deleteScenario: boolean };

export type CompareScenarioQueryVariables = Exact<{
  changes?: Array<ScenarioChangeInput> | ScenarioChangeInput | null | undefined;
  scenarioId?: string | number | null | undefined;
  minutes?: number | null | undefined;
  speed?: number | null | undefined;
  profile: WalkProfile;
}>;


export type CompareScenarioQuery = { __typename: 'Query', compareScenario: { __typename: 'ScenarioComparison', baseline: { __typename: 'CoverageSummary', completeCircles: number, dataRevision: number, groups: Array<{ __typename: 'GroupCoverage', group: CoverageGroup, coveredOlder: number, totalOlder: number, share: number | null }> }, scenario: { __typename: 'CoverageSummary', completeCircles: number, groups: Array<{ __typename: 'GroupCoverage', group: CoverageGroup, coveredOlder: number, totalOlder: number, share: number | null }> }, changedAreas: Array<{ __typename: 'AreaChange', residentialAreaId: string, group: CoverageGroup, older: number, coveredBefore: boolean, coveredAfter: boolean }>, divisionChanges: Array<{ __typename: 'ScenarioDivisionChange', group: CoverageGroup, gainedOlder: number, gainedAreas: number, lostOlder: number, lostAreas: number, division: { __typename: 'Division', id: string, name: string } }> } };

export type SaveScenarioMutationVariables = Exact<{
  name: string;
  changes: Array<ScenarioChangeInput> | ScenarioChangeInput;
}>;


export type SaveScenarioMutation = { __typename: 'Mutation', saveScenario: { __typename: 'Scenario', id: string, version: number, name: string, updatedAt: string } };

export type UpdateScenarioMutationVariables = Exact<{
  id: string | number;
  version: number;
  name: string;
  changes: Array<ScenarioChangeInput> | ScenarioChangeInput;
}>;


export type UpdateScenarioMutation = { __typename: 'Mutation', updateScenario: { __typename: 'Scenario', id: string, version: number, name: string, updatedAt: string } };

export type StartSiteSuggestionMutationVariables = Exact<{
  k: number;
  divisionId?: string | number | null | undefined;
  minutes?: number | null | undefined;
  speed?: number | null | undefined;
  profile: WalkProfile;
}>;


export type StartSiteSuggestionMutation = { __typename: 'Mutation', startSiteSuggestion: { __typename: 'AnalysisJob', id: string, status: JobStatus, progress: number, stage: string } };

export type CancelAnalysisJobMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelAnalysisJobMutation = { __typename: 'Mutation', cancelAnalysisJob: { __typename: 'AnalysisJob', id: string, status: JobStatus, progress: number, stage: string, error: string | null } };

export type SiteSuggestionJobQueryVariables = Exact<{
  id: string | number;
}>;


export type SiteSuggestionJobQuery = { __typename: 'Query', analysisJob: { __typename: 'AnalysisJob', id: string, status: JobStatus, progress: number, stage: string, error: string | null, siteSuggestion: { __typename: 'SiteSuggestion', newlyCoveredOlder: number, uncoveredOlderBefore: number, solver: string, optimal: boolean, gap: number, sites: Array<{ __typename: 'SuggestedSite', rank: number, newlyCoveredOlder: number, location: any, nearestRoad: string | null, community: { __typename: 'Division', id: string, name: string } | null }> } | null, preliminary: { __typename: 'SiteSuggestion', newlyCoveredOlder: number, gap: number, sites: Array<{ __typename: 'SuggestedSite', rank: number, newlyCoveredOlder: number, location: any }> } | null } | null };

export type UnstaffedStationsQueryVariables = Exact<{
  divisionId?: string | number | null | undefined;
}>;


export type UnstaffedStationsQuery = { __typename: 'Query', stationsWithoutCertifiedCareWorker: Array<{ __typename: 'StationStaffing', careWorkers: number, certifiedCareWorkers: number, facility: { __typename: 'Facility', id: string, name: string, kind: FacilityKind, location: any, division: { __typename: 'Division', name: string } | null } }> };

export type PlannerWalkingDefaultsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlannerWalkingDefaultsQuery = { __typename: 'Query', walkingDefaults: { __typename: 'WalkingDefaults', minutes: number, speed: number, profile: WalkProfile } };

export type DivisionFigures_DashboardFragment = { __typename: 'DashboardFigures', olderPopulation: number, beds: number, nursingBeds: number, occupiedBeds: number, occupancyRate: number | null, careInstitutions: number, signedCareInstitutions: number, signingCoverage: number | null, division: { __typename: 'Division', id: string, name: string, level: DivisionLevel } | null, facilityCounts: Array<{ __typename: 'KindStatusCount', kind: FacilityKind, status: FacilityStatus, count: number }> } & { ' $fragmentName'?: 'DivisionFigures_DashboardFragment' };

export type DivisionFiguresQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DivisionFiguresQuery = { __typename: 'Query', dashboard: (
    { __typename: 'DashboardFigures', children: Array<{ __typename: 'DashboardFigures', olderPopulation: number, division: { __typename: 'Division', id: string, name: string } | null }> }
    & { ' $fragmentRefs'?: { 'DivisionFigures_DashboardFragment': DivisionFigures_DashboardFragment } }
  ) };

export type PlannerRankingQueryVariables = Exact<{
  minutes?: number | null | undefined;
  speed?: number | null | undefined;
  staffedOnly?: boolean | null | undefined;
  profile: WalkProfile;
}>;


export type PlannerRankingQuery = { __typename: 'Query', coverage: { __typename: 'CoverageSummary', profile: WalkProfile, elevationLoaded: boolean, completeCircles: number, circleTarget: number, dataRevision: number, division: { __typename: 'Division', id: string, name: string } | null, groups: Array<{ __typename: 'GroupCoverage', group: CoverageGroup, coveredOlder: number, totalOlder: number, share: number | null }>, children: Array<{ __typename: 'CoverageSummary', completeCircles: number, division: { __typename: 'Division', id: string, name: string, level: DivisionLevel } | null, groups: Array<{ __typename: 'GroupCoverage', group: CoverageGroup, coveredOlder: number, totalOlder: number, share: number | null }> }> } };

export type FacilityCard_FacilityFragment = { __typename: 'Facility', id: string, name: string, kind: FacilityKind, status: FacilityStatus, address: string | null, openingHours: string | null, phone: string | null, services: Array<ServiceKind>, capacity: { __typename: 'Capacity', beds: number, nursingBeds: number, occupiedBeds: number, dayCarePlaces: number, mealSeats: number }, operator: { __typename: 'Operator', name: string | null, type: OperatorType | null }, division: { __typename: 'Division', id: string, name: string } | null } & { ' $fragmentName'?: 'FacilityCard_FacilityFragment' };

export type FacilityCardQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityCardQuery = { __typename: 'Query', facility: (
    { __typename: 'Facility' }
    & { ' $fragmentRefs'?: { 'FacilityCard_FacilityFragment': FacilityCard_FacilityFragment } }
  ), agreements: { __typename: 'CareAgreementConnection', nodes: Array<{ __typename: 'CareAgreement', id: string, status: AgreementStatus, endsOn: string, medical: { __typename: 'MedicalInstitution', id: string, name: string } }> } };

export type PlannerFacilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlannerFacilitiesQuery = { __typename: 'Query', facilities: { __typename: 'FacilityConnection', totalCount: number, nodes: Array<{ __typename: 'Facility', id: string, name: string, kind: FacilityKind, status: FacilityStatus, location: any }> } };

export type PlannerMedicalQueryVariables = Exact<{ [key: string]: never; }>;


export type PlannerMedicalQuery = { __typename: 'Query', medicalInstitutions: { __typename: 'MedicalInstitutionConnection', totalCount: number, nodes: Array<{ __typename: 'MedicalInstitution', id: string, name: string, kind: MedicalKind, location: any }> } };

export type PlannerDivisionBoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlannerDivisionBoundsQuery = { __typename: 'Query', divisions: { __typename: 'DivisionConnection', nodes: Array<{ __typename: 'Division', id: string, boundary: any }> } };

export type ReportCoverageQueryVariables = Exact<{
  divisionId?: string | number | null | undefined;
  minutes?: number | null | undefined;
  speed?: number | null | undefined;
  profile: WalkProfile;
}>;


export type ReportCoverageQuery = { __typename: 'Query', coverage: { __typename: 'CoverageSummary', dataRevision: number, minutes: number, speed: number, meters: number, profile: WalkProfile, elevationLoaded: boolean, method: DistanceMethod, completeCircles: number, circleTarget: number, division: { __typename: 'Division', id: string, name: string, level: DivisionLevel } | null, groups: Array<{ __typename: 'GroupCoverage', group: CoverageGroup, coveredOlder: number, totalOlder: number, share: number | null }>, children: Array<{ __typename: 'CoverageSummary', completeCircles: number, division: { __typename: 'Division', id: string, name: string, level: DivisionLevel } | null, groups: Array<{ __typename: 'GroupCoverage', group: CoverageGroup, coveredOlder: number, totalOlder: number, share: number | null }> }> } };

export type ReportGapsQueryVariables = Exact<{
  divisionId?: string | number | null | undefined;
  minutes?: number | null | undefined;
  speed?: number | null | undefined;
  profile: WalkProfile;
}>;


export type ReportGapsQuery = { __typename: 'Query', gapZones: Array<{ __typename: 'GapZone', rank: number, uncoveredOlder: number, areaCount: number, worstMeters: number | null, communityNames: Array<string> }> };

export const DivisionFigures_DashboardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionFigures_Dashboard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"olderPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"}},{"kind":"Field","name":{"kind":"Name","value":"careInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"signedCareInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"signingCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"facilityCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DivisionFigures_DashboardFragment, unknown>;
export const FacilityCard_FacilityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilityCard_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"dayCarePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"mealSeats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilityCard_FacilityFragment, unknown>;
export const DivisionCoverageDocument = {"__meta__":{"hash":"sha256:92909cd177ab3f5b7d174c8f765fbd09829be8c04d70591a83ee84d757d83304"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DivisionCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"speed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WalkProfile"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"speed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"speed"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffedOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"meters"}},{"kind":"Field","name":{"kind":"Name","value":"completeCircles"}},{"kind":"Field","name":{"kind":"Name","value":"circleTarget"}},{"kind":"Field","name":{"kind":"Name","value":"straightLineAreas"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"coveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"totalOlder"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]} as unknown as DocumentNode<DivisionCoverageQuery, DivisionCoverageQueryVariables>;
export const FacilityIsochronesDocument = {"__meta__":{"hash":"sha256:f56c758d7265b73f8f88dbf80365fb36fc720ae6888e68f09955cb377f8551ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilityIsochrones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"speed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WalkProfile"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"isochrones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"5"},{"kind":"IntValue","value":"10"},{"kind":"IntValue","value":"15"}]}},{"kind":"Argument","name":{"kind":"Name","value":"speed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"speed"}}},{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}]}]}}]} as unknown as DocumentNode<FacilityIsochronesQuery, FacilityIsochronesQueryVariables>;
export const GapZonesDocument = {"__meta__":{"hash":"sha256:6ef6fbb5bb5ce99dd75266c75d9a29e36ae555e48a8752d45e72cb36f161ec94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GapZones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"speed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WalkProfile"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"gapZones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"EnumValue","value":"STATION_OR_CENTER"}},{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"speed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"speed"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"staffedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffedOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"areaCount"}},{"kind":"Field","name":{"kind":"Name","value":"worstMeters"}},{"kind":"Field","name":{"kind":"Name","value":"residentialAreaIds"}},{"kind":"Field","name":{"kind":"Name","value":"communityNames"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"}},{"kind":"Field","name":{"kind":"Name","value":"residentialAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"olderResidents"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<GapZonesQuery, GapZonesQueryVariables>;
export const SavedScenariosDocument = {"__meta__":{"hash":"sha256:4deb8fa82b33ac64a2e01eb8889d495f47a421feb1232b0eccb0db481172f9d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedScenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"facilityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<SavedScenariosQuery, SavedScenariosQueryVariables>;
export const DeleteScenarioDocument = {"__meta__":{"hash":"sha256:419f37463531569524fc200e0d6816b328448fbab96e3f9f7835a8e5e22eb4c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteScenarioMutation, DeleteScenarioMutationVariables>;
export const CompareScenarioDocument = {"__meta__":{"hash":"sha256:3ccf2a899ee3fd5b2d97324a9250a9c47593f24d565cc97d2ad3b03fe9dd5cd9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioChangeInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"speed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WalkProfile"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"compareScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}},{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"speed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"speed"}}},{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeCircles"}},{"kind":"Field","name":{"kind":"Name","value":"dataRevision"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"coveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"totalOlder"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeCircles"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"coveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"totalOlder"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"residentialAreaId"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"older"}},{"kind":"Field","name":{"kind":"Name","value":"coveredBefore"}},{"kind":"Field","name":{"kind":"Name","value":"coveredAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"divisionChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"gainedOlder"}},{"kind":"Field","name":{"kind":"Name","value":"gainedAreas"}},{"kind":"Field","name":{"kind":"Name","value":"lostOlder"}},{"kind":"Field","name":{"kind":"Name","value":"lostAreas"}}]}}]}}]}}]} as unknown as DocumentNode<CompareScenarioQuery, CompareScenarioQueryVariables>;
export const SaveScenarioDocument = {"__meta__":{"hash":"sha256:196f31fcc9d380d18d77aa55264aa721ec0fc6c8886500c1edb78f370c002d2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioChangeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SaveScenarioMutation, SaveScenarioMutationVariables>;
export const UpdateScenarioDocument = {"__meta__":{"hash":"sha256:3d224c2ce41831b8677b2f8bc7116e0086946061806d4c3c68fafff2874915e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioChangeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateScenarioMutation, UpdateScenarioMutationVariables>;
export const StartSiteSuggestionDocument = {"__meta__":{"hash":"sha256:8fe8b235033217e3ed7a2e5c7a36ae1c444f0edf7ee9cd1942268935d9d5ded2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSiteSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"speed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WalkProfile"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startSiteSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"EnumValue","value":"STATION_OR_CENTER"}},{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"speed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"speed"}}},{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<StartSiteSuggestionMutation, StartSiteSuggestionMutationVariables>;
export const CancelAnalysisJobDocument = {"__meta__":{"hash":"sha256:1946f5601470b3e8fa6345eca3b67e5c16c7b1a1cd5198acff210e91275daac3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAnalysisJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAnalysisJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<CancelAnalysisJobMutation, CancelAnalysisJobMutationVariables>;
export const SiteSuggestionJobDocument = {"__meta__":{"hash":"sha256:a94cb2c6db6461207396f5d1a8fec9244b731f1fac88be052535aab24d5b9324"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSuggestionJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"analysisJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"siteSuggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"newlyCoveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredOlderBefore"}},{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"optimal"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"newlyCoveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"nearestRoad"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"preliminary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"newlyCoveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"newlyCoveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteSuggestionJobQuery, SiteSuggestionJobQueryVariables>;
export const UnstaffedStationsDocument = {"__meta__":{"hash":"sha256:7380d928762bf4dacd709aa60217223a98db021f662e7f50dc4b8075678771ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnstaffedStations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stationsWithoutCertifiedCareWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"careWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCareWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnstaffedStationsQuery, UnstaffedStationsQueryVariables>;
export const PlannerWalkingDefaultsDocument = {"__meta__":{"hash":"sha256:93f047e4198756b7499e691e54b8b48e561bab953b0c4d8586e14d066fbc13e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerWalkingDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"walkingDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}}]}}]}}]} as unknown as DocumentNode<PlannerWalkingDefaultsQuery, PlannerWalkingDefaultsQueryVariables>;
export const DivisionFiguresDocument = {"__meta__":{"hash":"sha256:a98bc924c77461b11791674bb8cdc85b88b98541d60785597874604c5cd7a6b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DivisionFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionFigures_Dashboard"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"olderPopulation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionFigures_Dashboard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"olderPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"}},{"kind":"Field","name":{"kind":"Name","value":"careInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"signedCareInstitutions"}},{"kind":"Field","name":{"kind":"Name","value":"signingCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"facilityCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DivisionFiguresQuery, DivisionFiguresQueryVariables>;
export const PlannerRankingDocument = {"__meta__":{"hash":"sha256:6c5d96ec78131c146f9810bcad935f4761594d66bb7a655092bedbfc5802ae43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"speed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WalkProfile"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"speed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"speed"}}},{"kind":"Argument","name":{"kind":"Name","value":"staffedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffedOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"elevationLoaded"}},{"kind":"Field","name":{"kind":"Name","value":"completeCircles"}},{"kind":"Field","name":{"kind":"Name","value":"circleTarget"}},{"kind":"Field","name":{"kind":"Name","value":"dataRevision"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"coveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"totalOlder"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeCircles"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"coveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"totalOlder"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlannerRankingQuery, PlannerRankingQueryVariables>;
export const FacilityCardDocument = {"__meta__":{"hash":"sha256:9152743ff3231667f99e3b54c9c69826dcb673f734ea1e9d5e465d995ca4f1f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilityCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilityCard_Facility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"medical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilityCard_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"beds"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"dayCarePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"mealSeats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilityCardQuery, FacilityCardQueryVariables>;
export const PlannerFacilitiesDocument = {"__meta__":{"hash":"sha256:f6d44ddf84378be380eb7b7668f0c98d8035b0b5344f60bdde552077244e530c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerFacilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<PlannerFacilitiesQuery, PlannerFacilitiesQueryVariables>;
export const PlannerMedicalDocument = {"__meta__":{"hash":"sha256:8879e616b86a915af78d07f5333c1d74f7b71bc8510532fc65bfe0e3fef12b2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerMedical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInstitutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<PlannerMedicalQuery, PlannerMedicalQueryVariables>;
export const PlannerDivisionBoundsDocument = {"__meta__":{"hash":"sha256:4467790496ccae972b2a18651cff0fe419d796333aa04558a87887935a4e6d3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerDivisionBounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"levels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STREET"},{"kind":"EnumValue","value":"TOWN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}}]}}]}}]} as unknown as DocumentNode<PlannerDivisionBoundsQuery, PlannerDivisionBoundsQueryVariables>;
export const ReportCoverageDocument = {"__meta__":{"hash":"sha256:759d50f0c4e2f17a27c1b191decd797122fcc8c3e3cff933a3f34b55e83d527a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"speed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WalkProfile"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"speed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"speed"}}},{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dataRevision"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"meters"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"elevationLoaded"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"completeCircles"}},{"kind":"Field","name":{"kind":"Name","value":"circleTarget"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"coveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"totalOlder"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeCircles"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"coveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"totalOlder"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportCoverageQuery, ReportCoverageQueryVariables>;
export const ReportGapsDocument = {"__meta__":{"hash":"sha256:ba9e9c47276eb2759ecfbdc0efa6c1b9699f377bbb29b89e5af3331ca662ac12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"speed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WalkProfile"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"gapZones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"EnumValue","value":"STATION_OR_CENTER"}},{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"speed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"speed"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredOlder"}},{"kind":"Field","name":{"kind":"Name","value":"areaCount"}},{"kind":"Field","name":{"kind":"Name","value":"worstMeters"}},{"kind":"Field","name":{"kind":"Name","value":"communityNames"}}]}}]}}]} as unknown as DocumentNode<ReportGapsQuery, ReportGapsQueryVariables>;