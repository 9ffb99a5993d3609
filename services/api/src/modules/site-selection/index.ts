import { SiteSelectionResolver } from './site-selection.resolver.js';

export { AnalysisJobs, type AnalysisJobStore, type ProgressFn } from './analysis-jobs.js';
export { runAnalysisRequest, type AnalysisRequest } from './analysis-request.js';

/** Site selection: suggestSites, startSiteSuggestion and analysisJob (the long analyses of this server). */
export const entities = [] as const;
export const resolvers = [SiteSelectionResolver] as const;
