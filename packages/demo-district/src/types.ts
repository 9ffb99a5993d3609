import type { DemoTerrain } from './terrain.js';
import type { DemoWorkforce } from './workforce.js';
import type { LineString, MultiPolygon, Point, Polygon } from 'geojson';

/** Level of an administrative division: 区 → 街道/镇 → 社区/村. */
export type DivisionLevel = 'DISTRICT' | 'STREET' | 'TOWN' | 'COMMUNITY' | 'VILLAGE';
/** Kind of elderly-care facility (养老服务设施). */
export type FacilityKind = 'STREET_CENTER' | 'TOWN_CENTER' | 'COMMUNITY_STATION' | 'MUTUAL_AID_POINT' | 'CARE_INSTITUTION' | 'OUTDOOR_HUB';
/** Service offered by a facility. */
export type ServiceKind =
  | 'MEALS'
  | 'BATHING'
  | 'CLEANING'
  | 'DAY_CARE'
  | 'REHABILITATION'
  | 'MEDICAL_CARE'
  | 'SENIOR_LEARNING'
  | 'COGNITIVE_CARE'
  | 'HOME_VISITS'
  | 'RESPITE';
/** Who runs a facility. */
export type OperatorType = 'PUBLIC' | 'PRIVATE' | 'SOCIAL_ORGANIZATION';
/** Kind of medical institution. */
export type MedicalKind =
  'GENERAL_HOSPITAL' | 'GERIATRIC_HOSPITAL' | 'TCM_HOSPITAL' | 'COMMUNITY_HEALTH_CENTER' | 'TOWNSHIP_HEALTH_CENTER' | 'VILLAGE_CLINIC';
/** Hospital grade: 一级 / 二级 / 三级. */
export type HospitalGrade = 'GRADE_1' | 'GRADE_2' | 'GRADE_3';
/** Service covered by a medical–elderly-care agreement (医养结合签约). */
export type AgreementService =
  'TWO_WAY_REFERRAL' | 'GREEN_CHANNEL' | 'REGULAR_VISITS' | 'HOME_VISITS' | 'REMOTE_CONSULTATION' | 'EMERGENCY_RESPONSE';
/** Kind of point of interest that an outdoor hub can link. */
export type PoiKind = 'CULTURE_CENTER' | 'SPORTS_GROUND' | 'CANTEEN' | 'SENIOR_UNIVERSITY' | 'CLINIC' | 'PARK';
/** Longitude, latitude (WGS84). */
export type LonLat = [number, number];

/** An administrative division with its boundary and population (sums of its children). */
export interface DemoDivision {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
  boundary: MultiPolygon;
  /** Residents aged 60 and over. */
  olderPopulation: number;
  totalPopulation: number;
}

/** A residential compound (小区) or rural settlement (居民点). */
export interface DemoResidentialArea {
  code: string;
  name: string;
  /** Code of the community or village that contains the area. */
  divisionCode: string;
  location: Point;
  boundary: Polygon | null;
  olderResidents: number;
  totalResidents: number;
}

/** An elderly-care facility, located on the road network. */
export interface DemoFacility {
  code: string;
  name: string;
  kind: FacilityKind;
  location: Point;
  address: string;
  /** Lowest-level division containing the point. */
  divisionCode: string;
  operatorName: string;
  operatorType: OperatorType;
  services: ServiceKind[];
  /** e.g. '周一至周日 08:00-18:00'. */
  openingHours: string;
  beds: number;
  nursingBeds: number;
  occupiedBeds: number;
  dayCarePlaces: number;
  mealSeats: number;
  phone: string | null;
  /** Services the hub coordinates (only for OUTDOOR_HUB, else empty). */
  hubServices: ServiceKind[];
  /** POIs linked by the hub (non-empty only for OUTDOOR_HUB). */
  hubPoiCodes: string[];
}

/** A point of interest (culture centre, canteen, park, ...). */
export interface DemoPoi {
  code: string;
  name: string;
  kind: PoiKind;
  location: Point;
  address: string;
}

/** A medical institution (hospital, health centre, village clinic). */
export interface DemoMedicalInstitution {
  code: string;
  name: string;
  kind: MedicalKind;
  grade: HospitalGrade | null;
  geriatricsDepartment: boolean;
  hospiceBeds: number;
  familyBeds: number;
  elderlyFriendly: boolean;
  location: Point;
  address: string;
  divisionCode: string;
  phone: string | null;
}

/** A medical–elderly-care agreement; dates are ISO 'YYYY-MM-DD'. */
export interface DemoAgreement {
  code: string;
  medicalCode: string;
  facilityCode: string;
  services: AgreementService[];
  signedOn: string;
  startsOn: string;
  endsOn: string;
}

/** A walkable road segment; segments connect only at identical end points. */
export interface DemoRoad {
  geometry: LineString;
  highway: string;
  name: string | null;
  /** Steps of a stairway (`highway=steps`), from its rise; absent elsewhere. */
  stepCount?: number;
}

/** The whole generated sample district. */
export interface DemoDistrict {
  /** States that the data is synthetic. */
  note: string;
  seed: number;
  divisions: DemoDivision[];
  residentialAreas: DemoResidentialArea[];
  facilities: DemoFacility[];
  pois: DemoPoi[];
  medicalInstitutions: DemoMedicalInstitution[];
  agreements: DemoAgreement[];
  roads: DemoRoad[];
  /** The synthetic terrain (heights with `demoElevation`), from which the stairways follow. */
  terrain: DemoTerrain;
  /** The sample workforce register (employers and their workers). */
  workforce: DemoWorkforce;
}

/** Options of {@link generateDemoDistrict}. */
export interface DemoDistrictOptions {
  /** PRNG seed (default 20251231). */
  seed?: number;
  /** Reference date 'YYYY-MM-DD' for agreement dates (default '2026-01-01'). */
  today?: string;
}
