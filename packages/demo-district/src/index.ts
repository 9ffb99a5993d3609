export { generateDemoDistrict, DEFAULT_SEED } from './generate.js';
export { demoElevation, STEP_RISE_METERS, type DemoHill, type DemoTerrain } from './terrain.js';
export { buildWorkforce, DEMO_REGION_CODE, DEMO_UNSTAFFED_STATIONS, DEMO_WORKFORCE_FIGURES } from './workforce.js';
export type { DemoCertificate, DemoComplaint, DemoEmployer, DemoEvaluation, DemoTraining, DemoWorker, DemoWorkforce } from './workforce.js';
export type {
  AgreementService,
  DemoAgreement,
  DemoDistrict,
  DemoDistrictOptions,
  DemoDivision,
  DemoFacility,
  DemoMedicalInstitution,
  DemoPoi,
  DemoResidentialArea,
  DemoRoad,
  DivisionLevel,
  FacilityKind,
  HospitalGrade,
  LonLat,
  MedicalKind,
  OperatorType,
  PoiKind,
  ServiceKind,
} from './types.js';
