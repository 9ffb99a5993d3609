export { importFacilities, IMPORT_STATUSES, type FacilityImportOptions } from './import-facilities.js';
export { importResidents } from './import-residents.js';
export { importRoads, type RoadImportOptions } from './import-roads.js';
export { parseCrs, CRS_VALUES, type Crs } from './crs.js';
export { ImportFileError } from './import-messages.js';
export { rowName, type ImportOptions, type ImportPhase, type ImportReport, type RowError } from './import-report.js';
export { KIND_NAMES } from './facility-rows.js';
