import { CoverageResolver } from './coverage.resolver.js';
import { GapZonePlacesResolver } from './gap-zone-places.resolver.js';
import { SitePlacesResolver } from './site-places.resolver.js';

export { CoverageGroup } from './coverage.enums.js';
export { DIVISION_ARG, toSearchGroup } from './coverage.inputs.js';
export { summarize, type Distances, type DivisionScope } from './coverage-summary.js';
export { CoverageService } from './coverage.service.js';
export { uncoveredAreas } from './gap-zones.js';

/** Walking coverage of older residents: the coverage summary by division, gap zones. */
export const entities = [] as const;
export const resolvers = [CoverageResolver, GapZonePlacesResolver, SitePlacesResolver] as const;
