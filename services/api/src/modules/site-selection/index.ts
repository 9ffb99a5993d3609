import { SiteSelectionResolver } from './site-selection.resolver.js';

export { AnalysisJobs, type ProgressFn } from './analysis-jobs.js';

/** Site selection: suggestSites, startSiteSuggestion and analysisJob (the long analyses of this server). */
export const entities = [] as const;
export const resolvers = [SiteSelectionResolver] as const;
